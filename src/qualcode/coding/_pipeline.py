"""The one wiring of the pipeline: a corpus and a codebook in, segments and codings out.

Every entry point (the ``code``, ``crosstab``, ``report``, ``reproduce``, ``sample`` and ``agree`` commands,
:func:`qualcode.run_study`, the README and the notebooks) calls :func:`code_corpus`, so they all give the same
codings. It honours the codebook's settings:

* the segmenter gets the codebook's terms as user words (so a term is never split by the segmenter);
* segments are made at the codebook's ``unit`` (``settings.unit``, sentence by default) for **all** speakers, so
  that answer rules can read the interviewer's question before each answer; the interviewer rows stay in the
  segments table, marked by ``speaker_kind``, and every analysis uses the respondent rows;
* the :class:`~qualcode.AutoCoder` codes the codebook's ``speakers`` (respondents by default), and rules restricted
  to ``roles`` see each segment's role.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode.coding._autocoder import AutoCoder
from qualcode.coding._terms import codebook_terms
from qualcode.errors import Issue
from qualcode.ingest._script import script_of
from qualcode.model import Codebook, Corpus
from qualcode.segment import Segmenter

__all__ = ["CodedCorpus", "code_corpus", "corpus_segmenter", "script_issues"]


@dataclass(frozen=True)
class CodedCorpus:
    """What :func:`code_corpus` returns: the segments table (all speakers, at the coding unit), the codings table,
    the coder that made them: the :class:`~qualcode.AutoCoder` (``coder.matches_``, ``coder.explain(seg_id)``), or
    the fitted :class:`~qualcode.HybridCoder` given as ``model``; the segmenter, and ``issues``: warnings about the
    coding as a whole (a Traditional-script corpus against a Simplified codebook, see :func:`script_issues`), which
    every command prints and the report shows first."""

    segments: pd.DataFrame
    codings: pd.DataFrame
    coder: Any
    segmenter: Segmenter
    issues: tuple[Issue, ...] = ()

    def __iter__(self):  # segments, codings = code_corpus(...)
        return iter((self.segments, self.codings))

    def recode(self, codebook: Codebook) -> CodedCorpus:
        """Code the same segments with an edited codebook, without segmenting again: what a notebook user does
        after changing a rule or a term. The codings are those :func:`code_corpus` gives for ``codebook``.

        This holds when the segmentation cannot change a coding: the edited codebook keeps the unit
        (``settings.unit``) and no rule matches ``tokens``. Rules that match characters see the same sentences
        whatever the segmenter's dictionary (sentences are cut at punctuation, before the words), so a term added
        to the codebook changes only how the words are cut: the returned ``segments`` are the same table, with the
        tokens of the first segmentation. Otherwise a ``ValueError`` asks for :func:`code_corpus`."""
        old_unit = self.coder.codebook.settings.get("unit")
        coder = AutoCoder(codebook, unit=self.coder.unit, speakers=self.coder.speakers,
                          questions=self.coder.questions, backend=self.coder.backend, engine=self.coder.engine)
        if codebook.settings.get("unit") != old_unit or coder.compiled_.tokens_needed:
            raise ValueError("the edited codebook changes the coding unit or has rules that match tokens, so the "
                             "corpus must be segmented again: use qualcode.code_corpus(corpus, codebook)")
        return CodedCorpus(segments=self.segments, codings=coder.code(self.segments), coder=coder,
                           segmenter=self.segmenter)

    def __repr__(self) -> str:
        resp = int((self.segments["speaker_kind"] == "respondent").sum()) if len(self.segments) else 0
        return (f"CodedCorpus(segments={len(self.segments)} ({resp} respondent), codings={len(self.codings)}, "
                f"codebook={self.coder.codebook.name!r})")


def corpus_segmenter(codebook: Codebook | None = None, *, unit: str | None = None,
                     segmenter: Segmenter | None = None, **params: Any) -> Segmenter:
    """The segmenter the pipeline uses: ``segmenter`` (or ``Segmenter(**params)``) with ``speakers="all"``, the
    codebook's terms added to its user words, and ``unit`` (default: the codebook's ``settings.unit``, else
    sentence). The segmenter passed in is not changed: a copy is configured, unless it is configured so already
    (then it is returned as it is, with its loaded backend: a chunked run loads the dictionary once, not per
    chunk)."""
    base = segmenter if segmenter is not None else Segmenter(**params)
    if segmenter is not None and params:
        raise TypeError("give either segmenter= or Segmenter parameters, not both")
    got = base.get_params()
    words = list(got["user_words"] or ())
    if codebook is not None:
        words = list(dict.fromkeys([*words, *codebook_terms(codebook)]))
    settings_unit = codebook.settings.get("unit") if codebook is not None else None
    got.update(user_words=tuple(words), speakers="all", unit=unit or settings_unit or got["unit"])
    if segmenter is not None and got == segmenter.get_params():
        return segmenter
    return Segmenter(**got)


def code_corpus(corpus: Corpus, codebook: Codebook, *, unit: str | None = None, speakers: str | None = None,
                segmenter: Segmenter | None = None, backend: str = "auto", cache_dir: Any = None,
                n_jobs: int = 1, model: Any = None) -> CodedCorpus:
    """Segment ``corpus`` and code it with ``codebook``: the pipeline every entry point uses.

    ``unit`` and ``speakers`` override the codebook's settings; ``segmenter`` a configured
    :class:`~qualcode.Segmenter` (its unit, speakers and user words are set as described in the module docstring),
    else one is made with ``backend``, ``cache_dir`` and ``n_jobs``. ``model``: a fitted
    :class:`~qualcode.HybridCoder` (e.g. ``project.load_model()``) that codes instead of the rules alone (its
    codings are per unit, a respondent turn by default, with coder ``auto:hybrid``). Returns a :class:`CodedCorpus`.

    Example::

        coded = qc.code_corpus(qc.read_corpus("corpora/chifeng"), qc.load_codebook("codebooks/x.yaml"))
        qc.crosstab(coded.codings, coded.segments, by="role")
    """
    if segmenter is None:
        seg = corpus_segmenter(codebook, unit=unit, backend=backend, cache_dir=cache_dir, n_jobs=n_jobs)
    else:
        seg = corpus_segmenter(codebook, unit=unit, segmenter=segmenter)
    segments = seg.segment(corpus)
    if model is not None:
        return CodedCorpus(segments=segments, codings=model.code(segments), coder=model, segmenter=seg,
                           issues=tuple(script_issues(corpus, codebook)))
    coder = AutoCoder(codebook, unit=seg.unit, speakers=speakers)
    codings = coder.code(segments)
    return CodedCorpus(segments=segments, codings=codings, coder=coder, segmenter=seg,
                       issues=tuple(script_issues(corpus, codebook)))


def script_issues(corpus: Corpus, codebook: Codebook) -> list[Issue]:
    """A warning when documents are in Traditional script, the codebook's terms are not, and the corpus was read
    without ``convert: t2s``: every word that differs between the scripts (說/说, 沒/没 ...) would never match."""
    terms = codebook_terms(codebook)
    if script_of(terms) == "traditional":
        return []
    trad = [d for d in corpus.documents if not d.match_text and script_of(d.text, min_chars=10) == "traditional"]
    if not trad:
        return []
    shown = ", ".join(d.doc_id for d in trad[:5]) + (f" and {len(trad) - 5} more" if len(trad) > 5 else "")
    where = str(Path(corpus.root) / trad[0].path) if Path(corpus.root).is_dir() else corpus.root
    return [Issue(where, 1, f"{len(trad)} document(s) are in Traditional script ({shown}) but the codebook "
                            f"{codebook.name!r} is written in Simplified: its words that differ between the scripts "
                            "(說/说, 沒/没, 補貼/补贴 ...) will never match",
                  "read the corpus with 'convert: t2s' in corpus.yaml or --t2s (pip install 'qualcode[opencc]'), "
                  "or write the codebook's terms in both scripts", severity="warning")]
