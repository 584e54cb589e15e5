"""Themes by group: how many segments, and how many respondents, of each group carry each theme."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from qualcode.analysis._common import check_unit, code_labels, code_order, load, prepare
from qualcode.model import Codebook

ALL_GROUPS = "(all)"


@dataclass
class Tally:
    """What :func:`crosstab` and :func:`association` count, in a form that merges exactly (:func:`merge_tallies`):
    computed per chunk of documents (qualcode.scale) and combined, it gives the tables of the whole corpus.

    ``unit="respondent"``: ``groups`` holds the distinct (``_group``, ``_resp``) pairs and ``coded`` the first
    (``code``, ``_resp``) coding with its ``_group``; ``unit="segment"``: ``groups`` the segments per ``_group``
    (column ``n``) and ``coded`` the coded segments per (``code``, ``_group``). ``present``: codes in order of
    appearance."""

    unit: str
    groups: pd.DataFrame
    coded: pd.DataFrame
    present: list[str] = field(default_factory=list)


def tally(codings: pd.DataFrame, segments: pd.DataFrame, by: str, unit: str, codebook: Any = None,
          level: int | None = None, coder: str | None = None) -> Tally:
    """The :class:`Tally` of one codings table over its segments (the counting step of :func:`crosstab`)."""
    check_unit(unit)
    segs, cod, cb = prepare(codings, segments, by, codebook, level, coder, unit)
    present = list(dict.fromkeys(cod["code"].tolist()))
    if unit == "respondent":
        groups = segs[["_group", "_resp"]].drop_duplicates().reset_index(drop=True)
        coded = cod.drop_duplicates(["code", "_resp"])[["code", "_resp", "_group"]].reset_index(drop=True)
    else:
        groups = segs.groupby("_group")["seg_id"].nunique().rename("n").reset_index()
        coded = cod.drop_duplicates(["code", "_seg"]).groupby(["code", "_group"]).size().rename("n").reset_index()
    return Tally(unit, groups, coded, present)


def merge_tallies(parts: Sequence[Tally]) -> Tally:
    """Combine the tallies of disjoint chunks of documents, in corpus order: the tally of the whole corpus (exact:
    sets are joined, first codings kept in order, segment counts added)."""
    parts = list(parts)
    if not parts:
        raise ValueError("merge_tallies needs at least one tally")
    unit = parts[0].unit
    if any(p.unit != unit for p in parts):
        raise ValueError("tallies of different units cannot be merged")
    groups = pd.concat([p.groups for p in parts], ignore_index=True)
    coded = pd.concat([p.coded for p in parts], ignore_index=True)
    if unit == "respondent":
        groups = groups.drop_duplicates().reset_index(drop=True)
        coded = coded.drop_duplicates(["code", "_resp"]).reset_index(drop=True)
    else:
        groups = groups.groupby("_group", as_index=False)[["n"]].sum()
        coded = coded.groupby(["code", "_group"], as_index=False)[["n"]].sum()
    present = list(dict.fromkeys(c for p in parts for c in p.present))
    return Tally(unit, groups, coded, present)


def tally_counts(t: Tally, codebook: Codebook | None, level: int | None, codes: Sequence[str] | None
                 ) -> pd.DataFrame:
    """Long table code, group, n, total (every code x every group) from a tally."""
    if t.unit == "respondent":
        totals = t.groups.groupby("_group")["_resp"].nunique()
        ncod = t.coded.groupby(["code", "_group"]).size()
    else:
        totals = t.groups.set_index("_group")["n"]
        ncod = t.coded.set_index(["code", "_group"])["n"]
    order = code_order(codebook, level, t.present, codes)
    groups = sorted(totals.index)
    rows = [(c, g, int(ncod.get((c, g), 0)), int(totals[g])) for c in order for g in groups]
    return pd.DataFrame(rows, columns=["code", "group", "n", "total"])


def counts(codings: pd.DataFrame, segments: pd.DataFrame, by: str, unit: str, codebook: Any, level: int | None,
           codes: Sequence[str] | None, coder: str | None) -> tuple[pd.DataFrame, Any]:
    """Long table code, group, n, total (every code x every group of ``segments``) and the codebook."""
    cb = load(codebook)
    return tally_counts(tally(codings, segments, by, unit, cb, level, coder), cb, level, codes), cb


def adjusted_residuals(n: np.ndarray, total: np.ndarray) -> np.ndarray:
    """Adjusted standardised residuals of the "coded" cells of a groups x (coded, not coded) table:
    ``(O - E) / sqrt(E (1 - row/N) (1 - col/N))``; NaN where undefined (no variation)."""
    n = np.asarray(n, dtype=float)
    total = np.asarray(total, dtype=float)
    big_n = total.sum()
    col = n.sum()
    if big_n == 0:
        return np.full(n.shape, np.nan)
    expected = total * col / big_n
    var = expected * (1 - total / big_n) * (1 - col / big_n)
    with np.errstate(divide="ignore", invalid="ignore"):
        res = (n - expected) / np.sqrt(var)
    return np.where(var > 0, res, np.nan)


def crosstab(codings: pd.DataFrame, segments: pd.DataFrame, by: str = "role", unit: str = "respondent",
             codebook: Any = None, level: int | None = None, codes: Sequence[str] | None = None,
             coder: str | None = None, margins: bool = False) -> pd.DataFrame:
    """Themes by group of respondents, as counts and percentages.

    ``unit="respondent"``: how many respondents of each group mention the theme at least once (the qualitative
    convention); ``unit="segment"``: how many of the group's segments carry it. Denominators are *all* respondents /
    segments of the group in ``segments`` (respondent speakers only), not just the coded ones, so a theme nobody in a
    group mentions shows 0 of N. ``by`` is any respondent attribute column (``role``, ``district``, ...); a missing
    value forms the group ``"(missing)"``.

    ``codebook`` (a Codebook or a path) orders the codes, adds labels and zero rows for codes never coded; with
    ``level`` each code is rolled up to its ancestor at that level (a respondent with two child codes of one theme
    counts once). ``codes`` restricts and orders the codes. A codings table with several coders needs ``coder``.
    Codings are matched to segments by ``seg_id`` (or, for sentence codings on turn segments, by their turn).

    Returns a long table ``code, label, group, n, total, percent, residual``: ``percent = 100 * n / total``;
    ``residual`` is the adjusted standardised residual of the cell in the code's groups x (coded, not coded) table
    (beyond about ±2: the group mentions the theme more / less than the others; see :func:`association`). With
    ``margins=True`` a group ``"(all)"`` gives the totals over every group (residual NaN).
    """
    table, cb = counts(codings, segments, by, unit, codebook, level, codes, coder)
    return crosstab_table(table, cb, margins)


def crosstab_table(table: pd.DataFrame, cb: Codebook | None, margins: bool = False) -> pd.DataFrame:
    """:func:`crosstab`'s table from the counts (``code, group, n, total``)."""
    table = table.copy()
    labels = code_labels(cb)
    table["residual"] = np.nan
    for idx in table.groupby("code", sort=False).groups.values():
        sub = table.loc[idx]
        table.loc[idx, "residual"] = adjusted_residuals(sub["n"].to_numpy(), sub["total"].to_numpy())
    if margins and len(table):
        allrows = table.groupby("code", sort=False).agg(n=("n", "sum"), total=("total", "sum")).reset_index()
        allrows["group"] = ALL_GROUPS
        allrows["residual"] = np.nan
        table = pd.concat([table, allrows[table.columns]], ignore_index=True)
        order = {c: i for i, c in enumerate(dict.fromkeys(table["code"]))}
        table = table.sort_values("code", key=lambda s: s.map(order), kind="stable").reset_index(drop=True)
    table["percent"] = np.where(table["total"] > 0, 100.0 * table["n"] / table["total"].where(table["total"] > 0),
                                np.nan)
    table["label"] = table["code"].map(lambda c: labels.get(c, ""))
    return table[["code", "label", "group", "n", "total", "percent", "residual"]]
