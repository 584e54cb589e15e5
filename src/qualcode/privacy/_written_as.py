"""Names quoted as a form wrote them: after 写成 'written as', 签的是 'signed as', 登记成 ... a name on a form is often
spaced out, character by character (写成苗 可 馨 悦，) or in two halves (把老伴写成策登 其其格。), and the halves are
words no rule takes for a name. What stands between such a cue and punctuation, spaces inside it, is the name.

Searched in the text as written (the spaces are the evidence), not in the copy without spaces the name rules read.
"""

from __future__ import annotations

import re

from qualcode.privacy._name_data import NAME_SPACES, NOT_PERSON, WRITING_CUE
from qualcode.privacy._name_forms import name_char

__all__ = ["written_as"]

#: The most Han characters of a name written on a form (巴 特 那 生, 马 阿 卜 杜 拉, 布合丽其汗 卡斯木).
LONGEST = 9

_WRITTEN = re.compile(WRITING_CUE + f"([\u4e00-\u9fff](?:[{NAME_SPACES}]*[\u4e00-\u9fff]){{1,{LONGEST - 1}}}?)"
                      + "(?=的?(?:[，,。；;、！!？?…）)”」\n]|$))")


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
