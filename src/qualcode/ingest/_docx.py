""".docx transcripts: the document's text as lines, read through the safe zip reader.

The body is walked in order. A paragraph is a line (a line break inside it starts a new line; a tab stays a tab).
Text boxes are read once where they are anchored (Word stores each box twice, as DrawingML and as a VML fallback;
the fallback is skipped). A table is read row by row, set off by blank lines:

* two columns, ``speaker | text``: the row becomes ``speaker：text``; an empty speaker cell continues the previous
  turn, a vertically merged one repeats the speaker above (a new turn);
* three columns with a time, ``time | speaker | text`` (or ``speaker | time | text``): ``[time] speaker：text``;
* a header row (说话人 | 内容, 时间 | 发言人 | 发言, ...) is skipped;
* two-column form rows (``访谈时间 | 2025年7月``) become ``label：value`` header lines, and a table nested in a cell is
  read in place (a form whose 访谈内容 cell holds the transcript table);
* any other shape is kept as tab-separated cells, and when no turn comes out of it the reader says that the text
  sits in a table qualcode cannot read, instead of reporting an empty transcript.

The archive is opened with :class:`qualcode._safezip.SafeZip` under :data:`OFFICE_LIMITS` (a .docx that would
decompress to more is refused before it is read) and the XML is parsed with entities and DTDs off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qualcode._safezip import Limits, SafeZip, parse_xml
from qualcode.errors import ExchangeError, Issue

__all__ = ["DocxText", "OFFICE_LIMITS", "docx_problem", "read_docx_text"]

#: Caps for .docx and .xlsx transcripts: 64 MiB per member, 256 MiB in all, ratio 200:1 above 1 MiB.
OFFICE_LIMITS = Limits(max_members=2_000, max_member_bytes=64 * 1024 * 1024, max_total_bytes=256 * 1024 * 1024)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_TIME_RE = re.compile(r"^\s*[\[【（(]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\s*[\]】）)]?\s*$")
_HEAD_WORDS = {"说话人", "發言人", "发言人", "讲话人", "角色", "身份", "姓名", "时间", "時間", "时间戳", "内容",
               "內容", "发言", "發言", "文本", "回答", "对话", "對話", "speaker", "text", "time", "content", "序号",
               "编号"}


@dataclass
class DocxText:
    """The lines of a .docx, and what the reader met: tables by number of columns, images/objects, text boxes."""

    lines: list[str] = field(default_factory=list)
    table_columns: list[int] = field(default_factory=list)
    odd_tables: int = 0
    objects: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _para_text(p, out: DocxText) -> list[str]:
    """The text of a paragraph as lines (w:br and w:cr break lines), then the lines of its text boxes."""
    parts: list[str] = []
    boxes: list[str] = []
    stack = list(reversed(list(p)))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == f"{MC}Fallback":
            continue  # the VML copy of a text box already read from mc:Choice
        if tag == f"{W}t":
            parts.append(el.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}txbxContent":
            sub = DocxText()
            _walk(el, sub)
            boxes.extend(sub.lines)
            out.table_columns += sub.table_columns
            out.odd_tables += sub.odd_tables
            continue
        elif tag.endswith("}object") or tag.endswith("}pic"):
            out.objects += 1
        stack.extend(reversed(list(el)))
    lines = "".join(parts).split("\n")
    return (lines if "".join(parts).strip() or not boxes else []) + boxes


def _cells(tr) -> list[tuple[object, bool]]:
    """The cells of a row with whether each continues a vertical merge (w:vMerge without val=restart)."""
    out = []
    for tc in tr.findall(f"{W}tc"):
        pr = tc.find(f"{W}tcPr")
        vm = pr.find(f"{W}vMerge") if pr is not None else None
        cont = vm is not None and vm.get(f"{W}val", "continue") != "restart"
        span = pr.find(f"{W}gridSpan") if pr is not None else None
        n = int(span.get(f"{W}val", "1")) if span is not None and span.get(f"{W}val", "1").isdigit() else 1
        out.append((tc, cont))
        out.extend((None, False) for _ in range(n - 1))
    return out


def _cell_lines(tc, out: DocxText) -> tuple[list[str], bool]:
    """The lines of a cell and whether it holds a nested table (whose lines are then returned instead)."""
    if tc is None:
        return [], False
    if tc.find(f"{W}tbl") is not None:
        sub = DocxText()
        _walk(tc, sub)
        out.table_columns += sub.table_columns
        out.odd_tables += sub.odd_tables
        return sub.lines, True
    lines: list[str] = []
    for p in tc.findall(f"{W}p"):
        lines.extend(_para_text(p, out))
    while lines and not lines[-1].strip():
        lines.pop()
    return lines, False


def _table(tbl, out: DocxText) -> None:
    rows = [_cells(tr) for tr in tbl.findall(f"{W}tr")]
    ncols = max((len(r) for r in rows), default=0)
    out.table_columns.append(ncols)
    out.lines.append("")
    texts = [[_cell_lines(tc, out) for tc, _cont in r] for r in rows]
    flat = [["\n".join(lines).strip() for lines, _nested in row] for row in texts]
    time_col = None
    if ncols == 3:
        time_col = next((c for c in (0, 1) if sum(bool(_TIME_RE.match(r[c])) for r in flat if len(r) == 3)
                         >= max(1, (len(flat) - 1) // 2)), None)
    speaker_above = ""
    for r, (row, cells, raw) in enumerate(zip(rows, flat, texts)):
        if not any(cells):
            continue
        if r == 0 and sum(c.strip().lower() in _HEAD_WORDS for c in cells) >= max(2, len(cells) - 1):
            continue  # header row
        if ncols == 2 and len(cells) == 2:
            speaker, (body, nested) = cells[0], raw[1]
            if nested:
                out.lines += [f"{speaker}：", "", *body, ""]
                continue
            if not speaker and row[0][1]:
                speaker = speaker_above
            speaker_above = speaker or speaker_above
            out.lines += ([f"{speaker}：{body[0] if body else ''}", *body[1:]] if speaker else body)
        elif ncols == 3 and len(cells) == 3 and time_col is not None:
            sc = 1 if time_col == 0 else 0
            speaker = cells[sc] or (speaker_above if row[sc][1] else "")
            speaker_above = speaker or speaker_above
            body = raw[2][0]
            stamp = cells[time_col].strip().strip("[]【】（）()")
            lead = f"[{stamp}] " if stamp else ""
            if speaker or stamp:
                out.lines += [f"{lead}{speaker}：{body[0] if body else ''}", *body[1:]]
            else:
                out.lines += body
        else:
            out.odd_tables += 1
            out.lines.append("\t".join(c.replace("\n", " ") for c in cells))
    out.lines.append("")


def _walk(parent, out: DocxText) -> None:
    for el in parent:
        if el.tag == f"{W}p":
            out.lines.extend(_para_text(el, out))
        elif el.tag == f"{W}tbl":
            _table(el, out)
        elif el.tag == f"{W}sdt":  # content controls wrap paragraphs and tables
            content = el.find(f"{W}sdtContent")
            if content is not None:
                _walk(content, out)


def read_docx_text(data: bytes, path: str) -> tuple[str | None, list[Issue], DocxText | None]:
    """The text of a .docx as lines joined with ``\\n`` (see the module docstring), the issues, and what was met."""
    try:
        with SafeZip(data, display=path, limits=OFFICE_LIMITS) as zf:
            member = zf.find("word/document.xml")
            if member is None:
                return None, [Issue(path, 1, "not a Word document: the archive has no word/document.xml",
                                    "open it in Word/WPS and save it again as .docx")], None
            root = parse_xml(zf.read(member), f"{path}!{member}")
    except ExchangeError as exc:
        first = exc.issues[0] if exc.issues else None
        reason = first.message if first else str(exc)
        return None, [Issue(path, 1, f"not a readable .docx file: {reason}",
                            "open it in Word/WPS and save it again as .docx")], None
    body = root.find(f"{W}body")
    out = DocxText()
    if body is not None:
        _walk(body, out)
    while out.lines and not out.lines[-1].strip():
        out.lines.pop()
    while out.lines and not out.lines[0].strip():
        out.lines.pop(0)
    return out.text, [], out


def docx_problem(info: DocxText, path: str) -> Issue | None:
    """Why a .docx gave no turns, when the reason is its layout (a table of another shape, only images)."""
    if info.odd_tables:
        shapes = ", ".join(str(n) for n in sorted(set(info.table_columns)))
        return Issue(path, 1, f"the text sits in a table qualcode cannot read as turns (tables of {shapes} columns)",
                     "lay the table out as 说话人 | 内容 (two columns) or 时间 | 说话人 | 内容 (three columns), "
                     "or save the transcript as .txt with one 'speaker：text' line per turn")
    if not "".join(info.lines).strip() and info.objects:
        return Issue(path, 1, "no text found: the document holds only images or embedded objects (a scan?)",
                     "qualcode reads text; run OCR on the scan or paste the transcript as text")
    return None
