"""Write docs/methods-note.md: a citable methods note for the bundled study, with every number computed.

Usage (from anywhere; paths are resolved against the repository root)::

    python tools/methods_note.py                       # runs the study, rewrites docs/methods-note.md
    python tools/methods_note.py --out /tmp/note.md    # somewhere else
    python tools/methods_note.py --no-cache            # recompute segmentation and the topic sweep

It runs :func:`qualcode.run_study` with exactly the settings of ``qualcode reproduce`` (the defaults are read
from the ``reproduce`` command's own argument parser, and the call is the one in
``qualcode.commands.report.run_and_write``), then fills the template below with the tables it returns: corpus size,
respondents per role, segments, codings, themes raised per role, the scores of the auto-coding against the human
gold coding, the chosen number of topics and the questionnaire's heard-of-policy rates. Nothing in the note is typed
by hand except the prose; rerun the script whenever the corpus, the codebook or the code changes.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import os
import platform
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

import pandas as pd  # noqa: E402

COMMAND = "python tools/methods_note.py"


def reproduce_args(extra: list[str] | None = None) -> argparse.Namespace:
    """The options ``qualcode reproduce`` runs with (its parser's defaults, plus ``extra`` command-line options)."""
    from qualcode.cli import build_parser

    return build_parser().parse_args(["reproduce", *(extra or [])])


def run(args: argparse.Namespace):
    """``run_study`` called exactly as ``qualcode reproduce`` calls it."""
    from qualcode.commands.report import study_from_args

    return study_from_args(args)


# ----------------------------------------------------------------------------------------------------- helpers


def md_table(df: pd.DataFrame, align: dict[str, str] | None = None) -> str:
    """A Markdown table; numbers right-aligned unless ``align`` says otherwise."""
    align = align or {}
    cols = list(df.columns)
    head = "| " + " | ".join(str(c) for c in cols) + " |"
    marks = []
    def numeric(col) -> bool:
        if pd.api.types.is_numeric_dtype(df[col]):
            return True
        return all(re.fullmatch(r"-?[0-9.]+|–", str(v)) for v in df[col].dropna()) and df[col].notna().any()

    for c in cols:
        a = align.get(c, "r" if numeric(c) else "l")
        marks.append("---:" if a == "r" else "---")
    rows = ["| " + " | ".join("" if pd.isna(v) else str(v).replace("|", "\\|").replace("\n", " ") for v in r)
            + " |" for r in df.itertuples(index=False)]
    return "\n".join([head, "| " + " | ".join(marks) + " |", *rows])


def f2(x) -> str:
    return "–" if x is None or pd.isna(x) else f"{x:.2f}"


def f3(x) -> str:
    return "–" if x is None or pd.isna(x) else f"{x:.3f}"


def sha12(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def git_state() -> tuple[str, str]:
    """(short commit, note on uncommitted changes to what the study reads), or ('unknown', '') outside git."""
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "src", "codebooks",
                                "corpora"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown", ""
    note = ""
    files = sorted({line[3:] for line in dirty.splitlines() if line.strip()})
    if files:
        note = (f" The working tree had uncommitted changes to {', '.join(files[:5])}{' …' if len(files) > 5 else ''};"
                " the numbers describe the files as they were on disk.")
    return commit, note


def heldout_from_accuracy() -> dict[str, str]:
    """The one-time held-out scores recorded in docs/accuracy.md (section ``coding``), where they are there:
    ``blind`` (corpora/chifeng_blind) and ``round1`` (the first codebook on the then held-out test split)."""
    path = REPO / "docs" / "accuracy.md"
    out: dict[str, str] = {}
    if not path.is_file():
        return out
    text = path.read_text(encoding="utf-8")
    m = re.search(r"\| \*\*chifeng_blind[^|]*\*\* \| (\d+) \| ([0-9.]+) \| ([0-9.]+) \| ([0-9.]+) \| ([0-9.]+) \| "
                  r"([0-9.]+) \|", text)
    if m:
        out["blind"] = (f"macro-F1 {m.group(2)}, micro-F1 {m.group(3)}, macro precision {m.group(4)}, macro recall "
                        f"{m.group(5)}, macro kappa {m.group(6)} on {m.group(1)} turns")
    m = re.search(r"macro-F1 \*\*([0-9.]+)\*\*, micro-F1 ([0-9.]+), macro kappa ([0-9.]+)", text)
    if m:
        out["round1"] = f"macro-F1 {m.group(1)}, micro-F1 {m.group(2)}, macro kappa {m.group(3)}"
    return out


# ----------------------------------------------------------------------------------------------------- the note


def render(res, args: argparse.Namespace, *, seconds: float, today: str, cached: bool = True) -> str:
    """The Markdown text of the methods note for a finished study run ``res``."""
    import qualcode

    s = res.settings
    cb = res.codebook
    by = s["by"]
    corpus_dir = Path(args.corpus)
    codebook_path = Path(os.path.relpath(cb.path, REPO)) if cb.path else Path(str(args.codebook))
    commit, dirty = git_state()
    summary = dict(zip(res.summary["metric"], res.summary["value"]))
    respondents = res.respondents.fillna({by: "(missing)"}).groupby(by).size()
    groups = [str(g) for g in respondents.index]
    themes = list(res.findings["theme"])
    tops = [c for c in cb.codes if c.parent is None]
    n_resp_segments = summary.get(f"respondent {s['unit']}s coded", "")
    respondents_text = ", ".join(f"{n} {g}" for g, n in respondents.items())

    # themes raised per role
    f = res.findings.copy()
    theme_cols = ["stage_en", "theme", "label", *groups, "cramers_v", "p_adjusted", "test"]
    f = f[[c for c in theme_cols if c in f.columns]].rename(columns={
        "stage_en": "stage", "label": "label (zh)", "cramers_v": "Cramér's V", "p_adjusted": "p (Holm)"})
    for col in ("Cramér's V",):
        if col in f.columns:
            f[col] = f[col].map(f2)
    if "p (Holm)" in f.columns:
        f["p (Holm)"] = f["p (Holm)"].map(f3)
    significant = res.findings[res.findings.get("p_adjusted", pd.Series(dtype=float)) < 0.05]["theme"].tolist() \
        if "p_adjusted" in res.findings.columns else []

    # auto-coding vs gold
    eval_lines, eval_rows = "", []
    by_split = {}
    if res.evaluation is not None:
        ev = res.evaluation
        for split in ("dev", "test", "all"):
            macro = ev[(ev["split"] == split) & (ev["code"] == "macro")]
            micro = ev[(ev["split"] == split) & (ev["code"] == "micro")]
            if len(macro):
                m, mi = macro.iloc[0], micro.iloc[0]
                by_split[split] = m
                eval_rows.append({"split": split, "turns": int(m["n_units"]), "macro precision": f2(m["precision"]),
                                  "macro recall": f2(m["recall"]), "macro-F1": f3(m["f1"]),
                                  "macro kappa": f3(m["kappa"]), "micro-F1": f3(mi["f1"])})
        eval_lines = md_table(pd.DataFrame(eval_rows))
    heldout = heldout_from_accuracy()
    agree_text = ""
    if res.agreement is not None and len(res.agreement):
        o = res.agreement[res.agreement["code"] == "(overall)"].iloc[0]
        agree_text = (f"Over all {int(o['n_units'])} gold turns, the machine codes and the gold coding agree with "
                      f"Cohen's kappa {f3(o['kappa'])} (95 % interval {f3(o['kappa_low'])}–{f3(o['kappa_high'])}) "
                      f"and Krippendorff's alpha {f3(o['alpha'])} ({f3(o['alpha_low'])}–{f3(o['alpha_high'])}), "
                      f"pooling every turn × theme decision; the intervals come from {s['n_boot']} bootstrap "
                      "resamples of whole interviews (`cluster=\"doc\"`). The rules were tuned on these same turns, "
                      "so this is agreement on the tuning data.")

    # topics
    from qualcode.analysis import association

    assoc_defaults = inspect.signature(association).parameters
    n_resamples, mc_seed = assoc_defaults["n_resamples"].default, assoc_defaults["random_state"].default
    topic_text = "The topic model was skipped (see the notes of the run)."
    if res.topic_k is not None:
        sweep = ""
        if res.topic_sweep is not None:
            sw = res.topic_sweep[["k", "c_v", "c_npmi", "stability", "n_segments", "n_terms"]].copy()
            for c in ("c_v", "c_npmi", "stability"):
                sw[c] = sw[c].map(f3)
            sweep = md_table(sw)
        seeded = []
        labels = ""
        if res.topic_labels is not None and len(res.topic_labels):
            tl = res.topic_labels.copy()
            seeded = [x for x in tl.get("seeded", pd.Series(dtype=str)).fillna("").tolist() if x]
            terms = res.topic_terms.groupby("topic")["term"].apply(lambda t: " ".join(t.head(8)))
            tl = tl[["topic", "label", "seeded"]].join(terms.rename("top terms"), on="topic")
            labels = md_table(tl)
        common = ""
        if res.topic_terms is not None and len(res.topic_terms):
            top8 = res.topic_terms[res.topic_terms["rank"] <= 8]
            share = top8.groupby("term")["topic"].nunique() / max(1, top8["topic"].nunique())
            shared = share[share >= 0.5].sort_values(ascending=False).index.tolist()
            if shared:
                common = (f"Words among the top 8 terms of at least half of the topics: {', '.join(shared)}; such "
                          "frequent words of the domain make topics overlap. ")
        topic_text = (f"The sweep (k = {min(s['ks'])}..{max(s['ks'])}, seeds {', '.join(map(str, s['seeds']))}, "
                      f"{s['topic_method']}, respondent turns) scored:\n\n{sweep}\n\n"
                      f"`recommend_k` chose **k = {res.topic_k}** (the smallest k within 0.02 of the best mean of "
                      f"scaled c_v, c_npmi and stability). The final model was fitted with random_state "
                      f"{s['seeds'][0]}" + (f", seeded with the terms of the {len(seeded)} themes the auto-codes found "
                                            f"most often ({', '.join(seeded)})" if seeded else "") +
                      f":\n\n{labels}\n\n{common}"
                      "Topics from a few dozen short interviews are a way to look for what the codebook does not "
                      "cover, not a finding ([methods](methods.md#topic-models)).")

    # survey
    survey_text = "No questionnaire was found."
    if res.survey.get("yes") is not None:
        h = res.survey["yes"].copy()
        total_n, total_heard = int(h["n"].sum()), int(h["yes"].sum())
        h["heard of the policy"] = h.apply(lambda r: f"{int(r['yes'])}/{int(r['n'])} ({r['percent']:.0f} %)",
                                           axis=1)
        h["95 % interval (Wilson)"] = h.apply(lambda r: f"{r['ci_low']:.0f}–{r['ci_high']:.0f} %", axis=1)
        survey_text = md_table(h[[by, "n", "heard of the policy", "95 % interval (Wilson)"]])
        ht = res.survey.get("yes_test")
        if ht is not None and len(ht):
            t = ht.iloc[0]
            note = f" ({t['note']})" if isinstance(t.get("note"), str) and t["note"] else ""
            survey_text += (f"\n\nOverall {total_heard} of {total_n} respondents ({100 * total_heard / total_n:.0f} %) "
                            f"had heard of the policy. Association with {by}: {t['test']}, statistic "
                            f"{t['statistic']:.2f}, p = {t['p_value']:.4f}, Cramér's V {f2(t['cramers_v'])}{note}.")

    dev, test = by_split.get("dev"), by_split.get("test")
    gap = ""
    if dev is not None and test is not None:
        gap = (f"Both splits were used to tune the rules, so these scores (macro-F1 {f3(dev['f1'])} on dev, "
               f"{f3(test['f1'])} on test) measure fit, not accuracy on new transcripts. ")
        if heldout.get("blind"):
            gap += ("The honest estimate is the one-time score on `corpora/chifeng_blind`, ten interviews written "
                    "independently and never opened while tuning: " + heldout["blind"] + ". ")
        if heldout.get("round1"):
            gap += ("In the first round of tuning, when the test split was still held out, it scored "
                    + heldout["round1"] + ". ")
        gap += ("Both come from docs/accuracy.md (section `coding`). Expect lower recall on real transcripts, and "
                "validate on a coded sample of your own ([validation](validation.md), [methods](methods.md)).")

    gold_list = ", ".join(f"`{Path(g).as_posix()}`" for g in s["gold"]) or "none"
    stage_list = ", ".join(f"`{c.id}` ({c.label_en or c.label})" for c in tops)
    machine = f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPU"
    reused = " (reusing cached segmentation and topic sweep where the inputs were unchanged)" if cached else ""
    monte_carlo = f"a Monte-Carlo exact test ({n_resamples} resamples, seed {mc_seed})"
    ks, seeds = f"{min(s['ks'])}..{max(s['ks'])}", ", ".join(map(str, s["seeds"]))
    plus, n_docs = "+" if dirty else "", summary.get("documents")

    return f"""# A methods note you can cite

*Generated by `{COMMAND}` on {today} in {seconds:.0f} s{reused} (qualcode {qualcode.__version__}, commit `{commit}`;
{machine}).{dirty} Do not edit by hand: rerun the command, which runs the study exactly as `qualcode reproduce`
does and fills in every number below.*

!!! note "The bundled corpus is constructed"
    `{corpus_dir.as_posix()}` imitates the interviews of a master's thesis on how policies for children in distress
    (困境儿童) were implemented in Chifeng City, Inner Mongolia. The thesis's transcripts are not public; these were
    written for demonstration. Every number here describes the demonstration corpus, not the thesis or Chifeng.

## What `qualcode reproduce` does

`qualcode reproduce --out OUTDIR` (run from the repository root) calls `qualcode.run_study` and writes the report
with `qualcode.write_study`. Step by step, with the settings it used for this note:

1. **Ingest.** `read_corpus("{corpus_dir.as_posix()}")` reads every transcript (encodings detected per file), splits
   it into speaker turns with character offsets into the untouched text, and joins `respondents.csv`
   ([corpus format](corpus.md)). The gold coding and the questionnaire are excluded from the transcripts by
   `corpus.yaml`; the study description `study.yaml` names the codebook, the gold coding and the questionnaire's
   columns.
2. **Segment and auto-code** with `code_corpus(corpus, codebook)`, the pipeline every qualcode command uses: the
   segmenter (`backend="{args.backend}"`, which resolved to **{s['segmenter_backend']}**, with the shipped domain
   dictionary and the codebook's terms kept whole) cuts every turn into {s['unit']}s, interviewer turns included so
   that answer rules can read the question before each answer; the rules then code the respondents'
   {s['unit']}s.
3. **The codebook.** **`{cb.name}` version {cb.version}**
   (`{codebook_path.as_posix()}`, sha256 `{sha12(codebook_path)}…`): {len(cb)} codes, of which {len(themes)} themes
   carry rules, grouped under {len(tops)} top-level codes: {stage_list}. Unit: {s['unit']}s of respondents
   ([rule language](codebook.md)).
4. **Themes by {by}.** `crosstab` and `association` at the **respondent** unit over the {len(themes)} themes: a
   respondent counts once per theme; denominators are all respondents of a {by}. The test per theme is chi-square,
   Fisher's exact or {monte_carlo} depending on expected counts, with Cramér's V
   and Holm-adjusted p-values. `cooccurrence` and `exemplars` (3 per theme and {by}) follow
   ([methods](methods.md)).
5. **Pseudonymise quotes** (`Pseudonymiser().fit(corpus)`, pseudonymise = {s['pseudonymise']}): quotes in the report
   have names and numbers replaced ([privacy](privacy.md)).
6. **Topics.** At the **{s['topic_unit']}** unit: `sweep_k(ks={ks}, seeds=({seeds}),
   method="{s['topic_method']}")`, `recommend_k`, then `TopicModel(n_topics=k, method="{s['topic_method']}",
   seed_terms=..., random_state={s['seeds'][0]})` seeded from `seeds_from_codebook(codebook)` (seeded topics:
   {s['seeded_topics']}), `label_topics`, and `topics_by("{by}", n_boot={s['n_boot']}, random_state=0)`.
7. **Score against the human gold coding** ({gold_list}; one row per respondent turn, split into `dev` and
   `test`): sentence codes are aggregated to turns and scored per theme with `evaluate` (precision, recall, F1,
   Cohen's kappa); `agreement(..., n_boot={s['n_boot']}, seed=0, cluster="doc")` gives kappa and alpha between
   machine and gold with interview-bootstrap intervals; `disagreements` lists every differing turn
   ([validation](validation.md)).
8. **Questionnaire** (`{s['survey']}`): `read_survey(path, study.survey)` and `survey_tables(by="{by}")`: the share
   who had heard of the policy (the study's yes/no question) with Wilson intervals, a test of association with
   {by}, channels (the follow-up) and satisfaction (the rating).
9. **Report**: `OUTDIR/index.html` (self-contained), `tables.xlsx` with every table, figures (SVG, PNG) and the
   turns, segments and codings as CSV.

Every step is deterministic for the seeds given; segmentation and the topic sweep are cached by content hash, so a
rerun is faster and gives the same tables. `--no-cache` recomputes everything.

## What it produced

**Corpus.** {summary.get('documents')} interviews, {summary.get('turns')} turns ({summary.get('respondent turns')}
respondent turns), {int(summary.get('characters', 0)):,} characters; respondents by {by}: {respondents_text}.
**Coding.** {n_resp_segments} respondent {s['unit']}s coded, {summary.get('codings')} codings.

### Themes raised, by {by} (respondents raising the theme / all respondents of the {by})

{md_table(f)}

{("Themes whose association with " + by + " reaches p < 0.05 after Holm adjustment: " + ", ".join(significant) + ".")
 if significant else "No theme's association with " + by + " reaches p < 0.05 after Holm adjustment."}
With {sum(respondents)} respondents, most tables have expected counts below 5 and only large differences can reach
significance; read the counts and Cramér's V rather than the p-values alone ([methods](methods.md)).

### Auto-coding against the human gold coding (respondent turns)

{eval_lines}

{gap}

{agree_text}

### Topics

{topic_text}

### Questionnaire: heard of the policy, by {by}

{survey_text}

## How to cite

> qualcode {qualcode.__version__} (commit `{commit}`{plus}), computer-assisted qualitative analysis of Chinese interview
> transcripts. Analysis of the constructed Chifeng demonstration corpus (`{corpus_dir.as_posix()}`,
> {summary.get('documents')} interviews; not the data of the thesis it imitates) with codebook `{cb.name}`
> v{cb.version}, reproduced with `qualcode reproduce` on {today}.

```bibtex
@software{{qualcode_{today[:4]},
  title   = {{qualcode: computer-assisted qualitative analysis of Chinese interview transcripts}},
  version = {{{qualcode.__version__}}},
  year    = {{{today[:4]}}},
  note    = {{Commit {commit}. Constructed Chifeng demonstration corpus ({n_docs} interviews), codebook
             {cb.name} v{cb.version}; `qualcode reproduce`, {today}}}
}}
```

When you use qualcode on your own transcripts, cite the version and commit, report the codebook version, the
segmenter backend, the coding unit, the counting unit (respondents), the topic sweep and chosen k, and the
agreement of the auto-codes with your own coders on a sample of *your* data, not the numbers above.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "methods-note.md"),
                        help="where to write the note (default: docs/methods-note.md)")
    parser.add_argument("--no-cache", action="store_true", help="recompute segmentation and the topic sweep")
    ns = parser.parse_args(argv)

    from qualcode._io import atomic_write

    out = Path(ns.out).resolve()
    os.chdir(REPO)  # the reproduce defaults are paths relative to the repository root
    args = reproduce_args(["--no-cache"] if ns.no_cache else [])
    t0 = time.perf_counter()
    res = run(args)
    seconds = time.perf_counter() - t0
    text = render(res, args, seconds=seconds, today=date.today().isoformat(), cached=not ns.no_cache)
    with atomic_write(out) as fh:
        fh.write(text)
    print(f"wrote {out} ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
