"""What stands between a naming cue and punctuation (the ``named`` and ``nickname`` rules of
:mod:`qualcode.privacy._names`): 我叫禚丽萍，, 学名叫樊一航，, 经名|赛里目，, 小名叫苞米。, 喊她蒜苗。, 都叫她塔尼娅。,
微信上就叫“字国华”, 都喊我包姐。. Split from :mod:`qualcode.privacy._name_rules` to keep modules small; the rules
there find names by tag, surname and title.
"""

from __future__ import annotations

import re

from qualcode.privacy._name_data import (
    COMMON_FREQ,
    GRAMMAR_SURNAMES,
    KIN_WORD,
    NEVER_NAMES,
    ROLE_NOUNS,
    STOP_CHARS,
    TITLES,
    surnames,
)
from qualcode.privacy._name_model import name_odds
from qualcode.privacy._name_rules import CATEGORIES, ORDERS, Ctx, NameCandidate, _given_like
from qualcode.privacy._name_tokens import word_freq
from qualcode.privacy._syllables import syllables, transliterated

__all__ = ["CALLED_ODDS", "rule_named", "rule_register"]

#: Cues that say "a nickname follows" (小名叫芝麻，): what stands between one and punctuation is the name, even a word.
_NICK_CUES = ("小名叫", "小名是", "小名儿叫", "小名", "乳名叫", "乳名", "外号叫", "外号", "绰号叫")
#: Cues that say "a name follows" (我叫禚丽萍，, 老汉叫畅满仓。): two to four characters before punctuation are the
#: name, with a surname in no list too (禚, 畅, 庹), unless they are a frequent word that is no name (我叫救护车。).
_NAMED_CUES = ("我叫", "俺叫", "我名叫", "名叫", "叫做", "名字叫", "名字是", "大名叫", "大名是", "学名叫", "学名是",
               "汉名叫", "汉名是", "真名叫", "本名叫",
               # (a kind of name, then the name: 经名宰乃甫， the religious name of a Hui; 汉名, 藏名, 蒙古名 ...)
               "经名叫", "经名是", "经名", "汉名", "藏名叫", "藏名", "蒙古名叫", "蒙古名", "学名", "大名")
#: ... of them, those that name a kind of name: what follows may be spelt with grammar characters (经名|阿不都热合曼).
_KIND_CUES = frozenset(c for c in _NAMED_CUES if c.startswith(("经名", "藏名", "蒙古名")))
#: Cues that say "what follows is what someone is called" (都叫他二娃，, 喊她燕子。), or an order (叫他小心点。): what
#: follows needs the name model's word for it.
_CALLED_CUES = ("叫他", "叫她", "叫我", "叫俺", "喊他", "喊她", "喊我", "喊俺")
#: Titles and role words that end what someone is called (喊他嘎略公公, 叫我蒙古嫂子): the name is before them.
_TAILS = tuple(sorted(set(TITLES) | ROLE_NOUNS, key=len, reverse=True))
#: ... and what an account or screen name is introduced by (微信上就叫“向军”, 网名叫“田老幺”): in quotes, a name.
_HANDLE_WORDS = ("微信", "微信名", "微信上", "网名", "昵称", "QQ名", "QQ上", "扣扣上")
_HANDLE_CUES = "(?:" + "|".join(_HANDLE_WORDS) + ")就?叫(?=“)"
_NAMED_RE = re.compile("(" + "|".join(sorted(_NICK_CUES + _NAMED_CUES + _CALLED_CUES, key=len, reverse=True)) + "|(?:"
                       + "|".join(sorted(map(re.escape, ROLE_NOUNS - {"叫", "叫做", "名叫", "名字"}), key=len,
                                         reverse=True))
                       + r")叫|" + _HANDLE_CUES + r")"
                       # (a name may stand in quotes: 喊她“毛措”。, 名字叫“菲菲”)
                       + r"(?:“(?=[\u4e00-\u9fff]{1,4}”))?([\u4e00-\u9fff]{1,4})(?=[，,。；;、！!？?…）)”」\s]|$)")
#: ... and a longer transliterated name after 我叫 or 名叫 (我叫毕力贡达赖，: 达赖 a word; 蒙古名叫达布希勒图).
_LONG_NAMED_RE = re.compile(r"(?:我|俺|名)叫([\u4e00-\u9fff]{5,6})(?=[，,。；;、！!？?…）)”」\s]|$)")
#: Characters no name after such a cue holds: pronouns, particles, question words (叫什么, 叫他的, 小名叫啥,
#: 经名|连着: 'joined to the religious name', 连 a surname).
_NOT_IN_NAMED = frozenset("的了着吗呢吧啊呀么什啥咋怎哪谁我你他她它们这那个不没")
#: Words 那 starts that are no syllable of a name (那个, 那边, 那里): not taken after 我叫 as 斯那央追 is.
_NA_WORDS = ("那个", "那些", "那边", "那里", "那儿", "那样", "那么", "那天", "那时")
#: ... nor starts with a verb's complement: 叫 is "call (someone) over" there (儿童主任叫到一块儿，, 叫起来).
_NOT_FIRST_NAMED = frozenset("到来去过回起住上下进出走醒")
#: ... nor, after a kind of name alone (经名, 汉名), starts with 姓 or 字 (汉名|姓李, 蒙古名|字长).
_NOT_FIRST_KIND = frozenset("姓字叫是")


def rule_named(ctx: Ctx, out: list) -> None:
    """What stands between a naming cue and punctuation: a nickname after 小名/乳名/外号 (小名叫芝麻，) or a noun after
    叫他/喊她 (喊她蒜苗。), two to four characters after 我叫, 名叫, 学名叫 ... or a role word and 叫 (我叫禚丽萍，,
    老汉叫畅满仓。), the surname in no list or the given name holding a character no list has (樊一诺, 曹丰年), a name
    in quotes (喊她“毛措”。) and an account name (微信上就叫“字国华”); a form of address of a name's character or two
    and a kin word after 叫我/喊他 (都喊我包姐。, 叫我金土伯, :func:`_address_tail`) and a transliterated name of five
    or six characters after 我叫/名叫 (:func:`_long_named`). Nicknames are rule ``nickname``, the rest ``named``."""
    for m in _NAMED_RE.finditer(ctx.text):
        s, e = m.span(2)
        chunk = m.group(2)
        if m.group(1) in _CALLED_CUES and (tail := _address_tail(chunk)):
            # (叫我|金土伯|: the title kept; 都喊我|包姐|。: one character is no name to find again, the form is)
            one = len(chunk) - len(tail) == 1
            out.append(NameCandidate(s, e, 2, "named", chunk if one else chunk[:-len(tail)], "" if one else tail))
            continue
        # (after 叫他/喊她, a noun or a doubled character alone is a nickname too: 喊她蒜苗。, 叫他虎头，)
        nick = m.group(1) in _NICK_CUES or m.group(1) in _CALLED_CUES and _nickname_word(ctx, s, e)
        # (a religious or minority name after its kind: 经名|尔不都， 经名|赛里目，: 不, 里 are syllables there)
        kind = m.group(1) in _KIND_CUES and len(chunk) >= 3 and not any(c in _NOT_FIRST_KIND for c in chunk) \
            and all(c not in STOP_CHARS or c in syllables() for c in chunk.replace("不", ""))
        # (那 inside a transliterated name after 我叫/名叫: 我叫|斯那央追|， a Tibetan name of 德钦; not 那个, 那边)
        na = m.group(1) in _NAMED_CUES and (k := chunk.find("那")) > 0 and transliterated(chunk) \
            and not chunk.startswith(_NA_WORDS, k)
        if any(c in _NOT_IN_NAMED and not (kind and c == "不" or na and c == "那") for c in chunk) \
                or chunk in NEVER_NAMES \
                or KIN_WORD.search(chunk) and not (nick and _CHILD_NICK.fullmatch(chunk)) \
                or len(chunk) < (1 if nick else 2) \
                or not nick and chunk[0] in _NOT_FIRST_NAMED:
            continue
        surname = ctx.split_surname(chunk) is not None
        if not nick and chunk.endswith(CATEGORIES):
            continue  # (这类孩子叫|困境儿童。 a kind of child)
        handle = m.group(1).removesuffix("叫").removesuffix("就") in _HANDLE_WORDS
        if not (nick or kind) and (word_freq(chunk) > COMMON_FREQ and not (surname and not handle)
                                   or chunk[0] in _NOT_FIRST_KIND and not handle  # (微信上叫“字国华”: 字 a surname)
                                   or not surname and any(c in STOP_CHARS and not (na and c == "那")
                                                          for c in chunk)):
            continue  # (我叫救护车。 a word; 叫张伟 a name even when frequent; 混着用, 人都叫: grammar; 朱琼会 a name)
        if s not in ctx.by_start:
            continue  # (the tagger glued the cue to what follows, 经名|尔撒 as 经/名尔/撒: a name would take 名)
        kept = ""
        if m.group(1) in _CALLED_CUES and not nick:
            if chunk[0] in ORDERS:
                continue  # (叫我别瞎想, 叫他莫放弃: an order)
            tail = next((w for w in _TAILS if chunk.endswith(w) and len(chunk) - len(w) >= 2), "")
            chunk, e = chunk[:len(chunk) - len(tail)], e - len(tail)  # (喊他|嘎略|公公, 叫他|其美|大夫)
            kept = tail if tail in TITLES else ""  # (叫我|金土伯: a title form, the title kept, as 王大姐)
            surname = ctx.split_surname(chunk) is not None and word_freq(chunk) <= COMMON_FREQ
            translit = all(c in syllables() for c in chunk)  # (叫我|旦巴。, 都喊他|次觉。)
            if not surname and (word_freq(chunk) > COMMON_FREQ or name_odds(chunk) < CALLED_ODDS and not translit):
                continue  # (叫我|蒙古|嫂子: a word before the title)
        # (a nickname, a word or not, is the child's name all through the text: 小名叫苞米。... 苞米画画有灵气)
        out.append(NameCandidate(s, e + len(kept), 2, "nickname" if nick else "named", chunk, kept))
    _long_named(ctx, out)


#: Kin words and titles that make a form of address of a name's character (都喊我包姐。, 叫我根叔, 喊我敖爷).
_ADDRESS_TAILS = tuple(sorted(("奶奶", "阿姨", "大妈", "大爷", "老板", "大姐", "大哥", "大嫂", "大叔", "大婶", "大伯",
                               "大娘", "妈妈", "姑", "阿婆", "婆婆", "哥", "姐", "叔", "姨", "嫂", "伯", "爷", "妹",
                               "婶", "婆", "伯伯", "叔叔", "姨姨", "婶婶", "嬢嬢", "姑姑", "哥哥", "姐姐", "爷爷"),
                              key=len, reverse=True))  # (喊我卢伯伯: 伯伯 the tail, not 卢伯 + 伯)
#: ... and what before one is no name's character: a size, an order of birth, 老/小, a kind of kin (表哥, 大姐, 三叔).
_NOT_IN_ADDRESS = frozenset("大二三四五六七八九十两老小表堂亲干阿幺满细新帅美靓太")


def _address_tail(chunk: str) -> str:
    """The kin word or title that ends ``chunk`` (what follows 叫我/喊他 up to punctuation) when the one or two
    characters before it are a name's and the whole is no word: 包姐, 根叔, 德能伯, 福子奶奶 (not 大姐, 表哥, 帅哥,
    师姐, 妹妹); "" otherwise."""
    tail = next((t for t in _ADDRESS_TAILS if chunk.endswith(t) and 1 <= len(chunk) - len(t) <= 2), "")
    name = chunk[:len(chunk) - len(tail)]
    if not tail or word_freq(chunk) or len(name) > 1 and word_freq(name) > COMMON_FREQ or KIN_WORD.search(name) \
            or any(c in _NOT_IN_ADDRESS or c in _NOT_IN_NAMED or c in STOP_CHARS and c not in syllables()
                   and c not in surnames()[1] for c in name):  # (呼和姐: 和 a syllable of a Mongolian name; 常叔)
        return ""
    return tail


def _long_named(ctx: Ctx, out: list) -> None:
    """Five or six characters between 我叫 and punctuation that are a transliterated name with no stop character but
    its syllables (我叫|毕力贡达赖|，; not 我叫巴特尔去买菜)."""
    for m in _LONG_NAMED_RE.finditer(ctx.text):
        chunk = m.group(1)
        if transliterated(chunk) and all(c not in STOP_CHARS or c in syllables() for c in chunk) \
                and not any(w in chunk for w in _TAILS):
            out.append(NameCandidate(m.start(1), m.end(1), 2, "named", chunk, ""))


def _nickname_word(ctx: Ctx, s: int, e: int) -> bool:
    """What follows 叫他/喊她 up to punctuation is one noun of two characters, or one character said twice, and no
    kin, role or title word or kind of name: a nickname (喊她蒜苗。, 叫他虎头，, 都喊他航航。), not 叫他吃饭。,
    叫她老师。, 叫我小名。 or 喊他回家。"""
    chunk, k = ctx.text[s:e], ctx.by_start.get(s)
    if _CHILD_NICK.fullmatch(chunk):
        return True  # (我们喊他墩伢。, 喊她心妹崽。: a character of the name and a word for a child)
    if len(chunk) != 2 or chunk in ROLE_NOUNS or chunk in TITLES or KIN_WORD.search(chunk) or chunk[1] in "名号" \
            or chunk[0] in _NOT_FIRST_NAMED or chunk[0] in ORDERS:
        return False  # (叫我小名。, 不叫我学名: a kind of name, not one; 喊他回家。 an order, tagged a noun)
    return chunk[0] == chunk[1] or k is not None and ctx.ends[k] == e and (ctx.flags[k] or "x") == "n"


#: A character and a dialect word for a child (Hubei, Hunan: 伢, 伢子, 妹崽, 崽): what a family calls a child after
#: 喊他/叫她 (墩伢, 轩伢子, 心妹崽); not 小伢, 细伢, 男伢 'a little child, a boy'.
_CHILD_NICK = re.compile(r"[^小细男女大老这那个的伢崽妹娃\W\d]" r"(?:伢子?|妹崽|崽)")


#: Log-odds (name model against word model) what follows 叫他/喊她 needs when it starts with no surname.
CALLED_ODDS = 0.0


#: A register read out (第三户，才俊豪，男，九岁): two to four characters between punctuation, a line's start or an
#: ordinal (第一个熊可馨，女，十二岁; 第二户是向春苗，女，) and 男/女 'male/female' standing alone between punctuation,
#: or an age (第三个是|才一诺|，五岁; a name of two or three characters there, not 骆嘉豪，|智力障碍|，十一岁).
_SEX = r"[男女][，,。；;、）)\s]"
_AGE_ALONE = r"(?:[一二三四五六七八九十两]{1,3}|[0-9]{1,2})岁"
_SEX_AFTER = re.compile(r"[，,、]\s*" + _SEX)
_REGISTER_RE = re.compile(r"(?:^|(?<=[，,。；;：:、\s])|(?:第[一二三四五六七八九十0-9０-９]{1,3}|头一)[个户名位家]"
                          r"(?:是|叫)?)([\u4e00-\u9fff]{2,4})(?=[，,、]\s*(?:" + _SEX + "|" + _AGE_ALONE + "))", re.M)


def rule_register(ctx: Ctx, out: list) -> None:
    """A person in a register read out: what stands between punctuation and ``，男，``/``，女，`` is a name when it
    starts with a surname (also one that is a grammar word: 才俊豪, 把梓涵, 要子轩) or is made of transliteration
    syllables, holds no stop character after its first but those common in given names (成: 有金成，男，), and is
    no frequent word, role or kin word (户主，男，)."""
    single, common = ctx.single, ctx.common
    for m in _REGISTER_RE.finditer(ctx.text):
        s, e = m.span(1)
        chunk = m.group(1)
        if len(chunk) == 4 and chunk[:2] not in ctx.compound and not _SEX_AFTER.match(ctx.text, e):
            continue  # (an age after four characters: a condition, 智力障碍, more often than a name)
        first = chunk[0] in single or chunk[0] in common or chunk[0] in GRAMMAR_SURNAMES
        if not (first or all(c in syllables() for c in chunk)) \
                or any(c in STOP_CHARS and not _given_like(c) for c in chunk[1:]) \
                or word_freq(chunk) > COMMON_FREQ or chunk in ROLE_NOUNS or chunk in NEVER_NAMES \
                or KIN_WORD.search(chunk) or chunk in TITLES:
            continue
        out.append(NameCandidate(s, e, 2, "register", chunk, ""))
