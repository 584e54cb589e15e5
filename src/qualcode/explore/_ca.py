"""Correspondence analysis of a contingency table (codes or words by respondent group), by singular value
decomposition (numpy): Greenacre (2017), *Correspondence Analysis in Practice*, 3rd ed., ch. 4 and appendix A."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from qualcode.analysis._common import code_labels, prepare
from qualcode.explore._common import check_positive
from qualcode.explore._frequency import word_frequency

__all__ = ["CA", "ca_table", "correspondence"]


@dataclass(frozen=True)
class CA:
    """A fitted correspondence analysis.

    ``coordinates``: one row per row and column category: ``kind`` (``row``/``column``), ``label``, ``mass``,
    ``dim1 .. dimK`` (principal coordinates), ``inertia`` (share of the total inertia it contributes), ``quality``
    (share of its inertia shown by the kept dimensions, squared cosines summed). ``eigenvalues``: ``dim``,
    ``eigenvalue`` (principal inertia), ``percent``, ``cumulative``. ``table``: the counts analysed.
    """

    coordinates: pd.DataFrame
    eigenvalues: pd.DataFrame
    table: pd.DataFrame
    total_inertia: float


def ca_table(table: pd.DataFrame, n_components: int = 2) -> CA:
    """Correspondence analysis of a table of non-negative counts (rows x columns).

    With ``P = N / n``, masses ``r = P 1``, ``c = P' 1`` and standardised residuals
    ``S = D_r^-1/2 (P - r c') D_c^-1/2 = U Sigma V'``, row principal coordinates are ``F = D_r^-1/2 U Sigma`` and
    column principal coordinates ``G = D_c^-1/2 V Sigma``; the principal inertias are the squared singular values and
    their sum is the total inertia ``chi2 / n``. Rows or columns with no counts are dropped.
    """
    check_positive("n_components", n_components)
    counts = table.astype(float)
    counts = counts.loc[counts.sum(axis=1) > 0, counts.sum(axis=0) > 0]
    if counts.shape[0] < 2 or counts.shape[1] < 2:
        raise ValueError(f"correspondence analysis needs at least 2 rows and 2 columns with counts; the table has "
                         f"{counts.shape[0]} x {counts.shape[1]}")
    n = counts.to_numpy().sum()
    p = counts.to_numpy() / n
    r, c = p.sum(axis=1), p.sum(axis=0)
    s = (p - np.outer(r, c)) / np.sqrt(np.outer(r, c))
    u, sigma, vt = np.linalg.svd(s, full_matrices=False)
    k_max = min(counts.shape) - 1
    eig = sigma[:k_max] ** 2
    total = float((s ** 2).sum())
    k = min(n_components, k_max)
    # sign convention: the largest absolute column coordinate of each dimension is positive (reproducible output)
    flip = np.sign(vt[:k][np.arange(k), np.abs(vt[:k]).argmax(axis=1)])
    flip[flip == 0] = 1
    f = (u[:, :k] * sigma[:k] * flip) / np.sqrt(r)[:, None]
    g = (vt[:k].T * sigma[:k] * flip) / np.sqrt(c)[:, None]
    parts = []
    for kind, labels, mass, coords, full in (("row", counts.index, r, f, (u * sigma) / np.sqrt(r)[:, None]),
                                             ("column", counts.columns, c, g, (vt.T * sigma) / np.sqrt(c)[:, None])):
        dist2 = (full ** 2).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            quality = np.where(dist2 > 0, (coords ** 2).sum(axis=1) / dist2, np.nan)
        part = pd.DataFrame({"kind": kind, "label": [str(x) for x in labels], "mass": mass})
        for j in range(k):
            part[f"dim{j + 1}"] = coords[:, j]
        part["inertia"] = mass * dist2 / total if total else np.nan
        part["quality"] = quality
        parts.append(part)
    eigen = pd.DataFrame({"dim": np.arange(1, len(eig) + 1), "eigenvalue": eig,
                          "percent": 100 * eig / total if total else np.nan})
    eigen["cumulative"] = eigen["percent"].cumsum()
    return CA(pd.concat(parts, ignore_index=True), eigen, counts, total)


def correspondence(segments: pd.DataFrame, by: str = "role", *, codings: pd.DataFrame | None = None,
                   what: str = "codes", unit: str = "respondent", codebook: Any = None, level: int | None = None,
                   codes: Sequence[str] | None = None, coder: str | None = None, top_words: int = 60,
                   n_components: int = 2, **word_options: Any) -> CA:
    """Correspondence analysis of codes (``what="codes"``, needs ``codings``) or words (``what="words"``) by the
    groups of ``by``.

    Codes: the table counts, per code and group, the respondents (``unit="respondent"``) or segments (``"segment"``)
    coded with it; rows are labelled with the codebook's labels when a codebook is given. Words: occurrences of the
    ``top_words`` most frequent content words (:func:`word_frequency`) per group. Returns :func:`ca_table`'s
    :class:`CA`; a biplot is ``qualcode.report.ca_biplot(ca)``.
    """
    if what == "codes":
        if codings is None:
            raise ValueError("what='codes' needs the codings table: correspondence(segments, codings=...)")
        if unit not in ("respondent", "segment"):
            raise ValueError(f"unit == {unit!r}, must be 'respondent' or 'segment'")
        segs, cod, cb = prepare(codings, segments, by, codebook, level, coder)
        key = "_resp" if unit == "respondent" else "_seg"
        pairs = cod[["code", "_group", key]].drop_duplicates()
        table = pairs.groupby(["code", "_group"]).size().unstack(fill_value=0)
        order = list(codes) if codes is not None else (cb.ids if cb is not None else sorted(table.index))
        table = table.reindex([c for c in order if c in table.index])
        labels = code_labels(cb)
        table.index = [labels.get(c) or c for c in table.index]
    elif what == "words":
        freq = word_frequency(segments, by=by, **word_options)
        overall = freq.groupby("word")["count"].sum().sort_values(ascending=False, kind="stable")
        keep = overall.index[:top_words]
        table = freq[freq["word"].isin(keep)].pivot_table(index="word", columns=by, values="count", fill_value=0)
        table = table.reindex(keep)
    else:
        raise ValueError(f"what == {what!r}, must be 'codes' or 'words'")
    table.columns.name = by
    return ca_table(table, n_components)
