"""Where an address or a school mention ends: the place words, house numbers and grade-and-class tails that
:func:`qualcode.privacy._boundaries.extend_spans` grows address and school spans over (step 6 of its docstring), and
the list of province, prefecture and county names (``qualcode/data/places_zh.txt``) that tells a county the segmenter
cut (让|胡路区) and a county's bare name taken for a person's (吴忠, 景洪)."""

from __future__ import annotations

import functools
import re
from importlib import resources

from qualcode.privacy._name_data import NOT_IN_PLACE_NAMES, STOP_CHARS, TITLE_RE

__all__ = ["PLACE_END", "SCHOOL_AFTER_PLACE", "bare_place", "listed_start", "listed_places", "place_end", "place_stems",
           "tail_end"]

PLACE_END = re.compile(r"(?:省|市|区|县|旗|盟|镇|乡|苏木|嘎查|街道|社区|村|路|街|大街|巷)$")
#: Units of a house number, in a chain (2栋3单元402室, 5号院3排8号: a row of a courtyard, then the house).
_UNITS = "室|号|户|房|楼|层|排|栋|幢|单元"
_ADDRESS_TAIL = re.compile(rf"(?:[0-9０-９]{{1,5}}(?:{_UNITS}))*[0-9０-９]{{1,5}}(?:{_UNITS})?"
                           r"|[一二三四五六七八九十0-9０-９]{1,3}[组社队]")
_ADDRESS_UNIT_END = re.compile(r"(?:单元|门|楼|栋|幢|层|号|号院|村|嘎查|屯|排)$")
#: A place inside the address where someone lives or works, then its own row, block or stall and number
#: (…南大路68号 + 边贸市场C区17号, …金米村 + 铅锌矿工棚3排7号, …江滨路26号 + 船厂宿舍2号平房, …街道 + 黄河八路菜市场
#: 东侧平房9号): two to fourteen Han characters with no grammar or stop character, then a lettered or numbered part
#: and a number that ends in a house, room or stall word, or a number of its own (2号, 2号平房, 3号楼). 地 is no
#: grammar there, before a number of its own: it ends place words (…汶阳路88号 + 工地板房2排7号, 基地, 营地).
_STOP_IN_TAIL = "".join(sorted(STOP_CHARS | NOT_IN_PLACE_NAMES | set("年月日岁点")))
_PLACE_IN_ADDRESS = re.compile(rf"[^\W\d{_STOP_IN_TAIL.replace('地', '')}A-Za-z]{{2,14}}?"
                               r"(?:(?:[A-Za-z]|[0-9０-９]{1,4})(?:区|排|栋|幢|号楼|层|楼|座|单元)"
                               r"(?:[0-9０-９]{1,4}(?:排|栋|幢|号楼|层|楼|单元))*[0-9０-９]{1,5}(?:号|室|房|铺|档)"
                               r"|[0-9０-９]{1,4}号(?:平房|楼|院)?|[0-9０-９]{2,5}室)")
#: A shopfront, shop or stall at the address's number (36号门面, 8号门市部, 12号铺面, 23号摊位), or a stall at its gate
#: (88号菜场门口).
_SHOPFRONT = re.compile("门面房?|门市部?|铺面|商铺|底商|摊位|摊点|档口|(?:菜市场|菜场|市场|超市)?(?:门口|门前)")
#: ... or a room or part of the house at that number (幸福路27号东屋, 五组21号后院二楼), the courtyard, cave dwelling
#: or bungalow that is the house (后沟6号院, 北坡3号窑, 宿舍2号平房), a building of a hospital or school there
#: (18号住院部), and a floor after either.
_HOUSE_PART = re.compile(r"(?:(?:[东西南北](?:屋|厢房|耳房)|[前后]院|里屋|堂屋|正房|偏房|平房|阁楼|地下室|院|窑洞?"
                         r"|住院部|门诊部|(?:住院|门诊|综合|办公|教学|宿舍)楼)"
                         r"(?:[0-9０-９一二三四五六七八九十两]+(?:楼|层)(?![上下顶半]))?"
                         r"|[0-9０-９一二三四五六七八九十两]+(?:楼|层)(?![上下顶半]))")
_SCHOOL_TAIL = re.compile(r"(?:[初高][一二三]|[一二三四五六]年级|高[一二三]年级|[大中小])?"
                          r"[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）]?班")
#: A place word right after a name makes it a place (巴彦温都尔 + 苏木, 巴彦托海 + 镇), unless a title (村长, 旗委).
_PLACE_AFTER_NAME = re.compile(r"(?:苏木|嘎查|镇|乡|旗|村|屯|街道|社区|县|盟)(?![长委])")
#: A school named after the place before it (巴彦托海镇 + 第一小学, …苏木 + 中心校).
SCHOOL_AFTER_PLACE = re.compile(r"第?[一二三四五六七八九十0-9０-９]{0,2}(?:中心)?"
                                 r"(?:小学|中学|学校|中心校|完小|幼儿园)")
_SCHOOL_END = re.compile(r"(?:小学|中学|一中|二中|三中|四中|五中|六中|七中|八中|九中|学校|完小|中心校|[初高]中"
                         r"|幼儿园)$")


def bare_place(tok: str, autonomous: bool = False) -> bool:
    """The token is a place word with no name before it (街道, 镇): it takes the word before it as its name; with
    ``autonomous`` (no listed county ends there: 麻阳|苗族|自治县 is one) also 自治县, 自治州 (关岭|自治县 is
    关岭布依族苗族自治县 for short)."""
    m = PLACE_END.search(tok)
    return m is not None and (m.start() == 0 or autonomous and tok[:m.start()] == "自治")


def place_end(text: str, s: int, e: int, hi: int, suffix: str) -> int | None:
    """The end of the address the person span ``text[s:e]`` (keeping ``suffix``) is when a place word follows it (巴彦
    温都尔 + 苏木) or ends it (巴彦托海镇, the segmenter's token); not a title (王村长, 乌兰镇长). None: no place."""
    m = _PLACE_AFTER_NAME.match(text, e, hi)
    if m is not None and not TITLE_RE.match(text, e):
        return m.end()
    if e - s > 2 and not suffix and _PLACE_AFTER_NAME.fullmatch(text[e - 1]):
        return e
    return None


def tail_end(text: str, e: int, hi: int, typ: str) -> int:
    """The end of an address's house number or unit (…1单元 + 402, …嘎查 + 二组) or a school's grade and class
    (…中心小学 + 五年级（3）班) right after ``e``; ``e`` when there is none."""
    tail = _ADDRESS_TAIL if typ == "address" and _ADDRESS_UNIT_END.search(text, 0, e) else \
        _SCHOOL_TAIL if typ == "school" and _SCHOOL_END.search(text, 0, e) else None
    m = tail.match(text, e, hi) if tail else None
    end = m.end() if m else e
    if typ == "address":
        m = _PLACE_IN_ADDRESS.match(text, end, hi)
        end = m.end() if m else end
        m = (_SHOPFRONT.match(text, end, hi) or _HOUSE_PART.match(text, end, hi)) if text[end - 1:end] == "号" else None
        end = m.end() if m else end  # (…虹桥路36号 + 门面: the shopfront at that number; …27号 + 东屋: its room)
    return end


@functools.lru_cache(maxsize=1)
def listed_places() -> frozenset[str]:
    """The province, prefecture and county names of ``qualcode/data/places_zh.txt`` (让胡路区, 策勒县 ...)."""
    raw = resources.files("qualcode").joinpath("data/places_zh.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


def listed_start(text: str, start: int, end: int, floor: int) -> int:
    """The start of the longest listed place name that ends at ``end`` and starts before ``start`` (at most three
    characters before it, or twelve before an autonomous division's word: 麻阳苗族|自治县; not before ``floor``): the
    part of a county's name the segmenter cut off (让|胡路区, where 让 'let' is a word too); ``start`` when there is
    none."""
    names = listed_places()
    back = 12 if text.startswith("自治", start) else 3
    return next((k for k in range(max(floor, start - back), start) if text[k:end] in names), start)


#: Division words a place name ends in, longest first (鄂伦春自治旗 -> 鄂伦春).
_DIVISIONS = ("自治县", "自治旗", "自治州", "县", "市", "区", "旗", "盟", "州", "省")


@functools.lru_cache(maxsize=1)
def place_stems() -> frozenset[str]:
    """The listed names without their division word, two characters or more (吴忠, 鄂伦春, 景洪): what people call the
    place, and what the tagger often takes for a person's name."""
    stems = set()
    for name in listed_places():
        suffix = next((d for d in _DIVISIONS if name.endswith(d)), "")
        if len(name) - len(suffix) >= 2:
            stems.add(name[:len(name) - len(suffix)])
        m = _AUTONOMOUS.fullmatch(name)  # (张家川 of 张家川回族自治县, 积石山 of 积石山保安族东乡族撒拉族自治县)
        if m is not None and len(m.group(1)) >= 2:
            stems.add(m.group(1))
    return frozenset(stems)


#: The peoples an autonomous county, banner or prefecture is named for (张家川回族自治县,
#: 积石山保安族东乡族撒拉族自治县).
_PEOPLES = ("回|蒙古|藏|维吾尔|哈萨克|保安|东乡|撒拉|土|裕固|彝|苗|壮|侗|瑶|白|傣|哈尼|傈僳|佤|拉祜|纳西|景颇"
            "|布依|土家|羌|仡佬|水|仫佬|毛南|黎|畲|满|朝鲜|达斡尔|鄂温克|鄂伦春|锡伯|柯尔克孜|塔吉克|布朗|阿昌"
            "|普米|怒|独龙|基诺|德昂|京|各")
_AUTONOMOUS = re.compile(r"([\u4e00-\u9fff]+?)(?:(?:" + _PEOPLES + r")族)+自治[县旗州]")
