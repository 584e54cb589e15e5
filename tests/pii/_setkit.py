"""What the build scripts of the held-out PII sets share (holdout3/make_holdout3.py ... holdout6/make_holdout6.py).

Each script keeps what makes its set its own: the transcripts, the markup pattern, the seeded number generators and
the rules of its markup (:func:`render` asks the script for the value of every mark). This module does the rest the
same way for every set: the offsets, the resident-ID check digit, the shape checks of numbers and accounts, the
independent re-read of the written files, and the csv files. Sets 6 and later share one markup too (:data:`MARK`,
:func:`marked_item`) and one build with its checks and counts (:func:`build`): their scripts hold the transcripts,
the minority groups, the floors of their brief and their seeded generator.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
KEY_FIELDS = ["doc_id", "start", "end", "type", "text", "category"]
TRAP_FIELDS = ["doc_id", "start", "end", "kind", "text"]


def check_digit(first17: str) -> str:
    """The check digit of a resident ID number (GB 11643) from its first 17 digits."""
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def render(markup: str, mark: re.Pattern[str],
           item: Callable[[re.Match[str]], tuple[str, dict]]) -> tuple[str, list[dict], list[dict]]:
    """(text, gold rows, trap rows) of ``markup``: every match of ``mark`` is replaced by the value ``item`` gives for
    it, with a row of fields for it (a row with a ``kind`` is a trap); rows get the value's offsets and text."""
    out: list[str] = []
    gold: list[dict] = []
    traps: list[dict] = []
    length, pos = 0, 0
    for m in mark.finditer(markup):
        chunk = markup[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        value, fields = item(m)
        if "kind" in fields:
            traps.append({"start": length, "end": length + len(value), "kind": fields["kind"], "text": value})
        else:
            gold.append({"start": length, "end": length + len(value), "type": fields["type"], "text": value,
                         **{k: v for k, v in fields.items() if k != "type"}})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(markup[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, "unparsed markup"
    return text, gold, traps


def number_well_formed(category: str, value: str) -> bool:
    """A QQ number, WeChat id, mobile or resident ID number has the shape of one (an ID its check digit); other
    categories pass."""
    digits = value.translate(str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx"))
    if category == "qq":
        return re.fullmatch(r"[1-9]\d{4,10}", digits) is not None
    if category == "wechat":
        return re.fullmatch(r"wxid_[0-9a-z]{6,20}|[A-Za-z][-_A-Za-z0-9]{5,19}", value) is not None
    if category == "mobile":
        return re.fullmatch(r"1[3-9]\d{9}", re.sub(r"^\+86[- ]?|[- ]", "", digits)) is not None
    if category == "id_number":
        s = re.sub(r"[- ]", "", digits)
        if not re.fullmatch(r"\d{17}[\dX]", s):
            return False
        return check_digit(s) == s[17]
    return True


def verify(here: Path, texts: dict[str, str], key_rows: list[dict], trap_rows: list[dict],
           well_formed: Callable[[str, str], bool] = number_well_formed) -> None:
    """Check the written set independently: every file reads back as written, every row's text is its slice, gold
    spans are non-empty, trimmed and well formed and overlap neither each other nor a trap, and every occurrence of
    a gold string anywhere in the set lies inside a gold span."""
    for doc_id in texts:
        with open(here / f"{doc_id}.txt", encoding="utf-8", newline="") as fh:
            assert fh.read() == texts[doc_id]
    for row in key_rows + trap_rows:
        assert texts[row["doc_id"]][row["start"]:row["end"]] == row["text"], row
    spans: dict[str, list[tuple[int, int]]] = {d: [] for d in texts}
    for row in key_rows:
        assert row["text"] == row["text"].strip() and row["text"], row
        assert well_formed(row["category"], row["text"]), row
        spans[row["doc_id"]].append((row["start"], row["end"]))
    for doc_id, lst in spans.items():
        lst.sort()
        for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
            assert s2 >= e1, (doc_id, s1, e1, s2, e2)
    for row in trap_rows:
        assert not any(row["start"] < e and s < row["end"] for s, e in spans[row["doc_id"]]), row
    for value in sorted({r["text"] for r in key_rows}):
        for doc_id, text in texts.items():
            for m in re.finditer(re.escape(value), text):
                assert any(s <= m.start() and m.end() <= e for s, e in spans[doc_id]), (doc_id, value, m.start())


def _set_number(folder: Path) -> int | None:
    match = re.fullmatch(r"holdout(\d+)", folder.name)
    return int(match.group(1)) if match else None


def earlier_strings(here: Path, written_with: tuple[str, ...] = ()) -> tuple[set[str], set[str]]:
    """(every gold, trap and names-table string of the sets under tests/pii written before the one in ``here``, their
    gold and names strings): the tuning sets and held-out sets of lower numbers, less ``written_with`` (a set written
    at the same time by another writer, who could not see it: sets 18 and 19 were written side by side)."""
    own = _set_number(here)
    prior: set[str] = set()
    prior_gold: set[str] = set()
    for path in sorted(here.parent.glob("**/*.csv")):
        if path.parent == here or path.name not in ("answer_key.csv", "traps.csv", "names.csv"):
            continue
        number = _set_number(path.parent)
        if path.parent.name in written_with or own is not None and number is not None and number > own:
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                value = (row.get("text") or row.get("name") or "").strip()
                prior.add(value)
                if path.name != "traps.csv":
                    prior_gold.add(value)
    return prior, prior_gold


def write_texts(here: Path, texts: dict[str, str]) -> None:
    """The transcripts, with ``\\n`` line ends only."""
    for doc_id, text in texts.items():
        with open(here / f"{doc_id}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(text)


def write_csv(path: Path, fields: list[str], rows: Iterable[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows({k: r[k] for k in fields} for r in rows)


def interview_shape(doc_id: str, head: str, text: str) -> None:
    """A transcript of 1,500-2,500 characters whose every line after the front matter is an interviewer's or a
    respondent's turn."""
    assert 1500 <= len(text) <= 2500, (doc_id, len(text))
    for line in text[len(head):].splitlines():
        assert re.match(r"(访谈者|受访者)：\S", line), (doc_id, line[:20])


def assemble(docs: dict[str, tuple[str, str]], front_matter: str, mark: re.Pattern[str],
             item: Callable[[re.Match[str]], tuple[str, dict]],
             shape: Callable[[str, str, str], None] | None = interview_shape,
             ) -> tuple[dict[str, str], list[dict], list[dict]]:
    """(doc_id -> text, gold rows, trap rows) of every transcript ``doc_id -> (role, markup)``: the front matter
    (formatted with id and role) and the rendered markup, offsets counted from the start of the file."""
    texts: dict[str, str] = {}
    key_rows: list[dict] = []
    trap_rows: list[dict] = []
    for doc_id, (role, body) in docs.items():
        head = front_matter.format(id=doc_id, role=role)
        text, gold, traps = render(body, mark, item)
        text = head + text
        if shape is not None:
            shape(doc_id, head, text)
        for rows, out in ((gold, key_rows), (traps, trap_rows)):
            for row in rows:
                row["start"] += len(head)
                row["end"] += len(head)
                assert text[row["start"]:row["end"]] == row["text"], (doc_id, row)
                out.append({"doc_id": doc_id, **row})
        texts[doc_id] = text
    return texts, key_rows, trap_rows


FULLWIDTH = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


#: How an 18-character ID number is written: plain, spaced (6 8 4), hyphen (6-8-4), fullwidth (fw), read out in
#: groups (quad: 6 4 4 4, tri: 3 3 3 3 3 3), fullwidth and grouped (fwspaced, fwhyphen). A shape ending in x has an X
#: check digit (x alone: plain).
ID_SHAPES = {
    "plain": lambda s: s,
    "spaced": lambda s: f"{s[:6]} {s[6:14]} {s[14:]}",
    "hyphen": lambda s: f"{s[:6]}-{s[6:14]}-{s[14:]}",
    "fullwidth": lambda s: s.translate(FULLWIDTH),
    "fw": lambda s: s.translate(FULLWIDTH),
    "quad": lambda s: f"{s[:6]} {s[6:10]} {s[10:14]} {s[14:]}",
    "tri": lambda s: " ".join(s[i:i + 3] for i in range(0, 18, 3)),
    "fwspaced": lambda s: f"{s[:6]} {s[6:14]} {s[14:]}".translate(FULLWIDTH),
    "fwhyphen": lambda s: f"{s[:6]}-{s[6:14]}-{s[14:]}".translate(FULLWIDTH),
}
#: How an 11-digit mobile is written: plain, spaced (3 4 4), hyphen, plus86 (``+86 ``), plus86dash, plus86spaced,
#: fullwidth; read out in other groups (s38, s74, s434, h38), +86 with hyphens (p86h) or none (p86n), fullwidth and
#: spaced (fws).
MOBILE_SHAPES = {
    "plain": lambda s: s,
    "spaced": lambda s: f"{s[:3]} {s[3:7]} {s[7:]}",
    "hyphen": lambda s: f"{s[:3]}-{s[3:7]}-{s[7:]}",
    "plus86": lambda s: "+86 " + s,
    "plus86dash": lambda s: "+86-" + s,
    "plus86spaced": lambda s: f"+86 {s[:3]} {s[3:7]} {s[7:]}",
    "fullwidth": lambda s: s.translate(FULLWIDTH),
    "s38": lambda s: f"{s[:3]} {s[3:]}",
    "s74": lambda s: f"{s[:7]} {s[7:]}",
    "s434": lambda s: f"{s[:4]} {s[4:7]} {s[7:]}",
    "h38": lambda s: f"{s[:3]}-{s[3:]}",
    "p86h": lambda s: f"+86 {s[:3]}-{s[3:7]}-{s[7:]}",
    "p86n": lambda s: "+86" + s,
    "fws": lambda s: f"{s[:3]} {s[3:7]} {s[7:]}".translate(FULLWIDTH),
}


def written_id(s: str, shape: str) -> str:
    """An 18-character ID number as a transcript writes it (:data:`ID_SHAPES`; a trailing x is the check digit's)."""
    base = shape[:-1] if shape.endswith("x") else shape
    return ID_SHAPES[base or "plain"](s)


def written_mobile(s: str, fmt: str) -> str:
    """An 11-digit mobile as a transcript writes it (:data:`MOBILE_SHAPES`)."""
    return MOBILE_SHAPES[fmt](s)


# ------------------------------------------------- what the builders of sets 6-10 share (each keeps its own rng)
SPACES = " \u3000"


def birth(rng, lo: int, hi: int) -> date:
    """A birth date between 1 January ``lo`` and 31 December ``hi`` drawn from ``rng``."""
    start = date(lo, 1, 1)
    return start + timedelta(days=rng.randrange((date(hi, 12, 31) - start).days))


def make_id(rng, fmt: str, region: str) -> str:
    """An 18-digit resident ID with a valid check digit, as a transcript writes it.

    fmt = [sex] + [age] + [shape]: sex m (odd 17th digit) or w (even), or none; age yNNNN (born in that year),
    old (1944-1960), mid (1960-1975) or none (1972-1992); shape one of :data:`ID_SHAPES` (plain when empty), with
    an x at the end for an X check digit (x alone: plain with X).
    """
    sex = fmt[0] if fmt[:1] in ("m", "w") else ""
    fmt = fmt[len(sex):]
    m = re.match(r"y(\d{4})|old|mid", fmt)
    age = m.group(0) if m else ""
    shape = fmt[len(age):] or "plain"
    if age.startswith("y"):
        lo = hi = int(age[1:])
    else:
        lo, hi = {"old": (1944, 1960), "mid": (1960, 1975), "": (1972, 1992)}[age]
    while True:
        body = region + birth(rng, lo, hi).strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
        check = check_digit(body)
        if sex and (int(body[16]) % 2 == 1) != (sex == "m"):
            continue
        if shape.endswith("x") == (check == "X"):
            s = body + check
            break
    return written_id(s, shape)


def make_mobile(rng, fmt: str, prefixes: list[str]) -> str:
    """An 11-digit mobile starting with one of ``prefixes``, as a transcript writes it (:func:`written_mobile`)."""
    s = rng.choice(prefixes) + f"{rng.randrange(10**8):08d}"
    return written_mobile(s, fmt)


def well_formed(category: str, value: str) -> bool:
    """:func:`number_well_formed`, and a spaced name holds a space while other names hold none."""
    if category == "spaced":
        return any(c in value for c in SPACES)
    if category in ("han", "compound", "minority"):
        return not any(c in value for c in SPACES)
    return number_well_formed(category, value)


def fully_spaced(value: str) -> bool:
    """Every character is separated from the next by a half- or full-width space (a dot counts as a character)."""
    parts = re.split(f"[{SPACES}]", value)
    return all(len(p) == 1 for p in parts)


# ------------------------------------------------------------------ the markup and build of held-out sets 6 and later
#: The front matter of every transcript.
FRONT_MATTER = "---\nid: {id}\nrole: {role}\nnote: 构造的测试访谈，姓名、号码、账号、学校班级、地址均为虚构。\n---\n"
#: Markup category -> the type it is scored as.
CATEGORY_TYPE = {
    "han": "person", "spaced": "person", "compound": "person", "minority": "person",
    "address": "address", "school": "school", "qq": "qq", "wechat": "wechat",
    "mobile": "mobile", "id_number": "id_number",
}
#: ``{{category:literal}}``, ``{{minority/group:literal}}``, ``{{category@format.region}}``, ``{{trap/kind:literal}}``.
MARK = re.compile(
    r"\{\{(?P<cat>[a-z_]+)(?:/(?P<sub>[a-z_]+))?(?::(?P<lit>[^{}]+)|@(?P<fmt>[a-z0-9]+)(?:\.(?P<reg>\d{6}))?)\}\}")


def marked_item(groups: Iterable[str], rng, prefixes: list[str]) -> Callable[[re.Match[str]], tuple[str, dict]]:
    """The value and fields of one mark (a trap with its kind, a literal item or a number drawn from ``rng``, mobiles
    with one of ``prefixes``; a minority name may carry one of ``groups``)."""
    allowed = frozenset(groups)
    gen = {"id_number": lambda fmt, region: make_id(rng, fmt, region),
           "mobile": lambda fmt, region: make_mobile(rng, fmt, prefixes)}

    def item(m: re.Match[str]) -> tuple[str, dict]:
        cat, sub, lit, fmt, reg = m.group("cat", "sub", "lit", "fmt", "reg")
        if cat == "trap":
            assert lit is not None and sub, m.group(0)
            return lit, {"kind": sub}
        assert cat in CATEGORY_TYPE, m.group(0)
        assert (sub in allowed) if cat == "minority" else sub is None, m.group(0)
        if lit is None:
            assert cat in gen and (cat != "id_number" or reg), m.group(0)
            lit = gen[cat](fmt, reg or "")
        return lit, {"type": CATEGORY_TYPE[cat], "category": cat, "group": sub or ""}

    return item


#: The floors every brief since set 13 names, per category, and its floor of marked traps (pass them to
#: :func:`build`; the minority groups and their floors are each set's own).
BRIEF_FLOORS = {"minority": 60, "han": 130, "spaced": 25, "compound": 20, "address": 12, "school": 10, "qq": 8,
                "wechat": 8, "mobile": 12, "id_number": 12}
BRIEF_TRAP_FLOOR = 60


def build(here: Path, docs: dict[str, tuple[str, str]], item: Callable[[re.Match[str]], tuple[str, dict]],
          floors: dict[str, int], group_floors: dict[str, int], first: int | None = None,
          trap_floor: int = 0, written_with: tuple[str, ...] = ()) -> None:
    """Write a held-out set from its marked-up transcripts and check it: every row against the written files
    (:func:`verify`), no gold string used in an earlier set and no trap string gold in one, the floors per category
    and per minority group (``a+b`` counts groups together), eight fully spaced names of 4+ characters, 300-360 gold
    items, ``trap_floor`` marked traps; documents H``first``... in order (``written_with``: see
    :func:`earlier_strings`). Prints the counts."""
    if first is not None:
        assert list(docs) == [f"H{n}" for n in range(first, first + 8)], list(docs)
    texts, key_rows, trap_rows = assemble(docs, FRONT_MATTER, MARK, item)
    write_texts(here, texts)
    verify(here, texts, key_rows, trap_rows, well_formed)

    # No gold string was used (as gold or trap) in an earlier set, and no trap string was gold in one.
    prior, prior_gold = earlier_strings(here, written_with)
    reused = sorted({r["text"] for r in key_rows} & prior)
    assert not reused, reused
    reused = sorted({r["text"] for r in trap_rows} & prior_gold)
    assert not reused, reused

    per_cat = Counter(r["category"] for r in key_rows)
    for cat, floor in floors.items():
        assert per_cat[cat] >= floor, (cat, per_cat[cat], floor)
    groups = Counter(r["group"] for r in key_rows if r["category"] == "minority")
    for pair in [k for k in group_floors if "+" in k]:
        groups[pair] = sum(groups[g] for g in pair.split("+"))
    for group, floor in group_floors.items():
        assert groups[group] >= floor, (group, groups[group], floor)
    full = [r for r in key_rows if r["category"] == "spaced" and fully_spaced(r["text"])]
    full4 = [r for r in full if len(re.sub(f"[{SPACES}]", "", r["text"])) >= 4]
    assert len(full4) >= 8, len(full4)
    assert 300 <= len(key_rows) <= 360, len(key_rows)
    assert len(trap_rows) >= trap_floor, len(trap_rows)

    write_csv(here / "answer_key.csv", KEY_FIELDS, key_rows)
    write_csv(here / "traps.csv", TRAP_FIELDS, trap_rows)

    print("files:", {d: len(t) for d, t in texts.items()})
    print(f"{here.name}:", len(key_rows), "gold items,", len(trap_rows), "marked traps")
    print("per type:", dict(sorted(Counter(r["type"] for r in key_rows).items())))
    print("per category:", dict(sorted(per_cat.items())))
    print("minority per group:", dict(sorted(groups.items())))
    print("spaced:", len(full), "fully spaced, of which", len(full4), "of 4+ characters")
    print("per file:", dict(sorted(Counter(r["doc_id"] for r in key_rows).items())))
    print("traps per kind:", dict(sorted(Counter(r["kind"] for r in trap_rows).items())))
