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
from typing import Any

import pandas as pd

from qualcode.coding._autocoder import AutoCoder
from qualcode.coding._terms import codebook_terms
from qualcode.model import Codebook, Corpus
from qualcode.segment import Segmenter

__all__ = ["CodedCorpus", "code_corpus", "corpus_segmenter"]


@dataclass(frozen=True)
class CodedCorpus:
    """What :func:`code_corpus` returns: the segments table (all speakers, at the coding unit), the codings table and
    the :class:`~qualcode.AutoCoder` that made them (``coder.matches_``, ``coder.explain(seg_id)``)."""

    segments: pd.DataFrame
    codings: pd.DataFrame
    coder: AutoCoder
    segmenter: Segmenter

    def __iter__(self):  # segments, codings = code_corpus(...)
        return iter((self.segments, self.codings))

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
                n_jobs: int = 1) -> CodedCorpus:
    """Segment ``corpus`` and code it with ``codebook``: the pipeline every entry point uses.

    ``unit`` and ``speakers`` override the codebook's settings; ``segmenter`` a configured
    :class:`~qualcode.Segmenter` (its unit, speakers and user words are set as described in the module docstring),
    else one is made with ``backend``, ``cache_dir`` and ``n_jobs``. Returns a :class:`CodedCorpus`.

    Example::

        coded = qc.code_corpus(qc.read_corpus("corpora/chifeng"), qc.load_codebook("codebooks/x.yaml"))
        qc.crosstab(coded.codings, coded.segments, by="role")
    """
    if segmenter is None:
        seg = corpus_segmenter(codebook, unit=unit, backend=backend, cache_dir=cache_dir, n_jobs=n_jobs)
    else:
        seg = corpus_segmenter(codebook, unit=unit, segmenter=segmenter)
    segments = seg.segment(corpus)
    coder = AutoCoder(codebook, unit=seg.unit, speakers=speakers)
    codings = coder.code(segments)
    return CodedCorpus(segments=segments, codings=codings, coder=coder, segmenter=seg)
