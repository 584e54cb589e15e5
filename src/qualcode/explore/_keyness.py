"""Keyness: which words a group uses more (or less) than the rest of the respondents, or than general Chinese."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
import pandas as pd

from qualcode.analysis._association import holm
from qualcode.explore._common import check_positive, stopword_set
from qualcode.explore._frequency import Encoded, encode_tokens, group_word_counts, word_respondents
from qualcode.segment import Segmenter

__all__ = ["KEYNESS_COLUMNS", "keyness", "log_likelihood", "reference_frequencies"]

KEYNESS_COLUMNS = ["word", "count", "count_ref", "per_10k", "per_10k_ref", "g2", "p_value", "p_adjusted",
                   "log_ratio", "direction", "respondents"]
REFERENCES = ("rest", "general")


def log_likelihood(a, b, c, d) -> np.ndarray:
    """Dunning's log-likelihood G2 for a word used ``a`` times in a corpus of ``c`` tokens and ``b`` times in a
    reference of ``d`` tokens (Rayson & Garside 2000): ``2 * (a ln(a/E1) + b ln(b/E2))``, ``E1 = c (a+b)/(c+d)``,
    ``E2 = d (a+b)/(c+d)``; a zero count contributes 0."""
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(a / e1), 0.0)
        t2 = np.where(b > 0, b * np.log(b / e2), 0.0)
    return 2 * (t1 + t2)


@functools.lru_cache(maxsize=1)
def _jieba_dictionary() -> pd.Series:
    from pathlib import Path

    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    freqs: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                freqs[parts[0]] = freqs.get(parts[0], 0) + int(parts[1])
    words = sorted(freqs)  # a word listed twice counts once, with its frequencies added; sorted as groupby sorts
    return pd.Series([freqs[w] for w in words], index=words, dtype=np.int64)


def reference_frequencies(stopwords: Any = None, segmenter: Segmenter | None = None) -> pd.Series:
    """Word frequencies of general Chinese, available offline: the frequency column of jieba's own dictionary
    (``jieba/dict.txt``, 349k words, shipped with jieba under the MIT licence; counts from the corpora jieba's
    authors trained on, mainly news and web text), without stop words and fillers."""
    freq = _jieba_dictionary()
    stop = stopword_set(stopwords, segmenter)
    return freq[~freq.index.isin(stop)]


def keyness(segments: pd.DataFrame, by: str = "role", *, reference: Any = "rest", stopwords: Any = None,
            segmenter: Segmenter | None = None, min_count: int = 5, min_respondents: int = 2, p: float = 0.05,
            adjust: str = "bh", top: int | None = None, speakers: str = "respondent") -> pd.DataFrame:
    """Key words of each group of ``by``: words a group uses more (``direction == "+"``) or less (``"-"``) than the
    reference, with log-likelihood G2 and the log ratio effect size.

    ``reference``: ``"rest"`` (every other respondent of the corpus; the default), ``"general"`` (general Chinese:
    :func:`reference_frequencies`, jieba's dictionary frequencies) or a Series of word counts (index: words). Counts
    are of content tokens as in :func:`word_frequency`.

    For each group and word: ``count`` and ``count_ref`` (occurrences in the group and in the reference),
    ``per_10k``/``per_10k_ref``, ``g2`` (:func:`log_likelihood`, 1 degree of freedom), ``p_value`` (chi-square
    with 1 df), ``p_adjusted`` (over the words of the group; ``adjust``: ``"bh"`` Benjamini-Hochberg, ``"holm"`` or
    ``"none"``), ``log_ratio`` (Hardie 2014: ``log2((a/c) / (b/d))``, a zero count replaced by 0.5; +1 means twice as
    frequent) and ``respondents`` (respondents of the group using it). Frequency floors, applied before the
    p-value adjustment: against ``"rest"`` every word the corpus uses ``min_count`` times is tested for every group
    (so a group's under-used words, even unused ones, appear with ``"-"``); against a general reference the group
    must use it ``min_count`` times. The side that uses the word more must count at least ``min_respondents``
    respondents (one talkative interviewee does not make a key word). Rows with ``p_adjusted < p`` are kept.
    Sorted by group, direction
    (+ first), then G2. ``top`` keeps the first ``top`` rows of each group and direction.
    """
    check_positive("min_count", min_count)
    check_positive("min_respondents", min_respondents)
    if adjust not in ("bh", "holm", "none"):
        raise ValueError(f"adjust == {adjust!r}, must be 'bh', 'holm' or 'none'")
    if not 0 < p <= 1:
        raise ValueError(f"p == {p!r}, must be in (0, 1]")
    enc = encode_tokens(segments, stopwords=stopwords, segmenter=segmenter, speakers=speakers)
    return keyness_of(enc, *group_word_counts(enc, by), by, reference=reference, stopwords=stopwords,
                      segmenter=segmenter, min_count=min_count, min_respondents=min_respondents, p=p, adjust=adjust,
                      top=top)


def keyness_of(enc: Encoded, table: pd.DataFrame, totals: pd.Series, by: str, *, reference: Any = "rest",
               stopwords: Any = None, segmenter: Segmenter | None = None, min_count: int = 5,
               min_respondents: int = 2, p: float = 0.05, adjust: str = "bh", top: int | None = None) -> pd.DataFrame:
    """:func:`keyness` of encoded tokens and their :func:`group_word_counts` (``table`` is not changed), for
    callers that count them once for several tables; the arguments are :func:`keyness`'s, already checked."""
    key = by
    n_tokens = float(len(enc.word))
    if isinstance(reference, str):
        if reference not in REFERENCES:
            raise ValueError(f"reference == {reference!r}, must be 'rest', 'general' or a Series of word counts")
        general = reference_frequencies(stopwords, segmenter) if reference == "general" else None
    elif isinstance(reference, pd.Series):
        general = reference.astype(float)
    else:
        raise ValueError(f"reference is a {type(reference).__name__}: give 'rest', 'general' or a Series of counts")
    if general is None:  # the whole corpus (every group together), counted once
        corpus_counts = pd.Series(np.bincount(enc.word, minlength=len(enc.vocab)), index=enc.vocab)
        corpus_resp = pd.Series(word_respondents(enc), index=enc.vocab)
    parts = []
    for group in totals.index:
        sub = table[table[key] == group].set_index("word")
        c = float(totals[group])
        if general is None:  # every word of the corpus used min_count times; a group may not use it at all
            words = corpus_counts.index[corpus_counts >= min_count]
            sub = sub.reindex(words).fillna({"count": 0, "respondents": 0}).assign(**{key: group})
            b = corpus_counts.reindex(words).to_numpy(dtype=float) - sub["count"].to_numpy(dtype=float)
            d = n_tokens - c
            rest_resp = corpus_resp.reindex(words).to_numpy() - sub["respondents"].to_numpy()
        else:
            sub = sub[sub["count"] >= min_count]
            b = general.reindex(sub.index).fillna(0).to_numpy(dtype=float)
            d = float(general.sum())
            rest_resp = np.full(len(sub), min_respondents)
        a = sub["count"].to_numpy(dtype=float)
        # floors (before the p-value adjustment): the side that uses the word more must be several respondents
        more = a / c >= b / d
        ok = np.where(more, sub["respondents"].to_numpy() >= min_respondents, rest_resp >= min_respondents)
        sub = sub[ok].reset_index().rename(columns={"index": "word"})
        parts.append(_score(sub, a[ok], b[ok], c, d, adjust))
    cols = [key, *KEYNESS_COLUMNS]
    if not parts:
        return pd.DataFrame(columns=cols)
    out = pd.concat(parts, ignore_index=True)
    out = out.astype({"count": np.int64, "respondents": np.int64})
    out = out[out["p_adjusted"] < p].sort_values([key, "direction", "g2"], ascending=[True, True, False], kind="stable")
    if top is not None:
        out = out.groupby([key, "direction"], sort=False).head(check_positive("top", top))
    return out[cols].reset_index(drop=True)


def _adjust(p: np.ndarray, method: str) -> np.ndarray:
    """Benjamini-Hochberg (step-up, false discovery rate), Holm, or none."""
    if method == "none" or not len(p):
        return p
    if method == "holm":
        return holm(p)
    order = np.argsort(p, kind="stable")
    ranked = p[order] * len(p) / np.arange(1, len(p) + 1)
    out = np.empty(len(p))
    out[order] = np.minimum(1.0, np.minimum.accumulate(ranked[::-1])[::-1])
    return out


def _score(sub: pd.DataFrame, a, b, c: float, d: float, adjust: str) -> pd.DataFrame:
    from scipy.special import chdtrc  # chi-square survival function (scipy.stats takes seconds to import)

    out = sub.copy()
    out["count_ref"] = b
    out["per_10k"] = 10_000 * a / c
    out["per_10k_ref"] = 10_000 * b / d if d else np.nan
    g2 = log_likelihood(a, b, c, d)
    out["g2"] = g2
    out["p_value"] = chdtrc(1, g2)
    out["p_adjusted"] = _adjust(out["p_value"].to_numpy(), adjust)
    out["log_ratio"] = np.log2((np.where(a > 0, a, 0.5) / c) / (np.where(b > 0, b, 0.5) / d))
    out["direction"] = np.where(a / c >= (b / d if d else 0), "+", "-")
    return out
