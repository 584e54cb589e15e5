"""Shared steps of the exploration functions: respondent rows, content tokens, groups and respondent attributes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

from qualcode.analysis._common import MISSING_GROUP, check_columns, table_issue
from qualcode.model import SEGMENT_COLUMNS
from qualcode.segment import Segmenter

__all__ = [
    "attribute_columns",
    "group_array",
    "group_values",
    "records",
    "respondent_attributes",
    "respondent_rows",
    "stopword_set",
    "unique",
]

#: Columns of a segments table that are not respondent attributes.
_NOT_ATTRIBUTES = set(SEGMENT_COLUMNS)


def respondent_rows(segments: pd.DataFrame, *, speakers: str = "respondent") -> pd.DataFrame:
    """The rows analysed: respondent segments (``speakers="respondent"``, the default) or every row (``"all"``)."""
    check_columns(segments, "segments", ["seg_id", "doc_id", "text", "tokens"],
                  "pass the segments table (qualcode.code_corpus(...).segments or Segmenter.segment)")
    if speakers not in ("respondent", "all"):
        raise ValueError(f"speakers == {speakers!r}, must be 'respondent' or 'all'")
    segs = segments
    if speakers == "respondent" and "speaker_kind" in segs.columns:
        segs = segs[segs["speaker_kind"].fillna("respondent") != "interviewer"]
    if "respondent_id" not in segs.columns:
        segs = segs.assign(respondent_id=segs["doc_id"])
    return segs.reset_index(drop=True)


def attribute_columns(segments: pd.DataFrame) -> list[str]:
    """Respondent attribute columns of a segments table (``role``, ``district``, ...), in table order."""
    return [c for c in segments.columns if c not in _NOT_ATTRIBUTES and not str(c).startswith("_")]


def respondent_attributes(segments: pd.DataFrame) -> pd.DataFrame:
    """One row per respondent: ``respondent_id`` and every attribute column (first value seen)."""
    cols = ["respondent_id", *attribute_columns(segments)]
    segs = segments if "respondent_id" in segments.columns else segments.assign(respondent_id=segments["doc_id"])
    return segs[cols].drop_duplicates("respondent_id").reset_index(drop=True)


def group_values(segs: pd.DataFrame, by: str | None) -> pd.Series | None:
    """The group of every row for ``by`` (missing values as ``(missing)``), or None without ``by``."""
    if by is None:
        return None
    if by not in segs.columns:
        attrs = ["respondent_id", "doc_id", *attribute_columns(segs)]
        raise table_issue("<segments>", f"no respondent attribute '{by}'", f"available: {', '.join(map(str, attrs))}")
    col = segs[by]
    return col.astype(object).where(col.notna(), MISSING_GROUP).astype(str)


def group_array(segs: pd.DataFrame, by: str) -> np.ndarray:
    """:func:`group_values` of ``by`` as an array (``by`` given)."""
    groups = group_values(segs, by)
    assert groups is not None
    return groups.to_numpy()


def stopword_set(stopwords: Any = None, segmenter: Segmenter | None = None) -> frozenset[str]:
    """Stop words plus fillers, as segmentation handles them: the ``segmenter``'s (``Segmenter.get_stopwords``), else
    ``stopwords`` resolved like ``Segmenter(stopwords=...)`` (None = the shipped lists, False = none, a path or an
    iterable of words; the shipped fillers are added unless ``stopwords`` is False)."""
    if segmenter is not None:
        if stopwords is not None:
            raise TypeError("give either segmenter= or stopwords=, not both")
        return segmenter.get_stopwords()
    if stopwords is False:
        return frozenset()
    return Segmenter(stopwords=stopwords).get_stopwords()


def records(table: pd.DataFrame) -> Iterator[Any]:
    """The rows of ``table`` as named tuples (typed ``Any``: a cell's type depends on the column)."""
    return iter(table.itertuples(index=False))


def unique(values: np.ndarray) -> np.ndarray:
    """Sorted unique values of an integer array, by sorting (``np.unique`` without return arguments takes a hash
    path in numpy 2.4 that is about 30 times slower on millions of distinct values)."""
    a = np.sort(values)
    return a[np.r_[True, a[1:] != a[:-1]]] if len(a) else a


def check_positive(name: str, value: Any, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} == {value!r}, must be an int >= {minimum}")
    return value

