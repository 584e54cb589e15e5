"""The pure stage functions of chunked and Dask execution: one chunk of documents in, DataFrames out.

A chunk is a list of transcript files of one corpus folder. :func:`code_chunk` reads them exactly as
:func:`qualcode.read_corpus` would, runs the one pipeline (:func:`qualcode.code_corpus`) on them and returns the
chunk's codings (and, when asked, its segments) with the mergeable tallies of the analyses
(:class:`qualcode.analysis._crosstab.Tally`, :class:`qualcode.analysis._cooccurrence.CoTally`). Nothing in a chunk's
result depends on another chunk: segmentation, the rule decisions and the interviewer question before an answer all
stay within one document, so the concatenated codings equal those of the whole corpus, and the merged tallies its
tables. The same function runs in this process, in worker processes or on Dask workers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode.analysis._cooccurrence import CoTally, cooccurrence_tally
from qualcode.analysis._crosstab import Tally, tally
from qualcode.coding import code_corpus, corpus_segmenter
from qualcode.ingest._corpus import read_files
from qualcode.model import Codebook

__all__ = ["ChunkResult", "ChunkTask", "code_chunk"]

#: Loaded segmenters of this process, by task token (a worker loads the backend and dictionary once, not per chunk).
_SEGMENTERS: dict[str, Any] = {}


@dataclass(frozen=True)
class ChunkTask:
    """What every chunk of one run shares (sent to each worker with the chunk's files)."""

    root: str
    codebook: Codebook
    token: str                      # identifies the settings below, for the per-process segmenter cache
    unit: str | None = None
    speakers: str | None = None
    backend: str = "auto"
    cache_dir: Any = None
    read_options: dict = field(default_factory=dict)
    by: str | None = "role"
    level: int | None = None
    count_units: tuple[str, ...] = ("respondent",)
    keep_segments: bool = False
    keep_matches: bool = False


@dataclass
class ChunkResult:
    """One chunk's output: codings, the documents' ids and attributes, the tallies per count unit, and the segments
    / rule matches when the task keeps them."""

    index: int
    doc_ids: list[str]
    codings: pd.DataFrame
    tallies: dict[str, Tally]
    cotallies: dict[str, CoTally]
    n_segments: int
    n_respondent_segments: int
    n_chars: int
    n_units: int = 0
    unit: str | None = None
    problems: list = field(default_factory=list)
    segments: pd.DataFrame | None = None
    matches: pd.DataFrame | None = None


def _segmenter(task: ChunkTask):
    seg = _SEGMENTERS.get(task.token)
    if seg is None:
        if len(_SEGMENTERS) >= 4:
            _SEGMENTERS.clear()
        seg = _SEGMENTERS[task.token] = corpus_segmenter(task.codebook, unit=task.unit, backend=task.backend,
                                                         cache_dir=task.cache_dir)
    return seg


def code_chunk(task: ChunkTask, index: int, files: Sequence[str | Path]) -> ChunkResult:
    """Read ``files`` of ``task.root``, code them with the pipeline and tally them (a pure function of its input)."""
    corpus = read_files(task.root, files, **task.read_options)
    coded = code_corpus(corpus, task.codebook, unit=task.unit, speakers=task.speakers, segmenter=_segmenter(task))
    segments, codings = coded.segments, coded.codings
    tallies: dict[str, Tally] = {}
    cotallies: dict[str, CoTally] = {}
    if task.by is not None:
        for unit in task.count_units:
            tallies[unit] = tally(codings, segments, task.by, unit, task.codebook, task.level)
    for unit in task.count_units:
        cotallies[unit] = cooccurrence_tally(codings, unit=unit, segments=segments, codebook=task.codebook,
                                              level=task.level)
    resp = int((segments["speaker_kind"] == "respondent").sum()) if len(segments) else 0
    return ChunkResult(
        index=index, doc_ids=[d.doc_id for d in corpus.documents], codings=codings, tallies=tallies,
        cotallies=cotallies, n_segments=len(segments), n_respondent_segments=resp,
        n_chars=sum(len(d.text) for d in corpus.documents), n_units=len(coded.coder.units_),
        unit=coded.coder.unit_, problems=list(corpus.problems),
        segments=segments if task.keep_segments else None,
        matches=coded.coder.matches_ if task.keep_matches else None)
