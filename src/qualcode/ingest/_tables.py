"""Table sources: transcripts as rows (.csv/.xlsx, one row per turn or per open-ended survey answer) and the
respondents table (one row per respondent, like a case classification in NVivo).

Columns are found by name, in English or Chinese (a header cell such as ``角色/身份`` or ``内容/回答`` matches any of
its parts): text (内容, 回答, 文本, 发言 ...), document id (受访者编号, 访谈编号, 编号, doc_id, id ...), speaker
(说话人, 发言人; 角色/身份 when its values are speaker labels such as 访谈者/受访者), time (时间, 开始时间 ...; Excel
time values or ``HH:MM:SS``), end time (结束时间). The header row is the first row holding a text column (title rows
merged above it are read as the document's title), or the row given by ``header_row``. Other columns are respondent
attributes when they hold one value per document, and turn attributes when they change from row to row (a note column, a
row number); a role that changes within a document is each speaker's role when it is constant per speaker (a group
interview), and an error otherwise.

A document's text is its text cells joined with newlines (the file itself is never rewritten), so that turns keep
exact offsets into one string per document. Line numbers in messages are spreadsheet rows.
An .xlsx is opened through :class:`qualcode._safezip.SafeZip` with the limits of .docx transcripts.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode._safezip import SafeZip
from qualcode.errors import ExchangeError, Issue
from qualcode.ingest._docx import OFFICE_LIMITS
from qualcode.ingest._encoding import DecodeFailure, decode_bytes
from qualcode.ingest._layouts import parse_time

__all__ = ["ID_COLUMNS", "TEXT_COLUMNS", "Sheet", "read_frame", "read_sheet", "rows_to_documents"]

ID_COLUMNS = ("doc_id", "id", "respondent_id", "受访者编号", "访谈编号", "文档编号", "个案编号", "受访者id", "文档",
              "文件", "编号")
TEXT_COLUMNS = ("text", "answer", "open_answer", "response", "content", "内容", "文本", "回答", "发言", "发言内容",
                "访谈内容", "转写内容", "回答内容", "對話", "内容文本", "內容", "回答内容")
SPEAKER_COLUMNS = ("speaker", "说话人", "发言人", "讲话人", "發言人", "說話人", "发言者")
ROLE_LIKE = ("角色", "身份", "role")
KIND_COLUMNS = ("speaker_kind",)
TIME_COLUMNS = ("time", "time_start", "start_time", "timestamp", "时间", "时间点", "时间戳", "开始时间", "起始时间",
                "時間")
END_COLUMNS = ("time_end", "end_time", "结束时间", "結束時間")
_IGNORED = ("turn", "start", "end", "line", "seg_id")
_SPLIT = re.compile(r"\s*[/／|｜、]\s*")


def _parts(name: str) -> list[str]:
    name = str(name).strip().lower()
    return [name, *[p for p in _SPLIT.split(name) if p and p != name]]


def _find(columns, names) -> str | None:
    """The column whose name (or one part of a name like ``角色/身份``) is one of ``names`` (in their order)."""
    cols = [str(c) for c in columns]
    for name in names:
        low = name.lower()
        for c in cols:
            if low in _parts(c):
                return c
    return None


@dataclass
class Sheet:
    """A table read with its header found: the frame (strings), the encoding, the spreadsheet row of the header
    (1-based), the spreadsheet row of each data row, and the title rows above the header."""

    frame: pd.DataFrame
    encoding: str
    header_line: int = 1
    lines: list[int] = field(default_factory=list)
    title: str | None = None
    other: list[str] = field(default_factory=list)


def _xlsx_rows(data: bytes, path: str) -> tuple[list[list[str]], list[str]]:
    """Rows of the first sheet (strings; row i is spreadsheet row i + 1) and the sheet names; the archive is read
    through SafeZip (caps on size and ratio) and handed to openpyxl as an uncompressed copy."""
    with SafeZip(data, display=path, limits=OFFICE_LIMITS) as zf:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
            for name in zf.names:
                out.writestr(name, zf.read(name))
    with pd.ExcelFile(io.BytesIO(buf.getvalue()), engine="openpyxl") as xf:
        names = list(xf.sheet_names)
        frame = pd.read_excel(xf, sheet_name=0, header=None, dtype=str, keep_default_na=False)
    return [[str(v) for v in row] for row in frame.itertuples(index=False)], names


def _csv_rows(text: str) -> tuple[list[list[str]], list[int]]:
    """Rows of a CSV text and the line each starts on (blank lines skipped)."""
    rows, lines = [], []
    reader = csv.reader(io.StringIO(text, newline=""))
    last = 0
    for row in reader:
        start, last = last + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        rows.append(row)
        lines.append(start)
    return rows, lines


def _header_index(rows: list[list[str]], header_row: int | None) -> int:
    if header_row is not None:
        return max(0, min(header_row - 1, len(rows) - 1))
    for i, row in enumerate(rows[:10]):
        filled = [c for c in row if str(c).strip()]
        if _find(filled, TEXT_COLUMNS) is not None:
            return i
        if len(filled) > 1:  # only title rows (one filled cell, e.g. merged) may stand above the header
            return 0
    return 0


def read_sheet(data: bytes, path: str, encoding: str | None = None, header_row: int | None = None
               ) -> tuple[Sheet | None, list[Issue]]:
    """Read a .csv (any supported encoding) or .xlsx: header row found (or ``header_row``), cells as strings."""
    suffix = Path(path).suffix.lower()
    notes: list[Issue] = []
    try:
        if suffix == ".xlsx":
            rows, sheets = _xlsx_rows(data, path)
            lines = list(range(1, len(rows) + 1))
            enc = "xlsx"
            if len(sheets) > 1:
                notes.append(Issue(path, 1, f"only the first sheet ({sheets[0]!r}) is read; "
                                            f"{', '.join(repr(s) for s in sheets[1:])} left out",
                                   "put each transcript in a file of its own (or its sheet first)", severity="note"))
        else:
            text, enc = decode_bytes(data, encoding)
            rows, lines = _csv_rows(text)
    except DecodeFailure as exc:
        return None, [Issue(path, 1, exc.reason, exc.hint)]
    except ExchangeError as exc:
        reason = exc.issues[0].message if exc.issues else str(exc)
        return None, [Issue(path, 1, f"not a readable .xlsx file: {reason}", "open it in Excel/WPS and save it "
                                                                             "again as .xlsx")]
    except Exception as exc:  # openpyxl / csv raise many kinds for broken files
        return None, [Issue(path, 1, f"cannot read table ({type(exc).__name__}: {exc})",
                            "save it as UTF-8 CSV or .xlsx with one header row")]
    if not rows:
        return Sheet(pd.DataFrame(), enc), notes
    h = _header_index(rows, header_row)
    width = max(len(r) for r in rows)
    rows = [list(r) + [""] * (width - len(r)) for r in rows]
    header = [str(c).strip().lstrip("\ufeff") for c in rows[h]]
    header = [c or f"column{i + 1}" for i, c in enumerate(header)]
    above = [str(c).strip() for r in rows[:h] for c in r if str(c).strip()]
    frame = pd.DataFrame(rows[h + 1:], columns=header, dtype=str)
    frame = frame.loc[:, ~frame.columns.duplicated()]
    sheet = Sheet(frame, enc, lines[h], lines[h + 1:], above[0] if above else None, above[1:])
    frame.attrs["first_line"] = lines[h + 1] if len(lines) > h + 1 else lines[h] + 1
    frame.attrs["lines"] = list(lines[h + 1:])  # the row (line) of each data row, as turns and messages give it
    return sheet, notes


def read_frame(data: bytes, path: str, encoding: str | None = None,
               header_row: int | None = None) -> tuple[pd.DataFrame | None, str, list[Issue]]:
    """Read a .csv (any supported encoding) or .xlsx into strings. Returns (frame, encoding, issues); the frame's
    ``attrs["lines"]`` holds the spreadsheet row (CSV: line) of each of its rows, ``attrs["first_line"]`` the first."""
    sheet, issues = read_sheet(data, path, encoding, header_row)
    if sheet is None:
        return None, "", issues
    return sheet.frame, sheet.encoding, [i for i in issues if i.is_error]


@dataclass
class _Columns:
    text: str
    doc: str | None
    speaker: str | None
    kind: str | None
    time: str | None
    end: str | None
    attrs: list[str]


def _columns(frame: pd.DataFrame, labels) -> _Columns | None:
    cols = list(frame.columns)
    text = _find(cols, TEXT_COLUMNS)
    if text is None:
        return None
    doc = _find([c for c in cols if c != text], ID_COLUMNS)
    speaker = _find(cols, SPEAKER_COLUMNS)
    if speaker is None:  # 角色/身份 holding 访谈者/受访者 is the speaker column
        cand = _find([c for c in cols if c not in (text, doc)], ROLE_LIKE)
        values = [v.strip() for v in frame[cand].tolist() if v.strip()] if cand else []
        if values and all(labels.known(v) for v in values):
            speaker = cand
    kind = _find(cols, KIND_COLUMNS)
    time = _find([c for c in cols if c not in (text, doc, speaker)], TIME_COLUMNS)
    end = _find([c for c in cols if c not in (text, doc, speaker, time)], END_COLUMNS)
    used = {text, doc, speaker, kind, time, end}
    attrs = [c for c in cols if c not in used and c.strip().lower() not in _IGNORED]
    return _Columns(text, doc, speaker, kind, time, end, attrs)


def _seconds(value: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    got = parse_time(value)
    if got is None:
        try:
            x = float(value)
        except ValueError:
            return None
        return x * 86400 if 0 <= x < 1 else x
    return got


def _row_values(frame: pd.DataFrame, cols: _Columns, path: str, stem: str, lines: Sequence[int],
                issues: list[Issue]) -> dict[str, dict[str, Any]]:
    """Rows grouped by document: ``{doc_id: {"line", "rows": [row dicts]}}``."""
    docs: dict[str, dict[str, Any]] = {}
    for i, (row, line) in enumerate(zip(frame.itertuples(index=False), lines)):
        values = dict(zip(frame.columns, (str(v) for v in row)))
        doc_id = values[cols.doc].strip() if cols.doc else f"{stem}-{i + 1}"
        if not doc_id:
            if any(v.strip() for v in values.values()):
                issues.append(Issue(path, line, f"row has no value in '{cols.doc}'", "give every row a document id"))
            continue
        kind = None
        if cols.kind and values[cols.kind].strip():
            kind = values[cols.kind].strip().lower()
            if kind not in ("interviewer", "respondent"):
                issues.append(Issue(path, line, f"speaker_kind {kind!r} is not interviewer or respondent",
                                    "use interviewer or respondent"))
                continue
        speaker = values[cols.speaker].strip() if cols.speaker else "受访者"
        t0 = _seconds(values[cols.time]) if cols.time else None
        if cols.time and values[cols.time].strip() and t0 is None:
            issues.append(Issue(path, line, f"'{cols.time}' value {values[cols.time]!r} is not a time",
                                "write HH:MM:SS or MM:SS (or an Excel time)", severity="warning"))
        doc = docs.setdefault(doc_id, {"line": line, "rows": []})
        doc["rows"].append({"speaker": speaker, "kind": kind, "content": values[cols.text], "line": line,
                            "t0": t0, "t1": _seconds(values[cols.end]) if cols.end else None,
                            "attrs": {c: values[c].strip() for c in cols.attrs}})
    return docs


def _split_attributes(doc_id: str, rows: list[dict], cols: _Columns, path: str, issues: list[Issue]
                      ) -> tuple[dict[str, str], dict[str, dict[str, str]], set[str]]:
    """Document attributes (one value on every row), per-speaker roles (a group interview) and the columns that
    change from row to row (turn attributes)."""
    doc_attrs: dict[str, str] = {}
    by_speaker: dict[str, dict[str, str]] = {}
    per_turn: set[str] = set()
    for col in cols.attrs:
        values = [(r["attrs"][col], r) for r in rows if r["attrs"][col]]
        distinct = list(dict.fromkeys(v for v, _ in values))
        if len(distinct) <= 1:
            if distinct:
                doc_attrs[col] = distinct[0]
            continue
        if col.strip().lower() not in ("role", "角色", "身份"):
            per_turn.add(col)
            continue
        speaker_vals: dict[str, str] = {}
        bad = None
        for v, r in values:
            if speaker_vals.setdefault(r["speaker"], v) != v:
                bad = (v, r)
        if bad is None and cols.speaker:
            for spk, v in speaker_vals.items():
                by_speaker.setdefault(spk, {})["role" if col.lower() in ("role", "角色", "身份") else col] = v
            continue
        v, r = bad or values[-1]
        first = next(x for x in rows if x["attrs"][col])
        issues.append(Issue(path, r["line"], f"document {doc_id!r}: column '{col}' is {v!r} here but "
                                             f"{first['attrs'][col]!r} on row {first['line']}",
                            "a respondent attribute must be the same on every row of a document (or of a speaker, "
                            "with a speaker column)"))
    return doc_attrs, by_speaker, per_turn


def rows_to_documents(frame: pd.DataFrame, path: str, labels, lines: Sequence[int] | None = None
                      ) -> tuple[list[dict[str, Any]], list[Issue]]:
    """Group table rows into documents.

    Returns a list of ``{"doc_id", "text", "turns", "attributes", "speakers", "line"}`` (``turns``: dicts with
    speaker, kind, start, end, line, time_start, time_end, attributes; ``speakers``: label -> attributes declared by
    a per-speaker role) and issues. Without an id column every row is its own document (``<file stem>-<row>``);
    without a speaker column every row is a respondent turn (open-ended survey answers).
    """
    issues: list[Issue] = []
    cols = _columns(frame, labels)
    if cols is None:
        issues.append(Issue(path, 1, "no text column in this table",
                            f"name the column of spoken text one of: {', '.join(TEXT_COLUMNS[:9])}"))
        return [], issues
    lines = list(lines) if lines is not None else [i + 2 for i in range(len(frame))]
    grouped = _row_values(frame, cols, path, Path(path).stem, lines, issues)
    out = []
    for doc_id, doc in grouped.items():
        attrs, by_speaker, per_turn = _split_attributes(doc_id, doc["rows"], cols, path, issues)
        parts: list[str] = []
        turns: list[dict[str, Any]] = []
        pos = 0
        for r in doc["rows"]:
            if parts:
                pos += 1  # the joining newline
            tattrs = {c: r["attrs"][c] for c in sorted(per_turn) if r["attrs"][c]}
            turns.append({"speaker": r["speaker"], "kind": r["kind"], "start": pos, "end": pos + len(r["content"]),
                          "line": r["line"], "time_start": r["t0"], "time_end": r["t1"], "attributes": tattrs})
            parts.append(r["content"])
            pos += len(r["content"])
        out.append({"doc_id": doc_id, "text": "\n".join(parts), "turns": turns, "attributes": attrs,
                    "speakers": by_speaker, "line": doc["line"], "per_turn": sorted(per_turn)})
    return out, issues
