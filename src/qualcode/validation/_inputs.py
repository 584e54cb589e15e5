"""What the validation commands read: codings files, a project's codings with what each reviewer saw, and the
segments of a corpus that a set of codings was made on."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from qualcode._io import read_table
from qualcode.coding import corpus_segmenter
from qualcode.errors import InputError, Issue
from qualcode.model import Codebook, Corpus
from qualcode.validation._store import Project, decisions_to_codings

__all__ = ["project_codings", "read_codings", "segments_for_codings"]


def read_codings(paths: Iterable[str | os.PathLike]) -> pd.DataFrame:
    """Codings files (CSV/XLSX) in one table; a file without a ``coder`` column is named after its file stem.
    Every file missing ``seg_id`` or ``code`` is reported (path:1), all at once."""
    frames, issues = [], []
    for path in paths:
        df = read_table(path)
        for col in ("seg_id", "code"):
            if col not in df.columns:
                issues.append(Issue(str(path), 1, f"column {col!r} is missing",
                                    hint="a codings table has columns seg_id, code, coder (one row per code)"))
        if "coder" not in df.columns:
            df["coder"] = Path(path).stem
        df["coder"] = df["coder"].fillna(Path(path).stem).astype(str)
        frames.append(df)
    if issues:
        raise InputError(issues)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["seg_id", "code", "coder"])


def project_codings(project: Project, extra: pd.DataFrame | None = None
                    ) -> tuple[pd.DataFrame, dict[str, set[str]] | None]:
    """Every coding of a project store (stored codings, the codings implied by review decisions, and ``extra``),
    and which units each coder saw, as :func:`qualcode.agreement` takes it: a reviewer saw the segments it made
    decisions on; a coder not in the mapping saw every unit (None when nobody reviewed)."""
    stored = project.codings()
    review = decisions_to_codings(project.decisions())
    codings = pd.concat([f for f in (stored, review, extra) if f is not None and len(f)], ignore_index=True)
    if not len(review):
        return codings, None
    return codings, {str(c): set(g["seg_id"].astype(str)) for c, g in review.groupby("coder")}


def segments_for_codings(corpus: Corpus, codings: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """The segments a codings table was made on: the corpus segmented by the pipeline (all speakers) at the unit,
    sentence or turn, whose segment ids hold more of the codings' ``seg_id`` values (matched whole, never split)."""
    wanted = set(codings["seg_id"].astype(str)) if len(codings) else set()
    best, best_hits = None, -1
    for unit in ("sentence", "turn"):
        segments = corpus_segmenter(codebook, unit=unit).segment(corpus)
        hits = len(wanted & set(segments["seg_id"].astype(str)))
        if hits > best_hits:
            best, best_hits = segments, hits
        if hits == len(wanted):
            break
    assert best is not None
    return best
