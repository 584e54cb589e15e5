"""Precision, recall, F1 and Cohen's kappa of a binary decision, through scikit-learn, with one convention.

Every score in qualcode (codings against a gold coding, a machine coder against human coders, learned coders in
cross-validation) comes from :func:`binary_scores`, so they agree: a ratio whose denominator is zero is undefined
and reported as NaN (precision of a code never predicted; recall of a code never in the gold; F1 of a code neither
predicted nor in the gold); averages over codes (macro) leave undefined values out, as scikit-learn does with
``zero_division=np.nan``. Kappa is NaN when both coders give one constant answer.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
from sklearn.metrics import cohen_kappa_score, precision_recall_fscore_support

__all__ = ["SCORE_COLUMNS", "binary_scores", "macro_average"]

#: The keys of :func:`binary_scores`.
SCORE_COLUMNS = ["precision", "recall", "f1", "kappa", "support", "predicted", "tp", "fp", "fn"]


def binary_scores(y_true: Sequence[int] | np.ndarray, y_pred: Sequence[int] | np.ndarray,
                  sample_weight: Sequence[float] | np.ndarray | None = None) -> dict[str, float]:
    """Scores of predictions ``y_pred`` against ``y_true`` (0/1 per unit), optionally weighted per unit.

    Counts (``support`` = true positives + false negatives, ``predicted``, ``tp``, ``fp``, ``fn``) are ints without
    weights and weighted sums with them."""
    y = np.asarray(y_true, dtype=int)
    p = np.asarray(y_pred, dtype=int)
    w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    tp, fp, fn = (float(w[(y == a) & (p == b)].sum()) for a, b in ((1, 1), (0, 1), (1, 0)))
    if len(y):
        precision, recall, f1, _ = precision_recall_fscore_support(
            y, p, average="binary", pos_label=1, zero_division=np.nan, sample_weight=sample_weight)
    else:
        precision = recall = f1 = np.nan
    kappa = np.nan
    if len(y) and (len(set(y.tolist())) > 1 or len(set(p.tolist())) > 1):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kappa = float(cohen_kappa_score(y, p, sample_weight=sample_weight))
    count = int if sample_weight is None else float
    return {"precision": float(precision), "recall": float(recall), "f1": float(f1), "kappa": kappa,
            "support": count(tp + fn), "predicted": count(tp + fp), "tp": count(tp), "fp": count(fp),
            "fn": count(fn)}


def macro_average(rows: Sequence[dict], keys: Sequence[str] = ("precision", "recall", "f1", "kappa")
                  ) -> dict[str, float]:
    """The unweighted mean over codes of each score, undefined (NaN) values left out."""
    out = {}
    for key in keys:
        vals = np.array([r[key] for r in rows], dtype=float)
        out[key] = float(np.nanmean(vals)) if np.isfinite(vals).any() else float("nan")
    return out
