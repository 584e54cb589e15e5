"""Names whose surname no list holds, found because the text says them the same way again and again."""

from __future__ import annotations

from collections import Counter

from qualcode.privacy._name_data import CJK, NUMERALS, ROLE_NOUNS, STOP_CHARS
from qualcode.privacy._name_model import NEVER, _word_end, han_lm, name_odds
from qualcode.privacy._name_rules import Ctx, NameCandidate, is_given
from qualcode.privacy._name_tokens import GIVEN_RATIO_ONE, given_ratios, word_freq
from qualcode.privacy._syllables import syllables, transliterated

__all__ = ["REPEATED_ODDS", "add_mentions", "repeated_unlisted"]

#: Log-odds (name model against word model) a repeated surname + given name needs (tuned on tests/pii); a name of
#: an unlisted surname is scored with a common one in its place.
REPEATED_ODDS = 3.0
#: How often a name whose surname no list holds must be said, the same three characters each time, to be one.
_SAID_OFTEN = 3
#: ... and the first two characters of it no word said this often (写成|纳 菲 莎 three times).
_WORD_START = 20
#: The surname the given name of such a name is scored after (the model knows no name of an unlisted surname).
_PROXY_SURNAME = "王"


def repeated_unlisted(ctx: Ctx, out: list, taken: list) -> None:
    """Three characters said three times or more, each time a word of their own, whose first is in no surname list
    and said little else, and whose last two read as a given name after a common surname (起凤仙 five times, 茶若溪
    four: 楚雄's surnames 起 and 茶; 续晨曦 of 隰县's 续): no list holds every family's surname, and what a text says
    that often the same way is a name. Not a grammar, numeral or transliteration character nor 老/小/阿 first
    (老倌子), no word in its first two, no transliteration (凯里木), and the last character one of given names
    (婚生女, 缴存额 are none)."""
    text, lm = ctx.text, han_lm()
    starts = [s for s in ctx.starts if s + 3 <= len(text) and text[s] not in ctx.single and CJK.match(text[s])
              and text[s] not in STOP_CHARS and text[s] not in NEVER and text[s] not in syllables()
              and text[s] not in NUMERALS and text[s] not in "老小阿" and _word_end(ctx, s + 3)]
    counts = Counter(text[s:s + 3] for s in starts)
    for name, n in counts.items():
        if n < _SAID_OFTEN or 2 * n < text.count(name[0]) or name[1:] in ROLE_NOUNS or transliterated(name) \
                or word_freq(name[:2]) >= _WORD_START \
                or given_ratios().get(name[2], 0.0) < GIVEN_RATIO_ONE or not is_given(name[1:], cued=True) \
                or any(c in NEVER for c in name[1:]) or word_freq(name) or word_freq(name[1:]) > 1000 \
                or name_odds(_PROXY_SURNAME + name[1:], lm) < REPEATED_ODDS:
            continue
        add_mentions(text, starts, name, taken, out)


def add_mentions(text: str, starts: list[int], name: str, taken: list, out: list) -> None:
    """Append a ``repeated`` candidate for each mention of the three-character ``name`` at ``starts`` that overlaps
    none of the ``taken`` spans."""
    for s in starts:
        if text[s:s + 3] == name and not any(a < s + 3 and s < b for a, b in taken):
            out.append(NameCandidate(s, s + 3, 3, "repeated", name, ""))
