"""A learned model of where a person's name ends: characters of names against ordinary words.

The rules of :mod:`qualcode.privacy._boundaries` grow a found name over the characters around it that they can
explain (an out-of-vocabulary run, listed transliteration syllables, a middle dot, a given name). A name whose
first or last syllable the segmenter glued to an ordinary neighbour (沙马拉|哈贩毒) or whose given name is also a
word (蒋雨|欣然) is left in part by them, and the part left leaks. This module decides such edges by likelihood, as
a segmenter would:

- :class:`NameLM`, a character bigram model of names, fitted on the names of jieba's dictionary (Han names: ``nr``
  words that start with a surname; transliterated names: ``nrt`` words) and on the minority name elements of
  ``qualcode/data/minority_names_zh.txt``, alone and composed in pairs as people write them (乌云 + 其木格);
- the ordinary text beside a name scored by jieba's own unigram model (the log probability of its best segmentation
  with the dictionary's word frequencies, as ``jieba.Tokenizer.calc`` scores one);
- :func:`grow_right` and :func:`grow_left`: of the ways to move a name's edge over the next 0 to ``MAX_GROW``
  characters, the one that makes (name, rest) most likely, each character taken into the name paying ``CHAR_COST``
  (the one tuned value, set on the development sets of tests/pii, never on a blind set).

Both models are fitted from data that ships with qualcode and jieba, once per process (about half a second). The
model only grows a span, never shrinks one, and it takes no particle, pronoun, kin word or title, nor a character
after a role word (孙女|诺敏): the rules decide those.

The same comparison finds Han names that no rule finds for want of a part-of-speech tag or a cue
(:func:`find_modelled`: 邱|长海 is a place to the tagger), scored with a model of Han names alone (:func:`han_lm`),
and a rare surname before a given name and a title is taken in (:func:`surname_left`: 冮桂荣老师).
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from qualcode.privacy._minority import minority_lexicon
from qualcode.privacy._name_data import (
    ADVERB_SURNAMES,
    AMBIGUOUS,
    CJK,
    COMMON_FREQ,
    COMMON_WORDS,
    FUNCTION_SURNAMES,
    GIVEN_WHEN_CUED,
    GRAMMAR_SURNAMES,
    KIN_BEFORE_NAMES,
    NEVER_NAMES,
    NOT_GIVEN,
    NOT_PERSON,
    ROLE_ENDS,
    ROLE_NOUNS,
    STOP_CHARS,
    TITLE_RE,
    TITLES,
    WHOLE_ONLY,
    surnames,
    untrained_surnames,
)
from qualcode.privacy._name_rules import Ctx, NameCandidate
from qualcode.privacy._name_rules import boundary_syllables as _syllables
from qualcode.privacy._name_tokens import (
    GIVEN_RATIO,
    NAME_TAGS,
    given_ratios,
    pos_tokenizer,
    word_freq,
    word_tag,
)

if TYPE_CHECKING:
    from qualcode.privacy._boundaries import Tokens

#: Characters an edge may move at most.
MAX_GROW = 3
#: Log-probability paid by every character taken into a name: the prior odds that a character next to a found
#: name belongs to it (tuned on the development sets of tests/pii).
CHAR_COST = 0.5
#: Characters of ordinary text on the far side of a candidate edge that are scored with it (a word cut by the edge
#: must be paid for: 哈|贩毒 against 哈贩|毒).
CONTEXT = 4
#: Characters never taken into a name by the model: particles, pronouns, kin words and the like; the rules decide
#: those (the model has no view of grammar).
NEVER = frozenset("的了着过吗呢吧啊呀哦嘛么我你您他她它们咱俺这那哪谁什怎爸妈爷奶姥姨叔婶哥姐弟妹舅和与及或跟"
                  "同给对向从到往把被让也都还又就才再很太最常不没是在有个说讲问叫家帮")
#: Kin words of minority languages that come right before a name (Yi 阿达 "father", 阿嫫 "mother").
KIN_WORDS = frozenset({"阿达", "阿嫫"})
#: Compound names composed per minority name element, with partners drawn from the same people.
PARTNERS = 4
_BOS, _EOS = "^", "$"
_DISCOUNT = 0.75
#: The share of the lower order spread evenly over every character a name can hold (the CJK unified ideographs and
#: the end mark), so that a character never seen in a name is possible, and every distribution sums to one.
_FLOOR = 0.02
VOCAB_SIZE = 0x9FFF - 0x4E00 + 1 + 1


class NameLM:
    """A character bigram model of names, smoothed by interpolated absolute discounting: a seen pair keeps its count
    less ``discount``, and what is taken off goes to how often the character is used in names at all (with a small
    share, ``_FLOOR``, for every character). scikit-learn style: configure, then :meth:`fit`."""

    def __init__(self, discount: float = _DISCOUNT):
        self.discount = discount

    def fit(self, names: Iterable[str]) -> NameLM:
        pairs: Counter[tuple[str, str]] = Counter()
        for name in names:
            seq = _BOS + name + _EOS
            pairs.update(zip(seq, seq[1:]))
        self.context_count_: Counter[str] = Counter()
        self.followers_: Counter[str] = Counter()
        preceders: defaultdict[str, int] = defaultdict(int)
        for (a, b), n in pairs.items():
            self.context_count_[a] += n
            self.followers_[a] += 1
            preceders[b] += 1
        # (the lower order is how often a character is used in names at all: a character common in names but
        # never seen after a given one, or at the start of one, keeps its weight)
        chars: Counter[str] = Counter()
        for (_a, b), n in pairs.items():
            chars[b] += n
        total = sum(chars.values())
        self.continuation_ = {c: n / total for c, n in chars.items()}
        self.pairs_ = dict(pairs)
        return self

    def prob(self, prev: str, char: str) -> float:
        cont = (1 - _FLOOR) * self.continuation_.get(char, 0.0) + _FLOOR / VOCAB_SIZE
        n = self.context_count_.get(prev, 0)
        if not n:
            return cont
        seen = max(self.pairs_.get((prev, char), 0) - self.discount, 0.0) / n
        return seen + self.discount * self.followers_[prev] / n * cont

    def logprob(self, name: str) -> float:
        """log P(``name`` is a whole name): its characters, from the start mark to the end mark."""
        seq = _BOS + name + _EOS
        return sum(math.log(self.prob(a, b)) for a, b in zip(seq, seq[1:]))




@functools.lru_cache(maxsize=1)
def _han_names() -> tuple[str, ...]:
    """The Han names of jieba's dictionary: words tagged ``nr`` of two to four characters that start with a surname
    (not one of :func:`untrained_surnames`); read once (both models and :func:`unseen_surnames` use them)."""
    _common, single, compound = surnames()
    trained = single - untrained_surnames()
    return tuple(word for word, tag in pos_tokenizer().word_tag_tab.items()
                 if tag == "nr" and 2 <= len(word) <= 4 and all(CJK.match(c) for c in word)
                 and (word[0] in trained or word[:2] in compound))


def _training_names() -> list[str]:
    names = list(_han_names())
    for word, tag in pos_tokenizer().word_tag_tab.items():
        if tag == "nrt" and 2 <= len(word) <= 7 and all(CJK.match(c) for c in word):
            names.append(word)
    by_people: defaultdict[str, list[str]] = defaultdict(list)
    for element in (e for e in minority_lexicon().values() if not WHOLE_ONLY & set(e.text)):
        names.append(element.text)
        by_people[element.people].append(element.text)
    for people in sorted(by_people):
        elements = by_people[people]
        for first in elements:
            # each element's partners are the ones a fixed hash of the pair ranks first: the model is the same in
            # every run, and an element added to the lexicon changes no other element's partners but those it joins
            ranked = sorted(elements, key=lambda other: zlib.crc32(f"{first}+{other}".encode()))  # noqa: B023
            names.extend(first + other for other in ranked[:PARTNERS])
    return names


@functools.lru_cache(maxsize=1)
def name_lm() -> NameLM:
    """The fitted name model (fitted once per process, from data bundled with qualcode and jieba)."""
    return NameLM().fit(_training_names())


@functools.lru_cache(maxsize=1)
def han_lm() -> NameLM:
    """The name model of Han names alone (surname + given name), which :func:`find_modelled` scores with: a
    transliterated word that starts with a surname character (阿肯, 乌力格尔) is no likelier under it than as text."""
    return NameLM().fit(_han_names())


@functools.lru_cache(maxsize=1)
def unseen_surnames() -> frozenset[str]:
    """The single surnames no Han name the model is fitted on starts with (禤, 蹇): the model cannot tell where a
    name of one of them starts, and reads the character before it as likely as the surname (托|禤美玲)."""
    seen = {name[0] for name in _han_names()}
    return frozenset(surnames()[1] - seen)


@functools.lru_cache(maxsize=1)
def _word_model() -> tuple[dict, float]:
    from ._name_tokens import pos_tokenizer

    tok = pos_tokenizer().tokenizer
    tok.check_initialized()
    return tok.FREQ, math.log(tok.total)


@functools.lru_cache(maxsize=65536)
def text_logprob(text: str) -> float:
    """log P(``text``) as ordinary text under jieba's unigram word model: its best segmentation into dictionary
    words, a character the dictionary lacks counted as a word of frequency 1."""
    freq, log_total = _word_model()
    n = len(text)
    best = [0.0] + [-math.inf] * n
    for i in range(n):
        if best[i] == -math.inf:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            f = freq.get(text[i:j]) or (1 if j == i + 1 else 0)
            if f:
                best[j] = max(best[j], best[i] + math.log(f) - log_total)
    return best[n]


def name_odds(text: str, lm: NameLM | None = None) -> float:
    """log P(``text`` is a whole name) under ``lm`` (default :func:`name_lm`) less log P(``text``) as ordinary text
    (:func:`text_logprob`): how much likelier a name than text. The rules compare it with their thresholds."""
    return (lm if lm is not None else name_lm()).logprob(text) - text_logprob(text)


def _takeable(c: str) -> bool:
    return bool(CJK.match(c)) and c not in NEVER


def _role_before(text: str, p: int) -> bool:
    """A role or kin word, a title or a regional word that is no name ends at ``p`` (孙女|诺敏, 村医|马海石,
    阿达|沙马拉哈), or a word for someone's occupation (康复师|宝音达来, 宿管|沙勒塔纳特): a name does not grow over
    it."""
    return p > 0 and text[p - 1] in ROLE_ENDS or any(text[p - k:p] in _ROLE_WORDS for k in _ROLE_LENGTHS if k <= p)


_ROLE_WORDS = frozenset(ROLE_NOUNS | set(TITLES) | NOT_PERSON | KIN_WORDS)
_ROLE_LENGTHS = tuple(sorted({len(word) for word in _ROLE_WORDS if word}))


def grow_right(text: str, name: str, e: int, hi: int) -> int:
    """The end of the name ``name`` that ends at ``e`` after moving its edge right over 0 to ``MAX_GROW`` characters
    (before ``hi``), whichever makes (name, following text) most likely."""
    k_max = 0
    while k_max < MAX_GROW and e + k_max < hi and _takeable(text[e + k_max]) and not TITLE_RE.match(text, e + k_max):
        k_max += 1
    if not k_max:
        return e
    scores = right_scores(text, name, e, hi, k_max)
    return e + max(range(k_max + 1), key=scores.__getitem__)


def right_scores(text: str, name: str, e: int, hi: int, k_max: int) -> list[float]:
    """The score of moving the end of the name ``name`` (ending at ``e``) right over k = 0 .. ``k_max`` characters:
    the name model's log probability of the longer name, jieba's of the ``CONTEXT`` characters of text after it (up
    to ``hi``), less ``CHAR_COST`` per character taken. :func:`grow_right` takes the best; ``_edges`` weighs the
    best longer one against k = 0."""
    lm = name_lm()
    stop = e + k_max
    while stop < min(hi, e + k_max + CONTEXT) and CJK.match(text[stop]):
        stop += 1
    return [lm.logprob(name + text[e:e + k]) + text_logprob(text[e + k:stop]) - k * CHAR_COST
            for k in range(k_max + 1)]


def grow_mentions_right(text: str, name: str, ends: list[int], his: list[int]) -> int:
    """How many characters the name ``name``, mentioned ending at each of ``ends`` (each before its ``his``), takes
    in on the right at every mention: the same 0 to ``MAX_GROW`` characters must follow every mention, and the name
    model pays for them once (the name is one) while ordinary text pays at every mention (宝音满|都在 … 宝音满|都说:
    a name 宝音满都 against 都 "all" twice). A grammar character is taken only where it is also a transliteration
    syllable (都, 才); a pronoun, particle or verb of saying never is."""
    lm, syl = name_lm(), _syllables()
    k_max = 0
    while k_max < MAX_GROW and all(e + k_max < hi for e, hi in zip(ends, his)) \
            and len({text[e + k_max] for e in ends}) == 1:
        c = text[ends[0] + k_max]
        if not CJK.match(c) or (c in NEVER and c not in syl) or c in _NEVER_AFTER \
                or any(TITLE_RE.match(text, e + k_max) for e in ends):
            break
        k_max += 1
    if not k_max:
        return 0
    stops = []
    for e, hi in zip(ends, his):
        stop = e + k_max
        while stop < min(hi, e + k_max + CONTEXT) and CJK.match(text[stop]):
            stop += 1
        stops.append(stop)
    best_k, best = 0, -math.inf
    for k in range(k_max + 1):
        score = lm.logprob(name + text[ends[0]:ends[0] + k]) - k * CHAR_COST \
            + sum(text_logprob(text[e + k:stop]) for e, stop in zip(ends, stops))
        if score > best:
            best_k, best = k, score
    return best_k


#: Characters a name never takes in from its mentions: pronouns, particles, kin words, verbs of saying, places
#: (巴扎|上: the bazaar) and 氏 "clan" (鄂温克|氏族).
_NEVER_AFTER = frozenset("的了着过吗呢吧啊呀哦嘛么我你您他她它们咱俺这那哪谁什怎爸妈爷奶姥姨叔婶哥姐弟妹舅说讲问叫家"
                         "上下内外边氏")


def grow_left(text: str, name: str, s: int, lo: int) -> int:
    """The mirror of :func:`grow_right`: the start of the name ``name`` that starts at ``s``."""
    k_max = 0
    while k_max < MAX_GROW and s - k_max - 1 >= lo and _takeable(text[s - k_max - 1]) \
            and not _role_before(text, s - k_max):
        k_max += 1
    if not k_max:
        return s
    scores = left_scores(text, name, s, lo, k_max)
    return s - max(range(k_max + 1), key=scores.__getitem__)


def left_scores(text: str, name: str, s: int, lo: int, k_max: int) -> list[float]:
    """The mirror of :func:`right_scores` for the start of a name starting at ``s`` (text from ``lo`` on)."""
    lm = name_lm()
    start = s - k_max
    while start > max(lo, s - k_max - CONTEXT) and CJK.match(text[start - 1]):
        start -= 1
    return [lm.logprob(text[s - k:s] + name) + text_logprob(text[start:s - k]) - k * CHAR_COST
            for k in range(k_max + 1)]


#: A surname and a one- or two-character given name are a name when the name model finds them this much likelier
#: (natural log) than jieba's word model finds them as ordinary text (tuned on the development sets of tests/pii).
MIN_NAME_ODDS = 6.0


def find_modelled(ctx: Ctx, out: list) -> None:
    """Han names no rule finds for want of a tag or a cue: at the start of a word, a surname (not one that is mostly
    a grammar word) and a given name of one or two characters ending on a word boundary, which the name model finds
    at least ``MIN_NAME_ODDS`` likelier as a name than jieba's word model as ordinary text (郭|长海 tagged a place,
    卢|贤淑 an adjective, 何|淑|贤 single characters). Only common surnames start one (阿, 乌, 图 also start minority
    words: 阿肯, 乌力格尔), never a frequent dictionary word (高兴, 马上), and never where another rule found a name.
    Right after an organisation and 的 (派出所的|田振国) the odds needed are ``ORG_SLOT_BONUS`` lower; right after a
    kin or role word (婆婆|涂月娇, 房东|单国庆), for a given name of two characters, ``KIN_SLOT_BONUS`` lower."""
    text, lm = ctx.text, han_lm()
    taken = [(c.start, c.end) for c in out]
    for i, s in list(enumerate(ctx.starts)) + _after_glued_role(ctx):
        h = 2 if text[s:s + 2] in ctx.compound else 1 if text[s] in ctx.common else 0
        if not h or text[s:s + h] in FUNCTION_SURNAMES or text[s] == "阿" and TITLE_RE.match(text, s):
            continue  # (阿嬷|阮月香: the prefix of a kin word, 阿嬷 'grandma', 阿姨, is no surname)
        if s and (text[s - 1] in _MEASURED or _glued(ctx, s - 1)) or _minority_at(text, s) \
                or (text[s] in _MEASURES and (ctx.flags[i] == "q" or i and ctx.flags[i - 1].startswith("v"))):
            continue  # (这张图, 下|盘棋: a measure word; 炸|包尔萨克: inside an unknown word; 索南: a Tibetan name)
        best: tuple[float, int] | None = None
        org = _after_organisation(ctx, i)
        bar = MIN_NAME_ODDS - (ORG_SLOT_BONUS if org else 0.0)
        slot = _role_before(text, s) and not any(text[s:s + k] in _ROLE_WORDS for k in _ROLE_LENGTHS)
        for g in (1, 2):
            e = s + h + g
            name = text[s:e]
            cued = (slot or org) and g == 2  # (a given character that is also a word, after a cue: 婆婆|涂月娇)
            if e > len(text) or not all(CJK.match(c) and (cued and c in GIVEN_WHEN_CUED or c not in NEVER
                                                           and c not in NOT_GIVEN) for c in name[h:]) \
                    or not _word_end(ctx, e):
                continue
            tag = word_tag(name)
            if name in COMMON_WORDS or name in NEVER_NAMES or name in KIN_WORDS or name in NOT_PERSON \
                    or (tag is not None and tag not in NAME_TAGS):
                continue
            odds = max(lm.logprob(name), lm.logprob(_SURNAME_STANDIN + name[h:]) - COMPOUND_COST if h == 2
                       else -math.inf) - text_logprob(name)
            kin = slot and g == 2 and not any(c in _COMPLEMENTS for c in name[h:])
            if odds >= bar - (KIN_SLOT_BONUS if kin else 0.0) \
                    + (AMBIGUOUS_PENALTY if h == 1 and text[s] in AMBIGUOUS else 0.0) and (
                    best is None or odds > best[0]):
                best = (odds, e)
        if best is not None and not any(a < best[1] and s < b for a, b in taken):
            out.append(NameCandidate(s, best[1], 3, "model", text[s:best[1]], ""))


def _after_glued_role(ctx: Ctx) -> list[tuple[int, int]]:
    """(word index, position) of a common surname the segmenter glued to the kin or role word before it (外|婆罗|秀鸾:
    婆罗 is a word, and no word starts at 罗): a name may start there as at the start of a word, after a word of
    two characters or more."""
    text, out = ctx.text, []
    for i in range(ctx.n):
        s = ctx.starts[i]
        for p in range(s + 1, s + len(ctx.words[i])):
            if text[p] in ctx.common and _role_before(text, p) and not _role_before(text[p - 1:p + 8], 1):
                out.append((i, p))  # (not after a role character alone, as in 师范 'normal school': 健全师|范生)
    return out


#: How much less the odds need to be right after an organisation and 的 (派出所的|田振国|帮我们, 民政办的|程立国|说):
#: a slot where the person the organisation sent is named.
ORG_SLOT_BONUS = 4.0
#: How much less the odds need to be right after a kin or role word (婆婆|涂月娇七十三了, 小叔子|万海涛在, 房东|单国庆,
#: 班主任|凌晨阳): a slot where a person is named, so the name need only be likelier than the text read as words.
#: Only for a given name of two characters (a one-character given name there is as often cut short: 爷爷|韦应|才过), not
#: starting inside a kin word (孙子|孙女念) and holding no verb complement (老师|管得严, 孙女|戴上小盖头).
KIN_SLOT_BONUS = MIN_NAME_ODDS
_COMPLEMENTS = frozenset("得地着过上")
#: What the name of an organisation, office or institution ends with (派出所, 民政局, 工作队, 清真寺, 卫生院, 居委会).
_ORG_END = re.compile(r"(?:所|局|站|办|队|院|委|会|寺|社区|中心|科|处|部|庭|馆|厂|公司|银行|学校|小学|中学|政府"
                      r"|民政|残联|妇联|城管|街道)$")  # (an office said by its work: 镇民政的|邴志刚)


def _after_organisation(ctx: Ctx, i: int) -> bool:
    """The words before word ``i`` are an organisation's name and 的 (派出所的, 乡民政所的)."""
    return i >= 2 and ctx.words[i - 1] == "的" and _ORG_END.search(ctx.words[i - 2]) is not None


#: A compound surname is scored as a common surname (the Han names the model learns from hold too few of them)
#: less the log of how much rarer compound surnames are: about one in a thousand (第五|春燕, 东方|明和).
_SURNAME_STANDIN = "王"
COMPOUND_COST = math.log(1000)
#: Extra odds a surname that is also a frequent word needs (高, 马, 白, 方 ...).
AMBIGUOUS_PENALTY = 4.0


def _minority_at(text: str, s: int) -> bool:
    """An element of the minority-name lexicon starts at ``s`` (索南, 乌兰): that is no Han surname and given name."""
    lex = minority_lexicon()
    return any(text[s:s + k] in lex for k in (2, 3, 4))


#: Words before a measure word (这张图, 一条河): a surname character after them is no surname.
_MEASURED = frozenset("这那哪一两几每某")
#: Surname characters that are also measure words: tagged one, or after a verb, they count (拍张照, 下盘棋).
_MEASURES = frozenset("张盘条支台口根顿场封间段辆只头位件种片朵本包节首瓶杯碗袋")


def _glued(ctx: Ctx, p: int) -> bool:
    """``ctx.text[p]`` is a Han character that is a token of its own and no dictionary word of its own, nor a stop
    character: the piece of an unknown word the tagger cut (炸|包尔萨克, 阿图|什)."""
    c = ctx.text[p]
    return bool(CJK.match(c)) and c not in NEVER and p in ctx.by_start and ctx.by_start[p] == ctx.by_end.get(p + 1) \
        and word_freq(c) < COMMON_FREQ


def _word_end(ctx: Ctx, e: int) -> bool:
    """A name may end at ``e``: punctuation or the end of the text follows, or a word of the tagger ends there and the
    next is not the piece of an unknown word (阿图|什, 查尔|瓦)."""
    text = ctx.text
    if e >= len(text) or not CJK.match(text[e]):
        return True
    return e in ctx.by_end and not _glued(ctx, e)


#: A character used this rarely as a word of its own (jieba's frequency) can be a rare surname before a given name
#: and a title (冮 169, 永 1,763; 找 20,856, 更 56,478).
RARE_SURNAME_FREQ = 2000


def _boundary(text: str, p: int, lo: int, hi: int) -> bool:
    """Position ``p`` is a word boundary for a name: the end of the range, punctuation or another script, or a
    character a name never holds."""
    return p <= lo or p >= hi or not CJK.match(text[p]) or text[p] in NEVER


def _compound_before(text: str, s: int, e: int, lo: int) -> bool:
    """A compound surname (also one that is a word: 的|第五|春燕) with a boundary before it stands right before the
    two-character given name ``text[s:e]``."""
    return e - s == 2 and s - 2 >= lo and text[s - 2:s] in surnames()[2] and (
        _boundary(text, s - 3, lo, len(text)) or _role_before(text, s - 2))


def surname_left(text: str, s: int, e: int, lo: int) -> int:
    """The start of a two-character given name ``text[s:e]`` after the surname before it: a compound surname (also
    one that is a word: 的|第五|春燕), or, for a given name with a title (桂荣老师), a Han character rarely used as a
    word (``RARE_SURNAME_FREQ``), not one a name never takes; either with a boundary before it (punctuation, a role
    word or title, a particle or pronoun: 班主任|冮|桂荣老师, 康复科的|永|红梅大夫); also a listed surname that is a
    grammar word (和, 向) after punctuation, 的 or a role word, where a name starts (。|和|卫东老师: a lost 和 "with"
    costs less than a surname left beside its pseudonym), there also before a transliterated name of any length
    (a Hui surname before a religious name: 寺里的|闪|伊利亚斯阿訇); ``s`` otherwise."""
    if _compound_before(text, s, e, lo):
        return s - 2
    p = s - 1
    given = e - s == 2 or e - s > 2 and 2 * sum(c in _syllables() for c in text[s:e]) > e - s  # (的|闪|伊利亚斯阿訇)
    if given and p >= lo and text[p] in surnames()[1] and _name_may_start(text, p, lo, "的"):
        return p
    if given and p > lo and text[p] in GRAMMAR_SURNAMES and text[p - 1] == "的":
        return p  # (清真寺的|把|文忠阿訇: 的 is followed by no disposal 把, no 才 'only just')
    if e - s == 2 and p >= lo and text[p] in ADVERB_SURNAMES and _role_before(text, p):
        return p  # (班主任|才|晓明老师)
    if e - s != 2 or p < lo or not _takeable(text[p]) or word_freq(text[p]) >= RARE_SURNAME_FREQ:
        return s
    return p if _name_may_start(text, p, lo, NEVER) else s


def _name_may_start(text: str, p: int, lo: int, before: Collection[str]) -> bool:
    """A name may start at ``p``: the start of the range, punctuation, a role word or a character of ``before``
    just before it."""
    return p == lo or not CJK.match(text[p - 1]) or text[p - 1] in before or _role_before(text, p)



def compound_left(text: str, s: int, lo: int) -> int:
    """``s`` one character left when it and the span's first make a compound surname the segmenter cut (跟上|官婉清)."""
    compound = surnames()[2]
    if s - 1 >= lo and text[s - 1:s + 1] in compound and text[s:s + 2] not in compound:
        return s - 1
    return s


def given_right(toks: Tokens, s: int, e: int, hi: int) -> int:
    """The end of a Han name whose given name the span holds only in part: after a surname (or a compound, or two
    surnames: 陈孙沐阳) and fewer than two given characters, the next characters that are given-name characters
    (``given_ratios() >= GIVEN_RATIO``, no stop character) are taken until the given name has two; not a character
    that starts a title (东方明|老师) or a segmenter token of three characters or more, or a common word
    (慕容雪|通过: ``COMMON_FREQ``), unless a kin or role word cues a surname and one given character and the text
    after the character starts a word (外公|龚德胜|过, 儿子|刘振山|前年: 胜过 and 山前 are words too), or the last
    character makes a word with 家 'the family of' after it (冯建|国家|的孩子)."""
    text = toks.text
    _common, single, compound = surnames()
    name = text[s:e]
    if not name or not all(CJK.match(c) for c in name):
        return e
    head = 2 if name[:2] in compound else 1 if name[0] in single else 0
    if not head:
        return e
    room = 2 - (len(name) - head)
    if head == 1 and len(name) == 2 and name[1] in single:
        room = 2  # (two surnames and nothing else yet: 陈孙 + 沐阳)
    ratios = given_ratios()
    cued = head == 1 and len(name) == 2 and (text.endswith(KIN_BEFORE_NAMES, 0, s) or _role_before(text, s))
    while room > 0 and e < hi and CJK.match(text[e]) and text[e] not in STOP_CHARS and not TITLE_RE.match(text, e) \
            and (ratios.get(text[e], 0.0) >= GIVEN_RATIO
                 and (toks.short_rare(e) or cued and toks.ends_right(e + 1) or room == 1 and house_word(toks, e))
                 or room == 1 and house_word(toks, e) and not word_freq(text[e:e + 2]) and text[e] not in NOT_GIVEN):
        # (a character glued to 家 into no dictionary word needs no given-name ratio: 东院刘长|栓家|有, 栓 'bolt')
        e += 1
        room -= 1
    return e


def house_word(toks: Tokens, e: int) -> bool:
    """jieba made a word of a name's last given character and 家 'the family of' (冯建|国家|的孩子: 国家 'country'),
    a word boundary follows, and the word is no 大家 'everyone', 娘家 'her parents' home' or the like."""
    i, text = toks.at_start.get(e), toks.text
    return i is not None and toks.ends[i] == e + 2 and text[e + 1] == "家" and toks.ends_right(e + 2) \
        and text[e] not in "大人自娘婆亲老本各一两这那哪谁每公管当回到在离搬分"
