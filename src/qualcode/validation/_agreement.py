"""Agreement between coders at the segment unit: percent agreement, Cohen's / Fleiss' kappa, Krippendorff's alpha
with bootstrap confidence intervals, machine-vs-human precision/recall/F1, and the disagreements to adjudicate.

The unit is the segment. For each code every (unit, coder) pair is a binary value: 1 if the coder applied the code
to the unit, 0 if the coder saw the unit and did not, *missing* if the coder did not see the unit. Units come from
the segments table (or the review sample), so a unit that no coder coded still counts as "absent" for every code.

Statistics (per code, and an ``overall`` row that pools every (unit, code) pair as one binary item):

* ``percent_agreement``: share of agreeing pairs of values, pooled over coder pairs (units both coders saw);
* ``kappa``: Cohen's kappa (``sklearn.metrics.cohen_kappa_score``) for two coders; for more coders the mean of the
  pairwise Cohen's kappas (Light's kappa);
* ``alpha``: Krippendorff's alpha, nominal (``krippendorff`` package), missing values allowed;
* ``fleiss`` (more than two coders): Fleiss' kappa over the units every coder saw, from its formula
  (Fleiss 1971): ``P_u = sum_c n_uc (n_uc - 1) / (m (m - 1))``, ``p_c = sum_u n_uc / (N m)``,
  ``kappa = (mean P_u - sum_c p_c^2) / (1 - sum_c p_c^2)``;
* ``*_low``/``*_high``: percentile bootstrap interval over units (units drawn with replacement, ``seed`` fixed;
  ``cluster="doc"`` draws whole documents instead).

The bootstrap uses closed forms of the same statistics written as sums over units (``_stats_from_totals``), so
one matrix product scores hundreds of replicates; tests check these against sklearn and krippendorff.
A statistic that is undefined (e.g. kappa when both coders never use a code) is NaN, not 0 or 1.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd

from qualcode.coding._metrics import binary_scores, macro_average
from qualcode.errors import InputError, Issue

__all__ = ["agreement", "coding_matrix", "disagreements", "fleiss_kappa", "machine_vs_human"]

OVERALL = "(overall)"


# ---------------------------------------------------------------------------------------------- inputs
def _as_codings(codings: pd.DataFrame | Sequence[pd.DataFrame]) -> pd.DataFrame:
    if isinstance(codings, pd.DataFrame):
        frames = [codings]
    else:
        frames = list(codings)
    issues = []
    for i, df in enumerate(frames):
        for col in ("seg_id", "code", "coder"):
            if col not in df.columns:
                issues.append(Issue(f"<codings {i + 1}>", None, f"column {col!r} is missing",
                                    hint="a codings table has columns seg_id, code, coder (one row per code)"))
    if issues:
        raise InputError(issues)
    out = pd.concat([df[["seg_id", "code", "coder"]] for df in frames], ignore_index=True)
    out["seg_id"] = out["seg_id"].astype(str)
    out["coder"] = out["coder"].astype(str)
    out["code"] = out["code"].where(out["code"].notna(), "").astype(str).str.strip()
    return out


def _as_units(units: Any, codings: pd.DataFrame) -> tuple[list[str], pd.DataFrame | None]:
    if units is None:
        seg_ids = list(dict.fromkeys(codings["seg_id"]))
        return seg_ids, None
    if isinstance(units, pd.DataFrame):
        if "seg_id" not in units.columns:
            raise InputError([Issue("<units>", None, "column 'seg_id' is missing",
                                    hint="pass the segments table (or a list of seg_ids) as units")])
        return list(dict.fromkeys(units["seg_id"].astype(str))), units
    return list(dict.fromkeys(str(u) for u in units)), None


def _documents_of(unit_ids: list[str], units: Any, codings: Any) -> list[str]:
    """The ``doc_id`` of each unit, from the units table or else the codings (for ``cluster="doc"``)."""
    doc: dict[str, str] = {}
    tables = [units] if isinstance(units, pd.DataFrame) else []
    tables += [codings] if isinstance(codings, pd.DataFrame) else [c for c in (codings or []) if
                                                                     isinstance(c, pd.DataFrame)]
    for table in tables:
        if "doc_id" in table.columns:
            for s, d in zip(table["seg_id"].astype(str), table["doc_id"]):
                if isinstance(d, str) and d:
                    doc.setdefault(s, d)
    missing = [u for u in unit_ids if u not in doc]
    if missing:
        raise InputError([Issue("<units>", None, f"cluster='doc' needs the document of every unit; {len(missing)} "
                                                 f"have none (e.g. {missing[0]!r})",
                                hint="pass the segments table (with doc_id) as units, or codings with doc_id")])
    return [doc[u] for u in unit_ids]


def _seen_matrix(seen: Any, codings: pd.DataFrame, unit_ids: list[str], coders: list[str]) -> np.ndarray:
    n, k = len(unit_ids), len(coders)
    if seen is None or (isinstance(seen, str) and seen == "all"):
        return np.ones((n, k), dtype=bool)
    index = {u: i for i, u in enumerate(unit_ids)}
    out = np.zeros((n, k), dtype=bool)
    if isinstance(seen, str) and seen == "rows":
        pairs = codings[["seg_id", "coder"]].itertuples(index=False)
    elif isinstance(seen, pd.DataFrame):
        pairs = seen[["seg_id", "coder"]].astype(str).itertuples(index=False)
    elif isinstance(seen, Mapping):
        pairs = [(str(s), str(c)) for c, segs in seen.items() for s in segs]
        missing = [c for c in coders if c not in seen]
        for c in missing:  # a coder not described saw everything
            out[:, coders.index(c)] = True
    else:
        raise ValueError(f"seen == {seen!r}, must be None, 'all', 'rows', a mapping coder -> seg_ids or a table "
                         "with columns seg_id, coder.")
    col = {c: j for j, c in enumerate(coders)}
    for seg_id, coder in pairs:
        if seg_id in index and coder in col:
            out[index[seg_id], col[coder]] = True
    return out


def coding_matrix(codings: pd.DataFrame | Sequence[pd.DataFrame], units: Any = None, *,
                  coders: Sequence[str] | None = None, codes: Sequence[str] | None = None,
                  seen: Any = None) -> tuple[np.ndarray, list[str], list[str], list[str]]:
    """The values behind every statistic here: a float array ``(n_units, n_codes, n_coders)`` holding 1 (coded),
    0 (seen, not coded) or NaN (not seen), with the unit ids, codes and coders along its axes.

    ``units``: the segments table or an iterable of seg_ids (codings outside them are ignored); None uses the
    segments that appear in the codings (then nobody's "absent" on an uncoded segment is counted: pass units).
    ``seen``: None/``"all"`` (every coder saw every unit), ``"rows"`` (a coder saw exactly the units where it has
    a row, empty-code rows included), a mapping coder -> seg_ids, or a table ``seg_id, coder``.
    """
    cod = _as_codings(codings)
    unit_ids, _ = _as_units(units, cod)
    cod = cod[cod["seg_id"].isin(set(unit_ids))]
    all_coders = list(dict.fromkeys(sorted(cod["coder"].unique())))
    coders = list(coders) if coders is not None else all_coders
    cod = cod[cod["coder"].isin(coders)]
    used = sorted(c for c in cod["code"].unique() if c)
    codes = list(codes) if codes is not None else used
    seen_m = _seen_matrix(seen, cod, unit_ids, coders)
    x = np.zeros((len(unit_ids), len(codes), len(coders)), dtype=float)
    ui = {u: i for i, u in enumerate(unit_ids)}
    ci = {c: i for i, c in enumerate(codes)}
    ki = {c: i for i, c in enumerate(coders)}
    coded = cod[cod["code"].isin(ci)]
    if len(coded):
        x[coded["seg_id"].map(ui).to_numpy(), coded["code"].map(ci).to_numpy(),
          coded["coder"].map(ki).to_numpy()] = 1.0
    x = np.where(seen_m[:, None, :], x, np.nan)
    return x, unit_ids, codes, coders


# ---------------------------------------------------------------------------------------------- statistics
def _unit_features(v: np.ndarray, pairs: list[tuple[int, int]], fleiss: bool) -> np.ndarray:
    """Per-unit sums whose totals give every statistic. ``v``: (n_units, n_items, n_coders) with NaN = missing.
    Returns (n_units, n_items, n_features)."""
    feats = []
    for i, j in pairs:
        a, b = v[..., i], v[..., j]
        both = ~np.isnan(a) & ~np.isnan(b)
        a0, b0 = np.nan_to_num(a), np.nan_to_num(b)
        feats += [both, both & (a0 == 1) & (b0 == 1), both & (a0 == 1) & (b0 == 0), both & (a0 == 0) & (b0 == 1)]
    present = ~np.isnan(v)
    m = present.sum(axis=-1)
    n1 = np.nansum(v, axis=-1)
    n0 = m - n1
    pairable = m >= 2
    with np.errstate(divide="ignore", invalid="ignore"):
        o01 = np.where(pairable, n1 * n0 / np.maximum(m - 1, 1), 0.0)
    feats += [np.where(pairable, n1, 0.0), np.where(pairable, n0, 0.0), o01]
    if fleiss:
        k = v.shape[-1]
        complete = m == k
        feats += [complete, np.where(complete, n1 * (n1 - 1) + n0 * (n0 - 1), 0.0), np.where(complete, n1, 0.0)]
    return np.stack([np.asarray(f, dtype=float) for f in feats], axis=-1)


def _stats_from_totals(t: np.ndarray, n_pairs: int, k: int, fleiss: bool) -> dict[str, np.ndarray]:
    """Statistics from summed features (last axis = features, any leading shape)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        kappas: list[np.ndarray] = []
        agree: np.ndarray | float = 0.0
        both_total: np.ndarray | float = 0.0
        for p in range(n_pairs):
            both, n11, n10, n01 = (t[..., 4 * p + q] for q in range(4))
            n00 = both - n11 - n10 - n01
            po = (n11 + n00) / both
            pa1, pb1 = (n11 + n10) / both, (n11 + n01) / both
            pe = pa1 * pb1 + (1 - pa1) * (1 - pb1)
            kap = (po - pe) / (1 - pe)
            kap = np.where(np.isclose(pe, 1.0), np.nan, kap)
            kappas.append(kap)
            agree = agree + n11 + n00
            both_total = both_total + both
        out = {"percent_agreement": np.asarray(agree / both_total),  # (arrays: there is always a pair of coders)
               "kappa": kappas[0] if n_pairs == 1 else np.mean(np.stack(kappas), axis=0)}
        base = 4 * n_pairs
        n1, n0, o01 = t[..., base], t[..., base + 1], t[..., base + 2]
        n = n1 + n0
        alpha = 1 - (n - 1) * o01 / (n1 * n0)
        out["alpha"] = np.where((n1 * n0) > 0, alpha, np.nan)
        if fleiss:
            n_units, pnum, n1c = t[..., base + 3], t[..., base + 4], t[..., base + 5]
            p_bar = pnum / (n_units * k * (k - 1))
            p1 = n1c / (n_units * k)
            pe = p1 ** 2 + (1 - p1) ** 2
            out["fleiss"] = np.where(np.isclose(pe, 1.0), np.nan, (p_bar - pe) / (1 - pe))
            out["fleiss_n_units"] = n_units
    return out


def _cohen(a: np.ndarray, b: np.ndarray) -> float:
    from sklearn import config_context
    from sklearn.metrics import cohen_kappa_score

    both = ~np.isnan(a) & ~np.isnan(b)
    a, b = a[both], b[both]
    if not len(a) or (len(set(a)) == 1 and set(a) == set(b)):
        return float("nan")  # no variation: chance agreement is 1, kappa undefined
    # the inputs are checked here (two 0/1 vectors): skipping sklearn's own parameter checks makes a call several
    # times faster, which the review app's dashboard (a kappa per code and coder pair) needs
    with warnings.catch_warnings(), config_context(skip_parameter_validation=True):
        warnings.simplefilter("ignore", RuntimeWarning)
        return float(cohen_kappa_score(a, b, labels=[0, 1]))


def _kripp(values: np.ndarray) -> float:
    """values: (n_items, n_coders) with NaN = missing."""
    import krippendorff

    data = values.T
    observed = data[~np.isnan(data)]
    pairable = (~np.isnan(data)).sum(axis=0) >= 2
    if not pairable.any() or len(np.unique(data[:, pairable][~np.isnan(data[:, pairable])])) < 2:
        return float("nan")
    if not len(observed):
        return float("nan")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal",
                                         value_domain=[0.0, 1.0]))


def fleiss_kappa(table: Any) -> float:
    """Fleiss' kappa from a counts table ``(n_units, n_categories)``: cell = raters who put the unit in the category;
    every row must sum to the same number of raters ``m >= 2``. NaN when chance agreement is 1.

    ``P_u = (sum_c n_uc^2 - m) / (m (m - 1))``, ``p_c = sum_u n_uc / (N m)``,
    ``kappa = (mean_u P_u - sum_c p_c^2) / (1 - sum_c p_c^2)`` (Fleiss 1971).
    """
    t = np.asarray(table, dtype=float)
    if t.ndim != 2 or not len(t):
        raise ValueError(f"table has shape {t.shape}, must be (n_units, n_categories) with n_units >= 1.")
    m = t.sum(axis=1)
    if not np.allclose(m, m[0]) or m[0] < 2:
        raise ValueError("every unit must have the same number of ratings (>= 2) in Fleiss' kappa; "
                         f"row sums range from {m.min():g} to {m.max():g}.")
    m = m[0]
    p_u = ((t ** 2).sum(axis=1) - m) / (m * (m - 1))
    p_c = t.sum(axis=0) / (len(t) * m)
    pe = float((p_c ** 2).sum())
    if np.isclose(pe, 1.0):
        return float("nan")
    return float((p_u.mean() - pe) / (1 - pe))


def agreement(codings: pd.DataFrame | Sequence[pd.DataFrame], units: Any = None, *,
              coders: Sequence[str] | None = None, codes: Sequence[str] | None = None, seen: Any = None,
              n_boot: int = 1000, confidence: float = 0.95, seed: int = 0,
              cluster: str | Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Agreement between two or more coders, per code and overall (see the module docstring for definitions).

    ``codings``: one long codings table with a ``coder`` column (or a list of them); ``units``: the segments
    table or seg_ids that form the units (pass it: a unit no coder coded is then "absent" for every coder; pass
    respondent segments only, or the review sample, since every unit given counts);
    ``seen``: which units each coder saw (see :func:`coding_matrix`); ``n_boot`` bootstrap replicates over units
    (0 disables intervals), interval level ``confidence``, random ``seed``. ``cluster="doc"`` resamples whole
    documents (the ``doc_id`` of each unit, from ``units`` or the codings) instead of single segments, or pass a
    mapping seg_id -> cluster:
    segments of one interview are not independent, and the cluster bootstrap gives honest (wider) intervals.

    Returns one row per code plus a last ``(overall)`` row with columns ``code, n_units, percent_agreement,
    kappa, kappa_low, kappa_high, alpha, alpha_low, alpha_high``, with more than two coders
    ``fleiss, fleiss_low, fleiss_high, fleiss_n_units``, and last ``n_coded``. ``n_units`` counts units at least
    two coders saw;
    ``n_coded`` units at least one coder gave the code. ``.attrs`` holds ``coders``, ``n_boot``, ``seed``.
    """
    if n_boot < 0:
        raise ValueError(f"n_boot == {n_boot}, must be >= 0.")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence == {confidence}, must be between 0 and 1.")
    x, unit_ids, code_list, coder_list = coding_matrix(codings, units, coders=coders, codes=codes, seen=seen)
    k = len(coder_list)
    if k < 2:
        raise InputError([Issue("<codings>", None, f"agreement needs at least two coders, found {k}: "
                                                   f"{', '.join(coder_list) or 'none'}",
                                hint="give each coder's codings (coder column), e.g. auto:rules and a person")])
    pairs = list(combinations(range(k), 2))
    fleiss = k > 2
    n, c = x.shape[0], x.shape[1]
    if c == 0 or n == 0:
        raise InputError([Issue("<codings>", None, f"nothing to compare: {n} units and {c} codes",
                                hint="pass the units (segments) and codings that share seg_ids, or codes=[...]")])
    feats = _unit_features(x, pairs, fleiss)  # (n, c, f)
    feats = np.concatenate([feats, feats.sum(axis=1, keepdims=True)], axis=1)  # + overall
    flat = feats.reshape(n, (c + 1) * feats.shape[-1])
    rows = _point_rows(x, code_list, pairs, fleiss, flat)
    stats = ["kappa", "alpha"] + (["fleiss"] if fleiss else [])
    if n_boot and n:
        groups = _cluster_groups(cluster, unit_ids, units, codings)
        _add_intervals(rows, stats, flat, groups, n_boot, confidence, seed, len(pairs), k, fleiss)
    else:
        for row in rows:
            for s in stats:
                row[f"{s}_low"] = row[f"{s}_high"] = np.nan
    cols = ["code", "n_units", "percent_agreement", "kappa", "kappa_low", "kappa_high", "alpha", "alpha_low",
            "alpha_high"]
    if fleiss:
        cols += ["fleiss", "fleiss_low", "fleiss_high", "fleiss_n_units"]
    cols.append("n_coded")
    out = pd.DataFrame(rows, columns=cols)
    out.attrs.update({"coders": coder_list, "n_boot": n_boot, "seed": seed, "confidence": confidence,
                      "cluster": cluster if isinstance(cluster, (str, type(None))) else "mapping"})
    return out


def _point_rows(x: np.ndarray, code_list: list[str], pairs: list[tuple[int, int]], fleiss: bool,
                flat: np.ndarray) -> list[dict[str, Any]]:
    """The point estimates per code and overall (the ``(overall)`` row pools every code's decisions)."""
    n, c, k = x.shape
    point = _stats_from_totals(flat.sum(axis=0).reshape(c + 1, -1), len(pairs), k, fleiss)
    seen_units = (~np.isnan(x[:, 0, :])).sum(axis=1) >= 2  # seen does not depend on the code
    coded = (np.nansum(x, axis=2) > 0)
    rows = []
    for ci in range(c + 1):
        vals = x[:, ci, :] if ci < c else x.reshape(n * c, k)
        pairable = (~np.isnan(vals)).sum(axis=1) >= 2
        kap = [_cohen(vals[:, i], vals[:, j]) for i, j in pairs]
        rows.append({
            "code": code_list[ci] if ci < c else OVERALL,
            "n_units": int(seen_units.sum()),
            "n_coded": int(coded[:, ci].sum()) if ci < c else int(coded.sum()),
            "percent_agreement": float(point["percent_agreement"][ci]),
            "kappa": kap[0] if len(kap) == 1 else (np.nan if all(np.isnan(kap)) else float(np.nanmean(kap))),
            "alpha": _kripp(vals[pairable]) if pairable.any() else np.nan,
        })
        if fleiss:
            rows[-1]["fleiss"] = float(point["fleiss"][ci])
            rows[-1]["fleiss_n_units"] = int(point["fleiss_n_units"][ci] / (1 if ci < c else c))
    return rows


def _cluster_groups(cluster: Any, unit_ids: list[str], units: Any, codings: Any) -> np.ndarray:
    """The resampling group of each unit: itself, its document (``"doc"``) or a given cluster."""
    if cluster is None:
        return np.arange(len(unit_ids))
    if isinstance(cluster, str) and cluster == "doc":
        labels = _documents_of(unit_ids, units, codings)
    elif isinstance(cluster, Mapping):
        labels = [str(cluster.get(u, u)) for u in unit_ids]
    else:
        raise ValueError(f"cluster == {cluster!r}, must be None, 'doc' or a mapping seg_id -> cluster.")
    groups, _uniques = pd.factorize(pd.Series(labels, dtype=str))  # order of first appearance
    return np.asarray(groups)


def _add_intervals(rows: list[dict[str, Any]], stats: list[str], flat: np.ndarray, groups: np.ndarray, n_boot: int,
                   confidence: float, seed: int, n_pairs: int, k: int, fleiss: bool) -> None:
    """Percentile bootstrap intervals (``<stat>_low``, ``<stat>_high``) over the resampling groups, added to
    ``rows``; replicates are computed in chunks from per-unit sufficient statistics (one matrix product each)."""
    n, n_groups, c1 = len(groups), int(groups.max()) + 1 if len(groups) else 0, len(rows)
    rng = np.random.default_rng(seed)
    reps: dict[str, list[np.ndarray]] = {s: [] for s in stats}
    chunk = max(1, min(n_boot, 2_000_000 // max(n, 1)))
    done = 0
    while done < n_boot:
        b = min(chunk, n_boot - done)
        w = np.stack([np.bincount(rng.integers(0, n_groups, n_groups), minlength=n_groups)[groups]
                      for _ in range(b)]).astype(float)
        res = _stats_from_totals((w @ flat).reshape(b, c1, -1), n_pairs, k, fleiss)
        for s in stats:
            reps[s].append(res[s])
        done += b
    lo_q, hi_q = 100 * (1 - confidence) / 2, 100 * (1 + confidence) / 2
    for s in stats:
        arr = np.concatenate(reps[s], axis=0)  # (n_boot, c+1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            lo = np.nanpercentile(arr, lo_q, axis=0)
            hi = np.nanpercentile(arr, hi_q, axis=0)
        for ci, row in enumerate(rows):
            ok = np.isfinite(row[s])
            row[f"{s}_low"] = float(lo[ci]) if ok else np.nan
            row[f"{s}_high"] = float(hi[ci]) if ok else np.nan


# ---------------------------------------------------------------------------------------------- machine vs human
def machine_vs_human(codings: pd.DataFrame | Sequence[pd.DataFrame], units: Any = None, *,
                     machine: str = "auto:rules", human: str | None = None, codes: Sequence[str] | None = None,
                     seen: Any = None, weights: Mapping[str, float] | pd.DataFrame | None = None) -> pd.DataFrame:
    """Precision, recall and F1 of a machine coder against a human one, per code, on the units the human saw.

    ``human`` defaults to the only coder whose name does not start with ``auto``. Returns one row per code plus
    ``(micro)`` and ``(macro)`` rows with columns ``code, support, predicted, tp, fp, fn, precision, recall, f1``
    (``support`` = units the human coded, ``predicted`` = units the machine coded). Scores come from
    :func:`qualcode.coding.binary_scores`: undefined ratios are NaN, and the macro row averages the defined ones (its
    counts are the pooled counts of the micro row).

    ``weights``: seg_id -> weight, or a table with ``seg_id, weight`` such as
    :func:`qualcode.validation._sampling.sample_for_review`
    returns; tp/fp/fn are then weighted sums, so precision and recall estimate the whole corpus from a stratified
    sample instead of over-representing its small strata (counts become floats).
    """
    cod = _as_codings(codings)
    if human is None:
        humans = sorted(c for c in cod["coder"].unique() if not c.startswith("auto"))
        if len(humans) != 1:
            raise InputError([Issue("<codings>", None, f"cannot tell the human coder: found {humans or 'none'}",
                                    hint="pass human='name'")])
        human = humans[0]
    if machine not in set(cod["coder"]):
        raise InputError([Issue("<codings>", None, f"coder {machine!r} has no codings",
                                hint=f"coders found: {', '.join(sorted(cod['coder'].unique()))}")])
    # only the human's coverage matters: the machine coded every unit it was run on
    if isinstance(seen, str) and seen == "rows":
        seen = {human: set(cod.loc[cod["coder"] == human, "seg_id"])}
    elif isinstance(seen, pd.DataFrame):
        seen = {human: set(seen.loc[seen["coder"].astype(str) == human, "seg_id"].astype(str))}
    elif isinstance(seen, Mapping):
        seen = {human: seen[human]} if human in seen else None
    x, unit_ids, code_list, _ = coding_matrix(cod, units, coders=[human, machine], codes=codes, seen=seen)
    h, m = x[..., 0], x[..., 1]
    ok = ~np.isnan(h) & ~np.isnan(m)
    if weights is None:
        w = np.ones(len(unit_ids))
    else:
        if isinstance(weights, pd.DataFrame):
            weights = dict(zip(weights["seg_id"].astype(str), weights["weight"].astype(float)))
        w = np.array([float(weights.get(u, 0.0)) for u in unit_ids])
    rows, all_h, all_m, all_w = [], [], [], []
    for ci, code in enumerate(code_list):
        sel = ok[:, ci]
        hh, mm, ww = h[sel, ci], m[sel, ci], w[sel]
        all_h.append(hh)
        all_m.append(mm)
        all_w.append(ww)
        rows.append({"code": code, **binary_scores(hh, mm, None if weights is None else ww)})
    if rows:
        micro = {"code": "(micro)", **binary_scores(np.concatenate(all_h), np.concatenate(all_m),
                                                     None if weights is None else np.concatenate(all_w))}
    else:
        micro = {"code": "(micro)", **binary_scores([], [])}
    macro = {**micro, "code": "(macro)", **macro_average(rows, ("precision", "recall", "f1"))}
    out = pd.DataFrame([*rows, micro, macro],
                       columns=["code", "support", "predicted", "tp", "fp", "fn", "precision", "recall", "f1"])
    out.attrs.update({"machine": machine, "human": human})
    return out


# ---------------------------------------------------------------------------------------------- disagreements
def disagreements(codings: pd.DataFrame | Sequence[pd.DataFrame], segments: Any = None, *,
                  coders: Sequence[str] | None = None, codes: Sequence[str] | None = None,
                  seen: Any = None) -> pd.DataFrame:
    """Every (segment, code) on which coders who saw the segment disagree, for adjudication.

    Returns ``seg_id, doc_id, code, coded_by, not_coded_by`` (coders ``;``-joined), one ``codes[<coder>]`` column
    per coder with all that coder's codes on the segment (``;``-joined, empty if none, ``(not seen)`` if the coder
    did not see it), and ``text`` (from ``segments`` when it is a table), in segment order.
    """
    cod = _as_codings(codings)
    x, unit_ids, code_list, coder_list = coding_matrix(cod, segments, coders=coders, codes=codes, seen=seen)
    seg_table = segments if isinstance(segments, pd.DataFrame) else None
    text: dict[str, Any] = {}
    doc: dict[str, Any] = {}
    if seg_table is not None:
        st = seg_table.assign(seg_id=seg_table["seg_id"].astype(str)).drop_duplicates("seg_id").set_index("seg_id")
        text = st["text"].to_dict() if "text" in st.columns else {}
        doc = st["doc_id"].to_dict() if "doc_id" in st.columns else {}
    per_coder: dict[tuple[str, str], list[str]] = {}
    for seg_id, code, coder in cod[cod["code"] != ""].itertuples(index=False):
        per_coder.setdefault((seg_id, coder), []).append(code)
    rows = []
    for ui, ci in zip(*np.nonzero(np.nanmax(x, axis=2, initial=-1) != np.nanmin(x, axis=2, initial=2))):
        vals = x[ui, ci]
        present = ~np.isnan(vals)
        if present.sum() < 2 or len(set(vals[present])) < 2:
            continue
        seg_id = unit_ids[ui]
        row = {"seg_id": seg_id, "doc_id": doc.get(seg_id, ""), "code": code_list[ci],
               "coded_by": ";".join(c for c, v in zip(coder_list, vals) if v == 1),
               "not_coded_by": ";".join(c for c, v in zip(coder_list, vals) if v == 0)}
        for j, coder in enumerate(coder_list):
            row[f"codes[{coder}]"] = (";".join(sorted(set(per_coder.get((seg_id, coder), []))))
                                      if present[j] else "(not seen)")
        row["text"] = text.get(seg_id, "")
        rows.append(row)
    cols = ["seg_id", "doc_id", "code", "coded_by", "not_coded_by", *[f"codes[{c}]" for c in coder_list], "text"]
    return pd.DataFrame(rows, columns=cols)

