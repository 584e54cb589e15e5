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

from collections.abc import Sequence

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


def _rates(counts: np.ndarray, shrink: float) -> tuple[np.ndarray, np.ndarray]:
    """PPV and FOR per group from validated counts ``(..., n_groups, 4)`` = (m1h1, m1h0, m0h1, m0h0), shrunk
    towards the pooled rates; Jeffreys half-counts keep the pooled rates inside (0, 1)."""
    pooled = counts.sum(axis=-2, keepdims=True)
    ppv_all = (pooled[..., 0] + 0.5) / (pooled[..., 0] + pooled[..., 1] + 1)
    for_all = (pooled[..., 2] + 0.5) / (pooled[..., 2] + pooled[..., 3] + 1)
    ppv = (counts[..., 0] + shrink * ppv_all) / (counts[..., 0] + counts[..., 1] + shrink)
    fo = (counts[..., 2] + shrink * for_all) / (counts[..., 2] + counts[..., 3] + shrink)
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
    if n_boot < 0:
        raise ValueError(f"n_boot == {n_boot}, must be >= 0 (0: no intervals).")
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
    n_g, n_r = len(groups), len(resp)
    resp_group = np.zeros(n_r, dtype=int)
    resp_group[r_idx] = g_idx
    m = sub["machine"].to_numpy(dtype=float) == 1
    h = sub["human"].to_numpy(dtype=float)
    val = ~np.isnan(h)
    hv = np.nan_to_num(h) == 1
    cells = np.stack([m & hv, m & ~hv, ~m & hv, ~m & ~hv], axis=1).astype(float) * val[:, None]
    onehot = np.eye(n_g)[g_idx]                                         # unit x group
    ppv, fo = _rates(onehot.T @ cells, shrink)
    q = np.where(val, hv, np.where(m, ppv[g_idx], fo[g_idx]))
    with np.errstate(divide="ignore"):
        log_none = np.bincount(r_idx, weights=np.log1p(-q), minlength=n_r)
    estimate = np.bincount(resp_group, weights=1 - np.exp(log_none), minlength=n_g)
    raw = np.bincount(resp_group, weights=np.bincount(r_idx, weights=m, minlength=n_r) > 0, minlength=n_g)
    n_resp = np.bincount(resp_group, minlength=n_g)
    # bootstrap: validated documents resampled (weights per unit), truths of unvalidated units drawn
    docs, d_idx = np.unique(sub["doc_id"].astype(str).to_numpy(), return_inverse=True)
    val_docs = np.unique(d_idx[val])
    if len(val_docs):
        draws = rng.multinomial(len(val_docs), np.full(len(val_docs), 1 / len(val_docs)), size=n_boot)
        per_doc = np.zeros((len(docs), n_g * 4))                        # validated counts per document
        np.add.at(per_doc, d_idx, (onehot[:, :, None] * cells[:, None, :]).reshape(len(d_idx), -1))
        bc = (draws @ per_doc[val_docs]).reshape(n_boot, n_g, 4)
        bppv, bfo = _rates(bc, shrink)                                  # boot x group
    else:
        bppv, bfo = np.tile(ppv, (n_boot, 1)), np.tile(fo, (n_boot, 1))
    bq = np.where(val, hv, np.where(m, bppv[:, g_idx], bfo[:, g_idx]))  # boot x unit
    truth = rng.random(bq.shape) < bq
    from scipy import sparse

    member = sparse.csr_matrix((np.ones(len(r_idx)), (r_idx, np.arange(len(r_idx)))), shape=(n_r, len(r_idx)))
    has = np.asarray((member @ truth.T.astype(float)).T) > 0             # boot x respondent
    if resample_respondents:
        boots = np.zeros((n_boot, n_g))
        for gi in range(n_g):
            members = np.flatnonzero(resp_group == gi)
            pick = rng.integers(0, len(members), size=(n_boot, len(members)))
            boots[:, gi] = np.take_along_axis(has[:, members], pick, axis=1).sum(axis=1)
    else:
        boots = has.astype(float) @ np.eye(n_g)[resp_group]
    if n_boot:
        lo, hi = np.quantile(boots, [(1 - level) / 2, 1 - (1 - level) / 2], axis=0)
    else:
        lo = hi = np.full(n_g, np.nan)
    if not resample_respondents:  # counts: whole respondents, and the interval holds the estimate
        lo, hi = np.minimum(np.floor(lo), np.floor(estimate)), np.maximum(np.ceil(hi), np.ceil(estimate))
    if not val.any():  # nothing validated: the error rates are unknown, so is the count
        estimate, lo, hi = (np.full(n_g, np.nan) for _ in range(3))
    n_val = np.bincount(g_idx[val], minlength=n_g)
    pct = int(round(level * 100))
    return [{"code": code, "group": groups[i], "respondents": int(n_resp[i]), "raw": int(raw[i]),
             "estimate": float(estimate[i]), "low": float(lo[i]), "high": float(hi[i]), "ppv": float(ppv[i]),
             "false_omission": float(fo[i]), "validated_units": int(n_val[i]),
             "text": _text(estimate[i], n_resp[i], lo[i], hi[i], pct, val.any())}
            for i in range(n_g)]


def _text(estimate: float, n: int, lo: float, hi: float, pct: int, validated: bool) -> str:
    if not validated:
        return f"? of {n} (no validated units)"
    if np.isnan(lo):
        return f"{estimate:.0f} of {n}"
    return f"{estimate:.0f} of {n} ({pct}% CI {lo:.0f}-{hi:.0f})"


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
