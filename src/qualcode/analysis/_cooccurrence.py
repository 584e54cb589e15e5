"""Which themes appear together: code x code counts over segments or respondents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from qualcode.analysis._common import (
    attach,
    check_columns,
    check_unit,
    code_order,
    load,
    respondent_segments,
    roll_up_codes,
    select_coder,
)


def cooccurrence(codings: pd.DataFrame, unit: str = "segment", segments: pd.DataFrame | None = None,
                 codebook: Any = None, level: int | None = None, codes: Sequence[str] | None = None,
                 coder: str | None = None) -> pd.DataFrame:
    """How often two codes are given to the same segment (``unit="segment"``) or respondent (``"respondent"``).

    Returns a long table with every ordered pair of codes, the diagonal included (pivot it for a heatmap):
    ``code_a, code_b, n`` (units with both), ``n_a, n_b`` (units with each) and ``jaccard = n / (n_a + n_b - n)``.
    The respondent of a coding comes from ``segments`` when given (respondent segments only), else from the codings'
    own ``respondent_id`` column (``doc_id`` when that is missing too). ``codebook``/``level`` roll codes up as in
    :func:`crosstab`; ``codes`` restricts and orders them; several coders need ``coder``.
    """
    cb = load(codebook)
    return cooccurrence_table(cooccurrence_tally(codings, unit, segments, cb, level, coder), cb, level, codes)


@dataclass
class CoTally:
    """What :func:`cooccurrence` counts, mergeable across chunks of documents (:func:`merge_cotallies`):
    ``unit="respondent"``: the distinct (``_unit``, ``code``) pairs; ``unit="segment"``: ``pairs`` holds
    (``code_a``, ``code_b``, ``n``) segment counts of every pair of codes present (diagonal included).
    ``present``: codes in order of appearance."""

    unit: str
    pairs: pd.DataFrame
    present: list[str] = field(default_factory=list)


def cooccurrence_tally(codings: pd.DataFrame, unit: str = "segment", segments: pd.DataFrame | None = None,
                       codebook: Any = None, level: int | None = None, coder: str | None = None) -> CoTally:
    """The counting step of :func:`cooccurrence` (see :class:`CoTally`)."""
    check_unit(unit)
    check_columns(codings, "codings", ["seg_id", "code"], "pass the table AutoCoder.code returns")
    cb = load(codebook)
    cod = roll_up_codes(select_coder(codings, coder), cb, level)
    if segments is not None:
        cod = attach(cod, respondent_segments(segments, None))
    else:
        cod = cod.copy()
        cod["_seg"] = cod["seg_id"].astype(str)
        source = "respondent_id" if "respondent_id" in cod.columns else "doc_id"
        if unit == "respondent" and source not in cod.columns:
            check_columns(cod, "codings", ["respondent_id"], "pass segments=... to find each coding's respondent")
        cod["_resp"] = cod[source].astype(str) if source in cod.columns else cod["_seg"]
    key = "_resp" if unit == "respondent" else "_seg"
    cod["code"] = cod["code"].astype(str)
    present = list(dict.fromkeys(cod["code"].tolist()))
    pairs = cod[[key, "code"]].drop_duplicates().rename(columns={key: "_unit"}).reset_index(drop=True)
    if unit == "segment":
        both, _units = _both(pairs, present)
        pairs = pd.DataFrame([(a, b, int(both[i, j])) for i, a in enumerate(present) for j, b in enumerate(present)
                              if both[i, j]], columns=["code_a", "code_b", "n"])
    return CoTally(unit, pairs, present)


def merge_cotallies(parts: Sequence[CoTally]) -> CoTally:
    """Combine the co-occurrence tallies of disjoint chunks of documents (exact)."""
    parts = list(parts)
    if not parts:
        raise ValueError("merge_cotallies needs at least one tally")
    unit = parts[0].unit
    pairs = pd.concat([p.pairs for p in parts], ignore_index=True)
    if unit == "respondent":
        pairs = pairs.drop_duplicates().reset_index(drop=True)
    else:
        pairs = pairs.groupby(["code_a", "code_b"], as_index=False, sort=False)[["n"]].sum()
    return CoTally(unit, pairs, list(dict.fromkeys(c for p in parts for c in p.present)))


def _both(pairs: pd.DataFrame, order: Sequence[str]) -> tuple[np.ndarray, int]:
    """Units with both codes, for every pair of ``order`` (pairs: distinct ``_unit, code``)."""
    pairs = pairs[pairs["code"].isin(order)]
    units = sorted(pairs["_unit"].unique())
    uidx = {u: i for i, u in enumerate(units)}
    cidx = {c: i for i, c in enumerate(order)}
    m = np.zeros((len(units), len(order)), dtype=np.int64)
    m[pairs["_unit"].map(uidx).to_numpy(dtype=np.int64), pairs["code"].map(cidx).to_numpy(dtype=np.int64)] = 1
    return m.T @ m, len(units)


def cooccurrence_table(t: CoTally, cb: Any, level: int | None, codes: Sequence[str] | None) -> pd.DataFrame:
    """:func:`cooccurrence`'s table from a tally."""
    order = code_order(cb, level, t.present, codes) if codes is not None or cb is not None else sorted(t.present)
    if t.unit == "respondent":
        both, _n = _both(t.pairs, order)
    else:
        cidx = {c: i for i, c in enumerate(order)}
        both = np.zeros((len(order), len(order)), dtype=np.int64)
        for a, b, n in t.pairs.itertuples(index=False):
            if a in cidx and b in cidx:
                both[cidx[a], cidx[b]] = n
    each = np.diag(both)
    rows = []
    for i, a in enumerate(order):
        for j, b in enumerate(order):
            union = each[i] + each[j] - both[i, j]
            rows.append((a, b, int(both[i, j]), int(each[i]), int(each[j]),
                         float(both[i, j] / union) if union else np.nan))
    return pd.DataFrame(rows, columns=["code_a", "code_b", "n", "n_a", "n_b", "jaccard"])
