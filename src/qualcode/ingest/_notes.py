"""Bracketed transcriber notes: （笑） [停顿] 【听不清】 (inaudible) ... kept in the text, marked for analysis to
ignore."""

from __future__ import annotations

import re

__all__ = ["NOTE_RE", "find_notes", "mask_notes"]

#: A short bracketed note: full-width or ASCII round brackets, square brackets or 【】, up to 12 characters inside,
#: no nested brackets or sentence punctuation inside (so a parenthetical clause in speech is not taken for a note).
NOTE_RE = re.compile(r"[（(\[【〔][^（()）\[\]【】〔〕。！？!?\n\r]{1,12}[）)\]】〕]")


def find_notes(text: str) -> list[tuple[int, int]]:
    """Offsets (relative to ``text``) of bracketed notes in ``text``."""
    return [m.span() for m in NOTE_RE.finditer(text)]


def mask_notes(text: str, fill: str = " ") -> str:
    """``text`` with every note replaced by ``fill`` characters of the same length (offsets are unchanged)."""
    return NOTE_RE.sub(lambda m: fill * (m.end() - m.start()), text)
