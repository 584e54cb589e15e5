"""Names before a title (刘主任, 马丽华老师), and title forms that hold only part of a Han name (山·大夫 of 白玉山大夫,
福·大夫 of 张来福大夫), grown to the name.

:func:`rule_title` reads a surname or a full name before a title (the title is kept); when the characters before a
surname it read are the rest of the name, :func:`widen_title_surnames` takes them in, deciding by the Han-name model
of :mod:`qualcode.privacy._name_model` against the word model (both split from :mod:`qualcode.privacy._name_rules`
to keep modules small).
"""

from __future__ import annotations

from qualcode.privacy._name_data import AMBIGUOUS, CJK, COMMON_FREQ, FUNCTION_SURNAMES, NEVER_NAMES, TITLE_RE
from qualcode.privacy._name_forms import BEFORE_NAME_TAGS
from qualcode.privacy._name_model import NEVER, _role_before, han_lm, name_odds
from qualcode.privacy._name_rules import NAME_SLOT_BEFORE, Ctx, NameCandidate, _given_like, _han_odds, is_given
from qualcode.privacy._name_tokens import GIVEN_RATIO_ONE, given_ratios, word_freq, word_tag

__all__ = ["TITLE_MODEL_ODDS", "TITLE_NAME_ODDS", "TITLE_WORD_FREQ", "rule_title", "widen_title_surnames"]

#: Log-odds (Han name model against word model) a surname + given name needs to replace the bare surname a title
#: rule found after a rare word (白玉|山大夫 is 白玉山 + 大夫, not the surname 山; 初春华 4.4, 马上王 3.2).
TITLE_NAME_ODDS = 4.0
#: ... and how rare that word must be in jieba's dictionary (白玉 179; 马上, 同学 and 大家 are far above).
TITLE_WORD_FREQ = 1000
#: Characters after which a name may start (for a common surname + one given character before a rare one that a title
#: rule took for the surname: 卫生院的|张|来|福大夫).
_SLOT = NAME_SLOT_BEFORE | frozenset("给找\n")


def widen_title_surnames(ctx: Ctx, out: list) -> None:
    """A title candidate that holds only part of a Han name grows to the name:

    - a bare one-character surname (山·大夫) takes the two characters before it when they are a rare dictionary word
      that starts with a surname and the three make a likelier Han name than text (的白玉|山大夫: 白 + 玉山), or after a
      role word whatever the model says (班主任|揭晓|红老师: 揭晓红, a rare surname the model hardly knows);
    - or one given-name character standing alone between the start of a clause and the surname (，娜|莫奶奶: a name of
      two syllables, not 娜 + the surname 莫), or between a common surname there and a rare one (的张|来|福大夫: 张来福,
      not the surname 福);
    - or up to three characters after a verb of calling (都喊她|赛|莉|麦姐: 赛莉麦, not the surname 麦);
    - a surname + one given character (红旗大夫: 红 + 旗) takes a surname standing alone as a word before it when the
      three make a likelier Han name than text, by a margin that grows with how much the surname is a word
      (的|朱|红旗大夫: 朱 + 红旗; 他们班|路|玉敏老师; 从 'from' needs more)."""
    text, lm, ratios = ctx.text, han_lm(), given_ratios()
    for i, c in enumerate(out):
        if c.rule != "title":
            continue
        j = ctx.by_end.get(c.start)
        word = ctx.words[j] if j is not None else ""
        if c.key == f"{text[c.start]}·{c.suffix}" and c.end - c.start == 1 + len(c.suffix):
            name = word + text[c.start]
            likely = _role_before(text, c.start - 2) or name_odds(name, lm) >= TITLE_NAME_ODDS
            if len(word) == 2 and word[0] in ctx.single and is_given(name[1:], cued=True) \
                    and word_freq(word) < TITLE_WORD_FREQ and likely:
                out[i] = c._replace(start=c.start - 2, key=name)
            elif len(word) == 1 and (c.start == 1 or not CJK.match(text[c.start - 2])) and is_given(word) \
                    and word not in ctx.single and ratios.get(word, 0.0) >= GIVEN_RATIO_ONE:
                out[i] = c._replace(start=c.start - 1, key=name)
            elif len(word) == 1 and _common_surname_before(ctx, c.start, name):
                out[i] = c._replace(start=c.start - 2, key=text[c.start - 2] + name)
            elif (k := _called_run(ctx, c.start)) < c.start:  # (都喊她|赛|莉|麦姐: 赛莉麦 + 姐, not the surname 麦)
                out[i] = c._replace(start=k, key=text[k:c.start + 1])
        elif len(c.key) == 2 and c.end - c.start == 2 + len(c.suffix) and len(word) == 1 and word in ctx.single \
                and name_odds(word + c.key, lm) >= _surname_odds(word):
            out[i] = c._replace(start=c.start - 1, key=word + c.key)


def _surname_odds(word: str) -> float:
    """Log-odds a surname standing alone before a given name and title needs to be taken in: one that is seldom a
    word, any likelier as a name than text (受访者：|解|红旗校长); one that is also a word, TITLE_NAME_ODDS (他们班|路|
    玉敏老师); one that is above all a grammar word, twice that (。|从|文斌老师是, not 从|玉敏老师那儿)."""
    if word in FUNCTION_SURNAMES:
        return 2 * TITLE_NAME_ODDS
    return TITLE_NAME_ODDS if word in AMBIGUOUS else 0.0


def _common_surname_before(ctx: Ctx, p: int, name: str) -> bool:
    """A common surname at ``p - 2`` starts a name, no word, before the one given character and the rare surname
    ``name`` holds (卫生院的|张|来|福大夫), and the three make a likelier Han name than text."""
    text, full = ctx.text, ctx.text[p - 2:p] + name[1:]
    return p >= 2 and text[p - 2] in ctx.common and text[p] not in ctx.common and p - 2 in ctx.by_start \
        and (p == 2 or text[p - 3] in _SLOT or _role_before(text, p - 2)) and is_given(name, cued=True) \
        and word_freq(text[p - 2:p]) == 0 and name_odds(full, han_lm()) >= TITLE_NAME_ODDS


#: What people are called by (都喊她赛莉麦姐, 叫他巴图哥): a name follows, up to its title or kin word.
_CALLED = ("叫她", "叫他", "喊她", "喊他", "叫", "喊", "称她", "称他")
#: jieba's tags of one-character words that are no name syllable after a verb of calling (叫她|去|找|李姐): those that
#: stand before a name as grammar, and adverbs.
_GRAMMAR_TAGS = (*BEFORE_NAME_TAGS, "d")


def _called_run(ctx: Ctx, p: int) -> int:
    """The start of up to three characters before ``p`` that the segmenter left as single characters or unknown
    words, none a grammar or kin character, right after a verb of calling (and a pronoun); ``p`` otherwise."""
    text, q = ctx.text, p
    while p - q < 3:
        j = ctx.by_end.get(q)
        word = ctx.words[j] if j is not None else ""
        if not word or p - q + len(word) > 3 or not all(CJK.match(ch) and ch not in NEVER for ch in word) \
                or (word_freq(word) > 0 if len(word) > 1 else (word_tag(word) or "x").startswith(_GRAMMAR_TAGS)):
            break
        q -= len(word)
    return q if q < p and text.endswith(_CALLED, 0, q) else p


def rule_title(ctx: Ctx, out: list) -> None:
    """(Surname | full name) + title or kinship word: 刘主任, 王书记, 张姐, 马丽华老师 (the title is kept)."""
    text = ctx.text
    for m in TITLE_RE.finditer(text):
        ts, te = m.span()
        if te < len(text) and text[te] == "们":
            continue
        if te not in ctx.by_end and te != len(text) and not _title_inside_word(ctx, ts, te, m.group(0)):
            continue
        j = ctx.by_end.get(ts)
        cand = _title_after_word(ctx, j, te, m.group(0)) if j is not None else _title_in_word(ctx, ts, te, m.group(0))
        if cand is None and j is not None:
            cand = _title_modelled(ctx, ts, te, m.group(0))
        if cand is not None and not TITLE_RE.fullmatch(text, cand.start, ts):  # (阿嫲|阿公: two kin words)
            out.append(cand)


#: Log-odds (Han name model against word model) three characters before a title need when the tagger cut them into no
#: name (卫生院的|金/秀丽|大夫, 民政所的|钱/满仓|所长): the title says a person is named there.
TITLE_MODEL_ODDS = 2.0


def _title_modelled(ctx: Ctx, ts: int, te: int, title: str) -> NameCandidate | None:
    """A surname (not one above all a grammar word; 金, 钱 that are words too count) and two given-name characters
    right before a title, starting a word, that the Han name model finds ``TITLE_MODEL_ODDS`` likelier as a name than
    as text."""
    text, s = ctx.text, ts - 3
    name = text[s:ts]
    if s < 0 or s not in ctx.by_start or name[0] not in ctx.single or name[0] in FUNCTION_SURNAMES \
            or not all(CJK.match(c) for c in name) or not _given_like(name[1:]) or word_freq(name[1:]) > COMMON_FREQ \
            and ctx.split_surname(name) is None:
        return None
    if _han_odds(name) < TITLE_MODEL_ODDS:
        return None
    return NameCandidate(s, te, 1, "title", name, title)


def _title_inside_word(ctx: Ctx, ts: int, te: int, title: str) -> bool:
    """The title does not end a word (姐妹, 师哥 ...): still a title when a name word covers name+title, or a surname
    tagged as a name stands right before it (杜/nr 干事会)."""
    k = ctx.tok_at(te) if te < len(ctx.text) else -1
    covering = k >= 0 and ctx.starts[k] < te < ctx.ends[k] and ctx.nr(k)
    b = ctx.by_end.get(ts)
    return covering or (b is not None and ctx.nr(b) and len(ctx.words[b]) == 1 and len(title) > 1)


def _title_after_word(ctx: Ctx, j: int, te: int, title: str) -> NameCandidate | None:
    text, word, start = ctx.text, ctx.words[j], ctx.starts[j]
    if word in ctx.compound:  # (a compound surname alone: 还请了|皇甫律师, 欧阳老师说过)
        return NameCandidate(start, te, 1, "title", f"{word}·{title}", title)
    prev = ctx.words[j - 1] if j > 0 else ""
    if word == "家":  # (叫她向|家|奶奶: 家 'the family of' after a surname the tagger cut off, also a grammar word)
        return NameCandidate(start - 1, te, 1, "title", f"{prev}家·{title}", title) if prev in ctx.single else None
    split = ctx.split_surname(word)
    if ctx.nr(j) and split and 1 <= len(split[1]) <= 2 and word not in NEVER_NAMES:
        return NameCandidate(start, te, 1, "title", word, title)
    if split and len(word) in (1, 2) and split[1] == "" and (
            word not in AMBIGUOUS
            or (word not in FUNCTION_SURNAMES and len(title) > 1
                and (start == 0 or word_freq(text[start - 1:start + 1]) == 0))
            or (ctx.nr(j) and len(title) > 1)):
        return NameCandidate(start, te, 1, "title", f"{word}·{title}", title)  # a bare surname word
    if len(word) <= 2 and is_given(word, cued=True) and len(prev) == 1 and prev in ctx.single \
            and prev not in AMBIGUOUS:
        return NameCandidate(ctx.starts[j - 1], te, 1, "title", prev + word, title)
    return None


def _title_in_word(ctx: Ctx, ts: int, te: int, title: str) -> NameCandidate | None:
    """A word covering surname + title (李老师/nr, 王奶奶/nr): the surname starts that word."""
    text = ctx.text
    s = ts - 1
    if s >= 0 and text[s] in ctx.single and s in ctx.by_start:
        k = ctx.by_start[s]
        if ctx.nr(k) and ctx.ends[k] >= te and text[s] not in AMBIGUOUS | {"师"}:
            return NameCandidate(s, te, 1, "title", f"{text[s]}·{title}", title)
        if ctx.nr(k) and ctx.ends[k] >= te and len(title) > 1 and text[s] not in ("班", "师"):
            return NameCandidate(s, te, 1, "title", f"{text[s]}·{title}", title)
    s2 = ts - 2
    if s2 >= 0 and text[s2:ts] in ctx.compound and s2 in ctx.by_start:
        return NameCandidate(s2, te, 1, "title", f"{text[s2:ts]}·{title}", title)
    return None
