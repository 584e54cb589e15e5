"""Quotes that show a theme, per group: the clearest coded segments, spread over respondents."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qualcode.analysis._common import code_labels, prepare

COLUMNS = ["code", "label", "group", "rank", "seg_id", "doc_id", "respondent_id", "role", "start", "end", "text",
           "evidence", "strength"]
_DETAIL = re.compile(r"\s*\([^()]*\)\s*$")


def evidence_strength(evidence: Any) -> tuple[int, int]:
    """``(distinct matched words, distinct rules)`` in an evidence string such as
    ``publicity_weak#r2: 宣传 + 不到位 (within 8) | publicity_weak#r1: 没人上门说过``; (0, 0) when there is none (a
    human coding)."""
    if not isinstance(evidence, str) or not evidence.strip():
        return 0, 0
    words: set[str] = set()
    rules: set[str] = set()
    for piece in evidence.split(" | "):
        piece = piece.strip()
        if not piece:
            continue
        tag, sep, rest = piece.partition(": ")
        if not sep:
            tag, rest = "", piece
        rules.add(tag)
        rest = _DETAIL.sub("", rest)
        words.update(w.strip() for w in rest.split(" + ") if w.strip())
    return len(words), len(rules)


def exemplars(codings: pd.DataFrame, segments: pd.DataFrame, code: str | Sequence[str] | None = None,
              by: str = "role", n: int = 3, codebook: Any = None, level: int | None = None,
              coder: str | None = None, min_chars: int = 8) -> pd.DataFrame:
    """Up to ``n`` quotes per theme and group, clearest first.

    Each quote is the coded segment (its text and offsets from ``segments``, so ``doc.text[start:end] == text``).
    Ranking: more distinct matched words in the evidence, then more distinct rules (see :func:`evidence_strength`),
    then shorter segments (focused on the theme), segments shorter than ``min_chars`` characters last; every
    respondent of the group gives one quote before anyone gives a second. ``code`` selects one code or a list;
    ``codebook``/``level`` roll codes up as in :func:`crosstab`; several coders need ``coder``.

    Returns ``code, label, group, rank, seg_id, doc_id, respondent_id, role, start, end, text, evidence,
    strength`` (``group`` is the value of ``by``; ``role`` is the respondent's role when the segments have one).
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n == {n!r}, must be an int >= 1")
    segs, cod, cb = prepare(codings, segments, by, codebook, level, coder)
    if code is not None:
        wanted = [code] if isinstance(code, str) else list(code)
        cod = cod[cod["code"].isin([str(c) for c in wanted])]
    labels = code_labels(cb)
    if "evidence" not in cod.columns:
        cod = cod.assign(evidence="")
    # one row per (code, segment), evidence of several codings joined
    # (a plain dict in order of first appearance: a pandas groupby with a Python function per group took minutes on
    # hundreds of thousands of codings)
    joined: dict[tuple[str, str], list] = {}
    for key in zip(cod["code"].tolist(), cod["_seg"].tolist(), cod["evidence"].tolist()):
        joined.setdefault(key[:2], []).append(key[2])
    cod = pd.DataFrame([(c, sg, " | ".join(dict.fromkeys(str(v) for v in evs if isinstance(v, str) and v)))
                        for (c, sg), evs in joined.items()], columns=["code", "_seg", "evidence"])
    info = segs.drop_duplicates("seg_id").assign(_seg=lambda d: d["seg_id"].astype(str))
    keep = [c for c in ("_seg", "seg_id", "doc_id", "respondent_id", "role", "start", "end", "text", "_group",
                        "_resp") if c in info.columns]
    quotes = cod.merge(info[keep], on="_seg", how="inner")
    evidence = quotes["evidence"].tolist()
    scored = {e: evidence_strength(e) for e in set(evidence)}  # evidence strings repeat: score each once
    quotes["strength"] = [scored[e][0] for e in evidence]
    quotes["_rules"] = [scored[e][1] for e in evidence]
    length = quotes["text"].astype(str).str.len() if "text" in quotes.columns else pd.Series(0, index=quotes.index)
    quotes["_len"] = length
    quotes["_short"] = length < min_chars
    quotes = quotes.sort_values(["strength", "_rules", "_short", "_len", "_seg"],
                                ascending=[False, False, True, True, True], kind="stable")
    quotes["_nth"] = quotes.groupby(["code", "_group", "_resp"], sort=False).cumcount()
    quotes = quotes.sort_values(["_nth", "strength", "_rules", "_short", "_len", "_seg"],
                                ascending=[True, False, False, True, True, True], kind="stable")
    quotes = quotes.groupby(["code", "_group"], sort=False).head(n)
    code_rank = {c: i for i, c in enumerate(cb.ids)} if cb is not None else {}
    quotes = quotes.assign(_code_order=[code_rank.get(c, len(code_rank)) for c in quotes["code"].tolist()])
    quotes = quotes.sort_values(["_code_order", "code", "_group", "_nth", "strength", "_rules", "_short", "_len"],
                                ascending=[True, True, True, True, False, False, True, True], kind="stable")
    quotes["rank"] = quotes.groupby(["code", "_group"], sort=False).cumcount() + 1
    quotes["group"] = quotes["_group"]
    quotes["label"] = [labels.get(c, "") for c in quotes["code"].tolist()]
    for col in COLUMNS:
        if col not in quotes.columns:
            quotes[col] = np.nan
    return quotes[COLUMNS].reset_index(drop=True)
