"""Themes by group: how many segments, and how many respondents, of each group carry each theme."""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
import pandas as pd

from qualcode.analysis._common import check_unit, code_labels, code_order, prepare

ALL_GROUPS = "(all)"


def counts(codings: pd.DataFrame, segments: pd.DataFrame, by: str, unit: str, codebook: Any, level: int | None,
           codes: Sequence[str] | None, coder: str | None) -> tuple[pd.DataFrame, Any]:
    """Long table code, group, n, total (every code x every group of ``segments``) and the codebook."""
    check_unit(unit)
    segs, cod, cb = prepare(codings, segments, by, codebook, level, coder, unit)
    key = "_resp" if unit == "respondent" else "seg_id"
    totals = segs.groupby("_group")[key].nunique()
    coded = cod.drop_duplicates(["code", "_seg" if unit == "segment" else "_resp"])
    ncod = coded.groupby(["code", "_group"]).size()
    order = code_order(cb, level, list(cod["code"].unique()), codes)
    groups = sorted(totals.index)
    rows = [(c, g, int(ncod.get((c, g), 0)), int(totals[g])) for c in order for g in groups]
    return pd.DataFrame(rows, columns=["code", "group", "n", "total"]), cb


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
    labels = code_labels(cb)
    table["residual"] = np.nan
    for code, idx in table.groupby("code", sort=False).groups.items():
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
