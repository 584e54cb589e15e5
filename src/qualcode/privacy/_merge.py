"""Person spans that are one name after growth: spans that overlap or touch, or are joined by a middle dot, a space
between transliteration syllables, a typed full stop or the first syllable of a listed name, become one span with
one pseudonym; two addresses that touch become one. Split from :mod:`qualcode.privacy._boundaries`, which merges
the spans it grew with :func:`merge_spans`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from qualcode.privacy._minority import listed_starts
from qualcode.privacy._name_data import NAME_DOTS as DOTS
from qualcode.privacy._name_data import NAME_SPACES as SPACES
from qualcode.privacy._name_data import TYPED_DOTS
from qualcode.privacy._syllables import syllables, transliterated

if TYPE_CHECKING:
    from qualcode.privacy._detect import Span

__all__ = ["merge_spans"]


def _joined(text: str, a: int, b: int) -> bool:
    """``text[a:b]``, between two person spans, makes them one name: middle dots (阿拉坦·巴根), or one space, 都
    (a syllable, not "all", between two names: 阿布|都|热合曼) between transliteration syllables (巴德玛　其其格), or
    a full stop typed for the dot between transliterated names (马尔胡兰.吾木尔别克, 阿不都赛米.司迪克), or a grammar
    character that starts a listed name with the next one's first character (苏德|那|木敖斯尔: 那木 of 那木吉拉)."""
    gap = text[a:b]
    if len(gap) == 1 and a > 0 and text[a - 1] in syllables() and gap + text[b:b + 1] in listed_starts():
        return True
    core = gap.strip(SPACES)
    if core and all(c in DOTS for c in core) and len(gap) - len(core) <= 2:  # (那顺 · 乌日图: spaces round the dot)
        return True
    typed = len(core) == 1 and core in TYPED_DOTS and len(gap) - len(core) <= 2  # (叶斯包拉提 . 哈山)
    return (typed or len(gap) == 1 and gap in SPACES + "都") and 0 < a and b < len(text) \
        and (text[a - 1] in syllables() or typed and transliterated(text[max(0, a - 3):a])) \
        and (text[b] in syllables() or typed and transliterated(text[b:b + 3]))


def merge_spans(text: str, spans: list[Span]) -> list[Span]:
    """Person spans that overlap after growth, touch (the first without a kept title), or are joined by a middle dot
    become one name with one pseudonym; two addresses that touch are one address (巴彦温都尔苏木|查干诺尔嘎查). Spans
    of other types were clipped at their neighbours and overlap nothing."""
    spans.sort(key=lambda sp: (sp.start, -sp.end))
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev is not None and sp.type == "address" == prev.type and sp.start == prev.end:
            whole = text[prev.start:sp.end]
            out[-1] = replace(prev, end=sp.end, text=whole, key="".join(whole.split()))
        elif prev is not None and sp.type == "person" == prev.type and (
                sp.start < prev.end or _joined(text, prev.end, sp.start)
                or (sp.start == prev.end and not prev.suffix)):  # touching halves of one name (苏布达|其木格)
            e = max(prev.end, sp.end)
            suffix = sp.suffix if sp.end >= prev.end else prev.suffix
            key = "".join(text[prev.start:e - len(suffix)].split())
            out[-1] = replace(prev, end=e, text=text[prev.start:e], key=key, suffix=suffix, rule="merged+words")
        else:
            out.append(sp)
    return out
