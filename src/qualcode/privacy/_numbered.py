"""Names of birth order: a surname, a numeral and one given character (霍三虎, 秦二女, 贺二牛, 樊二柱).

In the villages of the north and north-west a child is often named by its place among the siblings and one more
character (二柱 'second pillar', 三虎 'third tiger', 二女 'second girl'). The name model never learned them (jieba's
dictionary tags few such names, and a numeral is no given character elsewhere: ``NOT_GIVEN``), so the rules missed
them whole. The segmenter, though, keeps such a name apart from its neighbours: a word starts at the surname (the
tagger reads it as a name when it is a word of its own) and one ends after the given character. Three such
characters that are no dictionary word, and no numeral word after the surname (周三 'Wednesday', 高三 'final school
year' are dictionary words; 王二楼 is no name: 楼 is no given character), are the name.
"""

from __future__ import annotations

from qualcode.privacy._name_data import AMBIGUOUS, CJK, NOT_GIVEN
from qualcode.privacy._name_rules import Ctx, NameCandidate
from qualcode.privacy._name_tokens import GIVEN_RATIO_ONE, given_ratios, word_freq, word_tag

__all__ = ["find_numbered"]

#: The numerals of birth order (一 is no place among siblings in a name: 老大 is said instead).
BIRTH_ORDER = frozenset("二三四五六七八九")
#: How much likelier in given names than elsewhere the character after the numeral must be (女 2.2, 牛 4.9, 虎 22;
#: 下 0.2, 好 0.3, 级 0.8): a character of names, if not one of the likeliest.
NUMBERED_GIVEN_RATIO = 2.0


def find_numbered(ctx: Ctx, out: list) -> None:
    """A common surname (not one that is mostly a word: 周, 高, 马) starting a word, tagged a name when it is a word
    of its own, a numeral of birth order and a given character ending a word, and no dictionary word (see the module
    docstring)."""
    text, ratio = ctx.text, given_ratios()
    taken = [(c.start, c.end) for c in out]
    for i, s in enumerate(ctx.starts):
        e = s + 3
        if e not in ctx.by_end or text[s] not in ctx.common or text[s] in _PREFIXES or text[s] in AMBIGUOUS \
                or text[s + 1] not in BIRTH_ORDER \
                or len(ctx.words[i]) == 1 and not ctx.flags[i].startswith("nr") \
                or (word_tag(text[s]) or "n")[:1] in "vpdc":
            continue  # (a surname the tagger or the dictionary reads as a verb or preposition is one: 同事巫马丽娟|
            # 管五华那一片, 一案不|应二理, 提供的|由四慧)
        given, order = text[s + 2], text[s + 1:e]
        likely = ratio.get(given, 0.0)
        if not CJK.match(given) or given in NOT_GIVEN or given in _KIN or likely < NUMBERED_GIVEN_RATIO \
                or word_freq(text[s:e]) or word_freq(order) > ORDER_WORD_FREQ and not (
                    word_tag(order) in _NUMBER_TAGS and likely >= GIVEN_RATIO_ONE) \
                or any(a < e and s < b for a, b in taken):
            continue
        out.append(NameCandidate(s, e, 3, "numbered", text[s:e], ""))


#: A numeral and the character after it said this often as a word are that word (三天, 二楼, 三角, 二号), unless
#: the dictionary has it as a name or a number phrase and the character is one of the likeliest in given names
#: (二柱 'two pillars', 柱 31.7; not 三天, 天 10.8).
ORDER_WORD_FREQ = 20
_NUMBER_TAGS = frozenset({"nr", "m", "j"})
#: Prefixes of nicknames that are surnames too: 阿三, 老二 and 小五 are what a child is called, and a surname may stand
#: before them (胡|阿三|帮我).
_PREFIXES = frozenset("阿老小")
#: Kin characters after a numeral say which uncle or sister (王三叔, 李二婶), no name.
_KIN = frozenset("叔姐哥嫂姨姑伯弟妹婶舅爷奶娘婆公")
