"""Title forms that hold only part of a Han name (山·大夫 of 白玉山大夫, 福·大夫 of 张来福大夫), grown to the name.

The title rule of :mod:`qualcode.privacy._name_rules` reads a character before a title as a surname; when the
characters before it are the rest of the name, :func:`widen_title_surnames` takes them in, deciding by the Han-name
model of :mod:`qualcode.privacy._name_model` against the word model (split from that module to keep modules small).
"""

from __future__ import annotations

from qualcode.privacy._name_data import AMBIGUOUS, CJK, FUNCTION_SURNAMES
from qualcode.privacy._name_forms import BEFORE_NAME_TAGS
from qualcode.privacy._name_model import NEVER, _role_before, han_lm, name_odds
from qualcode.privacy._name_rules import NAME_SLOT_BEFORE, Ctx, is_given
from qualcode.privacy._name_tokens import GIVEN_RATIO_ONE, given_ratios, word_freq, word_tag

__all__ = ["TITLE_NAME_ODDS", "TITLE_WORD_FREQ", "widen_title_surnames"]

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
