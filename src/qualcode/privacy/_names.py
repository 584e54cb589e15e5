"""Person names in Chinese text: a word tagger, a surname list, title/kinship forms, context cues, a lexicon of
minority given names.

Rules (``_name_rules`` and ``_minority``; each candidate must also start and end on a word boundary, so a surname
character inside an ordinary word -- 全村, 儿童, 孙子, 高兴 -- never starts a name):

* ``nr``       a word tagged ``nr``/``nrfg``/``nrt`` that starts with a known surname plus 1-2 given characters (张伟,
               欧阳明); words that are far more often common words (孙子, 高峰, 白雪, ...) need a name cue around them.
* ``split``    a surname word followed by a given-name word tagged as a name (傅/nr 春雷/nr) or a doubled one (石 磊磊).
* ``compound`` a compound surname word followed by a plausible given name (同事欧阳娜娜, 还有司马光辉).
* ``cue``      surname + 1-2 characters after a naming cue (我叫吴桂兰, 孩子叫苏和, 姓名：张伟).
* ``given``    a given name alone after 叫, then punctuation (大的叫浩浩，).
* ``named``    what stands between a naming cue (我叫, 学名叫, 老汉叫, 经名) and punctuation, a surname in no list
               too (我叫庹春梅，), or after 叫他/喊她 what the name model takes for a name (都叫她塔尼娅。, not
               叫他小心点。).
* ``nickname`` a nickname after 小名/乳名/外号, or a noun or doubled character alone after 叫他/喊她 (喊她蒜苗。,
               都喊他航航。), a word too: found wherever the text says it again, and never grown.
* ``translit`` a run of transliteration syllables anywhere that the name model takes for a name (，斯日古楞，她来说的),
               where no other rule found one (:mod:`qualcode.privacy._translit_runs`).
* ``title``    surname (or a full name) + a title or kinship word: 刘主任, 李老师, 张姐, 马丽华老师. The title is
               kept by the pseudonymiser (刘主任 -> 人员C主任).
* ``kin``      老/小 + a common surname: 老张, 小刘 (also 老孙家).
* ``mou``      surname + 某/某某: 张某, 刘某某.
* ``slot``     a role word, then surname + given name, then punctuation (户主郑国华，).
* ``minority`` Mongolian, Tibetan and other minority given names from the lexicon (乌日娜, 敖登格日乐, 扎西多吉).
* ``model``    a common surname + 1-2 given characters the learned name model finds likelier as a name than as text
               (邱长海: ``_name_model.find_modelled``).
* ``role``     two or three characters right after a role or kin noun that the name model finds likelier as a name
               than as text (孩子妈|叶欧: ``_after_role.find_after_role``).
* ``dotted``, ``spaced-compound``, ``repeated``: names recognised by how they are written (傅察·宝林, 欧阳 晓峰,
               仉志刚 twice: ``_name_forms``).
* ``repeat``   a name found once is found wherever it stands alone as a word in the same text.
* ``xing``     我姓常 -> 常.
* ``family``   surname + 家 + a given character where the grammar around it names a person (肖家和老师, 村医郝家旺,
               廖家和都六十了; not 王家庄, 刘家穷: :mod:`qualcode.privacy._family_char`).

Then no candidate may leave part of a name behind: one starting on the second character of a compound surname, or
right after a single-character surname word, takes it in; surname + one character takes in a following given-name
character standing alone (``_name_rules.complete``; the minority rule does the same with transliteration syllables).

Names of famous historical or literary figures (司马光, 诸葛亮, 成吉思汗) and regional words that only look like
names (敖包, 额吉, 格桑花, 微信) are dropped. The words and their tags come
from :func:`qualcode.privacy._name_tokens.tagged_words` (rjieba's tagger when installed, else jieba's).
"""

from __future__ import annotations

import re

from qualcode.privacy._after_role import find_after_role, find_declared
from qualcode.privacy._family_char import rule_family_char
from qualcode.privacy._minority import find_minority, minority_lexicon, naming_cue
from qualcode.privacy._name_data import CJK, FAMOUS, NOT_PERSON
from qualcode.privacy._name_forms import find_written
from qualcode.privacy._name_model import find_modelled
from qualcode.privacy._name_rules import (
    Ctx,
    NameCandidate,
    boundary_syllables,
    complete,
    rule_compound,
    rule_cue,
    rule_given,
    rule_kin,
    rule_mou,
    rule_nr,
    rule_repeat,
    rule_slot,
    rule_split,
    rule_xing,
)
from qualcode.privacy._name_tokens import tagged_words, word_freq
from qualcode.privacy._named import rule_named, rule_register
from qualcode.privacy._numbered import find_numbered
from qualcode.privacy._places import place_stems
from qualcode.privacy._siblings import rule_siblings
from qualcode.privacy._text_surnames import rule_text_surnames
from qualcode.privacy._title_names import rule_title, widen_title_surnames
from qualcode.privacy._translit_runs import find_transliterated

__all__ = ["NameCandidate", "despace", "find_names"]

_FAMOUS_RE = re.compile("|".join(sorted(map(re.escape, FAMOUS), key=len, reverse=True)))
_NOT_PERSON_RE = re.compile("|".join(sorted(map(re.escape, NOT_PERSON), key=len, reverse=True)))


#: Every rule but propagation, in the order they run (propagation runs last, over what they found).
RULES = (rule_nr, rule_split, rule_compound, rule_cue, rule_given, rule_named, rule_register, rule_title, rule_kin,
         rule_mou, rule_slot, rule_family_char)

def find_names(text: str, backend: str = "auto") -> list[NameCandidate]:
    """Person-name candidates in ``text`` (overlapping; ranks decide). See the module docstring for the rules.

    ``backend`` is the word tagger: ``"auto"`` (rjieba when installed, else jieba), ``"rjieba"`` or ``"jieba"``.
    """
    if not CJK.search(text):
        return []
    ctx = Ctx(text, tagged_words(text, backend))
    out: list[NameCandidate] = []
    for rule in RULES:
        rule(ctx, out)
    find_minority(ctx, out)
    find_modelled(ctx, out)
    find_numbered(ctx, out)  # (霍三虎, 秦二女: a name of birth order, which the model never learned)
    find_after_role(ctx, out)
    find_written(ctx, out)
    rule_siblings(ctx, out)  # (简明杰和|简明浩: after the names found, before their mentions are said again)
    rule_repeat(ctx, out)
    rule_xing(ctx, out)
    find_declared(ctx, out)
    rule_text_surnames(ctx, out)  # (禚主任 after 禚文亮, 小向 after 我姓向)
    widen_title_surnames(ctx, out)
    find_transliterated(ctx, out)  # (last: where no rule found a name)
    out = complete(ctx, out)
    famous = [m.span() for m in _FAMOUS_RE.finditer(text)]
    if famous:  # (a candidate longer than the famous name stays: 司马光辉 is not 司马光)
        out = [c for c in out if not any(s <= c.start and c.end <= e for s, e in famous)]
    words = [m.span() for m in _NOT_PERSON_RE.finditer(text)]
    if words:  # (nor may a name overlap one of these words: 微信群 is no name, but for a chain of minority names
        # that crosses the word's end with a name of its own: 巴雅尔|拉毛 is not 巴雅尔拉 'thank you' + 毛)
        out = [c for c in out
               if not any(s < c.end and c.start < e and not _crosses_end(text, c, s, e) for s, e in words)]
    # a county's name without 县 is the place (吴忠, 景洪, 孙吴), unless a naming cue says person, or it is a listed
    # minority name or made of transliteration syllables (丹巴, 乌兰, 班玛: Tibetan and Mongolian names too)
    stems, lexicon, syllables = place_stems(), minority_lexicon(), boundary_syllables()
    return [c for c in out if (name := text[c.start:c.end]) not in stems or name in lexicon
            or all(ch in syllables for ch in name) or naming_cue(ctx, c.start, c.end)]


def _crosses_end(text: str, c: NameCandidate, s: int, e: int) -> bool:
    """The minority candidate ``c`` covers the word ``text[s:e]`` and a listed name runs across the word's end."""
    lexicon = minority_lexicon()
    return c.rule == "minority" and c.start <= s and e < c.end and any(
        text[a:b] in lexicon and lexicon[text[a:b]].kind == "name"
        for a in range(s + 1, e) for b in range(e + 1, c.end + 1))


_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \u3000\u00a0][\u4e00-\u9fff])+")


def _standalone(text: str, s: int, e: int) -> bool:
    """Runs of three spaced characters or more are spaced-out words (赵 德 胜). A run of two is one when at most one
    end touches another Chinese character, and not as part of a dictionary word (我叫王　芳。 yes; 做康复 老师开车 and
    去年强 草长得好 -- speech-to-text spaces between words -- no)."""
    if e - s > 3:
        return True
    left = s > 0 and CJK.match(text[s - 1]) is not None
    right = e < len(text) and CJK.match(text[e]) is not None
    if left and right:
        return False
    return word_freq(text[max(0, s - 1):s + 1]) < 20 and word_freq(text[e - 1:e + 1]) < 20


def despace(text: str) -> tuple[str, list[int] | None]:
    """``text`` with the spaces removed inside runs of single Chinese characters (赵 德 胜 -> 赵德胜, 王　芳 -> 王芳),
    and the original offset of every character of the result (None when nothing was removed).

    Spans found in the result map back with ``index[start]`` and ``index[end - 1] + 1``.
    """
    runs = [m.span() for m in _SPACED.finditer(text) if _standalone(text, *m.span())]
    if not runs:
        return text, None
    keep = bytearray(b"\x01") * len(text)
    for s, e in runs:
        for p in range(s + 1, e, 2):
            keep[p] = 0
    index = [i for i in range(len(text)) if keep[i]]
    return "".join(text[i] for i in index), index
