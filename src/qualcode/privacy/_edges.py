"""Edges of a replaced name that may cut it: the replacements a person should read before sharing a copy.

No detector finds every name whole. What is left in part is mostly a name whose first or last syllable is also a
word of the text around it: 栾福|来说 (栾福来 said; or 栾福 came and said), 扎西|当周帮 (扎西当周 helped), 被|小兰
(被小兰 or "by 小兰"). The detector decides such an edge and is sometimes wrong; when it is, the rest of the name
stays in the copy beside the pseudonym. This module says which edges were close calls, so that they can be checked
by eye instead of reading every replacement.

An edge is *doubtful* when, under the models the detector decides edges with (:func:`~qualcode.privacy._name_model.
name_lm` for the name, jieba's unigram model for the text beside it, each character taken into the name paying
:data:`~qualcode.privacy._name_model.CHAR_COST`), a name one or two characters longer on that side is at least
``1 / DOUBT_ODDS`` as likely as the edge chosen. Characters that are never part of a name (particles, pronouns,
verbs of saying, punctuation) end the look-ahead. ``DOUBT_ODDS`` is a stated prior (one chance in fifty), not a value
fitted on test sets; how many edges it marks, and how many of the names left in part it marks, is measured on the
blind sets (docs/privacy.md).
"""

from __future__ import annotations

import math

from qualcode.privacy._name_data import CJK, NAME_SPACES, surnames
from qualcode.privacy._name_model import CONTEXT, left_scores, right_scores
from qualcode.privacy._name_rules import whole_han_name

__all__ = ["DOUBT_ODDS", "edge_doubt"]

#: An edge is doubtful when the name going on over it is at least one fiftieth as likely as the edge chosen.
DOUBT_ODDS = 50.0
#: Characters looked at beyond an edge.
_LOOK = 2
#: Characters of text kept on each side of a name: a name space, the look and the context scored with it.
_WINDOW = 1 + _LOOK + CONTEXT + 1
#: Characters that never go on a name: particles, pronouns, demonstratives, verbs of saying.
_NEVER = frozenset("的了着过吗呢吧啊呀嘛哦么我你您他她它们咱俺这哪谁什怎说讲问叫")


def _takeable(c: str) -> bool:
    return bool(CJK.match(c)) and c not in _NEVER


def _after(text: str, start: int, end: int) -> float:
    """log odds of the best longer name over the name ``text[start:end]`` ending where it does (over one name space:
    多杰| 东智 is read as 多杰|东智)."""
    if end + 1 < len(text) and text[end] in NAME_SPACES and CJK.match(text[end + 1]):
        text = text[:end] + text[end + 1:]
    k_max = 0
    while k_max < _LOOK and end + k_max < len(text) and _takeable(text[end + k_max]):
        k_max += 1
    if not k_max:
        return -math.inf
    scores = right_scores(text, text[start:end], end, len(text), k_max)
    return max(scores[1:]) - scores[0]


def _before(text: str, start: int, end: int) -> float:
    """The mirror of :func:`_after` on the name's first edge."""
    if start > 1 and text[start - 1] in NAME_SPACES and CJK.match(text[start - 2]):
        text, start, end = text[:start - 1] + text[start:], start - 1, end - 1
    k_max = 0
    while k_max < _LOOK and start - k_max - 1 >= 0 and _takeable(text[start - k_max - 1]):
        k_max += 1
    if not k_max:
        return -math.inf
    scores = left_scores(text, text[start:end], start, 0, k_max)
    return max(scores[1:]) - scores[0]


def edge_doubt(text: str, start: int, end: int, suffix: str = "") -> str:
    """Which edges of the name at ``text[start:end]`` may cut it: ``""`` (neither), ``"start"``, ``"end"`` or
    ``"start end"``. Use it on person names; other kinds of span have edges of their own. A name that ends in a
    title kept after its pseudonym (``suffix``, 主任 of 刘主任) or is a whole Han name of three characters has a sure
    end; a surname and its title (刘科长) a sure start, unless a compound surname ends in it (司马|主任); 老 or 小
    and a surname (老孙, 小王) are sure at both ends."""
    lo = max(0, start - _WINDOW)  # (only the characters around the name count: the text is cut to them)
    text, start, end = text[lo:end + _WINDOW], start - lo, end - lo
    limit, core = -math.log(DOUBT_ODDS), text[start:end - len(suffix)]
    _common, single, compound = surnames()
    old_young = len(core) == 2 and core[0] in "老小" and core[1] in single
    addressed = old_young or len(core) == 1 and suffix and text[start - 1:start + 1] not in compound
    sides = ["start"] if not addressed and _before(text, start, end - len(suffix)) >= limit else []
    if not suffix and not old_young and not whole_han_name(text, start, end) and _after(text, start, end) >= limit:
        sides.append("end")
    return " ".join(sides)
