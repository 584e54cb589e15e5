"""Certified codes: how far the machine's codes can be trusted, per code, from the units coders validated.

:func:`validation_table` lines up, for every validated unit and code, what the machine said (``machine``) and what
the coders said (``human``). :func:`certify` scores it per code: precision, recall and Cohen's kappa of the machine
against the coders with 95% bootstrap intervals (whole documents resampled: turns of one interview are not
independent), and decides whether the code is **certified**:

* kappa (point estimate) >= ``threshold`` (default 0.8), and
* enough evidence: at least ``min_units`` validated units, at least ``min_positive`` of them coded with the code by
  the coders, and a kappa interval no wider than ``2 * max_halfwidth``.

When the kappa is high enough but the evidence is not, ``more_needed`` says how many more validated units are
needed, projected from the present sample (interval widths shrink as ``1/sqrt(n)``; positives at the present
rate); the ``status`` column reads e.g. ``not yet: 32 more validated segments needed``. A kappa below the
threshold is ``not certified`` (more validation will not fix the code: its rules or training data need work).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qualcode.coding._evaluate import split_codes
from qualcode.errors import InputError, Issue

__all__ = ["CERTIFY_COLUMNS", "certify", "validation_table"]

#: Columns of :func:`certify`.
CERTIFY_COLUMNS = ["code", "n_units", "n_docs", "human_positive", "machine_positive", "precision", "precision_low",
                   "precision_high", "recall", "recall_low", "recall_high", "kappa", "kappa_low", "kappa_high",
                   "certified", "more_needed", "status"]


def _codes_of(value: Any) -> list[str]:
    return list(split_codes(value))


def _human_sets(validated: pd.DataFrame) -> dict[str, set[str]]:
    if "seg_id" not in validated.columns or not ("codes" in validated.columns or "code" in validated.columns):
        raise InputError([Issue("<validated>", None, "validated units need seg_id and codes (gold units) or seg_id "
                                "and code (a codings table of coders' decisions)")])
    out: dict[str, set[str]] = {}
    if "codes" in validated.columns:
        for sid, codes in zip(validated["seg_id"].astype(str), validated["codes"]):
            out.setdefault(sid, set()).update(_codes_of(codes))
    else:
        for sid, code in zip(validated["seg_id"].astype(str), validated["code"]):
            out.setdefault(sid, set()).update(_codes_of(code))
    return out


def validation_table(codings: pd.DataFrame, validated: pd.DataFrame, codes: Sequence[str] | None = None,
                     segments: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (validated unit, code): ``seg_id, doc_id, code, machine, human`` (0/1) + ``respondent_id`` and
    the attribute columns of ``validated`` when it has them.

    ``validated``: the units coders checked, as gold units (``seg_id, codes``) or a codings table (``seg_id, code``;
    every seg_id in it is a checked unit, empty codes allowed). ``codings``: the machine's codings. Machine codings
    are matched to a validated unit by its whole seg_id, or, when the validated units are turns (a ``turn`` column
    and ``sentence`` 0 or absent) and the codings are sentences, by ``(doc_id, turn)``. ``segments`` supplies
    ``doc_id`` (and attributes) when ``validated`` lacks them.
    """
    human = _human_sets(validated)
    unit_ids = list(human)
    info = validated.drop_duplicates("seg_id").assign(seg_id=lambda d: d["seg_id"].astype(str)).set_index("seg_id")
    if "doc_id" not in info.columns and segments is not None:
        seg = segments.drop_duplicates("seg_id").assign(seg_id=lambda d: d["seg_id"].astype(str)).set_index("seg_id")
        info = info.join(seg[[c for c in seg.columns if c not in info.columns]], how="left")
    turn_level = "turn" in info.columns and ("sentence" not in info.columns or
                                             not (pd.to_numeric(info["sentence"], errors="coerce") > 0).any())
    machine: dict[str, set[str]] = {u: set() for u in unit_ids}
    if turn_level and {"doc_id", "turn"} <= set(codings.columns) and "doc_id" in info.columns:
        key_of = {(str(d), int(t)): u for u, d, t in zip(info.index, info["doc_id"], info["turn"])}
        for d, t, code in zip(codings["doc_id"].astype(str), codings["turn"], codings["code"].astype(str)):
            u = key_of.get((d, int(t)))
            if u is not None:
                machine[u].add(code)
    else:
        for sid, code in zip(codings["seg_id"].astype(str), codings["code"].astype(str)):
            if sid in machine:
                machine[sid].add(code)
    codes = list(codes) if codes is not None else sorted(set().union(*human.values(), *machine.values()) - {""})
    doc = info["doc_id"].astype(str).to_dict() if "doc_id" in info.columns else {u: u for u in unit_ids}
    n, k = len(unit_ids), len(codes)
    out = pd.DataFrame({"seg_id": np.repeat(np.array(unit_ids, dtype=object), k),
                        "doc_id": np.repeat(np.array([doc.get(u, u) for u in unit_ids], dtype=object), k),
                        "code": np.tile(np.array(codes, dtype=object), n),
                        "machine": [int(c in machine[u]) for u in unit_ids for c in codes],
                        "human": [int(c in human[u]) for u in unit_ids for c in codes]})
    for col in [c for c in ("respondent_id", "role") if c in info.columns]:
        out[col] = np.repeat(info[col].reindex(unit_ids).to_numpy(dtype=object), k)
    return out


def _doc_counts(sub: pd.DataFrame) -> tuple[np.ndarray, list[str]]:
    """Per document the counts (tp, fp, fn, tn) of one code."""
    m, h = sub["machine"].to_numpy(), sub["human"].to_numpy()
    cells = np.stack([(m == 1) & (h == 1), (m == 1) & (h == 0), (m == 0) & (h == 1), (m == 0) & (h == 0)], axis=1)
    docs, inv = np.unique(sub["doc_id"].astype(str).to_numpy(), return_inverse=True)
    counts = np.zeros((len(docs), 4))
    np.add.at(counts, inv, cells.astype(float))
    return counts, list(docs)


def _stats(t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall and Cohen's kappa from count rows ``(..., 4)`` = tp, fp, fn, tn (NaN where undefined)."""
    tp, fp, fn, tn = (t[..., i] for i in range(4))
    n = tp + fp + fn + tn
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        po = (tp + tn) / n
        pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / n ** 2
        kappa = np.where(pe < 1, (po - pe) / (1 - pe), np.nan)
    return precision, recall, kappa


def certify(table: pd.DataFrame, *, threshold: float = 0.8, min_units: int = 50, min_positive: int = 10,
            max_halfwidth: float = 0.1, n_boot: int = 1000, seed: int = 0, level: float = 0.95,
            unit_name: str = "segments") -> pd.DataFrame:
    """Certification per code from a :func:`validation_table` (columns :data:`CERTIFY_COLUMNS`; see the module
    docstring for the rule). Intervals: percentile bootstrap over documents (``n_boot`` draws, ``seed``)."""
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold == {threshold}, must be in (0, 1].")
    if not 0 < level < 1:
        raise ValueError(f"level == {level}, must be between 0 and 1.")
    missing = [c for c in ("seg_id", "doc_id", "code", "machine", "human") if c not in table.columns]
    if missing:
        raise InputError([Issue("<validation table>", None, f"column(s) {', '.join(missing)} missing",
                                hint="make it with qualcode.validation.validation_table(codings, validated)")])
    rng = np.random.default_rng(seed)
    alpha = (1 - level) / 2
    rows = []
    for code, sub in table.groupby("code", sort=False):
        counts, docs = _doc_counts(sub)
        total = counts.sum(axis=0)
        p, r, k = (float(v) for v in _stats(total))
        if len(docs) > 1 and n_boot:
            w = rng.multinomial(len(docs), np.full(len(docs), 1 / len(docs)), size=n_boot)
            bp, br, bk = _stats(w @ counts)
            ci = [np.nanquantile(b, [alpha, 1 - alpha]) if np.isfinite(b).any() else (np.nan, np.nan)
                  for b in (bp, br, bk)]
        else:
            ci = [(np.nan, np.nan)] * 3
        n_units, pos = int(total.sum()), int(total[0] + total[2])
        more, status, ok = _decide(k, ci[2], n_units, pos, threshold, min_units, min_positive, max_halfwidth,
                                   unit_name)
        rows.append({"code": code, "n_units": n_units, "n_docs": len(docs), "human_positive": pos,
                     "machine_positive": int(total[0] + total[1]), "precision": p, "precision_low": ci[0][0],
                     "precision_high": ci[0][1], "recall": r, "recall_low": ci[1][0], "recall_high": ci[1][1],
                     "kappa": k, "kappa_low": ci[2][0], "kappa_high": ci[2][1], "certified": ok,
                     "more_needed": more, "status": status})
    out = pd.DataFrame(rows, columns=CERTIFY_COLUMNS)
    out["more_needed"] = out["more_needed"].astype("Int64")
    return out


def _decide(kappa: float, ci: Any, n: int, pos: int, threshold: float, min_units: int, min_positive: int,
            max_halfwidth: float, unit_name: str) -> tuple[int | None, str, bool]:
    """``(more_needed, status, certified)`` of one code."""
    if n == 0:
        return min_units, f"not yet: no validated {unit_name}", False
    if not np.isfinite(kappa):
        return None, "not certified: kappa undefined (coders and machine never disagree on a constant answer)", False
    if kappa < threshold:
        return None, f"not certified: kappa {kappa:.2f} < {threshold:.2f}", False
    needs = [min_units - n]
    if pos < min_positive:
        rate = pos / n if pos else 1 / (n + 1)
        needs.append(math.ceil((min_positive - pos) / rate))
    halfwidth = (ci[1] - ci[0]) / 2 if np.all(np.isfinite(ci)) else np.inf
    if halfwidth > max_halfwidth:
        needs.append(math.ceil(n * (halfwidth / max_halfwidth) ** 2) - n if np.isfinite(halfwidth) else n)
    more = max(needs)
    if more <= 0:
        return 0, f"certified: kappa {kappa:.2f} (95% CI {ci[0]:.2f}-{ci[1]:.2f}) on {n} {unit_name}", True
    return int(more), f"not yet: {int(more)} more validated {unit_name} needed (kappa {kappa:.2f} on {n})", False
