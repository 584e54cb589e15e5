"""Sentence splitting that keeps character offsets.

A sentence ends after a run of Chinese or ASCII sentence punctuation (。！？!?；;…⋯) together with the closing quotes or
brackets that follow it (”’"'」』）)]】》〉), or at a line break. Leading and trailing whitespace is not part of a
sentence. Splitting never changes the text: every sentence is ``text[start:end]``.

A sentence is at most :data:`MAX_SENTENCE_CHARS` characters: a longer run without sentence punctuation (speech-to-text
output often has none) is cut after the last pause (a comma, 、, a colon, a dash or a space) within the limit, or at
the limit when there is none, so that the coding unit, and the time to code it, stays bounded.
"""

from __future__ import annotations

import re

import numpy as np

from qualcode.ingest._notes import find_notes

__all__ = ["MAX_SENTENCE_CHARS", "SENTENCE_END", "cap_spans", "char_classes", "sentence_bounds", "split_sentences"]

#: Characters that end a sentence.
SENTENCE_END = "。！？!?；;…⋯"
#: Closing quotes and brackets kept with the sentence they follow.
CLOSERS = "”’\"'」』）)\\]】》〉"

#: One sentence: it starts at a non-space character that is not sentence punctuation and runs through the next run
#: of sentence punctuation and closers, or else to the last non-space character of its line. A run of sentence
#: punctuation on its own (e.g. a line that starts with "！") is matched by the second branch, so every non-space
#: character belongs to some match.
SENTENCE_RE = re.compile(
    rf"[^\s{SENTENCE_END}](?:[^{SENTENCE_END}\r\n]*(?:[{SENTENCE_END}]+[{CLOSERS}]*|[^\s{SENTENCE_END}]))?"
    rf"|[{SENTENCE_END}]+[{CLOSERS}]*"
)
_WORD_CHAR = re.compile(r"[^\W_]")
#: The longest sentence; longer runs without sentence punctuation are cut at pauses (see the module docstring).
MAX_SENTENCE_CHARS = 200
PAUSES = "，,、：:—–…⋯ \t\u3000"


def cap_spans(text: str, spans, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``spans`` with every span longer than ``limit`` cut after the last pause within the limit (or at the limit);
    pieces keep no leading or trailing whitespace."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > limit:
            window = text[s:s + limit]
            cut = max(window.rfind(ch) for ch in PAUSES) + 1
            if cut <= limit // 4:
                cut = limit
            piece_end = s + cut
            while piece_end > s and text[piece_end - 1].isspace():
                piece_end -= 1
            if piece_end > s:
                out.append((s, piece_end))
            s += cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out


#: Bits of :func:`char_classes`.
SPACE, LINE_BREAK, END, CLOSER, WORD = 1, 2, 4, 8, 16
_SPECIAL = SPACE | LINE_BREAK | END | CLOSER
_TABLE: np.ndarray | None = None


def _table() -> np.ndarray:
    global _TABLE
    if _TABLE is None:
        chars = [chr(c) for c in range(0x10000)]
        table = np.zeros(0x10000, np.uint8)
        table[[i for i, c in enumerate(chars) if c.isspace()]] |= SPACE
        table[[ord("\r"), ord("\n")]] |= LINE_BREAK
        table[[ord(c) for c in SENTENCE_END]] |= END
        table[[ord(c) for c in CLOSERS.replace("\\", "")]] |= CLOSER
        table[[i for i, c in enumerate(chars) if c.isalnum()]] |= WORD
        _TABLE = table
    return _TABLE


def char_classes(codes: np.ndarray) -> np.ndarray:
    """Per code point (a uint32 array) a bit set: SPACE (``\\s``, i.e. ``str.isspace``), LINE_BREAK (``\\r``,
    ``\\n``), END (sentence punctuation), CLOSER, WORD (a letter or digit, ``str.isalnum``). Spaces, punctuation
    and closers are all in the Basic Multilingual Plane; letters outside it are looked up one by one."""
    table = _table()
    if not len(codes) or codes.max() <= 0xFFFF:
        return table.take(codes.astype(np.uint16))
    astral = np.flatnonzero(codes > 0xFFFF)
    out = table.take(np.minimum(codes, 0xFFFF).astype(np.uint16))
    out[astral] = [WORD if chr(c).isalnum() else 0 for c in codes[astral].tolist()]
    return out


def _runs(pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Maximal runs of consecutive positions: ``(starts, stops)`` (stop exclusive)."""
    if not len(pos):
        return pos, pos
    cut = np.flatnonzero(np.diff(pos) != 1)
    return pos[np.concatenate([[0], cut + 1])], pos[np.concatenate([cut, [len(pos) - 1]])] + 1


def _skip_forward(x: np.ndarray, runs: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Each position of ``x``, moved past the run it falls in (unchanged outside the runs)."""
    starts, stops = runs
    j = np.searchsorted(starts, x, side="right") - 1
    jj = np.maximum(j, 0)
    return np.where((j >= 0) & (x < stops[jj]), stops[jj], x) if len(starts) else x


def _skip_back(y: np.ndarray, runs: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Each position of ``y``, moved before the run it falls in (unchanged outside the runs)."""
    starts, stops = runs
    j = np.searchsorted(starts, y, side="right") - 1
    jj = np.maximum(j, 0)
    return np.where((j >= 0) & (y < stops[jj]), starts[jj] - 1, y) if len(starts) else y


def sentence_bounds(classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(starts, ends)`` of the matches of :data:`SENTENCE_RE` in a text given by its :func:`char_classes`,
    computed with array operations instead of a regex scan: the same spans as :func:`sentence_spans`.

    A sentence ends after each maximal run of sentence punctuation and the closers that follow it, and at each line
    break (or the end of the text) after the last non-space character when a sentence is open there; it starts at
    the first non-space character after the previous end. Only the positions of spaces, sentence punctuation and
    closers (a small share of a text) are handled as index arrays."""
    n = len(classes)
    special = np.flatnonzero(classes & _SPECIAL)
    kind = classes[special]
    space = special[(kind & SPACE) != 0]
    if len(space) == n:
        z = np.zeros(0, np.int64)
        return z, z
    spaces = _runs(space)
    end_start, end_stop = _runs(special[(kind & END) != 0])
    end_run = _skip_forward(end_stop, _runs(special[(kind & CLOSER) != 0]))
    breaks = np.append(special[(kind & LINE_BREAK) != 0], n)
    end_break = _skip_back(breaks - 1, spaces) + 1
    at = np.concatenate([end_start, breaks])
    cand = np.concatenate([end_run, end_break])[np.argsort(at, kind="stable")]
    before = np.maximum.accumulate(np.concatenate([[0], cand[:-1]]))
    made = cand > before
    return _skip_forward(before[made], spaces).astype(np.int64), cand[made].astype(np.int64)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text``, including ones without any letter or digit."""
    return cap_spans(text, [m.span() for m in SENTENCE_RE.finditer(text)])


def split_sentences(text: str, *, notes: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """Split ``text`` into sentences: a list of ``(start, end, sentence)`` with ``text[start:end] == sentence``.

    Bracketed transcriber notes (``notes``: offsets into ``text``; by default those found by
    :func:`qualcode.ingest._notes.find_notes`) are treated as blanks: a note before or after a sentence is not part of
    it, and a "sentence" made only of notes or punctuation is dropped. This is the same rule
    :class:`~qualcode.segment.Segmenter` uses for ``unit="sentence"``, so sentence numbers agree.
    """

    if notes is None:
        notes = find_notes(text)
    masked = mask_spans(text, notes)
    out = []
    for s, e in sentence_spans(masked):
        if _WORD_CHAR.search(masked, s, e):
            out.append((s, e, text[s:e]))
    return out


def mask_spans(text: str, spans) -> str:
    """``text`` with each ``(start, end)`` span replaced by as many spaces (offsets unchanged)."""
    if not spans:
        return text
    parts = []
    pos = 0
    for s, e in sorted(spans):
        if s < pos:  # overlapping spans
            s = pos
        if e <= s:
            continue
        parts.append(text[pos:s])
        parts.append(" " * (e - s))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)
