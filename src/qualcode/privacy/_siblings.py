"""Names said in one breath with a name found: brothers and sisters, and the children of a register, share a surname
(简明杰和简明浩, 黄诗琪、黄俊杰). A name of the same surname and two given-name characters joined to a found Han name by
和/跟/与/、 is a name too, though it holds a word the tagger keeps (简明 'concise', 童年 'childhood'); it must end on
a name's boundary (punctuation, an age, a verb, or the link the tagger glued its last character to: 付嘉|怡和|付嘉乐)
and be no frequent word; a part of it found already (付嘉) does not stop it. Two such names that share their surname and
their first given character, said one after the other (都雨晴、都雨露, 要子涵和要子轩: the generation character of
brothers and sisters), are names together though neither was found, whatever word the surname is, where every
given character is one used in names (not 鱼皮衣、鱼皮画, 向某乙、向某丙) and neither given name a common word.
"""

from __future__ import annotations

import re

from qualcode.privacy._after_role import name_may_end
from qualcode.privacy._name_data import COMMON_FREQ, NEVER_NAMES, STOP_CHARS
from qualcode.privacy._name_model import NEVER
from qualcode.privacy._name_rules import Ctx, NameCandidate, _given_like, is_given
from qualcode.privacy._name_tokens import word_freq

__all__ = ["rule_siblings"]

#: What joins two names in a list (和, 跟, 与, 、).
_LINK = "和跟与、"
#: The most a pair's given name may be a word (向晨曦: 晨曦 'dawn' 65; not 爱农村、爱农民, 有电话、有电脑).
_PAIR_GIVEN_FREQ = 100
#: Two three-character names with the same surname and first given character joined by a link (都雨晴、都雨露).
_PAIR = re.compile(f"(([\u4e00-\u9fff])([\u4e00-\u9fff])[\u4e00-\u9fff])[{_LINK}](\\2\\3[\u4e00-\u9fff])")


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
                    or any(a < e and s < b and not s <= a < b <= e for a, b in taken):
                continue
            chunk, given = text[s:e], text[s + 1:e]
            if not is_given(given, cued=True) or any(ch in NEVER or ch in STOP_CHARS for ch in given) \
                    or word_freq(chunk) > COMMON_FREQ or chunk in NEVER_NAMES \
                    or not (name_may_end(ctx, e) or s < c.start and _glued_link(ctx, e)):
                continue
            out.append(NameCandidate(s, e, 2, "sibling", chunk, ""))
            taken.append((s, e))
    _pairs(ctx, out, taken)
    _listed(ctx, out, taken)


def _glued_link(ctx: Ctx, e: int) -> bool:
    """The tagger glued the name's last character to the link after it (付嘉|怡和|付嘉乐: the twins' names)."""
    k = ctx.by_start.get(e - 1)
    return k is not None and ctx.words[k] == ctx.text[e - 1:e + 1]


def _pairs(ctx: Ctx, out: list, taken: list[tuple[int, int]]) -> None:
    """Both names of a pair of :data:`_PAIR` that no candidate overlaps (see the module docstring)."""
    text = ctx.text
    for m in _PAIR.finditer(text):
        (a, b), (c, d) = m.span(1), m.span(4)
        names = (m.group(1), m.group(4))
        if m.group(2) not in ctx.single or names[0] == names[1] or a not in ctx.by_start \
                or any(x < d and a < y for x, y in taken) or not name_may_end(ctx, d) \
                or any(not is_given(n[1:], cued=True) or not _given_like(n[1:]) or word_freq(n[1:]) > _PAIR_GIVEN_FREQ
                       or any(ch in NEVER or ch in STOP_CHARS for ch in n[1:])
                       or word_freq(n) > COMMON_FREQ or n in NEVER_NAMES for n in names):
            continue
        out += [NameCandidate(a, b, 2, "sibling", names[0], ""), NameCandidate(c, d, 2, "sibling", names[1], "")]
        taken += [(a, b), (c, d)]


#: A list of two or more short items set off by 、 (剩下五个：汪春桃、佘桃枝、凌秋生。).
_ITEM = "[^、，,。；;：:！!？?\\s]"
_LIST = re.compile(f"(?<!{_ITEM}){_ITEM}{{2,4}}(?:、{_ITEM}{{2,4}})+(?!{_ITEM})")
#: How many items of a list must be names found already.
_LIST_FOUND = 2


def _listed(ctx: Ctx, out: list, taken: list[tuple[int, int]]) -> None:
    """Items of a 、 list of which two or more are found names: a listed surname and two given characters that are
    no grammar character and no common word is a name too (see the module docstring; not 白面条、黄豆粉、王老吉,
    with one name found)."""
    text, single = ctx.text, ctx.single
    spans = {(c.start, c.end) for c in out}
    for m in _LIST.finditer(text):
        items, pos = [], m.start()
        for item in m.group(0).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if sum(item in spans for item in items) < _LIST_FOUND:
            continue
        for s, e in items:
            chunk, given = text[s:e], text[s + 1:e]
            if e - s != 3 or chunk[0] not in single or any(a < e and s < b for a, b in taken) \
                    or not is_given(given, cued=True) or any(ch in NEVER for ch in given) \
                    or word_freq(chunk) > COMMON_FREQ or chunk in NEVER_NAMES:
                continue
            out.append(NameCandidate(s, e, 2, "sibling", chunk, ""))
            taken.append((s, e))
