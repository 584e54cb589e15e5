"""Is a theme mentioned more by some groups than others? One test per code, with adjusted p-values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import numpy as np
import pandas as pd

from qualcode.analysis._common import code_labels
from qualcode.analysis._crosstab import adjusted_residuals, counts

ADJUSTMENTS = ("holm", "bh", "none")
#: Added to the note of every test over segments.
SEGMENT_CAVEAT = ("segments of one respondent are not independent, so this p-value is too small; "
                  "prefer unit='respondent'")
COLUMNS = ["code", "label", "unit", "n_coded", "n_units", "n_groups", "test", "chi2", "dof", "p_value",
           "p_adjusted", "adjustment", "cramers_v", "min_expected", "largest_residual_group", "largest_residual",
           "note"]


def holm(p: np.ndarray) -> np.ndarray:
    """Holm's step-down adjustment (controls the family-wise error rate)."""
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adj = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adj[i] = running
    return adj


def adjust_pvalues(p: np.ndarray, method: str) -> np.ndarray:
    if len(p) == 0 or method == "none":
        return np.asarray(p, dtype=float)
    if method == "holm":
        return holm(p)
    from scipy.stats import false_discovery_control

    return false_discovery_control(np.asarray(p, dtype=float), method="bh")


def association(codings: pd.DataFrame, segments: pd.DataFrame, by: str = "role", unit: str = "respondent",
                codebook: Any = None, level: int | None = None, codes: Sequence[str] | None = None,
                coder: str | None = None, adjust: str = "holm", min_coded: int = 5, n_resamples: int = 9999,
                random_state: int = 0) -> pd.DataFrame:
    """For each code, a test of whether being coded depends on the group (same counts as :func:`crosstab`).

    The table per code is groups x (coded, not coded) over all respondents (``unit="respondent"``) or segments of
    each group. The test is chosen by the expected counts:

    - every expected count >= 5: Pearson's chi-square (``scipy.stats.chi2_contingency``, no continuity correction);
    - smaller expected counts, 2 groups: Fisher's exact test (``scipy.stats.fisher_exact``, two-sided);
    - smaller expected counts, 3+ groups: Monte-Carlo exact test of the chi-square statistic over ``n_resamples``
      random tables with the observed margins (``chi2_contingency(method=MonteCarloMethod)``, seeded by
      ``random_state``, so the p-value is reproducible).

    ``cramers_v`` is ``sqrt(chi2 / N)`` (the table has two columns). p-values are adjusted over the tested codes by
    ``adjust``: ``"holm"`` (default; family-wise error), ``"bh"`` (Benjamini-Hochberg false discovery rate) or
    ``"none"``. ``largest_residual_group`` is the group whose adjusted standardised residual is farthest from 0 (per-
    cell residuals are in ``crosstab(...)["residual"]``).

    A code coded for fewer than ``min_coded`` units is not tested: its ``note`` says the counts are too small to
    say anything, and its p-values are NaN. ``note`` also explains other untested codes (one group, every unit
    coded), which exact test replaced chi-square, and, for ``unit="segment"``, that segments of one respondent are
    not independent (the tests assume they are, so their p-values are too small: read them as descriptive).

    Returns ``code, label, unit, n_coded, n_units, n_groups, test, chi2, dof, p_value, p_adjusted, adjustment,
    cramers_v, min_expected, largest_residual_group, largest_residual, note``.
    """
    if adjust not in ADJUSTMENTS:
        raise ValueError(f"adjust == {adjust!r}, must be one of {', '.join(map(repr, ADJUSTMENTS))}")
    table, cb = counts(codings, segments, by, unit, codebook, level, codes, coder)
    return association_table(table, cb, by, unit, adjust, min_coded, n_resamples, random_state)


def association_table(table: pd.DataFrame, cb: Any, by: str, unit: str, adjust: str = "holm", min_coded: int = 5,
                      n_resamples: int = 9999, random_state: int = 0) -> pd.DataFrame:
    """:func:`association`'s table from the counts (``code, group, n, total``)."""
    if adjust not in ADJUSTMENTS:
        raise ValueError(f"adjust == {adjust!r}, must be one of {', '.join(map(repr, ADJUSTMENTS))}")
    from scipy import stats

    labels = code_labels(cb)
    rows = []
    for code, sub in table.groupby("code", sort=False):
        sub = sub[sub["total"] > 0]
        n = sub["n"].to_numpy()
        total = sub["total"].to_numpy()
        row: dict[str, Any] = {c: np.nan for c in COLUMNS}
        label = labels.get(cast(str, code), "")  # the code column holds code ids
        row.update(code=code, label=label, unit=unit, n_coded=int(n.sum()), n_units=int(total.sum()), n_groups=len(sub),
                   test="", adjustment=adjust, largest_residual_group="", note="")
        units = f"{unit}s"
        if len(sub) < 2:
            row["note"] = f"only one group of {by}: nothing to compare"
        elif n.sum() < min_coded:
            row["note"] = (f"too few to say anything: {int(n.sum())} {units} coded (fewer than {min_coded}); "
                           "not tested")
        elif n.sum() == total.sum():
            row["note"] = f"every {unit} is coded: no difference to test"
        else:
            obs = np.column_stack([n, total - n])
            chi2, p, dof, expected = stats.chi2_contingency(obs, correction=False)
            row.update(chi2=float(chi2), dof=int(dof), min_expected=float(expected.min()),
                       cramers_v=float(np.sqrt(chi2 / obs.sum())))
            if expected.min() >= 5:
                row.update(test="chi-square", p_value=float(p))
            elif obs.shape[0] == 2:
                row.update(test="fisher exact", p_value=float(stats.fisher_exact(obs).pvalue),
                           note=f"small expected counts (min {expected.min():.1f}): Fisher's exact test")
            else:
                mc = stats.MonteCarloMethod(n_resamples=n_resamples, rng=np.random.default_rng(random_state))
                res = stats.chi2_contingency(obs, correction=False, method=mc)
                row.update(test="monte-carlo exact", p_value=float(res.pvalue),
                           note=f"small expected counts (min {expected.min():.1f}): Monte-Carlo exact test "
                                f"({n_resamples} tables)")
            if unit == "segment":
                row["note"] = "; ".join(filter(None, [row["note"], SEGMENT_CAVEAT]))
            res = adjusted_residuals(n, total)
            if np.isfinite(res).any():
                j = int(np.nanargmax(np.abs(res)))
                row.update(largest_residual_group=str(sub["group"].iloc[j]), largest_residual=float(res[j]))
        rows.append(row)
    out = pd.DataFrame(rows, columns=COLUMNS)
    tested = out["p_value"].notna()
    out.loc[tested, "p_adjusted"] = adjust_pvalues(out.loc[tested, "p_value"].to_numpy(), adjust)
    return out
