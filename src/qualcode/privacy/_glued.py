"""Words and grammar characters that are syllables of a transliterated name.

A Tibetan, Hui or Mongolian name is often a chain of parts, and one part may happen to be a word of jieba's
dictionary: 才让|东周 (东周, the Eastern Zhou, is the Amdo spelling of Döndrup), 马赛|乃白 (马赛, Marseille). The
boundary rules stop a name at a dictionary word, so the name found is the part the lexicon knows and the rest is left
in clear. :func:`glue_rare_words` takes such a word into the name when everything about it says "name part" rather
than "word": a short transliterated name stands next to it, the word is rare in jieba's dictionary
(:data:`GLUE_FREQ`), is a proper noun or a time word to jieba (no common noun, verb, numeral or grammar word), is made
of characters that given names use, and a word boundary follows it (punctuation, a grammar character, another
dictionary word). A name of up to five characters results; spans of other types and names with a kept title on that
side are left alone.

Two grammar characters are syllables in the same way where Chinese grammar leaves no other reading: 不 after 阿 (阿不
starts no word: the Uyghur and Kazakh 阿不都, 阿不力孜; a name found right after 阿不 takes it too), and an adverb
(更, 也, 再, 又, 才, 都) or the preposition 向 between a role or kin word, 叫, 是, 的 or punctuation and a name
(儿子|更|登才让, Tibetan Gendün; 我叫|也|尔肯别克, Kazakh Yerken; 是|都|古尔扎布, Mongolian Dugarjav).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from qualcode.privacy._boundaries import STOP_CHARS
from qualcode.privacy._minority import minority_lexicon
from qualcode.privacy._name_data import (
    ADVERB_SYLLABLES,
    CJK,
    JOB_TITLE_RE,
    KIN_WORD,
    NAME_DOTS,
    NAME_SPACES,
    NOT_PERSON,
    NUMERALS,
    ROLE_NOUNS,
    SAID_TWICE,
    SAID_TWICE_SURNAMES,
    TITLE_RE,
    frequent_surnames,
    surnames,
)
from qualcode.privacy._name_edges import DOT_PART
from qualcode.privacy._name_model import _role_before
from qualcode.privacy._name_tokens import GIVEN_RATIO, given_ratios, word_freq, word_tag
from qualcode.privacy._syllables import NEVER_SYLLABLES, syllables, transliterated

if TYPE_CHECKING:
    from qualcode.privacy._detect import Span

__all__ = ["GLUE_FREQ", "glue_rare_words"]

#: A word rarer than this in jieba's dictionary (60 million tokens) may be part of a name next to it (东周 128,
#: 马赛 208, 白玉 179; 周末 654, 先天 476, 冬天 1194 are not). Measured on tests/pii: see docs/privacy.md.
GLUE_FREQ = 300
#: The longest name (in characters, without spaces and dots) a glued word may join, and the longest result.
NAME_MAX, GLUED_MAX = 3, 5
#: The most syllables taken after 阿不 (阿不|都热依木).
ABU_RUN = 5
#: jieba tags of words that may be a name part: person names, transliterations, other proper nouns and times (东周,
#: a dynasty). A common noun never is (幼师|马英玉, 乙方|韩金金 on public court and government texts: a role word).
_NAME_PART_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "t"})
_NUMERALS = NUMERALS | frozenset("两初第")  # (also 两, and the 初/第 of ordinals: 初三, 第五)


def glue_rare_words(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with every short transliterated person name grown over a rare dictionary word glued to it on either
    side, and every transliterated name over the grammar characters that are its syllables (see the module
    docstring), also a last one (来, 让, 和, 才) before an adverb, preposition or time word (:func:`_last_syllable`);
    the spans stay sorted and non-overlapping."""
    out, (_common, single, compound), common = list(spans), surnames(), frequent_surnames()
    for i, sp in enumerate(out):
        if sp.type != "person":
            continue
        lo = out[i - 1].end if i else 0
        hi = out[i + 1].start if i + 1 < len(out) else len(text)
        core = text[sp.start:sp.end - len(sp.suffix)]
        bare = "".join(c for c in core if c not in NAME_SPACES and c not in NAME_DOTS)
        s, e = sp.start, sp.end
        if 2 <= len(bare) <= NAME_MAX and len(bare) + 2 <= GLUED_MAX and transliterated(bare):
            if not sp.suffix and e + 2 <= hi and _glueable(text[e:e + 2]) and _ends_after(text, e + 2):
                e += 2
            elif s - 2 >= lo and _glueable(text[s - 2:s]) and _ends_before(text, s - 2):
                s -= 2
        e = _abu_right(text, e, hi) if not sp.suffix else e
        if i + 1 < len(out) and e + 1 == hi and e == sp.end and not sp.suffix and text[e] in ADVERB_SYLLABLES \
                and transliterated(bare) and out[i + 1].type == "person" and transliterated(text[hi:out[i + 1].end]):
            e = hi  # (an adverb between two found parts of one name is its syllable: 阿依古|再|丽·塔依尔)
        if e == sp.end and not sp.suffix and "某" not in bare and (len(bare) == 2 and bare[0] in single
                                                                  or len(bare) == 3 and bare[:2] in compound
                                                                  or transliterated(bare) and bare[:2] not in compound):
            e = _last_syllable(text, e, hi)  # (a surname + one given character, also a compound one: 长孙清|和|每个月;
            # or a transliterated name; not 张某)
        s = s - 2 if s - 2 >= lo and text[s - 2:s] == "阿不" else s  # (阿不|力米提·吾守尔: the prefix 阿不 before it)
        s = _named_before_dot(text, s, e, lo) if not sp.suffix else s
        if s == sp.start and transliterated(bare):
            s = _adverb_left(text, s, lo)
        if s == sp.start and len(bare) == 2 and bare[0] not in _NICK_PREFIXES and bare[0] not in common \
                and s - 2 >= lo \
                and text[s - 1] == text[s - 2] and text[s - 1] in SAID_TWICE_SURNAMES and text[s - 1] != "向":
            s -= 1  # (校长就让|让|文娟: a grammar word is never said twice over, so the second is the surname)
        if (s, e) != (sp.start, sp.end):
            key = "".join(c for c in text[s:e - len(sp.suffix)] if c not in NAME_SPACES)
            out[i] = replace(sp, start=s, end=e, text=text[s:e], key=key, rule=sp.rule + "+glued")
    return out


#: Verbs, a conjunction and an adverb that end names too (高福来, 王科让, 敖其尔呼和, 蒲国才) ...
_LAST_SYLLABLES = frozenset("来让和才")
#: ... and the grammar words that cannot follow them as a verb (高福来|也, 王科让|每季度, 晋美俄让|在): adverbs,
#: prepositions, times and a lone distinguishing word (冯国和|总负责: 总 'overall', where no longer word starts) stand
#: before a verb, and 让 'let' needs a person after it.
_AFTER_NAME_TAGS = frozenset({"p", "d", "t", "b"})
#: Grammar words that are also last given characters (柯志能, 王茂才, 苗振和: ``SAID_TWICE``) end the name before
#: themselves, and before a two-character given name the second is its surname (就让|让|文娟), unless the name
#: starts with a nickname's prefix or a common surname (就就|王芳 is a stutter).
_NICK_PREFIXES = frozenset("小老阿大")
#: ... but not the negations of a verb's A-not-A question (来不来, 让没让).
_NOT_AFTER = frozenset("不没别")


def _last_syllable(text: str, e: int, hi: int) -> int:
    """``e`` one character right when the name is followed by one of :data:`_LAST_SYLLABLES` and then by a
    preposition, an adverb or a time word (or 每 'every'): there the character can be no verb with its object, so it
    ends the name (后院高福|来|也常过来, 民政专干王科|让|每季度来, 舅舅晋美俄|让|在马尔康); 来 and 才 also before
    他们/她们, which stands after names (楼下孙福|来|他们家; not 和 or 让: 和他们 'and them', 让他们 'let them'), and
    any of them before a job title (村小的贾福|来|老师)."""
    if e + 1 < hi and text[e + 1] == text[e] and (text[e] in SAID_TWICE or text[e] == "向") \
            and not word_freq(text[e:e + 2]):
        return e + 1  # (老板柯志|能|能帮就帮, 苗振|和|和调度, 耿立|向|向我借: a grammar word is never said twice
        # over, so the first ends the name)
    if e + 1 >= hi or text[e] not in _LAST_SYLLABLES or text[e + 1] in _NOT_AFTER \
            or word_freq(text[e:e + 2]) > 0:
        return e
    if JOB_TITLE_RE.match(text, e + 1):
        return e + 1  # (村小的贾福|来|老师: a job title follows a name, not a verb)
    if text[e] in "来才" and text.startswith(("他们", "她们"), e + 1):
        return e + 1  # (楼下孙福|来|他们家: a name and 他们 'and the others', 'and family', not 'came to them')
    nxt = next((text[e + 1:e + 1 + k] for k in (3, 2, 1) if word_freq(text[e + 1:e + 1 + k]) > 0), "")
    return e + 1 if nxt and (word_tag(nxt) in _AFTER_NAME_TAGS or nxt[0] == "每") else e


def _abu_right(text: str, e: int, hi: int) -> int:
    """The end of a name found up to 阿 when 不 follows: 阿不 starts no Chinese word, it is the Uyghur and Kazakh
    阿不- (Abdu-, Abli-) of 阿不都, 阿不力孜, 阿不来提, whose 不 the boundary rules never take as a syllable (不力
    "ineffective" is a word); the syllables after it are taken up to a word boundary."""
    if not (text[e - 1:e] == "阿" and text[e:e + 1] == "不"):
        return e
    if hi == e + 1:  # (another name starts right after 不: the two are one, 则乃普·阿|不|力米提老师)
        return hi
    inventory, j = syllables(), e + 1
    while j < min(hi, e + 1 + ABU_RUN) and text[j] in inventory:
        j += 1
    while j > e + 1 and not _ends_after(text, j):
        j -= 1
    return j if j > e + 1 else e


def _named_before_dot(text: str, s: int, e: int, lo: int) -> int:
    """The start of a dotted name right after the naming verb 叫 when up to ``DOT_PART`` - 1 characters lie between
    them, none a stop character: what 叫 names runs up to the dot (他妈叫|布威海|热·吾斯曼: 威海 is a city to the
    dictionary, and jieba glues 叫布)."""
    if not any(c in NAME_DOTS for c in text[s:e]):
        return s
    for q in range(s - 1, max(lo, s - DOT_PART) - 1, -1):
        if text[q] == "叫" and q + 1 < s:
            return q + 1
        if not CJK.match(text[q]) or text[q] in STOP_CHARS:
            break
    return s


def _adverb_left(text: str, s: int, lo: int) -> int:
    """The start of a transliterated name found after one of the adverbs :data:`ADVERB_SYLLABLES` that stands right
    after a role or kin noun, a naming verb (叫, 是), 的 or punctuation: an adverb cannot stand before a name there,
    so it is the name's first syllable (儿子|更|登才让 is 更登才让, Tibetan Gendün; 我叫|也|尔肯别克 is 也尔肯别克,
    Kazakh Yerken; 。|再|努尔古丽; 医院的|才|仁卓嘎大夫 is 才仁卓嘎). The preposition 向 only before a name that
    starts with no common surname and no whole listed element (大女儿|向|秋拉姆 is 向秋拉姆, Tibetan Jangchub)."""
    p = s - 1
    if p < lo or text[p] not in ADVERB_SYLLABLES:
        return s
    if text[p] == "向":  # (a preposition before a Han name, 24日|向|林康借款, or a whole element, 弟弟|向|达瓦借钱)
        whole = text[s] in surnames()[0] or any(text.startswith(el, s) for el in minority_lexicon())
        return p if not whole and _name_may_start(text, p) else s
    if _name_may_start(text, p):
        return p
    if p - 1 >= lo and text[p - 1] in syllables() and _name_may_start(text, p - 1):
        return p - 1  # (one syllable before the adverb: 村医|古再|丽努尔, Uyghur Güzel)
    return s


def _name_may_start(text: str, p: int) -> bool:
    """A name may start at ``p``: after the start, punctuation, 叫, 是, 的 or a role or kin word."""
    return p == 0 or not CJK.match(text[p - 1]) or text[p - 1] in "叫是的" or _role_before(text, p)


def _glueable(word: str) -> bool:
    """A rare dictionary word that can be a part of a name (see the module docstring)."""
    if not all(CJK.match(c) for c in word) or not 1 <= word_freq(word) < GLUE_FREQ:
        return False
    if word_tag(word) not in _NAME_PART_TAGS or word in ROLE_NOUNS or word in NOT_PERSON:
        return False
    if any(c in STOP_CHARS or c in NEVER_SYLLABLES or c in _NUMERALS for c in word) or KIN_WORD.search(word):
        return False
    ratios = given_ratios()
    return not TITLE_RE.match(word) and all(ratios.get(c, 0.0) >= GIVEN_RATIO for c in word)


def _ends_after(text: str, p: int) -> bool:
    """A word boundary at ``p`` seen from the left: the end, punctuation, a grammar character or a dictionary word
    (also one of one character before a grammar character and in no word with the character before it: 阿不力米提|肾|
    不好, not 东|周围|的)."""
    return p >= len(text) or not CJK.match(text[p]) or text[p] in STOP_CHARS \
        or any(word_freq(text[p:p + k]) > 0 for k in (2, 3)) \
        or word_freq(text[p]) > 0 and p + 1 < len(text) and text[p + 1] in STOP_CHARS \
        and not word_freq(text[p - 1:p + 1])


def _ends_before(text: str, p: int) -> bool:
    """The mirror of :func:`_ends_after`: a word boundary at ``p`` seen from the right."""
    return p <= 0 or not CJK.match(text[p - 1]) or text[p - 1] in STOP_CHARS \
        or any(p >= k and word_freq(text[p - k:p]) > 0 for k in (2, 3))
