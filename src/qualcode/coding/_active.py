"""Active learning: which units a coder should decide next so that each decision teaches the coder most.

:func:`review_priority` ranks units from a :class:`~qualcode.coding.HybridCoder`'s probabilities: least sure
first (the smallest distance of any code's probability from the threshold), and units where the rules and the
learned model disagree (a rule fired and the model says no, or the model says yes and no rule fired) before
others with the same margin. :func:`active_order` wraps it as an ordering for a review queue
(``order(candidates, codings) -> scores``, lowest first; the review app's pluggable order), and
:func:`next_batch` picks the next units to review (``strategy="uncertainty"`` or ``"random"``).

An ordering that puts likely errors first makes review efficient and its results biased: estimate precision,
recall and kappa (and certify codes) on a random stratified sample (:func:`qualcode.validation.sample_for_review`),
not on the units an active-learning queue chose.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pandas as pd

from qualcode.coding._units import unit_keys

__all__ = ["PRIORITY_COLUMNS", "active_order", "next_batch", "review_priority"]

#: Columns of :func:`review_priority`.
PRIORITY_COLUMNS = ["rank", "seg_id", "score", "margin", "least_sure", "disagreement"]
_STRATEGIES = ("uncertainty", "random")


def review_priority(proba: pd.DataFrame, *, threshold: float = 0.5, disagreement_bonus: float = 0.25,
                    seed: int = 0) -> pd.DataFrame:
    """Units in review order from :meth:`HybridCoder.predict_proba` (``seg_id, code, probability``, and
    ``rule_prior``/``model`` for the disagreement). ``score = margin - disagreement_bonus * (any disagreement)``,
    lowest first; ties are broken at random (``seed``). Returns :data:`PRIORITY_COLUMNS`: ``margin`` (smallest
    ``|p - threshold|``), ``least_sure`` (that code), ``disagreement`` (codes where rules and model disagree,
    ``;``-joined)."""
    need = [c for c in ("seg_id", "code", "probability") if c not in proba.columns]
    if need:
        raise ValueError(f"proba lacks column(s) {', '.join(need)}; pass HybridCoder.predict_proba(segments).")
    p = proba.assign(_margin=(proba["probability"].astype(float) - threshold).abs())
    if {"rule_prior", "model"} <= set(p.columns):
        fired = p["rule_prior"].astype(float) > 0.5
        says = p["model"].astype(float) >= threshold
        p["_dis"] = p["model"].notna() & (fired != says)
    else:
        p["_dis"] = False
    idx = p.groupby("seg_id", sort=False)["_margin"].idxmin()
    out = pd.DataFrame({"seg_id": idx.index, "margin": p.loc[idx.to_numpy(), "_margin"].to_numpy(),
                        "least_sure": p.loc[idx.to_numpy(), "code"].to_numpy()})
    dis = p[p["_dis"]].groupby("seg_id", sort=False)["code"].agg(";".join)
    out["disagreement"] = out["seg_id"].map(dis).fillna("")
    out["score"] = out["margin"] - disagreement_bonus * (out["disagreement"] != "")
    tie = np.random.default_rng(seed).random(len(out))
    out = out.assign(_tie=tie).sort_values(["score", "_tie"], kind="stable").drop(columns="_tie")
    out.insert(0, "rank", np.arange(1, len(out) + 1))
    return out[PRIORITY_COLUMNS].reset_index(drop=True)


def next_batch(coder: Any, segments: pd.DataFrame, n: int, *, exclude: Iterable[str] = (),
               strategy: str = "uncertainty", seed: int = 0) -> list[str]:
    """The ``n`` units of ``segments`` to review next (unit seg_ids), leaving out ``exclude`` (units already
    decided): least sure first (:func:`review_priority`) or at random."""
    if strategy not in _STRATEGIES:
        raise ValueError(f"strategy == {strategy!r}, must be one of {', '.join(_STRATEGIES)}.")
    if n < 0:
        raise ValueError(f"n == {n}, must be >= 0.")
    done = set(map(str, exclude))
    if strategy == "random":
        ids = [u for u in coder.units(segments)["seg_id"].astype(str) if u not in done]
        rng = np.random.default_rng(seed)
        return [ids[i] for i in rng.permutation(len(ids))[:n]]
    order = review_priority(coder.predict_proba(segments), threshold=coder.threshold, seed=seed)
    return [u for u in order["seg_id"].astype(str) if u not in done][:n]


def active_order(coder: Any, segments: pd.DataFrame, *, seed: int = 0
                 ) -> Callable[[pd.DataFrame, pd.DataFrame], np.ndarray]:
    """An ordering for a review queue: ``order(candidates, codings)`` returns one score per candidate row (lowest
    first) from the fitted ``coder``'s :func:`review_priority` over ``segments``; a candidate segment takes its
    unit's score (a sentence its turn's), candidates outside ``segments`` come last."""
    scores = review_priority(coder.predict_proba(segments), threshold=coder.threshold, seed=seed)
    rank = dict(zip(scores["seg_id"].astype(str), scores["rank"].astype(float)))
    keys = unit_keys(segments, coder.unit)

    def order(candidates: pd.DataFrame, codings: pd.DataFrame | None = None) -> np.ndarray:
        ids = candidates["seg_id"].astype(str)
        return np.array([rank.get(keys.get(s, s), np.inf) for s in ids], dtype=float)

    return order
