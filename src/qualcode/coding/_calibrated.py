"""A calibrated linear classifier that is quick to retrain: cross-validated Platt scaling of a LinearSVC.

The same scheme as scikit-learn's ``CalibratedClassifierCV(LinearSVC(), method="sigmoid", cv=k)`` (ensemble: for
each fold a model fitted on the other folds and a sigmoid fitted on this fold's decision values; probabilities are the
mean over folds), with the sigmoid fitted by Platt's Newton method on two parameters (Platt 1999, with the target
smoothing and the safeguards of Lin, Lin and Weng 2007) instead of a general optimiser: the part that dominated the
time of retraining the hybrid coder.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["PlattSVC", "platt"]


def platt(f: np.ndarray, y: np.ndarray, max_iter: int = 100) -> tuple[float, float]:
    """``(A, B)`` with ``P(y=1 | f) = 1 / (1 + exp(A f + B))``, fitted to decision values ``f`` and labels ``y``."""
    f = np.asarray(f, dtype=float)
    n_pos = float(np.sum(y == 1))
    n_neg = float(len(y) - n_pos)
    t = np.where(y == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    a, b = 0.0, float(np.log((n_neg + 1) / (n_pos + 1)))
    sigma, eps = 1e-12, 1e-5

    def loss(a: float, b: float) -> float:
        z = f * a + b
        return float(np.sum(np.where(z >= 0, t * z + np.log1p(np.exp(-z)), (t - 1) * z + np.log1p(np.exp(z)))))

    value = loss(a, b)
    for _ in range(max_iter):
        z = f * a + b
        p = np.where(z >= 0, np.exp(-z) / (1 + np.exp(-z)), 1 / (1 + np.exp(z)))
        q = 1 - p
        d2 = p * q
        h11 = sigma + np.sum(f * f * d2)
        h22 = sigma + np.sum(d2)
        h21 = np.sum(f * d2)
        d1 = t - p
        g1, g2 = np.sum(f * d1), np.sum(d1)
        if abs(g1) < eps and abs(g2) < eps:
            break
        det = h11 * h22 - h21 * h21
        da = -(h22 * g1 - h21 * g2) / det
        db = -(-h21 * g1 + h11 * g2) / det
        gd = g1 * da + g2 * db
        step = 1.0
        while step >= 1e-10:
            na, nb = a + step * da, b + step * db
            new = loss(na, nb)
            if new < value + 1e-4 * step * gd:
                a, b, value = na, nb, new
                break
            step /= 2
        else:
            break
    return a, b


class PlattSVC:
    """LinearSVC members with Platt-scaled outputs, one per cross-validation fold (see the module docstring).

    ``coef_`` is the members' mean coefficient vector (to explain a decision). Fitted by :meth:`fit`."""

    def __init__(self, C: float = 0.5, class_weight: Any = None, cv: int = 3, random_state: int = 0):
        self.C = C
        self.class_weight = class_weight
        self.cv = cv
        self.random_state = random_state

    def fit(self, X, y) -> PlattSVC:
        from sklearn.model_selection import StratifiedKFold
        from sklearn.svm import LinearSVC

        y = np.asarray(y)
        self.members_ = []
        folds = StratifiedKFold(self.cv, shuffle=True, random_state=self.random_state)
        for train, test in folds.split(np.zeros(len(y)), y):
            svc = LinearSVC(C=self.C, class_weight=self.class_weight, random_state=self.random_state).fit(
                X[train], y[train])
            a, b = platt(svc.decision_function(X[test]), y[test])
            self.members_.append((svc, a, b))
        self.coef_ = np.mean([np.asarray(m[0].coef_).ravel() for m in self.members_], axis=0)[None, :]
        self.classes_ = np.array([0, 1])
        return self

    def predict_proba(self, X) -> np.ndarray:
        p = np.zeros(X.shape[0])
        for svc, a, b in self.members_:
            p += 1 / (1 + np.exp(np.clip(svc.decision_function(X) * a + b, -500, 500)))
        p /= len(self.members_)
        return np.column_stack([1 - p, p])
