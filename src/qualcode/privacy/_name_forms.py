"""Person names recognised by how they are written rather than by what they are made of.

- ``dotted``: two runs of Han characters joined by a middle dot (阿米娜·吾布力, 傅特哈 · 宝林). In Chinese running
  text a middle dot between Han characters writes a foreign or minority name: clan and given name, given name and
  father's name. Not inside book-title marks (《史记·项羽本纪》), not with numerals (一·二九), not when either side
  is a regional word that is no name or a place (内蒙古·赤峰).
- ``spaced-compound``: a compound surname, one space, a two-character given name (上官　明哲, 轩辕 志强): the way a
  form field splits surname and given name.
- ``repeated``: a surname and a two-character given name written the same way at least twice in a text, starting
  and ending on word boundaries each time (乌鲁木|齐 is no name), which the Han-name model finds likelier as a name
  than as ordinary text (仉晓梅 ... 仉晓梅, 郄建军 ... 郄建军): what a name no rule knows (a rare surname, no cue)
  looks like in an interview.
"""

from __future__ import annotations

import re
from collections import Counter

from qualcode.privacy._name_data import CJK, NOT_GIVEN, NOT_PERSON
from qualcode.privacy._name_model import NEVER, _role_before, _word_end, han_lm, text_logprob
from qualcode.privacy._name_rules import Ctx, NameCandidate
from qualcode.privacy._name_tokens import word_freq

#: The most characters of each side of a dotted name.
DOT_SIDE = 6
_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]?[·•・‧][ \u3000]?(?=[\u4e00-\u9fff])")
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万")
_PLACE_ENDS = frozenset("省市区县旗盟镇乡州村")
_SPACED_COMPOUND = re.compile(r"([\u4e00-\u9fff]{2})[ \u3000]([\u4e00-\u9fff]{2})(?![\u4e00-\u9fff])")
#: Log-odds (name model against word model) a repeated surname + given name needs (tuned on tests/pii).
REPEATED_ODDS = 3.0


def find_written(ctx: Ctx, out: list) -> None:
    """Add the ``dotted``, ``spaced-compound`` and ``repeated`` candidates of ``ctx.text``."""
    _dotted(ctx, out)
    _spaced_compound(ctx, out)
    _repeated(ctx, out)


def _in_title_marks(text: str, p: int) -> bool:
    return text.rfind("《", 0, p) > text.rfind("》", 0, p)


def _dotted(ctx: Ctx, out: list) -> None:
    text = ctx.text
    taken = [(c.start, c.end) for c in out]
    for m in _DOT.finditer(text):
        s = m.start()
        while s > m.start() - DOT_SIDE and s > 0 and _name_char(text[s - 1]) and not _role_before(text, s):
            s -= 1  # (户口本上他叫|敖拉·额尔: the left side starts after a grammar character or a role word)
        e = m.end()
        while e < m.end() + DOT_SIDE and e < len(text) and _name_char(text[e]):
            e += 1
        left, right = text[s:m.start()], text[m.end():e]
        if not left or not right or _in_title_marks(text, s) or any(a < e and s < b for a, b in taken):
            continue  # (a name another rule found there is grown across the dot by the boundary rules)
        if _name_char(text[s - 1:s] or "。") and not _role_before(text, s) or _name_char(text[e:e + 1] or "。"):
            continue  # (a side longer than DOT_SIDE, or one that does not end on a boundary: 娜米拉会拉手风琴)
        if any(c in _NUMERALS for c in left + right) or left in NOT_PERSON or right in NOT_PERSON \
                or left[-1] in _PLACE_ENDS or right[-1] in _PLACE_ENDS:
            continue
        out.append(NameCandidate(s, e, 2, "dotted", "".join(text[s:e].split()), ""))


def _name_char(c: str) -> bool:
    """A Han character that can be part of a dotted name: not a grammar character, unless it is a transliteration
    syllable (哈那提·加帕尔, 德都勒·阿木尔)."""
    from qualcode.privacy._boundaries import syllables

    return bool(CJK.match(c)) and (c not in NEVER or c in syllables())


def _spaced_compound(ctx: Ctx, out: list) -> None:
    text = ctx.text
    for m in _SPACED_COMPOUND.finditer(text):
        sur, given = m.group(1), m.group(2)
        if sur in ctx.compound and all(c not in NOT_GIVEN and c not in NEVER for c in given) \
                and word_freq(given) < 1000:
            out.append(NameCandidate(m.start(), m.end(), 2, "spaced-compound", sur + given, ""))


def _repeated(ctx: Ctx, out: list) -> None:
    text, lm = ctx.text, han_lm()
    taken = [(c.start, c.end) for c in out]
    starts = [s for s in ctx.starts if text[s] in ctx.single and s + 3 <= len(text) and _word_end(ctx, s + 3)]
    counts = Counter(text[s:s + 3] for s in starts)
    for name, n in counts.items():
        if n < 2 or not all(CJK.match(c) and c not in NOT_GIVEN and c not in NEVER for c in name[1:]) \
                or word_freq(name) or word_freq(name[1:]) > 1000:
            continue
        if lm.logprob(name) - text_logprob(name) < REPEATED_ODDS:
            continue
        for s in starts:
            if text[s:s + 3] == name and not any(a < s + 3 and s < b for a, b in taken):
                out.append(NameCandidate(s, s + 3, 3, "repeated", name, ""))
