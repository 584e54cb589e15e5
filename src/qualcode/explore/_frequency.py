"""Word frequency and document frequency over respondent segments, overall or by a respondent attribute.

Tokens are encoded once as integer codes into a vocabulary (stop words, fillers, numbers and short tokens are
dropped by vocabulary entry, not token by token), so counting a 10-million-character corpus is a few numpy calls.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from qualcode.explore._common import (
    check_positive,
    group_values,
    respondent_attributes,
    respondent_rows,
    stopword_set,
    unique,
)
from qualcode.segment import Segmenter

__all__ = ["FREQUENCY_COLUMNS", "Encoded", "encode_tokens", "group_word_counts", "word_frequency", "word_respondents"]

#: (group, word) keys are counted in an array (np.bincount) up to this many, or this many per token; beyond, by sort.
ARRAY_KEYS, ARRAY_KEYS_PER_TOKEN = 1 << 20, 4

#: Columns of :func:`word_frequency` (after the ``by`` column when one is given).
FREQUENCY_COLUMNS = ["word", "count", "per_10k", "segments", "respondents", "rank"]


@dataclass(frozen=True)
class Encoded:
    """The content tokens of the respondent segments ``segs``: ``word`` (codes into ``vocab``) and ``row`` (the
    segment of each token, a position in ``segs``), in reading order."""

    segs: pd.DataFrame
    word: np.ndarray
    row: np.ndarray
    vocab: np.ndarray


def encode_tokens(segments: pd.DataFrame, *, stopwords: Any = None, segmenter: Segmenter | None = None,
                  min_chars: int = 1, speakers: str = "respondent") -> Encoded:
    """The content tokens of the respondent segments, encoded (see :class:`Encoded`). Stop words, fillers and numbers
    are left out as in :meth:`Segmenter.content_tokens`."""
    segs = respondent_rows(segments, speakers=speakers)
    token_lists = segs["tokens"].tolist()
    lengths = np.fromiter(map(len, token_lists), np.int64, len(token_lists))
    flat = np.fromiter(itertools.chain.from_iterable(token_lists), dtype=object, count=int(lengths.sum()))
    codes, vocab = pd.factorize(flat, sort=False)
    vocab = np.asarray(vocab, dtype=object)
    stop = stopword_set(stopwords, segmenter)
    keep_word = np.fromiter((len(w) >= min_chars and w not in stop and not w.isdigit() for w in vocab), bool,
                            len(vocab))
    rows = np.repeat(np.arange(len(segs)), lengths)
    keep = keep_word[codes] if len(codes) else np.zeros(0, bool)
    # the kept vocabulary entries renumbered in order (what np.unique(..., return_inverse=True) gives, without a sort)
    new_id = np.cumsum(keep_word) - 1
    return Encoded(segs, new_id[codes[keep]].astype(np.int64), rows[keep], vocab[keep_word])


def _codes(values: pd.Series | None, n: int) -> tuple[np.ndarray, np.ndarray]:
    if values is None:
        return np.zeros(n, np.int64), np.array([None], dtype=object)
    codes, labels = pd.factorize(values, sort=False)
    return codes.astype(np.int64), np.asarray(labels, dtype=object)


def group_word_counts(enc: Encoded, by: str | None) -> tuple[pd.DataFrame, pd.Series]:
    """Per (group, word): ``count``, ``segments``, ``respondents``; and the content tokens of each group.

    The group column is named ``by`` (``_group`` when ``by`` is None)."""
    n_words = max(len(enc.vocab), 1)
    g_row, g_labels = _codes(group_values(enc.segs, by), len(enc.segs))
    r_row, _ = _codes(enc.segs["respondent_id"].astype(str), len(enc.segs))
    g = g_row[enc.row]
    n_keys = len(g_labels) * n_words
    key = g * n_words + enc.word
    seg_key = unique(enc.row * n_words + enc.word)  # (segment, word) once each
    seg_groups = g_row[seg_key // n_words] * n_words + seg_key % n_words
    n_resp = int(r_row.max()) + 1 if len(r_row) else 1
    resp_key = unique((g * n_resp + r_row[enc.row]) * n_words + enc.word)  # (group, respondent, word) once each
    resp_groups = (resp_key // n_words // n_resp) * n_words + resp_key % n_words
    if n_keys <= max(ARRAY_KEYS_PER_TOKEN * len(key), ARRAY_KEYS):  # few enough (group, word) keys for an array
        tally = np.bincount(key, minlength=n_keys)
        uniq = np.flatnonzero(tally)
        count = tally[uniq]
        segments = np.bincount(seg_groups, minlength=n_keys)[uniq]
        respondents = np.bincount(resp_groups, minlength=n_keys)[uniq]
    else:
        uniq, count = np.unique(key, return_counts=True)
        segments, respondents = _count_in(uniq, seg_groups), _count_in(uniq, resp_groups)
    col = by or "_group"
    out = pd.DataFrame({col: g_labels[uniq // n_words], "word": enc.vocab[uniq % n_words], "count": count,
                        "segments": segments, "respondents": respondents})
    totals = pd.Series(np.bincount(g, minlength=len(g_labels)), index=g_labels)
    return out, totals


def word_respondents(enc: Encoded) -> np.ndarray:
    """Per vocabulary entry: the respondents using it."""
    r_row, _ = _codes(enc.segs["respondent_id"].astype(str), len(enc.segs))
    n_words = max(len(enc.vocab), 1)
    return np.bincount(unique(r_row[enc.row] * n_words + enc.word) % n_words, minlength=len(enc.vocab))


def _count_in(keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """How often each of the sorted unique ``keys`` occurs in ``values`` (a subset of keys, with repeats)."""
    v, c = np.unique(values, return_counts=True)
    out = np.zeros(len(keys), np.int64)
    out[np.searchsorted(keys, v)] = c
    return out


def word_frequency(segments: pd.DataFrame, by: str | None = None, *, stopwords: Any = None,
                   segmenter: Segmenter | None = None, min_count: int = 1, min_chars: int = 1, top: int | None = None,
                   speakers: str = "respondent") -> pd.DataFrame:
    """How often each word is used, and by how many segments and respondents.

    Counts the content tokens of the respondent segments (stop words, spoken fillers and numbers removed as in
    :meth:`~qualcode.Segmenter.content_tokens`; ``segmenter=`` uses that segmenter's lists, ``stopwords=`` another
    list, ``False`` none). With ``by`` (a respondent attribute such as ``role``, or ``respondent_id``) the counts are
    per group and ``per_10k`` is relative to the group's own number of content tokens.

    Returns one row per (group,) word: the ``by`` column, ``word``, ``count`` (occurrences), ``per_10k``
    (occurrences per 10,000 content tokens), ``segments`` (segments using it), ``respondents`` (document frequency:
    respondents using it), ``rank`` (1 = most frequent, ties share the lowest rank); with ``by="respondent_id"`` the
    respondent attributes follow. Words used fewer than ``min_count`` times are left out; ``top`` keeps the first
    ``top`` words of each group. Sorted by group (in order of appearance), then count (descending) and word.
    """
    check_positive("min_count", min_count)
    if top is not None:
        check_positive("top", top)
    enc = encode_tokens(segments, stopwords=stopwords, segmenter=segmenter, min_chars=min_chars, speakers=speakers)
    return frequency_of(enc, *group_word_counts(enc, by), by, min_count=min_count, top=top)


def frequency_of(enc: Encoded, table: pd.DataFrame, totals: pd.Series, by: str | None, *, min_count: int = 1,
                 top: int | None = None) -> pd.DataFrame:
    """:func:`word_frequency` of encoded tokens and their :func:`group_word_counts` (``table`` is not changed), for
    callers that count them once for several tables."""
    col = by or "_group"
    out = table.assign(per_10k=10_000 * table["count"] / table[col].map(totals).to_numpy(dtype=float))
    out = out[out["count"] >= min_count]
    order = {g: i for i, g in enumerate(totals.index)}
    out = out.assign(_o=out[col].map(order)).sort_values(["_o", "count", "word"], ascending=[True, False, True],
                                                         kind="stable")
    out["rank"] = out.groupby("_o", sort=False)["count"].rank(method="min", ascending=False).astype(int)
    if top is not None:
        out = out[out.groupby("_o", sort=False).cumcount() < top]
    keys = [by] if by is not None else []
    out = out[[*keys, *FREQUENCY_COLUMNS]].reset_index(drop=True)
    if by == "respondent_id":
        out = out.merge(respondent_attributes(enc.segs), on="respondent_id", how="left")
    return out
