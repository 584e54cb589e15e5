"""Drawing segments for coders to check: a stratified sample over machine codes and respondent roles that also
includes segments the machine left uncoded (so recall, not only precision, can be estimated).

Sample size (when ``n`` is None): the sample must estimate a proportion (the share of segments on which coder and
machine agree) with a confidence interval of half-width ``h`` at level ``1 - a``. With the normal approximation and
an expected proportion ``p``::

    n0 = z^2 * p * (1 - p) / h^2          z = the (1 - a/2) normal quantile (1.96 for 95 %)
    n  = ceil(n0 / (1 + (n0 - 1) / N))    finite-population correction for N eligible segments

For h = 0.1, p = 0.8, 95 %: n0 = 61.5, so 62 segments from a large corpus, fewer from a small one. With
``per_stratum=True`` the formula is applied within every stratum (so each code's own agreement reaches the
precision), which costs far more segments.

Allocation: every stratum first gets ``min(min_per_stratum, size)`` segments (a lower floor when ``n`` is too
small for it), the rest of ``n`` is shared in
proportion to stratum sizes (largest remainders). Each row carries ``weight = N_h / n_h`` (segments the stratum
stands for per sampled segment) so estimates can be re-weighted to the whole corpus.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist

import numpy as np
import pandas as pd

from qualcode.errors import InputError, Issue

__all__ = ["SAMPLE_COLUMNS", "sample_for_review", "sample_size"]

#: Columns of the table :func:`sample_for_review` returns.
SAMPLE_COLUMNS = ["seg_id", "doc_id", "stratum", "code", "role", "reason", "stratum_size", "stratum_n", "weight"]
UNCODED = "(uncoded)"


def sample_size(population: int, *, halfwidth: float = 0.1, expected: float = 0.8,
                confidence: float = 0.95) -> int:
    """Segments needed to estimate a proportion near ``expected`` within ``± halfwidth`` at ``confidence``
    (normal approximation with finite-population correction; see the module docstring). Never more than
    ``population``."""
    if population < 0:
        raise ValueError(f"population == {population}, must be >= 0.")
    if not 0 < halfwidth < 1:
        raise ValueError(f"halfwidth == {halfwidth}, must be between 0 and 1.")
    if not 0 <= expected <= 1:
        raise ValueError(f"expected == {expected}, must be between 0 and 1.")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence == {confidence}, must be between 0 and 1.")
    if population == 0:
        return 0
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n0 = z * z * expected * (1 - expected) / (halfwidth * halfwidth)
    n0 = max(n0, 1.0)
    n = n0 / (1 + (n0 - 1) / population)
    return int(min(population, math.ceil(n - 1e-9)))


def _allocate(sizes: list[int], n: int, minimum: int) -> list[int]:
    """Integer stratum sizes summing to min(n, total): a floor per stratum (lowered until it fits in n), the rest
    proportional to stratum sizes by largest remainders."""
    while minimum > 0 and sum(min(minimum, s) for s in sizes) > n:
        minimum -= 1
    base = [min(minimum, s) for s in sizes]
    rest = n - sum(base)
    if rest <= 0:
        return base
    room = [s - b for s, b in zip(sizes, base)]
    total = sum(room)
    if total <= rest:
        return list(sizes)
    quotas = [rest * r / total for r in room]
    alloc = [b + int(math.floor(q)) for b, q in zip(base, quotas)]
    left = n - sum(alloc)
    order = sorted(range(len(sizes)), key=lambda i: (-(quotas[i] - math.floor(quotas[i])), i))
    for i in order:
        if left <= 0:
            break
        if alloc[i] < sizes[i]:
            alloc[i] += 1
            left -= 1
    return alloc


def _check_inputs(segments: pd.DataFrame, codings: pd.DataFrame, by: Sequence[str], n: int | None,
                  min_per_stratum: int) -> None:
    issues = []
    if "seg_id" not in segments.columns:
        issues.append(Issue("<segments>", None, "column 'seg_id' is missing"))
    for col in ("seg_id", "code"):
        if col not in codings.columns:
            issues.append(Issue("<codings>", None, f"column {col!r} is missing"))
    for key in by:
        if key != "code" and key not in segments.columns:
            issues.append(Issue("<segments>", None, f"stratum key {key!r} is not a column of the segments table",
                                hint=f"columns: {', '.join(map(str, segments.columns))}"))
    if issues:
        raise InputError(issues)
    if n is not None and n < 0:
        raise ValueError(f"n == {n}, must be >= 0.")
    if min_per_stratum < 0:
        raise ValueError(f"min_per_stratum == {min_per_stratum}, must be >= 0.")


def _strata(segments: pd.DataFrame, codings: pd.DataFrame, keys: list[str], coder: str | None, include_uncoded: bool,
            respondent_only: bool, exclude: Sequence[str]) -> pd.DataFrame:
    """The eligible segments with ``code`` (the rarest machine code, or the uncoded label), ``all_codes`` and
    ``_stratum``."""
    segs = segments.copy()
    segs["seg_id"] = segs["seg_id"].astype(str)
    segs = segs.drop_duplicates("seg_id")
    if respondent_only and "speaker_kind" in segs.columns:
        segs = segs[segs["speaker_kind"].fillna("respondent") != "interviewer"]
    if exclude:
        segs = segs[~segs["seg_id"].isin(set(map(str, exclude)))]
    segs = segs.reset_index(drop=True)
    cod = codings
    if coder is not None and "coder" in cod.columns:
        cod = cod[cod["coder"].astype(str) == coder]
    cod = cod[cod["code"].notna() & (cod["code"].astype(str).str.strip() != "")]
    cod = cod.assign(seg_id=cod["seg_id"].astype(str), code=cod["code"].astype(str))
    cod = cod[cod["seg_id"].isin(set(segs["seg_id"]))]
    freq = cod.drop_duplicates(["seg_id", "code"])["code"].value_counts()
    codes_of = cod.groupby("seg_id")["code"].agg(lambda s: sorted(set(s)))
    # rarest code (ties: alphabetical) represents a multi-coded segment
    primary = codes_of.map(lambda cs: min(cs, key=lambda c: (freq.get(c, 0), c)))
    segs["code"] = segs["seg_id"].map(primary)
    segs["all_codes"] = segs["seg_id"].map(codes_of)
    if not include_uncoded:
        segs = segs[segs["code"].notna()].reset_index(drop=True)
    segs["code"] = segs["code"].fillna(UNCODED)
    other = [k for k in keys if k != "code"]
    if "code" not in keys:
        segs["_stratum"] = segs[other].astype(str).agg("|".join, axis=1) if other else "all"
    else:
        parts = [segs["code"]] + [segs[k].astype(str) for k in other]
        segs["_stratum"] = pd.concat(parts, axis=1).agg("|".join, axis=1) if other else segs["code"]
    return segs


def _reason(rec: pd.Series) -> str:
    code = rec["code"]
    if code == UNCODED:
        return "no machine code: checks what the machine missed (recall)"
    if len(rec["all_codes"]) > 1:
        return f"machine code {code} (rarest of {';'.join(rec['all_codes'])}): checks precision and the other codes"
    return f"machine code {code}: checks precision"


def sample_for_review(segments: pd.DataFrame, codings: pd.DataFrame, n: int | None = None, *,
                      by: Sequence[str] = ("code", "role"), include_uncoded: bool = True, seed: int = 0,
                      target_ci_halfwidth: float = 0.1, expected_agreement: float = 0.8,
                      confidence: float = 0.95, coder: str | None = None, per_stratum: bool = False,
                      min_per_stratum: int = 2, respondent_only: bool = True,
                      exclude: Sequence[str] = ()) -> pd.DataFrame:
    """Draw segments for human review, stratified by machine code and respondent role.

    ``segments``: the segments table (``seg_id`` required; ``role`` or another attribute named in ``by``;
    ``speaker_kind`` to drop interviewer turns when ``respondent_only``). ``codings``: the machine codings
    (``seg_id, code``; filtered to ``coder`` when given). ``by``: stratum keys among ``"code"`` and segment columns.
    A segment with several codes is put in the stratum of its rarest code, so rare codes are not crowded out.
    ``include_uncoded`` adds strata of segments without any code (needed to estimate recall: codes the machine
    missed). ``n``: sample size; None computes it with :func:`sample_size` from ``target_ci_halfwidth``,
    ``expected_agreement`` and ``confidence`` over all eligible segments (or per stratum with ``per_stratum``).
    ``exclude``: seg_ids already reviewed. The draw is reproducible for a given ``seed``.

    Returns :data:`SAMPLE_COLUMNS`: ``seg_id, doc_id, stratum, code, role, reason, stratum_size, stratum_n,
    weight``, sorted by stratum then seg_id order; ``.attrs`` holds ``n``, ``population``, ``formula``.
    """
    _check_inputs(segments, codings, by, n, min_per_stratum)
    segs = _strata(segments, codings, list(by), coder, include_uncoded, respondent_only, exclude)
    population = len(segs)
    groups = list(segs.groupby("_stratum", sort=True))
    sizes = [len(g) for _, g in groups]
    formula = (f"n0 = z^2 p(1-p)/h^2 with z={NormalDist().inv_cdf(1 - (1 - confidence) / 2):.3f}, "
               f"p={expected_agreement}, h={target_ci_halfwidth}; n = n0/(1+(n0-1)/N)")
    if per_stratum:
        if n is not None:
            raise ValueError("per_stratum=True computes the size of every stratum; leave n=None.")
        alloc = [sample_size(s, halfwidth=target_ci_halfwidth, expected=expected_agreement,
                             confidence=confidence) for s in sizes]
    else:
        total = n if n is not None else sample_size(population, halfwidth=target_ci_halfwidth,
                                                    expected=expected_agreement, confidence=confidence)
        alloc = _allocate(sizes, min(total, population), min_per_stratum)
    rng = np.random.default_rng(seed)
    role_col = "role" if "role" in segs.columns else None
    rows = []
    for (stratum, group), k in zip(groups, alloc):
        if k <= 0:
            continue
        pick = np.sort(rng.choice(len(group), size=k, replace=False))
        for _, rec in group.iloc[pick].iterrows():
            rows.append({"seg_id": rec["seg_id"], "doc_id": rec.get("doc_id", ""), "stratum": stratum,
                         "code": rec["code"], "role": rec[role_col] if role_col else None, "reason": _reason(rec),
                         "stratum_size": len(group), "stratum_n": k, "weight": len(group) / k})
    out = pd.DataFrame(rows, columns=SAMPLE_COLUMNS)
    out.attrs.update({"n": len(out), "population": population, "formula": formula, "seed": seed})
    return out
