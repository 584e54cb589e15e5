"""Names quoted as a form wrote them: after 写成 'written as', 签的是 'signed as', 登记成 ... a name on a form is often
spaced out, character by character (写成苗 可 馨 悦，) or in two halves (把老伴写成策登 其其格。), and the halves are
words no rule takes for a name. What stands between such a cue and punctuation, spaces inside it, is the name.

Searched in the text as written (the spaces are the evidence), not in the copy without spaces the name rules read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qualcode.privacy._dotted import name_char
from qualcode.privacy._name_data import (
    ADVERB_SYLLABLES,
    CJK,
    NAME_SPACES,
    NOT_PERSON,
    TITLE_RE,
    WRITING_CUE,
    WRITTEN_BEFORE,
)

__all__ = ["written_as", "written_aspect", "written_whole"]

#: The most Han characters of a name written on a form (巴 特 那 生, 马 阿 卜 杜 拉, 布合丽其汗 卡斯木).
LONGEST = 9

#: Punctuation (or 的 and punctuation) that ends what a form wrote.
_END = "的?(?:[，,。；;、！!？?…）)”」\n]|$)"
_WRITTEN = re.compile(WRITING_CUE + f"([\u4e00-\u9fff](?:[{NAME_SPACES}]*[\u4e00-\u9fff]){{1,{LONGEST - 1}}}?)"
                      + f"(?={_END})")
_END_RE = re.compile(_END)
#: The most characters a name found right after a cue of writing is grown by, up to punctuation.
TAIL = 5


def written_as(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every name written with spaces between a cue of writing and punctuation (or 的 and
    punctuation: 有写成巴 特 那 生的，): each character a possible name character (no grammar word unless it is a
    transliteration syllable), no regional word that is no name; ``name`` without the spaces."""
    out = []
    for m in _WRITTEN.finditer(text):
        for s, e in _names_in(text, *m.span(1)):
            chunk = text[s:e]
            name = "".join(chunk.split())
            if name == chunk or name in NOT_PERSON or not all(map(name_char, name)):
                continue  # (no space: 写成作文。 is no name; 写成了 我的 名字 has grammar)
            out.append((s, e, name))
    return out


def _names_in(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The names of ``text[s:e]``: two written as a pair (写成蒋 思 甜和蒋　思　雨。) are two, cut at the 和/与/或
    between them when there are two characters or more on each side (not 敖其尔 呼和)."""
    for m in _AND.finditer(text, s + 2, e - 2):
        if len("".join(text[s:m.start()].split())) >= 2 and len("".join(text[m.end():e].split())) >= 2:
            return [(s, m.start()), *_names_in(text, m.end(), e)]
    return [(s, e)]


_AND = re.compile(f"[{NAME_SPACES}]*[和与或][{NAME_SPACES}]*")


def written_whole(text: str, spans: list) -> list:
    """A person span right after a cue of writing (or one character after it: a surname the next step takes in) that
    ends short of the punctuation closing what the form wrote runs on to it when the rest is name characters: the
    form wrote one name (写成|阿尔曼江|也尔森，: a Kazakh son's name and his father's, 也 'also' a first syllable)."""
    out = list(spans)
    for i, sp in enumerate(out):
        s, e = sp.start, sp.end
        if sp.type != "person" or sp.suffix or e >= len(text) or TITLE_RE.match(text, e) \
                or (WRITTEN_BEFORE.search(text, max(0, s - 6), s) is None
                    and (s < 1 or not CJK.match(text[s - 1])
                         or WRITTEN_BEFORE.search(text, max(0, s - 7), s - 1) is None)):
            continue
        m = _END_RE.search(text, e, e + TAIL + 2)
        tail = text[e:m.start()] if m is not None else ""
        if not 1 <= len(tail) <= TAIL or any(o is not sp and e <= o.start < e + len(tail) for o in out) \
                or not all(name_char(c) or c in ADVERB_SYLLABLES and j + 1 < len(tail) and name_char(tail[j + 1])
                           for j, c in enumerate(tail)):
            continue
        out[i] = replace(sp, end=e + len(tail), text=text[s:e + len(tail)], key=sp.key + tail if sp.key else "")
    return out


def written_aspect(text: str, spans: list) -> list:
    """A person span that starts with the 过 of a cue of writing (写成过, 登记成过: 'had been written as') starts after
    it: the aspect of the verb, not the surname 过 (被人写成过|南 宫 亦 凡, but 叫|过秀英)."""
    out = []
    for sp in spans:
        s = sp.start
        if sp.type == "person" and text[s] == "过" and sp.end - len(sp.suffix) - s > 2 \
                and WRITTEN_BEFORE.search(text, max(0, s - 5), s + 1) \
                and not any(o is not sp and o.key == sp.key for o in spans):  # (a name said elsewhere: 写成过 冬梅)
            sp = replace(sp, start=s + 1, text=text[s + 1:sp.end], key="".join(text[s + 1:sp.end - len(sp.suffix)]
                                                                                .split()))
        out.append(sp)
    return out
