"""Find personal information (PI) in Chinese interview text.

:func:`detect_pii` returns non-overlapping :class:`Span` objects with character offsets into the text exactly as
given (``text[span.start:span.end] == span.text``). Types:

==============  =================================================================================  ==============
type            what                                                                               placeholder
==============  =================================================================================  ==============
``id_number``   resident ID: 18 characters with a valid MOD 11-2 checksum, province code and birth  [身份证号]
                date (or any plausible one right after 身份证); 15-digit old IDs; spaces/hyphens
                inside and full-width digits allowed (``1504 0219 8803 1512 3X``)
``mobile``      11-digit mobile 1[3-9]x, optionally +86/0086, spaced or hyphenated                  [手机号]
``landline``    area code (010, 02x, 0xxx such as Chifeng's 0476) + 7-8 digits; a bare local        [座机号]
                number right after 电话/座机
``bank_card``   16-19 digits passing the Luhn check (or any after 卡号/银行卡/账号)                 [银行卡号]
``email``       e-mail address                                                                     [邮箱]
``address``     an exact address: XX路/街/巷 + 号 (+ building/unit/room), 小区 + 栋/号楼/单元/室,     [地址]
                XX村/嘎查 + 组/号
``birth_date``  a date after 出生于/生日/出生日期... or before 出生/生的 (2015年3月5日, 2015.03.05)     [出生日期]
``qq``          QQ number after QQ/QQ号/Q号/扣扣/企鹅号; 8-11 digits after 换了个号/账号/加我         [QQ号]
``wechat``      WeChat id: wxid_..., or an id after 微信/微信号/VX/V信/威信                         [微信号]
``school``      a school with a class (赤峰二中初二3班) or a named school (红山区实验小学); see       学校A, 学校B ...
                :mod:`qualcode.privacy._school`
``person``      person names (see :mod:`qualcode.privacy._names`) and names from a names table      人员A, 人员B ...
other           any ``type`` given in a names table (``place``, ``org``, ``school`` ...)            地点A, 机构A ...
==============  =================================================================================  ==============
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from qualcode.errors import InputError, Issue, raise_if_errors
from qualcode.privacy._attested import attested_surname, constant_surname
from qualcode.privacy._boundaries import Tokens, extend_spans, grown
from qualcode.privacy._glued import glue_rare_words
from qualcode.privacy._merge import merge_spans as _merge_touching
from qualcode.privacy._name_forms import (
    complete_after_kin,
    complete_by_clans,
    complete_by_elements,
    complete_by_mentions,
    complete_split_pairs,
    repeated_surname,
    surname_after_governor,
    surname_before_transliterated,
    unify_mentions,
)
from qualcode.privacy._names import despace, find_names
from qualcode.privacy._pet_forms import pet_forms, pet_names
from qualcode.privacy._school import find_schools
from qualcode.privacy._short_forms import short_forms
from qualcode.privacy._structured import find_structured, normalise
from qualcode.privacy._syllables import transliterated
from qualcode.privacy._written_as import written_as, written_aspect, written_whole

if TYPE_CHECKING:
    from qualcode.segment import Segmenter

__all__ = ["PII_TYPES", "PLACEHOLDERS", "Span", "detect_pii", "load_names", "spans_frame", "validate_names"]

#: Placeholders that replace structured identifiers.
PLACEHOLDERS: dict[str, str] = {
    "id_number": "[身份证号]",
    "mobile": "[手机号]",
    "landline": "[座机号]",
    "bank_card": "[银行卡号]",
    "email": "[邮箱]",
    "address": "[地址]",
    "birth_date": "[出生日期]",
    "qq": "[QQ号]",
    "wechat": "[微信号]",
}
#: Every built-in type (names tables may add their own, e.g. ``place``). ``person`` and ``school`` get pseudonyms
#: (人员A, 学校A), the others placeholders.
PII_TYPES: tuple[str, ...] = ("person", "school", *PLACEHOLDERS)
#: Columns of :func:`spans_frame`.
SPAN_COLUMNS = ["start", "end", "type", "text", "rule", "key", "suffix"]

NamesLike = str | os.PathLike | pd.DataFrame | Mapping[str, str] | Iterable[str] | None


@dataclass(frozen=True)
class Span:
    """One piece of personal information: ``text == source[start:end]``.

    ``rule`` says which detector found it; ``key`` is the identity used for consistent pseudonyms (the full name,
    ``"刘·主任"`` for a surname-only title form, the digits of a number); ``suffix`` is a title kept after the
    pseudonym (``"主任"`` in 刘主任), empty otherwise.
    """

    start: int
    end: int
    type: str
    text: str
    rule: str = ""
    key: str = ""
    suffix: str = ""


# ------------------------------------------------------------------------------------------------ names table
_NAME_TYPES_HINT = "one row per name: name,type[,pseudonym] with type person, place, org, school or other"


def validate_names(path: str | os.PathLike) -> list[Issue]:
    """Problems of a names table (CSV/XLSX with columns ``name,type[,pseudonym]``), without raising."""
    try:
        load_names(path)
    except InputError as exc:
        return exc.issues
    return []


def load_names(names: NamesLike) -> pd.DataFrame:
    """A names table as a DataFrame with columns ``name, type, pseudonym`` (pseudonym ``""`` when not given).

    ``names`` may be a path to ``names.csv``/``.xlsx``, a DataFrame with those columns, a mapping name -> type, or a
    list of person names. Bad rows raise :class:`~qualcode.errors.InputError` listing every one as ``path:line``.
    """
    if names is None:
        return pd.DataFrame(columns=["name", "type", "pseudonym"])
    if isinstance(names, pd.DataFrame):
        frame, shown = names.copy(), "<names table>"
    elif isinstance(names, (str, os.PathLike)):
        path = Path(names)
        shown = str(path)
        if not path.is_file():
            raise InputError([Issue(shown, None, "names table not found", _NAME_TYPES_HINT)])
        try:
            if path.suffix.lower() == ".xlsx":
                frame = pd.read_excel(path, dtype=str).fillna("")
            else:
                frame = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
        except (UnicodeDecodeError, pd.errors.ParserError, ValueError) as exc:
            raise InputError([Issue(shown, None, f"cannot read names table: {exc}".split("\n")[0],
                                    "save it as UTF-8 CSV with a header row name,type,pseudonym")]) from None
    elif isinstance(names, Mapping):
        frame = pd.DataFrame({"name": list(names), "type": [str(v) for v in names.values()]})
        shown = "<names mapping>"
    else:
        frame = pd.DataFrame({"name": [str(n) for n in names], "type": "person"})
        shown = "<names list>"
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    issues: list[Issue] = []
    if "name" not in frame.columns:
        issues.append(Issue(shown, 1, "names table has no 'name' column", _NAME_TYPES_HINT))
        raise_if_errors(issues)
    if "type" not in frame.columns:
        frame["type"] = "person"
    if "pseudonym" not in frame.columns:
        frame["pseudonym"] = ""
    rows = []
    seen: dict[str, int] = {}
    for i, row in enumerate(frame.itertuples(index=False), start=2):
        name = str(row.name or "").strip()
        typ = str(row.type or "").strip().lower() or "person"
        pseudo = str(row.pseudonym or "").strip()
        if name in ("", "nan"):
            issues.append(Issue(shown, i, "empty name", "fill the name column or delete the row"))
            continue
        if not re.fullmatch(r"[a-z_]+", typ):
            issues.append(Issue(shown, i, f"type {typ!r} of {name!r} is not a word", _NAME_TYPES_HINT))
            continue
        if typ in PLACEHOLDERS:
            issues.append(Issue(shown, i, f"type {typ!r} of {name!r} is a number type, found automatically",
                                "use person, place, org, school or other"))
            continue
        if len(name) < 2 and typ == "person":
            issues.append(Issue(shown, i, f"name {name!r} is one character long and would replace that character "
                                "everywhere", "give the full name"))
            continue
        if name in seen:
            issues.append(Issue(shown, i, f"name {name!r} is listed twice (first on line {seen[name]})",
                                "keep one row per name"))
            continue
        seen[name] = i
        rows.append({"name": name, "type": typ, "pseudonym": "" if pseudo == "nan" else pseudo})
    raise_if_errors(issues)
    return pd.DataFrame(rows, columns=["name", "type", "pseudonym"])


def _names_regex(table: pd.DataFrame | None) -> tuple[re.Pattern | None, dict[str, str]]:
    if table is None or table.empty:
        return None, {}
    ordered = sorted(table["name"], key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in ordered)), dict(zip(table["name"], table["type"]))


# ------------------------------------------------------------------------------------------------ detection
#: Priority of each structured type (x10, plus the detector's rank): lower wins an overlap.
_TYPE_PRIO = {"id_number": 0, "email": 0, "bank_card": 1, "mobile": 2, "qq": 2, "wechat": 2, "landline": 3,
              "address": 4, "birth_date": 8}
_PRIO_NAMES_TABLE, _PRIO_SCHOOL, _PRIO_PERSON, _PRIO_KNOWN = 50, 55, 60, 70


def detect_pii(text: str, names: NamesLike = None, types: Collection[str] | None = None, *,
               known: Mapping[str, str] | None = None, match_text: str | None = None,
               segmenter: Segmenter | None = None) -> list[Span]:
    """Find personal information in ``text``; return non-overlapping :class:`Span` objects sorted by ``start``.

    ``names`` is a names table (path to ``names.csv``, DataFrame ``name,type[,pseudonym]``, mapping or list); its
    entries are matched exactly and win over detected names. ``known`` maps person names already found elsewhere
    (e.g. in other documents of the corpus) to their identity key; they are matched exactly too, after the
    detectors, so a name found once is replaced everywhere. ``types`` restricts the result to those types
    (default: every type). ``match_text`` is a same-length copy to search instead of ``text`` (a Simplified-Chinese
    copy of Traditional text, ``Document.match_text``); spans still carry ``text``'s characters.

    Overlaps are resolved in this order: ID numbers, e-mail, bank cards, mobiles / QQ / WeChat, landlines,
    addresses, names-table entries, schools, person names, birth dates; within one kind the longer span wins.
    Person candidates that overlap one another are first merged into one span covering them all. Then no span cuts
    a word: every final span except numbers is extended to whole words of ``segmenter`` (default: the pipeline's
    segmenter configuration, ``Segmenter()``), a person span also over the adjacent out-of-vocabulary characters,
    an address to the end of its unit, a school to its class (:mod:`qualcode.privacy._boundaries`), so that a name
    is replaced whole (敖登格日乐, not 人员A日乐). This is not a guarantee: on blind test sets about 6 items in 1,000
    are still left in part, and some are missed whole (docs/privacy.md, docs/accuracy.md); read the output. Names
    written with spaces between the characters (赵 德 胜) are searched without the spaces and replaced with them.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if match_text is not None and match_text != text:
        if len(match_text) != len(text):
            raise ValueError(f"match_text has {len(match_text)} characters, text has {len(text)}: they must have the "
                             "same length")
        found = detect_pii(match_text, names, types, known=known, segmenter=segmenter)
        return [Span(sp.start, sp.end, sp.type, text[sp.start:sp.end], sp.rule, sp.key, sp.suffix) for sp in found]
    table = names if isinstance(names, pd.DataFrame) and list(names.columns[:2]) == ["name", "type"] else None
    if table is None and names is not None:
        table = load_names(names)
    wanted = set(types) if types is not None else None
    cands = _structured_candidates(text)
    cands += [(_PRIO_SCHOOL + c.rank, -(c.end - c.start), c.start, c.end, "school", c.rule, text[c.start:c.end], "")
              for c in find_schools(text)]
    cands += _merge_people(_name_candidates(text, table, wanted, known), text)
    spans = extend_spans(text, _resolve(text, cands, wanted), segmenter)
    mentioned = unify_mentions(text, surname_after_governor(text, glue_rare_words(text, spans)))
    mentioned = complete_split_pairs(text, complete_after_kin(text, complete_by_clans(text, mentioned)))
    mentioned = complete_by_elements(text, mentioned)
    mentioned = written_whole(text, complete_by_mentions(text, mentioned))  # (写成|阿尔曼江|也尔森，)
    mentioned = unify_mentions(text, repeated_surname(text, surname_before_transliterated(text, mentioned)))
    mentioned = short_forms(text, mentioned)  # (萨日乃 after 萨日乃其其格)
    mentioned = constant_surname(text, attested_surname(text, mentioned))  # (给把|小龙 after 把永强; 过|玉珠 … 过|玉珠)
    mentioned = pet_names(text, pet_forms(text, mentioned))  # (小曲|宗 after 禚曲宗; 老瓦 after 瓦扎木呷)
    found = unify_mentions(text, _on_words(text, spans, mentioned, segmenter), spaced_only=True)  # (田宰|凯里亚 …
    # 田 宰 凯 里 亚: what widening to words found, in the mentions spaced out)
    return [sp for sp in written_aspect(text, found) if sp.type != "person" or not _DOC_YEAR.match(text, sp.end)]


#: The year of a document number right after a span (…劳人仲案字〔2016〕, 云春鉴（2014）), or after the rest of an
#: arbitration office's abbreviation and 字 (郑劳|人仲裁字【2014】, 柳劳|人仲裁字第29号): the span is the issuing
#: office's abbreviation, no person.
_OFFICE = "[劳人仲裁案委]"
_DOC_YEAR = re.compile(rf"(?:{_OFFICE}{{0,4}}字)?[〔［\[（(【][0-9０-９]{{4}}[〕］\]）)】]|{_OFFICE}{{1,4}}字第")


def _on_words(text: str, words: list[Span], spans: list[Span], segmenter: Segmenter | None) -> list[Span]:
    """``spans`` with every person span the mention steps moved (``words`` is before them) widened again to whole
    words of the segmenter, as :func:`extend_spans` leaves every span (方面|乌乌 must not become 方|面乌乌), and over
    a middle dot to the other side of the name (a mention of 吐尔洪 in 吐尔洪·卡斯木); person spans that then touch are
    one span, as after :func:`extend_spans` (云乐乌|云乐乌: two mentions written together, a word 乌云 across them)."""
    before = {(sp.start, sp.end) for sp in words}
    if all((sp.start, sp.end) in before for sp in spans):
        return spans
    toks = Tokens(text, segmenter)
    out = list(spans)
    for i, sp in enumerate(out):
        if sp.type != "person" or (sp.start, sp.end) in before:
            continue
        lo = out[i - 1].end if i else 0
        hi = out[i + 1].start if i + 1 < len(out) else len(text)
        s, e = toks.whole(sp.start, sp.end, person=True)
        if not sp.suffix:  # (a mention of one side of a dotted name written with its other side: 吐尔洪|·卡斯木)
            s, e = toks.dotted_left(s, lo), toks.dotted_right(e, hi)
            if sp.rule == "mentions" and transliterated(text[s:e]):  # (a mention found anew takes the syllables
                s, e = toks.translit_left(s, lo), toks.translit_right(e, hi)  # beside it: 苏比努尔|乃比江)
            if sp.rule.endswith("mentions"):  # (and a father's surname before it: 一会是|奇|锡林巴特)
                s = toks.lone_surname_left(s, e, lo)
        s, e = max(s, lo), min(e, hi)
        if (s, e) != (sp.start, sp.end):
            out[i] = grown(text, sp, s, e)
    return _merge_touching(text, out)


# candidates are tuples (priority, -length, start, end, type, rule, key, suffix)
def _structured_candidates(text: str) -> list[tuple]:
    norm = normalise(text)
    cands = []
    for c in find_structured(text, norm):
        prio = _TYPE_PRIO[c.type] * 10 + c.rank
        key = re.sub(r"[^0-9A-Za-z@._+-]", "", norm[c.start:c.end]).upper() if c.type != "address" else \
            norm[c.start:c.end]
        cands.append((prio, -(c.end - c.start), c.start, c.end, c.type, c.rule, key, ""))
    return cands


def _name_candidates(text: str, table: pd.DataFrame | None, wanted: set[str] | None,
                     known: Mapping[str, str] | None) -> list[tuple]:
    """Names-table entries, detected person names and known names, searched in ``text`` without the spaces inside
    runs of single characters (赵 德 胜) and mapped back to ``text``; and names a form wrote with spaces (写成策登
    其其格, :mod:`qualcode.privacy._written_as`), searched in ``text`` itself."""
    compact, index = despace(text)
    cands: list[tuple] = []
    rx, types_of = _names_regex(table)
    if rx is not None:
        for m in rx.finditer(compact):
            cands.append((_PRIO_NAMES_TABLE, 0, m.start(), m.end(), types_of[m.group(0)], "names", m.group(0), ""))
    if wanted is None or "person" in wanted:
        for c in find_names(compact):
            cands.append((_PRIO_PERSON + c.rank, 0, c.start, c.end, "person", c.rule, c.key, c.suffix))
        if known:
            ordered = sorted(known, key=len, reverse=True)
            for m in re.finditer("|".join(re.escape(n) for n in ordered), compact):
                cands.append((_PRIO_KNOWN, 0, m.start(), m.end(), "person", "known", known[m.group(0)], ""))
    if index is not None:
        cands = [(p, 0, index[s], index[e - 1] + 1, *rest) for p, _n, s, e, *rest in cands]
    if wanted is None or "person" in wanted:  # (in the text as written: the spaces are the evidence)
        cands += [(_PRIO_PERSON + 2, 0, s, e, "person", "written", key, "") for s, e, key in written_as(text)]
    return [(p, -(e - s), s, e, *rest) for p, _n, s, e, *rest in cands]


def _merge_people(cands: list[tuple], text: str) -> list[tuple]:
    """Person candidates that overlap form one group; a group becomes its best candidate covering the whole group,
    or else one merged span over all of it (so that no part of a name is left in clear)."""
    people = sorted((c for c in cands if c[4] == "person"), key=lambda c: (c[2], -c[3]))
    out = [c for c in cands if c[4] != "person"]
    group: list[tuple] = []
    for c in people + [None]:
        if c is not None and group and c[2] < max(g[3] for g in group):
            group.append(c)
            continue
        if group:
            s, e = group[0][2], max(g[3] for g in group)
            covering = [g for g in group if g[2] == s and g[3] == e]
            if covering:
                out.append(min(covering))
            else:
                suffix = next((g[7] for g in group if g[3] == e and g[7]), "")
                key = "".join(text[s:e - len(suffix)].split())
                out.append((min(g[0] for g in group), -(e - s), s, e, "person", "merged", key, suffix))
        group = [c] if c is not None else []
    return out


def _resolve(text: str, cands: list[tuple], wanted: set[str] | None) -> list[Span]:
    cands.sort()
    used = bytearray(len(text))  # characters already inside an accepted span
    spans: list[Span] = []
    for _prio, _neg, s, e, typ, rule, key, suffix in cands:
        if e <= s or any(used[s:e]):
            continue
        used[s:e] = b"\x01" * (e - s)
        if wanted is not None and typ not in wanted:
            continue
        spans.append(Span(s, e, typ, text[s:e], rule, key, suffix))
    spans.sort(key=lambda sp: sp.start)
    return spans


def spans_frame(spans: Sequence[Span]) -> pd.DataFrame:
    """Spans as a table: ``start, end, type, text, rule, key, suffix``."""
    return pd.DataFrame([vars(s) for s in spans], columns=SPAN_COLUMNS)
