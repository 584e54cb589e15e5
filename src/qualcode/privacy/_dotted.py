"""Names written with a middle dot: two runs of Han characters joined by one (阿米娜·吾布力, 傅特哈 · 宝林).

In Chinese running text a middle dot between Han characters writes a foreign or minority name: clan and given name,
given name and father's name. Not inside book-title marks (《史记·项羽本纪》), not with numerals (一·二九), not when
either side is a regional word that is no name or a place (内蒙古·赤峰). A full stop typed for the dot
(居来提江.卡哈尔江) counts only between two transliterated sides of three characters or more that start with no
word. Split from
:mod:`qualcode.privacy._name_forms`, which adds these candidates with the other written forms.
"""

from __future__ import annotations

import re

from qualcode.privacy._name_data import (
    CJK,
    COMMON_FREQ,
    NAME_DOTS,
    NAME_SPACES,
    NOT_PERSON,
    NUMERALS,
    TYPED_DOTS,
)
from qualcode.privacy._name_model import NEVER, _role_before
from qualcode.privacy._name_rules import Ctx, NameCandidate
from qualcode.privacy._name_tokens import word_freq, word_tag
from qualcode.privacy._syllables import syllables, transliterated

__all__ = ["DOT_SIDE", "find_dotted", "name_char", "name_core"]

#: The most characters of each side of a dotted name.
DOT_SIDE = 6
_DOT = re.compile(rf"(?<=[\u4e00-\u9fff])[{NAME_SPACES}]?[{NAME_DOTS}{TYPED_DOTS}][{NAME_SPACES}]?(?=[\u4e00-\u9fff])")
#: The least characters of each side of a name whose dot was typed as a full stop (居来提江.卡哈尔江), both sides
#: transliterated: a full stop between two words ends a sentence as often.
_TYPED_SIDE = 3
_PLACE_ENDS = frozenset("省市区县旗盟镇乡州村")


def _in_title_marks(text: str, p: int) -> bool:
    return text.rfind("《", 0, p) > text.rfind("》", 0, p)


def find_dotted(ctx: Ctx, out: list) -> None:
    """Add the ``dotted`` candidates of ``ctx.text`` (see the module docstring)."""
    text = ctx.text
    taken = [(c.start, c.end) for c in out]
    for m in _DOT.finditer(text):
        s = m.start()
        while s > m.start() - DOT_SIDE and s > 0 and name_char(text[s - 1]) and not _role_before(text, s) \
                and not _kin_word_before(text, s):
            s -= 1  # (户口本上他叫|敖拉·额尔: the left side starts after a grammar character or a role word)
        e = m.end()
        while e < m.end() + DOT_SIDE and e < len(text) and name_char(text[e]) and not _AGE_AFTER.match(text, e):
            e += 1  # (阿爸居马·托汗|七十二，: an age after the name ends it)
        left, right = text[s:m.start()], text[m.end():e]
        if not left or not right or _in_title_marks(text, s) or any(a < e and s < b for a, b in taken):
            continue  # (a name another rule found there is grown across the dot by the boundary rules)
        if name_char(text[s - 1:s] or "。") and not _role_before(text, s) \
                or name_char(text[e:e + 1] or "。") and not _AGE_AFTER.match(text, e):
            continue  # (a side longer than DOT_SIDE, or one that does not end on a boundary: 娜米拉会拉手风琴)
        if any(c in NUMERALS for c in left + right) or left in NOT_PERSON or right in NOT_PERSON \
                or left[-1] in _PLACE_ENDS or right[-1] in _PLACE_ENDS:
            continue
        if m.group(0).strip(NAME_SPACES) in TYPED_DOTS and not all(
                len(side) >= _TYPED_SIDE and transliterated(side)
                and word_freq("".join(side.split())[:2]) <= COMMON_FREQ for side in (left, right)):
            continue  # (nor a side that starts with a word: 把儿子|打成|吾拉木江.阿尔斯兰江)
        out.append(NameCandidate(s, e, 2, "dotted", "".join(text[s:e].split()), ""))


def _kin_word_before(text: str, s: int) -> bool:
    """A kin word no role list holds ends at ``s`` (闺女|比丽克孜·卡地尔): a frequent word of jieba's, tagged a common
    noun (not a place: 布威|海丽且姆), of no transliteration syllables."""
    word = text[max(0, s - 2):s]
    return len(word) == 2 and word_freq(word) > COMMON_FREQ and word_tag(word) == "n" \
        and not all(c in syllables() for c in word)


#: An age said right after a name, in Chinese numerals (七十二，, 十一岁).
_AGE_AFTER = re.compile(r"[一二三四五六七八九十两]{1,3}(?:岁|周岁)?(?![\u4e00-\u9fff])")


def name_core(name: str) -> str:
    """``name`` without the middle dots and spaces written inside it (阿吉·卡米力, 瓦扎 · 石各, 虎　穆萨力)."""
    return "".join(c for c in name if c not in NAME_DOTS and c not in NAME_SPACES)


def name_char(c: str) -> bool:
    """A Han character that can be part of a dotted name: not a grammar character, unless it is a transliteration
    syllable (哈那提·加帕尔, 德都勒·阿木尔)."""
    return bool(CJK.match(c)) and (c not in NEVER or c in syllables())
