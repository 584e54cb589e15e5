"""The rules of person-name detection, one function each, over the tagged words of one text (see ``_names``).

Every rule appends :class:`NameCandidate` objects (overlapping; ranks decide) to ``out``. A candidate must start and
end on a word boundary of the tagger, so a surname character inside an ordinary word (全村, 儿童, 孙子, 高兴) never
starts a name.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from qualcode.privacy._name_data import (
    AMBIGUOUS,
    CJK,
    COMMON_FREQ,
    COMMON_WORDS,
    COMPOUND_WORDS,
    CUE_AFTER,
    CUE_BEFORE,
    FUNCTION_SURNAMES,
    GIVEN_WHEN_CUED,
    GRAMMAR_SURNAMES,
    KIN_WORD,
    LIST_CUES,
    NAME_DOTS,
    NAME_SPACES,
    NEVER_NAMES,
    NOT_GIVEN,
    ROLE_NOUNS,
    STOP_CHARS,
    TITLE_RE,
    TITLES,
    surnames,
)
from qualcode.privacy._name_tokens import (
    GIVEN_RATIO,
    GIVEN_RATIO_ONE,
    NAME_TAGS,
    Words,
    given_ratios,
    word_freq,
    word_tag,
)

__all__ = ["CATEGORIES", "ORDERS", "Ctx", "NameCandidate", "complete"]


class NameCandidate(NamedTuple):
    start: int
    end: int
    rank: int
    rule: str
    key: str  # identity used for consistent pseudonyms
    suffix: str  # text kept after the pseudonym (a title), "" if none


class Ctx:
    """The tagged words of a text (parallel lists) and the lookups every rule needs."""

    def __init__(self, text: str, tagged: Words):
        self.text = text
        self.words, self.flags, self.starts, self.ends = tagged
        self.n = len(self.words)
        self.by_start = dict(zip(self.starts, range(self.n)))
        self.by_end = dict(zip(self.ends, range(self.n)))
        self.common, self.single, self.compound = surnames()

    def tok_at(self, pos: int) -> int:
        """Index of the word covering character ``pos``, or -1."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i if 0 <= i < self.n and self.starts[i] <= pos < self.ends[i] else -1

    def nr(self, i: int) -> bool:
        return self.flags[i].startswith("nr")

    def prev_word(self, i: int) -> str:
        return self.words[i - 1] if i > 0 else ""

    def cue_before(self, i: int) -> bool:
        prev = self.prev_word(i)
        two = (self.words[i - 2] if i > 1 else "") + prev
        return prev in CUE_BEFORE or two in CUE_BEFORE or prev.endswith("叫")

    def cue_after(self, j: int) -> bool:
        nxt = self.words[j + 1] if j + 1 < self.n else ""
        return nxt in CUE_AFTER or bool(TITLE_RE.fullmatch(nxt))

    def split_surname(self, word: str) -> tuple[str, str] | None:
        if len(word) >= 3 and word[:2] in self.compound:
            return word[:2], word[2:]
        if word[:1] in self.single:
            return word[:1], word[1:]
        return None


_SLOT_WORDS = frozenset(ROLE_NOUNS | {"是", "的"})
_TITLE_WORDS = frozenset(TITLES)
_SLOT_OR_TITLE = _SLOT_WORDS | _TITLE_WORDS


def cued_last_given(word: str) -> bool:
    """``word`` is a surname and two given characters, the last one a character only a cue allows (张福来: 来 "come",
    as the segmenter keeps it in one word with the name)."""
    return len(word) == 3 and word[0] in surnames()[1] and word[2] in GIVEN_WHEN_CUED and is_given(word[1:], True)


def whole_han_name(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a whole Han name that goes on no further: a single surname and two given characters, neither
    a transliteration syllable nor in a minority element, with no middle dot or name space after it (马成林|管孩子,
    段志强|隔两天; not 丁萨菲|娅, 陶格套|胡, 哈依夏|·托列根)."""
    from qualcode.privacy._minority import minority_lexicon

    name, (_common, single, compound) = text[s:e], surnames()
    if len(name) != 3 or name[0] not in single and name[0] not in GRAMMAR_SURNAMES or name[:2] in compound \
            or "某" in name \
            or any(c in boundary_syllables() for c in name[1:]) or text[e:e + 1] in (*NAME_DOTS, *NAME_SPACES):
        return False
    lexicon = minority_lexicon()
    return not any(name[i:j] in lexicon for i in range(2) for j in range(i + 2, 4))


def whole_tagged_name(text: str, s: int, e: int, rule: str) -> bool:
    """``text[s:e]``, found by ``rule``, is a Han name that goes on no further, by a looser test than
    :func:`whole_han_name`: a compound surname and two given characters (``compound``: 南宫月琴|教我), or a surname the
    tagger split off and two given characters, no transliteration (``split``: 宦永平|开着), the surname neither a
    grammar word that may be none (由罗良|均: 由 'by') nor half of a compound surname (钟离|子衿)."""
    from qualcode.privacy._syllables import transliterated

    if rule == "compound":
        return e - s >= 4
    return rule == "split" and e - s >= 3 and not transliterated(text[s:e]) and text[s:s + 2] not in surnames()[2] \
        and text[s] not in STOP_CHARS


def is_given(s: str, cued: bool = False) -> bool:
    """``s`` can be a given name of one or two characters; with ``cued`` (a naming cue, a title or a second mention
    says "name") also with the characters of ``GIVEN_WHEN_CUED`` (王家和, 佟向前所长)."""
    return 1 <= len(s) <= 2 and all(CJK.match(c) and (c not in NOT_GIVEN or cued and c in GIVEN_WHEN_CUED) for c in s)


# --------------------------------------------------------------------------------------------------------- rules
def rule_nr(ctx: Ctx, out: list) -> None:
    """A word tagged nr/nrfg/nrt that is a surname + 1-2 given characters (张伟, 欧阳明); frequent words need a cue."""
    words, flags = ctx.words, ctx.flags
    for i in [i for i, f in enumerate(flags) if f in NAME_TAGS]:
        word = words[i]
        if not 2 <= len(word) <= 4 or TITLE_RE.search(word[1:]):
            continue  # (李老师, 王奶奶: the title rule handles it)
        split = ctx.split_surname(word)
        strong = ctx.cue_before(i) or ctx.prev_word(i) in ROLE_NOUNS
        start, end = ctx.starts[i], ctx.ends[i]
        if split is None:
            if strong and all(CJK.match(c) for c in word) and not KIN_WORD.search(word):
                out.append(NameCandidate(start, end, 2, "nr-cue", word, ""))
            continue
        sur, given = split
        # (a three-character name the tagger makes up, no dictionary word, with a surname that is no word, is cue
        # enough for 书, 有, 来 ...: 荆书文, 赫连|书禾; not 仲裁书, a dictionary word jieba also tags nr)
        whole = len(sur) == 1 and len(given) == 2 and sur not in AMBIGUOUS and word_freq(word) == 0
        if not is_given(given, cued=strong or whole) or word in NEVER_NAMES:
            continue
        if (word in COMMON_WORDS or word_freq(word) > COMMON_FREQ or len(sur) == 1 and not _given_like(given)) \
                and not strong:
            continue  # (花名册, 农忙, 孙儿: the tagger's nr, but 名册, 忙, 儿 are seldom given names)
        if sur in AMBIGUOUS and not (strong or ctx.cue_after(i) or _likely_full_name(ctx, i, sur, given)):
            continue
        out.append(NameCandidate(start, end, 2, "nr", word, ""))


def _likely_full_name(ctx: Ctx, i: int, sur: str, given: str) -> bool:
    """Word ``i``, tagged a name, is a surname that is also a word (高, 田, 马; not a grammar word) and a two-character
    given name the Han name model takes for a name without a cue: given-name characters (the last one as a lone given
    name would be: not 卫健委|管, 文杰|帮), ``NR_AMBIGUOUS_ODDS`` likelier than text, no surname word before it
    (邵|文斌挺)."""
    return len(sur) == 1 and len(given) == 2 and sur not in FUNCTION_SURNAMES and _given_like(given) \
        and given_ratios().get(given[-1], 0.0) >= GIVEN_RATIO_ONE and _han_odds(ctx.words[i]) >= NR_AMBIGUOUS_ODDS \
        and ctx.prev_word(i) not in ctx.single


def _given_like(given: str) -> bool:
    """Every character of ``given`` is used in given names (at least GIVEN_RATIO)."""
    return all(given_ratios().get(c, 0.0) >= GIVEN_RATIO for c in given)


def rule_split(ctx: Ctx, out: list) -> None:
    """A surname word followed by a given-name word tagged as a name (傅/nr 春雷/nr, 龙 建华/nz), or a doubled
    given name (石 磊磊)."""
    words, heads = ctx.words, _split_heads()
    for i in [i for i, w in enumerate(words[:-1]) if w in heads]:
        t, g = words[i], words[i + 1]
        if len(g) == 3 and ctx.nr(i + 1) and g[2] in STOP_CHARS and (word_tag(g[2]) or "")[:1] == "v" \
                and _given_like(g[:2]):
            g = g[:2]  # (的|肖|云帆帮|我们: the tagger's HMM glued a verb of grammar to a given name)
        if t in AMBIGUOUS and not (ctx.nr(i) or (t not in FUNCTION_SURNAMES and _listed(ctx, i))):
            continue  # (包 海龙: 包 is mostly a word; right after 还有 or 他爸, a surname)
        # (干部|宋|天山: after a role word a surname takes a word as given name; not 连 "even": 女儿|连|问候都没有)
        role = ctx.prev_word(i) in ROLE_NOUNS and ctx.nr(i) and len(g) == 2 and t != "连"
        if not is_given(g, role) or g in COMMON_WORDS or g in NEVER_NAMES:
            continue
        double = len(g) == 2 and g[0] == g[1] and word_freq(g) <= COMMON_FREQ
        # (卖菜的|喻|德山|每回, 跑班车的|宦|永平|: a place word of given-name characters after a surname the tagger
        # tags a name, after 的 or a word that points at a person; not （2012）|鄂|武汉|中民终字)
        place = ctx.flags[i + 1] == "ns" and ctx.nr(i) and len(g) == 2 and _given_like(g) \
            and (ctx.prev_word(i) == "的" or _listed(ctx, i))
        if ctx.nr(i + 1) or ctx.flags[i + 1] == "nz" or double or place or role and word_freq(t + g) <= COMMON_FREQ:
            out.append(NameCandidate(ctx.starts[i], ctx.starts[i + 1] + len(g), 2, "split", t + g, ""))


def _listed(ctx: Ctx, i: int) -> bool:
    """The word before ``i`` lists or points at a person (还有, 同事, 他爸 -- one word or two)."""
    prev = ctx.prev_word(i)
    two = (ctx.words[i - 2] if i > 1 else "") + prev
    return prev in ROLE_NOUNS or prev in LIST_CUES or two in ROLE_NOUNS


@functools.lru_cache(maxsize=1)
def _split_heads() -> frozenset[str]:
    """Single surnames that can start a split name (not the grammar words)."""
    return frozenset(surnames()[1] - FUNCTION_SURNAMES)


@functools.lru_cache(maxsize=1)
def _compound_re() -> re.Pattern:
    return re.compile("|".join(sorted(surnames()[2], key=len, reverse=True)))


def rule_compound(ctx: Ctx, out: list) -> None:
    """A compound surname ending on a word boundary, then a given name of one or two characters (同事欧阳娜娜,
    还有司马光辉, 跟上官建新 -- where the tagger cut 跟上|官 --, 诸葛晓雯). Compound surnames that are also words
    (东方, 公孙) need a cue: 叫 or a role word before, a title or 说 after (东方明老师)."""
    text = ctx.text
    for m in _compound_re().finditer(text):
        s, e = m.span()
        k = ctx.by_start.get(e)
        if k is None or e not in ctx.by_end:
            if (end := _glued_given(ctx, s, e, m.group(0))) is not None:
                out.append(NameCandidate(s, end, 2, "compound", text[s:end], ""))
            continue  # (北欧|阳光: 欧阳 ends inside a word)
        i = ctx.tok_at(s)  # (a compound surname that is a word is cued by a role word: 志愿者梁丘|霁月: 月 'month')
        cued = m.group(0) not in COMPOUND_WORDS or ctx.cue_before(i) or ctx.prev_word(i) in ROLE_NOUNS
        end_k = _given_words(ctx, k, cued=cued)
        g = ctx.words[k]
        if end_k is None and not (len(g) == 3 and g[2] in STOP_CHARS and is_given(g[:2]) and _given_like(g[:2])
                                  and word_freq(g[:2]) < COMMON_FREQ):
            continue  # (not 诸葛|服务站)
        end = ctx.ends[end_k] if end_k is not None else ctx.starts[k] + 2  # (律师百里|云舟帮: a verb glued to it)
        if end_k == k and len(g) == 1 and k + 1 < ctx.n and len(ctx.words[k + 1]) == 2 \
                and _given_like(g + ctx.words[k + 1][0]) and (word_freq(text[end + 1:end + 3]) >= COMMON_FREQ
                                                               or text[end + 1] in STOP_CHARS):
            end += 1  # (医生澹台|若|水上|门: 若水 and 上门, a word the segmenter's 水上 cut across; 律师太史|嘉|言说:
            # a stop character after 嘉言)
        name = text[s:end]
        if m.group(0) in COMPOUND_WORDS and not (ctx.cue_before(i) or _listed(ctx, i) and ctx.nr(k)
                                                 or ctx.prev_word(i) in ROLE_NOUNS
                                                 or end_k is not None and ctx.cue_after(end_k)
                                                 or _two_given(text[e:end])):
            continue  # 东方红, 公孙树
        if word_freq(name) > COMMON_FREQ or name in NEVER_NAMES:
            continue
        out.append(NameCandidate(s, end, 2, "compound", name, ""))


#: ... a word as frequent as 红梅 (189) is still a given name there; 明珠, 今年 are not.
_TWO_GIVEN_FREQ = 300


def _two_given(given: str) -> bool:
    """Two characters after a compound surname that is also a word are a given name with no cue (新来的南宫|暮雪,
    站里的司空|映秋管心理): both used in given names and no frequent word (not 东方|明珠, 长孙|今年)."""
    return len(given) == 2 and _given_like(given) and word_freq(given) < _TWO_GIVEN_FREQ


def _glued_given(ctx: Ctx, s: int, e: int, compound: str) -> int | None:
    """The end of a compound surname that is no word and a two-character given name the tagger glued to part of it
    (社工站的公良书|禾: 公良 starts a word and 书禾 ends one, or its last character starts a word that takes the
    character after it from a common word: 公良若|水上|门), or None."""
    if compound in COMPOUND_WORDS or s not in ctx.by_start:
        return None
    if e + 2 not in ctx.by_end and not (e + 1 in ctx.by_end and word_freq(ctx.text[e + 2:e + 4]) >= COMMON_FREQ
                                        and not word_freq(ctx.text[s:e + 1])):  # (not 欧阳修|小时候)
        return None  # (护士公良若|水上|门: 若水 and 上门, a word the segmenter's 水上 cut across)
    given = ctx.text[e:e + 2]
    return e + 2 if all(CJK.match(c) for c in given) and is_given(given, cued=True) \
        and given_ratios().get(given[-1], 0.0) >= GIVEN_RATIO else None


def _given_words(ctx: Ctx, k: int, cued: bool = False) -> int | None:
    """Index of the last word of a one- or two-character given name starting at word ``k`` (娜娜; 晓|雯), or None;
    ``cued`` (after a compound surname that is no word: 上官明月, 澹台|一|帆) also with the characters of
    ``GIVEN_WHEN_CUED`` and 一 before a given-name character."""
    g = ctx.words[k]
    if len(g) == 2:
        return k if is_given(g, cued) and g not in NEVER_NAMES and not TITLE_RE.fullmatch(g) else None
    if cued and g == "一" and k + 1 < ctx.n and len(ctx.words[k + 1]) == 1 \
            and given_ratios().get(ctx.words[k + 1], 0.0) >= GIVEN_RATIO:
        return k + 1
    if len(g) != 1 or not is_given(g, cued) or TITLE_RE.fullmatch(g):
        return None
    if k + 1 < ctx.n and len(ctx.words[k + 1]) == 1 and is_given(ctx.words[k + 1]) and (
            ctx.nr(k) or ctx.nr(k + 1) or given_ratios().get(ctx.words[k + 1], 0.0) >= GIVEN_RATIO):
        return k + 1
    return k if is_given(g) else None  # (欧阳|家: a cued character is no given name alone)


_CUE_RE = re.compile(r"(?:叫做|名叫|叫|名字是|姓名[:：]?|名为)\s?([\u4e00-\u9fff]{2,4})")
_GIVEN_RE = re.compile(r"(?:叫做|名叫|小名叫|小名|叫[他她]?)([\u4e00-\u9fff]{2})(?=[，,。；;、！!？?…）)\s]|$)")


def rule_cue(ctx: Ctx, out: list) -> None:
    """Surname + 1-2 given characters after a naming cue (我叫吴桂兰, 孩子叫苏和, 姓名：张伟)."""
    text = ctx.text
    for m in _CUE_RE.finditer(text):
        s = m.start(1)
        split = ctx.split_surname(m.group(1))
        if split is None:
            continue
        sur = split[0]
        if sur in FUNCTION_SURNAMES and word_freq(text[s:s + 2]) > COMMON_FREQ:
            continue  # (把我叫|过来|了: a grammar word that starts a common word is no surname)
        for n_given in (2, 1):
            e = s + len(sur) + n_given
            if e > len(text) or e > m.end(1) or not is_given(text[s + len(sur):e], cued=True):
                continue
            if e in ctx.by_end or e == len(text) or not CJK.match(text[e]):
                name = text[s:e]
                if name in COMMON_WORDS and e < len(text) and CJK.match(text[e]) or text.startswith(CATEGORIES, e):
                    continue  # (这种老人叫|空巢|老人: a kind of people, not 空 + 巢)
                out.append(NameCandidate(s, e, 2, "cue", name, ""))
                break


#: Nouns of a kind of people (留守儿童, 空巢老人, 低保户, 帮扶对象): what a cue names with one of them at its end is
#: a category of the policy, not a person (这类孩子叫|困境儿童。).
CATEGORIES = ("儿童", "老人", "孩子", "家庭", "户", "对象", "人员", "群体", "妇女", "少年", "学生", "家长", "残疾人",
              "人口", "老年人")


#: What an order after a verb of calling starts with (叫我别瞎想, 叫他莫放弃, 叫她快走): no name.
ORDERS = frozenset("别莫快要先多少好赶")


#: Log-odds (Han name model against word model) a surname that is also a word needs, without a cue, before a
#: two-character given name that jieba tags as a name (他妈|高秀颖|从, 书记员，田淑芬。; not 白毛风, 安代舞 3.8).
NR_AMBIGUOUS_ODDS = 4.0


def _han_odds(chunk: str) -> float:
    from qualcode.privacy._name_model import han_lm, name_odds  # (that module imports this one)

    return name_odds(chunk, han_lm())


def boundary_syllables() -> frozenset[str]:
    """The transliteration syllables of ``_syllables.syllables`` (imported here: it imports the minority lexicon's
    module, which imports this one)."""
    from qualcode.privacy._syllables import syllables

    return syllables()


def rule_given(ctx: Ctx, out: list) -> None:
    """A given name or nickname alone after a naming cue, then punctuation (大的叫浩浩，孩子叫欣怡。)."""
    for m in _GIVEN_RE.finditer(ctx.text):
        s, e = m.span(1)
        chunk = m.group(1)
        odd = [c for c in chunk if c in NOT_GIVEN]
        if odd and (len(odd) > 1 or word_freq(chunk) or odd[0] not in boundary_syllables()) \
                or chunk in COMMON_WORDS or chunk in NEVER_NAMES:
            continue  # (one grammar character that is also a syllable of transliterated names may be a name's: 然都)
        if word_freq(chunk) > COMMON_FREQ or KIN_WORD.search(chunk):
            continue
        if s not in ctx.by_start and ctx.split_surname(chunk) is None:
            continue
        if ctx.text[s - 1] in "他她" and chunk[0] in ORDERS:
            continue  # (叫他快走。 an order)
        out.append(NameCandidate(s, e, 2, "given", chunk, ""))


_KIN_RE = re.compile(r"[老小]([\u4e00-\u9fff])")
#: Characters after which a surname that is also a word (马, 白, 高 …; not a grammar word: 那, 和 …) is a surname:
#: punctuation, 的, 是, 叫, 和, 跟.
NAME_SLOT_BEFORE = frozenset("，,。、；;：:！!？?的是叫和跟")
_KIN_BLOCKED = AMBIGUOUS - {"高", "马", "周", "黄", "方", "白", "田", "钱", "金", "江", "宁", "查"}
#: ... and 小 + a surname + one given-name character before punctuation is a whole nickname (小康珠。, 小马丽，).
_NICK_END = re.compile(r"[，,。、；;：:！!？?…”」）)\s]|\Z")


def rule_kin(ctx: Ctx, out: list) -> None:
    """老/小 + a common surname: 老张, 小刘 (also 老孙家); after a surname standing alone as a word, 小 + a character
    starts a given name instead (丫头|汪|小花 is 汪小花, not 汪 + 小花; 大的|马|小龙 too, a surname that is also a word
    after 的 or punctuation)."""
    text = ctx.text
    for m in _KIN_RE.finditer(text):
        s, e = m.start(), m.end()
        sur = m.group(1)
        if sur not in ctx.common or sur in _KIN_BLOCKED or s not in ctx.by_start or text[s - 1:s + 1] in ROLE_NOUNS \
                or m.group(0) in NEVER_NAMES:
            continue  # (乡老|祁伊斯哈格: 老 ends the word for a Hui community elder; 小米 'millet')
        k = ctx.by_start[s]
        ok = ctx.ends[k] == e  # 老张 as one word
        if not ok and ctx.ends[k] == s + 1 and (s + 1) in ctx.by_start:
            k2 = ctx.by_start[s + 1]
            ok = ctx.ends[k2] == e or (ctx.words[k2] == sur + "家" and ctx.ends[k2] == e + 1)
        if ok and m.group(0)[0] == "小" and e < len(text) and _NICK_END.match(text, e + 1) \
                and _given_like(text[e - 1:e + 1]) \
                and not word_freq(text[s:e + 1]) and text[e] not in STOP_CHARS and not TITLE_RE.match(text, e):
            out.append(NameCandidate(s, e + 1, 2, "nickname", text[s:e + 1], ""))  # (喊她|小康珠|。, not 小康 + 珠)
            continue
        if ok and not (e < len(text) and text[e] == "们"):
            before = ctx.by_end.get(s)
            if m.group(0)[0] == "小" and before is not None and ctx.words[before] in ctx.single \
                    and (ctx.words[before] not in AMBIGUOUS or ctx.words[before] not in FUNCTION_SURNAMES
                         and (s < 2 or text[s - 2] in NAME_SLOT_BEFORE
                              or before > 0 and ctx.words[before - 1] in ROLE_NOUNS)):  # (护士|侬小梅)
                out.append(NameCandidate(s - 1, e, 2, "split", text[s - 1:e], ""))
            else:
                out.append(NameCandidate(s, e, 2, "kin", text[s:e], ""))


_MOU_RE = re.compile(r"某某|某")
_MOU_BLOCKED = AMBIGUOUS - {"高", "马", "周", "黄", "方", "白", "田"}


def rule_mou(ctx: Ctx, out: list) -> None:
    """Surname + 某/某某: 张某, 刘某某."""
    text = ctx.text
    for m in _MOU_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] == "某":
            continue
        e = m.end()
        if m.start() >= 2 and text[m.start() - 2:m.start()] in ctx.compound:
            s = m.start() - 2
        elif m.start() >= 1 and text[m.start() - 1] in ctx.single:
            s = m.start() - 1
            if text[s] in _MOU_BLOCKED:
                continue
        else:
            continue
        if m.group(0) == "某" and e < len(text) and text[e] in "种些个处方面样天日年月时次件项位类人地":
            continue
        if s in ctx.by_start:  # (else the surname character belongs to the previous word: 对于某, 全某)
            out.append(NameCandidate(s, e, 1, "mou", text[s:e], ""))


def rule_slot(ctx: Ctx, out: list) -> None:
    """A role noun, then 2-3 characters starting with a surname, then punctuation (户主郑国华，老伴韩国庆。)."""
    words, text = ctx.words, ctx.text
    for i in [i for i, w in enumerate(words[:-1]) if w in _SLOT_OR_TITLE]:
        w = words[i]
        strong = w in ROLE_NOUNS or (w in _TITLE_WORDS and len(w) > 1)
        strong = strong or (w == "是" and i > 0 and words[i - 1] in ("我", "俺", "他", "她"))
        if not (strong or ctx.nr(i + 1) or words[i + 1][:1] in ctx.single):
            continue  # (是/的 + a word that can start no name: the common case, skipped early)
        s = e = ctx.ends[i]
        while e < len(text) and e - s < 5 and CJK.match(text[e]):
            e += 1
        chunk = text[s:e]
        split = ctx.split_surname(chunk)
        if e - s == 5 or split is None or not is_given(split[1]) or e not in ctx.by_end \
                or len(split[0]) == 1 and not _given_like(split[1]) and split[1][0] != "某":
            continue  # (孙女|爱唱歌，, 儿子|成绩好，: 唱, 好 are seldom given names; 女儿|赵某乙 a name)
        if (text[e:e + 1] and CJK.match(text[e:e + 1])) or chunk in NEVER_NAMES:
            continue
        if _slot_ok(ctx, i, chunk, split[0], e, strong):
            out.append(NameCandidate(s, e, 2, "slot", chunk, ""))


def _slot_ok(ctx: Ctx, i: int, chunk: str, sur: str, e: int, strong: bool) -> bool:
    first_nr, first_end = ctx.nr(i + 1), ctx.ends[i + 1]
    if chunk in COMMON_WORDS and not (first_nr and strong):
        return False
    if first_end == e and not first_nr and word_freq(chunk) > COMMON_FREQ:
        return False  # one ordinary dictionary word (孩子谈话，)
    whole_nr = first_nr and first_end == e
    split_nr = (len(ctx.words[i + 1]) == len(sur) and i + 2 < ctx.n and ctx.ends[i + 2] == e and ctx.nr(i + 2))
    if sur in FUNCTION_SURNAMES and not (whole_nr and (strong or len(chunk) >= 3)):
        return False
    if sur in AMBIGUOUS and not (whole_nr and (strong or len(chunk) >= 3)) and not (
            strong and word_freq(chunk) <= COMMON_FREQ and chunk not in COMMON_WORDS):
        return False
    return strong or whole_nr or split_nr


_XING_RE = re.compile(r"(?:^|[我他她您你俺，,。；;：:\s]|人家|本人)姓([\u4e00-\u9fff]{1,2}?)"
                      r"(?=[，,。、；;\s叫的]|$)", re.M)


def rule_xing(ctx: Ctx, out: list) -> None:
    """姓 + surname: 我姓常 -> 常."""
    for m in _XING_RE.finditer(ctx.text):
        sur = m.group(1)
        if sur in ctx.single or sur in ctx.compound:
            out.append(NameCandidate(m.start(1), m.end(1), 2, "xing", sur, ""))


_PROPAGATE = ("nr", "cue", "slot", "nr-cue", "given", "split", "compound", "minority", "family", "sibling",
              "numbered")


#: A name of this many characters found once is a name wherever it starts a word, even where the segmenter glued
#: its last character to the next word (那顺都仁 ... 那顺都|仁好).
LONG_NAME = 4


def rule_repeat(ctx: Ctx, out: list) -> None:
    """A name found once is a name wherever it stands alone as a word in this text (a long one wherever it starts a
    word); so is the given name of a three-character full name (王子涵 ... 子涵). Frequent dictionary words are not
    propagated (用电高峰). A nickname or a name with 家 is said again with the extent it had (龙眼|佢, 苗家和|听完)."""
    found = {c.key: c.key for c in out if c.rule in _PROPAGATE and len(c.key) >= 2}
    nicknames = {c.key for c in out if c.rule == "nickname" and len(c.key) >= 2}
    found.update({c.key: c.key for c in out if c.rule == "title" and "·" not in c.key and len(c.key) >= 2})
    for c in list(out):
        if c.rule in ("nr", "cue", "slot", "split") and len(c.key) == 3 and c.key[0] in ctx.single:
            given = c.key[1:]
            if given not in found and given not in COMMON_WORDS and word_freq(given) <= COMMON_FREQ:
                found[given] = c.key
    names = [n for n in found if n not in COMMON_WORDS and word_freq(n) <= COMMON_FREQ and "·" not in n]
    names += [n for n in nicknames if n not in found]  # (a nickname that is a word is the child's in this text)
    found.update((n, n) for n in nicknames)
    # forms whose extent is fixed are said again under their own rule, which nothing grows (龙眼|佢, 苗家和|听完)
    fixed = {c.key: "family" for c in out if c.rule == "family"} | {n: "nickname" for n in nicknames}
    if not names:
        return
    have = {(c.start, c.end) for c in out}
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    for m in pattern.finditer(ctx.text):
        s, e = m.span()
        if (s, e) not in have and s in ctx.by_start and (e in ctx.by_end or e - s >= LONG_NAME):
            out.append(NameCandidate(s, e, 3, fixed.get(m.group(0), "repeat"), found[m.group(0)], ""))


def complete(ctx: Ctx, out: list) -> list:
    """Never leave part of a name behind: a candidate that starts on the second character of a compound surname
    takes in the first (司|马光辉 -> 司马光辉); a given name right after a single-character surname word takes in the
    surname (王|秀兰); surname + one character takes in a next single-character word that is a given-name character
    (王秀|兰)."""
    text, common, compound, ratio = ctx.text, ctx.common, ctx.compound, given_ratios()
    done = []
    for c in out:
        s, e = c.start, c.end
        if "·" not in c.key and c.rule not in ("kin", "mou", "xing", "title", "nickname"):
            if s >= 1 and text[s - 1:s + 1] in compound and (s < 2 or word_freq(text[s - 2:s]) < 20):
                s -= 1
            elif (e - s == 2 and s >= 1 and text[s] not in ctx.single and text[s - 1] in common
                  and text[s - 1] not in AMBIGUOUS and s - 1 in ctx.by_start and s in ctx.by_start
                  and (s < 2 or word_freq(text[s - 2:s]) < 20)):
                s -= 1
            k = ctx.by_start.get(e)
            if (e - s == 2 and text[s] in ctx.single and k is not None and len(ctx.words[k]) == 1
                    and ratio.get(ctx.words[k], 0.0) >= GIVEN_RATIO_ONE and ctx.words[k] not in NOT_GIVEN
                    and not TITLE_RE.match(text, e)):
                e += 1
        done.append(c if (s, e) == (c.start, c.end) else c._replace(start=s, end=e, key=text[s:e]))
    return done

