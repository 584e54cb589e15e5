"""Names whose first given character is 家 (王家和, 刘家珍, 董家福, 郝家旺).

家 right after a surname reads first as 'the family of' (刘家 'the Lius', 王家庄 a village), so the general rules
take no name with it unless a naming cue stands before it; yet 家 is among the commonest first given characters (家和,
家乐, 家兴, 家旺, 家宝). Half of the held-out sets' names of this shape were missed whole. Here a surname + 家 + one
given character is a name when the grammar around it says a person is meant:

* a title or kinship word follows (肖家和老师, 冉家和大夫, 谭家和书记);
* a role or kin word or a naming cue stands before it (村医|郝家旺, 表哥|董家福), and the name
  ends a word;
* it ends a clause (，彭家和，男) or a pronoun for one person, a verb of saying or an adverb follows it (谭家和|他原来,
  肖家和|说, 涂家和|也在, 廖家和|都六十了): 'the Xs' does not stand before 他 or 都 like that, and an adverb cannot
  follow an adjective or verb that 'the Xs' would be the subject of (刘家穷 'the Lius are poor' is no name).

和, a conjunction, is taken as the given character only with the first kind of evidence or when what follows
cannot follow a conjunction (punctuation, an adverb, 他/她 alone, a verb of saying, 是 or 家 'household' alone):
吴家和他们家 'the Wus and their family' and 王家和家长们 stay. A name jieba's dictionary holds and has seen seldom
(杨家和) needs the same evidence, no more. Never a name: a place (王家庄, 李家沟: the character is a word of
place), a word 家 starts (张家长 'parent Zhang', 王家人, 刘家里), another dictionary word of all three (张家口,
农家乐), a character that starts a word with what follows (王家兄弟) or one that is seldom a given-name character
(刘家的, 王家两口子, 刘家穷).
"""

from __future__ import annotations

from qualcode.privacy._name_data import CJK, COMMON_FREQ, FUNCTION_SURNAMES, NOT_GIVEN, ROLE_NOUNS, TITLE_RE
from qualcode.privacy._name_model import _role_before
from qualcode.privacy._name_rules import Ctx, NameCandidate, _given_like
from qualcode.privacy._name_tokens import word_freq, word_tag

__all__ = ["rule_family_char"]

#: Characters that end names of villages, streets and places after 'the X family' (王家庄, 李家沟, 刘家峡, 陈家祠).
PLACE_ENDS = frozenset("庄屯村沟湾坝店营堡寨岭峪河坡洼台窑口园集镇铺桥巷院楼湖山坪塬梁岗嘴滩场坟墩渠井厂祠峡寺街"
                       "坊垭圩洲岛坳冲塘埠港堰畈岙嘎凹埂岔坨溪源")
#: Words of a surname character and 家 that mean something else (国家 'country', 管家 'butler', 全家 'the whole
#: family', 农家 'farmers', 顾家 'caring for one's family', 安家 'settle'): no name starts with them (妇联管家暴).
NOT_FAMILIES = frozenset("""
国家 官家 万家 全家 管家 农家 庄家 商家 家家 公家 东家 法家 富家 仇家
成家 居家 墨家 养家 别家 爱家 琴家 利家 归家 安家 顾家 专家 作家 画家
大家 老家 回家 自家 当家 发家 搬家 持家 住家 行家 名家 买家 卖家 玩家
赢家 输家 店家 船家 酒家 厂家 儒家 道家 兵家 皇家 冤家 本家
""".split())
#: What may follow a name and not 'the X family': a verb of saying, a pronoun for one person, an adverb.
AFTER = ("说", "讲", "告诉", "他", "她", "也", "都", "就", "还", "才", "又", "再", "一直", "已经", "早就", "从来", "常")
#: Words that, standing alone after the name, cannot follow 'the Xs and' nor an adjective of 'the Xs': 是 'is' and
#: 家 'household' (杨家和|是管那个村的, 周家和|家的补贴; not 家长 or 家人, which may: 王家和|家长们).
ALONE_AFTER = ("是", "家")
#: A word of jieba's dictionary of this shape it tags as a name and has seen this seldom is a name, not a place or a
#: term (杨家和 2, 李家和 4; 王家庄 26, 农家乐 277, 张家口 303).
DICTIONARY_NAME_FREQ = 5
#: Words right before a name that say a person is meant (村医, 表哥, 是).
_WORDS_BEFORE = frozenset(ROLE_NOUNS | {"是"})
#: The conjunction that is also a common given character (家和); it needs the stronger evidence above.
CONJUNCTION = "和"


def _ends_clause(text: str, p: int) -> bool:
    return p >= len(text) or not (CJK.match(text[p]) or text[p].isalnum())


def _after(text: str, p: int, conjunction: bool) -> bool:
    """A person is meant by what stands before ``p``: a verb of saying, 他/她, an adverb; after 和 'and' not 他们
    (吴家和|他们家 'the Wus and their family'; 莫家旺|他们家 is 'Mo Jiawang's family')."""
    for word in AFTER:
        if text.startswith(word, p):
            return not (conjunction and word in "他她" and text.startswith("们", p + 1))
    return False


def _before(ctx: Ctx, s: int, i: int) -> bool:
    """A role or kin word, a title, 是 or a naming cue ends at ``s`` (村医|郝家旺, 表哥|董家福, 是|裘家珍)."""
    return _role_before(ctx.text, s) or ctx.cue_before(i) or ctx.prev_word(i) in _WORDS_BEFORE


def rule_family_char(ctx: Ctx, out: list) -> None:
    """Append a candidate (rule ``family``, and ``title`` with the title kept) for every surname + 家 + given
    character the grammar around it names a person (see the module docstring)."""
    text = ctx.text
    p = text.find("家", 1)
    while p != -1 and p + 2 <= len(text):
        out.extend(_candidates(ctx, p - 1, p + 2))
        p = text.find("家", p + 1)


def _candidates(ctx: Ctx, s: int, e: int) -> list[NameCandidate]:
    text = ctx.text
    sur, given, name = text[s], text[e - 1], text[s:e]
    i = ctx.by_start.get(s)
    if i is None or sur not in ctx.single or sur in FUNCTION_SURNAMES or not CJK.match(given) \
            or text[s:s + 2] in NOT_FAMILIES or given in PLACE_ENDS or given != CONJUNCTION and (
                given in NOT_GIVEN or given in "大小老" or not _given_like(given)):
        return []  # (刘家穷: 穷 is no given-name character; 余家三姊妹)
    dictionary_name = word_tag(name) == "nr" and word_freq(name) <= DICTIONARY_NAME_FREQ  # (杨家和, 李家和)
    if word_freq(name) and not dictionary_name or word_freq(text[e - 2:e]) > COMMON_FREQ \
            or s > 0 and text[s - 1] in "老小":
        return []  # (张家口, 农家乐; 家长, 家里, 家人; 老刘家 is the kin rule's)
    k = ctx.tok_at(e - 1)
    if k >= 0 and ctx.ends[k] > e and len(ctx.words[k]) > 1:
        return []  # (王家|兄弟: the character starts a word with what follows)
    bare = NameCandidate(s, e, 2, "family", name, "")
    title = TITLE_RE.match(text, e)
    if title is not None and (title.end() in ctx.by_end or title.end() == len(text)):
        # (the bare name too, for where it is said again without the title)
        return [NameCandidate(s, title.end(), 1, "title", name, title.group(0)), bare]
    after = ctx.by_start.get(e)
    if _ends_clause(text, e) or _after(text, e, given == CONJUNCTION) \
            or after is not None and ctx.words[after] in ALONE_AFTER:
        return [bare]
    if given != CONJUNCTION and (e in ctx.by_end or e == len(text)) and _before(ctx, s, i):
        return [bare]
    return []
