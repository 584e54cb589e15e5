"""Surnames that are grammar words, where a text shows them as surnames.

和, 把, 向, 还 and the like are surnames, rare ones, and far more often grammar words; the detector takes one as a
surname only with evidence (a name tag and a cue, a declared name, the same name said twice). Once it has found a
name with that surname in a text (把永强, 和宇辰, 向秋麦朵), the text is about that family, and a name found right
after the character is the family's too: 给把|小龙调过药 is 把小龙, his father's son; 学校名单上又成了和|阿日宾 is
the boy 和宇辰 under his Mongolian name. Left alone, such a name keeps its surname in clear (人员A的 surname 把).

The name after it must have no surname of its own (小龙, 阿日宾, 更呷: not 王小明, where 和 is 'and'), no span may
end at the character, and the character must make no word with the one before it (一把, 还有 are words). A
transliterated name or one of three characters or more takes it only as a form wrote it: ending a clause, after a
verb's end (成了, 写的, 是) or punctuation, where neither 'and' (糌粑和|曲拉来) nor 'take' (把|阿依娜当妹妹护着) fits.

Grammar shows one too, without another name: an adverb (还, 才, 也, 都) or a preposition (把, 被, 向, 让) needs a
verb after the noun it stands before, so before a two-character name that ends a clause, right after a role word,
a verb or punctuation, it is the surname (儿童主任还|淑珍，, 头一个谢还|淑珍。, 本地人，被|小兰，).
"""

from __future__ import annotations

from dataclasses import replace

from qualcode.privacy._dotted import name_core
from qualcode.privacy._name_data import CJK, NAME_SPACES, WORDLIKE_SURNAMES
from qualcode.privacy._name_model import _role_before
from qualcode.privacy._name_tokens import surnames, word_freq, word_tag
from qualcode.privacy._syllables import transliterated

__all__ = ["attested_surname", "constant_surname"]

#: The fewest characters of a found name that shows its first character is a family's surname here (把永强).
_ATTESTING = 3
#: A character that makes a word used this often with the one before it is that word's, no surname (一把, 还有).
_WORD_BEFORE = 50


def attested_surname(text: str, spans: list) -> list:
    """Person spans grown over a grammar-word surname right before them (:data:`WORDLIKE_SURNAMES`) that
    starts another person name found whole in ``text`` (see the module docstring)."""
    spans = _no_grammar_here(text, spans)  # (first: a surname grammar shows attests it too, 主任还|淑珍 … 。还|淑珍说)
    families = {sp.text[0] for sp in spans if sp.type == "person" and len(sp.key) >= _ATTESTING
                and sp.key[0] == sp.text[0] and sp.key[0] in WORDLIKE_SURNAMES}
    if not families:
        return spans
    single = surnames()[1]
    out = list(spans)
    for i, sp in enumerate(out):
        s = sp.start
        spaced = s >= 2 and text[s - 1] in NAME_SPACES and any(c in NAME_SPACES for c in sp.text)  # (把 |小 龙)
        p = s - 2 if spaced else s - 1
        core = name_core(sp.text)
        if sp.type != "person" or p < 0 or text[p] not in families or core[0] == text[p] \
                or (i and out[i - 1].end > p) or core[0] in single and len(core) > 2 and not transliterated(core) \
                or p >= 1 and CJK.match(text[p - 1]) and word_freq(text[p - 1:p + 1]) >= _WORD_BEFORE:
            continue
        if (len(core) > 2 or transliterated(core) and text[p] not in _ADVERBS) \
                and not _written_after_verb(text, p, sp.end):
            continue  # (把|阿依娜当妹妹护着, 糌粑和|曲拉来: 'take' and 'and' before a name; not 。还|淑珍说)
        out[i] = replace(sp, start=p, text=text[p:sp.end], key=text[p] + sp.key if sp.key else "")
    return out


def _written_after_verb(text: str, p: int, e: int) -> bool:
    """The name ends a clause at ``e`` and the character at ``p`` follows no noun it could join (成了|和阿日宾，,
    写的|向更呷。): neither 'and' nor the 把 that needs a verb after its object."""
    return (e == len(text) or not (CJK.match(text[e]) or text[e].isalnum())) \
        and (p == 0 or not CJK.match(text[p - 1]) or text[p - 1] in _VERB_ENDS)


#: Surnames that are adverbs: an adverb stands before a verb, never before a noun, so it is neither 'and' nor
#: 'take' before a name of two characters, however like a transliteration it reads (。还|淑珍说, after 主任还淑珍).
_ADVERBS = frozenset("还才也都就")
#: What ends a verb phrase right before a name as it was written (成了, 写的, 是).
_VERB_ENDS = frozenset("了的是")




#: Grammar words that need a verb after the noun or name they stand before: adverbs (还, 才, 也, 都) and
#: prepositions (把, 被, 向, 让): before a name that ends a clause they are no grammar (儿童主任还|淑珍，). Not 要
#: 'want', which takes a noun (比划着要|小费，).
_NEED_VERB = frozenset("还才也都让把被向")


def _no_grammar_here(text: str, spans: list) -> list:
    """Person spans of two given characters grown over one of :data:`_NEED_VERB` right before them when the name
    ends a clause there: 儿童主任还|淑珍，, 头一个谢还|淑珍。, 妈妈是本地人，被|小兰，; 'also', 'take' or 'by' would
    need a verb after the name."""
    out = list(spans)
    for i, sp in enumerate(out):
        s, e = sp.start, sp.end
        if sp.type != "person" or sp.suffix or e - s != 2 or s < 1 or text[s - 1] not in _NEED_VERB \
                or (i and out[i - 1].end >= s) or not all(CJK.match(c) for c in sp.text) \
                or s >= 2 and CJK.match(text[s - 2]) and word_freq(text[s - 2:s]) >= _WORD_BEFORE \
                or e < len(text) and text[e] not in _CLAUSE_ENDS or not _governed(text, s - 1):
            continue
        out[i] = replace(sp, start=s - 1, text=text[s - 1:e], key=text[s - 1] + sp.key if sp.key else "")
    return out


def _governed(text: str, p: int) -> bool:
    """What ends at ``p`` may stand before a name: nothing, punctuation, a role or kin word (儿童主任|还淑珍,
    大姑|才凤兰) or a verb or preposition of one character (谢|还淑珍); not a noun or pronoun an adverb would follow
    (里头|也封斋)."""
    return p == 0 or not CJK.match(text[p - 1]) or _role_before(text, p) or text[p - 1] in _KIN_ENDS \
        or (word_tag(text[p - 1]) or "")[:1] in "vp"


#: Last characters of kin words no list holds (大姑, 三舅, 二婶): a kin word ends there.
_KIN_ENDS = frozenset("姑姨叔舅爷奶妈爸哥姐弟妹婶伯嫂")


_CLAUSE_ENDS = frozenset("，。；！？：、,.;!?\n")


#: The fewest mentions of a name that all stand right after one surname character before it is taken as theirs.
_CONSTANT_MIN = 2
#: 'And': a name said with the same person each time (我和|小燕 … 我和|小燕) keeps it out.
_AND = frozenset("和与及跟同或")


def constant_surname(text: str, spans: list) -> list:
    """Person spans of a two-character name with no surname grown over the surname character that stands right
    before every one of its mentions (two or more): 第四户，过|玉珠过了年 … 我看见过|玉珠家 is 过玉珠 each time. Not
    'and' (我和|小燕 twice), nor a character that makes a word with the one before it; a name said alone anywhere
    (玉珠说), or somewhere the detector did not find it, keeps its mentions as they are."""
    single = surnames()[1] | WORDLIKE_SURNAMES
    groups: dict[str, list[int]] = {}
    for i, sp in enumerate(spans):
        if sp.type == "person" and len(sp.text) == 2 and sp.key == sp.text and not sp.suffix and "某" not in sp.key:
            groups.setdefault(sp.key, []).append(i)
    out = list(spans)
    for key, idx in groups.items():
        if len(idx) < _CONSTANT_MIN:
            continue
        before = {_char_before(text, spans[i].start) for i in idx}
        if len(before) != 1 or (c := before.pop()) is None or c not in single or c in _AND:
            continue
        if text.count(key) != len(idx):  # (every mention in the text, not only the ones found)
            continue
        for i in idx:
            sp = out[i]
            p = text.rindex(c, 0, sp.start)
            if i and out[i - 1].end > p or p >= 1 and CJK.match(text[p - 1]) \
                    and word_freq(text[p - 1:p + 1]) >= _WORD_BEFORE:
                continue
            out[i] = replace(sp, start=p, text=text[p:sp.end], key=c + sp.key)
    return out


def _char_before(text: str, s: int) -> str | None:
    """The character right before ``s``, over one space (问 |桂英 of a spaced list)."""
    p = s - 2 if s >= 2 and text[s - 1] in NAME_SPACES else s - 1
    return text[p] if p >= 0 and CJK.match(text[p]) else None
