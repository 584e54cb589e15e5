"""Person names in Chinese text: jieba person tags, a surname list, title/kinship forms and context cues.

Rules (each candidate must also start and end on a jieba token boundary, so a surname character inside an
ordinary word -- 全村, 儿童, 孙子, 高兴 -- never starts a name):

* ``nr``      a token tagged ``nr``/``nrfg``/``nrt`` by jieba that starts with a known surname plus 1-2 given
              characters (张伟, 欧阳明); words that are far more often common words (孙子, 孙女, 高峰, 白雪, ...)
              need a name cue around them (叫 before, a title or 说 after).
* ``cue``     surname + 1-2 characters after a naming cue (我叫吴桂兰, 孩子叫苏和, 姓名：张伟).
* ``title``   surname (or a full name) + a title or kinship word: 刘主任, 王书记, 李老师, 赵大夫, 张姐,
              马丽华老师. The title is kept by the pseudonymiser (刘主任 -> 人员C主任).
* ``kin``     老/小 + a common surname: 老张, 小刘 (also 老孙家).
* ``mou``     surname + 某/某某: 张某, 刘某某.
* ``xing``    我姓常 -> 常.

The jieba tokenizer is qualcode's own ``jieba.Tokenizer`` wrapped in ``jieba.posseg.POSTokenizer`` (never the global
one, so user dictionaries of other components do not change what is detected); it is built on first use.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import NamedTuple
from qualcode.errors import require

__all__ = ["NameCandidate", "find_names", "pos_tokenizer", "surnames", "TITLES"]


class NameCandidate(NamedTuple):
    start: int
    end: int
    rank: int
    rule: str
    key: str  # identity used for consistent pseudonyms
    suffix: str  # text kept after the pseudonym (a title), "" if none


#: Titles and kinship words that follow a surname or name; kept in the pseudonymised text.
TITLES = tuple(sorted({
    "主任", "书记", "老师", "大夫", "医生", "校长", "院长", "局长", "副局长", "科长", "处长", "股长", "所长", "站长",
    "乡长", "镇长", "县长", "村长", "市长", "组长", "队长", "会计", "干事", "专干", "主席", "经理", "老板", "师傅",
    "律师", "警官", "护士", "社工", "支书", "委员", "部长", "教授", "大姐", "大哥", "阿姨", "叔叔", "奶奶", "爷爷",
    "大爷", "大娘", "大妈", "婶子", "嫂子", "姥姥", "姥爷", "老太", "老汉", "同志", "先生", "女士", "小姐",
    "姐", "哥", "叔", "婶", "嫂", "姨", "伯",
}, key=len, reverse=True))
_TITLE_RE = re.compile("|".join(TITLES))

#: Surname characters that are also everyday function words; they start a name only with strong evidence.
AMBIGUOUS = set("和于从向都那能有时相东国家后公利红空通别步言福年爱阳法海归商第是双全万百明平文成安关路江"
                "高方常周黄金白马师宁云钱田甜乐包区查来养信门母祖申盖玉施卫")
#: Surname characters that are above all grammar words: a name with one of them needs jieba's name tag as well.
FUNCTION_SURNAMES = set("和于从向都那能有时相是第来以区全双万百")
#: Two-character words that jieba may tag as names but are mostly ordinary words.
COMMON_WORDS = {
    "孙子", "孙女", "孙家", "高峰", "白雪", "向阳", "方正", "文明", "常青", "金山", "江山", "白云", "高山", "周全",
    "黄河", "马上", "高兴", "周末", "王国", "黄金", "方面", "常常", "向来", "都是", "钱财", "田地", "安全", "平安",
    "成功", "明白", "关心", "路上", "江南", "于是", "和平", "时间", "国家", "宁可", "石头", "林子", "叶子", "包子",
    "李子", "杨柳", "朱红", "华夏", "温暖", "韩国", "高中", "高级", "程度", "任务", "任何", "许多", "何况", "余额",
    "连续", "邵阳", "汤圆", "雷锋", "龙门", "毛病", "苏木", "吉祥", "强大", "伍佰", "贾宝玉", "孟母",
    "凤凰", "花园", "谢谢", "谢谢您", "祖母", "祖父母", "盖章", "玉米", "养牛", "银行卡", "银行", "银行卡号", "余额宝", "钟点工", "明天", "时候", "东西", "乐意", "庞大", "康复", "孔子", "老子", "柏林", "冯巩", "司机", "司令", "司法", "东方",
}
_NAME_CUE_BEFORE = ("叫", "名叫", "叫做", "名字", "姓名", "名为", "取名", "起名", "名字叫", "名字是")
#: Words after which a name often stands (户主郑国华, 老伴韩国庆, 志愿者白雪); titles count too (儿童主任孙秀英).
ROLE_NOUNS = {
    "户主", "监护人", "母亲", "父亲", "老伴", "丈夫", "妻子", "媳妇", "儿媳", "女婿", "儿子", "女儿", "孙子", "孙女",
    "外孙", "外孙女", "外孙子", "爷爷", "奶奶", "姥姥", "姥爷", "外婆", "外公", "妈妈", "爸爸", "他爸", "他妈", "她爸",
    "她妈", "孩子他爸", "孩子他妈", "舅舅", "姑姑", "叔叔", "阿姨", "哥哥", "姐姐", "弟弟", "妹妹", "侄子", "侄女",
    "孩子", "学生", "村民", "干部", "志愿者", "大学生", "社工", "同事", "邻居", "老乡", "朋友", "同学", "负责人",
    "联系人", "经办人", "网格员", "专干", "比如", "像", "例如", "比方说", "比如说", "就是", "名叫", "叫", "叫做", "姓名", "名字",
    "嘎查达", "村医", "班主任", "儿童主任", "队长", "局长", "站长", "主任", "书记", "老师", "会计", "校长",
    "兄弟", "姐妹", "弟兄", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "堂弟", "堂妹", "外甥", "外甥女", "亲家",
    "公公", "婆婆", "岳父", "岳母", "继父", "继母", "后妈", "干妈", "保姆", "院长", "所长", "医生", "护士", "律师",
    "专干", "助理", "民警", "警官", "校医", "园长", "老板", "老乡", "大哥", "大姐", "小伙子", "姑娘",
}
#: Words that are never names, whatever jieba's tag says.
NEVER_NAMES = {"孙子", "孙女", "外孙", "外孙女", "谢谢", "谢谢您", "银行卡", "银行", "时候", "东西", "明天", "祖母",
               "祖父母", "母亲节", "申请书", "盖章", "玉米"}
_NAME_CUE_AFTER = ("说", "讲", "告诉", "同学", "他们", "她们", "家", "来", "去", "帮")
_NOT_GIVEN = set("的了是在我你他她们来去说和也就都还又很不没有这那个人吗呢吧啊呀么着过把被给让什怎哪谁几多少每各"
                 "该此其之与及或而但也且只才已曾将要会能可以为对向从到自从把一二三四五六七八九十两年月日号岁"
                 "您咱俺啥咋嘛哦嗯哎呢请书米肉节章旗镇县乡区市省局院所站队厂店馆病药块饭菜房屋钱账表证卡费补贴款"
                 "爸妈爷姥婶舅")
#: A dictionary word more frequent than this (jieba's counts) is taken for an ordinary word unless a cue says name.
COMMON_FREQ = 100
_KIN_WORD = re.compile(r"[爸妈爷奶姥姨叔婶哥姐弟妹舅]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``(common, all_single, compound)`` surnames from ``qualcode/data/surnames_zh.txt``."""
    text = resources.files("qualcode").joinpath("data/surnames_zh.txt").read_text(encoding="utf-8")
    section = "common"
    common, single, compound = set(), set(), set()
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            word = line[1:].strip()
            if word in ("common", "rare", "compound"):
                section = word
            continue
        if len(line) == 2:
            compound.add(line)
        elif section == "common":
            common.add(line)
            single.add(line)
        else:
            single.add(line)
    return frozenset(common), frozenset(single), frozenset(compound)


@functools.lru_cache(maxsize=1)
def pos_tokenizer():
    """qualcode's own jieba POS tokenizer (a fresh ``jieba.Tokenizer``, not jieba's global one)."""
    import logging


    jieba = require("jieba", purpose="person-name detection")
    posseg = require("jieba.posseg", package="jieba", purpose="person-name detection")
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    return posseg.POSTokenizer(tok)


class _Tok(NamedTuple):
    word: str
    flag: str
    start: int
    end: int


_CLAUSE = re.compile(r"[^，,。！!？?；;：:\n\r]+[，,。！!？?；;：:\n\r]*|[，,。！!？?；;：:\n\r]+")


def _tokens(text: str) -> list[_Tok]:
    """jieba tokens with part-of-speech flags.

    jieba's POS HMM (``posseg.cut``) is ~20 times slower than plain segmentation. So each clause is cut with the
    plain tokenizer first, words flagged from jieba's dictionary; only a clause where a name may hide (a word outside
    the dictionary that starts with a surname, a lone surname character, a dictionary word tagged ``nr``) is cut
    again with the POS tokenizer, whose HMM tells names from other unknown words.
    """
    ptok = pos_tokenizer()
    tags = ptok.word_tag_tab
    _common, single, _compound = surnames()
    out: list[_Tok] = []
    for m in _CLAUSE.finditer(text):
        clause, base = m.group(0), m.start()
        words = list(ptok.tokenizer.cut(clause, HMM=True))
        suspicious = any(
            (w[0] in single and ((len(w) == 1 and w not in FUNCTION_SURNAMES) or tags.get(w) is None
                                 or tags.get(w, "").startswith("nr")))
            or (tags.get(w) is None and len(w) > 2 and w[1] in single)
            for w in words if w and _CJK.match(w[0]))
        if suspicious:
            pairs = [(p.word, p.flag) for p in ptok.cut(clause, HMM=True)]
        else:
            pairs = [(w, tags.get(w) or ("x" if not _CJK.match(w) else "un")) for w in words]
        pos = 0
        for word, flag in pairs:
            start = clause.find(word, pos)
            if start < 0:  # jieba never drops characters, but be safe
                continue
            out.append(_Tok(word, flag, base + start, base + start + len(word)))
            pos = start + len(word)
    return out


def _freq(word: str) -> int:
    return int(pos_tokenizer().tokenizer.FREQ.get(word) or 0)


def _split_surname(word: str) -> tuple[str, str] | None:
    _common, single, compound = surnames()
    if len(word) >= 3 and word[:2] in compound:
        return word[:2], word[2:]
    if word[:1] in single:
        return word[:1], word[1:]
    return None


def _is_given(s: str) -> bool:
    return 1 <= len(s) <= 2 and all(_CJK.match(c) and c not in _NOT_GIVEN for c in s)


def find_names(text: str) -> list[NameCandidate]:
    """Person-name candidates in ``text`` (overlapping; ranks decide). See the module docstring for the rules."""
    if not _CJK.search(text):
        return []
    common, single, compound = surnames()
    toks = _tokens(text)
    by_start = {t.start: i for i, t in enumerate(toks)}
    by_end = {t.end: i for i, t in enumerate(toks)}
    tok_at = [-1] * len(text)  # index of the token covering each character
    for i, t in enumerate(toks):
        tok_at[t.start:t.end] = [i] * (t.end - t.start)
    out: list[NameCandidate] = []

    def prev_word(i: int) -> str:
        return toks[i - 1].word if i > 0 else ""

    def cue_before(i: int) -> bool:
        prev = prev_word(i)
        two = (toks[i - 2].word if i > 1 else "") + prev
        return prev in _NAME_CUE_BEFORE or two in _NAME_CUE_BEFORE or prev.endswith("叫")

    def cue_after(j: int) -> bool:
        nxt = toks[j + 1].word if j + 1 < len(toks) else ""
        return nxt in _NAME_CUE_AFTER or bool(_TITLE_RE.fullmatch(nxt))

    # nr: jieba person tags ------------------------------------------------------------------------------
    for i, t in enumerate(toks):
        if not t.flag.startswith("nr") or not 2 <= len(t.word) <= 4:
            continue
        if _TITLE_RE.search(t.word[1:]):
            continue  # 李老师, 王奶奶: the title rule handles it
        split = _split_surname(t.word)
        strong = cue_before(i) or prev_word(i) in ROLE_NOUNS
        if split is None:
            if strong and all(_CJK.match(c) for c in t.word) and not _KIN_WORD.search(t.word):
                out.append(NameCandidate(t.start, t.end, 2, "nr-cue", t.word, ""))
            continue
        sur, given = split
        if not _is_given(given):
            continue
        cued = strong or cue_after(i)
        if t.word in NEVER_NAMES:
            continue
        if (t.word in COMMON_WORDS or _freq(t.word) > COMMON_FREQ) and not strong:
            continue
        if sur in AMBIGUOUS and not cued:
            continue
        out.append(NameCandidate(t.start, t.end, 2, "nr", t.word, ""))

    # split: a surname token followed by a given-name token that jieba tags as a name (傅/nr 春雷/nr, 龙 建华/nz)
    # or a reduplicated given name (石 磊磊) -------------------------------------------------------------------------
    for i, t in enumerate(toks[:-1]):
        if len(t.word) != 1 or t.word not in single or t.word in FUNCTION_SURNAMES:
            continue
        if t.word in AMBIGUOUS and not t.flag.startswith("nr"):
            continue
        g = toks[i + 1]
        if not _is_given(g.word) or g.word in COMMON_WORDS or g.word in NEVER_NAMES:
            continue
        double = len(g.word) == 2 and g.word[0] == g.word[1] and _freq(g.word) <= COMMON_FREQ
        if not (g.flag.startswith("nr") or g.flag == "nz" or double):
            continue
        out.append(NameCandidate(t.start, g.end, 2, "split", t.word + g.word, ""))

    # cue: surname + 1-2 given characters after 叫 / 姓名 ----------------------------------------------------
    for m in re.finditer(r"(?:叫做|名叫|叫|名字是|姓名[:：]?|名为)\s?([\u4e00-\u9fff]{2,4})", text):
        s = m.start(1)
        chunk = m.group(1)
        split = _split_surname(chunk)
        if split is None:
            continue
        sur = split[0]
        for n_given in (2, 1):
            e = s + len(sur) + n_given
            if e > len(text) or e > m.end(1):
                continue
            given = text[s + len(sur):e]
            if not _is_given(given):
                continue
            if e in by_end or e == len(text) or not _CJK.match(text[e]):
                name = text[s:e]
                if name in COMMON_WORDS and e < len(text) and _CJK.match(text[e]):
                    continue
                out.append(NameCandidate(s, e, 2, "cue", name, ""))
                break

    # given: a given name or nickname alone after a naming cue, then punctuation (大的叫浩浩，孩子叫欣怡。) ----------
    for m in re.finditer(r"(?:叫做|名叫|小名叫|小名|叫)([\u4e00-\u9fff]{2})(?=[，,。；;、！!？?…）)\s]|$)", text):
        s, e = m.span(1)
        chunk = m.group(1)
        if any(c in _NOT_GIVEN for c in chunk) or chunk in COMMON_WORDS or chunk in NEVER_NAMES:
            continue
        if _freq(chunk) > COMMON_FREQ or _KIN_WORD.search(chunk):
            continue
        if s not in by_start and _split_surname(chunk) is None:
            continue
        out.append(NameCandidate(s, e, 2, "given", chunk, ""))

    # title: (surname | full name) + title ------------------------------------------------------------------
    for m in _TITLE_RE.finditer(text):
        ts, te = m.span()
        if te < len(text) and text[te] == "们":
            continue
        if te not in by_end and te != len(text):
            # the title must end a token (姐妹, 师哥 ...), unless a token covers name+title or a surname tagged as a
            # name stands right before it (杜/nr 干事会)
            k = tok_at[te] if te < len(tok_at) else -1
            covering = [toks[k]] if k >= 0 and toks[k].start < te < toks[k].end else []
            before = toks[by_end[ts]] if ts in by_end else None
            if not (covering and covering[0].flag.startswith("nr")) and not (
                    before is not None and before.flag.startswith("nr") and len(before.word) == 1
                    and len(m.group(0)) > 1):
                continue
        title = m.group(0)
        cand = None
        j = by_end.get(ts)
        if j is not None:
            t = toks[j]
            split = _split_surname(t.word)
            if t.flag.startswith("nr") and split and 1 <= len(split[1]) <= 2 and t.word not in NEVER_NAMES:
                cand = NameCandidate(t.start, te, 1, "title", t.word, title)
            elif split and len(t.word) in (1, 2) and split[1] == "" and (
                    t.word not in AMBIGUOUS
                    or (t.word not in FUNCTION_SURNAMES and len(title) > 1
                        and (t.start == 0 or _freq(text[t.start - 1:t.start + 1]) == 0))
                    or (t.flag.startswith("nr") and len(title) > 1)):
                # a bare surname token (single or compound) right before the title
                cand = NameCandidate(t.start, te, 1, "title", f"{t.word}·{title}", title)
            elif (j > 0 and len(t.word) <= 2 and _is_given(t.word) and toks[j - 1].word in single
                  and len(toks[j - 1].word) == 1 and toks[j - 1].word not in AMBIGUOUS):
                s = toks[j - 1].start
                cand = NameCandidate(s, te, 1, "title", text[s:ts], title)
        else:
            # a token covering surname + title (李老师/nr, 王奶奶/nr): the surname starts that token
            s = ts - 1
            if s >= 0 and text[s] in single and s in by_start:
                t = toks[by_start[s]]
                if t.flag.startswith("nr") and t.end >= te and text[s] not in AMBIGUOUS | {"师"}:
                    cand = NameCandidate(s, te, 1, "title", f"{text[s]}·{title}", title)
                elif t.flag.startswith("nr") and t.end >= te and len(title) > 1 and text[s] not in ("班", "师"):
                    cand = NameCandidate(s, te, 1, "title", f"{text[s]}·{title}", title)
            s2 = ts - 2
            if cand is None and s2 >= 0 and text[s2:ts] in compound and s2 in by_start:
                cand = NameCandidate(s2, te, 1, "title", f"{text[s2:ts]}·{title}", title)
        if cand is not None:
            out.append(cand)

    # kin: 老张 / 小刘 -------------------------------------------------------------------------------------------
    for m in re.finditer(r"[老小]([\u4e00-\u9fff])", text):
        s, e = m.start(), m.end()
        sur = m.group(1)
        if sur not in common or sur in AMBIGUOUS - {"高", "马", "周", "黄", "方", "白", "田", "钱", "金", "江", "宁", "查"}:
            continue
        if s not in by_start:
            continue
        t = toks[by_start[s]]
        ok = False
        if t.end == e:
            ok = True  # 老张 as one token
        elif t.end == s + 1 and (s + 1) in by_start:
            t2 = toks[by_start[s + 1]]
            if t2.end == e or (t2.word == sur + "家" and t2.end == e + 1):
                ok = True
        if ok and e < len(text) and text[e] in "们":
            ok = False
        if ok:
            out.append(NameCandidate(s, e, 2, "kin", text[s:e], ""))

    # mou: 张某 / 刘某某 ---------------------------------------------------------------------------------------
    for m in re.finditer(r"某某|某", text):
        if m.start() > 0 and text[m.start() - 1] == "某":
            continue
        e = m.end()
        if m.start() >= 2 and text[m.start() - 2:m.start()] in compound:
            s = m.start() - 2
            sur = text[s:m.start()]
        elif m.start() >= 1 and text[m.start() - 1] in single:
            s = m.start() - 1
            sur = text[s]
            if sur in AMBIGUOUS - {"高", "马", "周", "黄", "方", "白", "田"}:
                continue
        else:
            continue
        if m.group(0) == "某" and e < len(text) and text[e] in "种些个处方面样天日年月时次件项位类人地":
            continue
        if s not in by_start:
            continue  # the surname character belongs to the previous word (对于某, 全某)
        out.append(NameCandidate(s, e, 1, "mou", text[s:e], ""))

    # slot: a role noun, then 2-3 characters starting with a surname, then punctuation (户主郑国华，) -------------
    for i, t in enumerate(toks[:-1]):
        strong = t.word in ROLE_NOUNS or bool(_TITLE_RE.fullmatch(t.word)) and len(t.word) > 1
        strong = strong or (t.word == "是" and i > 0 and toks[i - 1].word in ("我", "俺", "他", "她"))
        weak = t.word in ("是", "的")
        if not (strong or weak):
            continue
        s = t.end
        e = s
        while e < len(text) and e - s < 5 and _CJK.match(text[e]):
            e += 1
        chunk = text[s:e]
        if e - s == 5:
            continue
        split = _split_surname(chunk)
        if split is None or not _is_given(split[1]) or e not in by_end:
            continue
        after = text[e:e + 1]
        if after and _CJK.match(after):
            continue
        first = toks[i + 1]
        if chunk in NEVER_NAMES:
            continue
        if chunk in COMMON_WORDS and not (first.flag.startswith("nr") and strong):
            continue
        if first.end == e and not first.flag.startswith("nr") and _freq(chunk) > COMMON_FREQ:
            continue  # one ordinary dictionary word (孩子谈话，)
        whole_nr = first.flag.startswith("nr") and first.end == e
        split_nr = (first.end - first.start == len(split[0]) and i + 2 < len(toks) and toks[i + 2].end == e
                    and toks[i + 2].flag.startswith("nr"))
        if split[0] in FUNCTION_SURNAMES and not (whole_nr and (strong or len(chunk) >= 3)):
            continue
        if split[0] in AMBIGUOUS and not (whole_nr and (strong or len(chunk) >= 3)) and not (
                strong and _freq(chunk) <= COMMON_FREQ and chunk not in COMMON_WORDS):
            continue
        if weak and not strong and not (whole_nr or split_nr):
            continue
        out.append(NameCandidate(s, e, 2, "slot", chunk, ""))

    # propagation: a name found once is a name wherever it stands alone as a token in this text ------------------
    found = {c.key: c.key for c in out if c.rule in ("nr", "cue", "slot", "nr-cue", "given", "split")
             and len(c.key) >= 2}
    found.update({c.key: c.key for c in out if c.rule == "title" and "·" not in c.key and len(c.key) >= 2})
    # the given name of a three-character full name is the same person (王子涵 ... 子涵)
    for c in list(out):
        if c.rule in ("nr", "cue", "slot", "split") and len(c.key) == 3 and c.key[0] in single:
            given = c.key[1:]
            if given not in found and given not in COMMON_WORDS and _freq(given) <= COMMON_FREQ:
                found[given] = c.key
    have = {(c.start, c.end) for c in out}
    for name in sorted(found, key=len, reverse=True):
        if name in COMMON_WORDS or _freq(name) > COMMON_FREQ:
            continue  # 高峰 the person stays found where a cue says so; 用电高峰 is not a person
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if (s, e) in have or s not in by_start or e not in by_end:
                continue
            out.append(NameCandidate(s, e, 3, "repeat", found[name], ""))

    # xing: 我姓常 -> the surname ------------------------------------------------------------------------------
    for m in re.finditer(r"(?:^|[我他她您你俺，,。；;：:\s]|人家|本人)姓([\u4e00-\u9fff]{1,2}?)(?=[，,。、；;\s叫的]|$)",
                         text, re.M):
        sur = m.group(1)
        if sur in single or sur in compound:
            out.append(NameCandidate(m.start(1), m.end(1), 2, "xing", sur, ""))
    return out
