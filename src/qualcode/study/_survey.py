"""Questionnaire tables: the share answering yes to a yes/no question, the follow-up answers, a 1-5 rating, by
group.

The questionnaire is a table with one row per respondent; which column means what is a setting of the study
(:class:`~qualcode.study._spec.SurveySpec`, from ``study.yaml``): an id, a group (e.g. role), a yes/no question
(是/否 or yes/no, e.g. whether they had heard of the policy), an optional follow-up asked only after "yes" (e.g.
through which channel) and an optional 1-5 rating, plus any attributes and open answers. Open answers can also be
read as a corpus (one row per answer) and coded like interviews.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

from qualcode.errors import Issue, MetadataError, raise_if_errors
from qualcode.ingest._tables import read_frame
from qualcode.study._spec import SurveySpec

__all__ = ["read_survey", "survey_tables", "validate_survey"]

_YES = {"是", "yes", "y", "1", "true", "听说过", "知道"}
_NO = {"否", "no", "n", "0", "false", "没听说过", "不知道"}


def _check(frame: pd.DataFrame, path: str, spec: SurveySpec) -> list[Issue]:
    issues: list[Issue] = []
    required = [spec.id, spec.group, spec.yes_no]
    for col in required + [c for c in (spec.follow_up, spec.rating) if c]:
        if col not in frame.columns:
            issues.append(Issue(path, 1, f"questionnaire has no '{col}' column",
                                f"the study's survey settings name the columns {', '.join(required)} (and the "
                                "optional follow_up and rating); fix the file or study.yaml"))
    if issues:
        return issues
    seen: dict[str, int] = {}
    for i, rec in enumerate(frame.to_dict("records"), start=2):
        rid = str(rec[spec.id]).strip()
        if rid in seen:
            issues.append(Issue(path, i, f"respondent {rid!r} appears twice (first on line {seen[rid]})",
                                "keep one row per respondent"))
        seen[rid] = i
        if not str(rec[spec.group] or "").strip():
            issues.append(Issue(path, i, f"respondent {rid!r} has no {spec.group}", f"fill the {spec.group} column"))
        answer = str(rec[spec.yes_no]).strip().lower()
        if answer not in _YES | _NO:
            issues.append(Issue(path, i, f"{spec.yes_no} is {rec[spec.yes_no]!r}", "use 是 or 否 (yes/no)"))
        follow = str(rec.get(spec.follow_up, "") or "").strip() if spec.follow_up else ""
        if answer in _NO and follow:
            issues.append(Issue(path, i, f"{spec.follow_up} {follow!r} is given but {spec.yes_no} is 否",
                                f"leave {spec.follow_up} empty for respondents who answered no"))
        if spec.rating:
            rating = str(rec[spec.rating] or "").strip()
            if rating and rating not in {"1", "2", "3", "4", "5"}:
                issues.append(Issue(path, i, f"{spec.rating} is {rating!r}",
                                    "use a whole number from 1 to 5, or leave it empty"))
    return issues


def validate_survey(path: str | os.PathLike, spec: SurveySpec) -> list[Issue]:
    """Every problem of a questionnaire file (path:line); empty when it reads cleanly."""
    frame, _enc, issues = read_frame(Path(path).read_bytes(), str(path))
    if frame is None:
        return issues
    return issues + _check(frame, str(path), spec)


def read_survey(path: str | os.PathLike, spec: SurveySpec) -> pd.DataFrame:
    """Read and validate a questionnaire (.csv in any supported encoding, or .xlsx); ``spec`` says which column is
    which.

    Returns the table with ``yes`` (bool), ``follow_up`` (str, empty when not asked) and ``rating`` (float, NaN
    when empty) added. Raises :class:`~qualcode.errors.MetadataError` listing every problem as ``path:line``.
    """
    frame, _enc, issues = read_frame(Path(path).read_bytes(), str(path))
    if frame is None:
        raise MetadataError(issues)
    issues += _check(frame, str(path), spec)
    raise_if_errors(issues, MetadataError)
    out = frame.copy()
    out["yes"] = out[spec.yes_no].astype(str).str.strip().str.lower().isin(_YES)
    out["follow_up"] = out[spec.follow_up].fillna("").astype(str).str.strip() if spec.follow_up else ""
    out["rating"] = (pd.to_numeric(out[spec.rating].replace("", np.nan), errors="coerce") if spec.rating
                     else np.nan)
    out.attrs["survey"] = spec
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

    - ``yes``: by, n, yes, percent, ci_low, ci_high (Wilson 95% interval, in percent)
    - ``yes_test``: test, statistic, p_value, cramers_v, note (is answering yes associated with ``by``? Fisher's
      exact test for a 2x2 table, chi-square otherwise, flagged when expected counts are below 5)
    - ``follow_up``: by, follow_up, n, percent (of those in the group who answered yes)
    - ``rating``: by, yes, n, mean, median, sd
    """
    return {"yes": _yes_table(survey, by), "yes_test": _yes_test(survey, by), "follow_up": _follow_up(survey, by),
            "rating": _rating(survey, by)}


def _yes_table(survey: pd.DataFrame, by: str) -> pd.DataFrame:
    rows = []
    for group, sub in survey.groupby(by, sort=True):
        n, k = len(sub), int(sub["yes"].sum())
        lo, hi = _wilson(k, n)
        rows.append({by: group, "n": n, "yes": k, "percent": 100 * k / n if n else np.nan, "ci_low": lo,
                     "ci_high": hi})
    return pd.DataFrame(rows)


def _yes_test(survey: pd.DataFrame, by: str) -> pd.DataFrame:
    table = pd.crosstab(survey[by], survey["yes"]).reindex(columns=[False, True], fill_value=0)
    if table.shape[0] < 2 or not (table.sum(axis=0) > 0).all():
        return pd.DataFrame([{"test": "none", "statistic": np.nan, "p_value": np.nan, "cramers_v": np.nan,
                              "note": "everyone (or no one) answered yes: nothing to test"}])
    chi2, p, _dof, expected = stats.chi2_contingency(table.to_numpy(), correction=False)
    n = table.to_numpy().sum()
    v = float(np.sqrt(chi2 / (n * (min(table.shape) - 1)))) if n else np.nan
    if table.shape == (2, 2):
        _odds, p = stats.fisher_exact(table.to_numpy())
        test = "Fisher's exact"
    else:
        test = "chi-square"
    note = "some expected counts < 5: read with caution" if bool((expected < 5).any()) and test == "chi-square" else ""
    return pd.DataFrame([{"test": test, "statistic": float(chi2), "p_value": float(p), "cramers_v": v, "note": note}])


def _follow_up(survey: pd.DataFrame, by: str) -> pd.DataFrame:
    answered = survey[survey["yes"] & (survey["follow_up"].fillna("").astype(str).str.strip() != "")]
    table = answered.groupby([by, "follow_up"]).size().rename("n").reset_index()
    if len(table):
        totals = survey[survey["yes"]].groupby(by).size()
        table["percent"] = 100 * table["n"] / table[by].map(totals)
        table = table.sort_values([by, "n", "follow_up"], ascending=[True, False, True]).reset_index(drop=True)
    return table


def _rating(survey: pd.DataFrame, by: str) -> pd.DataFrame:
    rated = survey.dropna(subset=["rating"])
    if not len(rated):
        return pd.DataFrame(columns=[by, "yes", "n", "mean", "median", "sd"])
    table = (rated.groupby([by, "yes"])["rating"].agg(n="count", mean="mean", median="median", sd="std")
             .reset_index())
    table["yes"] = table["yes"].map({True: "是", False: "否"})
    return table
