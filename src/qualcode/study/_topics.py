"""The topic step of a study: a sweep over k (cached), the final model (seeded with the codebook's themes), and its
tables. Used by :func:`qualcode.run_study`."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import warnings
from pathlib import Path
from typing import Any, Callable, Sequence

import pandas as pd

from qualcode import topics
from qualcode._io import atomic_write
from qualcode._progress import step
from qualcode.coding import dump_codebook
from qualcode.model import Codebook

__all__ = ["ResultCache", "study_topics"]

CACHE_VERSION = "1"


def content_hash(*parts: Any) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(json.dumps(part, sort_keys=True, default=str, ensure_ascii=False).encode())
    return h.hexdigest()[:24]


class ResultCache:
    """Pickled results keyed by content hash, in ``cache_dir/study`` (``cache_dir=False`` turns it off)."""

    def __init__(self, cache_dir: str | os.PathLike | bool | None):
        if cache_dir is False:
            self.root = None
            return
        base = Path(cache_dir) if cache_dir not in (None, True) else Path(
            os.environ.get("QUALCODE_CACHE_DIR") or Path.home() / ".cache" / "qualcode")
        self.root = base / "study"

    def get_or_make(self, key: str, make: Callable[[], Any]) -> tuple[Any, bool]:
        if self.root is None:
            return make(), False
        path = self.root / f"{key}.pkl"
        if path.is_file():
            try:
                with open(path, "rb") as fh:
                    return pickle.load(fh), True  # noqa: S301 - our own cache, written below
            except Exception:  # a damaged cache entry is recomputed, never trusted
                pass
        value = make()
        try:
            with atomic_write(path, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:
            pass
        return value, False


def _seed_terms(codebook: Codebook, codings: pd.DataFrame, k: int) -> dict[str, list[str]] | None:
    """The codebook's seed terms, the themes the auto-codes found most often first (ties: codebook order); the
    topic model seeds the first ``k`` of them."""
    seeds = topics.seeds_from_codebook(codebook)
    if not seeds:
        return None
    counts = codings["code"].value_counts()
    ranked = sorted(seeds, key=lambda c: (-int(counts.get(c, 0)), list(seeds).index(c)))
    return {c: seeds[c] for c in ranked[:k]}


def study_topics(segments: pd.DataFrame, codebook: Codebook, codings: pd.DataFrame, *, by: str,
                 ks: Sequence[int], k: int | None, seeds: Sequence[int], method: str, seeded: bool, n_boot: int,
                 cache: ResultCache) -> dict[str, Any]:
    """The topic tables of a study: ``sweep`` (None when ``k`` is given), ``k``, ``terms``, ``labels``,
    ``prevalence`` (by ``by``, bootstrap over respondents), ``quotes`` and the fits' ``warnings``."""
    key = content_hash(CACHE_VERSION, method, list(ks), list(seeds), segments["seg_id"].tolist(),
                       [" ".join(t) for t in segments["tokens"]])
    sweep = None
    if k is None:
        step(f"topic sweep k={min(ks)}..{max(ks)} x {len(seeds)} seeds ({method})")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            sweep, hit = cache.get_or_make(
                f"sweep-{key}", lambda: topics.sweep_k(segments, ks=ks, seeds=seeds, method=method))
        if hit:
            step("topic sweep: reused from cache")
        k = int(topics.recommend_k(sweep))
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
    return {"sweep": sweep, "k": k, **fitted}
