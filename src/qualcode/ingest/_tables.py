"""Table sources: transcripts as rows (.csv/.xlsx, one row per turn or per open-ended survey answer), the
respondents table (one row per respondent, like a case classification in NVivo), and .docx transcripts.

For a table, a document's text is its cells joined with newlines (the file itself is never rewritten), so that
turns keep exact offsets into one string per document. Line numbers in messages are spreadsheet rows (header = 1).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode.errors import Issue
from qualcode.ingest._encoding import DecodeFailure, decode_bytes

__all__ = ["ID_COLUMNS", "TEXT_COLUMNS", "read_docx_text", "read_frame", "rows_to_documents"]

ID_COLUMNS = ("doc_id", "id", "respondent_id", "编号", "受访者编号", "文档")
TEXT_COLUMNS = ("text", "answer", "open_answer", "response", "内容", "文本", "回答", "发言")
SPEAKER_COLUMNS = ("speaker", "说话人", "发言人")
KIND_COLUMNS = ("speaker_kind",)


def read_docx_text(data: bytes, path: str) -> tuple[str | None, list[Issue]]:
    """Paragraph texts of a .docx joined with ``\\n`` (one paragraph = one line)."""
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - core dependency
        return None, [Issue(path, None, "python-docx is not installed", "pip install python-docx")]
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken zip/xml
        return None, [Issue(path, None, f"not a readable .docx file ({type(exc).__name__}: {exc})",
                            "open it in Word/WPS and save it again as .docx")]
    return "\n".join(p.text for p in document.paragraphs), []


def read_frame(data: bytes, path: str, encoding: str | None = None) -> tuple[pd.DataFrame | None, str, list[Issue]]:
    """Read a .csv (any supported encoding) or .xlsx into strings. Returns (frame, encoding, issues)."""
    suffix = Path(path).suffix.lower()
    try:
        if suffix == ".xlsx":
            frame = pd.read_excel(io.BytesIO(data), dtype=str, keep_default_na=False)
            enc = "xlsx"
        else:
            text, enc = decode_bytes(data, encoding)
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skip_blank_lines=True)
    except DecodeFailure as exc:
        return None, "", [Issue(path, None, exc.reason, exc.hint)]
    except Exception as exc:
        return None, "", [Issue(path, None, f"cannot read table ({type(exc).__name__}: {exc})",
                                "save it as UTF-8 CSV or .xlsx with one header row")]
    frame.columns = [str(c).strip().lstrip("\ufeff") for c in frame.columns]
    return frame, enc, []


def _find(columns, names) -> str | None:
    lower = {c.lower(): c for c in columns}
    for name in names:
        if name.lower() in lower:
            return lower[name.lower()]
    return None


def rows_to_documents(frame: pd.DataFrame, path: str, labels) -> tuple[list[dict[str, Any]], list[Issue]]:
    """Group table rows into documents.

    Returns a list of ``{"doc_id", "text", "turns": [(speaker, kind, start, end, line)], "attributes"}`` and issues.
    Without an id column every row is its own document (``<file stem>-<row>``); without a speaker column every row
    is a respondent turn (open-ended survey answers).
    """
    issues: list[Issue] = []
    text_col = _find(frame.columns, TEXT_COLUMNS)
    if text_col is None:
        issues.append(Issue(path, 1, "no text column in this table",
                            f"name the column of spoken text one of: {', '.join(TEXT_COLUMNS)}"))
        return [], issues
    id_col = _find(frame.columns, ID_COLUMNS)
    speaker_col = _find(frame.columns, SPEAKER_COLUMNS)
    kind_col = _find(frame.columns, KIND_COLUMNS)
    attr_cols = [c for c in frame.columns if c not in {text_col, id_col, speaker_col, kind_col, "turn", "start",
                                                          "end", "line", "seg_id"}]
    stem = Path(path).stem
    docs: dict[str, dict[str, Any]] = {}
    for i, row in enumerate(frame.itertuples(index=False), start=2):
        values = dict(zip(frame.columns, row))
        doc_id = str(values[id_col]).strip() if id_col else f"{stem}-{i - 1}"
        if not doc_id:
            issues.append(Issue(path, i, f"row has no value in '{id_col}'", "give every row a document id"))
            continue
        content = str(values[text_col])
        speaker = str(values[speaker_col]).strip() if speaker_col else "受访者"
        if kind_col and str(values[kind_col]).strip():
            kind = str(values[kind_col]).strip().lower()
            if kind not in ("interviewer", "respondent"):
                issues.append(Issue(path, i, f"speaker_kind {kind!r} is not interviewer or respondent",
                                    "use interviewer or respondent"))
                continue
        else:
            kind = labels.kind(speaker) if speaker_col else "respondent"
        doc = docs.setdefault(doc_id, {"doc_id": doc_id, "parts": [], "attributes": {}, "line": i})
        for col in attr_cols:
            val = str(values[col]).strip()
            if not val:
                continue
            old = doc["attributes"].get(col)
            if old is not None and old != val:
                issues.append(Issue(path, i, f"document {doc_id!r}: column '{col}' is {val!r} here but {old!r} "
                                    f"on row {doc['line']}", "respondent attributes must be the same on every row "
                                    "of a document"))
                continue
            doc["attributes"][col] = val
        doc["parts"].append((speaker, kind, content, i))
    out = []
    for doc in docs.values():
        text_parts, turns, pos = [], [], 0
        for speaker, kind, content, line in doc["parts"]:
            if text_parts:
                pos += 1  # the joining newline
            turns.append((speaker, kind, pos, pos + len(content), line))
            text_parts.append(content)
            pos += len(content)
        out.append({"doc_id": doc["doc_id"], "text": "\n".join(text_parts), "turns": turns,
                    "attributes": doc["attributes"], "line": doc["line"]})
    return out, issues
