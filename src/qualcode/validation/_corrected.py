"""Counts corrected for the machine's measured error: how many respondents of each group truly raised each theme.

The estimator (a double-sampling, predictive-value correction; Tenenbein 1970, "A double sampling scheme for
estimating from binomial data with misclassifications"):

1. From the validated units, per code: the machine's positive predictive value ``PPV = P(coders code it | machine
   coded it)`` and its false omission rate ``FOR = P(coders code it | machine did not)``. Per group (``by``) these
   are shrunk towards the pooled values: ``(x_g + s * pooled) / (n_g + s)`` with ``s = shrink`` pseudo-units, so a
   group with few validated units borrows strength from the others.
2. Every unit gets a probability that the theme is truly there: 1 or 0 for a validated unit (the coders' answer),
   ``PPV`` when the machine coded it, ``FOR`` when it did not.
3. A respondent truly raised the theme unless none of their units has it: ``1 - prod(1 - q_u)``. The estimate of a
   group's count is the sum over its respondents.

Intervals (``level``, default 95%) come from a bootstrap that repeats, ``n_boot`` times: resample the validated
*documents* with replacement and re-estimate PPV and FOR (a Jeffreys half-count keeps them off 0 and 1); draw each
unvalidated unit's truth from its probability; count the respondents of each group with at least one true unit. With
``resample_respondents=True`` the respondents of each group are resampled too, and the interval is for the share of
such respondents in the population the study's respondents were drawn from rather than for the count among them.

Assumptions (docs/methods.md): the validated units are a random sample within each machine answer (coded / not
coded) of each code (the stratified review sample of :func:`qualcode.validation.sample_for_review` is); error
rates within a group are the same across respondents; given the machine's answers, units' truths are independent
(positively correlated errors within a respondent would make the intervals too narrow). Tested on simulated data
where the truth is known (tests/test_corrected_counts.py: interval coverage).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from qualcode.errors import InputError, Issue

__all__ = ["CORRECTED_COLUMNS", "corrected_counts", "trust_units"]

#: Columns of :func:`corrected_counts`.
CORRECTED_COLUMNS = ["code", "group", "respondents", "raw", "estimate", "low", "high", "ppv", "false_omission",
                     "validated_units", "text"]


def _unit_frame(units: pd.DataFrame, by: str) -> pd.DataFrame:
    missing = [c for c in ("seg_id", "code", "machine", "respondent_id", by) if c not in units.columns]
    if missing:
        raise InputError([Issue("<units>", None, f"column(s) {', '.join(missing)} missing",
                                hint="one row per (unit, code): seg_id, doc_id, respondent_id, the group column, "
                                     "code, machine (0/1) and human (0/1, empty when not validated)")])
    out = units.copy()
    if "doc_id" not in out.columns:
        out["doc_id"] = out["respondent_id"]
    if "human" not in out.columns:
        out["human"] = np.nan
    out["human"] = pd.to_numeric(out["human"], errors="coerce")
    out[by] = out[by].fillna("(missing)").astype(str)
    return out


def _rates(counts: np.ndarray, group_idx: np.ndarray, n_groups: int, shrink: float) -> tuple[np.ndarray, ...]:
    """PPV and FOR per group from validated counts ``(n_val, 4)`` = (m1h1, m1h0, m0h1, m0h0) of each validated
    unit, shrunk towards the pooled rates; Jeffreys half-counts keep the pooled rates inside (0, 1)."""
    g = np.zeros((n_groups, 4))
    np.add.at(g, group_idx, counts)
    pooled = g.sum(axis=0)
    ppv_all = (pooled[0] + 0.5) / (pooled[0] + pooled[1] + 1)
    for_all = (pooled[2] + 0.5) / (pooled[2] + pooled[3] + 1)
    ppv = (g[:, 0] + shrink * ppv_all) / (g[:, 0] + g[:, 1] + shrink)
    fo = (g[:, 2] + shrink * for_all) / (g[:, 2] + g[:, 3] + shrink)
    return ppv, fo


def corrected_counts(units: pd.DataFrame, *, by: str = "role", codes: Sequence[str] | None = None,
                     n_boot: int = 1000, seed: int = 0, level: float = 0.95, shrink: float = 5.0,
                     resample_respondents: bool = False) -> pd.DataFrame:
    """Misclassification-corrected counts of respondents per code and group (see the module docstring).

    ``units``: one row per (unit, code) of **every** respondent unit (validated or not): ``seg_id, doc_id,
    respondent_id, <by>, code, machine`` (0/1) and ``human`` (0/1 for validated units, NaN otherwise); see
    :func:`qualcode.validation.trust_units`. Returns :data:`CORRECTED_COLUMNS`: per code and group the number of
    respondents, the raw machine count, the corrected estimate with its interval, the group's PPV and false
    omission rate, the number of validated units, and a line such as ``9 of 14 (95% CI 7-11)``.
    """
    if not 0 < level < 1:
        raise ValueError(f"level == {level}, must be between 0 and 1.")
    if n_boot < 1:
        raise ValueError(f"n_boot == {n_boot}, must be >= 1.")
    df = _unit_frame(units, by)
    codes = list(codes) if codes is not None else list(dict.fromkeys(df["code"]))
    rng = np.random.default_rng(seed)
    rows = []
    for code in codes:
        sub = df[df["code"] == code]
        if not len(sub):
            continue
        rows.extend(_one_code(code, sub, by, n_boot, rng, level, shrink, resample_respondents))
    return pd.DataFrame(rows, columns=CORRECTED_COLUMNS)


def _one_code(code, sub, by, n_boot, rng, level, shrink, resample_respondents) -> list[dict]:
    groups, g_idx = np.unique(sub[by].to_numpy(dtype=str), return_inverse=True)
    resp, r_idx = np.unique(sub["respondent_id"].astype(str).to_numpy(), return_inverse=True)
    resp_group = np.zeros(len(resp), dtype=int)
    resp_group[r_idx] = g_idx
    m = sub["machine"].to_numpy(dtype=float)
    h = sub["human"].to_numpy(dtype=float)
    val = ~np.isnan(h)
    cells = np.stack([(m == 1) & (h == 1), (m == 1) & (h == 0), (m == 0) & (h == 1), (m == 0) & (h == 0)],
                     axis=1).astype(float)
    docs, d_idx = np.unique(sub["doc_id"].astype(str).to_numpy(), return_inverse=True)
    val_docs = np.unique(d_idx[val])

    def probabilities(ppv, fo):
        q = np.where(m == 1, ppv[g_idx], fo[g_idx])
        return np.where(val, np.nan_to_num(h), q)

    ppv, fo = _rates(cells[val], g_idx[val], len(groups), shrink)
    q = probabilities(ppv, fo)
    log_none = np.zeros(len(resp))
    np.add.at(log_none, r_idx, np.log1p(-np.clip(q, 0, 1 - 1e-12)))
    p_resp = 1 - np.exp(log_none)
    estimate = np.bincount(resp_group, weights=p_resp, minlength=len(groups))
    raw_resp = np.zeros(len(resp))
    np.maximum.at(raw_resp, r_idx, m)
    raw = np.bincount(resp_group, weights=raw_resp, minlength=len(groups))
    n_resp = np.bincount(resp_group, minlength=len(groups))
    boots = np.zeros((n_boot, len(groups)))
    for b in range(n_boot):
        if len(val_docs):
            pick = rng.choice(val_docs, size=len(val_docs), replace=True)
            weight = np.bincount(pick, minlength=len(docs))[d_idx] * val
            bc = cells * weight[:, None]
            bppv, bfo = _rates(bc, g_idx, len(groups), shrink)
        else:
            bppv, bfo = ppv, fo
        truth = rng.random(len(m)) < probabilities(bppv, bfo)
        has = np.zeros(len(resp), dtype=bool)
        np.logical_or.at(has, r_idx, truth)
        if resample_respondents:
            counts = np.zeros(len(groups))
            for gi in range(len(groups)):
                members = np.flatnonzero(resp_group == gi)
                counts[gi] = has[rng.choice(members, size=len(members), replace=True)].sum()
            boots[b] = counts
        else:
            boots[b] = np.bincount(resp_group, weights=has, minlength=len(groups))
    lo, hi = np.quantile(boots, [(1 - level) / 2, 1 - (1 - level) / 2], axis=0)
    if not resample_respondents:  # counts: whole respondents
        lo, hi = np.floor(lo), np.ceil(hi)
    n_val = np.bincount(g_idx[val], minlength=len(groups))
    pct = int(round(level * 100))
    return [{"code": code, "group": groups[i], "respondents": int(n_resp[i]), "raw": int(raw[i]),
             "estimate": float(estimate[i]), "low": float(lo[i]), "high": float(hi[i]), "ppv": float(ppv[i]),
             "false_omission": float(fo[i]), "validated_units": int(n_val[i]),
             "text": f"{estimate[i]:.0f} of {n_resp[i]} ({pct}% CI {lo[i]:.0f}-{hi[i]:.0f})"}
            for i in range(len(groups))]


def trust_units(codings: pd.DataFrame, segments: pd.DataFrame, validated: pd.DataFrame | None = None, *,
                codes: Sequence[str], unit: str = "turn") -> pd.DataFrame:
    """The input of :func:`corrected_counts`: one row per (respondent unit, code) of ``segments`` with ``machine``
    (the unit has the code in ``codings``; sentence codings count for their turn with ``unit="turn"``) and ``human``
    (the coders' answer for units in ``validated``, gold units or a codings table, matched by whole seg_id; NaN
    for the others), plus ``doc_id, respondent_id`` and the attribute columns."""
    from qualcode.coding._units import coding_units, unit_keys
    from qualcode.validation._certify import _human_sets

    units = coding_units(segments, unit)
    keys = unit_keys(segments, unit)
    if {"doc_id", "turn"} <= set(codings.columns) and unit == "turn":
        ids = [f"{d}\x00{int(t)}" for d, t in zip(codings["doc_id"].astype(str), codings["turn"])]
        own = dict(zip([f"{d}\x00{int(t)}" for d, t in zip(units["doc_id"].astype(str), units["turn"])],
                       units["seg_id"]))
        unit_of = [own.get(i) for i in ids]
    else:
        unit_of = [keys.get(s) for s in codings["seg_id"].astype(str)]
    machine = set(zip(unit_of, codings["code"].astype(str)))
    human = _human_sets(validated) if validated is not None and len(validated) else {}
    codes = list(codes)
    k, ids = len(codes), units["seg_id"].astype(str).tolist()
    attrs = [c for c in units.columns if c not in ("seg_id", "turn", "sentence", "start", "end", "text", "tokens",
                                                   "question")]
    out = pd.DataFrame({c: np.repeat(units[c].to_numpy(dtype=object), k) for c in attrs})
    out.insert(0, "seg_id", np.repeat(np.array(ids, dtype=object), k))
    out["code"] = np.tile(np.array(codes, dtype=object), len(ids))
    out["machine"] = [int((u, c) in machine) for u in ids for c in codes]
    out["human"] = [float(c in human[u]) if u in human else np.nan for u in ids for c in codes]
    return out
