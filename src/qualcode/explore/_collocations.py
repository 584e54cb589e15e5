"""Collocations: word pairs (within a window or a segment) and n-grams, ranked by PMI, log-likelihood and t-score."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qualcode.explore._common import check_positive, group_values, unique
from qualcode.explore._frequency import encode_tokens
from qualcode.segment import Segmenter

__all__ = ["COLLOCATION_COLUMNS", "collocations", "contingency_scores"]

COLLOCATION_COLUMNS = ["count", "count_a", "count_b", "expected", "pmi", "log_likelihood", "t_score", "segments"]
MEASURES = ("pmi", "log_likelihood", "t_score", "count")
#: (pair, segment) are packed into one int64 below this bound.
PACKED_LIMIT = 2 ** 62


def contingency_scores(o11, r1, c1, n) -> dict[str, np.ndarray]:
    """PMI, log-likelihood G2 and t-score of a 2x2 table with ``o11`` joint observations, margins ``r1``/``c1`` and
    ``n`` observations in all (Church & Hanks 1990; Dunning 1993; Church et al. 1991; Evert 2008):
    ``E11 = r1 c1 / n``, ``pmi = log2(O11 / E11)``, ``t = (O11 - E11) / sqrt(O11)``,
    ``G2 = 2 sum O ln(O/E)`` over the four cells, given a minus sign when ``O11 < E11``."""
    o11, r1, c1 = (np.asarray(x, dtype=float) for x in (o11, r1, c1))
    n = float(n)
    o12, o21 = r1 - o11, c1 - o11
    o22 = n - r1 - c1 + o11
    c2, r2 = n - c1, n - r1
    obs = [o11, o12, o21, o22]
    exp = [r1 * c1 / n, r1 * c2 / n, r2 * c1 / n, r2 * c2 / n]
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2 * sum(np.where(o > 0, o * np.log(o / e), 0.0) for o, e in zip(obs, exp))
        g2 = np.where(o11 < exp[0], -g2, g2)  # signed: negative when the pair is rarer than chance
        pmi = np.log2(o11 / exp[0])
        t = (o11 - exp[0]) / np.sqrt(o11)
    return {"expected": exp[0], "pmi": pmi, "log_likelihood": g2, "t_score": t}


def _window_pairs(ids, seg, window: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(first, second, segment) of every ordered pair of tokens of one segment at distance 1..window."""
    firsts, seconds, segs = [], [], []
    for k in range(1, window + 1):
        if len(ids) <= k:
            break
        same = seg[:-k] == seg[k:]
        firsts.append(ids[:-k][same])
        seconds.append(ids[k:][same])
        segs.append(seg[:-k][same])
    if not firsts:
        return (np.empty(0, np.int64),) * 3
    return np.concatenate(firsts), np.concatenate(seconds), np.concatenate(segs)


def _segment_pairs(ids, seg) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(a, b, segment) for every unordered pair of distinct words in one segment, a < b by id, once per segment."""
    frame = pd.DataFrame({"s": seg, "w": ids}).drop_duplicates()
    m = frame.merge(frame, on="s")
    m = m[m["w_x"] < m["w_y"]]
    return m["w_x"].to_numpy(), m["w_y"].to_numpy(), m["s"].to_numpy()


def _window_packed(ids, seg, window: int, v: int, n_seg: int) -> np.ndarray:
    """:func:`_window_pairs` packed as ``(first * v + second) * n_seg + segment``, one integer per pair (no
    separate first, second and segment arrays: a tenth of the memory traffic at 10 M characters)."""
    parts = []
    for k in range(1, window + 1):
        if len(ids) <= k:
            break
        same = seg[:-k] == seg[k:]
        parts.append(((ids[:-k] * v + ids[k:]) * n_seg + seg[:-k])[same])
    return np.concatenate(parts) if parts else np.empty(0, np.int64)


def _window_counts(ids, seg, window: int, v: int, min_count: int):
    """Window pairs counted from one sort of the packed (pair, segment) integers: the pairs seen at least
    ``min_count`` times (sorted keys ``first * v + second``), their counts and segments, the first and second word
    margins (every pair), and the number of pairs."""
    n_seg = int(seg.max()) + 1 if len(seg) else 1
    if v * v * n_seg >= PACKED_LIMIT:  # the packed integer would overflow: pairs and segments apart
        a, b, s = _window_pairs(ids, seg, window)
        uniq, count, segments = _pair_counts(a * v + b, s, min_count)
        return uniq, count, segments, np.bincount(a, minlength=v), np.bincount(b, minlength=v), len(a)
    packed = np.sort(_window_packed(ids, seg, window, v, n_seg))
    if not len(packed):
        empty = np.zeros(0, np.int64)
        return empty, empty, empty, np.zeros(v, np.int64), np.zeros(v, np.int64), 0
    pair = packed // n_seg
    first = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])  # first element of each pair's run
    count = np.diff(np.r_[first, len(pair)])
    new_seg = np.r_[1, (packed[1:] != packed[:-1]).astype(np.int64)]  # a (pair, segment) not seen before
    segments = np.add.reduceat(new_seg, first)
    uniq = pair[first]
    firsts = np.bincount(uniq // v, weights=count, minlength=v).astype(np.int64)
    seconds = np.bincount(uniq % v, weights=count, minlength=v).astype(np.int64)
    often = count >= min_count
    return uniq[often], count[often], segments[often], firsts, seconds, len(packed)


def _pair_counts(key: np.ndarray, s: np.ndarray, min_count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct pair keys seen at least ``min_count`` times (sorted), their counts, and the number of distinct
    segments ``s`` each is seen in: one sort of (pair, segment) packed into one integer, read off in runs."""
    if not len(key):
        return key, np.zeros(0, np.int64), np.zeros(0, np.int64)
    n_seg = int(s.max()) + 1
    labels = None
    if (int(key.max()) + 1) * n_seg >= PACKED_LIMIT:  # the packed integer would overflow: number the pairs first
        labels, key = np.unique(key, return_inverse=True)
        key = key.astype(np.int64)
    packed = np.sort(key * n_seg + s)
    pair = packed // n_seg
    first = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])  # first element of each pair's run
    count = np.diff(np.r_[first, len(pair)])
    new_seg = np.r_[1, (packed[1:] != packed[:-1]).astype(np.int64)]  # a (pair, segment) not seen before
    segments = np.add.reduceat(new_seg, first)
    often = count >= min_count
    uniq = pair[first[often]]
    return (uniq if labels is None else labels[uniq]), count[often], segments[often]


def _pairs_table(ids, seg, vocab, window: Any, min_count: int = 1) -> pd.DataFrame:
    if window == "sentence" or window == "segment":
        a, b, s = _segment_pairs(ids, seg)
        n_seg = len(unique(seg)) if len(seg) else 0
        per_seg = pd.DataFrame({"s": seg, "w": ids}).drop_duplicates()["w"].value_counts()
        key = pd.DataFrame({"a": a, "b": b})
        grp = key.assign(s=s).groupby(["a", "b"], sort=False)
        out = grp.size().rename("count").reset_index()
        r1 = per_seg.reindex(out["a"]).to_numpy()
        c1 = per_seg.reindex(out["b"]).to_numpy()
        scores = contingency_scores(out["count"], r1, c1, n_seg)
        out["count_a"], out["count_b"], out["segments"] = r1, c1, out["count"]
    else:
        v = max(len(vocab), 1)
        uniq, count, segments, firsts, seconds, n_pairs = _window_counts(ids, seg, window, v, min_count)
        out = pd.DataFrame({"a": uniq // v, "b": uniq % v, "count": count, "segments": segments})
        r1 = firsts[out["a"].to_numpy()]
        c1 = seconds[out["b"].to_numpy()]
        scores = contingency_scores(out["count"], r1, c1, n_pairs)
        out["count_a"], out["count_b"] = r1, c1
    for name, values in scores.items():
        out[name] = values
    out.insert(0, "word_b", vocab[out["b"].to_numpy()] if len(out) else [])
    out.insert(0, "word_a", vocab[out["a"].to_numpy()] if len(out) else [])
    return out[["word_a", "word_b", *COLLOCATION_COLUMNS]]


def _ngram_table(ids, seg, vocab, n: int) -> pd.DataFrame:
    """Contiguous n-grams (within a segment) with n-way PMI ``log2(P(w1..wn) / prod P(wi))`` and t-score."""
    total = len(ids)
    if total < n:
        return pd.DataFrame(columns=[*(f"word_{i + 1}" for i in range(n)), "count", "expected", "pmi", "t_score",
                                     "segments"])
    cols = [ids[i:total - n + 1 + i] for i in range(n)]
    same = np.ones(total - n + 1, dtype=bool)
    for i in range(1, n):
        same &= seg[i:total - n + 1 + i] == seg[:total - n + 1]
    frame = pd.DataFrame({f"w{i}": c[same] for i, c in enumerate(cols)})
    frame["s"] = seg[:total - n + 1][same]
    out = frame.groupby([f"w{i}" for i in range(n)], sort=False).agg(
        count=("s", "size"), segments=("s", "nunique")).reset_index()
    unigram = np.bincount(ids, minlength=len(vocab)).astype(float) / total
    n_grams = float(len(frame))
    expected = np.full(len(out), n_grams)
    for i in range(n):
        expected *= unigram[out[f"w{i}"].to_numpy()]
    out["expected"] = expected
    with np.errstate(divide="ignore"):
        out["pmi"] = np.log2(out["count"] / expected)
    out["t_score"] = (out["count"] - expected) / np.sqrt(out["count"])
    for i in range(n):
        out[f"word_{i + 1}"] = vocab[out[f"w{i}"].to_numpy()]
    return out[[*(f"word_{i + 1}" for i in range(n)), "count", "expected", "pmi", "t_score", "segments"]]


def collocations(segments: pd.DataFrame, *, window: int | str = 5, n: int = 2, by: str | None = None,
                 node: str | None = None, min_count: int = 3, sort: str = "log_likelihood", stopwords: Any = None,
                 segmenter: Segmenter | None = None, top: int | None = None,
                 speakers: str = "respondent") -> pd.DataFrame:
    """Word pairs that occur together more than chance, over the content tokens of the respondent segments.

    ``n=2`` (pairs): ``window=k`` counts ordered pairs ``(word_a, word_b)`` with ``word_b`` 1..k content tokens after
    ``word_a`` in the same segment (every such pair is one observation); ``window="sentence"`` counts segments
    containing both words (unordered, once per segment; use sentence segments for "within a sentence"). Each pair
    gets a 2x2 table (this pair / first word with another / second word after another / neither) and
    :func:`contingency_scores`: ``pmi``, ``log_likelihood`` (G2) and ``t_score``, with ``count``, ``count_a``,
    ``count_b`` (the margins), ``expected`` and ``segments`` (segments holding the pair). ``node`` keeps the pairs of
    one word (either side).

    ``n >= 3``: contiguous n-grams of content tokens within a segment (``word_1 .. word_n``), with ``count``,
    n-way ``pmi`` = ``log2(P(w1..wn) / (P(w1)..P(wn)))`` and ``t_score``.

    Pairs seen fewer than ``min_count`` times are left out (PMI overrates rare pairs). Sorted by ``sort`` (one of
    pmi, log_likelihood, t_score, count; descending), per ``by`` group when given; ``top`` keeps the first rows.
    """
    check_positive("min_count", min_count)
    check_positive("n", n, 2)
    if n == 2 and window not in ("sentence", "segment"):
        check_positive("window", window)
    if sort not in MEASURES:
        raise ValueError(f"sort == {sort!r}, must be one of {', '.join(MEASURES)}")
    if n > 2 and sort == "log_likelihood":
        sort = "t_score"
    enc = encode_tokens(segments, stopwords=stopwords, segmenter=segmenter, speakers=speakers)
    groups = group_values(enc.segs, by)
    garr = groups.to_numpy() if groups is not None else np.empty(0, dtype=object)
    parts = []
    for g in ([None] if groups is None else list(dict.fromkeys(groups))):
        mask = slice(None) if g is None else (garr == g)[enc.row]
        ids, seg, vocab = enc.word[mask], enc.row[mask], enc.vocab
        table = _pairs_table(ids, seg, vocab, window, min_count) if n == 2 else _ngram_table(ids, seg, vocab, n)
        table = table[table["count"] >= min_count]
        if node is not None:
            word_cols = [c for c in table.columns if c.startswith("word_")]
            table = table[(table[word_cols] == node).any(axis=1)]
        table = table.sort_values([sort, "count"], ascending=False, kind="stable")
        if top is not None:
            table = table.head(check_positive("top", top))
        if g is not None:
            table.insert(0, by, g)
        parts.append(table)
    return pd.concat(parts, ignore_index=True)
