"""Mongolian, Tibetan and other minority given names, which have no Chinese surname to anchor them.

The lexicon ``qualcode/data/minority_names_zh.txt`` lists name *elements* in Chinese transliteration (巴特尔, 其木格,
格日乐, 扎西 ...; sources in ``data/SOURCE.md``). A name is a chain of one to three adjacent elements, optionally
joined by a middle dot or a space (乌云其木格 = 乌云 + 其木格, 敖登格日乐, 那顺·乌日图, 图们 吉日嘎拉), or a clan
name before a dot (孛儿只斤·乌兰). The whole chain is one candidate, so a listed name is not replaced in part. A chain
is rejected when:

* a dictionary word crosses its first or last character (江苏和浙江 is not 苏和; 凶多吉少 is not 多吉);
* a place or thing word follows it (诺敏河, 乌兰浩特, 赛罕区, 格桑花, 乌兰牧骑) or it is a famous person;
* it is a single element that is also an everyday word (kind ``cue``: 乌云, 乌兰, 塔拉, 尼玛, 才让) and no naming cue
  stands around it (叫 / a role word before it, a title or 说 after it).

A rejected chain still becomes a candidate when another rule found a name covering part of it (敖登格 by jieba's
name tag): the pseudonymiser merges overlapping candidates, so the whole chain is replaced, never a part.

A Han surname right before a chain belongs to the name (包巴特尔, 韩乌云), and so does an unknown (non-dictionary)
word of one or two characters right after it (其木格达丽) and the men's-name endings -图/-台/-泰 (格日勒图).
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import NamedTuple

from qualcode.privacy._name_data import (
    CJK,
    CUE_BEFORE,
    FAMOUS,
    FUNCTION_SURNAMES,
    KIN_WORD,
    NOT_GIVEN,
    ROLE_ENDS,
    ROLE_NOUNS,
    STOP_CHARS,
    TITLE_RE,
    WHOLE_ONLY,
    surnames,
)
from qualcode.privacy._name_rules import Ctx, NameCandidate
from qualcode.privacy._name_tokens import word_freq

__all__ = ["Element", "find_minority", "listed_starts", "minority_lexicon", "naming_cue"]

DOTS = "·•・‧.．"
#: What may stand between two elements of one name: a middle dot, or a space where a form spaced the name in two
#: halves (图们 吉日嘎拉: so a ``cue`` element is part of the name beside another element).
JOINERS = DOTS + " \u3000"
#: Words after a chain that make it a place, organisation or thing rather than a person.
PLACE_AFTER = ("河", "江", "湖", "山", "峰", "旗", "县", "市", "镇", "乡", "村", "区", "盟", "州", "苏木", "嘎查",
               "浩特", "淖尔", "路", "街", "牧骑", "草原", "沙漠", "宾馆", "饭店", "酒店", "公司", "商店", "超市",
               "小学", "中学",
               "学校", "医院", "花", "寺", "庙", "牌", "站", "广场", "大街", "大桥", "水库", "牧场", "林场", "煤矿")
#: Words that follow a name and say so (乌兰说, 乌云她们); titles count too (乌兰老师, 乌云嘎查达).
CUE_AFTER_MINORITY = ("说", "讲", "告诉", "讲过", "说过", "她们", "他们", "同学", "一家", "家里", "她家", "他家")
#: Endings of Mongolian men's names after an element: -图 "having" (乌日图, 那斯图, 格日勒图), -台/-泰 (达林太 ...).
SUFFIXES = ("图", "台", "泰")
#: ... unless they start a frequent word (图书, 图片, 台湾, 泰国; 图说 55 is rare enough to be 格日勒图 + 说).
SUFFIX_WORD_FREQ = 200
#: A dictionary word at least this frequent that crosses a chain's boundary means the chain is not a name.
CROSS_FREQ = 20


class Element(NamedTuple):
    text: str
    people: str  # mn, bo, tu, mc
    kind: str  # name, cue, clan


@functools.lru_cache(maxsize=1)
def listed_starts() -> frozenset[str]:
    """The first two characters of listed names that start with a stop character (那木 of 那木吉拉 and 那木卡):
    before a syllable that follows them, the stop character starts a name (叫我|那|木吉姐)."""
    return frozenset(name[:2] for name in minority_lexicon() if len(name) > 2 and name[0] in STOP_CHARS)


@functools.lru_cache(maxsize=1)
def minority_lexicon() -> dict[str, Element]:
    """Element text -> :class:`Element`, from ``qualcode/data/minority_names_zh.txt``."""
    raw = resources.files("qualcode").joinpath("data/minority_names_zh.txt").read_text(encoding="utf-8")
    out: dict[str, Element] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, people, kind = line.split("\t")[:3]
        out[text] = Element(text, people, kind)
    for el in list(out.values()):
        if el.kind != "name":
            continue
        for k, c in enumerate(el.text):
            for v in SPELLINGS.get(c, ""):
                alt = el.text[:k] + v + el.text[k + 1:]
                if alt not in out and not word_freq(alt):
                    out[alt] = Element(alt, el.people, el.kind)
    return out


#: Characters that write the same syllable of a transliterated name, interchangeably (萨仁 and 莎仁, 吉日格勒 and
#: 吉日格乐): a listed name is known in each spelling, one character at a time.
SPELLINGS = {pair[i]: pair[1 - i] for pair in ("萨莎", "勒乐", "丽莉", "其琪") for i in (0, 1)}


@functools.lru_cache(maxsize=1)
def _automaton():
    import ahocorasick_rs

    words = list(minority_lexicon())
    return words, ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.Standard)


def _matches(text: str) -> list[tuple[int, int, Element]]:
    """The lexicon's matches, leftmost and longest first, never overlapping; a ``cue`` element that starts with a
    grammar word gives way to a ``name`` element that starts inside it and runs past it (向|巴特尔借钱: 'towards' and
    Bayart, not 向巴 + 特尔)."""
    words, ac = _automaton()
    lex = minority_lexicon()
    found = sorted(((s, e, lex[words[idx]]) for idx, s, e in ac.find_matches_as_indexes(text, overlapping=True)),
                   key=lambda m: (m[0], -m[1]))
    out: list[tuple[int, int, Element]] = []
    pos = 0
    for s, e, el in found:
        if s < pos or el.kind == "cue" and text[s] in FUNCTION_SURNAMES \
                and any(s < s2 < e < e2 and el2.kind == "name" for s2, e2, el2 in found):
            continue
        out.append((s, e, el))
        pos = e
    return out


def _chains(text: str) -> list[list[tuple[int, int, Element]]]:
    """Runs of adjacent lexicon matches (a middle dot or a space may join two)."""
    chains: list[list[tuple[int, int, Element]]] = []
    for s, e, el in _matches(text):
        last = chains[-1][-1] if chains else None
        joined = last is not None and (s == last[1] or (s == last[1] + 1 and text[last[1]] in JOINERS))
        if joined:
            chains[-1].append((s, e, el))
        else:
            chains.append([(s, e, el)])
    return chains


def find_minority(ctx: Ctx, out: list) -> None:
    """Append a candidate (rule ``minority``) for every accepted chain of ``ctx.text``."""
    if not CJK.search(ctx.text):
        return
    for chain in _chains(ctx.text):
        span = _accept(ctx, chain)
        rank = 2
        if span is None:
            s, e = chain[0][0], chain[-1][1]
            if not any(c.start < e and s < c.end and (c.start > s or c.end < e) for c in out):
                continue
            span, rank = (s, e), 3  # another rule took part of the chain (敖登格): all of it is the name
        s, e = span
        key = "".join(c for c in ctx.text[s:e] if c not in JOINERS)
        title = TITLE_RE.match(ctx.text, e)
        if title is not None and (title.end() in ctx.by_end or title.end() == len(ctx.text)) \
                and ctx.text[title.end():title.end() + 1] != "们":
            # a title or kin word after the name is kept with it, as after a Han surname (阿苏奶奶, 曲比阿姨: a Yi clan
            # name said with a kin word is a form of address, 'Grandma Asu')
            out.append(NameCandidate(s, title.end(), rank, "minority", key, title.group(0)))
            continue
        out.append(NameCandidate(s, e, rank, "minority", key, ""))


def _accept(ctx: Ctx, chain: list[tuple[int, int, Element]]) -> tuple[int, int] | None:
    text = ctx.text
    s, e = chain[0][0], chain[-1][1]
    kinds = [el.kind for _s, _e, el in chain]
    if kinds[0] == "clan":
        after = _after_clan(ctx, chain)
        if after is None:
            return None
        e = after
    elif len(chain) == 1 and kinds[0] == "cue" and not naming_cue(ctx, s, e):
        return None
    if "clan" in kinds[1:] or text[s:e] in FAMOUS or _crossed(ctx, s, e) or text.startswith(PLACE_AFTER, e):
        return None
    e = _syllables_right(ctx, _extend_right(ctx, e))
    if text[e:e + 1] in SUFFIXES and (e + 1 == len(text) or word_freq(text[e:e + 2]) < SUFFIX_WORD_FREQ):
        e += 1  # 格日勒图, 朝克图: -图 "having", -台 (a tribe); not 图书, 图片
    return _extend_left(ctx, _syllables_left(ctx, s)), e


#: Role words, also as the end of a longer word (大儿子, 小女儿).
ROLE_ENDINGS = tuple(ROLE_NOUNS)
#: Words of place after a noun (档案里|努尔古丽): no syllable after a word of two or more characters.
LOCATIVES = frozenset("里上下中内外")


@functools.lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Characters of the listed names that are no grammar word (娜, 勒, 格, 日 ...) nor found whole only (东, 赖)."""
    chars = set("".join(el.text for el in minority_lexicon().values() if el.kind != "clan"))
    return frozenset(chars - NOT_GIVEN - FUNCTION_SURNAMES - set("".join(PLACE_AFTER)) - WHOLE_ONLY)


def _syllables_right(ctx: Ctx, e: int) -> int:
    """Take in up to two more transliteration syllables that stand as single-character words right after the
    chain (an element no source listed: 其木格 + 达 丽, 巴特尔 + 朝 格): never leave part of a name behind."""
    syll = _syllables()
    for _ in range(2):
        k = ctx.by_start.get(e)
        if k is None or len(ctx.words[k]) != 1 or ctx.words[k] not in syll or TITLE_RE.match(ctx.text, e):
            break
        e += 1
    return e


def _syllables_left(ctx: Ctx, s: int) -> int:
    """The same before the chain (苏 + 日娜 ...): up to two syllables that stand as single-character words."""
    syll = _syllables()
    for _ in range(2):
        k = ctx.by_end.get(s)
        if k is None or len(ctx.words[k]) != 1 or ctx.words[k] not in syll:
            break
        s -= 1
    k = ctx.by_end.get(s)
    return s + 1 if ctx.text[s] in LOCATIVES and k is not None and len(ctx.words[k]) > 1 else s


def _after_clan(ctx: Ctx, chain: list[tuple[int, int, Element]]) -> int | None:
    """End of a clan-name chain: its name elements, or the word(s) after the dot (爱新觉罗·启星)."""
    text = ctx.text
    if len(chain) > 1:
        return chain[-1][1]
    e = chain[0][1]
    if e >= len(text) or text[e] not in DOTS:
        return None
    k = ctx.by_start.get(e + 1)
    if k is None:
        return None
    end = ctx.ends[k]
    if end - (e + 1) == 1 and k + 1 < ctx.n and len(ctx.words[k + 1]) <= 2:
        end = ctx.ends[k + 1]
    name = text[e + 1:end]
    return end if 1 <= len(name) <= 3 and all(CJK.match(c) for c in name) else None


def naming_cue(ctx: Ctx, s: int, e: int) -> bool:
    """A naming cue around ``text[s:e]``: 叫/名叫 or a role word before, a title or 说 after."""
    text = ctx.text
    i = ctx.by_start.get(s)
    before = ctx.words[i - 1] if i else text[max(0, s - 2):s]
    if before in CUE_BEFORE or before.endswith("叫") or text[max(0, s - 2):s] in CUE_BEFORE \
            or before.endswith(ROLE_ENDINGS):  # (大儿子|伊力亚尔)
        return True
    j = ctx.by_end.get(e)
    after = ctx.words[j + 1] if j is not None and j + 1 < ctx.n else text[e:e + 2]
    return bool(TITLE_RE.match(text, e)) or after in CUE_AFTER_MINORITY or text.startswith(CUE_AFTER_MINORITY, e)


def _crossed(ctx: Ctx, s: int, e: int) -> bool:
    """A frequent dictionary word (not a name) that starts before ``s`` and ends inside, or starts inside and ends
    after ``e``; not one whose part outside is grammar characters only (白音达|来说: the segmenter glued the name's
    last syllable to 说 "said", as it glues 来 "come" to it, or a kin word to its first: 我|哥达|来扎布)."""
    for pos in (s, e - 1):
        k = ctx.tok_at(pos)
        if k < 0:
            continue
        outside = ctx.text[ctx.starts[k]:s] + ctx.text[e:ctx.ends[k]]
        if ((ctx.starts[k] < s or ctx.ends[k] > e) and not ctx.nr(k)
                and word_freq(ctx.words[k]) >= CROSS_FREQ
                and not all(c in NOT_GIVEN or KIN_WORD.match(c) for c in outside)):
            return True
    return False


def _extend_right(ctx: Ctx, e: int) -> int:
    """Take in the rest of a rare word that the chain ends inside (其木|格达丽), or an unknown one- or two-character
    word right after it (其木格 达丽): never leave part of a name behind."""
    text = ctx.text
    k = ctx.tok_at(e - 1)
    if k >= 0 and ctx.ends[k] > e:
        end = ctx.ends[k]  # (a frequent non-name word crossing the end was rejected before)
    else:
        k = ctx.by_start.get(e, -1)
        if k < 0 or word_freq(ctx.words[k]) > 0:
            return e
        end = ctx.ends[k]
    tail = text[e:end]
    if (1 <= len(tail) <= 2 and all(CJK.match(c) and c not in NOT_GIVEN for c in tail)
            and not TITLE_RE.match(tail) and not text.startswith(PLACE_AFTER, e)):
        return end
    return e


def _extend_left(ctx: Ctx, s: int) -> int:
    """Take in a Han surname right before the chain (包巴特尔), unless it ends a word (钱包其其格)."""
    text = ctx.text
    if s == 0:
        return s
    sur = text[s - 1]
    if sur not in surnames()[1] or sur in FUNCTION_SURNAMES:
        return s
    if s >= 2 and word_freq(text[s - 2:s]) >= CROSS_FREQ:
        return s
    if sur in ROLE_ENDS and s >= 2 and CJK.match(text[s - 2]):
        return s  # (宿管|其美多杰: the end of a word for an occupation)
    return s - 1
