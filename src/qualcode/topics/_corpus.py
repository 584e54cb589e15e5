"""Turning a segments table into the token lists a topic model sees.

Shared by every topic-model backend so that gensim, scikit-learn and tomotopy fit the very same bag of words:
respondent rows only (by default), content tokens only (stopwords, punctuation, numbers and short tokens dropped),
then a vocabulary of terms that occur in at least ``min_df`` and at most ``max_df`` segments.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from qualcode.errors import InputError, Issue
from qualcode.model import SEGMENT_COLUMNS
from qualcode.segment import load_fillers, load_stopwords

#: Columns of a segments table that are not respondent attributes.
NON_ATTRIBUTE_COLUMNS = frozenset([*SEGMENT_COLUMNS, "unit", "line"])

#: Used when ``stopwords=None`` and qualcode.segment offers no default list: everyday function words and interview
#: fillers (single characters are dropped anyway by ``min_chars=2``).
FALLBACK_STOPWORDS = frozenset(
    """
    我们 你们 他们 她们 它们 咱们 人家 大家 自己 这个 那个 这些 那些 这样 那样 这么 那么 这种 那种 这里 那里 这儿 那儿
    什么 怎么 怎么样 为什么 哪个 哪些 哪里 多少 就是 就是说 然后 因为 所以 但是 可是 不过 如果 要是 还是 或者 而且 并且
    已经 可能 应该 可以 知道 觉得 认为 现在 时候 当时 后来 以后 以前 之前 之后 一个 一些 一点 一下 一直 一般 比较 其实
    反正 等等 之类 东西 事情 有些 有点 没有 不是 还有 也是 都是 就是 这是 那是 对吧 是吧 对对 是的 好像 感觉 的话 来说
    一样 还是 特别 非常 真的 确实 肯定 当然 所有 各种 每个 那边 这边 嗯嗯 哈哈 然后 另外 而且 比如 比如说 例如 关于 对于
    通过 进行 一起 这块 那块 方面 情况 问题 啊 吧 呢 吗 嘛 哦 嗯 呀 哎 的 了 是 在 和 与 也 都 就 还 又 很 太 不 没
    """.split()
)


def segments_issue(message: str, hint: str | None = None) -> InputError:
    """An :class:`InputError` about the segments table passed in (not a file, so the path is ``<segments>``)."""
    return InputError([Issue("<segments>", None, message, hint)])


def check_segments(segments: Any, *, need_tokens: bool = True) -> pd.DataFrame:
    """Check that ``segments`` is a segments table; raise one InputError listing every missing column."""
    if not isinstance(segments, pd.DataFrame):
        raise TypeError(
            f"segments must be a pandas DataFrame (the table Segmenter.segment returns), not {type(segments).__name__}"
        )
    needed = ["seg_id", "tokens"] if need_tokens else ["seg_id"]
    missing = [c for c in needed if c not in segments.columns]
    if missing:
        hint = "segment the corpus first: qualcode.Segmenter().segment(corpus)"
        raise InputError(
            [Issue("<segments>", None, f"missing column '{c}'", hint) for c in missing],
            summary="the segments table cannot be used",
        )
    return segments


def respondent_rows(segments: pd.DataFrame, include_interviewer: bool = False) -> pd.DataFrame:
    """Rows analysed by default: respondents' segments (interviewer rows dropped when ``speaker_kind`` says so)."""
    if include_interviewer or "speaker_kind" not in segments.columns:
        return segments
    return segments[segments["speaker_kind"].fillna("respondent") != "interviewer"]


def as_tokens(value: Any) -> list[str]:
    """A tokens cell as a list: lists stay lists, a space-joined string (CSV form) is split, missing is empty."""
    if isinstance(value, (list, tuple)):
        return [str(t) for t in value]
    if isinstance(value, str):
        return value.split()
    if value is None or (isinstance(value, float) and value != value):
        return []
    try:
        return [str(t) for t in value]
    except TypeError:
        return []


def resolve_stopwords(stopwords: Any) -> frozenset[str]:
    """The words a topic model never sees.

    ``None`` -> the segmenter's shipped stop words and spoken fillers (``qualcode.segment.load_stopwords`` and
    ``load_fillers``) plus a few interview fillers; a Segmenter -> its ``get_stopwords()``; ``False`` or ``()`` ->
    none; any other iterable of str -> that set."""
    if stopwords is None:
        return frozenset(load_stopwords()) | frozenset(load_fillers()) | FALLBACK_STOPWORDS
    if stopwords is False:
        return frozenset()
    if hasattr(stopwords, "get_stopwords"):
        return frozenset(str(w) for w in stopwords.get_stopwords())
    if isinstance(stopwords, str):
        raise TypeError("stopwords must be a set or list of words (or a Segmenter), not a single string")
    return frozenset(str(w).strip() for w in stopwords)


def is_content(token: str, stopwords: frozenset[str], min_chars: int) -> bool:
    """A token worth modelling: at least ``min_chars`` characters, one of them a letter (CJK counts), not a stopword."""
    token = token.strip()
    if len(token) < min_chars or token in stopwords:
        return False
    return any(unicodedata.category(ch).startswith("L") for ch in token)


def content_token_lists(
    token_lists: Iterable[Sequence[str]], stopwords: frozenset[str], min_chars: int
) -> list[list[str]]:
    verdict: dict[str, bool] = {}  # tokens repeat: each distinct one is judged once (a sweep's fits spent 2 s here)
    out = []
    for toks in token_lists:
        keep = []
        for t in toks:
            ok = verdict.get(t)
            if ok is None:
                ok = verdict[t] = is_content(t, stopwords, min_chars)
            if ok:
                keep.append(t.strip())
        out.append(keep)
    return out


def _df_bound(value: float | int, n_docs: int, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} == {value!r}, must be an int (number of segments) or a float in (0, 1]")
    if isinstance(value, float):
        if not 0.0 < value <= 1.0:
            raise ValueError(f"{name} == {value!r}, a float must be in (0, 1] (a share of segments)")
        return value * n_docs
    if value < 1:
        raise ValueError(f"{name} == {value!r}, an int must be >= 1 (a number of segments)")
    return float(value)


def build_vocabulary(docs: Sequence[Sequence[str]], min_df: float | int, max_df: float | int) -> list[str]:
    """Terms in at least ``min_df`` and at most ``max_df`` documents (int = count, float = share), sorted."""
    n = len(docs)
    low = _df_bound(min_df, n, "min_df")
    high = _df_bound(max_df, n, "max_df")
    df: dict[str, int] = {}
    for doc in docs:
        for term in set(doc):
            df[term] = df.get(term, 0) + 1
    return sorted(t for t, c in df.items() if low <= c <= high)


def attribute_columns(segments: pd.DataFrame) -> list[str]:
    """Respondent attribute columns of a segments table (everything that is not a core segment column)."""
    return [c for c in segments.columns if c not in NON_ATTRIBUTE_COLUMNS]
