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

from dataclasses import replace

from qualcode.privacy._name_data import CJK, NAME_SPACES, NUMERALS, STOP_CHARS
from qualcode.privacy._name_forms import BEFORE_NAMES, name_core
from qualcode.privacy._name_tokens import surnames
from qualcode.privacy._syllables import transliterated

__all__ = ["pet_forms"]


def pet_forms(text: str, spans: list) -> list:
    """``spans`` with the forms of the module docstring grown to the name."""
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
