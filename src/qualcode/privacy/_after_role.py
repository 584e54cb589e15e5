"""Names no rule or lexicon knows, found right after a role or kin noun (孩子妈|叶欧, 村支书|文光耀, 跟着舅舅|岩布朋|过)
or after a surname the text declares (姓让 ... 让秋菊), scored by the name model of :mod:`qualcode.privacy._name_model`
against jieba's word model."""

from __future__ import annotations

import re

from qualcode.privacy._name_data import (
    ADVERB_SURNAMES,
    ADVERB_SYLLABLES,
    CJK,
    COMMON_FREQ,
    COMMON_WORDS,
    FUNCTION_SURNAMES,
    GIVEN_WHEN_CUED,
    GRAMMAR_SURNAMES,
    KIN_BEFORE_NAMES,
    NOT_GIVEN,
    NOT_PERSON,
    ROLE_NOUNS,
    SAID_TWICE_SURNAMES,
    STOP_CHARS,
    TITLE_RE,
    WORDLIKE_SURNAMES,
    WRITTEN_BEFORE,
    frequent_surnames,
)
from qualcode.privacy._name_model import _SURNAME_STANDIN, MIN_NAME_ODDS, NEVER, han_lm, name_lm, text_logprob
from qualcode.privacy._name_rules import Ctx, NameCandidate, _given_like, is_given, whole_han_name
from qualcode.privacy._name_rules import boundary_syllables as _syllables
from qualcode.privacy._name_tokens import NAME_TAGS, word_freq, word_tag

__all__ = ["AFTER_NAME", "ROLE_ODDS", "declared_surnames", "find_after_role", "find_declared", "name_may_end"]

#: Role and kin nouns after which a name often follows directly (孩子爸|岩改, 村支书|文光耀, 哥哥|九保); the naming
#: cues (叫, 名字) and words of example (比如) are the rules' business.
_ROLE_BEFORE = frozenset(ROLE_NOUNS - {"叫", "叫做", "名叫", "名字", "姓名", "例如", "比如", "比如说", "比方说", "就是",
                                       "像", "学生", "村民", "干部", "老乡", "大学生", "志愿者", "孩子"}
                         | {"爸", "妈", "阿爸", "阿妈"}  # (孩子|爸: the segmenter splits what 他爸 keeps whole)
                         # (more role and kin words a name follows: 村支书|王占魁, 男人|撒永刚, 管教|金长顺)
                         | {"支书", "村长", "乡长", "镇长", "组长", "社长", "网格长", "干事", "文书", "督导员", "管教",
                            "工头", "护工", "司机", "大夫", "男人", "女人", "闺女", "丫头", "小子", "弟媳", "嫂子",
                            "弟妹", "侄儿", "前夫", "后爹",
                            # (children by birth order: 老三|周毛草|五岁)
                            "老大", "老二", "老三", "老四", "老五", "老幺", "老小"})
#: (at every position, so that no role word hides another that starts inside it: 她奶|奶 beside 她|奶奶)
_ROLE_RE = re.compile("(?=(" + "|".join(sorted(map(re.escape, _ROLE_BEFORE), key=len, reverse=True)) + "))")
#: Characters that may follow a name found after a role word: punctuation aside, pronouns, particles and the verbs
#: and adverbs that start a clause about the person (岩丁|劝了, 香松|才六岁, 文光耀|就跑), and 过 'live (with)'
#: (跟着舅舅|岩布朋|过: the tagger calls it a particle).
AFTER_NAME = frozenset("他她说也就都跟和的家在是还才又被把给让前去来那这过")
#: An age right after a name (孙子|完么才旦|十二，, 老三|周毛草|五岁): what the person is, said of the person.
_AGE = re.compile(r"(?:[一二三四五六七八九十两]{1,3}|[0-9]{1,2})(?:岁|[，,。；;、])")
#: jieba tags of a one-character word that does not start a name: adverbs, verbs, prepositions, conjunctions,
#: pronouns, particles, numerals, measure words, directions, times (老伴|刚走, 网格员|入户).
_NOT_FIRST = ("d", "v", "p", "c", "r", "u", "m", "q", "f", "t")
#: ... nor holds one anywhere: directions, particles, prepositions, conjunctions, pronouns (他爸|卡|里).
_NEVER_INSIDE = ("f", "u", "p", "c", "r")
#: Log-odds (name model against word model) a name after a role word needs: likelier as a name than as text (from
#: -4 to 4 it changes the names found on the development sets by 13 in 2,700, over-replacement by 4 characters).
ROLE_ODDS = 0.0
#: Chunks after a role word are tried from five characters down; longer than this, only a transliterated one (at
#: least half its characters syllables, the first a syllable or a surname: 包哈日查盖, 杨尕藏才旦).
LONGEST_HAN = 3


def _not_verb(given: str) -> bool:
    return "姓" not in given and not (word_tag(given) or "n").startswith("v")  # (村支书也|姓熊)


def find_after_role(ctx: Ctx, out: list) -> None:
    """Names no rule or lexicon knows, right after a role or kin noun: two or three characters (four or five when
    transliterated) ending on a word boundary before punctuation (not a digit: 他爸|卡里|6000) or a word that starts
    a clause about the person, made of no frequent dictionary word and no grammar character, that the name model
    finds likelier as a name than jieba's word model as text (孩子妈|叶欧，; 村支书|文光耀，; 妹妹|妮保。). What Miao,
    Lahu, Wa or Yao names look like in an interview when no list holds them."""
    text, lm, syl = ctx.text, name_lm(), _syllables()
    taken = [(c.start, c.end) for c in out]
    # (where a role word ends on a word boundary: 村支书 ends with 支书; 楼|长 cut by the tagger is still 楼长)
    for s in sorted({m.end(1) for m in _ROLE_RE.finditer(text)} & ctx.by_end.keys()):
        if s >= len(text):
            continue
        for length in (5, 4, 3, 2):
            e = s + length
            chunk = text[s:e]
            if length > LONGEST_HAN and (2 * sum(c in syl for c in chunk) < length
                                         or chunk[0] not in syl and chunk[0] not in ctx.single):
                continue  # (four or five characters: transliterated, from a syllable or a surname on,
                # 村支书|包哈日查盖|给, 村支书|杨尕藏才旦|给; not 老婆|炸包尔萨克 'fries baursak')
            # a surname that is above all a grammar word (儿童主任|都丽娟: 都 "all") with a two-character given name
            # that holds no grammar character and is no common word: scored by the Han name model like any other
            function = length == 3 and (text[s] in FUNCTION_SURNAMES and text[s] in ctx.single
                                        or text[s] in ADVERB_SURNAMES and _not_verb(chunk[1:])) \
                and not any(c in NOT_GIVEN or c in NEVER for c in chunk[1:]) and word_freq(chunk[1:]) <= COMMON_FREQ \
                and all(word_freq(w) <= COMMON_FREQ for _j, w in _words_in(ctx, s, e) if len(w) > 1)
            cued = length == 3 and text[s] in ctx.single and text[s] not in FUNCTION_SURNAMES  # (大伯|陈有根|过)
            if e > len(text) or not all(CJK.match(c) and (c not in NEVER or c in syl or function and i == 0
                                                          or cued and i and c in GIVEN_WHEN_CUED)
                                        for i, c in enumerate(chunk)) \
                    or not (name_may_end(ctx, e, title=True) or cued and _whole_and_likely(ctx, s, e)):
                continue
            k = ctx.by_start.get(s)
            # a surname and a two-character given name: the given name may be a word (楼长|冯|建国), and the Han
            # name model scores it
            han = length == 3 and (text[s] in ctx.single and text[s] not in FUNCTION_SURNAMES or function)
            if k is None or len(ctx.words[k]) == 1 and not han and (ctx.flags[k] or "x").startswith(_NOT_FIRST) \
                    or any(len(w) > 1 and word_freq(w) > COMMON_FREQ and ctx.flags[j] not in NAME_TAGS
                           and not (han and w == chunk[1:])
                           or len(w) == 1 and (ctx.flags[j] or "x").startswith(_NEVER_INSIDE)
                           for j, w in _words_in(ctx, s, e)) \
                    or chunk in COMMON_WORDS or chunk in NOT_PERSON or chunk in ROLE_NOUNS or TITLE_RE.search(chunk) \
                    or word_freq(chunk) > COMMON_FREQ:
                continue
            odds = _han_odds(chunk) if han else lm.logprob(chunk) - text_logprob(chunk)
            if odds >= ROLE_ODDS and not any(a < e and s < b for a, b in taken):
                out.append(NameCandidate(s, e, 3, "role", chunk, ""))
                break
            if length <= LONGEST_HAN:
                break  # (the longest chunk of three or two characters that may be a name decides)


def _han_odds(chunk: str) -> float:
    """Log odds of ``chunk``, a surname and a given name after a role word, as a Han name against as text; the role
    noun says a name follows, so a rare surname is scored as a common one (谯|建平)."""
    return max(han_lm().logprob(chunk), han_lm().logprob(_SURNAME_STANDIN + chunk[1:])) - text_logprob(chunk)


def _whole_and_likely(ctx: Ctx, s: int, e: int) -> bool:
    """``text[s:e]`` after a role word is a whole Han name on a word boundary that the Han name model finds as likely
    as a name found with no cue at all must be (``MIN_NAME_ODDS``): whatever follows it (爸爸|盛立新|重度残疾)."""
    return e in ctx.by_end and whole_han_name(ctx.text, s, e) and _han_odds(ctx.text[s:e]) >= MIN_NAME_ODDS


#: A surname declared in the text: 姓 + one character before punctuation or 的 (我姓让。, 头一家姓向，, 我对象姓把，),
#: where 姓 ends no word with the character before it (百姓, 同姓, 贵姓: :func:`declared_surnames`) ...
_DECLARED = re.compile(r"(^|[\u4e00-\u9fff，,。；;：:\s])姓([\u4e00-\u9fff])(?=[，,。、；;\s的]|$)", re.M)
#: Who declares a surname of the hundred commonest (我姓马。, 他家姓罗，): after anyone else (儿子姓马), that one is
#: no news to the rules, and names of history that bear it are (马本斋).
_SAYERS = frozenset("我他她您你俺家，,。；;：:") | frozenset(" \t\n\u3000")
#: ... or a character explained by a word in quotes that holds it: “要不要”的要。, “有没有”的有，.
_EXPLAINED = re.compile(r"[“\"「『‘]([\u4e00-\u9fff]{1,4})[”\"」』’]的([\u4e00-\u9fff])(?=[，,。；;！!\s]|$)", re.M)
#: How much less likely than text a given name after a declared surname may be under the Han name model, if its
#: characters are common in given names (红霞 -2.9, 海军 -3.9; not 晨曦 -5.3, 政策 -6.3, 公司 -8.4; tuned on tests/pii
#: and the spent held-out sets).
DECLARED_ODDS = -5.0


#: ... but an everyday verb declared is one (姓问。 ... 叫问兰英, a rare surname that reads 'ask'); not the copula,
#: 有 'have' or a modal (姓是, 姓要), which no one declares.
_VERB_TAGS = frozenset({"v", "vg", "n"})
_NO_DECLARED = frozenset("是有没要会能想")


def declared_surnames(text: str) -> set[str]:
    """The surnames :data:`_DECLARED` and :data:`_EXPLAINED` find in ``text`` (not 姓名 'name', 姓氏 'surname')."""
    common = frequent_surnames()
    said = {m.group(2) for m in _DECLARED.finditer(text)
            if word_freq("姓" + m.group(2)) <= COMMON_FREQ and not word_freq(m.group(1) + "姓")
            and (not m.group(1) or m.group(1) in _SAYERS or m.group(2) not in common
                 or m.group(2) in WORDLIKE_SURNAMES)  # (but any grammar word: 向 'towards', taken only declared)
            and (m.group(2) not in STOP_CHARS or m.group(2) in WORDLIKE_SURNAMES  # (一个姓的，: 的 is no surname)
                 or word_tag(m.group(2)) in _VERB_TAGS and m.group(2) not in _NO_DECLARED)}
    return said | {m.group(2) for m in _EXPLAINED.finditer(text) if m.group(2) in m.group(1)}


def find_declared(ctx: Ctx, out: list) -> None:
    """A surname the text declares (姓让, 第二家姓和) starts a name wherever it stands before two given-name characters
    that are no common word and end on a name's boundary (姐姐|让小满|十三, 跟|让小满|说), though it is a grammar word
    elsewhere (让 'let', 和 'and'): people explain an unusual surname because it reads as a word. So does a name of
    such a surname that the text once says where its grammar cannot stand -- after 跟/同/与/和 'with', after the same
    character or after a cue of writing (跟|让海英|一起, 我又让|让海英|去, 写成|向泽登): that name is one wherever it is
    said (主任|让海英|给她家报了)."""
    text, taken = ctx.text, [(c.start, c.end) for c in out]
    declared = declared_surnames(text)
    for pattern in [re.escape(sur) for sur in declared] + _said_with(ctx, taken):
        for m in re.finditer(pattern, text):
            s, e = m.start(), m.start() + 3
            if e > len(text) or text[s - 1:s] == "姓" \
                    or not _grammar_surname_name(ctx, s, taken, declared=text[s] in declared or text[s] != "是") \
                    or any(a < e and s < b and not (s < a and b <= e) for a, b in taken):
                continue  # (a name found inside it, 让|小满, is its given name: the span grows over the surname)
            out.append(NameCandidate(s, e, 2, "declared", text[s:e], ""))


def _grammar_surname_name(ctx: Ctx, s: int, taken: list[tuple[int, int]], with_cue: bool = False,
                          declared: bool = False) -> bool:
    """``text[s:s + 3]`` may be a surname and a given name: a given name found alone there, or one the Han name model
    finds likelier than text (not 补贴|和低保), of given-name characters, no common word, ending on a name's boundary
    (``with_cue``: on a word's, 跟|让海英|一起). After a surname the text declares or says where its grammar cannot
    stand (``declared``), a given name of characters common in given names will do, a word or not (姓有 ... 有|红霞,
    姓把 ... 把|玉山, 他妈也|红梅|也是); not after 是 'is' (刘家和|是|木匠)."""
    text, e = ctx.text, s + 3
    given = text[s + 1:e]
    usual = declared and _given_like(given) and given not in ROLE_NOUNS and "姓" not in given and (
        han_lm().logprob(_SURNAME_STANDIN + given) - text_logprob(given) >= DECLARED_ODDS
        or word_tag(given) in NAME_TAGS and word_freq(given) <= COMMON_FREQ)  # (淑珍, a name the tagger knows)
    named = usual or (s + 1, e) in taken \
        or han_lm().logprob(_SURNAME_STANDIN + given) - text_logprob(given) >= ROLE_ODDS
    return e <= len(text) and named and is_given(given, cued=True) and not any(c in NEVER for c in given) \
        and (usual or word_freq(given) <= COMMON_FREQ) and word_freq(text[s:s + 2]) <= COMMON_FREQ \
        and (name_may_end(ctx, e, title=True) or with_cue and e in ctx.by_end and s + 1 in ctx.by_start)


_GRAMMAR_SURNAME_RE = re.compile("[" + "".join(sorted(GRAMMAR_SURNAMES)) + "]")


#: A grammar-word surname said again after a two-character name is the name's (才红英才三十, 要志刚要我); 让
#: 'let' only before the one let (让梅英让我: not 让|雷文让|当了, a name ending in 让).
_LET_WHOM = frozenset("我你您他她咱俺人")


def _said_with(ctx: Ctx, taken: list[tuple[int, int]]) -> list[str]:
    """The names (as patterns) of a grammar-word surname and a given name said after 跟/同/与/和 'with', after the
    same character or after a cue of writing, or 被/把 said again right after the name, where the grammar word cannot
    stand (跟让海英一起: not 'with let'; 让让海英去: not 'let let'; 单子上写成向泽登，: not 'written towards';
    对门的被桂芝被她儿子接去: one clause takes one passive 被), or between a kin word and an age (哥哥向天乐十岁: a
    preposition needs its verb); the two characters make no word (同时, 千千万万)."""
    text, names = ctx.text, set()
    for m in _GRAMMAR_SURNAME_RE.finditer(text, 1, len(text) - 2):  # (the grammar words only: one regex pass)
        s = m.start()
        if ((text[s - 1] in "跟同与和" or text[s - 1] == text[s]) and not word_freq(text[s - 1:s + 1])
                or text[s] in SAID_TWICE_SURNAMES and text[s + 3:s + 4] == text[s] \
                and text[s + 4:s + 5] != text[s + 1]  # (not 有正义有正气: 'has X, has Y')
                and (text[s] != "让" or text[s + 4:s + 5] in _LET_WHOM)
                or WRITTEN_BEFORE.search(text, max(0, s - 4), s) is not None
                or text.endswith(KIN_BEFORE_NAMES, 0, s) and _AGE.match(text, s + 3) is not None) \
                and _grammar_surname_name(ctx, s, taken, with_cue=True, declared=text[s] != "是"):
            names.add(re.escape(text[s:s + 3]))
    return sorted(names)


def name_may_end(ctx: Ctx, e: int, title: bool = False) -> bool:
    """A name found by the model may end at ``e``: the text ends, or a word of the tagger ends there and punctuation
    (not a digit: 他爸|卡里|6000), a character of :data:`AFTER_NAME`, a clause about the person or an age follows
    (and, with ``title``, a title: 班主任|南卡加|老师)."""
    text = ctx.text
    return e == len(text) or e in ctx.by_end and (not text[e].isalnum() or text[e] in AFTER_NAME
                                                  or _clause_start(ctx, e) or _aged(text, e)
                                                  or title and TITLE_RE.match(text, e) is not None)


def _aged(text: str, e: int) -> bool:
    """An age follows ``e`` and no adverb before it ends the chunk (老三|白乙拉|才五岁 'only five')."""
    return bool(_AGE.match(text, e)) and text[e - 1] not in ADVERB_SYLLABLES


def _clause_start(ctx: Ctx, e: int) -> bool:
    """A verb or an adverb starts at ``e``: what is said of the person a name names (韦光明|得了, 岩罕|爬树)."""
    k = ctx.by_start.get(e)
    return k is not None and (ctx.flags[k] or "x").startswith(("v", "d"))


def _words_in(ctx: Ctx, s: int, e: int) -> list[tuple[int, str]]:
    k = ctx.by_start.get(s)
    found = []
    while k is not None and k < ctx.n and ctx.starts[k] < e:
        found.append((k, ctx.words[k]))
        k += 1
    return found

