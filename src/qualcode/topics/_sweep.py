"""Choosing the number of topics: coherence and stability across random seeds for a range of k."""

from __future__ import annotations

import functools
import itertools
import multiprocessing as mp
import os
import warnings
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import numpy as np
import pandas as pd

from qualcode._progress import progress
from qualcode.errors import InputError
from qualcode.topics._model import MEASURES, TopicModel


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


def _fit_one(segments: pd.DataFrame, method: str, measures: Sequence[str], topn: int, subsample: float,
             params: dict, job: tuple[int, int]) -> tuple[Any, str | None, list[tuple[str, type]]]:
    """One fit of the sweep: ``(scores, None, warnings)`` or ``(None, note, warnings)`` when k cannot be fitted."""
    k, seed = job
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            data = segments
            if subsample < 1:
                data = segments.sample(frac=subsample, random_state=seed).sort_index()
            model = TopicModel(n_topics=k, method=method, random_state=seed, **params).fit(data)
            coh = model.coherence(measures=measures, topn=topn)
        except InputError as exc:
            return None, "; ".join(i.message for i in exc.issues), []
    terms = [set(t) for t in model._topic_term_lists(topn)]
    out = (dict(zip(coh["measure"], coh["coherence"])), terms, len(model.tokens_), len(model.vocabulary_),
           len(model.empty_topics_))
    return out, None, [(str(w.message), w.category) for w in caught]


_SWEEP_FIT = None  # the fit function of a sweep, in worker processes (forked, so it is not pickled)


def _call_fit(job: tuple[int, int]):
    assert _SWEEP_FIT is not None
    return _SWEEP_FIT(job)


def _map(fit, jobs: list, n_jobs: int) -> Iterable:
    """``fit`` over ``jobs`` in order, in this process (lazily, as the results are read) or in ``n_jobs`` forked
    worker processes, which start at once (same results: every fit is seeded)."""
    if n_jobs == -1:
        n_jobs = os.cpu_count() or 1
    if n_jobs <= 1 or len(jobs) < 2 or "fork" not in mp.get_all_start_methods():
        return map(fit, jobs)
    global _SWEEP_FIT
    _SWEEP_FIT = fit
    pool = ProcessPoolExecutor(max_workers=min(n_jobs, len(jobs)), mp_context=mp.get_context("fork"))
    try:
        running = pool.map(_call_fit, jobs)  # submits every fit now; the workers are forked with _SWEEP_FIT set
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise

    def results():
        try:
            yield from running
        finally:
            pool.shutdown(cancel_futures=True)

    return results()


class PendingSweep:
    """A :func:`sweep_k` whose fits have been started (:func:`start_sweep_k`); :meth:`result` waits for them and
    returns the table. With worker processes the fits run while the caller does other work."""

    def __init__(self, ks: list[int], measures: Sequence[str], jobs: list, running: Iterable):
        self._ks, self._measures, self._jobs, self._running = ks, measures, jobs, running
        self._table: pd.DataFrame | None = None

    def result(self) -> pd.DataFrame:
        if self._table is None:
            self._table = _sweep_table(self._ks, self._measures, self._jobs,
                                       progress(self._running, desc="topics k sweep", total=len(self._jobs),
                                                unit="fit"))
        return self._table


def start_sweep_k(segments: pd.DataFrame, ks: Iterable[int] = range(4, 13), seeds: Sequence[int] = (0, 1, 2),
                  method: str = "lda", measures: Sequence[str] = MEASURES, topn: int = 10,
                  subsample: float | None = None, n_jobs: int = 1, **params: Any) -> PendingSweep:
    """Start :func:`sweep_k` (same arguments) and return at once: with ``n_jobs`` worker processes the fits run in
    the background until :meth:`PendingSweep.result` is called; in this process they run then."""
    ks = sorted({int(k) for k in ks})
    if not ks:
        raise ValueError("ks is empty; pass e.g. range(4, 13)")
    seeds = list(seeds)
    if not seeds:
        raise ValueError("seeds is empty; pass e.g. (0, 1, 2)")
    if subsample is None:
        subsample = 0.8 if method == "nmf" else 1.0
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or (n_jobs < 1 and n_jobs != -1):
        raise ValueError(f"n_jobs == {n_jobs!r}, must be an int >= 1, or -1 for one process per CPU")
    if not 0 < subsample <= 1:
        raise ValueError(f"subsample == {subsample!r}, must be in (0, 1]")
    jobs = [(k, s) for k in ks for s in seeds]
    fit_one = functools.partial(_fit_one, segments, method, measures, topn, subsample, params)
    return PendingSweep(ks, measures, jobs, _map(fit_one, jobs, n_jobs))


def sweep_k(segments: pd.DataFrame, ks: Iterable[int] = range(4, 13), seeds: Sequence[int] = (0, 1, 2),
            method: str = "lda", measures: Sequence[str] = MEASURES, topn: int = 10, subsample: float | None = None,
            n_jobs: int = 1, **params: Any) -> pd.DataFrame:
    """Fit a model for every ``k`` in ``ks`` and every random seed, and score them.

    Each run uses ``random_state=seed`` and, when ``subsample < 1``, a random share ``subsample`` of the segments
    drawn with that seed (Greene et al. 2014, "How many topics? Stability analysis for topic models"). The default
    ``subsample=None`` means 1.0 (all segments) for the stochastic methods and 0.8 for ``"nmf"``, whose NNDSVD start
    does not depend on the seed: without subsampling its stability would always be 1.

    Returns one row per k: ``k``, one column per coherence measure (mean over seeds; see
    :meth:`TopicModel.coherence`), ``stability`` (:func:`topic_stability` of the top ``topn`` terms across seeds),
    ``n_segments``, ``n_terms``, ``empty_topics`` (mean number of topics that are the main topic of no segment) and
    ``note`` (why a k could not be fitted, else empty). Other keyword arguments go to
    :class:`TopicModel`. Warnings from the individual fits are shown once each. ``n_jobs`` fits in that many
    worker processes (-1: one per CPU); every fit is seeded, so the table is the same.
    """
    return start_sweep_k(segments, ks, seeds, method, measures, topn, subsample, n_jobs, **params).result()


def _sweep_table(ks: list[int], measures: Sequence[str], jobs: list, running: Iterable) -> pd.DataFrame:
    """The sweep table from the fits' results (in the order of ``jobs``); their warnings are shown once each."""
    rows = []
    seen: dict[str, type] = {}
    results: dict[int, list] = {k: [] for k in ks}
    notes: dict[int, str] = {}
    for (k, _seed), (out, note, caught) in zip(jobs, running):
        if k in notes:
            continue
        if note is not None:
            notes[k] = note
            continue
        for message, category in caught:
            if "main topic of no segment" not in message:  # counted in the table instead
                seen.setdefault(message, category)
        results[k].append(out)
    for message, category in seen.items():
        warnings.warn(message, category, stacklevel=4)
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


def recommend_k(table: pd.DataFrame, measures: Sequence[str] | None = None, tolerance: float = 0.02) -> int:
    """The number of topics to use, from a :func:`sweep_k` table.

    Rule: each of ``measures`` (default: ``c_v`` and ``c_npmi`` when present; ``u_mass`` is left out because it
    falls with k almost regardless of quality) and ``stability`` is min-max scaled over the ks that were fitted; a
    k's score is the mean of the scaled columns (stability is skipped when missing, e.g. with a single seed). The
    recommended k is the *smallest* k whose score is within ``tolerance`` of the best score: among practically tied
    models, fewer and broader topics are easier to read and to check against the codebook. Raises ValueError when no
    k was fitted. The score is a guide, not a verdict: read the top terms of the neighbouring ks too.
    """
    if measures is None:
        measures = [m for m in ("c_v", "c_npmi") if m in table.columns]
        if not measures:
            measures = [m for m in MEASURES if m in table.columns]
    missing = [m for m in measures if m not in table.columns]
    if not measures or missing:
        raise ValueError(f"measures == {list(measures)!r}: not columns of the table "
                         f"({', '.join(map(str, table.columns))})")
    ok = table[table[list(measures)].notna().all(axis=1)].sort_values("k")
    if ok.empty:
        notes = "; ".join(str(n) for n in table.get("note", []) if n)
        raise ValueError(f"no k could be fitted{': ' + notes if notes else ''}")

    def scaled(col: pd.Series) -> pd.Series:
        lo, hi = col.min(), col.max()
        return pd.Series(1.0, index=col.index) if hi - lo <= 1e-12 else (col - lo) / (hi - lo)

    parts = [scaled(ok[m]) for m in measures]
    if "stability" in ok.columns and ok["stability"].notna().all():
        parts.append(scaled(ok["stability"]))
    score = sum(parts[1:], parts[0]) / len(parts)
    best = score.max()
    return int(ok.loc[score >= best - tolerance, "k"].min())
