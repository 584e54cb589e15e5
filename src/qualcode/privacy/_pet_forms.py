"""Forms of a name the text has found whole: 小 + its given name, a Han surname before one space.

- 小 or 老 + a found name's given name (小曲宗 after 禚曲宗): the kin rule reads 小曲 as 小 + the surname 曲 and stops
  there, which leaves 宗 in clear; where 小/老 and the surname-like character start the given name of a name the
  text has found whole, or two syllables of a transliterated name it has found whole (小苏里 after 池苏里唐), the form
  is 小 + those characters.
- a clan's name + one character, where the clan's name is found alone and starting a name of four characters
  (瓦扎 and 瓦扎惹作): a Yi given name after the clan's name has two characters, so the character after is the
  name's when punctuation or an age follows it (小的瓦扎石|各|八岁: 各 'each').
- a Han surname alone before one space and a transliterated name of three characters or more (成了虎　穆萨力): the way
  a form splits a Hui family's surname from a religious name, as :mod:`qualcode.privacy._short_forms` takes a common
  surname before a short form (庞　德却).
"""

from __future__ import annotations

import re
from dataclasses import replace

from qualcode.privacy._dotted import name_core
from qualcode.privacy._minority import minority_lexicon
from qualcode.privacy._name_data import CJK, COMMON_FREQ, NAME_SPACES, NUMERALS, STOP_CHARS
from qualcode.privacy._name_forms import BEFORE_NAMES
from qualcode.privacy._name_tokens import surnames, word_freq
from qualcode.privacy._short_forms import covered_by
from qualcode.privacy._syllables import syllables, transliterated

__all__ = ["pet_forms", "pet_names"]


#: A Yi name: a clan's name of two characters and a given name of two (沙马有格, 吉克尔都).
_YI_NAME = 4
#: What a Yi given name's syllables never are, though a grammar word may be one (有, 都, 各): a particle, a pronoun or
#: a preposition that follows a name as grammar (沙马的, 沙马在, 沙马说).
_NOT_YI_GIVEN = frozenset("的地得了着过是在和跟与把被给让对从向说讲叫也就还又不没很吗呢啊吧呀他她我你来去走回")


def _yi_given(text: str, spans: list) -> list:
    """A Yi clan's name found alone (or with one more character) and the rest of a four-character name after it,
    where a clause ends or 的 follows: the grammar word that is a given-name syllable stopped it (|沙马|有格，,
    |沙马|有格的阿达). The rest ends in a transliteration syllable (not 沙马有病，), is no frequent word and holds no
    grammar of a clause (沙马都来，); every mention of the name grows."""
    lex, full = minority_lexicon(), set()

    def rest(sp) -> str:
        core = sp.text
        element = lex.get(core[:2])
        if sp.type != "person" or sp.suffix or not 2 <= len(core) < _YI_NAME or element is None \
                or element.people != "yi" or not all(CJK.match(c) for c in core):
            return ""
        tail = text[sp.end:sp.end + _YI_NAME - len(core)]
        ok = len(tail) == _YI_NAME - len(core) and all(CJK.match(c) and c not in NUMERALS and c not in _NOT_YI_GIVEN
                                                       for c in tail)
        return tail if ok and tail[-1] in syllables() and word_freq(tail) < COMMON_FREQ else ""

    tails = [rest(sp) for sp in spans]
    for sp, tail in zip(spans, tails):
        e = sp.end + len(tail)
        if tail and (e == len(text) or not CJK.match(text[e]) or text[e] == "的"):
            full.add(sp.text + tail)
    out = list(spans)
    for i, (sp, tail) in enumerate(zip(spans, tails)):
        hi = out[i + 1].start if i + 1 < len(out) else len(text)
        if tail and sp.text + tail in full and sp.end + len(tail) <= hi:
            e = sp.end + len(tail)
            out[i] = replace(sp, end=e, text=text[sp.start:e], key=sp.key + tail if sp.key else "")
    return out


def pet_forms(text: str, spans: list) -> list:
    """``spans`` with the forms of the module docstring grown to the name."""
    spans = _yi_given(text, spans)
    single = surnames()[1]
    givens = {sp.key[1:] for sp in spans if sp.type == "person" and len(sp.key) == 3 and CJK.match(sp.key[0])
              and sp.key == text[sp.start:sp.end]}
    whole = {name_core(sp.text) for sp in spans if sp.type == "person"}
    clans = {n[:2] for n in whole if len(n) == 4 and transliterated(n)} & {n for n in whole if len(n) == 2} \
        - {n for n in whole if "某" in n}
    clan_givens = {n[2:] for n in whole if len(n) == 4 and n[:2] in clans}  # (石各 of 瓦扎石各)
    parts = {n[k:k + 2] for n in whole if len(n) >= 3 and transliterated(n) for k in range(len(n) - 1)}
    out = list(spans)
    for i, sp in enumerate(out):
        s, e = sp.start, sp.end
        hi = out[i + 1].start if i + 1 < len(out) else len(text)
        if sp.type != "person" or sp.suffix:
            continue
        if e - s == 2 and (text[s] in "小老" and (text[s + 1:e + 1] in givens or text[s + 1:e + 1] in parts)
                           or text[s + 1:e + 1] in clan_givens) \
                and e < hi \
                and (e + 1 == len(text) or not CJK.match(text[e + 1]) or text[e + 1] in "她他说也都就"):
            out[i] = replace(sp, end=e + 1, text=text[s:e + 1], key=text[s:e + 1])  # (小曲|宗 after 禚曲宗; 写成王石|各
            # after 瓦扎石各: a surname before the clan name's given name, as a school writes it; 喊他小苏|里 after
            # 池苏里唐: two syllables of a transliterated name found whole)
            continue
        named = name_core(sp.text)
        if len(named) == 3 and named[:2] in clans and e < hi and CJK.match(text[e]) and text[e] not in "的了是" \
                and (e + 1 == len(text) or not CJK.match(text[e + 1]) or text[e + 1] in NUMERALS):
            out[i] = replace(sp, end=e + 1, text=text[s:e + 1], key=sp.key + text[e] if sp.key else "")
            clan_givens.add(named[2] + text[e])
            continue  # (小的瓦扎石|各|八岁 beside 瓦扎惹作 and 瓦扎)
        core = sp.text
        lo = out[i - 1].end if i else 0
        if s - 2 >= lo and len(core) >= 3 and all(CJK.match(c) for c in core) and transliterated(core) \
                and text[s - 1] in NAME_SPACES and text[s - 2] in single and text[s - 2] not in STOP_CHARS \
                and (s - 2 == 0 or not CJK.match(text[s - 3]) or text[s - 3] in BEFORE_NAMES):
            out[i] = replace(sp, start=s - 2, text=text[s - 2:e], key=text[s - 2] + sp.key if sp.key else "")
    return out


#: What Wu and Min speech add to a child's given character (欣囡 'little girl Xin', 平囝).
_CHILD_ENDINGS = ("囡", "囝")
#: A form of address said this often as a word is the word (小伙, 老大), no name.
_PET_WORD = 5
#: What may follow a 老 form in the text: it ends a clause or stands before a pronoun or grammar word (都叫我老奇，,
#: 老奇这两个字); before anything else 老 is 'always' or 'old' (老写不通, 老名字).
_AFTER_OLD = frozenset("这那他她我你也都就说是的在")


def pet_names(text: str, spans: list) -> list:
    """``spans`` and the forms of address the text makes of a transliterated name it has found whole, where it says
    them outside every span: 小 + two of its syllables (喊大的小扎提 after 伊力扎提‧毛拉洪), 老 + the first character of
    a name of four or more (都喊我老瓦 after 瓦扎木呷; not 阿, a prefix); and of a Han name found whole, a given
    character + 囡 or 囝, the girls' and boys' forms of Wu and Min speech (晴囡 after 蓝晓晴, 溪囝 after 雷溪生). A form
    two names give, a word, or one the text goes on into another syllable (小扎提娜) is none."""
    forms: dict[str, set[str]] = {}
    for sp in spans:
        core = name_core(sp.text)
        if sp.type != "person" or sp.suffix or len(core) < 3 or not all(CJK.match(c) for c in core) \
                or not transliterated(core) or "某" in core:
            continue
        for k in range(len(core) - 1):
            forms.setdefault("小" + core[k:k + 2], set()).add(sp.key)
        if len(core) >= 4 and core[0] != "阿":
            forms.setdefault("老" + core[0], set()).add(sp.key)
    single = surnames()[1]
    for sp in spans:  # (the girls' and boys' forms of Wu and Min speech: 欣囡 of 江可欣, 溪囝 of 雷溪生)
        if sp.type == "person" and not sp.suffix and len(sp.key) == 3 and sp.key == sp.text and sp.key[0] in single:
            for given in (c for c in sp.key[1:] if c not in STOP_CHARS):
                for ending in _CHILD_ENDINGS:
                    forms.setdefault(given + ending, set()).add(sp.key)
    forms = {f: keys for f, keys in forms.items() if len(keys) == 1 and word_freq(f) < _PET_WORD}
    if not forms:
        return spans
    covered = covered_by(text, spans)
    out = list(spans)
    for form, keys in forms.items():
        for m in re.finditer(re.escape(form), text):
            s, e = m.span()
            if any(covered[s:e]) or e < len(text) and text[e] in syllables() and text[e] not in STOP_CHARS \
                    or form[0] == "老" and e < len(text) and CJK.match(text[e]) and text[e] not in _AFTER_OLD:
                continue  # (可作文老写|不通: 'always'; 岑巩的老名|字: 名字 is a word)
            out.append(replace(spans[0], start=s, end=e, type="person", text=form, rule="pet-name",
                               key=next(iter(keys)), suffix=""))
            covered[s:e] = b"\x01" * (e - s)
    return sorted(out, key=lambda sp: sp.start)
