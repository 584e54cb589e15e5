"""The topic step of a study: a sweep over k (cached), the final model (seeded with the codebook's themes), and its
tables. Used by :func:`qualcode.run_study`."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from qualcode import topics
from qualcode._cachedir import cache_root, prune_cache, touch
from qualcode._io import atomic_write
from qualcode._progress import step
from qualcode.coding import corpus_segmenter, dump_codebook
from qualcode.model import Codebook, Corpus
from qualcode.segment import Segmenter
from qualcode.topics._sweep import start_sweep_k

__all__ = ["TOPIC_MAX_SEGMENTS", "ResultCache", "TopicSweep", "start_topic_sweep", "study_topics", "topic_segments"]

#: Above this many respondent segments at the topic unit, :func:`qualcode.run_study` fits topics on a seeded random
#: sample of that many.
TOPIC_MAX_SEGMENTS = 1000

CACHE_VERSION = "1"


def content_hash(*parts: Any) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(json.dumps(part, sort_keys=True, default=str, ensure_ascii=False).encode())
    return h.hexdigest()[:24]


class ResultCache:
    """Pickled results keyed by content hash, in the ``study`` part of the shared, bounded cache folder
    (:mod:`qualcode._cachedir`; ``cache_dir=False`` turns it off)."""

    def __init__(self, cache_dir: str | os.PathLike | bool | None):
        self.base = None if cache_dir is False else cache_root(cache_dir)  # type: ignore[arg-type]
        self.root = None if self.base is None else self.base / "study"

    def peek(self, key: str) -> Any | None:
        """The cached value of ``key``, or None when there is none (or it is damaged, or the cache is off)."""
        if self.root is None:
            return None
        path = self.root / f"{key}.pkl"
        if path.is_file():
            try:
                with open(path, "rb") as fh:
                    value = pickle.load(fh)  # noqa: S301 - our own cache, written below
                touch(path)
                return value
            except Exception:  # a damaged cache entry is recomputed, never trusted
                pass
        return None

    def get_or_make(self, key: str, make: Callable[[], Any]) -> tuple[Any, bool]:
        if self.root is None or self.base is None:
            return make(), False
        value = self.peek(key)
        if value is not None:
            return value, True
        value = make()
        path = self.root / f"{key}.pkl"
        try:
            with atomic_write(path, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            prune_cache(self.base)
        except OSError:
            pass
        return value, False


def topic_segments(corpus: Corpus, codebook: Codebook, segments: pd.DataFrame | None, segmenter: Segmenter,
                   topic_unit: str, cap: int | None) -> tuple[pd.DataFrame | None, int]:
    """The segments topics are fitted on, and the number of respondent segments a sample was drawn from (0: no
    sample). With more than ``cap`` respondent segments at the topic unit, a seeded random sample of ``cap`` is
    taken; turns are sampled before they are segmented, so a large corpus is not segmented a second time.

    ``segmenter`` is the coding segmenter (the pipeline's, :func:`qualcode.coding.corpus_segmenter`) and
    ``segments`` its segments. When the topic unit differs from the coding unit the topic segments do not depend on
    them, and ``segments=None`` is allowed (the study then starts its topic sweep before coding); otherwise
    ``(None, 0)`` is returned until the segments are given."""
    unit = segmenter.unit
    if topic_unit != unit and any(getattr(d, "match_text", None) for d in corpus.documents):
        # (Simplified copies for matching travel with the corpus, not with a turns table: segment it all)
        segments, unit = corpus_segmenter(codebook, unit=topic_unit, segmenter=segmenter).segment(corpus), topic_unit
    if topic_unit == unit:
        if segments is None:
            return None, 0
        resp = segments.index[segments["speaker_kind"] == "respondent"]
        if cap is None or len(resp) <= cap:
            return segments, 0
        pick = np.sort(np.random.default_rng(0).choice(np.asarray(resp), size=cap, replace=False))
        return segments.loc[pick].reset_index(drop=True), len(resp)
    seg = corpus_segmenter(codebook, unit=topic_unit, segmenter=segmenter)
    turns = corpus.turns()
    resp = turns.index[turns["speaker_kind"] == "respondent"]
    if cap is None or len(resp) <= cap:
        return seg.segment(corpus), 0
    pick = np.sort(np.random.default_rng(0).choice(np.asarray(resp), size=cap, replace=False))
    return seg.segment(turns.loc[pick].reset_index(drop=True)), len(resp)


def _seed_terms(codebook: Codebook, codings: pd.DataFrame, k: int) -> dict[str, list[str]] | None:
    """The codebook's seed terms, the themes the auto-codes found most often first (ties: codebook order); the
    topic model seeds the first ``k`` of them."""
    seeds = topics.seeds_from_codebook(codebook)
    if not seeds:
        return None
    counts = codings["code"].value_counts()
    ranked = sorted(seeds, key=lambda c: (-int(counts.get(c, 0)), list(seeds).index(c)))
    return {c: seeds[c] for c in ranked[:k]}


class TopicSweep:
    """The topic sweep of a study, started early (:func:`start_topic_sweep`): from the cache, or fitted in worker
    processes while the study goes on with coding and themes; :meth:`result` waits for it."""

    def __init__(self, key: str, pending: Any | None, table: pd.DataFrame | None, cache: ResultCache):
        self.key, self._pending, self._table, self._cache = key, pending, table, cache

    def result(self) -> pd.DataFrame:
        if self._table is None:
            assert self._pending is not None
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                self._table, _hit = self._cache.get_or_make(f"sweep-{self.key}", self._pending.result)
        return self._table


def _topic_key(segments: pd.DataFrame, method: str, ks: Sequence[int], seeds: Sequence[int]) -> str:
    return content_hash(CACHE_VERSION, method, list(ks), list(seeds), segments["seg_id"].tolist(),
                        [" ".join(t) for t in segments["tokens"]])


def start_topic_sweep(segments: pd.DataFrame, *, ks: Sequence[int], seeds: Sequence[int], method: str,
                      cache: ResultCache, n_jobs: int = 1) -> TopicSweep:
    """Start the sweep over ``ks`` x ``seeds`` (:func:`qualcode.topics.sweep_k`) on the topic segments: reused from
    the cache when it is there, else its fits are started in ``n_jobs`` worker processes (-1: one per CPU) and run
    while the caller goes on (in this process they run when the result is asked for). The table is the same either
    way (every fit is seeded)."""
    key = _topic_key(segments, method, ks, seeds)
    step(f"topic sweep k={min(ks)}..{max(ks)} x {len(seeds)} seeds ({method})")
    table = cache.peek(f"sweep-{key}")
    if table is not None:
        step("topic sweep: reused from cache")
        return TopicSweep(key, None, table, cache)
    return TopicSweep(key, start_sweep_k(segments, ks=ks, seeds=seeds, method=method, n_jobs=n_jobs), None,
                      cache)


def study_topics(segments: pd.DataFrame, codebook: Codebook, codings: pd.DataFrame, *, by: str,
                 ks: Sequence[int], k: int | None, seeds: Sequence[int], method: str, seeded: bool, n_boot: int,
                 cache: ResultCache, n_jobs: int = 1, sweep: TopicSweep | None = None) -> dict[str, Any]:
    """The topic tables of a study: ``sweep`` (None when ``k`` is given), ``k``, ``terms``, ``labels``,
    ``prevalence`` (by ``by``, bootstrap over respondents), ``quotes`` and the fits' ``warnings``. ``sweep``: the
    sweep started earlier with :func:`start_topic_sweep` (else it is run here)."""
    key = sweep.key if sweep is not None else _topic_key(segments, method, ks, seeds)
    table = None
    if k is None:
        if sweep is None:
            sweep = start_topic_sweep(segments, ks=ks, seeds=seeds, method=method, cache=cache, n_jobs=n_jobs)
        table = sweep.result()
        k = int(topics.recommend_k(table))
    seed_terms = _seed_terms(codebook, codings, k) if seeded else None
    step(f"topic model k={k}" + (" seeded with the codebook's terms" if seed_terms else ""))

    def fit() -> dict[str, Any]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UserWarning)
            model = topics.TopicModel(n_topics=k, method=method, seed_terms=seed_terms,
                                      random_state=seeds[0]).fit(segments)
        return {"terms": model.top_terms(10), "labels": model.label_topics(codebook),
                "prevalence": topics.topics_by(model, by=by, n_boot=n_boot, random_state=0),
                "quotes": model.representative_quotes(2), "warnings": [str(w.message) for w in caught]}

    model_key = f"model-{key}-{k}-{content_hash(seed_terms, dump_codebook(codebook), by)}-{n_boot}"
    fitted, _hit = cache.get_or_make(model_key, fit)
    return {"sweep": table, "k": k, **fitted}
