"""Choosing the number of topics: coherence and stability across random seeds for a range of k."""

from __future__ import annotations

import itertools
import warnings
from typing import Any, Iterable, Sequence

import numpy as np
import pandas as pd

from .._progress import progress
from ..errors import InputError
from ._model import MEASURES, TopicModel


def topic_stability(term_sets: Sequence[Sequence[set[str]]]) -> float:
    """Mean best-match Jaccard similarity of top-term sets between every pair of runs.

    For each pair of runs, topics are matched one to one (Hungarian assignment maximising Jaccard), and the matched
    similarities are averaged; the result is the mean over pairs (1 = every run found the same topics). NaN with
    fewer than two runs."""
    from scipy.optimize import linear_sum_assignment

    scores = []
    for a, b in itertools.combinations(term_sets, 2):
        sim = np.array([[len(x & y) / len(x | y) if (x | y) else 0.0 for y in b] for x in a])
        r, c = linear_sum_assignment(-sim)
        scores.append(float(sim[r, c].mean()))
    return float(np.mean(scores)) if scores else float("nan")


def sweep_k(segments: pd.DataFrame, ks: Iterable[int] = range(4, 13), seeds: Sequence[int] = (0, 1, 2),
            method: str = "lda", measures: Sequence[str] = MEASURES, topn: int = 10, **params: Any) -> pd.DataFrame:
    """Fit a model for every ``k`` in ``ks`` and every random seed, and score them.

    Returns one row per k: ``k``, one column per coherence measure (mean over seeds; see
    :meth:`TopicModel.coherence`), ``stability`` (:func:`topic_stability` of the top ``topn`` terms across seeds),
    ``n_segments``, ``n_terms``, ``empty_topics`` (mean number of topics that are the main topic of no segment) and
    ``note`` (why a k could not be fitted, else empty). Other keyword arguments go to
    :class:`TopicModel`. Warnings from the individual fits are shown once each.
    """
    ks = sorted({int(k) for k in ks})
    if not ks:
        raise ValueError("ks is empty; pass e.g. range(4, 13)")
    seeds = list(seeds)
    if not seeds:
        raise ValueError("seeds is empty; pass e.g. (0, 1, 2)")
    rows = []
    seen: dict[str, type] = {}
    jobs = [(k, s) for k in ks for s in seeds]
    results: dict[int, list] = {k: [] for k in ks}
    notes: dict[int, str] = {}
    for k, seed in progress(jobs, desc="topics k sweep", total=len(jobs), unit="fit"):
        if k in notes:
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                model = TopicModel(n_topics=k, method=method, random_state=seed, **params).fit(segments)
                coh = model.coherence(measures=measures, topn=topn)
            except InputError as exc:
                notes[k] = "; ".join(i.message for i in exc.issues)
                continue
        for w in caught:
            if "main topic of no segment" not in str(w.message):  # counted in the table instead
                seen.setdefault(str(w.message), w.category)
        terms = [set(t) for t in model._topic_term_lists(topn)]
        results[k].append((dict(zip(coh["measure"], coh["coherence"])), terms, len(model.tokens_),
                           len(model.vocabulary_), len(model.empty_topics_)))
    for message, category in seen.items():
        warnings.warn(message, category, stacklevel=2)
    for k in ks:
        runs = results[k]
        row: dict[str, Any] = {"k": k}
        for m in measures:
            row[m] = float(np.mean([r[0][m] for r in runs])) if runs else float("nan")
        row["stability"] = topic_stability([r[1] for r in runs]) if runs else float("nan")
        row["n_segments"] = runs[0][2] if runs else 0
        row["n_terms"] = runs[0][3] if runs else 0
        row["empty_topics"] = float(np.mean([r[4] for r in runs])) if runs else float("nan")
        row["note"] = notes.get(k, "")
        rows.append(row)
    return pd.DataFrame(rows, columns=["k", *measures, "stability", "n_segments", "n_terms", "empty_topics",
                                       "note"])


def recommend_k(table: pd.DataFrame, measure: str | None = None, tolerance: float = 0.05) -> int:
    """The number of topics to use, from a :func:`sweep_k` table.

    Rule: coherence (``measure``, default ``c_v``, else the first measure present) and ``stability`` are each
    min-max scaled over the ks that were fitted; a k's score is their mean (coherence alone when stability is
    missing, e.g. with one seed). The recommended k is the *smallest* k whose score is within ``tolerance`` of the
    best score: among near-equal models, fewer and broader topics are easier to read and to check against the
    codebook. Raises ValueError when no k was fitted.
    """
    if measure is None:
        measure = next((m for m in ("c_v", *MEASURES) if m in table.columns), None)
    if measure is None or measure not in table.columns:
        raise ValueError(f"measure == {measure!r} is not a column of the table ({', '.join(map(str, table.columns))})")
    ok = table[table[measure].notna()].sort_values("k")
    if ok.empty:
        notes = "; ".join(str(n) for n in table.get("note", []) if n)
        raise ValueError(f"no k could be fitted{': ' + notes if notes else ''}")

    def scaled(col: pd.Series) -> pd.Series:
        lo, hi = col.min(), col.max()
        return pd.Series(1.0, index=col.index) if hi - lo <= 1e-12 else (col - lo) / (hi - lo)

    parts = [scaled(ok[measure])]
    if "stability" in ok.columns and ok["stability"].notna().all():
        parts.append(scaled(ok["stability"]))
    score = sum(parts) / len(parts)
    best = score.max()
    return int(ok.loc[score >= best - tolerance, "k"].min())
