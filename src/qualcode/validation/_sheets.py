"""Coding sheets: spreadsheets in which human coders check machine codes, one row per segment.

:func:`export_sheet` writes ``.xlsx`` (frozen header, wrapped text, a drop-down for the decision, widths sized for
Chinese, a ``codebook`` tab) or ``.csv`` (UTF-8 with BOM). Columns:

=================  ==========================================================================================
seg_id, doc_id     the segment (join key; do not edit)
role               the respondent's role
context_before     the ``context`` previous segments of the same document, one per line as ``speaker：text``
text               the segment's text (do not edit: edits are detected)
context_after      the ``context`` next segments
proposed           machine codes, ``;``-separated code ids
evidence           one line per proposed code: ``code [coder]: evidence`` (the matched words / rule)
decision           **coder**: ``accept`` (the proposed codes are right), ``reject`` (none of them applies) or
                   ``correct`` (the right codes are in ``codes``)
codes              **coder**: the final codes, ``;``-separated ids (for ``correct``; may stay empty otherwise)
coder              **coder**: your name
note               **coder**: free comment
check              a fingerprint of ``text`` used to detect edits and shifted rows (hidden in .xlsx)
=================  ==========================================================================================

:func:`import_sheet` reads the sheet back into code-level review decisions (columns ``seg_id, code, decision,
coder, note``) in the vocabulary of the project store (:data:`qualcode.validation._store.DECISIONS`): ``accepted``
(proposed and kept), ``rejected`` (proposed and removed), ``added`` (not proposed, added by the coder), and ``accepted``
with an empty ``code`` for a reviewed segment that ends with no code at all. They go straight into
``Project.add_decisions``; ``qualcode.validation._store.decisions_to_codings`` turns them into the coder's codings. Rows
with neither decision nor codes were not reviewed and are only counted. Every problem is reported as
``sheet.xlsx:ROW: message`` with ROW the spreadsheet row (header = row 1): unknown codes, edited text, duplicate rows,
segments not in the sample or unknown, missing coder names, unknown decisions.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import io
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode._io import atomic_write, write_table
from qualcode._safezip import SafeZip
from qualcode.errors import ExchangeError, Issue
from qualcode.exchange._refi_export import PseudonymiseFn
from qualcode.exchange._refi_project import apply_pseudonymise
from qualcode.ingest._encoding import DecodeFailure, decode_bytes
from qualcode.model import Codebook

__all__ = ["SHEET_COLUMNS", "SHEET_DECISIONS", "SheetReport", "export_sheet", "import_sheet", "validate_sheet"]

#: Columns of a coding sheet, in order.
SHEET_COLUMNS = ["seg_id", "doc_id", "role", "context_before", "text", "context_after", "proposed", "evidence",
                 "decision", "codes", "coder", "note", "check"]
#: Decisions a coder can enter in the sheet.
SHEET_DECISIONS = ("accept", "reject", "correct")
#: Columns of the decisions table :func:`import_sheet` returns.
DECISION_COLUMNS = ["seg_id", "code", "decision", "coder", "note"]

_DECISION_ALIASES = {
    "accept": "accept", "accepted": "accept", "a": "accept", "yes": "accept", "y": "accept", "ok": "accept",
    "接受": "accept", "同意": "accept", "正确": "accept",
    "reject": "reject", "rejected": "reject", "r": "reject", "no": "reject", "n": "reject",
    "拒绝": "reject", "不同意": "reject", "错误": "reject",
    "correct": "correct", "corrected": "correct", "c": "correct", "修改": "correct", "更正": "correct",
    "修正": "correct",
}
_CODE_SPLIT_RE = re.compile(r"[;；,，、\s]+")
_MAX_CELL = 32_000  # Excel's limit is 32,767 characters per cell


def _fingerprint(text: str) -> str:
    return hashlib.sha1(_norm_text(text).encode("utf-8")).hexdigest()[:12]


def _norm_text(text: Any) -> str:
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    return str(text).replace("\r\n", "\n").replace("\r", "\n").strip()


def _blank(value: Any) -> bool:
    return _norm_text(value) == ""


def _pseudo(fn: PseudonymiseFn | None, text: str) -> str:
    if fn is None or not text:
        return text

    return apply_pseudonymise(fn, text)[0]


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


# --------------------------------------------------------------------------------------------------------- export
def _turn_rows(segs: pd.DataFrame) -> dict[tuple[str, int], str]:
    """``(doc_id, turn) -> seg_id`` of the turn-unit rows (sentence 0) of a segments table."""
    if not {"turn", "sentence"} <= set(segs.columns):
        return {}
    turn_rows = segs[segs["sentence"].astype(int) == 0]
    return dict(zip(zip(turn_rows["doc_id"].astype(str), turn_rows["turn"].astype(int)), turn_rows["seg_id"]))


def sheet_frame(segments: pd.DataFrame, codings: pd.DataFrame | None, codebook: Codebook | None = None,
                context: int = 1, *, sample_ids: Iterable[str] | None = None, include_interviewer: bool = False,
                pseudonymise: PseudonymiseFn | None = None) -> pd.DataFrame:
    """The rows of a coding sheet as a DataFrame with :data:`SHEET_COLUMNS` (what :func:`export_sheet` writes)."""
    if context < 0:
        raise ValueError(f"context == {context}, must be >= 0.")
    missing = [c for c in ("seg_id", "doc_id", "text") if c not in segments.columns]
    if missing:
        raise ExchangeError([Issue("<segments>", None, f"segments table lacks column(s) {', '.join(missing)}",
                                   "pass the table made by Segmenter.segment()")])
    segs = segments.reset_index(drop=True).copy()
    segs["seg_id"] = segs["seg_id"].astype(str)
    if "start" in segs.columns:
        segs = segs.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
    ids = set(segs["seg_id"])

    proposed: dict[str, list[tuple[str, str, str]]] = {}
    if codings is not None and len(codings):
        for col in ("seg_id", "code"):
            if col not in codings.columns:
                raise ExchangeError([Issue("<codings>", None, f"codings table lacks column {col!r}")])
        evid = codings["evidence"] if "evidence" in codings.columns else pd.Series([""] * len(codings))
        coders = codings["coder"] if "coder" in codings.columns else pd.Series([""] * len(codings))
        turn_key = _turn_rows(segs)
        docs = codings["doc_id"] if "doc_id" in codings.columns else pd.Series([None] * len(codings))
        turns = codings["turn"] if "turn" in codings.columns else pd.Series([None] * len(codings))
        for sid, code, coder, ev, doc, turn in zip(codings["seg_id"].astype(str), codings["code"].astype(str), coders,
                                                  evid, docs, turns):
            # the coding's own segment, else (a sentence coding on a turn sheet) the row of its turn
            key = sid if sid in ids else turn_key.get((str(doc), int(turn))) if pd.notna(turn) else None
            if key is None:
                continue
            proposed.setdefault(key, []).append((code, "" if _blank(coder) else str(coder), _norm_text(ev)))

    if sample_ids is not None:
        wanted = _as_ids(sample_ids)
        unknown = sorted(wanted - ids)
        if unknown:
            raise ExchangeError([Issue("<sample>", None, f"{len(unknown)} sampled seg_id(s) are not in the segments "
                                                         f"table, e.g. {', '.join(unknown[:5])}")])
        rows_mask = segs["seg_id"].isin(wanted)
    elif "speaker_kind" in segs.columns and not include_interviewer:
        rows_mask = segs["speaker_kind"].astype(str) != "interviewer"
    else:
        rows_mask = pd.Series(True, index=segs.index)

    def line_of(i: int) -> str:
        text = _pseudo(pseudonymise, _norm_text(segs.at[i, "text"]))
        speaker = _norm_text(segs.at[i, "speaker"]) if "speaker" in segs.columns else ""
        return f"{speaker}：{text}" if speaker else text

    labels = {c.id: c.label for c in codebook.codes} if codebook is not None else {}
    doc_index = segs.groupby("doc_id", sort=False).indices
    out = []
    for i in segs.index[rows_mask.to_numpy()]:
        doc_rows = list(doc_index[segs.at[i, "doc_id"]])
        pos = doc_rows.index(i)
        before = [line_of(j) for j in doc_rows[max(0, pos - context):pos]] if context else []
        after = [line_of(j) for j in doc_rows[pos + 1:pos + 1 + context]] if context else []
        sid = segs.at[i, "seg_id"]
        props = proposed.get(sid, [])
        codes = list(dict.fromkeys(c for c, _, _ in props))
        ev_lines = []
        for code, coder, ev in props:
            label = f"（{labels[code]}）" if labels.get(code) else ""
            ev_lines.append(f"{code}{label} [{coder}]: {_pseudo(pseudonymise, ev)}" if coder else
                            f"{code}{label}: {_pseudo(pseudonymise, ev)}")
        text = _pseudo(pseudonymise, _norm_text(segs.at[i, "text"]))
        role = _norm_text(segs.at[i, "role"]) if "role" in segs.columns else ""
        out.append({
            "seg_id": sid, "doc_id": str(segs.at[i, "doc_id"]), "role": role,
            "context_before": "\n".join(before)[:_MAX_CELL], "text": text[:_MAX_CELL],
            "context_after": "\n".join(after)[:_MAX_CELL], "proposed": ";".join(codes),
            "evidence": "\n".join(ev_lines)[:_MAX_CELL], "decision": "", "codes": "", "coder": "", "note": "",
            "check": _fingerprint(text[:_MAX_CELL]),
        })
    return pd.DataFrame(out, columns=SHEET_COLUMNS)


def _as_ids(sample_ids: Any) -> set[str]:
    if isinstance(sample_ids, pd.DataFrame):
        if "seg_id" not in sample_ids.columns:
            raise ExchangeError([Issue("<sample>", None, "sample table has no seg_id column")])
        return set(sample_ids["seg_id"].astype(str))
    return {str(s) for s in sample_ids}


_WIDTHS = {"seg_id": 14, "doc_id": 8, "role": 12, "context_before": 40, "text": 60, "context_after": 40,
           "proposed": 24, "evidence": 40, "decision": 11, "codes": 26, "coder": 10, "note": 30, "check": 14}
_WRAP = {"context_before", "text", "context_after", "evidence", "note", "codes", "proposed"}


def _write_xlsx(frame: pd.DataFrame, target: Path, codebook: Codebook | None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation


    wb = Workbook()
    ws = wb.active
    ws.title = "coding"
    ws.append(SHEET_COLUMNS)
    bold = Font(bold=True)
    coder_fill = PatternFill("solid", fgColor="FFF2CC")
    for cell in ws[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="top")
        if cell.value in ("decision", "codes", "coder", "note"):
            cell.fill = coder_fill
    ws.freeze_panes = "A2"
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    styles = [wrap if name in _WRAP else top for name in SHEET_COLUMNS]
    for r, row in enumerate(frame.itertuples(index=False), start=2):
        for idx, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=idx, value=value if value != "" else None)
            cell.alignment = styles[idx - 1]
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text, never a formula
    for idx, name in enumerate(SHEET_COLUMNS, start=1):
        letter = get_column_letter(idx)
        longest = max([_display_width(str(v)) for v in frame[name].head(200)] + [len(name)]) + 2
        ws.column_dimensions[letter].width = min(_WIDTHS[name], max(len(name) + 2, longest)) \
            if name not in _WRAP else _WIDTHS[name]
        if name == "check":
            ws.column_dimensions[letter].hidden = True
    last = max(len(frame) + 1, 2)
    col_dec = get_column_letter(SHEET_COLUMNS.index("decision") + 1)
    dv = DataValidation(type="list", formula1='"' + ",".join(SHEET_DECISIONS) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle="decision",
                        error="Choose accept, reject or correct", promptTitle="decision",
                        prompt="accept: proposed codes are right; reject: none applies; correct: write the codes")
    dv.add(f"{col_dec}2:{col_dec}{last}")
    ws.add_data_validation(dv)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(SHEET_COLUMNS))}{last}"

    if codebook is not None:
        cb = wb.create_sheet("codebook")
        cb.append(["id", "label", "parent", "definition", "inclusion", "exclusion"])
        for cell in cb[1]:
            cell.font = bold
        for c in codebook.codes:
            cb.append([c.id, c.label, c.parent or "", c.definition, c.inclusion, c.exclusion])
        for letter, width in zip("ABCDEF", (22, 16, 16, 50, 40, 40)):
            cb.column_dimensions[letter].width = width
        for row in cb.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = wrap
        cb.freeze_panes = "A2"
    how = wb.create_sheet("how_to")
    for line in [
        "One row per segment. Read context_before / text / context_after and the proposed codes with their evidence.",
        "decision: accept = the proposed codes are right; reject = none of them applies; correct = write the right "
        "codes in 'codes'.",
        "codes: code ids separated by ';' (see the codebook tab). coder: your name. note: any comment.",
        "Do not edit seg_id, text or the order of cells inside a row; sorting whole rows is fine.",
    ]:
        how.append([line])
    how.column_dimensions["A"].width = 120
    with atomic_write(target, "wb") as fh:
        wb.save(fh)


def export_sheet(segments: pd.DataFrame, codings: pd.DataFrame | None, path, codebook: Codebook | None = None,
                 context: int = 1, *, sample_ids: Iterable[str] | None = None, include_interviewer: bool = False,
                 pseudonymise: PseudonymiseFn | None = None) -> Path:
    """Write a coding sheet (``.xlsx`` or ``.csv`` by suffix) with one row per segment; returns the path.

    ``segments`` is a segments table (``seg_id, doc_id, text`` at least; ``speaker``, ``speaker_kind``, ``role``,
    ``start`` used when present); ``codings`` the machine codings to check (sentence codings are shown on their turn
    when the sheet is by turn). Rows: the ``sample_ids`` segments when given, else every non-interviewer segment
    (``include_interviewer=True`` for all); context comes from all of ``segments``. ``pseudonymise`` (a fitted
    :class:`qualcode.privacy.Pseudonymiser`, or a callable ``text -> new_text`` / ``(new_text, offset_map)``) is
    applied to every text, context and evidence cell before writing; import still works because the hidden ``check``
    column fingerprints the text as written. The columns are :data:`SHEET_COLUMNS`.
    """
    frame = sheet_frame(segments, codings, codebook, context, sample_ids=sample_ids,
                        include_interviewer=include_interviewer, pseudonymise=pseudonymise)
    target = Path(path)
    if target.suffix.lower() == ".xlsx":
        _write_xlsx(frame, target, codebook)
    elif target.suffix.lower() in (".csv", ".txt"):

        write_table(frame, target)
    else:
        raise ValueError(f"path suffix == {target.suffix!r}, must be .xlsx or .csv.")
    return target


# --------------------------------------------------------------------------------------------------------- import
@dataclass(frozen=True)
class SheetReport:
    """What :func:`import_sheet` imported: row counts, code decisions by kind (``accepted``, ``rejected``, ``added``,
    and ``no_code``: reviewed segments left without any code), coders, and the warnings."""

    path: str
    n_rows: int
    n_reviewed: int
    n_not_reviewed: int
    by_kind: Mapping[str, int]
    coders: tuple[str, ...]
    issues: tuple[Issue, ...] = field(default_factory=tuple)

    def __str__(self) -> str:
        kinds = ", ".join(f"{k} {self.by_kind.get(k, 0)}" for k in ("accepted", "rejected", "added"))
        text = (f"{self.path}: {self.n_rows} rows, {self.n_reviewed} reviewed, {self.n_not_reviewed} not reviewed; "
                f"code decisions: {kinds}; segments left with no code: {self.by_kind.get('no_code', 0)}; "
                f"coders: {', '.join(self.coders) or '-'}")
        if self.issues:
            text += "\n" + "\n".join(str(i) for i in self.issues)
        return text


def _read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    """Header and ``(spreadsheet_row, values)`` of the first sheet / the CSV."""
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError([Issue(shown, None, f"cannot read file: {exc.strerror or exc}")]) from exc
    if path.suffix.lower() == ".xlsx" or data.startswith(b"PK"):

        SafeZip(data, display=shown).close()  # refuses traversal, symlinks and zip bombs before openpyxl opens it
        from openpyxl import load_workbook

        try:
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            ws = wb["coding"] if "coding" in wb.sheetnames else wb.worksheets[0]
            rows = [(i, list(r)) for i, r in enumerate(ws.iter_rows(values_only=True), start=1)]
            wb.close()
        except ExchangeError:
            raise
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on broken files
            raise ExchangeError([Issue(shown, None, f"cannot read the spreadsheet ({type(exc).__name__}: {exc})",
                                       "save it again as .xlsx from Excel or LibreOffice")]) from exc
    else:

        try:
            text, _ = decode_bytes(data)
        except DecodeFailure as exc:
            raise ExchangeError([Issue(shown, None, exc.reason, exc.hint)]) from exc
        try:
            sample = text[:4096]
            delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
            rows = [(i, r) for i, r in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter),
                                                 start=1)]
        except csv.Error as exc:
            raise ExchangeError([Issue(shown, None, f"cannot read the CSV ({exc})")]) from exc
    if not rows:
        raise ExchangeError([Issue(shown, None, "the sheet is empty", "export a sheet with qualcode sheet export")])
    header = [_norm_text(h).lower() for h in rows[0][1]]
    return header, rows[1:]


def _split_codes(cell: Any) -> list[str]:
    return [c for c in _CODE_SPLIT_RE.split(_norm_text(cell)) if c]


def _read_sheet(path, segments: pd.DataFrame, codebook: Codebook, sample_ids, coder: str | None
                ) -> tuple[pd.DataFrame, SheetReport, list[Issue]]:
    return _SheetReader(path, segments, codebook, sample_ids, coder).read()


class _SheetReader:
    """Reads one filled coding sheet into decisions, collecting every problem as ``path:row``."""

    def __init__(self, path: Any, segments: pd.DataFrame, codebook: Codebook, sample_ids: Any, coder: str | None):
        self.path = Path(path)
        self.shown = str(self.path)
        self.coder = coder
        self.issues: list[Issue] = []
        self.seg_text = (dict(zip(segments["seg_id"].astype(str), segments["text"])) if "text" in segments.columns
                         else {s: None for s in segments["seg_id"].astype(str)})
        self.sample = _as_ids(sample_ids) if sample_ids is not None else None
        self.ids = set(codebook.ids)
        self.by_label: dict[str, str] = {}
        for c in codebook.codes:
            if c.label and c.label not in self.ids:
                self.by_label.setdefault(c.label, c.id)
        self.col: dict[str, int] = {}

    def issue(self, line: int | None, message: str, hint: str | None = None, severity: str = "error") -> None:
        self.issues.append(Issue(self.shown, line, message, hint, severity=severity))

    def read(self) -> tuple[pd.DataFrame, SheetReport, list[Issue]]:
        header, rows = _read_rows(self.path)
        missing = [c for c in ("seg_id", "decision", "codes", "coder") if c not in header]
        if missing:
            self.issue(1, f"sheet lacks column(s) {', '.join(missing)}",
                       f"a coding sheet has the columns {', '.join(SHEET_COLUMNS)}")
            return pd.DataFrame(columns=DECISION_COLUMNS), SheetReport(self.shown, 0, 0, 0, {}, ()), self.issues
        self.col = {name: header.index(name) for name in SHEET_COLUMNS if name in header}
        out_rows: list[dict[str, Any]] = []
        first_row: dict[str, int] = {}
        n_rows = n_not = 0
        coders: list[str] = []
        for line, values in rows:
            if all(_blank(v) for v in values):
                continue
            n_rows += 1
            sid = self.segment_of(line, values, first_row)
            if sid is None:
                continue
            got = self.decision_of(line, values)
            if got == "not reviewed":
                n_not += 1
            elif got is not None:
                who, kinds, note = got
                coders += [who] if who not in coders else []
                out_rows += [{"seg_id": sid, "code": code, "decision": kind, "coder": who, "note": note}
                             for code, kind in kinds]
        decisions = pd.DataFrame(out_rows, columns=DECISION_COLUMNS)
        coded = decisions["code"] != ""
        by_kind = {k: int(((decisions["decision"] == k) & coded).sum()) for k in ("accepted", "rejected", "added")}
        by_kind["no_code"] = int((~coded).sum())
        n_reviewed = int(decisions.drop_duplicates(["seg_id"]).shape[0])
        report = SheetReport(self.shown, n_rows, n_reviewed, n_not, by_kind, tuple(coders),
                             tuple(i for i in self.issues if not i.is_error))
        return decisions, report, self.issues

    def cell(self, values: list[Any], name: str) -> Any:
        i = self.col.get(name)
        return values[i] if i is not None and i < len(values) else None

    def resolve(self, codes: list[str], line: int, column: str) -> list[str] | None:
        out, bad = [], False
        for c in codes:
            if c in self.ids:
                out.append(c)
            elif c in self.by_label:
                out.append(self.by_label[c])
            else:
                close = difflib.get_close_matches(c, list(self.ids), n=1, cutoff=0.6)
                self.issue(line, f"unknown code {c!r} in column {column}",
                           f"did you mean '{close[0]}'?" if close else
                           "use code ids from the codebook tab, separated by ';'")
                bad = True
        return None if bad else list(dict.fromkeys(out))

    def segment_of(self, line: int, values: list[Any], first_row: dict[str, int]) -> str | None:
        """The row's segment id, when the row names a known, sampled segment whose text was not edited."""
        sid = _norm_text(self.cell(values, "seg_id"))
        if not sid:
            self.issue(line, "row has no seg_id", "do not edit or clear the seg_id column")
            return None
        if sid in first_row:
            self.issue(line, f"duplicate row for segment {sid} (first on row {first_row[sid]})",
                       "keep one row per segment")
            return None
        first_row[sid] = line
        if sid not in self.seg_text:
            self.issue(line, f"unknown segment {sid!r}: not in the segments table",
                       "the sheet must come from the same segments (same corpus and unit)")
            return None
        if self.sample is not None and sid not in self.sample:
            self.issue(line, f"segment {sid} is not in the sample", "code only the sampled rows")
            return None
        return sid if self.text_intact(line, values, sid) else None

    def text_intact(self, line: int, values: list[Any], sid: str) -> bool:
        if "text" not in self.col:
            return True
        sheet_text = _norm_text(self.cell(values, "text"))
        check = _norm_text(self.cell(values, "check"))
        if check:
            if _fingerprint(sheet_text) != check:
                self.issue(line, f"text of segment {sid} was edited (it no longer matches the exported text)",
                           "restore the text; write comments in 'note'")
                return False
        elif self.seg_text.get(sid) is not None and sheet_text != _norm_text(self.seg_text[sid]):
            self.issue(line, f"text of segment {sid} differs from the segment's text",
                       "restore the text; write comments in 'note' (rows shifted by a partial sort?)")
            return False
        return True

    def decision_of(self, line: int, values: list[Any]) -> Any:
        """``(coder, [(code, kind)], note)`` of a reviewed row, ``"not reviewed"``, or None (a problem)."""
        raw_dec = _norm_text(self.cell(values, "decision")).lower()
        codes_cell = _split_codes(self.cell(values, "codes"))
        if not raw_dec and not codes_cell:
            return "not reviewed"
        decision = _DECISION_ALIASES.get(raw_dec) if raw_dec else "correct"
        if decision is None:
            self.issue(line, f"decision {raw_dec!r} is not one of {', '.join(SHEET_DECISIONS)}",
                       "pick a value from the drop-down")
            return None
        if not raw_dec:
            self.issue(line, "codes given without a decision; read as 'correct'", severity="warning")
        who = _norm_text(self.cell(values, "coder")) or (self.coder or "")
        if not who:
            self.issue(line, "no coder name", "write your name in the coder column")
            return None
        proposed = self.resolve(_split_codes(self.cell(values, "proposed")), line, "proposed")
        final = self.resolve(codes_cell, line, "codes")
        if proposed is None or final is None:
            return None
        if decision in ("accept", "reject") and final and set(final) != (set(proposed) if decision == "accept"
                                                                          else set()):
            self.issue(line, f"decision '{decision}' but codes {';'.join(final)} were written; read as 'correct'",
                       severity="warning")
            decision = "correct"
        if decision == "accept":
            final = proposed
        elif decision == "reject":
            final = []
        kinds = [(c, "accepted") for c in proposed if c in final]
        kinds += [(c, "rejected") for c in proposed if c not in final]
        kinds += [(c, "added") for c in final if c not in proposed]
        if not final:
            kinds.append(("", "accepted"))  # reviewed: no code applies
        return who, kinds, _norm_text(self.cell(values, "note"))


def validate_sheet(path, segments: pd.DataFrame, codebook: Codebook, sample_ids=None, *,
                   coder: str | None = None) -> list[Issue]:
    """Every problem :func:`import_sheet` would report (errors and warnings), without raising."""
    try:
        return _read_sheet(path, segments, codebook, sample_ids, coder)[2]
    except ExchangeError as exc:
        return exc.issues


def import_sheet(path, segments: pd.DataFrame, codebook: Codebook, sample_ids=None, *, coder: str | None = None
                 ) -> tuple[pd.DataFrame, SheetReport]:
    """Read a filled coding sheet; return ``(decisions, report)``.

    ``decisions`` has columns ``seg_id, code, decision, coder, note`` with ``decision`` one of ``accepted``,
    ``rejected``, ``added`` (an empty ``code`` with ``accepted``: reviewed, no code applies), the vocabulary of
    :meth:`qualcode.validation._store.Project.add_decisions`; ``report`` (a :class:`SheetReport`) counts rows,
    reviewed rows and decisions by kind. ``coder`` fills rows whose coder cell is empty. Raises
    :class:`~qualcode.errors.ExchangeError` listing every problem as ``path:row: message``.
    """
    decisions, report, issues = _read_sheet(path, segments, codebook, sample_ids, coder)
    if any(i.is_error for i in issues):
        raise ExchangeError(issues, summary=f"coding sheet {path} has problems")
    return decisions, report
