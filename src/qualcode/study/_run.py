"""The whole study as one function: ingest, segment, auto-code, topics, themes by role, survey, agreement.

:func:`run_study` only calls the public analysis functions a notebook would call and collects their tables in a
:class:`StudyResults`; :func:`qualcode.report.study_sections` formats them (the report computes nothing). What is
particular to one study (its title and note, codebook, gold coding, questionnaire columns, findings order) comes
from its description, ``study.yaml`` beside the corpus (:mod:`qualcode.study._spec`), never from the library.
Every step is deterministic for the given seeds; segmentation and the topic sweep are cached by content hash, so a
rerun over an unchanged corpus is much faster than the first run.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import pandas as pd

from qualcode import __version__, analysis, explore
from qualcode._progress import step
from qualcode.analysis._association import association_table
from qualcode.analysis._crosstab import counts as analysis_counts
from qualcode.analysis._crosstab import crosstab_table
from qualcode.coding import code_corpus, corpus_segmenter, evaluate, load_codebook, read_gold
from qualcode.coding._evaluate import coded_turns
from qualcode.errors import InputError, Issue, MetadataError
from qualcode.ingest import read_corpus
from qualcode.model import KEY_COLUMNS, Codebook, Corpus, seg_ids
from qualcode.privacy import Pseudonymiser, pseudonymise_table
from qualcode.privacy._fingerprint import detector_fingerprint
from qualcode.study._findings import findings_table, theme_codes
from qualcode.study._spec import Study, SurveySpec, find_study, read_study
from qualcode.study._survey import read_survey, survey_tables
from qualcode.study._topics import (
    TOPIC_MAX_SEGMENTS,
    ResultCache,
    TopicSweep,
    content_hash,
    start_topic_sweep,
    study_topics,
    topic_segments,
)
from qualcode.study._trust import trust_tables
from qualcode.validation import Project, agreement, disagreements, review_results

if TYPE_CHECKING:
    from qualcode.segment import Segmenter

__all__ = ["StudyResults", "find_gold", "run_study", "score_against_gold"]


@dataclass
class StudyResults:
    """Every table of a study run (long pandas DataFrames), plus the inputs, the study description and the settings."""

    corpus: Corpus
    codebook: Codebook
    settings: dict[str, Any]
    summary: pd.DataFrame
    respondents: pd.DataFrame
    turns: pd.DataFrame
    segments: pd.DataFrame
    codings: pd.DataFrame
    findings: pd.DataFrame
    crosstab: pd.DataFrame
    association: pd.DataFrame
    cooccurrence: pd.DataFrame
    exemplars: pd.DataFrame
    study: Study = field(default_factory=Study)
    topic_sweep: pd.DataFrame | None = None
    topic_k: int | None = None
    topic_terms: pd.DataFrame | None = None
    topic_labels: pd.DataFrame | None = None
    topic_prevalence: pd.DataFrame | None = None
    topic_quotes: pd.DataFrame | None = None
    evaluation: pd.DataFrame | None = None
    agreement: pd.DataFrame | None = None
    disagreements: pd.DataFrame | None = None
    certification: pd.DataFrame | None = None
    corrected: pd.DataFrame | None = None
    review_agreement: pd.DataFrame | None = None
    review_precision_recall: pd.DataFrame | None = None
    survey: dict[str, pd.DataFrame] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: what can make the counts wrong (undeclared speaker labels, unreadable files, a Traditional corpus against a
    #: Simplified codebook ...): shown first in the report
    warnings: list[str] = field(default_factory=list)
    #: word exploration (qualcode.explore.study_tables): frequency, keyness, kwic, code_network, ca
    explore: dict[str, Any] = field(default_factory=dict)

    def tables(self) -> list[tuple[str, pd.DataFrame]]:
        """Every table with a sheet-friendly name, in report order."""
        out = [("findings", self.findings), ("summary", self.summary), ("respondents", self.respondents),
               ("themes_by_role", self.crosstab), ("association", self.association),
               ("cooccurrence", self.cooccurrence), ("exemplars", self.exemplars)]
        for name in ("topic_sweep", "topic_terms", "topic_labels", "topic_prevalence", "topic_quotes", "evaluation",
                     "agreement", "disagreements", "certification", "corrected", "review_agreement",
                     "review_precision_recall"):
            value = getattr(self, name)
            if value is not None:
                out.append((name, value))
        out += [(f"survey_{k}", v) for k, v in self.survey.items()]
        out += [(f"explore_{k}", v.drop(columns=["marked"], errors="ignore")) for k, v in self.explore.items()
                if isinstance(v, pd.DataFrame)]
        return out


def find_gold(corpus_dir: str | os.PathLike) -> list[Path]:
    """Gold coding files of a corpus folder by convention: ``gold/*.csv`` (see :func:`qualcode.read_gold`)."""
    folder = Path(corpus_dir) / "gold"
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


def score_against_gold(codings: pd.DataFrame, gold: pd.DataFrame, corpus: Corpus, codes: Sequence[str], *,
                       n_boot: int = 1000) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The auto-codes against a gold coding (from :func:`qualcode.read_gold`), at the turn unit: the evaluation per
    split (and ``all``), agreement (kappa, alpha, document-cluster bootstrap) and the disagreements with text."""
    parts = []
    splits = sorted(gold["split"].dropna().unique()) if "split" in gold.columns else []
    for split in [None, *splits]:
        ev = evaluate(codings, gold, split=split, codes=codes)
        ev.insert(0, "split", split or "all")
        parts.append(ev)
    evaluation = pd.concat(parts, ignore_index=True)
    units = gold[["doc_id", "turn"]].drop_duplicates().assign(
        seg_id=lambda g: seg_ids(g["doc_id"], g["turn"], [0] * len(g)))
    human = gold.explode("codes").dropna(subset=["codes"])
    human = human.assign(seg_id=seg_ids(human["doc_id"], human["turn"], [0] * len(human)), code=human["codes"],
                         coder="human:gold")
    machine = coded_turns(codings).merge(units, on=["doc_id", "turn"]).assign(coder="auto:rules")
    cols = ["seg_id", "doc_id", "code", "coder"]
    both = pd.concat([machine[cols], human[cols]], ignore_index=True)
    agreement_table = agreement(both, units, codes=codes, n_boot=n_boot, seed=0, cluster="doc")
    turns = corpus.turns().merge(units, on=["doc_id", "turn"])
    return evaluation, agreement_table, disagreements(both, turns, codes=codes)


# ------------------------------------------------------------------------------------------------------ inputs
def _inputs(corpus: Any, codebook: Any, study: Any, gold: Any, survey: Any, keep_going: bool
            ) -> tuple[Corpus, Codebook, Study, list, str | None]:
    """The corpus, codebook, study description, gold files and questionnaire of a run: arguments first, then the
    study description (``study.yaml`` beside the corpus), then the corpus folder's conventions (``gold/*.csv``)."""
    if not isinstance(corpus, Corpus):
        step(f"reading corpus {corpus}")
        corpus = read_corpus(corpus, keep_going=keep_going)
    corpus_dir = Path(corpus.root) if corpus.root and Path(corpus.root).is_dir() else None
    if study is None and corpus_dir is not None:
        study = find_study(corpus_dir)
    if not isinstance(study, Study):
        study = read_study(study) if study is not None else Study()
    if codebook is None:
        if not study.codebook:
            raise InputError([Issue(study.path or "<arguments>", None, "no codebook given",
                                    "pass a codebook, or name one in the study description (codebook: FILE)")])
        codebook = study.codebook
    if not isinstance(codebook, Codebook):
        codebook = load_codebook(codebook)
    if gold is None:
        gold = sorted(p for g in study.gold for p in glob.glob(g)) if study.gold else (
            find_gold(corpus_dir) if corpus_dir is not None else [])
    if survey is None and study.survey is not None:
        survey = study.survey.file
    return corpus, codebook, study, list(gold), str(survey) if survey else None


def _survey_tables(path: str, study: Study, by: str) -> dict[str, pd.DataFrame]:
    if study.survey is None or not study.survey.yes_no:
        raise MetadataError([Issue(path, None, "a questionnaire needs the study's survey settings (which column is "
                                               "the yes/no question, the group ...)",
                                   "describe it in study.yaml: survey: {file: ..., yes_no: ...}")])
    spec: SurveySpec = replace(study.survey, file=path)
    step(f"questionnaire {path}")
    return survey_tables(read_survey(path, spec), by=spec.group if spec.group else by)


# ----------------------------------------------------------------------------------------------------- the run
def run_study(corpus: str | os.PathLike | Corpus, codebook: str | os.PathLike | Codebook | None = None, *,
              study: str | os.PathLike | Study | None = None, gold: Sequence[str | os.PathLike] | None = None,
              survey: str | os.PathLike | None = None, by: str | None = None, unit: str | None = None,
              topic_unit: str = "turn", ks: Sequence[int] = range(4, 11), k: int | None = None,
              seeds: Sequence[int] = (0, 1, 2), topic_method: str = "lda", seeded_topics: bool = True,
              pseudonymise: bool = True, backend: str = "auto", cache_dir: str | os.PathLike | bool | None = None,
              keep_going: bool = False, n_boot: int = 1000, topic_max_segments: int | None = TOPIC_MAX_SEGMENTS,
              n_jobs: int = -1, validated: int | None = None, project: str | os.PathLike | None = None
              ) -> StudyResults:
    """Run the study pipeline and return every table.

    ``corpus``: a folder or a read corpus; ``codebook``: a path or a loaded codebook (default: the study
    description's). ``study``: the study description (default: ``<corpus>/study.yaml`` when present). ``gold``: human
    gold files to score the auto-coding against (default: the study's, else ``<corpus>/gold/*.csv``); ``survey``: a
    questionnaire (default: the study's; its columns are described in the study's ``survey`` settings). ``by``: the
    respondent attribute to compare (default: the study's, else role). ``unit``: coding unit (default: the codebook's
    ``settings.unit``); ``topic_unit``: unit for topic models (turns carry more words than sentences).
    ``ks``/``seeds``: the topic sweep (``k`` skips the sweep). Quotes in the returned exemplar, findings, topic-quote
    and disagreement tables are pseudonymised unless ``pseudonymise=False`` (only the quotes shown are: the
    pseudonymiser is fitted on the interviews they come from, and cached).

    Topic models on a large corpus: with more than ``topic_max_segments`` respondent segments at the topic unit
    (None: no limit), the sweep and the model are fitted on a seeded random sample of that many (a note says so; the
    bundled corpus is far below it, so its findings are unchanged). ``n_jobs``: processes for the topic sweep (-1: one
    per CPU; the sweep table is the same).

    With gold coding, each theme is certified (or not) and its counts by group corrected for the measured error
    (:func:`qualcode.study._trust.trust_tables`), from all gold turns or a random sample of ``validated`` of them.
    ``project``: a project store whose coders reviewed the auto-codes (``qualcode review``): its machine-vs-reviewer
    agreement and precision/recall (:func:`qualcode.validation.review_results`) join the results.
    """
    corpus, codebook, spec, gold, survey = _inputs(corpus, codebook, study, gold, survey, keep_going)
    by = by or spec.by
    warnings_, notes = _reading_notes(corpus)
    cache = ResultCache(cache_dir)
    # topics on turns while coding on sentences (the default): the topic sweep does not depend on the coding, so its
    # fits start first and run in worker processes while this process segments, codes and cross-tabulates
    topic_run = _TopicRun(corpus, codebook, topic_unit, topic_max_segments, ks, k, seeds, topic_method, cache, n_jobs)
    topic_run.start(None, corpus_segmenter(codebook, unit=unit, backend=backend, cache_dir=cache_dir))
    step(f"segmenting {len(corpus)} documents and coding with {codebook.name}")
    coded = code_corpus(corpus, codebook, unit=unit, backend=backend, cache_dir=cache_dir)
    warnings_ += [str(i) for i in coded.issues]
    notes += [str(i) for i in coded.issues]
    segments, codings = coded.segments, coded.codings
    topic_run.start(segments, coded.segmenter)
    themes = theme_codes(codebook)
    step(f"themes by {by}")
    tables = _themes_by_group(codings, segments, codebook, themes, by)
    scored = _gold_tables(gold, codings, segments, corpus, themes, by, validated, n_boot)
    topic = topic_run.finish(codings, by=by, seeded=seeded_topics, n_boot=n_boot, notes=notes)
    step("exploring the words (frequency, keyness, KWIC, theme network, correspondence analysis)")
    explored = explore.study_tables_raw(segments, codings, codebook, by=by, codes=themes)
    pseudo = None
    if pseudonymise:  # only the quotes that are shown leave the machine: pseudonymise those
        pseudo = _pseudonymise_shown(corpus, tables, topic, scored, explored["kwic"], cache, coded.segmenter)
    explored = explore.publish(explored, pseudo)
    findings = findings_table(codebook, tables["crosstab"], tables["association"], tables["exemplars"],
                              report_order=spec.report_order, certification=scored["certification"],
                              corrected=scored["corrected"])
    review = _review_tables(project, themes, n_boot, notes) if project is not None else {}
    settings = {"by": by, "unit": coded.segmenter.unit, "topic_unit": topic_unit, "ks": list(ks),
                "seeds": list(seeds), "topic_method": topic_method, "k": topic.get("k"),
                "seeded_topics": seeded_topics, "pseudonymise": pseudonymise,
                "segmenter_backend": coded.segmenter.backend_name_, "study": spec.path,
                "gold": [str(g) for g in gold], "survey": survey, "n_boot": n_boot,
                "validated": validated if validated is not None else "all gold turns",
                "project": str(project) if project is not None else None}
    return StudyResults(
        corpus=corpus, codebook=codebook, settings=settings, study=spec,
        summary=_summary(corpus, codebook, segments, codings, themes, by), respondents=corpus.respondents(),
        turns=corpus.turns(), segments=segments, codings=codings, findings=findings, **tables,
        topic_sweep=topic.get("sweep"), topic_k=topic.get("k"), topic_terms=topic.get("terms"),
        topic_labels=topic.get("labels"), topic_prevalence=topic.get("prevalence"), topic_quotes=topic.get("quotes"),
        evaluation=scored["evaluation"], agreement=scored["agreement"], disagreements=scored["disagreements"],
        certification=scored["certification"], corrected=scored["corrected"], review_agreement=review.get("agreement"),
        review_precision_recall=review.get("precision_recall"),
        survey=_survey_tables(survey, spec, by) if survey else {}, notes=notes, warnings=warnings_,
        explore=explored)


def _reading_notes(corpus: Corpus) -> tuple[list[str], list[str]]:
    """The corpus's warnings (shown at the top of the report) and the run's notes (warnings and a count of notes)."""
    warnings_ = [str(i) for i in corpus.problems if i.severity != "note"]
    notes = list(warnings_)
    n_notes = sum(1 for i in corpus.problems if i.severity == "note")
    if n_notes:
        notes.append(f"{n_notes} note(s) from reading the corpus (header blocks read as metadata, ...); "
                     "'qualcode doctor' lists them")
    return warnings_, notes


def _gold_tables(gold: Sequence[str], codings: pd.DataFrame, segments: pd.DataFrame, corpus: Corpus,
                 themes: list[str], by: str, validated: int | None, n_boot: int) -> dict[str, pd.DataFrame | None]:
    """Auto-codes scored against the human gold coding, certification and corrected counts (all None without
    gold)."""
    out: dict[str, pd.DataFrame | None] = dict.fromkeys(
        ("evaluation", "agreement", "disagreements", "certification", "corrected"))
    if not gold:
        return out
    step(f"scoring auto-codes against the human gold coding ({len(gold)} file(s))")
    gold_table = read_gold(gold)
    out["evaluation"], out["agreement"], out["disagreements"] = score_against_gold(codings, gold_table, corpus,
                                                                                   themes, n_boot=n_boot)
    step("certification and corrected counts" + (f" (a sample of {validated} gold turns)" if validated else ""))
    out["certification"], out["corrected"] = trust_tables(codings, segments, gold_table, themes, by=by,
                                                          validated=validated, n_boot=n_boot)
    return out


def _review_tables(project: str | os.PathLike, themes: list[str], n_boot: int, notes: list[str]
                   ) -> dict[str, pd.DataFrame]:
    """The review round in a project store: agreement of the auto-codes with the reviewers, precision/recall."""
    step(f"review decisions in {project}")
    with Project.open(project) as proj:
        tables = review_results(proj, codes=themes, n_boot=n_boot, seed=0)
    if not tables:
        notes.append(f"{project}: no review decisions to compare with the auto-codes")
    return tables


class _TopicRun:
    """The topic step of a study: its segments and sweep are started as soon as they can be (:meth:`start`, called
    before coding and again after it), the final model when the codings are there (:meth:`finish`)."""

    def __init__(self, corpus: Corpus, codebook: Codebook, topic_unit: str, cap: int | None, ks: Sequence[int],
                 k: int | None, seeds: Sequence[int], method: str, cache: ResultCache, n_jobs: int):
        self.corpus, self.codebook, self.topic_unit, self.cap = corpus, codebook, topic_unit, cap
        self.ks, self.k, self.seeds, self.method, self.cache, self.n_jobs = ks, k, seeds, method, cache, n_jobs
        self.segments: pd.DataFrame | None = None
        self.sampled = 0
        self.sweep: TopicSweep | None = None
        self.error: InputError | None = None

    def start(self, segments: pd.DataFrame | None, segmenter) -> None:
        if self.segments is not None or self.error is not None:
            return
        self.segments, self.sampled = topic_segments(self.corpus, self.codebook, segments, segmenter,
                                                     self.topic_unit, self.cap)
        if self.segments is None or self.k is not None:
            return
        try:
            self.sweep = start_topic_sweep(self.segments, ks=self.ks, seeds=self.seeds, method=self.method,
                                           cache=self.cache, n_jobs=self.n_jobs)
        except InputError as exc:
            self.error = exc

    def finish(self, codings: pd.DataFrame, *, by: str, seeded: bool, n_boot: int, notes: list[str]
               ) -> dict[str, Any]:
        """The topic tables (``{"k": k}`` alone when the corpus is too small for topics: ``notes`` says so)."""
        if self.sampled:
            notes.append(f"topics: fitted on a random sample of {self.cap} of {self.sampled} respondent "
                         f"{self.topic_unit}s (seed 0; topic_max_segments), so topic prevalence by {by} is estimated "
                         "from it")
        try:
            if self.error is not None:
                raise self.error
            assert self.segments is not None
            topic = study_topics(self.segments, self.codebook, codings, by=by, ks=self.ks, k=self.k,
                                 seeds=self.seeds, method=self.method, seeded=seeded, n_boot=n_boot, cache=self.cache,
                                 n_jobs=self.n_jobs, sweep=self.sweep)
        except InputError as exc:  # a corpus too small for topics: say so, keep the rest of the study
            notes.append(f"topic model skipped: {exc}")
            return {"k": self.k}
        notes += topic["warnings"]
        return topic


def _themes_by_group(codings: pd.DataFrame, segments: pd.DataFrame, codebook: Codebook, themes: list[str],
                     by: str) -> dict[str, pd.DataFrame]:
    # the analyses read only these columns of the respondent rows: hand them just those (on a large corpus each
    # analysis would otherwise copy the whole table, tokens included); crosstab and association share one count
    used = [c for c in dict.fromkeys(["seg_id", *KEY_COLUMNS, "respondent_id", "speaker_kind", "start", "end", "text",
                                      "role", by]) if c in segments.columns]
    segments = segments.loc[(segments["speaker_kind"] != "interviewer").to_numpy(), used].reset_index(drop=True)
    counts, cb = analysis_counts(codings, segments, by, "respondent", codebook, None, themes, None)
    return {"crosstab": crosstab_table(counts, cb),
            "association": association_table(counts, cb, by, "respondent"),
            "cooccurrence": analysis.cooccurrence(codings, unit="respondent", segments=segments, codebook=codebook,
                                                  codes=themes),
            "exemplars": analysis.exemplars(codings, segments, by=by, n=3, codebook=codebook)}


def _pseudonymise_shown(corpus: Corpus, tables: dict[str, pd.DataFrame], topic: dict[str, Any],
                        scored: dict[str, pd.DataFrame | None], kwic: pd.DataFrame | None, cache: ResultCache,
                        segmenter: Segmenter) -> Pseudonymiser:
    """The quotes that are shown (exemplars, topic quotes, disagreements) pseudonymised in place; returns the
    fitted pseudonymiser (the KWIC lines are published with it). A replacement never cuts a word of ``segmenter``,
    the segmenter the quotes were coded with."""
    step("pseudonymising quotes")
    shown = [tables["exemplars"], topic.get("quotes"), scored["disagreements"]]
    pseudo = _shown_pseudonymiser(corpus, [s for s in [*shown, kwic] if s is not None and len(s)], cache, segmenter)
    tables["exemplars"] = _shown(tables["exemplars"], pseudo)
    topic["quotes"] = _shown(topic.get("quotes"), pseudo)
    scored["disagreements"] = _shown(scored["disagreements"], pseudo)
    return pseudo


def _shown_pseudonymiser(corpus: Corpus, tables: Sequence[pd.DataFrame], cache: ResultCache,
                         segmenter: Segmenter) -> Pseudonymiser:
    """A :class:`Pseudonymiser` fitted on the documents the shown quotes come from (in corpus order), cached by
    their content and the detector's fingerprint (a changed detector fits anew): names learnt anywhere in a quoted
    interview are replaced in its quotes, and pseudonyms are consistent across every table of the report, without
    running name detection over the whole corpus."""
    wanted = {str(d) for t in tables if "doc_id" in t.columns for d in t["doc_id"].tolist()}
    docs = [d for d in corpus.documents if d.doc_id in wanted]
    config = sorted((k, repr(v)) for k, v in segmenter.get_params().items())
    key = content_hash(__version__, detector_fingerprint(), "pseudonymiser", [(d.doc_id, d.sha256) for d in docs],
                       config)
    pseudo, _hit = cache.get_or_make(f"pseudo-{key}", lambda: Pseudonymiser(segmenter=segmenter).fit(docs))
    return pseudo


@overload
def _shown(table: pd.DataFrame, pseudo: Pseudonymiser | None) -> pd.DataFrame: ...
@overload
def _shown(table: pd.DataFrame | None, pseudo: Pseudonymiser | None) -> pd.DataFrame | None: ...
def _shown(table: pd.DataFrame | None, pseudo: Pseudonymiser | None) -> pd.DataFrame | None:
    """A table of quotes as it is shown: pseudonymised when a fitted pseudonymiser is given."""
    if pseudo is None or table is None or not len(table):
        return table
    return pseudonymise_table(table, columns=("text",), pseudonymiser=pseudo)


def _summary(corpus: Corpus, codebook: Codebook, segments: pd.DataFrame, codings: pd.DataFrame, themes: list[str],
             by: str) -> pd.DataFrame:
    turns = corpus.turns()
    unit = "turn" if len(segments) and (segments["sentence"] == 0).all() else "sentence"
    rows = [
        ("corpus", corpus.name),
        ("documents", len(corpus)),
        ("turns", len(turns)),
        ("respondent turns", int((turns["speaker_kind"] == "respondent").sum())),
        ("characters", sum(len(d.text) for d in corpus)),
        (f"respondent {unit}s coded", int((segments["speaker_kind"] == "respondent").sum())),
        ("codings", len(codings)),
        ("codebook", f"{codebook.name} v{codebook.version} ({len(themes)} themes)"),
        *[(f"respondents: {g}", int(n)) for g, n in
          corpus.respondents().fillna({by: "(missing)"}).groupby(by).size().items()],
    ]
    summary = pd.DataFrame(rows, columns=["metric", "value"])
    summary["value"] = summary["value"].astype(str)
    return summary
