"""Where a found name ends and starts, after the name model (:mod:`qualcode.privacy._name_model`) has moved its
edges: grammar characters that are a name's last syllable where their grammar cannot stand (端木清和，, 白照那|给),
the part of a name behind a middle dot or one space (毕勒达启·长顺, 吉克 石呷), a compound surname before a given
name (的|第五|春燕). :mod:`qualcode.privacy._boundaries` calls :func:`name_end` and :func:`name_start` last, on every
person span it grows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qualcode.privacy._minority import minority_lexicon
from qualcode.privacy._name_data import (
    AFTER_GE,
    CJK,
    KINDS_OF_NAME,
    LAST_SYLLABLE_BEFORE,
    NAME_DOTS,
    NAME_SPACES,
    NEVER_CLAUSE_END,
    NO_NOUN_AFTER_AND,
    NUMERALS,
    TITLE_RE,
    TYPED_DOTS,
    VERB_AFTER_NA,
    surnames,
)
from qualcode.privacy._name_model import (
    _boundary,
    _compound_before,
    _role_before,
    _takeable,
    grow_left,
    grow_right,
    unseen_surnames,
)
from qualcode.privacy._name_rules import boundary_syllables as _syllables
from qualcode.privacy._name_tokens import GIVEN_RATIO_ONE, given_ratios, word_freq, word_tag
from qualcode.privacy._syllables import transliterated

if TYPE_CHECKING:
    from qualcode.privacy._boundaries import Tokens

_SPACES = NAME_SPACES
_PARTS = re.compile(f"[{NAME_DOTS}{_SPACES}]")
_FULLY_SPACED = re.compile(rf"\w(?:[{_SPACES}]\w)+")
_FRAME_BEFORE = re.compile("[对就拿从][^，。！？；：\n]*$")
#: Compound surnames the surname list leaves out, as words (他叔|孙子 'his uncle's grandson' is no name), that a
#: whole name of their second character after a boundary takes (一块的叔孙婉宁).
_WORD_COMPOUNDS = frozenset({"叔孙"})
_PRONOUNS = frozenset("我你您他她咱俺")
#: Words for a kind of name: what follows one up to punctuation is the name, also where the segmenter glued the
#: word's last character to the name's first (经名优苏甫: 经/名优/苏甫).
_KIND_OF_NAME = re.compile(f"(?:{'|'.join(KINDS_OF_NAME)})([\u4e00-\u9fff]{{1,2}})$")
#: Characters that stand between a kind of name and the name as words, not as its syllables (小名叫, 经名是,
#: 经名写成, 蒙古名字).
_NOT_AFTER_KIND = frozenset("叫是为也就都还和跟字写成作")
_AGE = re.compile("[一二三四五六七八九十]{1,3}(?:岁|了|[^\u4e00-\u9fff])")
_DOT_GAP = re.compile(f"[{_SPACES}]?[{NAME_DOTS}][{_SPACES}]?")
_DOT_GAP_BEFORE = re.compile(f"[{_SPACES}]?[{NAME_DOTS}][{_SPACES}]?$")
#: The most characters of a name part taken across a middle dot by :func:`name_end` and :func:`name_start`.
DOT_PART = 4


def _dotted_right(text: str, e: int, hi: int) -> int:
    """The end of a short name part (1 to ``DOT_PART`` characters) behind a middle dot right after ``e`` that ends
    on a boundary, whatever the dictionary makes of it (毕勒达启·长顺); ``e`` when there is none."""
    m = _DOT_GAP.match(text, e, hi)
    if m is None:
        return e
    q = m.end()
    while q < hi and q - m.end() < DOT_PART and (_takeable(text[q]) or q == m.end() and CJK.match(text[q])):
        q += 1  # (the character next to the dot is the name's, whatever else it can be: no word stands there)
    return q if q > m.end() and _boundary(text, q, -1, hi) else e


def _dotted_left(text: str, s: int, lo: int) -> int:
    """The mirror of :func:`_dotted_right`: a clan name before a middle dot (邻居家|精奇里•琪琪格玛)."""
    m = _DOT_GAP_BEFORE.search(text, lo, s)
    if m is None:
        return s
    q = m.start()
    while q > lo and m.start() - q < DOT_PART and not _role_before(text, q) \
            and (_takeable(text[q - 1]) or q == m.start() and CJK.match(text[q - 1])):
        q -= 1  # (莫那·吉善: 那 "that" never stands before a dot)
    return q if q < m.start() and (_boundary(text, q - 1, lo - 1, len(text)) or _role_before(text, q)) else s


def name_end(text: str, s: int, e: int, hi: int) -> int:
    """The end of the person span ``text[s:e]`` after the model has moved it (:func:`grow_right`, on the part of the
    name after its last middle dot or space); a name split in two by one space (吉克 石呷) takes the characters after
    the space that the model takes when the space is not there. Never before ``e``, never past ``hi``."""
    e = _dotted_right(text, e, hi)
    last = _PARTS.split(text[s:e])[-1]
    e = grow_right(text, last, e, hi)
    clause_end = e + 1 >= len(text) or not CJK.match(text[e + 1])
    if e < hi and text[e] in NEVER_CLAUSE_END and (clause_end or text[e] in "和与及或" and (
            text[e + 1] in NO_NOUN_AFTER_AND or text[e + 2:e + 3] in ("着", "了") and word_tag(text[e + 1]) == "v")):
        return e + 1  # (端木清和，, 吕万和|过, 司马清和|帮着: 和 "and" never ends a clause nor stands before 过 or a
        # verb with 着, so it ends the name; before another 和 too: _glued's words said twice)
    if e < hi and clause_end and len(last) == 2 and last[0] in surnames()[1] and (
            text[e] in "才能" or text[e] == "有" and (e + 1 == len(text) or not text[e + 1].isalnum())):
        return e + 1  # (班主任是王茂才，, 隔壁是汪根有，, 有。|柯士能，: a surname and one given character, then 才, 能
        # or 有 the given name's end; not 有 before letters: 康珠|有QQ)
    if e + 1 < hi and text[e] == "来" and text[e + 1] in "说帮" and len(last) == 2 and last[0] in surnames()[1] \
            and given_ratios().get(last[1], 0.0) >= GIVEN_RATIO_ONE \
            and not _FRAME_BEFORE.search(text, max(0, s - 12), s):
        return e + 1  # (民政上的|栾福来|说: no 对 ... 来说 'as for' frame before it)
    for k in (2, 1) if e + 1 < hi and text[e] in "给那" and _role_before(text, s) else ():
        rest = text[e + 1:e + 1 + k]  # (二姑娘|汪如给燕|十一, 外孙女|丁鲁给耶|六岁, 姑娘|乌图那生|十五了: "give" and
        # "that" take no age after them)
        if _AGE.match(text, e + 1 + k) and all(_takeable(c) and c not in NUMERALS and (
                c in _syllables() or given_ratios().get(c, 0.0) >= GIVEN_RATIO_ONE) for c in rest):
            return e + 1 + k
    if e + 1 < hi and text[e] == "那" and text[e + 1] in VERB_AFTER_NA and len(last) > 1 and _role_before(text, s) \
            and last not in minority_lexicon() and 2 * sum(c in _syllables() for c in last + "那") > len(last) + 1:
        return e + 1  # (儿童主任|白照那|给女儿报了: "that" takes a noun after it, not a verb such as 给 "give";
        # a name the lexicon knows whole is no first part: 村主任乌日娜那|给, "at her place")
    if e < hi and text[e] in LAST_SYLLABLE_BEFORE and len(last) > 1 \
            and 2 * sum(c in _syllables() for c in last) > len(last) \
            and (clause_end or _title_at(text, e + 1) or text[e] == "各" and text[e + 1] in AFTER_GE):
        return e + 1  # (经名阿卜都，, 阿丽米热·阿布都老师, 沙马石各她: before punctuation or a title, where the adverb
        # "all" never stands, 都 is the last syllable of a name mostly of syllables; so is 各 "each", also before a
        # pronoun or an adverb: 阿苏日各|也)
    if e + 2 < hi and text[e] in LAST_SYLLABLE_BEFORE and text[e + 1:e + 3] == "和和" and len(last) > 1 \
            and not text.startswith("气", e + 3) and last not in minority_lexicon() \
            and 2 * sum(c in _syllables() for c in last) > len(last):
        return e + 2  # (阿哈宝音满都和|和我嫂子: "and" said twice, the first is the name's, so is 都 before it;
        # not a name the lexicon knows whole, 巴特尔都和|和我说了, nor 和和气气)
    for k in (1, 2) if e < hi and len(last) > 1 and transliterated(last) else ():
        if e + k <= hi and text[e + k - 1] == _YI_WOMAN and CJK.match(text[e]) and text[e] not in _NEVER_BEFORE_MO:
            return e + k  # (女子瓦扎|说嫫十二: 嫫 ends only Yi women's names, so what stands before it is hers too,
            # even 说 'say')
    if e < hi and e - s >= 2 and text.startswith(_ABDU, e - 2):
        return e + 1  # (外孙|阿布都|在兰州, 老乡叶尔哈利|阿布都|常来: 阿布都 'Abdu' is one part of a name; no name here
        # ends in 阿布 before the adverb 'all')
    if e + 1 < hi and text[e] in _SPACES and CJK.match(text[e - 1]) and not _FULLY_SPACED.fullmatch(text, s, e):
        end = grow_right(text, last, e + 1, hi)
        if end > e + 1:
            return end
        return _second_half(text, last, e, hi)
    return e


#: The ending of Yi women's given names (-mo: 阿果嫫, 吉则石嫫, 瓦扎说嫫); no everyday word ends in it.
_YI_WOMAN = "嫫"
#: ... but 'mother' of the Yi kin word 阿嫫 after the name is no syllable of it (沙马|的阿嫫).
_NEVER_BEFORE_MO = frozenset("的阿")
#: The most characters of the second half of a transliterated name written in two with a space (吉勒 依惹).
HALF = 3
#: A second half said this often as one word is a word after the name (巴特尔 那天), no half of it.
HALF_WORD_FREQ = 50


def _second_half(text: str, last: str, e: int, hi: int) -> int:
    """The end of the second half of a transliterated name a form wrote in two (吉勒 依惹写成两截, 阿侯　克哈。): after
    the space at ``e``, two or three characters that read as a transliteration, no word, none of them grammar, and
    no word with the character after them; ``e`` when there are none."""
    if len(last) < 2 or not transliterated(last):
        return e
    for k in range(HALF, 1, -1):
        end = e + 1 + k
        half = text[e + 1:end]
        if end > hi or not all(CJK.match(c) and _takeable(c) for c in half) or not transliterated(half) \
                or word_freq(half) > HALF_WORD_FREQ or any(word_freq(text[e + 1 + i:e + 3 + i]) > HALF_WORD_FREQ
                                                          for i in range(k - 1)):
            continue
        if end == len(text) or not CJK.match(text[end]) or word_freq(text[end - 1:end + 1]) < HALF_WORD_FREQ \
                and text[end] not in _syllables():
            return end
    return e


#: The Arabic 'servant of' of Uyghur, Kazakh and Hui names, whose last syllable is the adverb 都 'all'.
_ABDU = "阿布都"


def _title_at(text: str, p: int) -> bool:
    """A title starts at ``p`` and is not a predicate (他都老板了 "he is a boss already")."""
    m = TITLE_RE.match(text, p)
    return m is not None and not text.startswith("了", m.end())


def name_start(text: str, s: int, e: int, lo: int) -> int:
    """The mirror of :func:`name_end`: the start of the person span ``text[s:e]`` (``e`` before a kept title),
    never after ``s`` nor before ``lo``; a compound surname right before a two-character given name is taken
    in."""
    if e - s in (2, 3) and _compound_before(text, s, s + 2, lo):
        return s - 2  # (律师钟离|慕远帮: also when the span took a character after the given name)
    if e - s == 3 and text[s - 1:s + 1] in _WORD_COMPOUNDS \
            and (_boundary(text, s - 2, lo - 1, len(text)) or _role_before(text, s - 1)) \
            and text[s - 2:s - 1] not in _PRONOUNS:
        return s - 1  # (一块的叔|孙婉宁, 叫叔|孙浩宇, 村官叔|孙语冰: 叔孙 before a whole name of 孙; not 我叔|孙建国)
    s = _dotted_left(text, s, lo)
    m = _KIND_OF_NAME.search(text, max(lo, s - 5), s)
    gap = m.group(1) if m is not None and m.start(1) >= lo else ""
    if gap and not _NOT_AFTER_KIND.intersection(gap) and all(_takeable(c) and c not in NUMERALS for c in gap) \
            and not (len(gap) == 2 and word_freq(gap)) and _boundary(text, e, -1, len(text)):
        return s - len(gap)  # (经名优|苏甫，: not 经名写成|鲁 海 亚)
    first = _PARTS.split(text[s:e])[0]
    if len(first) == 3 and first[0] in unseen_surnames() and not transliterated(first):
        return s  # (a surname the model has seen no name of starts a Han name: 托|禤美玲, 老三|蹇雨欣)
    s = grow_left(text, first, s, lo)
    if s - 1 > lo and text[s - 1] in _SPACES and CJK.match(text[s]) and not _FULLY_SPACED.fullmatch(text, s, e):
        start = grow_left(text, first, s - 1, lo)
        return min(start if start < s - 1 else s, _syllables_before_space(text, s - 1, lo, s))
    return s


def _syllables_before_space(text: str, p: int, lo: int, s: int) -> int:
    """The start of a first half of two to four transliteration syllables before the space at ``p``, standing on a
    boundary (才仁 那木加甫: the half the model does not know); ``s`` when there is none."""
    syl = _syllables()
    q = p
    while q > lo and p - q < 4 and text[q - 1] in syl and not _role_before(text, q):
        q -= 1
    if p - q >= 2 and (_boundary(text, q - 1, lo - 1, len(text)) or _role_before(text, q)):
        return q
    return s


def before_verb_of_people(toks: Tokens, s: int, end: int, e: int) -> int:
    """``e`` less the one character a Han name (a single surname and one or two given characters) grew over from
    ``end`` when that character is a verb the segmenter made one word with the 人 'someone' after it (沙凤琴|托人|捎来,
    彭德清|带人来: 'sent word through someone', 'brought people'), not the name's last given character (初永强|人好:
    强 is no verb)."""
    text, i = toks.text, toks.at_start.get(e - 1)
    if e - 1 >= end and i is not None and toks.ends[i] > e and text[e] == "人" and word_tag(text[e - 1]) == "v" \
            and text[s] in surnames()[1] and 2 <= e - 1 - s <= 3 and text[s:e] not in minority_lexicon():
        return e - 1
    return e


#: How common (jieba's word frequency) a one-character verb or adverb must be for :func:`glued_verb` (嫁 2,308,
#: 压 4,586), and how seldom in given names (:func:`given_ratios`: 嫁 0, 受 0.39; 花 9.99, 先 8.14 and 生 21.1 end
#: names: 娜仁花, 吉毛先).
GLUED_VERB_FREQ = 2000
GLUED_VERB_GIVEN = 1.0


def glued_verb(text: str, s: int, p: int) -> bool:
    """``text[p]`` is a common one-character verb or adverb, seldom in given names and no transliteration syllable,
    right after a name the minority lexicon knows whole (ending ``text[s:p]``) and not one with it: the segmenter's
    HMM glued it to the name (把呼和牧仁压|在底下, 金花其其格|嫁到), and the name ends before it."""
    c, lexicon = text[p:p + 1], minority_lexicon()
    return bool(c) and c not in _syllables() and (word_tag(c) or "")[:1] in ("v", "d") \
        and word_freq(c) >= GLUED_VERB_FREQ and given_ratios().get(c, 0.0) < GLUED_VERB_GIVEN \
        and any(text[k:p] in lexicon and text[k:p + 1] not in lexicon for k in range(s, p - 1))


def typed_dot_right(toks: Tokens, s: int, e: int, hi: int) -> int:
    """The end of a transliterated name of two syllables or more behind a full stop typed for the middle dot right
    after the transliterated name ``text[s:e]`` (老乡|吐尔洪江|.买合木提过节: 过节 'the festival' is a word), up to a
    word boundary (:meth:`Tokens.translit_right`); ``e`` when there is none."""
    text = toks.text
    if not (e + 3 <= hi and text[e] in TYPED_DOTS and e - s >= 2 and transliterated(text[s:e])
            and text[e + 1] in _syllables()):
        return e
    end = toks.translit_right(e + 1, hi)
    return end if end - e - 1 >= 2 and transliterated(text[e + 1:end]) else e
