"""Verify held-out set 3 independently of make_holdout3.py (reads only the written files).

    python tests/pii/holdout3/check_holdout3.py

Checks: every answer_key.csv / traps.csv row's text equals the file slice (file read with
``open(path, encoding="utf-8", newline="")``, and the same text from ``Path.read_text``, which eval_pii.py uses);
front matter id matches the file name; every file is 1,500-3,000 characters; gold spans do not overlap each other or
a trap; category and type agree; every occurrence of a gold string anywhere in the set lies inside a gold span
(so no seeded item is left unannotated elsewhere); QQ, WeChat, mobile and ID numbers are well formed.
Prints counts per type and per category; exits non-zero on any failure.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORY_TYPE = {
    "han": "person", "spaced": "person", "compound": "person", "minority": "person",
    "qq": "qq", "wechat": "wechat", "school": "school",
    "mobile": "mobile", "id_number": "id_number", "address": "address",
}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
FW = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")
# Gold strings that legitimately also occur inside a longer non-PII word (trap) elsewhere: (gold text, context).
ALLOWED_UNCOVERED: set[tuple[str, str]] = {("乌兰", "乌兰牧骑"), ("呼和", "呼和浩特"), ("诺敏", "诺敏河")}


def main() -> int:
    errors: list[str] = []
    texts: dict[str, str] = {}
    for path in sorted(HERE.glob("H*.txt")):
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        if text != path.read_text(encoding="utf-8"):
            errors.append(f"{path.name}: newline translation changes the text (\\r present?)")
        if "\r" in text or "{{" in text or "}}" in text:
            errors.append(f"{path.name}: \\r or leftover markup")
        m = re.match(r"---\nid: (\S+)\nrole: (family|staff)\nnote: [^\n]*构造[^\n]*\n---\n", text)
        if not m or m.group(1) != path.stem:
            errors.append(f"{path.name}: bad front matter")
        body = text[m.end():] if m else text
        for i, line in enumerate(body.splitlines(), 1):
            if not re.match(r"(访谈者|受访者)：\S", line):
                errors.append(f"{path.name}: body line {i} is not a tagged turn: {line[:20]}")
        if not 1500 <= len(text) <= 3000:
            errors.append(f"{path.name}: {len(text)} characters, outside 1,500-3,000")
        texts[path.stem] = text

    with open(HERE / "answer_key.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["doc_id", "start", "end", "type", "text", "category"]:
            errors.append(f"answer_key.csv columns {reader.fieldnames}")
        gold = list(reader)
    with open(HERE / "traps.csv", encoding="utf-8", newline="") as fh:
        traps = list(csv.DictReader(fh))

    spans: dict[str, list[tuple[int, int]]] = {d: [] for d in texts}
    for n, row in enumerate(gold, 2):
        doc, s, e = row["doc_id"], int(row["start"]), int(row["end"])
        if doc not in texts:
            errors.append(f"answer_key.csv:{n}: unknown doc {doc}")
            continue
        if texts[doc][s:e] != row["text"]:
            errors.append(f"answer_key.csv:{n}: slice {texts[doc][s:e]!r} != {row['text']!r}")
        if CATEGORY_TYPE.get(row["category"]) != row["type"]:
            errors.append(f"answer_key.csv:{n}: category {row['category']} vs type {row['type']}")
        if row["text"] != row["text"].strip() or not row["text"]:
            errors.append(f"answer_key.csv:{n}: empty or padded span {row['text']!r}")
        errors += [f"answer_key.csv:{n}: {msg}" for msg in well_formed(row["category"], row["text"])]
        spans[doc].append((s, e))
    for doc, lst in spans.items():
        lst.sort()
        for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
            if s2 < e1:
                errors.append(f"{doc}: gold spans overlap at {s1}-{e1} and {s2}-{e2}")
    for n, row in enumerate(traps, 2):
        doc, s, e = row["doc_id"], int(row["start"]), int(row["end"])
        if texts[doc][s:e] != row["text"]:
            errors.append(f"traps.csv:{n}: slice {texts[doc][s:e]!r} != {row['text']!r}")
        if any(s < ge and gs < e for gs, ge in spans[doc]):
            errors.append(f"traps.csv:{n}: trap {row['text']!r} overlaps a gold span")

    # Every occurrence of any gold string, in any file, must lie inside a gold span.
    for text_value in sorted({r["text"] for r in gold}):
        for doc, text in texts.items():
            for m in re.finditer(re.escape(text_value), text):
                if not any(gs <= m.start() and m.end() <= ge for gs, ge in spans[doc]):
                    ctx = text[max(0, m.start() - 6):m.end() + 6]
                    if not any(t == text_value and c in ctx for t, c in ALLOWED_UNCOVERED):
                        errors.append(f"{doc}:{m.start()}: {text_value!r} not annotated here: …{ctx}…")

    print("files:", {d: len(t) for d, t in texts.items()})
    print("gold rows:", len(gold), " trap rows:", len(traps))
    print("per type:", dict(sorted(Counter(r["type"] for r in gold).items())))
    print("per category:", dict(sorted(Counter(r["category"] for r in gold).items())))
    print("distinct strings per category:",
          {c: len({r["text"] for r in gold if r["category"] == c}) for c in CATEGORY_TYPE})
    print("traps per kind:", dict(sorted(Counter(r["kind"] for r in traps).items())))
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for err in errors:
            print("  ", err)
        return 1
    print("OK: every answer_key.csv and traps.csv row's text equals the file slice; all checks passed")
    return 0


def well_formed(category: str, value: str) -> list[str]:
    if category == "qq":
        digits = value.translate(FW)
        if not re.fullmatch(r"[1-9]\d{4,10}", digits):
            return [f"QQ {value!r} is not 5-11 digits"]
    elif category == "wechat":
        if not re.fullmatch(r"wxid_[0-9a-z]{6,20}|[A-Za-z][-_A-Za-z0-9]{5,19}", value):
            return [f"WeChat id {value!r} malformed"]
    elif category == "mobile":
        digits = re.sub(r"[\s\-+]", "", value.translate(FW))
        digits = digits[2:] if digits.startswith("86") and len(digits) == 13 else digits
        if not re.fullmatch(r"1[3-9]\d{9}", digits):
            return [f"mobile {value!r} malformed"]
    elif category == "id_number":
        s = re.sub(r"[\s\-]", "", value.translate(FW)).upper()
        check = ID_CHECK[sum(int(c) * w for c, w in zip(s, ID_WEIGHTS)) % 11] if s[:17].isdigit() else None
        if not re.fullmatch(r"\d{17}[\dX]", s) or check != s[-1]:
            return [f"ID {value!r} malformed or bad checksum"]
    elif category == "spaced":
        if not re.search(r"[ \u3000]", value):
            return [f"spaced name {value!r} has no space"]
    elif category in ("han", "compound", "minority"):
        if re.search(r"\s", value):
            return [f"name {value!r} contains a space"]
    return []


if __name__ == "__main__":
    sys.exit(main())
