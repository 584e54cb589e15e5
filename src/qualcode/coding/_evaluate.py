"""Score codings against human gold coding at the turn level: precision, recall, F1, Cohen's kappa per code.

Gold units (docs/design.md): a table ``seg_id, doc_id, turn, role, split, codes`` with one row per respondent turn and
``codes`` ``;``-separated (empty = no code). Codings made on sentences are aggregated to their turn with
:func:`qualcode.model.turn_of`; a turn has a code when any of its sentences has it.
"""

from __future__ import annotations

import os
import warnings
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from qualcode.errors import ExchangeError, InputError, Issue
from qualcode.model import turn_of
from qualcode._io import read_table

__all__ = ["EVAL_COLUMNS", "evaluate", "gold_sets"]

#: Columns of :func:`evaluate`'s result.
EVAL_COLUMNS = ["code", "precision", "recall", "f1", "kappa", "support", "predicted", "tp", "fp", "fn", "n_units"]


def _split_codes(value) -> list[str]:
    if not isinstance(value, str):
        return []
    return [c.strip() for c in value.replace("；", ";").split(";") if c.strip()]


def gold_sets(gold: pd.DataFrame, split: str | None = None) -> dict[str, set[str]]:
    """``{turn seg_id: set of codes}`` for the gold units (of one ``split`` when given)."""
    missing = [c for c in ("seg_id", "codes") if c not in gold.columns]
    if missing:
        raise ExchangeError([Issue("<gold>", None, f"gold table lacks column(s) {', '.join(missing)}",
                                   "gold units have columns seg_id,doc_id,turn,role,split,codes")])
    g = gold
    if split is not None:
        if "split" not in g.columns:
            raise ExchangeError([Issue("<gold>", None, f"split={split!r} asked but the gold table has no 'split' column")])
        g = g[g["split"].astype(str) == split]
        if g.empty:
            values = sorted(set(gold["split"].astype(str)))
            raise ExchangeError([Issue("<gold>", None, f"no gold rows with split == {split!r}",
                                       f"splits present: {', '.join(values)}")])
    out: dict[str, set[str]] = {}
    for sid, codes in zip(g["seg_id"].astype(str), g["codes"]):
        out.setdefault(turn_of(sid), set()).update(_split_codes(codes))
    return out


def evaluate(codings: pd.DataFrame, gold: pd.DataFrame, split: str | None = None,
             codes: Iterable[str] | None = None, coder: str | None = None) -> pd.DataFrame:
    """Per-code agreement of ``codings`` with ``gold`` over the gold units (respondent turns).

    ``split`` keeps only gold rows of that split; ``codes`` fixes the codes scored (default: every code in the gold
    or the codings); ``coder`` keeps only codings of that coder. Codings outside the gold units are ignored.

    Returns one row per code and two summary rows, ``micro`` (pooled counts; kappa over all code x unit decisions)
    and ``macro`` (unweighted mean over codes), with columns :data:`EVAL_COLUMNS`: precision, recall, f1, kappa
    (Cohen's, :func:`sklearn.metrics.cohen_kappa_score`), support (gold positives), predicted, tp, fp, fn, n_units.
    Precision (recall) is 0 when a code was never predicted (never in the gold); kappa is NaN when both coders
    give one constant answer.
    """
    from sklearn.metrics import cohen_kappa_score

    truth = gold_sets(gold, split)
    units = sorted(truth)
    pred: dict[str, set[str]] = {u: set() for u in units}
    c = codings
    if coder is not None and "coder" in c.columns:
        c = c[c["coder"] == coder]
    for sid, code in zip(c["seg_id"].astype(str), c["code"].astype(str)):
        t = turn_of(sid)
        if t in pred:
            pred[t].add(code)
    if codes is None:
        found = set().union(*truth.values(), *pred.values()) if units else set()
        codes = sorted(found)
    codes = list(codes)
    rows = []
    all_y, all_p = [], []
    for code in codes:
        y = np.array([code in truth[u] for u in units], dtype=int)
        p = np.array([code in pred[u] for u in units], dtype=int)
        all_y.append(y)
        all_p.append(p)
        rows.append(_scores(code, y, p, cohen_kappa_score))
    table = pd.DataFrame(rows, columns=EVAL_COLUMNS)
    if codes:
        micro = _scores("micro", np.concatenate(all_y), np.concatenate(all_p), cohen_kappa_score)
        micro["n_units"] = len(units)
        macro = {"code": "macro", **{k: float(table[k].mean(skipna=True)) for k in ("precision", "recall", "f1",
                                                                                     "kappa")}}
        for k in ("support", "predicted", "tp", "fp", "fn"):
            macro[k] = int(table[k].sum())
        macro["n_units"] = len(units)
        table = pd.concat([table, pd.DataFrame([micro, macro], columns=EVAL_COLUMNS)], ignore_index=True)
    return table


def _scores(code: str, y: np.ndarray, p: np.ndarray, kappa_fn) -> dict:
    tp = int(((y == 1) & (p == 1)).sum())
    fp = int(((y == 0) & (p == 1)).sum())
    fn = int(((y == 1) & (p == 0)).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if len(y) and (len(set(y.tolist())) > 1 or len(set(p.tolist())) > 1):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kappa = float(kappa_fn(y, p))
    else:
        kappa = float("nan")
    return {"code": code, "precision": precision, "recall": recall, "f1": f1, "kappa": kappa,
            "support": int(y.sum()), "predicted": int(p.sum()), "tp": tp, "fp": fp, "fn": fn, "n_units": len(y)}


def read_gold(paths: Sequence[str | os.PathLike]) -> pd.DataFrame:
    """Concatenate gold unit files (one row per coded unit: seg_id, codes ';'-separated, split)."""

    frames = []
    issues = []
    for p in paths:
        df = read_table(p)
        if "seg_id" not in df.columns or "codes" not in df.columns:
            issues.append(Issue(str(p), 1, "gold file needs the columns seg_id and codes",
                                "one row per coded unit; codes separated by ';' (empty = no code)"))
            continue
        frames.append(df.assign(codes=df["codes"].fillna("")))
    if issues:
        raise InputError(issues)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["seg_id", "codes"])
