"""The whole study as one function: ingest, segment, auto-code, topics, themes by role, survey, agreement.

:func:`run_study` only calls the public analysis functions a notebook would call and collects their tables in a
:class:`StudyResults`; :func:`qualcode.report._study.study_sections` formats them (the report computes nothing).
Every step is deterministic for the given seeds; segmentation and the topic sweep are cached by content hash, so a
rerun over an unchanged corpus is much faster than the first run.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np
import pandas as pd

from qualcode import __version__, analysis, topics
from qualcode._cachedir import cache_root, prune_cache, touch
from qualcode._io import atomic_write
from qualcode._progress import step
from qualcode.coding import code_corpus, corpus_segmenter, dump_codebook, evaluate, load_codebook, read_gold
from qualcode.coding._evaluate import coded_turns
from qualcode.errors import InputError
from qualcode.ingest import read_corpus
from qualcode.model import Codebook, Corpus, seg_ids
from qualcode.privacy import Pseudonymiser, pseudonymise_table
from qualcode.study._survey import read_survey
from qualcode.study._survey import survey_tables as make_survey_tables
from qualcode.validation import agreement, disagreements

__all__ = ["StudyResults", "find_gold", "find_survey", "findings_table", "run_study"]


CACHE_VERSION = "1"


@dataclass
class StudyResults:
    """Every table of a study run (long pandas DataFrames), plus the inputs' names and the settings used."""

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
    topic_sweep: pd.DataFrame | None = None
    topic_k: int | None = None
    topic_terms: pd.DataFrame | None = None
    topic_labels: pd.DataFrame | None = None
    topic_prevalence: pd.DataFrame | None = None
    topic_quotes: pd.DataFrame | None = None
    evaluation: pd.DataFrame | None = None
    agreement: pd.DataFrame | None = None
    disagreements: pd.DataFrame | None = None
    survey: dict[str, pd.DataFrame] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def tables(self) -> list[tuple[str, pd.DataFrame]]:
        """Every table with a sheet-friendly name, in report order."""
        out = [("findings", self.findings), ("summary", self.summary), ("respondents", self.respondents),
               ("themes_by_role", self.crosstab), ("association", self.association),
               ("cooccurrence", self.cooccurrence), ("exemplars", self.exemplars)]
        for name in ("topic_sweep", "topic_terms", "topic_labels", "topic_prevalence", "topic_quotes", "evaluation",
                     "agreement", "disagreements"):
            value = getattr(self, name)
            if value is not None:
                out.append((name, value))
        out += [(f"survey_{k}", v) for k, v in self.survey.items()]
        return out


def find_gold(corpus_dir: str | os.PathLike) -> list[Path]:
    """Gold coding files of a corpus folder: ``gold/*.csv`` (columns seg_id, codes, optional split)."""
    folder = Path(corpus_dir) / "gold"
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


def find_survey(corpus_dir: str | os.PathLike) -> Path | None:
    """The questionnaire of a corpus folder: ``survey/questionnaire.csv`` (or .xlsx), if any."""
    for name in ("questionnaire.csv", "questionnaire.xlsx"):
        path = Path(corpus_dir) / "survey" / name
        if path.is_file():
            return path
    return None


def _hash(*parts: Any) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(json.dumps(part, sort_keys=True, default=str, ensure_ascii=False).encode())
    return h.hexdigest()[:24]


class _Cache:
    """Pickled results keyed by content hash, in ``cache_dir/study`` (``cache_dir=False`` turns it off)."""

    def __init__(self, cache_dir: str | os.PathLike | bool | None):
        if cache_dir is False:
            self.root = None
            return
        self.base = cache_root(cache_dir)
        self.root = self.base / "study"

    def get_or_make(self, key: str, make: Callable[[], Any]) -> tuple[Any, bool]:
        if self.root is None:
            return make(), False
        path = self.root / f"{key}.pkl"
        if path.is_file():
            try:
                with open(path, "rb") as fh:
                    value = pickle.load(fh)  # noqa: S301 - our own cache, written below
                touch(path)
                return value, True
            except Exception:  # a damaged cache entry is recomputed, never trusted
                pass
        value = make()
        try:
            with atomic_write(path, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            prune_cache(self.base)
        except OSError:
            pass
        return value, False


def _shown_pseudonymiser(corpus: Corpus, tables: Sequence[pd.DataFrame], cache: "_Cache") -> Pseudonymiser:
    """A :class:`Pseudonymiser` fitted on the documents the shown quotes come from (in corpus order), cached by
    their content: names learnt anywhere in a quoted interview are replaced in its quotes, and pseudonyms are
    consistent across every table of the report, without running name detection over the whole corpus."""
    wanted = {str(d) for t in tables if "doc_id" in t.columns for d in t["doc_id"].tolist()}
    docs = [d for d in corpus.documents if d.doc_id in wanted]
    key = _hash(CACHE_VERSION, __version__, "pseudonymiser", [(d.doc_id, d.sha256) for d in docs])
    pseudo, _hit = cache.get_or_make(f"pseudo-{key}", lambda: Pseudonymiser().fit(docs))
    return pseudo


#: Above this many respondent segments at the topic unit, :func:`run_study` fits topics on a seeded random sample.
TOPIC_MAX_SEGMENTS = 1000


def _topic_segments(corpus: Corpus, codebook: Codebook, segments: pd.DataFrame, segmenter: Any, unit: str,
                    topic_unit: str, cap: int | None) -> tuple[pd.DataFrame, int]:
    """The segments topics are fitted on, and the number of respondent segments sampled from (0: no sample). Turns
    are sampled before they are segmented, so a large corpus is not segmented a second time."""
    if topic_unit != unit and any(getattr(d, "match_text", None) for d in corpus.documents):
        # (Simplified copies for matching travel with the corpus, not with a turns table: segment it all)
        segments = corpus_segmenter(codebook, unit=topic_unit, segmenter=segmenter).segment(corpus)
        unit = topic_unit
    if topic_unit == unit:
        resp = segments.index[segments["speaker_kind"] == "respondent"]
        if cap is None or len(resp) <= cap:
            return segments, 0
        pick = np.sort(np.random.default_rng(0).choice(np.asarray(resp), size=cap, replace=False))
        return segments.loc[pick].reset_index(drop=True), len(resp)
    turns = corpus.turns()
    resp = turns.index[turns["speaker_kind"] == "respondent"]
    seg = corpus_segmenter(codebook, unit=topic_unit, segmenter=segmenter)
    if cap is None or len(resp) <= cap:
        return seg.segment(corpus), 0
    pick = np.sort(np.random.default_rng(0).choice(np.asarray(resp), size=cap, replace=False))
    return seg.segment(turns.loc[pick].reset_index(drop=True)), len(resp)


def _stage_of(codebook: Codebook, code: str) -> str:
    chain = [code, *codebook.ancestors(code)]
    return chain[-1]


def _theme_codes(codebook: Codebook) -> list[str]:
    """Codes that carry rules (the themes), in codebook order."""
    return [c.id for c in codebook.codes if c.rules]


def _stage_order(codebook: Codebook) -> list[str]:
    tops = [c.id for c in codebook.codes if c.parent is None]
    order = codebook.settings.get("report_order") if codebook.settings else None
    if order:
        return [t for t in order if t in tops] + [t for t in tops if t not in order]
    return tops


def findings_table(codebook: Codebook, crosstab: pd.DataFrame, association: pd.DataFrame,
                   exemplars: pd.DataFrame, n_quotes: int = 3) -> pd.DataFrame:
    """The study's findings in its own structure: one row per theme, grouped by the theme's top-level code (stage).

    Columns: ``stage`` (top-level code label), ``theme`` (id), ``label``, one column per group ``"<group>"`` with
    ``n/N (p%)`` of respondents raising the theme, ``respondents`` (total n), ``cramers_v``, ``p_adjusted``,
    ``test``, ``note`` (from :func:`qualcode.association`) and ``quotes`` (up to ``n_quotes`` exemplars, each with
    its document id). Everything is taken from the tables passed in; nothing is typed in by hand.
    """
    groups = [g for g in dict.fromkeys(crosstab["group"]) if g != "(all)"]
    assoc = association.set_index("code") if len(association) else pd.DataFrame()
    rows = []
    themes = _theme_codes(codebook)
    order = {s: i for i, s in enumerate(_stage_order(codebook))}
    position = {c: i for i, c in enumerate(themes)}
    themes.sort(key=lambda c: (order.get(_stage_of(codebook, c), 99), position[c]))
    for code in themes:
        sub = crosstab[crosstab["code"] == code]
        stage = _stage_of(codebook, code)
        row: dict[str, Any] = {
            "stage": codebook[stage].label or stage,
            "stage_en": codebook[stage].label_en or stage,
            "theme": code,
            "label": codebook[code].label or code,
        }
        total_n = 0
        for g in groups:
            cell = sub[sub["group"] == g]
            if len(cell):
                n, tot = int(cell["n"].iloc[0]), int(cell["total"].iloc[0])
                total_n += n
                row[str(g)] = f"{n}/{tot} ({100 * n / tot:.0f}%)" if tot else "0/0"
            else:
                row[str(g)] = ""
        row["respondents"] = total_n
        if code in assoc.index:
            a = assoc.loc[code]
            row["cramers_v"] = a.get("cramers_v", np.nan)
            row["p_adjusted"] = a.get("p_adjusted", np.nan)
            row["test"] = a.get("test", "")
            row["note"] = a.get("note", "")
        quotes = exemplars[exemplars["code"] == code].sort_values(["rank", "group"]) if len(exemplars) else exemplars
        picked, seen_docs = [], set()
        for q in quotes.itertuples(index=False):
            if q.doc_id in seen_docs:
                continue
            seen_docs.add(q.doc_id)
            picked.append(f"「{q.text.strip()}」({q.doc_id}, {q.group})")
            if len(picked) >= n_quotes:
                break
        row["quotes"] = "\n".join(picked)
        rows.append(row)
    return pd.DataFrame(rows)


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


def run_study(corpus: str | os.PathLike | Corpus, codebook: str | os.PathLike | Codebook, *,
              gold: Sequence[str | os.PathLike] | None = None, survey: str | os.PathLike | None = None,
              by: str = "role", unit: str | None = None, topic_unit: str = "turn", ks: Sequence[int] = range(4, 11),
              k: int | None = None, seeds: Sequence[int] = (0, 1, 2), topic_method: str = "lda",
              seeded_topics: bool = True, pseudonymise: bool = True, backend: str = "auto",
              cache_dir: str | os.PathLike | bool | None = None, keep_going: bool = False,
              n_boot: int = 1000, topic_max_segments: int | None = TOPIC_MAX_SEGMENTS, n_jobs: int = -1
              ) -> StudyResults:
    """Run the study pipeline and return every table.

    ``corpus``/``codebook``: paths or loaded objects. ``gold``: human-coded unit files to score the auto-coding
    against (default: ``<corpus>/gold/*.csv`` when present); ``survey``: questionnaire (default:
    ``<corpus>/survey/questionnaire.csv``). ``unit``: coding unit (default: the codebook's ``settings.unit``); ``topic_unit``: unit for topic models (turns carry
    more words than sentences). ``ks``/``seeds``: the topic sweep (``k`` skips the sweep). Quotes in the returned
    exemplar, findings and topic-quote tables are pseudonymised unless ``pseudonymise=False``.

    Topic models on a large corpus: with more than ``topic_max_segments`` respondent segments at the topic unit
    (default :data:`TOPIC_MAX_SEGMENTS`; None: no limit), the sweep and the model are fitted on a seeded random sample
    of that many (a note says so; the bundled corpus is far below it, so its findings are unchanged). ``n_jobs``:
    processes for the topic sweep (-1: one per CPU; the sweep table is the same).
    """

    notes: list[str] = []
    corpus_dir = None
    if not isinstance(corpus, Corpus):
        corpus_dir = Path(corpus)
        step(f"reading corpus {corpus_dir}")
        corpus = read_corpus(corpus_dir, keep_going=keep_going)
    else:
        corpus_dir = Path(corpus.root) if corpus.root else None
    for issue in corpus.problems:
        notes.append(str(issue))
    if not isinstance(codebook, Codebook):
        codebook = load_codebook(codebook)
    if gold is None and corpus_dir is not None and corpus_dir.is_dir():
        gold = find_gold(corpus_dir)
    if survey is None and corpus_dir is not None and corpus_dir.is_dir():
        survey = find_survey(corpus_dir)

    step(f"segmenting {len(corpus)} documents and coding with {codebook.name}")
    coded = code_corpus(corpus, codebook, unit=unit, backend=backend, cache_dir=cache_dir)
    segments, codings, segmenter = coded.segments, coded.codings, coded.segmenter
    unit = segmenter.unit

    cache = _Cache(cache_dir)
    step(f"themes by {by}")
    resp = segments[segments["speaker_kind"] == "respondent"]
    themes = _theme_codes(codebook)
    ctab = analysis.crosstab(codings, segments, by=by, unit="respondent", codebook=codebook, codes=themes)
    assoc = analysis.association(codings, segments, by=by, unit="respondent", codebook=codebook, codes=themes)
    cooc = analysis.cooccurrence(codings, unit="respondent", segments=segments, codebook=codebook, codes=themes)
    exemp = analysis.exemplars(codings, segments, by=by, n=3, codebook=codebook)

    # topics, at the topic unit
    topic_sweep = topic_terms = topic_labels = topic_prev = topic_quotes = None
    topic_k = k
    tsegs, sampled = _topic_segments(corpus, codebook, segments, segmenter, unit, topic_unit, topic_max_segments)
    if sampled:
        notes.append(f"topics: fitted on a random sample of {topic_max_segments} of {sampled} respondent "
                     f"{topic_unit}s (seed 0; topic_max_segments), so topic prevalence by {by} is estimated from "
                     "that sample")
    token_key = _hash(CACHE_VERSION, topic_method, list(ks), list(seeds), tsegs["seg_id"].tolist(),
                      [" ".join(t) for t in tsegs["tokens"]])
    seeds_map = topics.seeds_from_codebook(codebook) if seeded_topics else None
    try:
        if topic_k is None:
            step(f"topic sweep k={min(ks)}..{max(ks)} x {len(seeds)} seeds ({topic_method})")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                topic_sweep, hit = cache.get_or_make(
                    f"sweep-{token_key}", lambda: topics.sweep_k(tsegs, ks=ks, seeds=seeds, method=topic_method,
                                                          n_jobs=n_jobs))
            if hit:
                step("topic sweep: reused from cache")
            topic_k = int(topics.recommend_k(topic_sweep))
        step(f"topic model k={topic_k}" + (" seeded with the codebook's terms" if seeds_map else ""))
        seed_terms = None
        if seeds_map:
            # with fewer topics than themes, seed the themes the auto-codes found most often (ties: codebook order)
            counts = codings["code"].value_counts()
            ranked = sorted(seeds_map, key=lambda c: (-int(counts.get(c, 0)), list(seeds_map).index(c)))
            seed_terms = {c: seeds_map[c] for c in ranked[:topic_k]}

        def fit():
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", UserWarning)
                model = topics.TopicModel(n_topics=topic_k, method=topic_method, seed_terms=seed_terms,
                                          random_state=seeds[0]).fit(tsegs)
            return {"terms": model.top_terms(10), "labels": model.label_topics(codebook),
                    "prevalence": topics.topics_by(model, by=by, n_boot=n_boot, random_state=0),
                    "quotes": model.representative_quotes(2),
                    "warnings": [str(w.message) for w in caught]}

        fitted, _hit = cache.get_or_make(
            f"model-{token_key}-{topic_k}-{_hash(seed_terms, dump_codebook(codebook), by)}-{n_boot}", fit)
        topic_terms, topic_labels = fitted["terms"], fitted["labels"]
        topic_prev, topic_quotes = fitted["prevalence"], fitted["quotes"]
        notes += fitted["warnings"]
    except InputError as exc:  # a corpus too small for topics: say so, keep the rest of the study
        notes.append(f"topic model skipped: {exc}")

    evaluation = agreement_table = disagree = None
    if gold:
        step(f"scoring auto-codes against the human gold coding ({len(gold)} file(s))")
        evaluation, agreement_table, disagree = score_against_gold(codings, read_gold(gold), corpus, themes,
                                                                   n_boot=n_boot)

    if pseudonymise:  # only the quotes that are shown leave the machine: pseudonymise those
        step("pseudonymising quotes")
        shown = [t for t in (exemp, topic_quotes, disagree) if t is not None and len(t)]
        pseudo = _shown_pseudonymiser(corpus, shown, cache)
        exemp, topic_quotes, disagree = (
            pseudonymise_table(t, columns=("text",), pseudonymiser=pseudo) if t is not None and len(t) else t
            for t in (exemp, topic_quotes, disagree))
    findings = findings_table(codebook, ctab, assoc, exemp)

    survey_tables = {}
    if survey:

        step(f"questionnaire {survey}")
        survey_tables = make_survey_tables(read_survey(survey), by=by)

    turns = corpus.turns()
    summary = pd.DataFrame([
        ("corpus", corpus.name),
        ("documents", len(corpus)),
        ("turns", len(turns)),
        ("respondent turns", int((turns["speaker_kind"] == "respondent").sum())),
        ("characters", sum(len(d.text) for d in corpus)),
        (f"respondent {unit}s coded", int(len(resp))),
        ("codings", len(codings)),
        ("codebook", f"{codebook.name} v{codebook.version} ({len(themes)} themes)"),
        *[(f"respondents: {g}", int(n)) for g, n in
          corpus.respondents().fillna({by: "(missing)"}).groupby(by).size().items()],
    ], columns=["metric", "value"])
    summary["value"] = summary["value"].astype(str)
    settings = {"by": by, "unit": unit, "topic_unit": topic_unit, "ks": list(ks), "seeds": list(seeds),
                "topic_method": topic_method, "k": topic_k, "seeded_topics": seeded_topics,
                "pseudonymise": pseudonymise, "segmenter_backend": segmenter.backend_.name
                if hasattr(segmenter.backend_, "name") else backend,
                "gold": [str(g) for g in gold or []], "survey": str(survey) if survey else None, "n_boot": n_boot}
    return StudyResults(
        corpus=corpus, codebook=codebook, settings=settings, summary=summary, respondents=corpus.respondents(),
        turns=turns, segments=segments, codings=codings, findings=findings, crosstab=ctab, association=assoc,
        cooccurrence=cooc, exemplars=exemp, topic_sweep=topic_sweep, topic_k=topic_k, topic_terms=topic_terms,
        topic_labels=topic_labels, topic_prevalence=topic_prev, topic_quotes=topic_quotes, evaluation=evaluation,
        agreement=agreement_table, disagreements=disagree, survey=survey_tables, notes=notes)
