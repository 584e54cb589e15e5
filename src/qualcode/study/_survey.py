"""Questionnaire tables: who had heard of the policy, through which channel, and how satisfied they are, by role.

The questionnaire is a table with one row per respondent: ``respondent_id, role, heard_of_policy (是/否 or yes/no),
channel (when heard), satisfaction (1-5)``, plus any attributes and open answers. Open answers can also be read as a
corpus (one row per answer) and coded like interviews.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from qualcode.errors import Issue, MetadataError, raise_if_errors
from qualcode.ingest._tables import read_frame

__all__ = ["read_survey", "survey_tables", "validate_survey"]

_YES = {"是", "yes", "y", "1", "true", "听说过", "知道"}
_NO = {"否", "no", "n", "0", "false", "没听说过", "不知道"}
REQUIRED = ("respondent_id", "role", "heard_of_policy")


def _check(frame: pd.DataFrame, path: str) -> list[Issue]:
    issues: list[Issue] = []
    for col in REQUIRED:
        if col not in frame.columns:
            issues.append(Issue(path, 1, f"questionnaire has no '{col}' column",
                                f"columns needed: {', '.join(REQUIRED)} (channel and satisfaction optional)"))
    if issues:
        return issues
    seen: dict[str, int] = {}
    for i, row in enumerate(frame.itertuples(index=False), start=2):
        rec = row._asdict()
        rid = str(rec["respondent_id"]).strip()
        if rid in seen:
            issues.append(Issue(path, i, f"respondent {rid!r} appears twice (first on line {seen[rid]})",
                                "keep one row per respondent"))
        seen[rid] = i
        if not str(rec["role"]).strip():
            issues.append(Issue(path, i, f"respondent {rid!r} has no role", "fill the role column"))
        heard = str(rec["heard_of_policy"]).strip().lower()
        if heard not in _YES | _NO:
            issues.append(Issue(path, i, f"heard_of_policy is {rec['heard_of_policy']!r}", "use 是 or 否 (yes/no)"))
        channel = str(rec.get("channel", "") or "").strip()
        if heard in _NO and channel:
            issues.append(Issue(path, i, f"channel {channel!r} is given but heard_of_policy is 否",
                                "leave channel empty for respondents who had not heard of the policy"))
        if "satisfaction" in frame.columns:
            sat = str(rec["satisfaction"]).strip()
            if sat and sat not in {"1", "2", "3", "4", "5"}:
                issues.append(Issue(path, i, f"satisfaction is {sat!r}", "use a whole number from 1 to 5, or leave it empty"))
    return issues


def validate_survey(path: str | os.PathLike) -> list[Issue]:
    """Every problem of a questionnaire file, without raising."""

    frame, _enc, issues = read_frame(Path(path).read_bytes(), str(path))
    if frame is None:
        return issues
    return issues + _check(frame, str(path))


def read_survey(path: str | os.PathLike) -> pd.DataFrame:
    """Read and validate a questionnaire (.csv in any supported encoding, or .xlsx).

    Returns the table with ``heard`` (bool) and ``satisfaction`` (float, NaN when empty) added/normalised.
    Raises :class:`~qualcode.errors.MetadataError` listing every problem as ``path:line``.
    """

    frame, _enc, issues = read_frame(Path(path).read_bytes(), str(path))
    if frame is None:
        raise MetadataError(issues)
    issues += _check(frame, str(path))
    raise_if_errors(issues, MetadataError)
    out = frame.copy()
    out["heard"] = out["heard_of_policy"].str.strip().str.lower().isin(_YES)
    if "satisfaction" in out.columns:
        out["satisfaction"] = pd.to_numeric(out["satisfaction"].replace("", np.nan), errors="coerce")
    if "channel" not in out.columns:
        out["channel"] = ""
    return out


def _wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    if n == 0:
        return (np.nan, np.nan)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (100 * max(0.0, centre - half), 100 * min(1.0, centre + half))


def survey_tables(survey: pd.DataFrame, by: str = "role") -> dict[str, pd.DataFrame]:
    """Tables of a questionnaire read by :func:`read_survey`.

    - ``heard``: by, n, heard, percent, ci_low, ci_high (Wilson 95% interval, in percent)
    - ``heard_test``: test, statistic, p_value, cramers_v, note (is having heard of the policy associated with ``by``?
      Fisher's exact test for a 2x2 table, chi-square otherwise, flagged when expected counts are below 5)
    - ``channel``: by, channel, n, percent (of those in the group who had heard)
    - ``satisfaction``: by, heard, n, mean, median, sd
    """
    from scipy import stats

    rows = []
    for group, sub in survey.groupby(by, sort=True):
        n, k = len(sub), int(sub["heard"].sum())
        lo, hi = _wilson(k, n)
        rows.append({by: group, "n": n, "heard": k, "percent": 100 * k / n if n else np.nan, "ci_low": lo, "ci_high": hi})
    heard = pd.DataFrame(rows)

    table = pd.crosstab(survey[by], survey["heard"]).reindex(columns=[False, True], fill_value=0)
    test_rows = []
    if table.shape[0] >= 2 and (table.sum(axis=0) > 0).all():
        chi2, p, dof, expected = stats.chi2_contingency(table.to_numpy(), correction=False)
        n = table.to_numpy().sum()
        v = float(np.sqrt(chi2 / (n * (min(table.shape) - 1)))) if n else np.nan
        small = bool((expected < 5).any())
        if table.shape == (2, 2):
            _odds, p = stats.fisher_exact(table.to_numpy())
            test = "Fisher's exact"
        else:
            test = "chi-square"
        note = "some expected counts < 5: read with caution" if small and test == "chi-square" else ""
        test_rows.append({"test": test, "statistic": float(chi2), "p_value": float(p), "cramers_v": v, "note": note})
    else:
        test_rows.append({"test": "none", "statistic": np.nan, "p_value": np.nan, "cramers_v": np.nan,
                          "note": "everyone (or no one) had heard of the policy: nothing to test"})
    heard_test = pd.DataFrame(test_rows)

    heard_only = survey[survey["heard"] & (survey["channel"].fillna("").str.strip() != "")]
    channel = (heard_only.groupby([by, "channel"]).size().rename("n").reset_index())
    if len(channel):
        totals = survey[survey["heard"]].groupby(by).size()
        channel["percent"] = 100 * channel["n"] / channel[by].map(totals)
        channel = channel.sort_values([by, "n", "channel"], ascending=[True, False, True]).reset_index(drop=True)

    sat = pd.DataFrame(columns=[by, "heard", "n", "mean", "median", "sd"])
    if "satisfaction" in survey.columns:
        sat = (survey.dropna(subset=["satisfaction"]).groupby([by, "heard"])["satisfaction"]
               .agg(n="count", mean="mean", median="median", sd="std").reset_index())
        sat["heard"] = sat["heard"].map({True: "是", False: "否"})
    return {"heard": heard, "heard_test": heard_test, "channel": channel, "satisfaction": sat}
