"""Short forms of minority names found whole: people are called by one element of a long name (萨日乃 of 萨日乃其其格,
诺民 of 诺民其其格), and an interview says the long name once and the short one after. Where a person span holds a
listed element of the minority lexicon (其其格, 图雅) and two characters or more beside it, those characters are a
short form of that person's name wherever the text says them on their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qualcode.privacy._after_role import AFTER_NAME
from qualcode.privacy._minority import minority_lexicon
from qualcode.privacy._name_data import (
    CJK,
    COMMON_FREQ,
    KIN_WORD,
    NAME_SPACES,
    NOT_PERSON,
    ROLE_NOUNS,
    TITLES,
    surnames,
)
from qualcode.privacy._name_forms import BEFORE_NAMES
from qualcode.privacy._name_tokens import word_freq

__all__ = ["covered_by", "short_forms"]

#: The fewest characters of a long name that has a short form (萨日乃其其格, 诺民其其格; not 图雅).
LONG_NAME = 4


def short_forms(text: str, spans: list) -> list:
    """``spans`` (sorted, non-overlapping) and the mentions of short forms of its minority names: a person span of
    ``LONG_NAME`` or more Han characters (no title, dot or space) that is a listed element and two characters or more
    beside it gives those characters; where the text says them outside every span, between a boundary (the start,
    punctuation or grammar such as 是, 跟) and the end of a name (punctuation, 她, 说, 也 ...), they are a mention of
    that person (with the long name's key), with a common surname alone before one space in front of it (庞　德却: a
    school's form). What starts two names of the text, or two names give, is a family's or clan's name (海来 of 海来尔古
    and 海来阿芝: ``complete_by_clans``' business); role, kin and frequent words are never short forms."""
    lexicon = minority_lexicon()
    keys: dict[str, set[str]] = {}
    for sp in spans:
        name = text[sp.start:sp.end]
        if sp.type != "person" or sp.suffix or len(name) < LONG_NAME or not all(CJK.match(c) for c in name):
            continue
        for i in range(2, len(name) - 1):
            head, tail = name[:i], name[i:]
            for short, element in ((head, tail), (tail, head)):
                if element in lexicon and len(short) >= 2 and _may_be_short(short):
                    keys.setdefault(short, set()).add(sp.key)
    names = {text[sp.start:sp.end] for sp in spans if sp.type == "person"}
    keys = {short: owners for short, owners in keys.items()
            if len(owners) == 1 and sum(n.startswith(short) for n in names) < 2}  # (not a clan's)
    if not keys:
        return spans
    covered = covered_by(text, spans)
    out = list(spans)
    for m in re.finditer("|".join(sorted(map(re.escape, keys), key=len, reverse=True)), text):
        s, e = m.span()
        if any(covered[s:e]) or not _alone(text, s, e):
            continue
        if s >= 2 and text[s - 1] in NAME_SPACES and text[s - 2] in surnames()[0] and not any(covered[s - 2:s]) \
                and _alone(text, s - 2, s - 1):
            s -= 2  # (表上是庞　德却: a common surname alone before one space is the form's, as schools write it)
        out.append(replace(spans[0], start=s, end=e, type="person", text=text[s:e], rule="short-form",
                           key=next(iter(keys[m.group()])), suffix=""))
        covered[s:e] = b"\x01" * (e - s)
    return sorted(out, key=lambda sp: sp.start)


def _may_be_short(short: str) -> bool:
    return short not in NOT_PERSON and short not in ROLE_NOUNS and short not in TITLES \
        and not KIN_WORD.search(short) and word_freq(short) <= COMMON_FREQ


def _alone(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` stands on its own: a boundary or grammar before it, the end of a name after it."""
    left = s == 0 or not CJK.match(text[s - 1]) or text[s - 1] in BEFORE_NAMES
    right = e == len(text) or not CJK.match(text[e]) or text[e] in AFTER_NAME
    return left and right


def covered_by(text: str, spans: list) -> bytearray:
    """One byte per character of ``text``: 1 where a span covers it (the forms found after a name go only where no
    span is)."""
    covered = bytearray(len(text))
    for sp in spans:
        covered[sp.start:sp.end] = b"\x01" * (sp.end - sp.start)
    return covered
