"""Person names recognised by how they are written rather than by what they are made of.

- ``dotted``: two runs of Han characters joined by a middle dot (阿米娜·吾布力, 傅特哈 · 宝林): see
  :mod:`qualcode.privacy._dotted`.
- ``spaced-compound``: a compound surname, one space, a two-character given name (上官　明哲, 轩辕 志强): the way a
  form field splits surname and given name.
- ``repeated``: a surname and a two-character given name written the same way at least twice in a text, starting
  and ending on word boundaries each time (乌鲁木|齐 is no name), which the Han-name model finds likelier as a name
  than as ordinary text (仉晓梅 ... 仉晓梅, 郄建军 ... 郄建军): what a name no rule knows (a rare surname, no cue)
  looks like in an interview; with 也 'also' for its first given character when written three times (夏也萍).

After detection, every mention of a name is looked at together (:func:`complete_by_mentions`,
:func:`unify_mentions`): what stands before or after every mention, and the spellings of a name found elsewhere in the
text, so that no mention keeps part of a name another mention shows whole.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from qualcode.privacy._dotted import find_dotted, name_core
from qualcode.privacy._minority import minority_lexicon
from qualcode.privacy._name_data import (
    ADVERB_SYLLABLES,
    AFTER_CUE,
    AMBIGUOUS,
    CJK,
    FUNCTION_SURNAMES,
    GIVEN_WHEN_CUED,
    GRAMMAR_SURNAMES,
    KIN_BEFORE_NAMES,
    KIN_WORD,
    NAME_DOTS,
    NAME_SPACES,
    NOT_GIVEN,
    NOT_PERSON,
    NUMERALS,
    ROLE_NOUNS,
    STOP_CHARS,
    TYPED_DOTS,
    WRITTEN_BEFORE,
    frequent_surnames,
)
from qualcode.privacy._name_model import NEVER, _role_before, _word_end, grow_mentions_right, han_lm, name_odds
from qualcode.privacy._name_rules import Ctx, NameCandidate, is_given
from qualcode.privacy._name_tokens import GIVEN_RATIO_ONE, NAME_TAGS, given_ratios, surnames, word_freq, word_tag
from qualcode.privacy._syllables import syllables, transliterated
from qualcode.privacy._unlisted import REPEATED_ODDS, add_mentions, repeated_unlisted

_SPACED_COMPOUND = re.compile(r"([\u4e00-\u9fff]{2})[ \u3000]([\u4e00-\u9fff]{2})(?![\u4e00-\u9fff])")
#: An adverb that is a given name's first character in a name said at least ``_SAID_THRICE`` times the same way,
#: before a given-name character, with which it makes no word (夏也萍; not 王也好).
_ADVERB_GIVEN = frozenset("也")
_SAID_THRICE = 3


def find_written(ctx: Ctx, out: list) -> None:
    """Add the ``dotted``, ``spaced-compound`` and ``repeated`` candidates of ``ctx.text``."""
    find_dotted(ctx, out)
    _spaced_compound(ctx, out)
    _repeated(ctx, out)


def _spaced_compound(ctx: Ctx, out: list) -> None:
    text = ctx.text
    for m in _SPACED_COMPOUND.finditer(text):
        sur, given = m.group(1), m.group(2)
        if sur in ctx.compound and all(c not in NOT_GIVEN and c not in NEVER for c in given) \
                and word_freq(given) < 1000:
            out.append(NameCandidate(m.start(), m.end(), 2, "spaced-compound", sur + given, ""))


def _repeated(ctx: Ctx, out: list) -> None:
    text, lm = ctx.text, han_lm()
    taken = [(c.start, c.end) for c in out]
    starts = [s for s in ctx.starts if text[s] in ctx.single and s + 3 <= len(text) and _word_end(ctx, s + 3)]
    counts = Counter(text[s:s + 3] for s in starts)
    for name, n in counts.items():
        said_thrice = n >= _SAID_THRICE and name[1] in _ADVERB_GIVEN and not word_freq(name[1:]) \
            and given_ratios().get(name[2], 0.0) >= GIVEN_RATIO_ONE and is_given(name[2], cued=True)
        if said_thrice:  # (夏也萍 six times: 'summer also duckweed' is no text, however rare 也 is in a name)
            if name_odds(name, lm) < 0.0 or word_freq(name):
                continue
        elif n < 2 or not is_given(name[1:], cued=True) or any(c in NEVER - GIVEN_WHEN_CUED for c in name[1:]) \
                or word_freq(name) or word_freq(name[1:]) > 1000 or name_odds(name, lm) < REPEATED_ODDS:
            continue
        add_mentions(text, starts, name, taken, out)
    repeated_unlisted(ctx, out, taken)


#: Grammar words that often stand right before a name (的, 和, 叫, 给 ...): one of them before every mention of a
#: name is no evidence that it belongs to the name.
BEFORE_NAMES = frozenset("的了是在和跟与及或给对向从把被让叫说问找请有个家帮同像比等由跟将")
_PRONOUN_KIN = frozenset("我你您他她它们咱俺这那哪谁爸妈爷奶姥姨叔婶哥姐弟妹舅")
#: jieba's tags of one-character words that stand before a person as a matter of grammar: verbs (去接乐乐, 找),
#: prepositions, conjunctions, pronouns, particles, measure words, numerals, directions.
BEFORE_NAME_TAGS = ("v", "p", "c", "r", "u", "q", "m", "f")


def _has_verb(chars: str) -> bool:
    """One of ``chars`` is a verb, preposition, conjunction or pronoun on its own (去找|王建国)."""
    return any((word_tag(c) or "x").startswith(("v", "p", "c", "r")) for c in chars)


def _before_names(char: str) -> bool:
    """The one character ``char`` is a grammar word that often stands before a name."""
    return char in BEFORE_NAMES or (word_tag(char) or "x").startswith(BEFORE_NAME_TAGS)


def complete_by_mentions(text: str, spans: list) -> list:
    """Person spans grown to the left by the characters that stand before every mention of the same name in the text
    (two or more mentions): the first syllable of a name that is also a grammar word (我叫|再娜甫 … 。|再娜甫: 再;
    他叫|也尔肯别克 … ，|也尔肯别克: 也; 我儿子|阿的|莫色 … ，|阿的|莫色). A grammar word that often stands before
    a name (的, 和, 叫), a pronoun or kin character, a role word or title is never taken, nor are characters that
    differ between mentions. Spans are (sorted, non-overlapping) :class:`~qualcode.privacy._detect.Span` objects."""
    groups: dict[str, list[int]] = {}
    for i, sp in enumerate(spans):
        if sp.type == "person" and sp.rule.split("+")[0] not in _FIXED:
            groups.setdefault("".join(text[sp.start:sp.end - len(sp.suffix)].split()), []).append(i)
    out = list(spans)
    for idx in groups.values():
        plain = [i for i in idx if " " not in out[i].text and "\u3000" not in out[i].text]
        if len(plain) < 2:
            continue
        k = _shared_prefix(text, [out[i].start for i in plain], spans)
        if not k:
            continue
        prefix = text[out[plain[0]].start - k:out[plain[0]].start]
        for i in idx:
            sp = out[i]
            s = sp.start - k if i in plain else _spaced_prefix(text, sp.start, prefix)
            if s is not None and s < sp.start and (i == 0 or out[i - 1].end <= s):
                out[i] = replace(sp, start=s, text=text[s:sp.end], key="".join(text[s:sp.end].split()),
                                 rule=sp.rule if sp.rule.endswith("+words") else sp.rule + "+words")
    tails: dict[str, list[int]] = {}  # (the mentions of a name by its last part: 涂克冬•宝音满 … 宝音满)
    for key, idx in groups.items():
        tails.setdefault(re.split(f"[{NAME_DOTS}]", key)[-1], []).extend(idx)
    for tail, idx in tails.items():
        plain = sorted(i for i in idx if " " not in out[i].text and "\u3000" not in out[i].text)
        if len(plain) < 2 or len(plain) != len(idx) or any(out[i].suffix for i in plain):
            continue
        his = [out[i + 1].start if i + 1 < len(out) else len(text) for i in plain]
        k = grow_mentions_right(text, tail, [out[i].end for i in plain], his)
        for i in plain if k else ():
            sp = out[i]
            out[i] = replace(sp, end=sp.end + k, text=text[sp.start:sp.end + k], key=sp.key + text[sp.end:sp.end + k],
                             rule=sp.rule if sp.rule.endswith("+words") else sp.rule + "+words")
    return out


_FIXED = frozenset({"kin", "mou", "xing", "title", "names"})


def _shared_prefix(text: str, starts: list[int], spans: list) -> int:
    """The most characters (3 to 1) that stand right before every one of ``starts`` and may belong to the name; 0
    when none do."""
    ends = {sp.end for sp in spans}
    for k in (3, 2, 1):
        if min(starts) < k:
            continue
        pre = {text[s - k:s] for s in starts}
        if len(pre) != 1:
            continue
        prefix = pre.pop()
        named = _name_word(prefix)  # (a word the dictionary has as a transliterated name: 哈达|巴特尔 … 哈达|巴特尔)
        if not all(CJK.match(c) for c in prefix) or any(c in _PRONOUN_KIN for c in prefix) \
                or (_before_names(prefix) if len(prefix) == 1 else not named and (word_freq(prefix) > 100
                                                                                  or _has_verb(prefix))) \
                or any(not named and _role_before(text, s) or (s - k) in ends
                       or any(e in ends for e in range(s - k + 1, s))
                       or s > k and word_freq(text[s - k - 1:s - k + 1]) >= _WORD_CUT for s in starts):
            continue
        return k
    return 0


def _name_word(prefix: str) -> bool:
    """A word of two or more transliteration syllables that jieba's dictionary tags as a name and that is no role or
    kin word (哈达: a scarf, and a Mongolian name; not 额吉 "mother"): before every mention of a name it is the name's
    first part, though it is also a regional word that ends a name elsewhere (``NOT_PERSON``)."""
    return len(prefix) > 1 and word_tag(prefix) in NAME_TAGS and all(c in syllables() for c in prefix) \
        and prefix not in ROLE_NOUNS and prefix not in _KIN_NOT_PERSON and not KIN_WORD.search(prefix)


#: Words of ``NOT_PERSON`` for kin and roles, never a name's part.
_KIN_NOT_PERSON = frozenset({"额吉", "阿爸", "阿妈", "嘎查达", "苏木达"})


#: A prefix whose first character makes a dictionary word this frequent with the one before it is that word's end,
#: not a name's first syllable (方面|乌乌 ... 方面|乌乌: 面 is no syllable of 乌乌).
_WORD_CUT = 20


def _spaced_prefix(text: str, s: int, prefix: str) -> int | None:
    """The start of ``prefix`` written spaced out right before ``s`` (再 娜 甫: 再 + a space), or None."""
    p = s - 2 * len(prefix)
    if p < 0 or any(text[p + 2 * j] != c or text[p + 2 * j + 1] not in NAME_SPACES for j, c in enumerate(prefix)):
        return None
    return p


#: Words after which a noun, never a conjunction, follows: a surname that is also a grammar word right after one
#: is the surname (跟|和|秋兰, 的|和|建梅大夫, 跟着|和|秋兰: 着 ends a verb that takes an object).
_GOVERNORS = frozenset("跟和与同给找叫让把被对向问帮的像着")


def surname_after_governor(text: str, spans: list) -> list:
    """Person spans of a two-character given name grown over the surname before them where that surname is also a
    grammar word (和, 从, 向, 于 ...) and stands right after a word that takes a noun, not a conjunction or a
    preposition, or right after a role noun: 我跟|和|秋兰说 is 和秋兰, since 跟和 is no Chinese (班主任|于|海燕老师).
    Elsewhere such a surname needs a name tag and a cue (我和秋兰 stays "me and 秋兰"); :func:`unify_mentions` then
    spreads the whole name to its other mentions. So, too, a Dai, Blang or Achang teknonym: 波 "father of" or 咪
    "mother of" before a name with the gender prefix 岩 or 玉 (咪|玉叫, 波|岩温)."""
    single = surnames()[1]
    out = list(spans)
    for i, sp in enumerate(out):
        s = sp.start
        given = sp.end - len(sp.suffix) - s
        if sp.type != "person" or sp.rule.split("+")[0] in ("kin", "mou", "xing", "names") or given != 2 \
                or (i and out[i - 1].end > s - 1) or s < 1:
            continue
        teknonym = text[s - 1] in _TEKNONYM and text[s] in _DAI_GENDER  # (咪|玉叫 "mother of 玉叫")
        if not teknonym and (s < 2 or text[s - 1] not in single or text[s - 1] not in AMBIGUOUS or text[
                s:s + given] in minority_lexicon() or not (  # (弟弟向|达瓦|借钱: a listed name takes no Han surname)
                _role_before(text, s - 1) or word_freq(text[s - 2:s]) < _WORD_CUT  # (对于|海澜老师: 对于 is a word)
                and (text[s - 2] in _GOVERNORS or sp.suffix and text[s - 1] in _SELDOM_GRAMMAR_HERE))):
            continue
        out[i] = replace(sp, start=s - 1, text=text[s - 1:sp.end], key=text[s - 1:sp.end - len(sp.suffix)],
                         rule=sp.rule + "+surname")
    return out


#: A character before this many uses as a dictionary word with the one before it ends that word (河|马, 大|马): no
#: surname of the name after it.
SURNAME_WORD_FREQ = 50


def surname_before_transliterated(text: str, spans: list) -> list:
    """A common Han surname written right before a transliterated name of three characters or more is the name's
    (韩|伊卜拉欣, 马|穆罕默德: Hui and Salar families put their surname before a religious name), when the name has no
    surname of its own, no span ends there, and the surname character makes no word with the one before it (河马)
    and is no grammar character (和, 都 ...): the counterpart of :func:`surname_after_governor` for transliterated
    names, run after :func:`complete_by_mentions` has found the religious name's other mentions. Between a cue of
    writing (写成, 登记成 ...) and punctuation, the one character before the name is the name's, whatever it is: that
    is what the form wrote (写成奇|巴彦孟克。, 奇 a Mongolian clan's Han surname; 写成把|玉努斯，, 把 a Hui surname)."""
    common = frequent_surnames()
    out = list(spans)
    for i, sp in enumerate(out):
        s = sp.start
        core = name_core(sp.text)
        if sp.type == "person" and s >= 1 and CJK.match(text[s - 1]) \
                and (text[s - 1] not in STOP_CHARS or text[s - 1] in GRAMMAR_SURNAMES or text[s - 1] in AFTER_CUE) \
                and WRITTEN_BEFORE.search(text, max(0, s - 5), s - 1) is not None \
                and (sp.end == len(text) or not CJK.match(text[sp.end])) and not any(o.end == s for o in out):
            out[i] = replace(sp, start=s - 1, text=text[s - 1:sp.end], key=text[s - 1] + sp.key if sp.key else "")
            continue
        if sp.type != "person" or s < 1 or len(core) < 3 or core[0] in common or not transliterated(core) \
                or text[s - 1] not in common or text[s - 1] in STOP_CHARS or text[s - 1] in FUNCTION_SURNAMES \
                or any(o.end == s for o in out) or s >= 2 and word_freq(text[s - 2:s]) >= SURNAME_WORD_FREQ:
            continue
        out[i] = replace(sp, start=s - 1, text=text[s - 1:sp.end], key=text[s - 1] + sp.key if sp.key else "")
    return out


def repeated_surname(text: str, spans: list) -> list:
    """A character in no surname list that starts two or more different names found right after a role, kin or
    naming word (者, a surname of Hui and Yi families: 儿子|者子轩, 叫她|者麦丽麦) is a surname in this text: a name
    found right after it and such a word takes it too (喊他者|哈比布拉), unless it is a grammar character or makes a
    word with the character before it."""
    single = surnames()[1]
    keys = {sp.key for sp in spans if sp.type == "person" and len(sp.key) >= 3 and "某" not in sp.key
            and _after_naming_word(text, sp.start)}
    heads = Counter(k[0] for k in keys if k[0] not in single and CJK.match(k[0]) and k[0] not in STOP_CHARS
                    and k[0] not in syllables())
    found = {c for c, n in heads.items() if n >= 2}
    if not found:
        return spans
    out = list(spans)
    for i, sp in enumerate(out):
        s = sp.start
        if sp.type == "person" and s >= 1 and text[s - 1] in found and not sp.text.startswith(text[s - 1]) \
                and _after_naming_word(text, s - 1) and not _role_before(text, s) and not any(o.end == s for o in out):
            out[i] = replace(sp, start=s - 1, text=text[s - 1:sp.end], key=text[s - 1] + sp.key if sp.key else "")
    return out


def _after_naming_word(text: str, p: int) -> bool:
    """A role or kin word or a naming verb (叫, 喊, 是 'is') ends at ``p``."""
    return p > 0 and (text[p - 1] in "叫喊是" or text.endswith(("叫他", "叫她", "喊他", "喊她"), 0, p)
                      or _role_before(text, p))


#: Surnames that are also grammar words but seldom grammar in talk right before a given name and a title
#: (班|于|海澜老师: 于 "at" belongs to written Chinese and to set words, 对于 or 由于, that the word check keeps out).
_SELDOM_GRAMMAR_HERE = frozenset("于时相第区全双万百位")
#: Dai, Blang and Achang parents are called after their first child (波 father, 咪 mother), whose name starts with
#: 岩 (a boy) or 玉 (a girl).
_TEKNONYM = frozenset("波咪")
_DAI_GENDER = frozenset("岩玉")


#: The fewest characters a name found in a text needs before its other mentions are grown to it.
UNIFY_MIN = 3
#: A name of this many characters only joins the person spans its spellings overlap in part.
SHORT_MENTION = 2


def unify_mentions(text: str, spans: list, spaced_only: bool = False) -> list:
    """Every mention of a name is replaced whole: where the text spells a name found elsewhere in it (a person span
    of ``UNIFY_MIN`` or more characters, or one side of a dotted name), written plain or spaced out, and person spans
    cover part of that spelling, they become one span over the spelling and those spans (那顺|都仁 … 那顺都仁;
    敖拉·额尔|很|乌力吉 … 额尔很乌力吉; 吾拉孜 别克 … 哈力别克・吾拉孜别克). A spelling no span touches becomes a
    mention of its own where it cannot be an ordinary word: a whole name of ``LONG_MENTION`` or more characters or
    one the dictionary lacks (王家和), the given or father's name after a dot (宝日满 … 涂克冬•宝日满), or any of
    them spaced out. Only person spans are joined: a spelling that overlaps another type is left alone.
    ``spaced_only``: only the spellings spaced out."""
    if spaced_only and not re.search(f"[{NAME_SPACES}]", text):
        return spans  # (nothing is written spaced out)
    names: dict[str, tuple[str, bool]] = {}  # spelling -> (the key of a mention, whether it stands alone)
    short: set[str] = set()  # two-character names: they only join spans they overlap (朱然 … 然都 → 朱然都)
    titles: dict[str, str] = {}  # name -> the title kept after it where it was found (吕家二 -> 嫂)
    for sp in spans:
        if sp.type == "person":
            plain = _canonical(text[sp.start:sp.end - len(sp.suffix)])
            if sp.suffix:
                titles.setdefault(_bare(plain), sp.suffix)
            parts = plain.split("·")
            if len(plain) == SHORT_MENTION and all(CJK.match(c) for c in plain) and plain not in names:
                short.add(plain)
                names[plain] = (sp.key, False)
            for j, part in enumerate([plain, *parts]):
                if len(part) >= UNIFY_MIN and all(CJK.match(c) or c == "·" for c in part):
                    alone = (len(part) >= LONG_MENTION or not word_freq(part)) if j == 0 else j > 1
                    key = sp.key if j == 0 else part  # (the whole name keeps its pseudonym)
                    old_key, was_alone = names.get(part, (key, False))
                    names[part] = (old_key, alone or was_alone)
            given = plain[1:]  # (龙|穆再排尔: a Han surname before a transliterated name, said without it too)
            if len(plain) > 4 and plain[0] in surnames()[1] and len(parts) == 1 and transliterated(given) \
                    and all(CJK.match(c) for c in given):
                names[given] = (names.get(given, (given, False))[0], True)  # (alone, as a side of a dotted name)
    if not names:
        return spans
    gap = f"[{NAME_SPACES}]?"
    dot = f"[{NAME_DOTS}{TYPED_DOTS}]?"  # (a dotted name is also written without its dot, or with a full stop)
    spellings = {m.span() for n in names
                 for m in re.finditer(gap.join(dot if c == "·" else re.escape(c) for c in n), text)
                 if not spaced_only or re.search(f"[{NAME_SPACES}]", m.group())}
    bare = {_bare(name): found for name, found in names.items()}
    out = list(spans)
    for s, e in sorted(spellings, key=lambda se: (se[0] - se[1], se[0])):  # (the longest first)
        written = text[s:e]
        hit = [i for i, sp in enumerate(out) if sp.start < e and s < sp.end]
        if _bare(written) in short and (not hit or all(out[i].start <= s and e <= out[i].end for i in hit)):
            continue  # (a two-character name makes no mention of its own and grows no span it lies inside)
        if not hit:
            key, alone = bare[_bare(written)]
            if alone or re.search(f"[{NAME_SPACES}]", written):
                title = titles.get(_bare(written), "")  # (said again with its title: 叫她|吕家二嫂 … 是|吕家二嫂)
                title = title if title and text.startswith(title, e) else ""
                new = replace(out[0], start=s, end=e + len(title), type="person", text=text[s:e + len(title)],
                              suffix=title, key=key, rule="mentions")
                out.insert(next((k for k, sp in enumerate(out) if sp.start >= e), len(out)), new)
            continue
        if any(out[i].type != "person" for i in hit):
            continue
        first, last = out[hit[0]], out[hit[-1]]
        lo, hi = min(s, first.start), max(e, last.end - len(last.suffix))
        if (lo, hi) == (first.start, last.end - len(last.suffix)) and len(hit) == 1:
            continue  # (the mention is already whole)
        if hi > last.end - len(last.suffix) and last.suffix:
            continue  # (the spelling runs into a kept title)
        end = max(hi, last.end)
        written = "".join(text[lo:end - len(last.suffix)].split())
        merged = replace(first, start=lo, end=end, text=text[lo:end], suffix=last.suffix,
                         key=bare.get(_bare(written), (written, False))[0],
                         rule=first.rule if first.rule.endswith("+mentions") else first.rule + "+mentions")
        out[hit[0]:hit[-1] + 1] = [merged]
    return out


def _canonical(name: str) -> str:
    """``name`` without spaces and with every middle dot (or full stop typed for one) written ·."""
    return re.sub(f"[{NAME_DOTS}{TYPED_DOTS}]", "·", "".join(re.split(f"[{NAME_SPACES}]", name)))


def _bare(name: str) -> str:
    """``name`` without spaces and middle dots: how a spelling is looked up (别克苏丹托合托逊 is 别克苏丹·托合托逊)."""
    return _canonical(name).replace("·", "")


#: A name found with this many characters is a name wherever the text spells it.
LONG_MENTION = 4


#: A clan or family word is two characters that start two or more different names of the text (海来尔古, 海来阿芝).
CLAN_NAMES = 2


def complete_by_clans(text: str, spans: list) -> list:
    """Person spans completed by a clan or family word that starts other names of the same text: a name found right
    after it takes it in (海来|石哈 beside 海来尔古 and 海来阿芝: Yi siblings share their clan's name), and the word
    followed by two transliteration syllables and no more is a name too (海来日布十一). The word is no dictionary word,
    role, kin word or grammar; the names that show it are at least four characters long. Spans are sorted and do not
    overlap (:class:`~qualcode.privacy._detect.Span`)."""
    firsts: dict[str, set[str]] = {}
    for sp in spans:
        name = name_core(text[sp.start:sp.end - len(sp.suffix)])  # (one person)
        if sp.type == "person" and len(name) >= 4 and all(CJK.match(c) for c in name[:2]):
            firsts.setdefault(name[:2], set()).add(name)
    clans = [w for w, names in firsts.items() if len(names) >= CLAN_NAMES and plain_name_word(w)]
    if not clans:
        return spans
    covered = bytearray(len(text))
    for sp in spans:
        covered[sp.start:sp.end] = b"\x01" * (sp.end - sp.start)
    out, starts = list(spans), {sp.start: i for i, sp in enumerate(spans)}
    for m in re.finditer("|".join(clans), text):
        s, e = m.span()
        if any(covered[s:e]):
            continue
        i = starts.get(e)
        if i is not None and out[i].type == "person" and out[i].rule.split("+")[0] not in _FIXED:
            sp = out[i]
            out[i] = replace(sp, start=s, text=text[s:sp.end], key=m.group() + sp.key, rule=sp.rule + "+clan")
        elif e + 2 <= len(text) and all(c in syllables() and c not in NEVER for c in text[e:e + 2]) \
                and not any(covered[e:e + 2]) and (e + 2 == len(text) or not CJK.match(text[e + 2])
                                                   or text[e + 2] in NUMERALS or text[e + 2] in NEVER):
            out.append(replace(spans[0], start=s, end=e + 2, type="person", text=text[s:e + 2], rule="clan",
                               key=text[s:e + 2], suffix=""))
            covered[s:e + 2] = b"\x01" * (e + 2 - s)
    return sorted(out, key=lambda sp: sp.start)


def plain_name_word(word: str) -> bool:
    """``word`` can be part of a name and is nothing else: no grammar character, no frequent word, regional word,
    role or kin word (a clan's name, 海来; a short form, 萨日乃)."""
    return all(CJK.match(c) and c not in NEVER for c in word) and word_freq(word) <= 100 \
        and word not in NOT_PERSON and word not in ROLE_NOUNS and not KIN_WORD.search(word)


def complete_after_kin(text: str, spans: list) -> list:
    """Person spans grown to the left over the one to three characters between a kin word and them (儿子|胡和|巴特尔,
    我哥|罗让|丹巴, 老大|更|登群培; three only when all are transliteration syllables: 爷爷|吐尔地|阿洪): a name follows
    a kin word whole, and a gap that starts with a surname, a syllable or an adverb that is one (更, 再, 才) and holds
    no pronoun or particle (和 and 让 are syllables of names too) is its first part. Spans are sorted and do not
    overlap. Before a name of transliteration syllables, two characters that are no word are its first part too
    (大孙女|拥中|翁青: Tibetan names are pairs of two-syllable elements), and so is any one character after a role word
    before a dotted name unless it ends a word with the character before it (社区书记|开|赛尔·艾山; 我妹|子|…)."""
    out = list(spans)
    ends = {sp.end for sp in spans}
    for i, sp in enumerate(out):
        if sp.type != "person":
            continue
        written = text[sp.start:sp.end - len(sp.suffix)]
        core = "".join(c for c in written if c not in NAME_DOTS + NAME_SPACES)
        dotted = any(c in NAME_DOTS for c in written)
        translit = len(core) >= 2 and (all(c in syllables() for c in core) or dotted
                                       and transliterated(core))  # (a dotted name: 班主任|热孜|万古丽·艾买尔)
        if sp.rule.split("+")[0] in _FIXED and not (sp.rule == "title" and translit):
            continue  # (a title form of a transliterated name too: 班主任|茹先|古丽老师)
        if _role_before(text, sp.start):
            continue  # (no gap: the name follows a role word whole, 嘎查达|巴特尔)
        for k in (3, 2, 1):
            s = sp.start - k
            gap = text[s:sp.start]
            if k == 3 and not all(c in syllables() for c in gap):
                continue  # (three characters only of transliteration syllables: 爷爷|吐尔地|阿洪)
            cue = text.endswith(KIN_BEFORE_NAMES, 0, s) or translit and _role_before(text, s)
            if s < 2 or s in ends or not cue or i and out[i - 1].end > s:
                continue
            if (gap[0] in surnames()[1] or gap[0] in syllables() or gap[0] in ADVERB_SYLLABLES and k < 3
                    or k == 1 and dotted and translit and not word_freq(text[s - 1:s + 1])  # (社区书记|开|赛尔·艾山,
                    # Uyghur Kaiser; not the end of a kin word: 我妹|子|尤克勒·凤霞)
                    or k == 2 and (gap[1] in syllables() or transliterated(core)) and not word_freq(gap)) \
                    and gap[0] not in BEFORE_NAMES \
                    and all(CJK.match(c) and c not in _PRONOUN_KIN and (c not in NEVER or c in syllables())
                            for c in gap) and (k == 1 or word_freq(gap) <= 100):
                key = gap + sp.key.removesuffix("·" + sp.suffix) if sp.suffix else gap + sp.key
                out[i] = replace(sp, start=s, text=text[s:sp.end], key=key, rule=sp.rule + "+kin")
                break
    return out


def complete_split_pairs(text: str, spans: list) -> list:
    """Person spans of one syllable before Tibetan name elements grown over the character before them, right after a
    kin or role word, even a grammar word (我弟弟|向|巴群培, 村支书|向|巴平措: 向巴 is a spelling of 强巴). Tibetan
    names are pairs of two-syllable elements: a lone syllable before one is the second half of an element whose
    first half stands before it. Not a frequent Han surname (李|白玛), a pronoun, particle or kin character. Spans
    are sorted and do not overlap."""
    lexicon = minority_lexicon()
    out = list(spans)
    for i, sp in enumerate(out):
        s, name = sp.start, text[sp.start:sp.end - len(sp.suffix)]
        if sp.type != "person" or sp.rule.split("+")[0] in _FIXED or s < 3 or i and out[i - 1].end >= s \
                or name[0] not in syllables() or name[0] in frequent_surnames() or not _tibetan_chain(name[1:]) \
                or any(name.startswith(e) for e in lexicon):
            continue
        p = text[s - 1]
        if CJK.match(p) and p not in _PRONOUN_KIN and p not in _PARTICLES \
                and (text.endswith(KIN_BEFORE_NAMES, 0, s - 1) or _role_before(text, s - 1)):
            out[i] = replace(sp, start=s - 1, text=text[s - 1:sp.end], key=p + sp.key, rule=sp.rule + "+pair")
    return out


_PARTICLES = frozenset("的了着过吗呢吧啊呀哦嘛么之")


def _tibetan_chain(text: str) -> bool:
    """``text`` is one or two listed Tibetan elements of two characters."""
    lexicon = minority_lexicon()
    parts = [text[k:k + 2] for k in range(0, len(text), 2)]
    return len(text) in (2, 4) and all(p in lexicon and lexicon[p].people == "bo" for p in parts)


def complete_by_elements(text: str, spans: list) -> list:
    """Person spans grown to the left over a listed minority-name element written right before them, after
    punctuation, 的 or a role or kin word (藏医院的|贡觉|旺修医生: 贡觉, also a county, is the first part of the
    name here); a title after one character, which the title rule takes for a surname, also over one character
    between the element and it (学校的|扎西|端|智老师: the name's last syllable is no surname). Spans are sorted and do
    not overlap."""
    lexicon = minority_lexicon()
    lengths = sorted({len(e) for e in lexicon if len(e) >= 2}, reverse=True)
    out = list(spans)
    for i, sp in enumerate(out):
        if sp.type != "person" or sp.rule.split("+")[0] in _FIXED - {"title"} or not CJK.match(text[sp.start]):
            continue  # (a title form too: 贡觉|旺修医生)
        one = sp.rule == "title" and sp.end - len(sp.suffix) - sp.start == 1 and sp.start > 0 \
            and CJK.match(text[sp.start - 1]) and text[sp.start - 1] not in NEVER
        for n, gap in [(n, g) for g in ((0, 1) if one else (0,)) for n in lengths]:
            s = sp.start - n - gap  # (the longest listed element that ends right before the span, or the gap)
            el = text[max(s, 0):s + n]
            if s < 0 or el not in lexicon or i and out[i - 1].end > s:
                continue
            if s == 0 or not CJK.match(text[s - 1]) or text[s - 1] in "的是叫" or _role_before(text, s) \
                    or text.endswith(KIN_BEFORE_NAMES, 0, s):
                key = sp.key.removesuffix("·" + sp.suffix) if sp.suffix else sp.key  # (智·老师: a bare surname)
                out[i] = replace(sp, start=s, text=text[s:sp.end], key=text[s:sp.start] + key,
                                 rule=sp.rule + "+element")
                break
    return out
