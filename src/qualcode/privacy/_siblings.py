"""Names said in one breath with a name found: brothers and sisters, and the children of a register, share a surname
(简明杰和简明浩, 黄诗琪、黄俊杰). A name of the same surname and two given-name characters joined to a found Han name by
和/跟/与/、 is a name too, though it holds a word the tagger keeps (简明 'concise', 童年 'childhood'); it must end on
a name's boundary (punctuation, an age, a verb) and be no frequent word.
"""

from __future__ import annotations

from qualcode.privacy._after_role import name_may_end
from qualcode.privacy._name_data import COMMON_FREQ, NEVER_NAMES, STOP_CHARS
from qualcode.privacy._name_model import NEVER
from qualcode.privacy._name_rules import Ctx, NameCandidate, is_given
from qualcode.privacy._name_tokens import word_freq

__all__ = ["rule_siblings"]

#: What joins two names in a list (和, 跟, 与, 、).
_LINK = "和跟与、"


def rule_siblings(ctx: Ctx, out: list) -> None:
    """A surname + two given characters right after (or before) a found Han name of the same surname and one of
    :data:`_LINK`: 简明杰和|简明浩, 黄诗琪、|黄俊杰 (see the module docstring)."""
    text, single = ctx.text, ctx.single
    taken = [(c.start, c.end) for c in out]
    for c in list(out):
        if c.end - c.start != 3 or c.key != text[c.start:c.end] or c.key[0] not in single:
            continue
        for s in (c.end + 1, c.start - 4):
            link = c.end if s > c.start else c.start - 1
            e = s + 3
            if s < 0 or e > len(text) or text[link] not in _LINK or text[s] != c.key[0] \
                    or any(a < e and s < b for a, b in taken):
                continue
            chunk, given = text[s:e], text[s + 1:e]
            if not is_given(given, cued=True) or any(ch in NEVER or ch in STOP_CHARS for ch in given) \
                    or word_freq(chunk) > COMMON_FREQ or chunk in NEVER_NAMES or not name_may_end(ctx, e):
                continue
            out.append(NameCandidate(s, e, 2, "sibling", chunk, ""))
            taken.append((s, e))
