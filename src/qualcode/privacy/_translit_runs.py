"""Transliterated names anywhere in a sentence, found by the name model (萨如拉有个QQ, 。柳德米拉她姥姥).

A Mongolian, Tibetan, Uyghur or Russian name that no lexicon lists and no cue or role word introduces is missed
whole by the rules. :func:`find_transliterated` takes a run of three to seven transliteration syllables
(:func:`qualcode.privacy._boundaries.syllables`) that starts on a word of the tagger, ends on a word boundary
before punctuation, a grammar character, a clause about the person or an age (as the after-role rule does), and that
the name model of :mod:`qualcode.privacy._name_model` finds at least :data:`RUN_ODDS` likelier as a name than jieba's
word model as text. Never a frequent dictionary word or a run holding one, a listed place or a run that starts with
one, a word of :data:`~qualcode.privacy._name_data.NOT_PERSON`, nor a run a verb starts or that is a verb's object
(讲|阿古顿巴, 弹|库姆孜: a story, an instrument), except after verbs that point at a person (叫, 找, 问, 让, 跟 ...).
"""

from __future__ import annotations

from qualcode.privacy._after_role import _words_in, name_may_end
from qualcode.privacy._name_data import CJK, COMMON_FREQ, NOT_PERSON, STOP_CHARS
from qualcode.privacy._name_model import name_lm, name_odds
from qualcode.privacy._name_rules import Ctx, NameCandidate
from qualcode.privacy._name_rules import boundary_syllables as _syllables
from qualcode.privacy._name_tokens import word_freq
from qualcode.privacy._places import place_stems

__all__ = ["RUN_ODDS", "find_transliterated"]

#: Log-odds (name model against word model) a run needs (set on the development sets of tests/pii: 4 found 44 more
#: names there and made 3 more wrong spans and one partial; 8 found 34 fewer).
RUN_ODDS = 6.0
#: The shortest and longest run, in characters.
RUN_MIN, RUN_MAX = 3, 7
#: Verbs after which a name stands as readily as anywhere (找萨如拉, 叫|柳德米拉, 跟|胡日查).
_PERSON_VERBS = frozenset({"叫", "喊", "找", "问", "让", "请", "陪", "带", "跟", "是", "有"})


def find_transliterated(ctx: Ctx, out: list) -> None:
    """Append runs of transliteration syllables the name model takes for names (see the module docstring), where no
    candidate is yet."""
    text, n = ctx.text, len(ctx.text)
    syl, lm, stems = _syllables(), name_lm(), place_stems()
    taken = [(c.start, c.end) for c in out]
    i = 0
    while i < n:
        end = _run(ctx, i, syl, lm, stems) if text[i] in syl and _may_start(ctx, i) else None
        if end is not None and not any(a < end and i < b for a, b in taken):
            out.append(NameCandidate(i, end, 4, "translit", text[i:end], ""))
            i = end
            continue
        i += 1


def _may_start(ctx: Ctx, i: int) -> bool:
    """A word of the tagger starts at ``i`` (or no Chinese character is before it), no verb, and no verb but one that
    points at a person ends there."""
    if i and CJK.match(ctx.text[i - 1]) and i not in ctx.by_start:
        return False
    k, p = ctx.by_start.get(i), ctx.by_end.get(i)
    if k is not None and (ctx.flags[k] or "x").startswith("v"):
        return False
    return p is None or not (ctx.flags[p] or "x").startswith("v") or ctx.words[p] in _PERSON_VERBS


def _run(ctx: Ctx, i: int, syl: frozenset[str], lm, stems: frozenset[str]) -> int | None:
    """The end of the longest run of syllables from ``i`` that may be a name, or None."""
    text, n = ctx.text, len(ctx.text)
    j = i
    while j < n and text[j] in syl and j - i < RUN_MAX:
        j += 1
    for e in range(j, i + RUN_MIN - 1, -1):
        run = text[i:e]
        if not name_may_end(ctx, e):
            continue
        last = ctx.by_end.get(e)
        if run[-1] in STOP_CHARS or last is not None and len(ctx.words[last]) == 1 \
                and (ctx.flags[last] or "x").startswith(("v", "d", "p")):
            continue  # (乌日嘎|都, 尕尔玛|跳: an adverb or a verb ends no name)
        if word_freq(run) > COMMON_FREQ or any(w in run for w in NOT_PERSON) \
                or any(run[:k] in stems for k in range(2, len(run) + 1)) or _holds_word(ctx, i, e):
            continue
        if name_odds(run, lm) >= RUN_ODDS:
            return e
    return None


def _holds_word(ctx: Ctx, s: int, e: int) -> bool:
    """A word of the tagger of two characters or more inside ``[s, e)`` is a frequent dictionary word."""
    return any(len(word) > 1 and word_freq(word) > COMMON_FREQ for _k, word in _words_in(ctx, s, e))
