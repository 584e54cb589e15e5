"""Structured personal information: resident ID numbers, phones, bank cards, e-mail, exact addresses, birth dates,
QQ numbers and WeChat ids.

All patterns run on a *same-length* normalised copy of the text (full-width digits and letters, full-width
brackets, @, + and hyphens mapped to ASCII one character for one), so offsets found there are offsets into the
original text and the span's ``text`` is always the original characters.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from qualcode.privacy._name_data import BEFORE_PLACES as _BEFORE_PLACES
from qualcode.privacy._name_data import CJK, NOT_IN_PLACE_NAMES
from qualcode.privacy._name_tokens import word_freq
from qualcode.privacy._places import listed_places

__all__ = ["Candidate", "normalise", "find_accounts", "find_structured", "id_checksum_ok", "luhn_ok"]


class Candidate(NamedTuple):
    start: int
    end: int
    type: str
    rank: int  # lower wins an overlap
    rule: str


_FW_FROM = ("０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭ"
            "ＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍ"
            "ｎｏｐｑｒｓｔｕｖｗｘｙｚ")
_FW_TO = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_TABLE = str.maketrans(_FW_FROM + "＋－‐‑‒–﹣（）＠．＿\u3000\u00a0",
                       _FW_TO + "+------()@._  ")


def normalise(text: str) -> str:
    """Same-length ASCII folding of full-width digits, letters and number punctuation (offsets are unchanged)."""
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out


# --------------------------------------------------------------------------------------------- checksums
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
#: First two digits of a resident ID: province-level division codes (GB/T 2260).
_PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
              54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91}


def id_checksum_ok(digits: str) -> bool:
    """ISO 7064 MOD 11-2 check of an 18-character resident ID (last character may be X)."""
    if len(digits) != 18 or not digits[:17].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(digits[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == digits[17].upper()


def _valid_date(y: int, m: int, d: int) -> bool:
    try:
        day = date(y, m, d)
    except ValueError:
        return False
    return date(1900, 1, 1) <= day <= date.today()


def _id_plausible(digits: str) -> bool:
    """Province code and embedded birth date of an 18- or 15-digit ID are valid."""
    if not digits[:2].isdigit() or int(digits[:2]) not in _PROVINCES:
        return False
    if len(digits) == 18:
        return _valid_date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))
    return _valid_date(1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) check used by bank card numbers."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# --------------------------------------------------------------------------------------------- patterns
_SEP = r"[ -]?"
_NB = r"(?<![0-9A-Za-z])"  # not in the middle of a number or word
_NA = r"(?![0-9A-Za-z])"
ID18_RE = re.compile(_NB + r"([1-9](?:" + _SEP + r"\d){16}" + _SEP + r"[0-9Xx])" + _NA)
ID15_RE = re.compile(_NB + r"([1-9](?:" + _SEP + r"\d){14})" + _NA)
CARD_RE = re.compile(_NB + r"(\d(?:" + _SEP + r"\d){15,18})" + _NA)
MOBILE_RE = re.compile(r"(?<![0-9A-Za-z+])((?:(?:\(\+?86\)|\+86|0086|86-)" + _SEP + r")?1[3-9]\d(?:" + _SEP
                       + r"\d){8})" + _NA)
LANDLINE_RE = re.compile(r"(?<![0-9A-Za-z])((?:\((?:010|02\d|0[3-9]\d\d)\)|(?:010|02\d|0[3-9]\d\d))" + _SEP
                         + r"[2-9]\d{6,7})" + _NA)
#: 7-8 digit local number right after a phone word (no area code).
LOCAL_RE = re.compile(r"(?:电话|座机|固话|办公室|热线)(?:号码?)?(?:是|为|：|:)?\s?((?<![0-9])[2-9]\d{6,7})(?![0-9])")
EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])"
                      r"([A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
#: A QQ number (5-11 digits, never starting with 0) after QQ/QQ号/Q号/扣扣/企鹅号 (QQ群 too), with 是/为/a colon/a
#: comma/spaces between (有个QQ，3851027469).
QQ_RE = re.compile(r"(?<![A-Za-z])(?:[Qq]{2}(?:群|账号|号码|号)?|[Qq]号|扣扣号?|企鹅号)"
                   r"(?:是|为|:|：|，|,|\s){0,3}([1-9]\d{4,10})(?![0-9A-Za-z])")
#: An 8-11 digit number after 个号/新号/号码/账号/加我 with no QQ cue (换了个号2938475610): most likely a QQ number.
QQ_BARE_RE = re.compile(r"(?:个号|新号|小号|大号|的号|号码|账号|加我|加一下|加个)(?:是|为|:|：|\s){0,3}"
                        r"((?<![0-9])[1-9]\d{7,10})(?![0-9A-Za-z.])")
#: A WeChat id: wxid_..., or an id after 微信/微信号/VX/V信/WX/威信 (6-20 letters, digits, _ or -, starting with a
#: letter; digits only when it is not a mobile).
WXID_RE = re.compile(r"(?<![A-Za-z0-9_])(wxid_[A-Za-z0-9_-]{4,30})")
#: The Latin cues (VX, WX, WeChat, weixin) stand apart from an id: wx in 叫wxy_heihe2013 starts the id, no cue.
_LATIN_WX = r"(?<![-_A-Za-z0-9])(?:[Vv][Xx]|[Ww][Xx]|[Ww]e[Cc]hat|weixin)(?![-_A-Za-z0-9])"
WECHAT_RE = re.compile(r"(?:微信号?|威信号?|薇信号?|"
                       rf"(?:{_LATIN_WX}|(?<![A-Za-z])[Vv]信)(?:号)?)"
                       r"(?:是|为|:|：|，|,|叫|\s){0,3}([A-Za-z][-_A-Za-z0-9]{5,19}|[1-9]\d{5,10})(?![-_A-Za-z0-9])")
#: VX or WX glued to an id (WXzhang_1988, and ids that start with wx: wxy_heihe2013): the whole token, cue or not.
WX_GLUED_RE = re.compile(r"(?<![-_A-Za-z0-9])((?:[Vv][Xx]|[Ww][Xx])[-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])")
#: What stands before 号 in a model's, a case's, a plate's or a card's number, no account (型号是ZX-2000A).
_NOT_ACCOUNT = r"(?<![型编批案字序牌卡单号])"
#: The number or id a little after a QQ or WeChat cue, introduced by 号是/的号/号： within the same sentence
#: (只用QQ，号是672039518; 加了微信，她的号siqinbilige_hh; 宿舍群的微信是我的：ZheGuilan-sushe; 微信也有，我的是
#: kangxy_rehab); not a model's, a case's or a plate's number (型号是ZX-2000A).
ACCOUNT_NEAR_RE = re.compile(r"(?:(?<![A-Za-z])(?P<qq>[Qq]{2})|扣扣"
                             rf"|(?P<wx>微信|{_LATIN_WX}))"
                             r"[^。！？!?\n0-9A-Za-z]{0,10}?" + _NOT_ACCOUNT
                             + r"(?:号是|号为|号[:：]|的号|小号|(?<=[，,])叫|[:：]|的是)(?:是|为|[:：]|\s){0,2}"
                             r"(?:(?P<num>[1-9]\d{4,10})(?![0-9A-Za-z])|(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9]))")
#: An id after 号是 further on the line of a WeChat cue, past another id (你加我微信kangzp-heping，站里的工作号是
#: hpsgz_2021): an account's id, not a model's, a case's or a plate's number (型号是, 案号是, 车牌号是).
WECHAT_LATER_RE = re.compile(rf"(?:微信|{_LATIN_WX})[^\n。！？!?]{{0,40}}?{_NOT_ACCOUNT}(?:号是|号为|号[:：])\s?"
                             r"([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])")
#: A number further on in the sentence that names a QQ account (她有个QQ，号码她自己写在我备课本上：1639270548): a
#: mobile, an ID or a card there outranks it.
QQ_SENTENCE_RE = re.compile(r"(?:(?<![A-Za-z])[Qq]{2}|扣扣|企鹅号?)[^。！？!?\n]{0,40}?(?<![0-9.])([1-9]\d{4,10})"
                            r"(?![0-9A-Za-z.元块个次人岁年月日号米斤亩分千万百%])")  # (not an amount: 12000元)
ID_CONTEXT_RE = re.compile(r"身份证|证件号|公民身份")
CARD_CONTEXT_RE = re.compile(r"卡号|银行卡|账号|帐号|存折|一卡通|社保卡|储蓄卡|借记卡")

# dates ------------------------------------------------------------------------------------------------
_CN = "〇零○一二三四五六七八九"
_CNUM = "一二三四五六七八九十"
_Y = r"(?:19|20)\d{2}"
_DATE_FORMS = [
    _Y + r"\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号])?",
    _Y + r"[./-]\d{1,2}[./-]\d{1,2}(?![0-9])",
    r"[" + _CN + r"]{4}年[" + _CNUM + r"]{1,2}月(?:[" + _CNUM + r"]{1,3}[日号])?",
]
_MONTH_DAY = [r"\d{1,2}\s?月\s?\d{1,2}\s?[日号]", r"[" + _CNUM + r"]{1,2}月[" + _CNUM + r"]{1,3}[日号]"]
_DATE = "(?:" + "|".join(_DATE_FORMS) + ")"
_ANY_DATE = "(?:" + "|".join(_DATE_FORMS + _MONTH_DAY) + ")"
DOB_BEFORE_RE = re.compile(r"(?:出生于|出生在|出生日期|出生年月日?|出生时间|生于|生日|生辰)(?:是|为|在|：|:|\s)?\s?"
                           r"(" + _ANY_DATE + r")")
DOB_AFTER_RE = re.compile(r"(" + _DATE + r")\s?(?=出生|生的|生人|出世|生日|降生|那天生)")

# addresses ---------------------------------------------------------------------------------------------
_NUM = r"[0-9一二三四五六七八九十百千零〇两]+"
#: A building is numbered or lettered (3栋, B栋, A座), a dormitory may stand before it, an entrance is a 单元 or (in
#: Tianjin and Beijing) a 门, a flat is a 室/户/号/房.
_BID = r"(?:" + _NUM + r"|[A-Za-z])"
#: ... and a floor may stand before the flat (12号3楼, 4单元7层710室; not 二层半, a house of two and a half storeys).
_FLOOR = r"(?:" + _NUM + r"(?:楼|层)(?![上下顶半]))?"
#: ... or a shop on the ground floor (2号楼底商6号, 商铺12号).
_SHOP = r"(?:底商|商铺|门市|门面|网点)?"
#: ... and a flat said as a bare number after its entrance or building (3单元501, 3幢201, 2号楼105: no 室).
_BARE_ROOM = r"(?:(?<=单元)|(?<=号楼)|(?<=[栋幢]))[0-9]{3,4}(?![0-9年月日号])"
_FLAT = r"(?:" + _NUM + r"(?:单元|门))?" + _FLOOR + r"(?:" + _SHOP + _NUM + r"(?:室|户|号|房)|" + _BARE_ROOM + ")?"
_BUILDING = r"(?:宿舍|公寓)?(?:" + _BID + r"(?:号楼|栋|幢|座))?" + _FLAT
#: A character of a place name: no grammar character, particle, 家 or 里 (see NOT_IN_PLACE_NAMES).
_PLACE_CHAR = r"(?:(?![" + "".join(sorted(NOT_IN_PLACE_NAMES)) + r"])[\u4e00-\u9fff])"
#: An office at a street number before its floor (政府街18号|妇联|二楼; a house's back room: 下河街39号后屋).
_OFFICE = _PLACE_CHAR + r"{2,6}?(?=" + _NUM + r"(?:楼|层)(?![楼高房上下顶半]))"
#: A street number (also on a section of the street: 红旗路南段77号), or a building numbered on the street
#: (南路3号楼1单元102室), then the building and flat; a number may have a sub-number after 之, as in the south
#: (渔港路33号之二: the second house at number 33), or after 附 (民主大道88号附5号: an annex).
_STREET_WORDS = "路|街|大街|巷|胡同|大道|里"
_STREET = (r"(?:[\u4e00-\u9fff]{1,20})(?:" + _STREET_WORDS + ")(?:[东南西北中]段)?" + _NUM + r"(?:号楼" + _FLAT
           + r"|号(?:之" + _NUM
           + r"|附" + _NUM + r"号)?(?:院|[前后东西](?:屋|院))?(?:" + _OFFICE + ")?"
           + _BUILDING + r"|(?:巷|弄)" + _NUM + r"号" + _BUILDING + r")")
#: An estate or a resettlement site, or a works' housing compound (面粉厂家属院), then a building, lane or row
#: (定居点3排14号, 家属院3号楼2单元101室).
_ESTATE_WORDS = (r"小区|花园|家园|公寓|新村|嘉园|华府|名苑|苑|社区|大厦|定居点|宿舍楼|宿舍|家属院|家属区|家属楼|大院"
                 r"|安置房|安置区")
#: A yard of an estate before its building (柳园社区|后院|4号楼).
_YARD = r"(?:[东南西北前后中]院)?"
#: ... or a row of it by its side (茶场宿舍东排6号), or a house of a dormitory block or yard by its number
#: (职工宿舍3号).
_ROW_HOUSE = r"[东南西北前后中]排" + _NUM + r"号|(?<=宿舍|大院)" + _NUM + r"号(?![楼院0-9])"
_ESTATE = (r"(?:[\u4e00-\u9fff]{1,20})(?:" + _ESTATE_WORDS + r")(?:" + _YARD + _BID
           + r"(?:号楼|栋|幢|座|号院|巷|排)" + _FLAT + "|" + _ROW_HOUSE + ")")
#: A hamlet or corner of a village before its house number (蜀阜村|新桥头|12号): two to four characters, no grammar
#: character (村里12号 is a date).
_HAMLET = _PLACE_CHAR + r"{2,4}?"
#: ... or a clan's hamlet, a surname + 家 + one or two characters of a place (后沟村二组|冯家窑|3号, |来家硷畔|11号),
#: which 家 keeps out of the hamlet above; the surname may be a word (来, 从), but no pronoun or particle (二组我家).
_CLAN_HAMLET = r"(?![的地得了着过家里我你他她们这那])[\u4e00-\u9fff]家" + _PLACE_CHAR + r"{1,2}?"
_VILLAGE_WORDS = "村|嘎查|屯|营子|寨|(?<!村)庄|社区"
#: A works' building or store after the number of a place (八吉村蔬菜基地1号|冷库, 竹笋加工厂3号|车间) is the
#: address's, as a yard after a house number is (后沟村东头2号院).
_STORE = "厂房|板房|大棚|冷库|仓库|库房|车间|工棚"
#: A numbered building in a village that is a works' estate (工人村14栋, 二村3号楼2单元): in figures, and no house
#: after it (全村30栋房子 counts houses).
_VILLAGE_BUILDING = r"[0-9]+(?:栋|幢|号楼)(?![房楼平瓦小新大])" + _FLAT
_VILLAGE = (r"(?:[\u4e00-\u9fff]{1,20})(?:" + _VILLAGE_WORDS + ")"
            + r"(?:" + _NUM + r"(?:组|社|队|排)(?:(?:" + _CLAN_HAMLET + ")?" + _NUM + r"号)?|" + _VILLAGE_BUILDING
            + "|" + _NUM + r"号|(?:委会|民委员会)?[\u4e00-\u9fff]{1,4}?小?(?:组|社|队)" + _NUM + r"号|(?:" + _HAMLET
            + "|" + _CLAN_HAMLET + ")" + _NUM + r"号(?!楼)(?:" + _STORE + ")?)")
#: A residents' committee's group and house number (红旗委十二组5号: 委 for 居委; both 组 and 号, so 省委1号 is none).
_COMMITTEE = r"(?:[\u4e00-\u9fff]{1,20})委" + _NUM + r"(?:组|社|队)" + _NUM + r"号"
#: Characters at which an address's place-name prefix stops (verbs, pronouns, particles before an address); not
#: 都, 那 and 和, which start or hold place names as often (额肯呼都格镇, 提孜那甫乡, 和静镇).
_ADDRESS_STOP = set("在住是到去了的我你他她们就也还跟从往于为说叫有个这把被给让位户条址至等：:，,。、；;")
#: What stands right before an address that starts with its place (住|, 在|, 是|, a colon, a comma, a bracket).
_BEFORE_ADDRESS = "在住于到是：:，,。、；;（(\\s"
#: A place before a building that no estate word ends (在|英山乡太子参基地|2号楼105, 位于|长沙市高鑫麓城|1栋2301房):
#: only from right after a word that stands before an address or a street's number (澳门六路8号|畅海园|5号楼301户),
#: so that no clause before it is taken (被告协助办理|常州市…: :func:`_listed_before` starts it at the city).
_AFTER_STOP = r"(?:(?<=[号" + _BEFORE_ADDRESS + r"])[\u4e00-\u9fff]{1,20})?"
#: A district of a settlement with a building or row and a house number (定居点东区3排14号; not 城区3排 alone).
_DISTRICT = (r"(?:[\u4e00-\u9fff]{1,20})区" + _NUM + r"(?:排|栋|幢|号楼)" + _NUM + r"(?:号|室|户)")
_BARE_FLAT = (_AFTER_STOP + _NUM + r"(?:号楼|栋|幢)(?:" + _NUM + r"(?:单元|门)" + _NUM
              + r"(?:室|号)?|[0-9]{3,4}(?:室|户|号|房)?(?![0-9年月日号]))")
#: A stall in a market: the market, a side, gate, row, yard or district of it, and the stall's number (农贸市场东门23号,
#: 菜市场东区12号, 农贸市场东排18号, 绒毛市场后院6号), and the word for the stall or shop after it (菜市场东门12号|铺).
_MARKET_PART = r"(?:[东南西北中](?:区|门|排|侧)|[前后]院|[A-Za-z]区)?"
_MARKET_STALL = r"(?:市场|商场|商城)" + _MARKET_PART + _NUM + r"号(?:铺面|铺子|摊位|门面|铺|摊|档)?"
_MARKET = (r"(?:[\u4e00-\u9fff]{1,20})(?<![在住是到去了的我你他她们就也还跟从说叫有个这把被给让])" + _MARKET_STALL
           + r"(?![楼院])")  # (a market's name before it: not 他说市场3号那天, a date)
#: A corner of a town's street before its house number (桧溪镇老街|下河坝|17号), as a village's hamlet is: after a
#: county, town or district, two to four characters of a place, no word for a side or a time (解放路那边3号, 路上那天3号
#: are none), then a house (not a building: 解放路口3号楼).
_CORNER_CHAR = r"(?![那这哪边旁天日月年时号])" + _PLACE_CHAR
_STREET_CORNER = (r"(?:[\u4e00-\u9fff]{1,8}[县旗镇乡区])[\u4e00-\u9fff]{0,6}?(?:街|路)" + _CORNER_CHAR + r"{2,4}?"
                  + _NUM + r"号(?![楼院0-9])")
ADDRESS_RE = re.compile("(" + "|".join([_ESTATE, _STREET, _VILLAGE, _COMMITTEE, _DISTRICT, _BARE_FLAT, _MARKET,
                                        _STREET_CORNER]) + ")")
#: A place in a county, banner, city or town that no street, estate or village word ends, then a numbered building,
#: floor, room, house, works or shed (住在|开化县华埠镇东岸村厂区门卫室北侧2号, 厂子在|双湖峪镇石家湾工业园3号厂房,
#: 办公室在|开化县芹阳办事处解放街民政大楼4楼412室, 心理室在|宣威镇中心学校综合楼302): only from right after a word
#: that stands before an address, and with no grammar, date or count character between the town and the number
#: (镇上开会是5号, 乡里第3号文件 are none).
#: (the grammar characters that stop an address's place prefix, as the form was measured without 户, and the date
#: and count characters)
_TOWN_STOPS = "".join(sorted((_ADDRESS_STOP - {"户"} | set("第月年日天周期届次批每")) - set("：:，,。、；;")))
_TOWN_CHAR = r"[^\x00-\u4dff\u9fa6-\U0010ffff" + _TOWN_STOPS + r"]"
_TOWN_UNIT = r"(?:" + _TOWN_CHAR + r"{1,8}[县旗镇乡]|" + _TOWN_CHAR + r"{2,8}市)"
#: ... the number of a house only after a place's side, yard, works or shed (门卫室北侧2号, 拉面馆后院2号; not
#: 南丰镇赶集5号, a date), or a numbered workshop or store of a factory or base (竹笋加工厂3号车间, 蔬菜基地1号冷库;
#: not 水泥厂3号放假).
_TOWN_END = (_NUM + r"号楼" + _FLAT + "|" + _NUM + r"(?:楼|层)(?:" + _NUM + r"(?:单元|门))?(?:" + _NUM
             + r"(?:室|号|户|房)|[0-9]{3,4})|(?:楼|层)[0-9]{3,4}室?|"
             r"(?<=[侧院场站棚园房点区馆边旁角])" + _NUM + r"号(?:" + _STORE + r"|院|铺|库)?|"
             r"(?<=[厂地])" + _NUM + r"号(?:" + _STORE + r")|"
             + _NUM + r"号(?:厂房|库房)|(?:商铺|门面|门市|工棚|厂房|车间|仓库)" + _NUM + r"号")
TOWN_PLACE_RE = re.compile(r"(?<=[" + _BEFORE_ADDRESS + r"])(" + _TOWN_UNIT + _TOWN_CHAR + "{2,20}?(?:" + _TOWN_END
                           + r"))(?![0-9年月日号楼层])")
#: What every address contains: a street/estate/village word or a building word next to a number. ADDRESS_RE runs
#: only in windows around these anchors (it is the slowest pattern: a 1-20 character prefix tried everywhere).
_ANCHOR_RE = re.compile("(?:" + "|".join([_STREET_WORDS, _ESTATE_WORDS, _VILLAGE_WORDS, "区", "[东南西北中]段"]) + ")"
                        r"[0-9A-Za-z一二三四五六七八九十百千零〇两]|[0-9A-Za-z一二三四五六七八九十百千零〇两](?:号楼|栋|幢)"
                        r"|(?:组|社|队|排)[0-9一二三四五六七八九十百千零〇两]+号|[村街路][\u4e00-\u9fff]{2,4}[0-9一二三四五六七八九十百千零〇两]+号"
                        r"|" + _MARKET_STALL)


def _digits(s: str) -> str:
    return re.sub(r"[^0-9Xx]", "", s).upper()


def _context(norm: str, start: int, pattern: re.Pattern, width: int = 12) -> bool:
    return bool(pattern.search(norm[max(0, start - width):start]))


def _trim_address(text: str, start: int, end: int) -> int:
    """Move an address's start right past the last stop character of its place-name prefix."""
    segment = text[start:end]
    body = _NUMBERED.search(segment)  # (the numbers of the address itself: 一个人住|龙井市…5号楼 keeps 一个人 out)
    cut = 0
    for i, ch in enumerate(segment[:body.start() if body else len(segment)]):
        if ch in _ADDRESS_STOP and not in_place_name(segment, i, _ADDRESS_STOP):
            cut = i + 1
    return start + cut


#: The words that end a place name.
PLACE_SUFFIX = frozenset("省市区县旗盟州镇乡村屯")


def in_place_name(text: str, i: int, stops: set[str] | frozenset[str]) -> bool:
    """The stop character at ``i`` is a syllable of a place name: it stands between a character of the name and the
    word that ends it, or one syllable before it (四|把|镇, 特木|里|镇, 松|他|克乡), not after another stop character or
    a word (住|在|镇上, 孩子|在|镇), unless it is 家 "family" (大河|家|镇) or it follows a county and starts a town of
    two syllables (从江县|往|洞镇: 往 "towards" cannot stand between a county and its town's one syllable); never
    before a listed county or city (家|在|镇安县, 住|在|乡城县)."""
    if any(text[i + 1:i + k] in listed_places() for k in range(3, 8)):
        return False  # (家|在|镇安县: the word after it is a county whose name starts with 镇, not the end of a town)
    after_unit = i > 0 and text[i - 1] in _UNIT_ENDS and text[i + 2:i + 3] in _TOWN_ENDS
    suffix_at = i + 1 if text[i + 1:i + 2] in PLACE_SUFFIX or text[i] in _BEFORE_PLACES and not after_unit else i + 2
    return 0 < i and suffix_at < len(text) and text[suffix_at] in PLACE_SUFFIX and CJK.match(text[i - 1]) is not None \
        and text[i - 1] not in stops and all(CJK.match(c) and c not in stops for c in text[i + 1:suffix_at]) \
        and not (text[i] != "家" and not after_unit and any(_word_before(text, i, k) for k in (2, 3) if i >= k))


def _word_before(text: str, i: int, k: int) -> bool:
    """The ``k`` characters before ``i`` are a word (孩子|在|镇), not one across the end of a place before them
    (大武镇江|让村: 镇江 is a city, but 镇 ends 大武镇 and 江让 is the village)."""
    return word_freq(text[i - k:i]) >= 20 and not (
        text[i - k] in PLACE_SUFFIX and i > k and CJK.match(text[i - k - 1]) and text[i - k - 1] not in _ADDRESS_STOP)


_UNIT_ENDS = frozenset("县市旗区州盟")
_TOWN_ENDS = frozenset("镇乡")


#: A number with the unit it counts in an address (3号, 5号楼, 2单元, 二组, 3巷, 3排).
_NUMBERED = re.compile(_NUM + r"(?:号|组|社|队|排|栋|幢|座|单元|室|户|巷)")


def find_structured(text: str, norm: str | None = None) -> list[Candidate]:
    """All structured candidates (overlapping; the caller resolves overlaps by rank)."""
    norm = normalise(text) if norm is None else norm
    out: list[Candidate] = []
    for m in ID18_RE.finditer(norm):
        d = _digits(m.group(1))
        if len(d) != 18:
            continue
        if _id_plausible(d) and id_checksum_ok(d):
            out.append(Candidate(m.start(1), m.end(1), "id_number", 0, "id18"))
        elif _id_plausible(d) and _context(norm, m.start(1), ID_CONTEXT_RE):
            out.append(Candidate(m.start(1), m.end(1), "id_number", 1, "id18-context"))
    for m in CARD_RE.finditer(norm):
        d = _digits(m.group(1))
        if not 16 <= len(d) <= 19 or len(set(d)) == 1:
            continue
        if luhn_ok(d):
            out.append(Candidate(m.start(1), m.end(1), "bank_card", 1, "luhn"))
        elif _context(norm, m.start(1), CARD_CONTEXT_RE):
            out.append(Candidate(m.start(1), m.end(1), "bank_card", 2, "card-context"))
    for m in MOBILE_RE.finditer(norm):
        out.append(Candidate(m.start(1), m.end(1), "mobile", 2, "mobile"))
    for m in ID15_RE.finditer(norm):
        d = _digits(m.group(1))
        if len(d) == 15 and _id_plausible(d):
            rank = 2 if _context(norm, m.start(1), ID_CONTEXT_RE) else 3
            out.append(Candidate(m.start(1), m.end(1), "id_number", rank, "id15"))
    for m in LANDLINE_RE.finditer(norm):
        out.append(Candidate(m.start(1), m.end(1), "landline", 3, "landline"))
    for m in LOCAL_RE.finditer(norm):
        out.append(Candidate(m.start(1), m.end(1), "landline", 4, "landline-context"))
    for m in EMAIL_RE.finditer(norm):
        out.append(Candidate(m.start(1), m.end(1), "email", 0, "email"))
    out.extend(find_accounts(norm))
    for rx in (DOB_BEFORE_RE, DOB_AFTER_RE):
        for m in rx.finditer(norm):
            out.append(Candidate(m.start(1), m.end(1), "birth_date", 5, "dob"))
    ends = set()
    for m in _address_matches(norm):
        s = _trim_address(norm, _listed_before(norm, m.start(1), m.end(1)), m.end(1))
        if m.end(1) - s >= 4:
            out.append(Candidate(s, m.end(1), "address", 4, "address"))
            ends.add(m.end(1))
    out.extend(Candidate(m.start(1), m.end(1), "address", 4, "address") for m in TOWN_PLACE_RE.finditer(norm)
               if m.end(1) not in ends)  # (an address the forms above found starts where they say: 老家|陈巴尔虎旗…)
    return out


def _listed_before(norm: str, s: int, e: int) -> int:
    """The start of the first listed city or county in the run of Chinese characters right before an address that
    starts with its number, or in a building's place before its number (协助办理|常州市新北区绿都万和城|6幢202室: no
    word before it showed where the place starts, :data:`_AFTER_STOP`); else ``s``."""
    if CJK.match(norm[s:s + 1]) and norm[s] not in _CNUM_CHARS:
        body = _BUILDING_NUMBER.search(norm, s, e)
        lo, hi = s, body.start() if body is not None and CJK.match(norm[body.start() - 1]) else s
    else:
        lo = hi = s
        while lo > max(0, s - 20) and CJK.match(norm[lo - 1]):
            lo -= 1
    names = listed_places()
    return next((k for k in range(lo, hi) if any(norm[k:k + j] in names for j in range(2, 8))), s)


#: The number of a building that no estate word names (…万和城|6幢202室), where a bare flat starts.
_BUILDING_NUMBER = re.compile(_NUM + r"(?:号楼|栋|幢)")


_CNUM_CHARS = frozenset("一二三四五六七八九十百千零〇两")


def _address_matches(norm: str) -> list[re.Match]:
    """ADDRESS_RE's matches, searched only in windows around the anchors every address contains (a prefix is at
    most 23 characters before its anchor; windows that overlap are merged), which gives the matches of a search of
    the whole text, many times faster."""
    windows: list[list[int]] = []
    for m in _ANCHOR_RE.finditer(norm):
        ws, we = max(0, m.start() - 24), min(len(norm), m.end() + 60)
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], we)
        else:
            windows.append([ws, we])
    out: list[re.Match] = []
    for ws, we in windows:
        out.extend(ADDRESS_RE.finditer(norm, ws, we))
    return out


def find_accounts(norm: str) -> list[Candidate]:
    """QQ numbers and WeChat ids in the normalised text (ranks: a cued QQ number beats a mobile-shaped number, a
    digits-only WeChat id loses to a mobile)."""
    out: list[Candidate] = []
    for m in QQ_RE.finditer(norm):
        out.append(Candidate(m.start(1), m.end(1), "qq", 1, "qq"))
    for m in QQ_BARE_RE.finditer(norm):
        out.append(Candidate(m.start(1), m.end(1), "qq", 5, "qq-bare"))
    for m in QQ_SENTENCE_RE.finditer(norm):
        out.append(Candidate(m.start(1), m.end(1), "qq", 4, "qq-sentence"))
    for m in WXID_RE.finditer(norm):
        out.append(Candidate(m.start(1), m.end(1), "wechat", 1, "wxid"))
    for m in WECHAT_RE.finditer(norm):
        digits = m.group(1).isdigit()
        out.append(Candidate(m.start(1), m.end(1), "wechat", 3 if digits else 1, "wechat"))
    for m in WX_GLUED_RE.finditer(norm):  # (WX13812345678: the cue before a number, as the WeChat rule takes it)
        start = m.start(1) + 2 if m.group(1)[2:].isdigit() else m.start(1)
        out.append(Candidate(start, m.end(1), "wechat", 3, "wechat-glued"))
    for m in WECHAT_LATER_RE.finditer(norm):
        out.append(Candidate(m.start(1), m.end(1), "wechat", 2, "wechat-later"))
    for m in ACCOUNT_NEAR_RE.finditer(norm):
        if m.group("wx") and m.group("id"):
            out.append(Candidate(m.start("id"), m.end("id"), "wechat", 2, "wechat-near"))
        elif not m.group("wx") and m.group("num"):
            out.append(Candidate(m.start("num"), m.end("num"), "qq", 2, "qq-near"))
    return out
