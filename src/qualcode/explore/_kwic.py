"""Keyword in context: every occurrence of a word, a regular expression or a code, with its context, aligned.

Each line links back to its source: ``doc_id, turn, sentence, seg_id`` and ``start``/``end`` offsets of the match
into ``Document.text``. The context comes from the match's turn (the respondent segments of the turn, put back at
their offsets), so a window can run past a sentence end but never into another speaker's turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qualcode.analysis._common import check_columns, table_issue
from qualcode.explore._common import attribute_columns, check_positive, group_array, records, respondent_rows

__all__ = ["KWIC_COLUMNS", "format_kwic", "kwic", "kwic_html", "token_offsets"]

KWIC_COLUMNS = ["doc_id", "turn", "sentence", "seg_id", "start", "end", "left", "match", "right", "spans"]
MODES = ("word", "chars", "regex")


def token_offsets(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Offsets of ``tokens`` in ``text`` (tokens are substrings in order, as the segmenter cuts them); a token not
    found (e.g. a Simplified token of a Traditional text) gets ``(-1, -1)``."""
    out, pos = [], 0
    for tok in tokens:
        i = text.find(tok, pos)
        if i < 0:
            out.append((-1, -1))
            continue
        out.append((i, i + len(tok)))
        pos = i + len(tok)
    return out


def _turn_texts(segs: pd.DataFrame, rows: Sequence[int]) -> dict[tuple[str, int], tuple[int, str]]:
    """(doc_id, turn) -> (start offset, text of the turn rebuilt from its segments; gaps filled with spaces), for the
    turns of the given segment rows only."""
    docs = segs["doc_id"].astype(str).to_numpy()
    turns = segs["turn"].to_numpy()
    wanted = {(docs[i], int(turns[i])) for i in rows}
    if not wanted:
        return {}
    keys = pd.MultiIndex.from_arrays([docs, turns.astype(np.int64)])
    pick = np.flatnonzero(keys.isin(list(wanted)))
    starts, ends, texts = segs["start"].to_numpy(), segs["end"].to_numpy(), segs["text"]
    parts: dict[tuple[str, int], list[int]] = {}
    for i in pick.tolist():
        parts.setdefault((docs[i], int(turns[i])), []).append(i)
    out: dict[tuple[str, int], tuple[int, str]] = {}
    for key, idx in parts.items():
        lo = int(starts[idx].min())
        buf = [" "] * (int(ends[idx].max()) - lo)
        for i in idx:
            s = int(starts[i]) - lo
            t = str(texts.iat[i])
            buf[s:s + len(t)] = t
        out[key] = (lo, "".join(buf))
    return out


def _find(segs: pd.DataFrame, query: Any, mode: str) -> list[tuple[int, int, int, tuple]]:
    """(row, start, end, spans) of each match, offsets into Document.text."""
    hits: list[tuple[int, int, int, tuple]] = []
    texts, starts = segs["text"].tolist(), segs["start"].to_numpy()
    if mode == "regex":
        try:
            pattern = re.compile(query)
        except re.error as exc:
            raise ValueError(f"query == {query!r} is not a valid regular expression: {exc}") from None
        for i, text in enumerate(texts):
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    a, b = starts[i] + m.start(), starts[i] + m.end()
                    hits.append((i, a, b, ((a, b),)))
        return hits
    words = [query] if isinstance(query, str) else list(query)
    if not words or any(not isinstance(w, str) or not w for w in words):
        raise ValueError(f"query == {query!r}: give a word, a list of words, or a regular expression with mode='regex'")
    if mode == "chars":
        pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        return _find(segs, pattern.pattern, "regex")
    wanted = set(words)
    for i, (text, tokens) in enumerate(zip(texts, segs["tokens"])):
        if not wanted.intersection(tokens):
            continue
        for tok, (a, b) in zip(tokens, token_offsets(text, tokens)):
            if tok in wanted and a >= 0:
                hits.append((i, starts[i] + a, starts[i] + b, ((starts[i] + a, starts[i] + b),)))
    return hits


def _code_hits(segs: pd.DataFrame, codings: pd.DataFrame,
               code: str | Sequence[str]) -> list[tuple[int, int, int, tuple, str]]:
    """(row, start, end, spans, code) of each coding of ``code`` (a code or codes) on a row of ``segs``."""
    check_columns(codings, "codings", ["doc_id", "turn", "sentence", "start", "end", "code"],
                  "pass the codings table of the same pipeline run (qualcode.code_corpus(...).codings)")
    codes = [code] if isinstance(code, str) else list(code)
    cod = codings[codings["code"].astype(str).isin(codes)]
    if not len(cod) and not set(codes) & set(codings["code"].astype(str)):
        raise table_issue("<codings>", f"no codings with code {', '.join(codes)}",
                          "codes in the table: " + ", ".join(sorted(set(codings["code"].astype(str)))[:20]))
    row_of = {(str(d), int(t), int(s)): i for i, (d, t, s) in
              enumerate(zip(segs["doc_id"], segs["turn"], segs["sentence"]))}
    hits = []
    for rec in records(cod):
        i = row_of.get((str(rec.doc_id), int(rec.turn), int(rec.sentence)))
        if i is None:
            continue
        spans = tuple((int(a), int(b)) for a, b in (getattr(rec, "spans", ()) or ()))
        lo, hi = (min(a for a, _ in spans), max(b for _, b in spans)) if spans else (int(rec.start), int(rec.end))
        hits.append((i, lo, hi, spans, str(rec.code)))
    return hits


def kwic(segments: pd.DataFrame, query: Any = None, *, window: int = 20, mode: str = "word", by: str | None = None,
         codings: pd.DataFrame | None = None, code: str | Sequence[str] | None = None,
         speakers: str = "respondent") -> pd.DataFrame:
    """Keyword-in-context lines of the respondent segments.

    ``query`` with ``mode="word"`` (default): a word or list of words, matched against the segmenter's tokens (so
    宣传 does not match inside 宣传单); ``mode="chars"``: the same matched as character strings anywhere;
    ``mode="regex"``: a regular expression over the segment text. With ``code=`` (and the ``codings`` table of the
    same pipeline run) the lines are the coded passages instead: ``match`` runs from the first to the last matched
    word of the coding's evidence and ``spans`` holds every matched word's offsets, to highlight.

    Returns ``doc_id, turn, sentence, seg_id, start, end`` (offsets of the match into ``Document.text``), ``left``,
    ``match``, ``right`` (``window`` characters of context each side, within the turn, line breaks shown as spaces),
    ``spans`` (offsets to highlight), then ``code`` (with ``code=``), ``respondent_id`` and every respondent
    attribute. Sorted by ``by`` (when given), then document order.
    """
    check_positive("window", window, 0)
    if mode not in MODES:
        raise ValueError(f"mode == {mode!r}, must be one of {', '.join(map(repr, MODES))}")
    segs = respondent_rows(segments, speakers=speakers)
    check_columns(segs, "segments", ["turn", "sentence", "start", "end"], "pass the segments table")
    if code is not None:
        if codings is None:
            raise ValueError("code= needs the codings table: kwic(segments, code=..., codings=coded.codings)")
        coded = _code_hits(segs, codings, code)
        hits = [h[:4] for h in coded]
    elif query is None:
        raise ValueError("give a query (a word, words or a regular expression) or code=...")
    else:
        hits = _find(segs, query, mode)
    turns = _turn_texts(segs, [h[0] for h in hits])
    rows = []
    docs, turn_no = segs["doc_id"].astype(str).to_numpy(), segs["turn"].to_numpy()
    sentences, ids = segs["sentence"].to_numpy(), segs["seg_id"].to_numpy()
    for i, a, b, spans in hits:
        doc, turn = str(docs[i]), int(turn_no[i])
        lo, text = turns[(doc, turn)]
        x, y = a - lo, b - lo
        rows.append((i, doc, turn, int(sentences[i]), ids[i], int(a), int(b),
                     _clean(text[max(0, x - window):x]), _clean(text[x:y]), _clean(text[y:y + window]), spans))
    out = pd.DataFrame(rows, columns=["_row", *KWIC_COLUMNS])
    if code is not None:
        out.insert(len(KWIC_COLUMNS) + 1, "code", [h[4] for h in coded])
    attrs = ["respondent_id", *attribute_columns(segs)]
    idx = out["_row"].to_numpy(dtype=np.int64)
    for col in attrs:
        out[col] = segs[col].to_numpy()[idx] if len(out) else pd.Series([], dtype=object)
    if by is not None:
        out["_g"] = group_array(segs, by)[idx] if len(out) else []
        out = out.sort_values(["_g", "_row", "start"], kind="stable").drop(columns="_g")
    return out.drop(columns="_row").reset_index(drop=True)


def _clean(text: str) -> str:
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")


def _width(text: str) -> int:
    from wcwidth import wcswidth

    w = wcswidth(text)
    return w if w >= 0 else sum(max(0, wcswidth(ch)) for ch in text)


def _highlight(row: Any, marks: tuple[str, str]) -> str:
    """The match with every span wrapped in ``marks`` (spans are document offsets)."""
    text, a = row.match, row.start
    out, pos = [], 0
    for s, e in sorted(row.spans or ()):
        s, e = max(s - a, pos), min(e - a, len(text))
        if e <= s:
            continue
        out += [text[pos:s], marks[0], text[s:e], marks[1]]
        pos = e
    out.append(text[pos:])
    return "".join(out)


def format_kwic(lines: pd.DataFrame, *, window: int | None = None, marks: tuple[str, str] = ("【", "】"),
                label: str | None = "seg_id", max_match: int = 40) -> str:
    """The lines of :func:`kwic` as text whose keyword column lines up in a terminal or a notebook's monospace
    output: display widths are counted with ``wcwidth`` (a Chinese character is two columns wide). The left context is
    right-aligned to ``window`` characters' width (default: the widest), the match is highlighted with ``marks``
    (code lines: each matched word), and ``label`` (a column, e.g. ``seg_id``; None for none) starts the line."""
    if not len(lines):
        return ""
    lefts = lines["left"].tolist()
    width = max(map(_width, lefts)) if window is None else 2 * window
    tags = [str(v) for v in lines[label]] if label else [""] * len(lines)
    tag_w = max(map(_width, tags))
    out = []
    for tag, row in zip(tags, records(lines)):
        left = row.left[-(width // 2 + 1):] if window is not None else row.left
        while _width(left) > width:
            left = left[1:]
        match = _highlight(row, marks) if row.spans else f"{marks[0]}{row.match}{marks[1]}"
        if len(row.match) > max_match:
            match = match[:max_match] + "…"
        pad_tag = " " * (tag_w - _width(tag))
        pad_left = " " * (width - _width(left))
        out.append(f"{tag}{pad_tag}  {pad_left}{left}{match}{row.right}".rstrip())
    return "\n".join(out)


def kwic_html(lines: pd.DataFrame, *, label: str | None = "seg_id") -> str:
    """The lines of :func:`kwic` as an HTML table (left context right-aligned, matched words in ``<mark>``): the
    keyword column lines up in a notebook and in the report whatever the font."""
    import html

    rows = []
    for row in records(lines):
        marked = _highlight(row, ("\x00", "\x01")) if row.spans else f"\x00{row.match}\x01"
        match = html.escape(marked).replace("\x00", "<mark>").replace("\x01", "</mark>")
        tag = f'<td class="muted">{html.escape(str(getattr(row, label)))}</td>' if label else ""
        rows.append(f'<tr>{tag}<td class="kl"><span>{html.escape(row.left)}</span></td><td class="km">{match}</td>'
                    f'<td class="kr">{html.escape(row.right)}</td></tr>')
    return f'<table class="kwic">{"".join(rows)}</table>'
