"""Which themes appear together: code x code counts over segments or respondents."""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
import pandas as pd

from qualcode.analysis._common import attach, check_columns, check_unit, code_order, load, respondent_segments, roll_up_codes, \
    select_coder


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
    check_unit(unit)
    check_columns(codings, "codings", ["seg_id", "code"], "pass the table AutoCoder.code returns")
    cb = load(codebook)
    cod = roll_up_codes(select_coder(codings, coder), cb, level)
    if segments is not None:
        cod = attach(cod, respondent_segments(segments, None))
        seg_key, resp_key = "_seg", "_resp"
    else:
        cod = cod.copy()
        cod["_seg"] = cod["seg_id"].astype(str)
        source = "respondent_id" if "respondent_id" in cod.columns else "doc_id"
        if unit == "respondent" and source not in cod.columns:
            check_columns(cod, "codings", ["respondent_id"], "pass segments=... to find each coding's respondent")
        cod["_resp"] = cod[source].astype(str) if source in cod.columns else cod["_seg"]
        seg_key, resp_key = "_seg", "_resp"
    key = resp_key if unit == "respondent" else seg_key
    cod["code"] = cod["code"].astype(str)
    order = code_order(cb, level, list(cod["code"].unique()), codes) if codes is not None or cb is not None \
        else sorted(cod["code"].unique())
    cod = cod[cod["code"].isin(order)]
    pairs = cod[[key, "code"]].drop_duplicates()
    units = sorted(pairs[key].unique())
    uidx = {u: i for i, u in enumerate(units)}
    cidx = {c: i for i, c in enumerate(order)}
    m = np.zeros((len(units), len(order)), dtype=np.int64)
    m[pairs[key].map(uidx).to_numpy(dtype=np.int64), pairs["code"].map(cidx).to_numpy(dtype=np.int64)] = 1
    both = m.T @ m
    each = np.diag(both)
    rows = []
    for i, a in enumerate(order):
        for j, b in enumerate(order):
            union = each[i] + each[j] - both[i, j]
            rows.append((a, b, int(both[i, j]), int(each[i]), int(each[j]),
                         float(both[i, j] / union) if union else np.nan))
    return pd.DataFrame(rows, columns=["code_a", "code_b", "n", "n_a", "n_b", "jaccard"])
