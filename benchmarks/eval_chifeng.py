"""Auto-coding of the bundled Chifeng corpora scored against their human gold coding.

    python benchmarks/eval_chifeng.py --split dev     # tuning: print one split of corpora/chifeng
    python benchmarks/eval_chifeng.py --final         # dev + test, writes docs/accuracy.md (coding)
    python benchmarks/eval_chifeng.py --blind         # ONCE, at the end: dev + test + the blind corpus

Round 1: the codebook (codebooks/children_in_distress.yaml) was written from THEMES.md, tuned on the dev split of
corpora/chifeng (odd-numbered documents) and scored once on its test split (even-numbered documents). Round 2 tuned on
all of corpora/chifeng (dev + test), so both are tuned-on numbers now; the honest measure is corpora/chifeng_blind (10
interviews written independently, in another voice, by someone who never saw the codebook), not opened while tuning
and scored exactly once with ``--blind`` (gold rows with split=blind). ``--blind`` refuses to run a second time (the
section already holds a blind result) unless ``--again`` is given, and then says so in the section.

Unit: sentences (the codebook's setting), aggregated to respondent turns, the unit of the gold coding; scores from
``qualcode.coding._evaluate``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd  # noqa: E402

import qualcode as qc  # noqa: E402
from _report import REPO, machine, update_section  # noqa: E402
from qualcode.coding import evaluate, load_codebook, read_gold  # noqa: E402
from qualcode.ingest import read_corpus  # noqa: E402
from qualcode.segment import Segmenter  # noqa: E402

THEMES = ["publicity_weak", "misreporting", "communication_poor", "supervision_weak", "leadership_system",
          "diversified_rescue", "fund_guarantee", "staff_capacity", "family_hardship"]
CORPUS = REPO / "corpora" / "chifeng"
BLIND = REPO / "corpora" / "chifeng_blind"
CODEBOOK = REPO / "codebooks" / "children_in_distress.yaml"
PAGE = REPO / "docs" / "accuracy.md"

# hand-written paraphrases scored before each change (tests/test_study_codebook.py; round 1:
# tests/test_autocode_paraphrases.py): (round, coded, positives, false codes, opposite-voice and neutral sentences)
PARAPHRASE_ROUNDS_2 = [("A plain speech, officialese, irony", 38, 66, 0, 26),
                       ("B staff telling a family's story", 13, 20, 1, 12),
                       ("C dialect, idioms, officialese", 17, 42, 0, 15),
                       ("D another voice again", 13, 37, 1, 18),
                       ("E longer, mixed registers", 19, 32, 1, 11),
                       ("F regional speech, problems since solved", 20, 32, 2, 14),
                       ("G metaphor and narrative, avoiding the rules' words", 17, 32, 0, 11),
                       ("H staff and family, implied problems", 16, 27, 1, 9)]


def code_corpus(corpus_dir: Path = CORPUS):
    """Code one corpus with the study codebook through the pipeline every command uses; returns (codings, coder,
    segments)."""
    codebook = load_codebook(CODEBOOK)
    corpus = read_corpus(corpus_dir)
    with tempfile.TemporaryDirectory() as d:
        coded = qc.code_corpus(corpus, codebook, segmenter=Segmenter(cache_dir=d))
    return coded.codings, coded.coder, coded.segments


def gold_table(corpus_dir: Path = CORPUS) -> pd.DataFrame:
    paths = sorted((corpus_dir / "gold").glob("gold_*.csv")) or sorted((corpus_dir / "gold").glob("*.csv"))
    if not paths:
        raise SystemExit(f"no gold tables in {corpus_dir / 'gold'}")
    return read_gold(paths)


def fmt(v) -> str:
    return "" if pd.isna(v) else f"{v:.2f}"


def table_md(res: pd.DataFrame) -> list[str]:
    lines = ["| code | precision | recall | F1 | kappa | support | predicted |", "|---|---|---|---|---|---|---|"]
    for r in res.itertuples(index=False):
        name = f"**{r.code}**" if r.code in ("micro", "macro") else r.code
        lines.append(f"| {name} | {fmt(r.precision)} | {fmt(r.recall)} | {fmt(r.f1)} | {fmt(r.kappa)} | {r.support} | "
                     f"{r.predicted} |")
    return lines


def summary_row(name: str, res: pd.DataFrame) -> str:
    t = res.set_index("code")
    return (f"| {name} | {t.loc['macro', 'n_units']} | {t.loc['macro', 'f1']:.3f} | {t.loc['micro', 'f1']:.3f} | "
            f"{t.loc['macro', 'precision']:.2f} | {t.loc['macro', 'recall']:.2f} | {t.loc['macro', 'kappa']:.3f} |")


def blind_already_scored() -> bool:
    if not PAGE.exists():
        return False
    text = PAGE.read_text(encoding="utf-8")
    start, end = text.find("<!-- BEGIN coding -->"), text.find("<!-- END coding -->")
    return start >= 0 and "### blind corpus" in text[start:end]


def section_md(results: dict[str, pd.DataFrame], command: str, blind_note: str = "") -> str:
    dev, test = results["dev"], results["test"]
    blind = results.get("blind")
    done = sum(r[1] for r in PARAPHRASE_ROUNDS_2)
    total = sum(r[2] for r in PARAPHRASE_ROUNDS_2)
    md = ["## coding: study codebook vs human gold (Chifeng corpora)", "",
          f"Command: `{command}`  ", f"Machine: {machine()}", "",
          "Corpora: corpora/chifeng (30 constructed interviews: families F, civil-affairs staff C, community staff S) "
          "and corpora/chifeng_blind (10 interviews written independently, in a deliberately different voice, by "
          "someone who never saw the codebook), each with a human gold coding (one row per respondent turn). "
          "Codebook: codebooks/children_in_distress.yaml. Unit: sentences, aggregated to respondent turns "
          "(joined on doc_id and turn); scores from `qualcode.evaluate` (undefined ratios are NaN and left out of "
          "macro averages); macro = unweighted mean over the nine themes.",
          "",
          "### History and protocol", "",
          "**Round 1.** The rules were written from THEMES.md, tuned on the **dev** split of corpora/chifeng "
          "(odd-numbered documents) to macro-F1 0.95 and scored once on the held-out **test** split (even-numbered "
          "documents, codebook at commit 608de7d, results in 3bc86fa): macro-F1 **0.632**, micro-F1 0.628, macro "
          "kappa 0.599 (precision 0.78, recall 0.57). The rules had memorised dev: recall, not precision, did not "
          "transfer (publicity_weak, misreporting, communication_poor below 0.35 recall). Later round-1 commits "
          "looked at the test aggregate, so the test split is no longer clean.", "",
          "**Round 2 (this section).** (1) Tuning data = all of corpora/chifeng (dev + test gold); every transcript "
          "there was read. (2) The honest measure is corpora/chifeng_blind, not opened while tuning (neither "
          "transcripts nor gold) and scored exactly once, at the end, with `benchmarks/eval_chifeng.py --blind`; the "
          "rules were not changed after that run. (3) Aim: rules that generalise - synonym families, dialect and "
          "officialese, irony, implied stories, negation and contrast both ways, the do-not-code cases of THEMES.md; "
          "broad topic + problem-cue frames instead of exact phrases; no rule quotes a corpus turn. Before each "
          "change, new paraphrases were written by hand (not from the corpus) and scored first with "
          "`AutoCoder.codes_for`, then kept as tests (tests/test_study_codebook.py, with opposite-voice, neutral "
          "sentences and negation pairs). (4) The hierarchy follows the thesis: achievements (成效: "
          "leadership_system, diversified_rescue, fund_guarantee), operation (运行阶段: publicity_weak), "
          "implementation (执行阶段: misreporting, communication_poor), follow_up (后续阶段: supervision_weak), "
          "context (背景与成因: staff_capacity, family_hardship).", "",
          "Paraphrase rounds of round 2, scored before the change they led to (coded / positives; false codes / "
          "opposite-voice and neutral sentences):", "",
          "| round | coded before | false before |", "|---|---|---|"]
    for name, hit, n, fp, nn in PARAPHRASE_ROUNDS_2:
        md.append(f"| {name} | {hit}/{n} ({hit / n:.2f}) | {fp}/{nn} |")
    md += ["", f"Together {done}/{total} ({done / total:.2f}) of new wording was coded before the rules were widened "
           "for it: the expectation for unseen wording, well below the tuned numbers below. Round 1 had 13 such "
           "rounds (recall 0.18 to 0.64, tests/test_autocode_paraphrases.py).", "",
           "### Results", "",
           "| corpus / split | turns | macro-F1 | micro-F1 | macro precision | macro recall | macro kappa |",
           "|---|---|---|---|---|---|---|"]
    if blind is not None:
        md.append(summary_row("**chifeng_blind (never seen; the honest number)**", blind))
    md += [summary_row("chifeng dev (tuned on, rounds 1 and 2)", dev),
           summary_row("chifeng test (tuned on in round 2)", test)]
    if blind is not None:
        md += ["", "### blind corpus (corpora/chifeng_blind, split=blind, scored once)", ""] + table_md(blind)
        if blind_note:
            md += ["", blind_note]
    else:
        md += ["", "The blind corpus has not been scored yet (`--blind`, once, at the end)."]
    md += ["", "### chifeng test split (tuned on in round 2)", ""] + table_md(test)
    md += ["", "### chifeng dev split (tuned on)", ""] + table_md(dev)
    md += ["", "The chifeng numbers are optimistic by construction (rules were adjusted while reading these "
           "transcripts and their gold); only the blind corpus estimates performance on unseen transcripts.", ""]
    return "\n".join(md)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--final", action="store_true", help="score dev and test, write docs/accuracy.md")
    ap.add_argument("--blind", action="store_true",
                    help="ONCE, at the end: also score corpora/chifeng_blind (split=blind) and write docs/accuracy.md")
    ap.add_argument("--again", action="store_true", help="allow a second --blind run (recorded in the section)")
    args = ap.parse_args(argv)
    if args.blind and blind_already_scored() and not args.again:
        raise SystemExit("the blind corpus has already been scored (docs/accuracy.md, section coding); "
                         "the protocol allows one run - use --again only to re-render, and it will say so")
    if args.blind:
        # check the blind corpus can be scored before anything is scored (no scores are printed on failure)
        bgold = gold_table(BLIND)
        if not (bgold["split"].astype(str) == "blind").any():
            raise SystemExit(f"no gold rows with split=blind in {BLIND / 'gold'}")
    codings, coder, segs = code_corpus(CORPUS)
    gold = gold_table(CORPUS)
    splits = ["dev", "test"] if (args.final or args.blind) else [args.split]
    results = {}
    for split in splits:
        res = evaluate(codings, gold, split=split, codes=THEMES)
        results[split] = res
        print(f"== {split}: {res['n_units'].iloc[0]} respondent turns")
        print(res.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    note = ""
    if args.blind:
        bcodings, _, bsegs = code_corpus(BLIND)
        res = evaluate(bcodings, bgold, split="blind", codes=THEMES)
        results["blind"] = res
        print(f"== blind: {res['n_units'].iloc[0]} respondent turns")
        print(res.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
        roles = sorted(bsegs["role"].dropna().astype(str).unique()) if "role" in bsegs.columns else []
        import subprocess
        rev = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%h", "--", str(CODEBOOK)],
                             capture_output=True, text=True).stdout.strip() or "?"
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip() or "?"
        note = (f"Scored once, codebook at commit {rev} (repository HEAD {head}, engine as checked out then). "
                f"Respondent roles in the blind corpus: {', '.join(roles) or '(none)'} (rules with `roles` use "
                "family / community / civil_affairs).")
        if args.again:
            note += " **This is not the first blind run (`--again`); the first run's numbers are the honest ones.**"
    if args.final or args.blind:
        command = "python benchmarks/eval_chifeng.py " + ("--blind" if args.blind else "--final")
        print(f"wrote {update_section('accuracy.md', 'coding', section_md(results, command, note))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
