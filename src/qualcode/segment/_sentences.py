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
from qualcode.ingest._notes import find_notes

__all__ = ["MAX_SENTENCE_CHARS", "SENTENCE_END", "cap_spans", "split_sentences"]

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
