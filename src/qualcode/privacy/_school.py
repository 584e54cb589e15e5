"""Schools that identify a child: a named school, and any school with the grade or class (赤峰二中初二3班).

A school phrase is a place-name prefix + a school word (小学, 中学, 一中, 实验小学, 幼儿园 ...) + an optional grade
(初二, 高一, 四年级, 大班) + an optional class (3班, (5)班, 三班). It is personal information when

* it names a class (班): 赤峰二中初二3班, 旗一中高一(5)班, 镇中心小学四年级2班; or
* its prefix is a proper name -- not only generic words (镇, 乡, 村, 旗, 中心, 寄宿, 民族, 实验 ...), and ending
  in a place or name of jieba's dictionary or in no dictionary word at all, not in a verb or noun of the sentence
  (又找学校, 孙子幼儿园): 红山区实验小学, 东升小学, 赤峰二中初二.

Generic mentions stay: 镇中心小学, 旗里的一中, 村小, 寄宿学校, and a grade alone (上初二了, 读四年级).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from qualcode.privacy._name_data import COMMON_WORDS, NEVER_NAMES, surnames
from qualcode.privacy._name_tokens import tagged_words, word_tag
from qualcode.privacy._structured import in_place_name

__all__ = ["SchoolCandidate", "find_schools"]


class SchoolCandidate(NamedTuple):
    start: int
    end: int
    rank: int
    rule: str


_NUMS = "一二三四五六七八九十"
_SCHOOL = (r"(?:实验小学|实验中学|实验学校|中心小学|中心校|民族中学|蒙古族中学|蒙古族小学|蒙中(?!学)|民中(?!学)|"
           r"附小|附中|完小|小学|中学|初中|高中|职高|职中|中专|技校|幼儿园|寄宿制学校|学校|"
           r"村小(?=[一二三四五六]年级|[一二三四五六][(（])|"  # (大坪村小一年级（3）班: before a grade)
           r"教学点(?=[一二三四五六]年级|[学大中小]前?[(（]?[0-9０-９一二三四五六]?[)）]?班)|"  # (坪溪村教学点一年级)
           r"(?:第[" + _NUMS + r"]{1,3}|[" + _NUMS + r"]{1,2})(?:中学|小学|中|小)"
           r"(?![时学组队姐妹孩伙朋区部分片点块级]))")
#: A grade; a kindergarten grade 大/中/小 and the pre-school year 学前 also right before a class (大（2）班,
#: 学前（2）班), and a grade's numeral alone before a class in brackets (中心小学三（2）班, as a roll writes it).
_GRADE = (r"(?:[初高][一二三]|[一二三四五六七八九]年级|[大中小]班|学前班"
          r"|(?:[大中小]|学前)(?=[(（]?[0-9０-９一二三四五六七八九十]{1,2}[)）]?班)"
          r"|[一二三四五六七八九](?=[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]班))")
_CLASS = r"(?:[(（]?[0-9０-９一二三四五六七八九十]{1,2}[)）]?班)"
#: A department, special-education track or class for pupils from a minority region between the school and the
#: grade (特殊教育学校培智三年级, 培智部三年级, 听障部二年级 or 聋部 'for deaf pupils', 送教上门二年级 'taught at home',
#: 初中部初二; the inland Tibetan and Xinjiang classes: 育英中学西藏班初三, 西藏中学预科（1）班).
_TRACKS = ("(?:培智|启智|启聪|启明|听障|视障|聋哑?|盲)部?|送教上门|初中部|小学部|高中部|幼儿部"
           "|西藏班|新疆班|内高班|内职班|民族班|藏族班|预科班?")
_TRACK = r"(?:(?:" + _TRACKS + r")(?=" + _GRADE + "|" + _CLASS + "))?"
SCHOOL_RE = re.compile(r"(" + _SCHOOL + r")" + _TRACK + r"(" + _GRADE + r")?(" + _CLASS + r")?")
_MAX_PREFIX = 10
#: Characters at which a school's place-name prefix stops (verbs, pronouns, particles before it); not 和 or 上 where
#: they start a place name (和日镇, 在|上都镇, 在|和布克赛尔县: see _starts_place).
_STOP = set("在上读念去到是的了我你他她们就也还和跟从往于为说叫有个这把被给让考转进从里所间家")
#: Words that do not name a school by themselves.
_GENERIC = ("中心", "寄宿制", "寄宿", "民族", "实验", "第一", "第二", "第三", "公办", "私立", "重点", "普通", "职业",
            "特殊教育", "特教", "本地", "当地", "附近", "城里", "乡下", "蒙古族", "蒙授", "汉授", "镇", "乡", "村",
            "旗", "县", "市", "区", "苏木", "嘎查", "城关", "一所", "好")


_PLACE_SUFFIX = set("区县旗市盟镇乡州")
#: ... and one of them or 村 standing alone before a school: the generic word, no place's name (上|镇中心校).
_GENERIC_PLACE = frozenset(_PLACE_SUFFIX | {"村"})
_PLACE_END = re.compile("[\u4e00-\u9fff]{1,2}[" + "".join(sorted(_PLACE_SUFFIX)) + "]")
#: ... and the rest of a longer transliterated place name after another stop character (在|和布克赛尔县).
_LONG_PLACE_END = re.compile("[\u4e00-\u9fff]{1,6}?[" + "".join(sorted(_PLACE_SUFFIX)) + "]")
_NAME_FLAGS = ("ns", "nt", "nz", "nr")


def _strip_generic(prefix: str) -> str:
    rest, changed = prefix, True
    while rest and changed:
        changed = False
        for g in _GENERIC:
            if rest.startswith(g):
                rest, changed = rest[len(g):], True
            elif rest.endswith(g):
                rest, changed = rest[:-len(g)], True
    return rest


def _proper(prefix: str) -> bool:
    """True when the prefix names a place or a school (赤峰, 红山区, 林东, 东升): after the generic words are
    stripped, at least two characters whose last word is a place or name in jieba's dictionary, or no dictionary
    word at all -- not a verb or noun of the sentence before it (又找学校, 孙子幼儿园, 礼拜五学校); or a village's
    name before 村, 寨 or 屯 that the segmenter leaves in single characters (坪溪村)."""
    rest = _strip_generic(prefix)
    if len(rest) < 2:
        return False
    tagged = tagged_words(rest)
    last, flag = tagged.words[-1], tagged.flags[-1]
    if len(last) == 1 and last in _PLACE_SUFFIX and len(tagged.words) > 1:
        last, flag = tagged.words[-2], tagged.flags[-2]
    if last in COMMON_WORDS or last in NEVER_NAMES:
        return False  # (孙子 is tagged as a name in jieba's dictionary)
    if prefix.endswith(("村", "寨", "屯")) and all(len(w) == 1 and w not in _STOP for w in tagged.words):
        return True  # (a village's name of characters no word joins: 坪溪村|小学, 曲湾村; not 隔壁村, 我们村)
    return flag.startswith(_NAME_FLAGS) or (word_tag(last) is None and len(last) >= 2)


def _starts_place(text: str, i: int) -> bool:
    """The stop character at ``i`` starts a place name: 和 before the rest of a short one (和日镇, 和静县), or 和 or 上
    after another stop character, where they cannot be "and" or "go to" (在|上都镇, 在|上海市, 在|和布克赛尔县)."""
    after_stop = i > 0 and text[i - 1] in _STOP
    if text[i] == "和" and _PLACE_END.match(text, i + 1):
        return True
    return text[i] in "和上" and after_stop and _LONG_PLACE_END.match(text, i + 1) is not None


def _family_place(text: str, i: int) -> bool:
    """家 at ``i`` between a surname and the rest of a place name: the "X family" of 张家川, 王家营子, 李家沟."""
    return text[i] == "家" and i > 0 and text[i - 1] in surnames()[1] and i + 1 < len(text) \
        and "\u4e00" <= text[i + 1] <= "\u9fff" and text[i + 1] not in _STOP


def _village_li(text: str, i: int) -> bool:
    """里 at ``i`` right before the school word ends a village's name (在|竹里|中心小学, 梅里, 平里), not 'in' after a
    place word (城里, 村里, 乡里: generic) or a stop character."""
    return text[i] == "里" and i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in _STOP \
        and text[i - 1] not in "城乡村镇县旗市区屋院校班家山那哪这心手夜"


def _prefix_start(text: str, end: int) -> int:
    """Start of the place-name prefix that ends at ``end``: at most 10 Chinese characters, after the last stop
    character (在, 的, 上 ...) that is not a syllable of a place name."""
    start = end
    while start > 0 and end - start < _MAX_PREFIX and "\u4e00" <= text[start - 1] <= "\u9fff":
        if text[start - 1] in _STOP and not in_place_name(text, start - 1, _STOP) \
                and not _starts_place(text, start - 1) and not _family_place(text, start - 1) \
                and not (start == end and _village_li(text, start - 1)):
            if end - start == 1 and text[start - 1] in "上里下中" and text[start] not in _GENERIC_PLACE \
                    and (start == 1 or text[start - 2] in _STOP or not "\u4e00" <= text[start - 2] <= "\u9fff"):
                start -= 1  # (no place is named with one character: 在|里心|中心小学, 在|上青|中心小学; 上|镇中心校)
            break  # (a syllable of a place name before 镇/乡/旗 is no stop: 特木里镇中心校, 四把镇中心小学)
        start -= 1
    return start


def find_schools(text: str) -> list[SchoolCandidate]:
    """School phrases that identify a child (see the module docstring)."""
    out: list[SchoolCandidate] = []
    for m in SCHOOL_RE.finditer(text):
        start = _prefix_start(text, m.start())
        prefix = text[start:m.start()]
        if _proper(prefix):
            out.append(SchoolCandidate(start, m.end(), 0 if m.group(3) else 1, "school"))
        elif m.group(3):  # a class names a child's group even in a school with a generic name (旗一中高一(5)班);
            out.append(SchoolCandidate(start, m.end(), 0, "school-class"))  # the place before it is part of it
    return out
