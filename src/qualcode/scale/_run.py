"""Code and cross-tabulate a corpus of any size: documents streamed in chunks, outputs written as they go.

:func:`code_scaled` gives exactly the codings of :func:`qualcode.code_corpus` on the whole corpus and exactly the
tables of :func:`qualcode.crosstab`, :func:`qualcode.association` and :func:`qualcode.cooccurrence` on them (tests
compare them), with memory bounded by the chunk size instead of the corpus: each chunk of files is read, segmented,
coded and tallied (:mod:`qualcode.scale._stages`), its codings are appended to the output file, and only the
mergeable tallies (respondents and codes per group) are kept.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode._io import TableWriter
from qualcode._progress import progress
from qualcode.analysis._association import association_table
from qualcode.analysis._cooccurrence import CoTally, cooccurrence_table, merge_cotallies
from qualcode.analysis._crosstab import Tally, crosstab_table, merge_tallies, tally_counts
from qualcode.coding import dump_codebook, load_codebook
from qualcode.errors import InputError, Issue, TranscriptError
from qualcode.ingest._corpus import corpus_files
from qualcode.model import Codebook
from qualcode.scale._engines import run_chunks
from qualcode.scale._stages import ChunkResult, ChunkTask, code_chunk

__all__ = ["DEFAULT_CHUNK_BYTES", "ScaledRun", "code_scaled", "plan_chunks"]

#: Bytes of transcript files per chunk (about 2 million Chinese characters in UTF-8).
DEFAULT_CHUNK_BYTES = 6_000_000


def plan_chunks(corpus_dir: str | os.PathLike, chunk_bytes: int = DEFAULT_CHUNK_BYTES, *,
                follow_links: bool = False, problems: list | None = None) -> list[list[str]]:
    """The transcript files of a corpus folder in reading order, cut into chunks of about ``chunk_bytes`` bytes of
    files (a file is never split; a file larger than a chunk is a chunk of its own). Links that are not read are
    added to ``problems`` when a list is given."""
    if isinstance(chunk_bytes, bool) or int(chunk_bytes) < 1:
        raise ValueError(f"chunk_bytes == {chunk_bytes!r}, must be an int >= 1")
    chunks: list[list[str]] = []
    size = 0
    for path in corpus_files(corpus_dir, follow_links=follow_links, problems=problems):
        n = path.stat().st_size
        if not chunks or size + n > chunk_bytes and chunks[-1]:
            chunks.append([])
            size = 0
        chunks[-1].append(str(path))
        size += n
    return chunks


@dataclass
class ScaledRun:
    """What :func:`code_scaled` returns: counts and the merged tallies, from which the analysis tables are made
    (:meth:`crosstab`, :meth:`association`, :meth:`cooccurrence`, the same as those functions on the whole
    tables), and the files written."""

    codebook: Codebook
    by: str | None
    level: int | None
    engine: str
    n_chunks: int
    n_documents: int
    n_chars: int
    n_segments: int
    n_respondent_segments: int
    n_codings: int
    n_units: int
    unit: str | None
    n_coded_units: int
    code_counts: pd.Series
    tallies: dict[str, Tally]
    cotallies: dict[str, CoTally]
    outputs: dict[str, Path] = field(default_factory=dict)
    codings: pd.DataFrame | None = None
    problems: list = field(default_factory=list)

    def _tally(self, unit: str) -> Tally:
        if unit not in self.tallies:
            raise ValueError(f"unit == {unit!r}: this run tallied {', '.join(self.tallies) or 'nothing'} "
                             "(pass count_units=... and by=... to code_scaled)")
        return self.tallies[unit]

    def crosstab(self, unit: str = "respondent", codes: Sequence[str] | None = None, margins: bool = False
                 ) -> pd.DataFrame:
        """:func:`qualcode.crosstab` of the whole corpus (by ``by``, at the run's ``level``)."""
        return crosstab_table(tally_counts(self._tally(unit), self.codebook, self.level, codes), self.codebook,
                              margins)

    def association(self, unit: str = "respondent", codes: Sequence[str] | None = None, adjust: str = "holm",
                    **kwargs: Any) -> pd.DataFrame:
        """:func:`qualcode.association` of the whole corpus."""
        table = tally_counts(self._tally(unit), self.codebook, self.level, codes)
        return association_table(table, self.codebook, str(self.by), unit, adjust, **kwargs)

    def cooccurrence(self, unit: str = "respondent", codes: Sequence[str] | None = None) -> pd.DataFrame:
        """:func:`qualcode.cooccurrence` of the whole corpus (codings attached to respondent segments)."""
        if unit not in self.cotallies:
            raise ValueError(f"unit == {unit!r}: this run tallied {', '.join(self.cotallies) or 'nothing'}")
        return cooccurrence_table(self.cotallies[unit], self.codebook, self.level, codes)


def _token(codebook: Codebook, *parts: Any) -> str:
    h = hashlib.sha256(dump_codebook(codebook).encode("utf-8"))
    h.update(repr(parts).encode("utf-8"))
    return h.hexdigest()[:24]


def code_scaled(corpus_dir: str | os.PathLike, codebook: Codebook | str | os.PathLike, *,
                out: str | os.PathLike | None = None, segments_out: str | os.PathLike | None = None,
                matches_out: str | os.PathLike | None = None, collect: bool = False, by: str | None = "role",
                count_units: Sequence[str] = ("respondent",), level: int | None = None, engine: str = "chunks",
                scheduler: Any = None, workers: int | None = None, chunk_bytes: int = DEFAULT_CHUNK_BYTES,
                unit: str | None = None, speakers: str | None = None, backend: str = "auto", cache_dir: Any = None,
                keep_going: bool = False, encoding: str | None = None, convert: str | None = None,
                layout: str | None = None, header_row: int | None = None, follow_links: bool = False) -> ScaledRun:
    """Code the corpus folder ``corpus_dir`` chunk by chunk (see the module docstring).

    ``out`` / ``segments_out`` / ``matches_out``: files (.csv or .parquet) the codings, segments and rule matches
    are written to as the chunks come (each as :func:`qualcode._io.write_table` writes the whole table);
    ``collect=True`` also returns the codings in memory (for tests and small corpora). ``by``, ``count_units``
    (``"respondent"``, ``"segment"``) and ``level`` choose the tallies kept for :meth:`ScaledRun.crosstab` and
    friends. ``engine``: ``"chunks"`` (this process) or ``"dask"`` (``scheduler``: an address, a
    ``distributed.Client``, or ``"processes"``, the default, with ``workers`` processes; see
    :func:`qualcode.scale._engines.scheduler_address`). ``chunk_bytes``: bytes of files per chunk. The other
    arguments are those of :func:`qualcode.code_corpus` and :func:`qualcode.read_corpus`.
    """
    if not isinstance(codebook, Codebook):
        codebook = load_codebook(codebook)
    for u in count_units:
        if u not in ("respondent", "segment"):
            raise ValueError(f"count_units contains {u!r}; each must be 'respondent' or 'segment'")
    root = Path(corpus_dir)
    folder_problems: list = []
    chunks = plan_chunks(root, chunk_bytes, follow_links=follow_links, problems=folder_problems)
    if not chunks:
        raise TranscriptError([Issue(str(root), None, "no transcripts found",
                                     "put .txt, .md, .docx, .csv or .xlsx files in the folder")])
    read_options = {"keep_going": keep_going, "encoding": encoding, "convert": convert, "layout": layout,
                    "header_row": header_row, "follow_links": follow_links}
    task = ChunkTask(root=str(root), codebook=codebook, unit=unit, speakers=speakers, backend=backend,
                     cache_dir=cache_dir, read_options=read_options, by=by, level=level,
                     count_units=tuple(count_units), keep_segments=segments_out is not None,
                     keep_matches=matches_out is not None,
                     token=_token(codebook, str(root), unit, speakers, backend, str(cache_dir)))
    writers = {name: TableWriter(path) for name, path in (("codings", out), ("segments", segments_out),
                                                           ("matches", matches_out)) if path is not None}
    try:
        run = _consume(task, chunks, writers, collect, engine, scheduler, workers)
        run.problems = folder_problems + run.problems
        run.outputs = {name: w.close() for name, w in writers.items()}
    except BaseException:
        for w in writers.values():
            w._cleanup()
        raise
    return run


def _consume(task: ChunkTask, chunks: list[list[str]], writers: dict[str, TableWriter], collect: bool, engine: str,
             scheduler: Any, workers: int | None) -> ScaledRun:
    seen: dict[str, int] = {}
    tallies: dict[str, list[Tally]] = {u: [] for u in task.count_units} if task.by is not None else {}
    cotallies: dict[str, list[CoTally]] = {u: [] for u in task.count_units}
    kept: list[pd.DataFrame] = []
    counts: list[pd.Series] = []
    totals = {"docs": 0, "chars": 0, "segs": 0, "resp": 0, "codings": 0, "units": 0, "coded_units": 0}
    unit_name = None
    problems: list = []

    def stage(i: int, files: list[str]) -> ChunkResult:
        return code_chunk(task, i, files)

    results = run_chunks(stage, chunks, engine=engine, scheduler=scheduler, workers=workers)
    for res in progress(results, desc="coding chunks", total=len(chunks), unit="chunk"):
        dup = [d for d in res.doc_ids if d in seen]
        if dup:
            raise InputError([Issue(task.root, None, f"duplicate document id {d!r} (in chunks {seen[d] + 1} and "
                                    f"{res.index + 1})", "give every transcript its own id") for d in dup])
        seen.update(dict.fromkeys(res.doc_ids, res.index))
        cod = res.codings
        if "codings" in writers:
            writers["codings"].write(cod)
        if res.segments is not None and "segments" in writers:
            writers["segments"].write(res.segments)
        if res.matches is not None and "matches" in writers:
            writers["matches"].write(res.matches)
        if collect:
            kept.append(cod)
        for u, t in res.tallies.items():
            tallies[u].append(t)
        for u, t in res.cotallies.items():
            cotallies[u].append(t)
        cols = ["code", task.by] if task.by is not None and task.by in cod.columns else ["code"]
        counts.append(cod[cols].fillna({c: "-" for c in cols[1:]}).value_counts(sort=False))
        # coded units counted per chunk: a document is never split between chunks and ids are unique (checked
        # above), so the sum is exact without keeping every id (which grew with the corpus)
        totals["coded_units"] += int(cod["seg_id"].nunique())
        problems.extend(res.problems)
        totals["docs"] += len(res.doc_ids)
        totals["chars"] += res.n_chars
        totals["segs"] += res.n_segments
        totals["resp"] += res.n_respondent_segments
        totals["codings"] += len(cod)
        totals["units"] += res.n_units
        unit_name = unit_name or res.unit
    code_counts = pd.concat(counts).groupby(level=list(range(counts[0].index.nlevels))).sum() if counts else \
        pd.Series(dtype="int64")
    return ScaledRun(
        codebook=task.codebook, by=task.by, level=task.level, engine=engine, n_chunks=len(chunks),
        n_documents=totals["docs"], n_chars=totals["chars"], n_segments=totals["segs"],
        n_respondent_segments=totals["resp"], n_codings=totals["codings"], n_units=totals["units"], unit=unit_name,
        n_coded_units=totals["coded_units"],
        code_counts=code_counts, tallies={u: merge_tallies(v) for u, v in tallies.items() if v},
        cotallies={u: merge_cotallies(v) for u, v in cotallies.items() if v},
        codings=pd.concat(kept, ignore_index=True) if collect and kept else None, problems=problems)
