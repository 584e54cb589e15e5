"""A replacement never cuts a word: the final spans of :func:`~qualcode.privacy.detect_pii` are extended to whole
words before anything is replaced.

Whatever the detectors found, each span of a word-like type (``person``, ``school``, ``address`` and the types of a
names table; numbers are left as found) is extended, in this order:

1. **over the tokens it cuts** -- the pipeline segmenter's tokens (``Segmenter()``'s configuration: shipped domain
   dictionary, the same backend, the shared instance of :func:`qualcode.segment._backends.shared_backend`): a span
   that starts or ends inside a token takes the whole token (敖登格|日乐 -> 敖登格日乐 when the segmenter cut
   ``日乐``; 巴|林右旗 -> 巴林右旗);
2. **over the adjacent run of characters no dictionary word explains** (person spans, both sides; not to the right
   of a kept title such as 王书记): single-character tokens and out-of-vocabulary pieces (tokens that are no
   dictionary word, ``RARE_FREQ``), which is how jieba leaves a transliterated name it does not
   know (呼斯|楞, 德力格尔|玛). A token holding a stop or function character (:data:`STOP_CHARS`: 的 了 说 是 在 和
   也 都 家 她 他 ...), punctuation, a space, a digit or an ordinary dictionary word ends the run; a run takes at
   most ``MAX_RUN`` characters on each side (whole tokens only);
3. **a transliterated name** (half of its characters or more, and the one at the edge, in the syllable inventory
   :func:`syllables`: the characters of the minority-name lexicon's elements and :data:`EXTRA_SYLLABLES`) takes the
   run of syllables beside it on both sides, function characters included (那仁满|都拉, 爷爷|那木|吉拉), at most
   ``TRANSLIT_RUN`` characters, cut back until the run ends on a word boundary (punctuation, a stop character, an
   ordinary dictionary word: 巴雅斯古楞|玩得); a run of stop characters only (乌日娜|都说), a dictionary word holding
   one (莫力达瓦|那边) and a regional word that is no name (额吉, 嘎查达) are no syllables. A run may cut a dictionary
   word when the rest of it re-forms a word with its neighbour (叶尔波拉|提前|年 -> 叶尔波拉提 + 前年, 老|大额|尔敦);
   a one-character token that is no syllable ends it (巴雅尔|常来);
3a. **a middle dot** (spaces round it allowed) takes the name part on its other side: whole tokens that can belong
   to a name, up to a stop word, a title or punctuation, at most ``DOT_PART`` characters (卡尔|他昆·娜米拉,
   达尼亚尔·叶尔|波拉|提); **a name spaced between every character** takes every one-character group (马 合 沙 提);
   **a transliterated name split by one space** takes the syllables after it (勒格 尔古);
4. **a Han name** takes the first character of a compound surname the segmenter cut off (跟上|官婉 -> 上官婉) and,
   when its given name has fewer than two characters, the given-name characters after it (何桂|琴家, 陈孙|沐阳;
   ``given_ratios``), never a title, a token of three characters or a common word (东方明|老师, 慕容雪|通过);
5. two person spans that touch (the first without a kept title: 苏布达|其木格), are joined by a middle dot (阿拉坦·巴根,
   also with spaces round it: 那顺 · 乌日图), or by one space between syllables (巴德玛　其其格) are one name with one
   pseudonym;
6. **addresses** take the rest of their last unit (…1单元 + 402, …嘎查 + 二组) and, to the left, the place-name
   tokens before them (tokens ending in 旗/区/县/镇/街道/苏木/嘎查 ..., with what lies between them and the span
   when it is at most four characters: 松山区穆家|营子镇, 巴音花镇乌兰敖都|嘎查; a bare place word takes the word
   before it: 泉水|街道; a county of ``data/places_zh.txt`` the segmenter cut is whole: 让|胡路区); **schools** the
   same to the left and their grade and class to the right (…中心小学 + 五年级（3）班, …幼儿园 + 中（2）班). **A
   person span that names a place** (a place word follows it or ends it, not a title: 巴彦温都尔 + 苏木, 巴彦托海镇) is
   an address, and a school after that place makes it a school (巴彦托海镇第一小学). **An address is never split by a
   person span**: it grows over one (莫力达瓦达斡尔族自治旗 looks like a name), and the person span is dropped.

Step 1 has exceptions: a person span (or one in a token that is no dictionary word) takes no cut token's outside
part of stop characters only (jieba glues them to an unknown name: 莫日|根说, 跟|上官建新), nor on its left one with a
grammar word that is no surname (完么|吉给旦), nor on its right a title or a year (张志|伟大|夫, 宋爱莲二|〇二二年).

A span never grows into another: a person span that reaches another merges with it, an address or school takes the
person spans it reaches, else growth stops at the neighbour. A person span grown on the right drops its kept title
(``suffix``, 刘|主任): the whole span is replaced, and its identity key becomes the extended text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from qualcode.privacy._merge import merge_spans
from qualcode.privacy._minority import listed_starts, minority_lexicon
from qualcode.privacy._name_data import (
    CJK,
    COMMON_FREQ,
    COURT_PARTIES,
    KIN_WORD,
    KINDS_OF_NAME,
    NOT_IN_PLACE_NAMES,
    NOT_PERSON,
    ROLE_NOUNS,
    STOP_CHARS,
    TITLE_RE,
    WORDLIKE_SURNAMES,
    surnames,
)
from qualcode.privacy._name_data import KIN_BEFORE_NAMES as KIN
from qualcode.privacy._name_data import NAME_DOTS as DOTS
from qualcode.privacy._name_data import NAME_SPACES as SPACES
from qualcode.privacy._name_edges import before_verb_of_people, glued_verb, name_end, name_start, typed_dot_right
from qualcode.privacy._name_model import (
    NEVER,
    _role_before,
    compound_left,
    given_right,
    house_word,
    surname_left,
)
from qualcode.privacy._name_rules import cued_last_given, whole_han_name, whole_tagged_name
from qualcode.privacy._name_tokens import NAME_TAGS, word_freq, word_tag
from qualcode.privacy._places import PLACE_END, SCHOOL_AFTER_PLACE, bare_place, listed_start, place_end, tail_end
from qualcode.privacy._syllables import syllables, transliterated
from qualcode.segment import Segmenter, domain_dict_path
from qualcode.segment._dictionary import read_dictionary
from qualcode.segment._engine import cut_aligned

if TYPE_CHECKING:
    from qualcode.privacy._detect import Span

__all__ = ["MAX_RUN", "RARE_FREQ", "STOP_CHARS", "TRANSLIT_RUN", "Tokens", "extend_spans", "grown",
           "pipeline_segmenter", "tiling_tokens"]

_grammar = functools.cache(lambda: frozenset(NEVER) - surnames()[1])  # (the grammar words of 给吉旦; 和, 向: surnames)
#: A token rarer than this in jieba's dictionary is an out-of-vocabulary piece, not an explaining word (1: a token
#: that is no dictionary word at all, which is what jieba's HMM makes of unknown names: 呼斯, 坦仓, 巴根).
RARE_FREQ = 1
#: At most this many characters are taken from a run on each side of a person span.
MAX_RUN = 4
#: At most this many characters of transliteration syllables are taken on each side of a transliterated name.
TRANSLIT_RUN = 6
#: How frequent (jieba's counts) the word of a transliterated name's last syllable and 家 may be (胡家 110; 国家,
#: 'country', is far above: 巴特尔|国家 is no name 巴特尔国).
HOUSE_FREQ = 500
#: Word-like types whose spans are extended (numbers are not words).
NUMBER_TYPES = frozenset({"id_number", "mobile", "landline", "bank_card", "email", "birth_date", "qq", "wechat"})
#: Person forms whose extent the rule fixes (老张, 张某, 我姓常, 刘主任, a nickname between its cue and punctuation
#: and where it is said again: 小名叫锅巴。... 锅巴|抹了一脸, a name a form wrote between 写成 and punctuation, a
#: surname + 家 + given character: 苗家和|听完): no run is added to them.
FIXED_FORMS = frozenset({"kin", "mou", "xing", "title", "nickname", "written", "family", "declared"})
#: Forms whose extent their rule found, whatever words the segmenter made: a nickname, the surname after 姓 (她姓磨:
#: 姓磨 is one word to jieba) and a name of birth order, three characters by its rule (他爹|杨三保|失联).
_EXACT = frozenset({"nickname", "xing", "numbered"})
#: At most this many characters are taken behind a middle dot (卡尔他昆·娜米拉, 达尼亚尔·叶尔波拉提).
DOT_PART = 8
#: At most this many one-character groups are added to a name spaced between every character (马 合 沙 提).
SPACED_GROUPS = 6
_DOT_AFTER = re.compile(f"[{SPACES}]?[{DOTS}][{SPACES}]?")
_DOT_BEFORE = re.compile(f"[{SPACES}]?[{DOTS}][{SPACES}]?$")
_SPACED = re.compile(rf"\w(?:[{SPACES}]\w)+")
_SPACED_DOT = re.compile(rf"\w[{SPACES}][{DOTS}][{SPACES}]\w")  # (艾 则 孜 · 买| 吐 送)
_YEAR_DIGITS = "〇○零一二三四五六七八九"  # (of a year written in characters: 二〇二二年)


@functools.lru_cache(maxsize=1)
def pipeline_segmenter() -> Segmenter:
    """The pipeline's segmenter (``corpus_segmenter()`` without a codebook), the backend every default one shares."""
    return Segmenter(speakers="all", cache_dir=False)


@functools.lru_cache(maxsize=1)
def _domain_words() -> frozenset[str]:
    entries, _data = read_dictionary(domain_dict_path())
    return frozenset(e.word for e in entries)


def tiling_tokens(text: str, segmenter: Segmenter | None = None) -> tuple[list[int], list[int]]:
    """Start and end offsets of the segmenter's tokens of ``text``; they tile the text exactly."""
    seg = segmenter if segmenter is not None else pipeline_segmenter()
    backend = seg.backend_
    starts, ends, pos = [], [], 0
    for tok in cut_aligned(backend.cut, text, backend.exact):
        starts.append(pos)
        pos += len(tok)
        ends.append(pos)
    return starts, ends


def _stops(part: str) -> bool:
    return all(c in STOP_CHARS for c in part)


def _not_syllables(run: str) -> bool:
    """Stop characters only (都), or one ordinary dictionary word holding one (那边): not a name's syllables."""
    return _stops(run) or (_explained(run) and any(c in STOP_CHARS for c in run))


def _explained(tok: str) -> bool:
    """An ordinary dictionary word of two or more characters (it ends a run)."""
    return len(tok) > 1 and (word_freq(tok) >= RARE_FREQ or tok in _domain_words())


def _lone_word(tok: str) -> bool:
    """A one-character token that is no transliteration syllable (常, 前): a word of its own, not a name's part."""
    return len(tok) == 1 and tok not in syllables()


def _run_token(tok: str) -> bool:
    """A single character or an out-of-vocabulary piece, with no stop character in it and no role word (村医)."""
    return bool(tok) and all(CJK.match(c) and c not in STOP_CHARS for c in tok) and not _explained(tok) \
        and tok not in ROLE_NOUNS


class Tokens:
    def __init__(self, text: str, segmenter: Segmenter | None):
        self.text = text
        self.starts, self.ends = tiling_tokens(text, segmenter)
        self.at_start = {s: i for i, s in enumerate(self.starts)}
        self.at_end = {e: i for i, e in enumerate(self.ends)}

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def tok(self, i: int) -> str:
        return self.text[self.starts[i]:self.ends[i]]

    def whole(self, s: int, e: int, person: bool = False) -> tuple[int, int]:
        """(s, e) widened to the tokens it cuts, unless the part outside is stop characters only and the token is an
        out-of-vocabulary piece or the span a person (莫日|根说, 跟|上官建新); a person span takes no role word
        (村医|马海石), no part of a word that re-forms one with its neighbour (老|大额|尔敦), and on its left nothing up
        to a grammar word that is no surname (完么|吉给|旦正扎西: 给 "give")."""
        i, j = self.index(s), self.index(e - 1)
        out = self.text[self.starts[i]:s]  # (老婆|那孜古丽: 'that' never stands between a kin word and a name)
        first = person and out == "那" and _role_before(self.text, self.starts[i])
        if first or not (_stops(out) and (person or not _explained(self.tok(i)))) and not (person and (
                self._reforms_left(i, s) or _role_before(self.text, s))):
            cut = [k + 1 for k, c in enumerate(out) if c in _grammar() and not first and not (  # (完么|才旦)
                c == "么" and k and out[k - 1] in syllables() and not word_freq(out[k - 1:k + 1]))] if person else []
            s = self.starts[i] + (cut[-1] if cut else 0)
        if not (_stops(self.text[e:self.ends[j]]) and (person or not _explained(self.tok(j)))) \
                and not (person and (self._reforms_right(j, e) or glued_verb(self.text, s, e))) \
                or person and self.starts[j] == s and cued_last_given(self.tok(j)) and _role_before(self.text, s):
            # (老头子|张福来|前年; not a verb glued to a listed name: 牧仁压|在)
            e = self._before_title_or_date(e, self.ends[j]) if person else self.ends[j]
        return s, e

    def _before_title_or_date(self, e: int, end: int) -> int:
        """Where a person span growing from ``e`` to a token's ``end`` stops: before a title that starts in it
        (张志|伟大|夫) or a year glued to it (宋爱莲二|〇二二年); ``end`` otherwise."""
        text = self.text
        title = next((p for p in range(e, end) if (m := TITLE_RE.match(text, p)) and m.end() >= end), None)
        if title is not None:  # (a title that ends inside the token is none: 村民|委员会; 大 of 大姨 goes with it)
            return title - 1 if title - 1 >= e and text[title - 1] in "大小老" else title
        k = end  # (then the characters of a year: 宋爱莲二|〇二二年)
        while k > e and text[k - 1] in _YEAR_DIGITS:
            k -= 1
        return k if k < end and end < len(text) and (text[end] in "〇○" or text[end].isdigit()) else end

    def _reforms_left(self, i: int, s: int) -> bool:
        """Token ``i`` is a dictionary word that a name starting with a syllable at ``s`` cuts, and its part before
        ``s`` makes a word with what comes before it (老|大额|尔敦: 老大 + 额尔敦)."""
        text = self.text
        return self.starts[i] < s and text[s] in syllables() and _explained(self.tok(i)) \
            and any(s - k < self.starts[i] and _explained(text[s - k:s]) for k in (2, 3) if s >= k)

    def _reforms_right(self, j: int, e: int) -> bool:
        """The mirror of :meth:`_reforms_left` (叶尔波拉|提前|年: 叶尔波拉提 + 前年)."""
        text = self.text
        return e < self.ends[j] and text[e - 1] in syllables() and _explained(self.tok(j)) \
            and any(e + k > self.ends[j] and _explained(text[e:e + k]) for k in (2, 3))

    def run_right(self, e: int, limit: int) -> int:
        """The end of the run of whole ``_run_token`` tokens from ``e`` (MAX_RUN characters, before ``limit``)."""
        i, e0 = self.at_start.get(e), e
        while i is not None and i < len(self.starts) and self.ends[i] <= min(limit, e0 + MAX_RUN) \
                and _run_token(self.tok(i)) and not self._word_of_singles(i):
            e = self.ends[i]
            i += 1
        return e

    def _word_of_singles(self, i: int) -> bool:
        """Token ``i`` is one character that starts an ordinary dictionary word ending where a later token ends
        (女儿|海来阿西|嫁|到, 老二|朝格吉乐|嘴|上; not 夏吾旦正|前年, where 正前 would end inside 前年)."""
        p = self.starts[i]
        return len(self.tok(i)) == 1 and any(p + k in self.at_end and _explained(self.text[p:p + k]) for k in (2, 3))

    def run_left(self, s: int, limit: int) -> int:
        """The start of the run of whole ``_run_token`` tokens ending at ``s`` (MAX_RUN characters, after ``limit``)."""
        i, lo = self.at_end.get(s), max(limit, s - MAX_RUN)
        while i is not None and i >= 0 and self.starts[i] >= lo and _run_token(self.tok(i)) \
                and not _role_before(self.text, s) and not self.text.endswith(COURT_PARTIES, 0, s):
            # (never over a role word or a party of a court case: 幺爸|谯建平, 第三人|王建国)
            s = self.starts[i]
            i -= 1
        return s

    def ends_right(self, p: int) -> bool:
        """A run going right may end before ``p``: the end of the text, a character that is no Han character, a
        stop character, a one-character token that is no syllable (巴雅尔|常来), or the start of an ordinary
        dictionary word: a token of the segmenter, or, inside a token, two or three characters that are one (jieba's
        HMM glues a name to what follows it: 古楞玩得; its dictionary takes the name's last syllable into a word that
        re-forms with what follows: 叶尔波拉|提前|年 is 叶尔波拉提 + 前年)."""
        if p >= len(self.text) or not CJK.match(self.text[p]) or self.text[p] in STOP_CHARS:
            return True
        i = self.at_start.get(p)
        if i is not None:
            return _explained(self.tok(i)) or _lone_word(self.tok(i))
        return any(_explained(self.text[p:p + k]) for k in (2, 3))

    def short_rare(self, p: int) -> bool:
        """No token starts at ``p``, or a token of at most two characters that is no common word."""
        i = self.at_start.get(p)
        return i is None or len(self.tok(i)) <= 2 and word_freq(self.tok(i)) < COMMON_FREQ

    def ends_left(self, p: int) -> bool:
        """A run going left may end after ``p`` (the mirror of :meth:`ends_right`: 老|大额|尔敦 is 老大 + 额尔敦), also
        after a role word inside a token (蒙医白|那木|吉拉: jieba glued the name's first syllable to 蒙医) or a kin
        character (我妈温|都苏其其格: glued to 我妈)."""
        before = self.text[p - 1] if p > 0 else ""
        if not before or not CJK.match(before) or before in STOP_CHARS or KIN_WORD.match(before):
            return True
        i = self.at_end.get(p)
        if i is not None:  # (a role word jieba's dictionary lacks ends it too: 村医|久美才让)
            return _explained(self.tok(i)) or _lone_word(self.tok(i)) or _role_before(self.text, p)
        return any(_explained(self.text[p - k:p]) for k in (2, 3) if p >= k) or _role_before(self.text, p)

    def translit_right(self, e: int, limit: int) -> int:
        """The end of the run of transliteration syllables after ``e`` (:func:`syllables`, stop characters included:
        那仁满|都拉), at most TRANSLIT_RUN characters before ``limit``, cut back until it ends on a word boundary
        (:meth:`ends_right`); a run of stop characters only is no syllable run (乌日娜|都说), but for 里 before an age
        or a clause (:meth:`_li`: it never means 'inside' right after a person), and a regional word that is no name
        (``NOT_PERSON``: 额吉, 嘎查达) ends it."""
        inv, j = syllables(), e
        while j < min(limit, e + TRANSLIT_RUN) and self.text[j] in inv \
                and not any(self.text[j:j + k] in NOT_PERSON for k in (2, 3, 4)):
            j += 1
        while j > e and (_not_syllables(self.text[e:j]) and not self._li(e, j) or not self.ends_right(j)):
            j -= 1
        return j

    def _li(self, e: int, j: int) -> bool:
        """The run ``e:j`` is 里 before an age, punctuation or a word about the person (海白来|里|十三)."""
        nxt = self.text[j:j + 1]
        return self.text[e:j] == "里" and (not nxt or not CJK.match(nxt) or nxt in "一二三四五六七八九十说他她也就还才")

    def translit_left(self, s: int, limit: int) -> int:
        """The start of the run of transliteration syllables before ``s`` (mirrors :meth:`translit_right`: 爷|那木);
        not a doubled common word (娃娃|胡尔车: 娃 is a syllable of 高娃)."""
        inv, i = syllables(), s
        while i > max(limit, s - TRANSLIT_RUN) and self.text[i - 1] in inv \
                and not any(self.text[i - k:i] in NOT_PERSON for k in (2, 3, 4) if i >= k):
            i -= 1
        while i < s and (_not_syllables(self.text[i:s]) and self.text[i:s + 1] not in listed_starts()
                         or not self.ends_left(i) or s - i == 2
                         and self.text[i] == self.text[i + 1] and word_freq(self.text[i:s]) >= COMMON_FREQ):
            i += 1
        return i

    def lone_surname_left(self, s: int, e: int, limit: int) -> int:
        """``s - 1`` when a listed surname that is no grammar word stands as a token of its own right before the
        transliterated name ``s:e`` of three or more characters, on a word boundary (the father's Han surname before
        a Mongolian name said without it elsewhere: 一会是|奇|锡林巴特); ``s`` otherwise. (:func:`surname_left` of
        the name model, for a name before a title, wants punctuation, a role word or 的 before the surname.)"""
        p, i = s - 1, self.at_end.get(s)
        if p < limit or e - s < 3 or i is None or self.starts[i] != p or not transliterated(self.text[s:e]):
            return s
        c = self.text[p]
        return p if c in surnames()[1] and c not in WORDLIKE_SURNAMES and c not in STOP_CHARS \
            and self.ends_left(p) else s

    def dotted_right(self, e: int, limit: int) -> int:
        """The end of the name part behind a middle dot right after ``e`` (spaces round the dot allowed): whole
        tokens that can be part of a name (:func:`_name_part`), at most DOT_PART characters, then the syllables
        after them; ``e`` when there is no dot or nothing behind it (达尼亚尔·叶尔|波拉|提, 娜米拉·卡尔|他昆)."""
        m = _DOT_AFTER.match(self.text, e, limit)
        if m is None and e + 1 < limit and CJK.match(self.text[e]):
            m = _DOT_AFTER.match(self.text, e + 1, limit)  # (a character before the dot is the name's: 麦合甫再·色依提)
        if m is None:
            return e
        p = end = m.end()
        i = self.at_start.get(p)
        while i is not None and i < len(self.starts) and self.ends[i] <= min(limit, p + DOT_PART) \
                and _name_part(self.tok(i)) and not TITLE_RE.match(self.text, self.starts[i]):
            end = self.ends[i]
            i += 1
        end = max(end, self.translit_right(p, limit))  # (no verb follows a dot: 艾则孜·|买|吐送, 买 is a syllable)
        return self.translit_right(end, limit) if end > p else e

    def dotted_left(self, s: int, limit: int) -> int:
        """The start of the name part before a middle dot before ``s`` (mirrors :meth:`dotted_right`: 他昆·娜米拉)."""
        m = _DOT_BEFORE.search(self.text, limit, s)
        if m is None:
            return s
        p = start = m.start()
        i = self.at_end.get(p)
        while i is not None and i >= 0 and self.starts[i] >= max(limit, p - DOT_PART) and _name_part(self.tok(i)):
            start = self.starts[i]
            i -= 1
        if p - start == 1 and i is not None and i >= 1 and len(self.tok(i)) == 1 and self.starts[i] >= limit \
                and _name_part(self.tok(i - 1)):
            # (one character is no clan name: 索罗|他|昆·, a stop character inside; up to a name found before it,
            # less a stop character the segmenter glued to it: 叫温|都|苏·)
            start = max(self.starts[i - 1] + (self.text[self.starts[i - 1]] in STOP_CHARS), limit)
        if start == p:  # (no token before the dot can be a name part alone: 买/吐/送 are verbs one by one, but a
            # run of syllables together, 村里的|买吐送·阿西木书记)
            q = self.translit_left(p, limit)
            return q if p - q >= 2 else s
        return self.translit_left(start, limit)

    def place_left(self, s: int, limit: int, max_run: int = 16) -> int:
        """The start of the place names before ``s``: tokens ending in a place word (旗, 区, 镇, 街道 ...), with what
        lies between them and ``s`` when that is a short name (松山区 穆家 | 营子镇, 巴音花镇 乌兰敖都 | 嘎查), at most
        ``max_run`` characters; a bare place word takes the word before it as its name (泉水|街道)."""
        floor, out, pending = max(limit, s - max_run), s, 0
        i, j = self.at_end.get(s), self.at_start.get(s)
        ends = [] if j is None else [self.ends[jj] for jj in (j, j + 1) if jj < len(self.starts)]
        for end in ends:  # (the token at s, and the one after it)
            if (k := listed_start(self.text, s, end, floor)) < s and k in self.at_start:
                out, i = k, self.at_end.get(k)  # (a listed county the segmenter cut: 让|胡路区, 麻阳|苗族|自治县)
                break
        if j is not None and bare_place(self.tok(j), out == s) and self._nameable(j - 1, floor):
            out, i = self.starts[j - 1], j - 2
        while i is not None and i >= 0 and self.ends[i] > floor:
            tok = self.tok(i)
            if not all(CJK.match(c) for c in tok) or self.starts[i] < limit:
                break
            if (k := listed_start(self.text, self.starts[i], self.ends[i], floor)) < self.starts[i] \
                    and k in self.at_start:  # (…|让|胡路区 before the span)
                out, pending, i = k, 0, self.at_start[k] - 1
                continue
            if PLACE_END.search(tok) or len(tok) > 1 and PLACE_END.search(tok[:-1]) and (
                    tok[-1] in surnames()[1] and self.text.startswith("家", self.ends[i])  # (子镇于|家村: 于家村)
                    or pending and not _explained(tok) and _run_token(tok[-1])):  # (达玛沟乡托|万喀让|古塔格村)
                out, pending = self.starts[i], 0
                if self._nameable(i - 1, floor) and (bare_place(tok, True) or _run_token(self.tok(i - 1))):
                    i -= 1
                    out = self.starts[i]  # (its name: 铁南|街道, 泉水|街道)
                i -= 1
                continue
            if _stops(tok) and (len(tok) > 1 or tok in NOT_IN_PLACE_NAMES) and not all(c in syllables() for c in tok) \
                    or pending + len(tok) > 4 or self.starts[i] < floor:
                break
            pending += len(tok)  # (a name between place words, kept only when a place word comes before it)
            i -= 1
        return out

    def _nameable(self, k: int, floor: int) -> bool:
        """Token ``k`` can be the name of the bare place word after it: one to four Han characters, no stop one."""
        return k >= 0 and self.starts[k] >= floor and 1 <= len(self.tok(k)) <= 4 \
            and all(CJK.match(c) and c not in STOP_CHARS for c in self.tok(k))


def _name_part(tok: str) -> bool:
    """A token that can be part of a name beside a middle dot: Han, not stop characters only, no regional word (额吉)
    or kin word (老三), no dictionary word unless all syllables (卡尔; 阿不来提) or a name to the dictionary (索罗)."""
    syllabic = all(c in syllables() for c in tok.replace("阿不", "阿"))  # (不 "not" after 阿: the prefix 阿不)
    return bool(tok) and all(CJK.match(c) for c in tok) and not _stops(tok) and tok not in NOT_PERSON \
        and tok not in KIN and (not _explained(tok) or syllabic or word_tag(tok) in NAME_TAGS)


def _spaced_right(text: str, s: int, e: int, hi: int) -> int:
    """A name spaced between every character (马 合 沙|提; 艾 则 孜 · 买| 吐 送), or ending in or before a spaced run
    of three characters (巴 雅 尔和萨|　其　日), takes the one-character groups after it: a space and a Han character
    that is no stop character and starts no title, at most SPACED_GROUPS of them."""
    if not (_SPACED.fullmatch(text, max(s, e - 3), e) or _SPACED_DOT.fullmatch(text, max(s, e - 5), e)
            or e and (run := _SPACED.match(text, e - 1)) is not None and run.end() - e >= 4
            and not _explained(text[e + 1:run.end():2])):  # (冯辉金| 日 期: a form's word)
        return e
    for _ in range(SPACED_GROUPS):
        gap = 3 if _SPACED_DOT.match(text, e - 1, hi) else 1  # (a spaced dot is a gap too: 艾 则 孜| · 买 吐 送)
        if e + gap < hi and text[e] in SPACES and _spaced_char(text, e + gap, hi) and not TITLE_RE.match(text, e + gap):
            e += gap + 1
        else:
            break
    return e


def _spaced_char(text: str, p: int, hi: int) -> bool:
    """``text[p]`` is one character of a spaced name: a Han character that is no stop character, or a stop
    character that is a syllable (那 仁 满 都 拉) when another group or the end of the phrase follows it."""
    c = text[p]
    if not CJK.match(c):
        return False
    if c not in STOP_CHARS:
        return True
    if c not in syllables():
        return False
    nxt = text[p + 1:p + 3]
    return p + 1 >= hi or not CJK.match(nxt[:1]) and not (len(nxt) == 2 and nxt[0] in SPACES
                                                         and CJK.match(nxt[1]) and nxt[1] in STOP_CHARS
                                                         and nxt[1] not in syllables())


def _spaced_left(text: str, s: int, e: int, lo: int) -> int:
    """The mirror of :func:`_spaced_right` (吉|伍 阿 呷)."""
    if not _SPACED.fullmatch(text, s, e):
        return s
    for _ in range(SPACED_GROUPS):
        if s - 2 >= lo and text[s - 1] in SPACES and CJK.match(text[s - 2]) and _spaced_char(text, s - 2, s - 1):
            s -= 2
        else:
            break
    return s


def _split_right(toks: Tokens, s: int, e: int, hi: int) -> int:
    """A transliterated name split by one space (勒格 尔古) takes the syllables after it up to a word boundary."""
    text = toks.text
    if e + 1 >= hi or text[e] not in SPACES or not transliterated(text[s:e]) or text[e + 1] not in syllables():
        return e
    end = toks.translit_right(e + 1, hi)
    return end if end > e + 1 else e


def extend_spans(text: str, spans: Sequence[Span], segmenter: Segmenter | None = None) -> list[Span]:
    """``spans`` (sorted, non-overlapping) extended to whole words as the module docstring says; sorted, disjoint."""
    if not any(sp.type not in NUMBER_TYPES for sp in spans):
        return list(spans)
    toks = Tokens(text, segmenter)
    out = list(spans)
    for i, sp in enumerate(out):
        if sp.type in NUMBER_TYPES:
            continue
        before = out[i - 1] if i > 0 else None
        after = out[i + 1] if i + 1 < len(out) else None
        lo = before.end if before is not None else 0
        hi = after.start if after is not None else len(text)
        s, e = toks.whole(sp.start, sp.end, person=sp.type == "person")
        if sp.type == "person":
            s, e = _person_extent(toks, sp, s, e, lo, hi) if sp.rule not in _EXACT else (sp.start, sp.end)
            if sp.rule not in FIXED_FORMS:  # (a place, and a place someone is from is an address)
                s0, e0 = max(s, lo), min(e, hi)
                end = place_end(text, s0, e0, hi, sp.suffix if e0 == sp.end else "")
                if end is not None:
                    sp = replace(grown(text, sp, s0, e0), type="address", end=end, text=text[s0:end], suffix="")
                    s, e = s0, end
        if sp.type in ("address", "school"):
            # a person span never splits an address: the address grows over it (it is dropped below)
            lo, hi = _bounds(out, i, len(text))
            s, e = toks.whole(toks.place_left(s, lo), tail_end(text, e, hi, sp.type))
            school = SCHOOL_AFTER_PLACE.match(text, e, hi) if sp.type == "address" else None
            if school is not None:
                sp, e = replace(sp, type="school"), toks.whole(s, tail_end(text, school.end(), hi, "school"))[1]
        # never into a neighbour of another type (two person spans that meet are merged below)
        if before is not None and not (sp.type == before.type == "person"):
            s = max(s, lo)
        if after is not None and not (sp.type == after.type == "person"):
            e = min(e, hi)
        out[i] = grown(text, sp, s, e) if (s, e) != (sp.start, sp.end) else sp
    places = [sp for sp in out if sp.type in ("address", "school")]  # (a person span an address grew past: empty)
    return merge_spans(text, [sp for sp in out if sp.start < sp.end and (
        sp.type != "person" or not any(p.start < sp.end and sp.start < p.end for p in places))])


def _bounds(spans: list[Span], i: int, n: int) -> tuple[int, int]:
    """The end of the nearest non-person span before ``spans[i]`` and the start of the nearest one after it."""
    lo = max((sp.end for sp in spans[:i] if sp.type != "person"), default=0)
    hi = min((sp.start for sp in spans[i + 1:] if sp.type != "person"), default=n)
    return lo, hi


def _person_extent(toks: Tokens, sp: Span, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """(s, e) of a person span grown over its neighbours: the out-of-vocabulary run (MAX_RUN), then, for a name
    transliterated, the run of syllables (TRANSLIT_RUN) and a middle dot with the syllables after it (麦迪娜·吐尔逊);
    a compound surname the segmenter cut (跟上|官婉) and a Han name's missing given characters (何桂|琴家)."""
    text, inv = toks.text, syllables()
    if sp.rule in FIXED_FORMS:
        if sp.rule == "title":  # (a transliterated name before a title: 隔壁的|诺日|吉玛大姐)
            s = surname_left(text, s, e - len(sp.suffix), lo)
            s = toks.translit_left(s, lo) if all(c in syllables() for c in text[s:e - len(sp.suffix)]) else s
            s = toks.dotted_left(s, lo)  # (邻居|如克亚·麦麦提大姐)
            if (i := toks.at_end.get(s)) is not None and toks.starts[i] >= lo and len(toks.tok(i)) > 1 \
                    and _run_token(toks.tok(i)) and not _role_before(text, s):
                s = toks.starts[i]  # (an out-of-vocabulary piece before it, as a name without a title: 撒立|哈阿訇)
        s0, (s, e) = s, toks.whole(s, e, person=True)  # (then a surname before the token taken: 的|闪|伊利亚|斯阿訇)
        grew = sp.rule == "title" and s < s0 and e == sp.end
        return (surname_left(text, s, e - len(sp.suffix), lo) if grew else s), e
    if sp.rule != "split" or transliterated(text[s:e]):  # (a Han surname the tagger split off starts the name:
        s = toks.run_left(s, lo)  # 因|陈玉凤, 靠|苟玉翠; not a syllable the tagger read as one: 老二浩|毕斯嘎拉图)
    if (text[s] in inv or text[s:e] in minority_lexicon()) and transliterated(text[s:e]):
        s = toks.translit_left(s, lo)  # (尕让|东智: a listed element whose characters are no syllables)
    s = _spaced_left(text, toks.dotted_left(compound_left(text, s, lo), lo), e, lo)
    if not sp.suffix and not whole_han_name(text, s, e):  # (a kept title or a whole Han name ends it: 王书记|来过)
        if not (glued_verb(text, s, e) or whole_tagged_name(text, s, e, sp.rule)):  # (牧仁|压在, 宦永平|开着)
            e = toks.run_right(e, hi)
        if transliterated(text[s:e]):  # (叶尔肯 + 别克: the last character need not be a listed syllable)
            e = toks.translit_right(e, hi)
            if e + 2 <= hi and house_word(toks, e) and (text[e] in syllables() or text[e] in surnames()[1]) \
                    and word_freq(text[e:e + 2]) <= HOUSE_FREQ:
                e += 1  # (伊德日|胡家|有: the Mongolian -胡 'son' made one word with 家 'the family of')
        e = _split_right(toks, s, _spaced_right(text, s, toks.dotted_right(e, hi), hi), hi)
        e = given_right(toks, s, typed_dot_right(toks, s, e, hi), hi)
        e = name_end(text, s, e, hi)
        e = before_verb_of_people(toks, s, sp.end, e)
    s = name_start(text, s, e - len(sp.suffix) if e == sp.end else e, lo)
    start, e = toks.whole(s, e, person=True)
    if start < s and text.endswith(KINDS_OF_NAME, 0, s):
        start = s  # (小名|优苏甫: never inside the word for the kind of name, whatever the segmenter glued: 小/名优)
    if lo < start < s and text[start - 1] in inv and transliterated(text[start:e]):  # (成了莎|如拉 其其格)
        start = toks.whole(toks.translit_left(start, lo), e, person=True)[0]  # (the syllables before a token taken)
    return start, e


def grown(text: str, sp: Span, s: int, e: int) -> Span:
    suffix = sp.suffix if e == sp.end else ""
    key = sp.key
    if sp.type == "person" or sp.type == "address":
        key = "".join(text[s:e - len(suffix)].split())
    elif sp.type == "school" or sp.rule == "names":
        key = text[s:e]
    return replace(sp, start=s, end=e, text=text[s:e], key=key, suffix=suffix,
                   rule=sp.rule if sp.rule.endswith("+words") else sp.rule + "+words")
