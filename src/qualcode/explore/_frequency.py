"""Word frequency and document frequency over respondent segments, overall or by a respondent attribute."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qualcode.explore._common import (check_positive, content_tokens, group_values, respondent_attributes,
                                      respondent_rows, stopword_set)
from qualcode.segment import Segmenter

__all__ = ["FREQUENCY_COLUMNS", "token_table", "word_frequency"]

#: Columns of :func:`word_frequency` (after the ``by`` column when one is given).
FREQUENCY_COLUMNS = ["word", "count", "per_10k", "segments", "respondents", "rank"]


def token_table(segments: pd.DataFrame, by: str | None = None, *, stopwords: Any = None,
                segmenter: Segmenter | None = None, min_chars: int = 1, speakers: str = "respondent") -> pd.DataFrame:
    """One row per content token of the respondent segments: ``row`` (segment position), ``respondent_id``,
    ``word`` and the ``by`` column. Stop words, fillers and numbers are left out as in :meth:`Segmenter.content_tokens`.
    """
    segs = respondent_rows(segments, speakers=speakers)
    stop = stopword_set(stopwords, segmenter)
    toks = content_tokens(segs["tokens"], stop, min_chars)
    lengths = np.fromiter(map(len, toks), np.int64, len(toks))
    rows = np.repeat(np.arange(len(segs)), lengths)
    flat = [t for ts in toks for t in ts]
    out = pd.DataFrame({"row": rows, "respondent_id": segs["respondent_id"].astype(str).to_numpy()[rows],
                        "word": pd.Series(flat, dtype=object)})
    groups = group_values(segs, by)
    if groups is not None and by != "respondent_id":
        out[by] = groups.to_numpy()[rows]
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
    ``top`` words of each group. Sorted by group, then count (descending) and word.
    """
    check_positive("min_count", min_count)
    if top is not None:
        check_positive("top", top)
    toks = token_table(segments, by, stopwords=stopwords, segmenter=segmenter, min_chars=min_chars, speakers=speakers)
    keys = [by] if by is not None else []
    grp = toks.groupby([*keys, "word"], sort=False)
    out = grp.agg(count=("row", "size"), segments=("row", "nunique"), respondents=("respondent_id", "nunique"))
    out = out.reset_index()
    totals = toks.groupby(keys, sort=False).size() if keys else pd.Series({None: len(toks)})
    denom = out[by].map(totals) if keys else len(toks)
    out["per_10k"] = 10_000 * out["count"] / denom if len(toks) else np.nan
    out = out[out["count"] >= min_count]
    out = out.sort_values([*keys, "count", "word"], ascending=[*([True] * len(keys)), False, True], kind="stable")
    out["rank"] = (out.groupby(keys, sort=False)["count"] if keys else out["count"]).rank(
        method="min", ascending=False).astype(int)
    if top is not None:
        out = out[out["rank"] <= top] if not keys else out.groupby(keys, sort=False).head(top)
    out = out[[*keys, *FREQUENCY_COLUMNS]].reset_index(drop=True)
    if by == "respondent_id":
        out = out.merge(respondent_attributes(respondent_rows(segments, speakers=speakers)), on="respondent_id",
                        how="left")
    return out
