"""Lay out a :class:`~qualcode.study._run.StudyResults` as report sections (formatting only, nothing computed)."""

from __future__ import annotations

import html
import os
from pathlib import Path

import pandas as pd

from qualcode import report
from qualcode._io import write_table
from qualcode.report._explore import explore_sections
from qualcode.report._text import INTRO_ZH, NOTES_ZH
from qualcode.study._run import StudyResults

__all__ = ["study_sections", "write_study"]

def _pivot_percent(ctab: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    data = ctab[ctab["group"] != "(all)"]
    mat = data.pivot_table(index="code", columns="group", values="percent", sort=False)
    mat.index = [f"{labels.get(c, c)} ({c})" for c in mat.index]
    return mat


def _group_cell(rec: dict, g: str) -> str:
    raw = html.escape(str(rec.get(g, "")))
    corrected = rec.get(f"{g} corrected")
    if corrected is None or (isinstance(corrected, float) and pd.isna(corrected)) or not corrected:
        return raw
    return f"{raw}<br><span class='muted'>corrected: {html.escape(str(corrected))}</span>"


def _trust_cell(rec: dict) -> str:
    status = rec.get("certified")
    if status is None or (isinstance(status, float) and pd.isna(status)) or not status:
        return ""
    mark = "✔ " if str(status).startswith("certified") else ""
    return f"{mark}{html.escape(str(status))}"


def _findings_html(findings: pd.DataFrame, groups: list[str]) -> str:
    """The findings table with stage rows as headings (a grouped table reads better than a repeated column)."""
    trust = "certified" in findings.columns
    head = ["主题 theme", *[html.escape(g) for g in groups], *(["certified 可信度"] if trust else []), "Cramér's V",
            "p (adj.)", "exemplar quotes"]
    rows = [f"<tr>{''.join(f'<th>{h}</th>' for h in head)}</tr>"]
    for stage, sub in findings.groupby("stage", sort=False):
        en = sub["stage_en"].iloc[0]
        rows.append(f'<tr><th colspan="{len(head)}" style="background:#dde6f3">{html.escape(str(stage))} · '
                    f'{html.escape(str(en))}</th></tr>')
        for rec in sub.to_dict("records"):  # not itertuples: "family corrected" is no namedtuple field
            cells = [f"{html.escape(rec['label'])}<br><span class='muted'>{html.escape(rec['theme'])}</span>"]
            cells += [_group_cell(rec, g) for g in groups]
            if trust:
                cells.append(_trust_cell(rec))
            v = rec.get("cramers_v")
            p = rec.get("p_adjusted")
            cells.append("" if pd.isna(v) else f"{v:.2f}")
            note = rec.get("note") or ""
            cells.append(("" if pd.isna(p) else f"{p:.3f}") + (f"<br><span class='muted'>{html.escape(str(note))}"
                                                              "</span>" if note else ""))
            quotes = "<br>".join(html.escape(q) for q in str(rec.get("quotes", "")).split("\n") if q)
            cells.append(f"<span class='quote'>{quotes}</span>")
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<div class=\"tw\"><table class=\"findings\">{''.join(rows)}</table></div>"


def _trust_note(res: StudyResults) -> str:
    if res.certification is None:
        return ""
    n_cert = int(res.certification["certified"].sum())
    sample = res.settings.get("validated")
    return (f"{n_cert} of {len(res.certification)} themes certified (kappa >= 0.80 on enough validated turns; "
            f"validated: {sample}). 'corrected' counts correct the machine's counts for its measured error, with "
            "95% intervals (section 'Certified codes and corrected counts').")


def study_sections(res: StudyResults, banner_constructed: bool = False) -> list[report.Section]:
    """Report sections for a study run, in reading order: findings first, then the evidence behind them."""
    cb = res.codebook
    labels = {c.id: c.label or c.id for c in cb.codes}
    by = res.settings.get("by", "role")
    secs: list[report.Section] = []
    for add in (_lead_sections, _trust_section, _evidence_sections, _topic_section, _agreement_sections):
        add(res, secs, by, labels)
    if res.survey:
        secs.append(_survey_section(res, by))
    settings = pd.DataFrame([(k, str(v)) for k, v in res.settings.items()], columns=["setting", "value"])
    notes = [n for n in res.notes if n][:50]
    secs.append(report.Section("Method and settings 方法与参数", tables=[("settings", settings)], notes=notes,
                               intro="The parameters of this run; rerun with the same ones to get the same tables."))
    _add_explore(secs, res, by)
    _layout(secs)
    return secs


def _lead_sections(res: StudyResults, secs: list[report.Section], by: str, labels: dict[str, str]) -> None:
    """What to check before reading, and the findings."""
    groups = [c for c in res.findings.columns if c not in ("stage", "stage_en", "theme", "label", "respondents",
                                                           "cramers_v", "p_adjusted", "test", "note", "quotes",
                                                           "certified") and not c.endswith(" corrected")]
    if res.warnings:
        secs.append(report.Section(
            "Check before reading 阅读前请核对", anchor="warnings", notes=res.warnings[:50],
            intro=(f"{len(res.warnings)} problem(s) found while reading and coding the corpus that can make the "
                   "counts below wrong (speech read as the wrong speaker, files left out, words that cannot "
                   "match). 'qualcode doctor' lists them with hints.")))
    secs.append(report.Section(
        "Findings 研究发现", anchor="findings",
        intro=(f"Each theme of the codebook, grouped by its stage, with how many respondents of each {by} raised it "
               "(at least one auto-coded segment; n/N of that group), the strength of the association with "
               f"{by} (Cramér's V; p adjusted over themes) and exemplar quotes with their document. All values are "
               "computed from the tables below; quotes are pseudonymised" +
               ("" if res.settings.get("pseudonymise") else " (pseudonymisation was turned off)") + "."),
        extra_html=_findings_html(res.findings, groups), workbook_tables=[("findings", res.findings)],
        notes=[n for n in [("Auto-codes, not human codes: read them with the agreement figures in 'Auto-coding vs "
                            "human coding'."), _trust_note(res)] if n and res.evaluation is not None] or ()))


def _trust_section(res: StudyResults, secs: list[report.Section], by: str, labels: dict[str, str]) -> None:
    """Certification and corrected counts (with gold coding)."""
    if res.certification is not None and res.corrected is not None:  # made together (with gold coding)
        secs.append(report.Section(
            "Certified codes and corrected counts 可信度与校正计数", anchor="trust",
            tables=[("certification", res.certification), ("corrected counts", res.corrected)],
            display={"certification": _certification_shown(res.certification),
                     "corrected counts": _corrected_shown(res.corrected)},
            intro=("How far each theme's machine codes can be trusted, from the validated turns: precision, recall "
                   "and Cohen's kappa against the coders with 95% intervals (whole interviews resampled). A theme is "
                   "certified when its kappa reaches 0.80 on enough turns (at least 50 turns, 10 coded with the "
                   "theme, and a kappa interval no wider than ±0.10); otherwise the table says how many more "
                   "validated turns are needed, or that the theme's coding itself must improve. Corrected counts "
                   "estimate how many respondents of each group truly raised the theme, from the machine's codes "
                   "and its measured error (positive predictive value and false omission rate per group, shrunk "
                   "towards the pooled rates), with 95% bootstrap intervals; 'human' is the count the full human "
                   "coding gives, for comparison. Method and assumptions: docs/methods.md.")))


def _evidence_sections(res: StudyResults, secs: list[report.Section], by: str, labels: dict[str, str]) -> None:
    """The corpus, themes by group, co-occurrence and exemplar quotes."""
    secs.append(report.Section("Corpus 语料", tables=[("summary", res.summary), ("respondents", res.respondents.drop(
        columns=["sha256", "path"], errors="ignore"))], intro="Documents, turns and respondents as read from the "
        "corpus folder (every file's SHA-256 is in the workbook)."))
    fig = report.heatmap(_pivot_percent(res.crosstab, labels), "themes_by_role",
                         f"Respondents raising each theme, % of {by}")
    secs.append(report.Section(
        f"Themes by {by} 主题与角色", figures=[fig],
        tables=[("themes by role (respondents)", res.crosstab), ("association", res.association)],
        intro=("Percent of respondents in each group with at least one segment coded with the theme. Residuals "
               "beyond about ±2 mark groups that raise a theme more or less than the others. The association table "
               "gives the test used per theme (chi-square, Fisher's exact, or a Monte-Carlo exact test when counts "
               "are small), Cramér's V and adjusted p-values; its note column says when counts are too small.")))
    cooc = res.cooccurrence
    if len(cooc):
        mat = cooc.pivot_table(index="code_a", columns="code_b", values="n", sort=False)
        mat.index = [labels.get(c, c) for c in mat.index]
        mat.columns = [labels.get(c, c) for c in mat.columns]
        fig2 = report.heatmap(mat, "cooccurrence", "Respondents with both themes", value_format="{:.0f}",
                              cmap="Greens")
        secs.append(report.Section("Co-occurrence 主题共现", figures=[fig2], tables=[("co-occurrence", cooc)],
                                   intro="How many respondents raise both themes (diagonal: the theme itself)."))
    secs.append(report.Section("Exemplar quotes 代表性引文", tables=[("exemplars", res.exemplars.drop(
        columns=["strength"], errors="ignore"))], intro="Quotes per theme and group, clearest first (most distinct "
        "matched words and rules, then shorter segments), one per respondent before any second; offsets point into "
        "the source files."))


def _topic_section(res: StudyResults, secs: list[report.Section], by: str, labels: dict[str, str]) -> None:
    """The topic model."""
    if res.topic_terms is not None:
        terms = (res.topic_terms.sort_values(["topic", "rank"]).groupby("topic")["term"]
                 .apply(lambda s: " ".join(s)).rename("top terms").reset_index())
        if res.topic_labels is not None:
            terms = terms.merge(res.topic_labels, on="topic", how="left")
        figs = []
        if res.topic_prevalence is not None and len(res.topic_prevalence):
            prev = res.topic_prevalence.copy()
            ranked = res.topic_terms.sort_values(["topic", "rank"]).groupby("topic")["term"]
            top3 = ranked.apply(lambda s: " ".join(s[:3]))
            prev["topic"] = [f"{t}: {top3.get(t, '')}" for t in prev["topic"]]  # the topic's words, not only its number
            figs.append(report.bar_chart(prev, "topic", "prevalence", "group", "topics_by_role",
                                         f"Topic prevalence by {by} (95% bootstrap CI over respondents)",
                                         "ci_low", "ci_high"))
        tabs = [("topics", terms)]
        if res.topic_sweep is not None:
            tabs.insert(0, ("topic sweep", res.topic_sweep))
        tabs += [t for t in [("topic prevalence", res.topic_prevalence), ("topic quotes", res.topic_quotes)]
                 if t[1] is not None]
        secs.append(report.Section(
            f"Topics 主题模型 (k = {res.topic_k})", figures=figs, tables=tabs,
            intro=("What else is being said: a topic model over respondent turns (stop words and fillers removed), "
                   "seeded with the codebook's terms where the data support them; each topic is labelled with its "
                   "closest codebook theme by term overlap, or 'new'. k was chosen from the sweep (coherence c_v / "
                   "c_npmi and stability across seeds).")))


def _agreement_sections(res: StudyResults, secs: list[report.Section], by: str, labels: dict[str, str]) -> None:
    """Auto-coding against the human gold coding and the coders' review."""
    if res.evaluation is not None:
        ev = res.evaluation
        tabs = [("auto vs human (per split)", ev)]
        if res.agreement is not None:
            tabs.append(("agreement (kappa, alpha, 95% CI)", res.agreement))
        if res.disagreements is not None:
            tabs.append(("disagreements", res.disagreements))
        summary = ev[ev["code"].isin(["macro", "micro"])]
        lines = [f"{r.split}: {r.code}-F1 {r.f1:.2f} (kappa {r.kappa:.2f}, {int(r.n_units)} turns)"
                 for r in summary.itertuples(index=False)]
        secs.append(report.Section(
            "Auto-coding vs human coding 自动编码与人工编码", tables=tabs,
            intro=("The codebook's auto-codes against the human gold coding, per theme, at the respondent-turn level "
                   "(precision, recall, F1, Cohen's kappa). The 'dev' split is where rules were tuned and is "
                   "optimistic; 'test' was held out. Agreement intervals resample whole interviews. "
                   + "; ".join(lines))))
    if res.review_agreement is not None:
        prf = res.review_precision_recall
        weighted = prf is not None and prf.attrs.get("weighted")
        secs.append(report.Section(
            "Review of the auto-codes 编码员审核",
            tables=[("machine vs reviewers (kappa, alpha, 95% CI)", res.review_agreement)]
            + ([("machine precision and recall per reviewer", prf)] if prf is not None else []),
            intro=("Coders reviewed the auto-codes in the project store (qualcode review): agreement of auto:rules "
                   f"with every reviewer on the {res.review_agreement.attrs.get('units', '')} segments all of them "
                   "reviewed (intervals resample whole interviews), and the auto-codes' precision and recall "
                   "against each reviewer" + (", weighted by the sample's weights so they estimate the whole corpus"
                                              if weighted else "") + ". A reviewer who saw the machine's codes may "
                   "be anchored by them; blind reviews (qualcode review --blind) avoid that.")))

def _survey_section(res: StudyResults, by: str) -> report.Section:
    spec = res.study.survey
    label = (spec.yes_no_label or spec.yes_no) if spec is not None else "yes"
    figs = []
    yes = res.survey.get("yes")
    if yes is not None and len(yes):
        group = spec.group if spec is not None else by
        figs.append(report.bar_chart(yes.assign(label=label), group, "percent", None, "survey_yes",
                                     f"{label}: % answering yes (95% Wilson CI)", "ci_low", "ci_high"))
    parts = [f"who answered yes to '{label}'"]
    if spec is not None and spec.follow_up:
        parts.append(f"their answers to '{spec.follow_up}'")
    if spec is not None and spec.rating:
        parts.append(f"the rating '{spec.rating}' (1-5)")
    return report.Section("Questionnaire 问卷", figures=figs,
                          tables=[(f"survey {k}", v) for k, v in res.survey.items()],
                          intro="By group: " + ", ".join(parts) + ".")


#: English title prefix -> key of the section's Chinese text in INTRO_ZH (and its anchor)
_SECTION_KEYS = {"Check before reading": "warnings", "Findings": "findings", "Corpus": "corpus", "Themes by": "themes",
                 "Co-occurrence": "cooccurrence", "Exemplar quotes": "exemplars", "Topics": "topics",
                 "Auto-coding vs": "evaluation", "Questionnaire": "survey", "Method and settings": "settings"}
#: columns of the association table shown on the page (the workbook has them all)
_ASSOCIATION_PAGE = ["label", "code", "n_coded", "n_units", "test", "cramers_v", "p_value", "p_adjusted",
                     "largest_residual_group", "largest_residual", "note"]

#: columns of the exemplar table shown on the page (the rules and offsets are in the workbook)
_EXEMPLARS_PAGE = ["label", "group", "rank", "seg_id", "text", "terms"]


def _add_explore(secs: list[report.Section], res: StudyResults, by: str) -> None:
    """Insert the word-exploration sections: network and correspondence analysis after the co-occurrence
    section, words and KWIC after the exemplar quotes."""
    if not getattr(res, "explore", None):
        return
    parts = explore_sections(res.explore, res.codebook, by)
    for prefix, key in (("Exemplar quotes", "after_exemplars"), ("Co-occurrence", "after_cooccurrence"),
                        ("Themes by", "after_cooccurrence")):
        at = next((i for i, s in enumerate(secs) if s.title.startswith(prefix)), None)
        if at is not None and parts.get(key):
            secs[at + 1:at + 1] = parts.pop(key)
    for rest in parts.values():  # no anchor section found: before the method section
        secs[-1:-1] = rest


def _layout(secs: list[report.Section]) -> None:
    """Anchors and Chinese text by section, and narrower page versions of wide tables."""
    for sec in secs:
        key = next((k for prefix, k in _SECTION_KEYS.items() if sec.title.startswith(prefix)), None)
        if key is None:
            continue
        sec.anchor = sec.anchor or key
        sec.intro_zh = sec.intro_zh or INTRO_ZH.get(key, "")
        sec.notes_zh = [NOTES_ZH[n] for n in sec.notes if n in NOTES_ZH] if not sec.notes_zh else sec.notes_zh
        for name, df in sec.tables:
            if name == "association" and len(df):
                sec.display[name] = df[[c for c in _ASSOCIATION_PAGE if c in df.columns]]
            if name == "exemplars" and len(df):
                sec.display[name] = df[[c for c in _EXEMPLARS_PAGE if c in df.columns]]


def _interval(value: float, low: float, high: float) -> str:
    if pd.isna(value):
        return "–"
    return f"{value:.2f} [{low:.2f}–{high:.2f}]" if not (pd.isna(low) or pd.isna(high)) else f"{value:.2f}"


def _certification_shown(table: pd.DataFrame) -> pd.DataFrame:
    """The certification table as shown on the page: each estimate with its interval in one cell."""
    return pd.DataFrame({
        "code": table["code"], "turns": table["n_units"],
        "precision": [_interval(*r) for r in zip(table["precision"], table["precision_low"], table["precision_high"])],
        "recall": [_interval(*r) for r in zip(table["recall"], table["recall_low"], table["recall_high"])],
        "kappa": [_interval(*r) for r in zip(table["kappa"], table["kappa_low"], table["kappa_high"])],
        "status": table["status"]})


def _corrected_shown(table: pd.DataFrame | None) -> pd.DataFrame | None:
    """The corrected counts as shown on the page: raw and corrected respondents per theme and group."""
    if table is None or not len(table):
        return table
    cols = {"code": table["code"], "group": table["group"], "respondents": table["respondents"],
            "raw": table["raw"], "corrected [95% CI]": table["text"]}
    if "human" in table.columns:
        cols["human"] = table["human"]
    return pd.DataFrame(cols)


def write_study(res: StudyResults, out_dir: str | os.PathLike, *, title: str | None = None,
                lang: str = "both") -> dict[str, Path]:
    """Write the HTML report, the workbook, the figures and the main tables as CSV into ``out_dir``. The title and
    the note at the top come from the study description (``title``, ``note``) unless ``title`` is given; ``lang``
    (``"zh"``, ``"en"`` or ``"both"``) is the language of the report's own text."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    title = title or res.study.title or f"qualcode study report: {res.corpus.name}"
    banner = res.study.note
    written = report.write_report(study_sections(res), out, title=title, banner=banner, lang=lang,
                                  subtitle=f"codebook {res.codebook.name} v{res.codebook.version}; "
                                           f"{len(res.corpus)} documents")
    for name, df in (("turns", res.turns), ("segments", res.segments), ("codings", res.codings),
                     ("findings", res.findings)):
        written[f"{name}.csv"] = write_table(df, out / f"{name}.csv")
    return written
