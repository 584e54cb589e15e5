"""The codings table of the hybrid coder, with evidence that explains every code: the rules and words that fired,
the n-grams that weighed most in the learned model for this unit, and the most similar training unit with the code.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qualcode.model import CODING_COLUMNS, SEGMENT_COLUMNS

__all__ = ["coding_rows", "linear_weights"]


def linear_weights(est: Any) -> np.ndarray | None:
    """The coefficient vector of a fitted logistic regression, or the mean over a calibrated one's folds."""
    if est is None:
        return None
    if hasattr(est, "coef_"):
        return np.asarray(est.coef_).ravel()
    inner = getattr(est, "calibrated_classifiers_", None)
    if inner:
        return np.mean([np.asarray(c.estimator.coef_).ravel() for c in inner], axis=0)
    return None


def _top_features(row, weights: np.ndarray, names: np.ndarray, n: int = 3) -> list[str]:
    """The ``n`` features that pushed this unit's score up most (value x weight), words before characters."""
    idx, vals = row.indices, row.data
    if not len(idx):
        return []
    contrib = vals * weights[idx]
    order = np.argsort(-contrib)
    out = []
    for k in order:
        if contrib[k] <= 0:
            break
        name = str(names[idx[k]])
        if name.startswith(("role=", "n=", "vec", "fired=", "rule=", "sup=")) or len(name) < 2:
            continue
        out.append(f"{name} +{contrib[k]:.2f}")
        if len(out) >= n:
            break
    return out


def _nearest(coder: Any, Xn, i: int, code: str) -> str:
    train = getattr(coder, "_train_X", None)
    if train is None or Xn is None:
        return ""
    pos = coder._train_y.get(code)
    if pos is None or not pos.any():
        return ""
    sims = (train[pos] @ Xn[i].T).toarray().ravel()
    if not len(sims) or sims.max() <= 0:
        return ""
    j = int(np.argmax(sims))
    return f"like {coder._train_ids[pos][j]} ({sims[j]:.2f})"


def coding_rows(coder: Any, units: pd.DataFrame, ev: Any, X, proba: np.ndarray, threshold: float,
                explain: bool = True) -> pd.DataFrame:
    """One row per (unit, code) with probability >= ``threshold``, most probable code first within a unit."""
    from sklearn.preprocessing import normalize

    from qualcode.coding._hybrid import HYBRID_CODER

    attr_cols = [c for c in units.columns if (c not in SEGMENT_COLUMNS or c == "respondent_id")
                 and c not in CODING_COLUMNS and c != "question"]
    cols = [*CODING_COLUMNS, "confidence", *attr_cols]
    if not len(units):
        return pd.DataFrame(columns=cols)
    names = coder._feature_names() if explain and X is not None else None
    weights = {c: linear_weights(coder.models_[c]) for c in coder.classes_} if names is not None else {}
    Xn = normalize(X[:, coder._text_columns()]) if explain and X is not None and coder.text else None
    rows = []
    recs = units.to_dict("records")
    for i, rec in enumerate(recs):
        u = str(rec["seg_id"])
        for j in np.argsort(-proba[i], kind="stable"):
            p = float(proba[i, j])
            if p < threshold:
                break
            code = coder.classes_[j]
            parts = [f"p={p:.2f}"]
            rule_ev = ev.evidence.get(u, {}).get(code, "")
            if rule_ev:
                parts.append(f"rules: {rule_ev}")
            w = weights.get(code) if explain else None
            if w is not None and names is not None:
                top = _top_features(X[i], w, names)
                if top:
                    parts.append("words: " + ", ".join(top))
                near = _nearest(coder, Xn, i, code)
                if near:
                    parts.append(near)
            rules = tuple(r.split("#", 1)[1] for r in dict.fromkeys(ev.rules.get(u, [])) if r.startswith(code + "#"))
            rows.append({"seg_id": u, "doc_id": rec["doc_id"], "turn": rec["turn"], "sentence": rec["sentence"],
                         "start": rec["start"], "end": rec["end"], "code": code, "coder": HYBRID_CODER,
                         "evidence": " | ".join(parts), "rules": rules,
                         "terms": tuple(ev.terms.get(u, {}).get(code, ())),
                         "spans": tuple(ev.spans.get(u, {}).get(code, ())), "confidence": p,
                         **{c: rec.get(c) for c in attr_cols}})
    out = pd.DataFrame(rows, columns=cols)
    for col in ("turn", "sentence", "start", "end"):
        out[col] = out[col].astype("int64")
    return out
