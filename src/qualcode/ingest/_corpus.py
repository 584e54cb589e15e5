"""Read a corpus folder: transcripts (.txt .md .docx .csv .xlsx .srt .vtt), respondents table, optional corpus.yaml.

Layout::

    mystudy/
      corpus.yaml          optional: name, description, exclude (globs), speakers (extra labels), encoding, convert,
                           layout, turn_pattern, header_row, follow_links
      respondents.csv      optional: id, role, ... (or respondents.xlsx); a speaker column keys rows by document and
                           speaker (group interviews)
      F07.txt  S01.docx  survey.xlsx  I06.srt  transcripts/...   (subfolders are read too)

Every problem of every file is collected and reported at once as ``path:line: message (hint)``. With
``keep_going=True`` the good files load and the bad ones are listed in ``Corpus.problems``; nothing is skipped
without a record.
"""

from __future__ import annotations

import difflib
import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from qualcode._progress import progress
from qualcode.errors import Issue, MetadataError, TranscriptError, require
from qualcode.ingest._docx import docx_problem, read_docx_text
from qualcode.ingest._encoding import DecodeFailure, decode_bytes
from qualcode.ingest._files import list_files
from qualcode.ingest._layouts import LAYOUT_NAMES, compile_turn_pattern
from qualcode.ingest._options import ReadOptions
from qualcode.ingest._speakers import Declared, SpeakerLabels
from qualcode.ingest._subtitles import SUBTITLE_SUFFIXES, parse_subtitles
from qualcode.ingest._tables import ID_COLUMNS, SPEAKER_COLUMNS, _find, read_frame, read_sheet, rows_to_documents
from qualcode.ingest._transcript import RawTurn, build_turns, parse_transcript, safe_yaml
from qualcode.model import Corpus, Document

__all__ = ["TRANSCRIPT_SUFFIXES", "corpus_files", "read_corpus", "read_files", "read_transcript", "validate_corpus"]

TRANSCRIPT_SUFFIXES = (".txt", ".md", ".docx", ".csv", ".xlsx", ".srt", ".vtt")
CONFIG_KEYS = {"name", "description", "exclude", "speakers", "encoding", "convert", "layout", "turn_pattern",
               "header_row", "follow_links"}
#: Files larger than this are refused (a transcript is rarely over a few MB; this protects memory).
MAX_FILE_BYTES = 64 * 1024 * 1024
_CONTROL = {chr(c) for c in range(32)} | {"\x7f"}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _key_line(text: str, key: str) -> int | None:
    for i, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith(f"{key}:"):
            return i
    return None


def _check_config(path: Path, text: str, data: dict[str, Any], issues: list[Issue]) -> None:
    for key in data:
        if key not in CONFIG_KEYS:
            close = difflib.get_close_matches(str(key), CONFIG_KEYS, n=1)
            issues.append(Issue(str(path), _key_line(text, str(key)), f"unknown key {key!r} in corpus.yaml",
                                f"did you mean {close[0]!r}?" if close else
                                f"known keys: {', '.join(sorted(CONFIG_KEYS))}"))
    layout = data.get("layout")
    if layout is not None and str(layout) not in LAYOUT_NAMES:
        issues.append(Issue(str(path), _key_line(text, "layout"), f"layout {layout!r} is not known",
                            f"use one of: {', '.join(LAYOUT_NAMES)}"))
    if data.get("turn_pattern") is not None:
        _layout, reason = compile_turn_pattern(str(data["turn_pattern"]))
        if reason:
            issues.append(Issue(str(path), _key_line(text, "turn_pattern"), reason,
                                "e.g. turn_pattern: '(?P<speaker>\\S+) (?P<time>\\d+:\\d\\d)$'"))
    row = data.get("header_row")
    if row is not None and (isinstance(row, bool) or not isinstance(row, int) or row < 1):
        issues.append(Issue(str(path), _key_line(text, "header_row"), f"header_row {row!r} must be a row number >= 1",
                            "the spreadsheet row that holds the column names, e.g. header_row: 2"))


def _load_config(root: Path, issues: list[Issue]) -> dict[str, Any]:
    for name in ("corpus.yaml", "corpus.yml"):
        path = root / name
        if path.exists():
            try:
                text = path.read_text(encoding="utf-8-sig")
                data = safe_yaml(text) or {}
            except (yaml.YAMLError, UnicodeDecodeError) as exc:
                mark = getattr(exc, "problem_mark", None)
                issues.append(Issue(str(path), mark.line + 1 if mark else 1,
                                    f"broken corpus.yaml: {exc}".split("\n")[0],
                                    "corpus.yaml is YAML: name, description, exclude, speakers, encoding"))
                return {}
            if not isinstance(data, dict):
                issues.append(Issue(str(path), 1, "corpus.yaml must be a mapping", "e.g. 'name: mystudy'"))
                return {}
            _check_config(path, text, data, issues)
            return data
    return {}


def _options(config: Mapping[str, Any], base: ReadOptions) -> ReadOptions:
    """Reading options: the arguments given, else corpus.yaml's."""
    labels = base.labels
    spk = config.get("speakers") or {}
    if isinstance(spk, dict):
        inter = tuple(str(x) for x in spk.get("interviewer", []) or [])
        resp = tuple(str(x) for x in spk.get("respondent", []) or [])
        labels = SpeakerLabels(labels.interviewer + inter, labels.respondent + resp, labels.names)
    layout = base.layout if base.layout != "auto" else str(config.get("layout") or "auto")
    if layout not in LAYOUT_NAMES:
        layout = "auto"
    pattern = base.turn_pattern or (str(config["turn_pattern"]) if config.get("turn_pattern") else None)
    if pattern and compile_turn_pattern(pattern)[0] is None:
        pattern = None
    row = base.header_row or (config.get("header_row") if isinstance(config.get("header_row"), int) else None)
    return replace(base, labels=labels, encoding=base.encoding or config.get("encoding"), layout=layout,
                   turn_pattern=pattern, header_row=row,
                   follow_links=base.follow_links or bool(config.get("follow_links")))


def _to_simplified(text: str) -> str:
    """Traditional -> Simplified with OpenCC, character by character where a phrase would change the length."""

    opencc = require("opencc", package="opencc", extra="opencc", purpose="Traditional->Simplified conversion")
    conv = opencc.OpenCC("t2s")
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(c) == 1 else ch for ch, c in ((ch, conv.convert(ch)) for ch in text))


def _fix_name(name: str) -> str:
    """A file name whose bytes were not valid in the file-system encoding (a zip made on Chinese Windows holds GBK
    names) comes back with lone surrogates; decode those bytes as GB18030, else replace them."""
    if not any("\udc80" <= ch <= "\udcff" for ch in name):
        return name
    import os

    raw = os.fsencode(name)
    for enc in ("gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def bad_id_reason(doc_id: str) -> str | None:
    """Why a document id cannot be used (it is part of every segment's display id ``doc:turn:sentence``)."""
    if ":" in doc_id:
        return "contains ':'"
    if any(ch in _CONTROL for ch in doc_id):
        return "contains a control character (a line break or tab)"
    return None


def _table_documents(data: bytes, path: Path, shown: str, rel: str, digest: str, opts: ReadOptions
                     ) -> tuple[list[Document], list[Issue]]:
    sheet, issues = read_sheet(data, shown, opts.encoding, opts.header_row)
    if sheet is None:
        return [], issues
    raws, more = rows_to_documents(sheet.frame, shown, opts.labels, sheet.lines)
    issues += more
    if not raws and not any(i.is_error for i in issues):
        issues.append(Issue(shown, 1, "empty table: no rows", "add one row per turn or answer"))
    meta = {"title": sheet.title, "fields": {}, "other": sheet.other,
            "lines": (1, sheet.header_line - 1)} if sheet.title else {}
    docs = []
    for raw in raws:
        reason = bad_id_reason(raw["doc_id"])
        if reason:
            issues.append(Issue(shown, raw["line"], f"document id {raw['doc_id']!r} {reason}",
                                "document ids are part of segment ids (doc:turn:sentence); change the id cell"))
            continue
        declared = {lbl: Declared(None, None, attrs, shown, raw["line"]) for lbl, attrs in raw["speakers"].items()}
        for t in raw["turns"]:
            if t["kind"] and t["speaker"] not in declared:
                declared[t["speaker"]] = Declared(t["kind"], None, {}, shown, t["line"])
        declared.update(opts.speakers.get(raw["doc_id"]) or {})
        rt = [RawTurn(t["speaker"], t["start"], t["end"], t["line"], t["time_start"], t["time_end"])
              for t in raw["turns"]]
        turns, found = build_turns(raw["text"], rt, opts.labels, declared, raw["doc_id"], shown)
        turns = [replace(t, attributes={**t.attributes, **r["attributes"]}) for t, r in zip(turns, raw["turns"])]
        issues += found
        if raw["per_turn"]:
            issues.append(Issue(shown, raw["line"], f"document {raw['doc_id']!r}: column(s) "
                                f"{', '.join(raw['per_turn'])} change from row to row and are read as turn "
                                "attributes", "a respondent attribute (role, gender ...) has one value per "
                                "document; check these columns are meant per row", severity="note"))
        docs.append(Document(raw["doc_id"], rel, digest, sheet.encoding, raw["text"], tuple(turns), raw["attributes"],
                             source_kind="table", metadata=meta))
    return docs, issues


def _decode(data: bytes, path: Path, shown: str, opts: ReadOptions) -> tuple[str | None, str, list[Issue], Any]:
    """The text of a transcript file (a .docx read through its XML), its encoding, issues and .docx info."""
    if path.suffix.lower() == ".docx":
        text, issues, info = read_docx_text(data, shown)
        return text, "docx", issues, info
    try:
        text, enc = decode_bytes(data, opts.encoding)
    except DecodeFailure as exc:
        return None, "", [Issue(shown, 1, exc.reason, exc.hint)], None
    return text, enc, [], None


def read_transcript(path: str | Path, *, root: str | Path | None = None, labels: SpeakerLabels | None = None,
                    encoding: str | None = None, options: ReadOptions | None = None
                    ) -> tuple[list[Document], list[Issue]]:
    """Read one transcript file (any supported format) into documents; problems are returned, not raised."""
    path = Path(path)
    opts = options or ReadOptions()
    opts = replace(opts, labels=labels or opts.labels, encoding=encoding or opts.encoding)
    rel = _fix_name(path.relative_to(root).as_posix() if root else str(path))
    shown = _fix_name(str(path))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return [], [Issue(shown, 1, f"file is {size / 1e6:.0f} MB, larger than a transcript can be",
                              "split it, or exclude it in corpus.yaml")]
        data = path.read_bytes()
    except OSError as exc:
        return [], [Issue(shown, 1, f"cannot read file: {exc.strerror or exc}", "check the file's permissions")]
    digest = _sha256(data)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx"):
        return _table_documents(data, path, shown, rel, digest, opts)
    text, enc, issues, info = _decode(data, path, shown, opts)
    if text is None:
        return [], issues
    stem = _fix_name(path.stem)
    if suffix in SUBTITLE_SUFFIXES:
        parsed = parse_subtitles(text, shown, suffix, doc_id=stem, options=opts)
    else:
        parsed = parse_transcript(text, shown, doc_id="", default_id=stem, options=opts)
    issues += parsed.issues
    if info is not None and not parsed.turns:
        problem = docx_problem(info, shown)
        if problem is not None:  # say why instead of "empty" or "text before the first speaker tag"
            issues = [i for i in issues if not i.is_error] + [problem]
    attrs = dict(parsed.attributes)
    attrs.pop("id", None)
    doc_id = parsed.doc_id
    reason = bad_id_reason(doc_id)
    if reason:
        where = "the front matter's id" if parsed.id_line else "the file name"
        issues.append(Issue(shown, parsed.id_line or 1, f"document id {doc_id!r} {reason}",
                            f"document ids are part of segment ids (doc:turn:sentence); change {where}"))
    if any(i.is_error and i.path == shown for i in issues):  # (a respondents-table conflict keeps the document)
        return [], issues
    attrs["_id_line"] = parsed.id_line
    kind = {".docx": "docx", ".srt": "subtitles", ".vtt": "subtitles"}.get(suffix, "text")
    return [Document(doc_id, rel, digest, enc, text, tuple(parsed.turns), attrs, source_kind=kind,
                     metadata=parsed.metadata)], issues


def _respondent_rows(frame, shown: str, first_line: int, issues: list[Issue]
                     ) -> tuple[dict[str, tuple[int, dict[str, Any]]], dict[str, dict[str, Declared]]]:
    """Rows of the respondents table: by document, and by document and speaker (when it has a speaker column)."""
    id_col = _find(frame.columns, ID_COLUMNS)
    role_col = next(c for c in frame.columns if c.lower() == "role")
    spk_col = _find([c for c in frame.columns if c not in (id_col, role_col)], SPEAKER_COLUMNS)
    rid_col = "respondent_id" if "respondent_id" in frame.columns and id_col != "respondent_id" else None
    rows: dict[str, tuple[int, dict[str, Any]]] = {}
    speakers: dict[str, dict[str, Declared]] = {}
    for i, row in enumerate(frame.itertuples(index=False), start=first_line):
        values = {c: str(v).strip() for c, v in zip(frame.columns, row)}
        rid = values.pop(id_col)
        speaker = values.pop(spk_col, "") if spk_col else ""
        if not rid:
            if any(values.values()):
                issues.append(Issue(shown, i, "row has no id", "fill the id column"))
            continue
        key = f"{rid}/{speaker}" if speaker else rid
        if key in rows or (speaker and speaker in speakers.get(rid, {})):
            issues.append(Issue(shown, i, f"id {key!r} appears twice", "keep one row per respondent"))
            continue
        if not values.get(role_col) and values.get("speaker_kind", "").lower() != "interviewer":
            issues.append(Issue(shown, i, f"respondent {key!r} has no role", "fill the role column"))
        attrs = {("role" if c == role_col else c): v for c, v in values.items() if v != ""}
        if speaker:
            kind = attrs.pop("speaker_kind", None)
            person = attrs.pop("respondent_id", None) if rid_col else None
            speakers.setdefault(rid, {})[speaker] = Declared(kind, person, attrs, shown, i)
        else:
            rows[rid] = (i, attrs)
    return rows, speakers


def _read_respondents(path: Path, encoding: str | None
                      ) -> tuple[dict[str, tuple[int, dict[str, Any]]], dict[str, dict[str, Declared]], list[Issue]]:
    shown = str(path)
    frame, _enc, issues = read_frame(path.read_bytes(), shown, encoding)
    if frame is None:
        return {}, {}, issues
    if _find(frame.columns, ID_COLUMNS) is None:
        issues.append(Issue(shown, 1, "respondents table has no id column",
                            f"name the column that holds document ids one of: {', '.join(ID_COLUMNS)}"))
    if "role" not in [c.lower() for c in frame.columns]:
        issues.append(Issue(shown, 1, "respondents table has no 'role' column",
                            "add a column 'role' (e.g. family, civil_affairs, community)"))
    if any(i.is_error for i in issues):
        return {}, {}, issues
    rows, speakers = _respondent_rows(frame, shown, frame.attrs.get("first_line", 2), issues)
    return rows, speakers, issues


def _read_documents(files: list[Path], base: Path, opts: ReadOptions, issues: list[Issue]) -> list[Document]:
    documents: list[Document] = []
    seen: dict[str, str] = {}
    for path in progress(files, desc="reading transcripts", total=len(files), unit="file"):
        docs, found = read_transcript(path, root=base, options=opts)
        issues.extend(found)
        for doc in docs:
            id_line = doc.attributes.get("_id_line")
            attrs = {k: v for k, v in doc.attributes.items() if k != "_id_line"}
            if doc.doc_id in seen:
                issues.append(Issue(str(path), id_line or 1, f"duplicate document id {doc.doc_id!r} "
                                    f"(also in {seen[doc.doc_id]})", "give every transcript its own id"))
                continue
            seen[doc.doc_id] = str(path)
            documents.append(replace(doc, attributes=attrs))
    return documents


def _join_respondents(documents: list[Document], rows: dict[str, tuple[int, dict[str, Any]]],
                      speakers: dict[str, dict[str, Declared]], table: Path, issues: list[Issue],
                      whole: bool = True) -> list[Document]:
    """Respondent attributes joined to the documents; rows without a transcript are reported when ``whole`` (the
    whole corpus was read, not one chunk of it)."""
    joined = []
    for doc in documents:
        attrs = dict(doc.attributes)
        if doc.doc_id in rows:
            line, extra = rows[doc.doc_id]
            for key, value in extra.items():
                mine = attrs.get(key)
                if mine is not None and str(mine).strip() != value:
                    issues.append(Issue(str(table), line, f"{key} of {doc.doc_id!r} is {value!r} here but "
                                        f"{mine!r} in the front matter of {doc.path}",
                                        "make the respondents table and the front matter agree (or drop one)"))
                else:
                    attrs[key] = value
        joined.append(replace(doc, attributes=attrs))
    ids = {d.doc_id: d for d in documents}
    if not whole:
        return joined
    for rid, (line, _extra) in rows.items():
        if rid not in ids:
            issues.append(Issue(str(table), line, f"respondent {rid!r} has no transcript",
                                "check the id or add the transcript", severity="warning"))
    for rid, by_label in speakers.items():
        for label, decl in by_label.items():
            found = ids.get(rid)
            if found is None or not any(t.speaker == label for t in found.turns):
                where = "has no transcript" if found is None else f"does not speak in {rid!r}"
                issues.append(Issue(str(table), decl.line, f"speaker {label!r} of {rid!r} {where}",
                                    "check the id and the speaker label", severity="warning"))
    return joined


def _sources(root: Path, opts: ReadOptions, issues: list[Issue], only: Iterable[Path] | None = None
             ) -> tuple[dict[str, Any], list[Path], Path | None, Path, ReadOptions]:
    """corpus.yaml, the transcript files (``only`` these, for one chunk of a corpus), the respondents table, the base
    folder and the reading options."""
    if not root.exists():
        raise TranscriptError([Issue(str(root), None, "corpus folder does not exist",
                                     "give the folder that holds the transcripts")])
    if root.is_file():
        return {}, [root], None, root.parent, _options({}, opts)
    config = _load_config(root, issues)
    opts = _options(config, opts)
    files, respondents, found = list_files(root, [str(p) for p in (config.get("exclude") or [])],
                                           TRANSCRIPT_SUFFIXES, opts.follow_links)
    if only is not None:  # one chunk of the corpus (qualcode.scale): these files, the folder's settings
        files = list(only)
    else:
        issues.extend(found)
    if not files and only is None:
        issues.append(Issue(str(root), None, "no transcripts found",
                            f"put {', '.join(TRANSCRIPT_SUFFIXES)} files in the folder"))
    return config, files, respondents, root, opts


def _collect(root: Path, opts: ReadOptions, convert: str | None,
             only: Iterable[Path] | None = None) -> tuple[Corpus, list[Issue]]:
    issues: list[Issue] = []
    config, files, respondents, base, opts = _sources(root, opts, issues, only)
    rows: dict[str, tuple[int, dict[str, Any]]] = {}
    speakers: dict[str, dict[str, Declared]] = {}
    if respondents is not None:
        rows, speakers, found = _read_respondents(respondents, opts.encoding)
        issues.extend(found)
        opts = replace(opts, speakers=speakers)
    documents = _read_documents(files, base, opts, issues)
    if respondents is not None:
        documents = _join_respondents(documents, rows, speakers, respondents, issues, whole=only is None)
    for doc in documents:
        if not doc.attributes.get("role"):
            issues.append(Issue(str(base / doc.path), 1, f"document {doc.doc_id!r} has no role",
                                "set role in the front matter or in respondents.csv", severity="warning"))
    convert = convert or config.get("convert")
    if convert:
        if str(convert) != "t2s":
            issues.append(Issue(str(root), None, f"convert={convert!r} is not supported", "use convert: t2s"))
        else:
            documents = [replace(d, match_text=_to_simplified(d.text)) for d in documents]
    name = str(config.get("name") or (root.name if root.is_dir() else root.stem))
    corpus = Corpus(str(root), tuple(documents), name=name, problems=tuple(issues), config=config)
    return corpus, issues


def _reading_options(labels: SpeakerLabels | None, encoding: str | None, layout: str | None,
                     header_row: int | None, follow_links: bool, turn_pattern: str | None) -> ReadOptions:
    if layout is not None and layout not in LAYOUT_NAMES:
        raise ValueError(f"layout == {layout!r}, must be one of {', '.join(LAYOUT_NAMES)}")
    if turn_pattern is not None and compile_turn_pattern(turn_pattern)[0] is None:
        raise ValueError(f"turn_pattern == {turn_pattern!r}: {compile_turn_pattern(turn_pattern)[1]}")
    return ReadOptions(labels=labels or SpeakerLabels(), encoding=encoding, layout=layout or "auto",
                       turn_pattern=turn_pattern, header_row=header_row, follow_links=follow_links)


def read_corpus(path: str | os.PathLike[str], *, keep_going: bool = False, labels: SpeakerLabels | None = None,
                encoding: str | None = None, convert: str | None = None, layout: str | None = None,
                header_row: int | None = None, follow_links: bool = False, turn_pattern: str | None = None) -> Corpus:
    """Read a corpus folder (or a single transcript file) into a :class:`~qualcode.model.Corpus`.

    Raises :class:`~qualcode.errors.TranscriptError` (or :class:`~qualcode.errors.MetadataError` when only the
    respondents table is wrong) listing every problem of every file. With ``keep_going=True`` the good files are
    loaded and every problem is kept in ``corpus.problems``. ``convert="t2s"`` adds a Simplified-Chinese copy of each
    text as ``Document.match_text`` (same length, for matching), never replacing the original text. ``layout``,
    ``turn_pattern``, ``header_row`` and ``follow_links`` override corpus.yaml (see docs/corpus.md). Warnings and
    notes (undeclared speaker labels, header blocks read as metadata, links not followed) are in
    ``corpus.problems`` too.
    """
    opts = _reading_options(labels, encoding, layout, header_row, follow_links, turn_pattern)
    corpus, issues = _collect(Path(path), opts, convert)
    return _checked(corpus, issues, keep_going)


def _checked(corpus: Corpus, issues: list[Issue], keep_going: bool) -> Corpus:
    """The corpus, or the error that lists every problem (as :func:`read_corpus` documents)."""
    errors = [i for i in issues if i.is_error]
    if errors and not keep_going:
        only_meta = all(i.path.rsplit("/", 1)[-1].lower().startswith("respondents") for i in errors)
        exc = MetadataError if only_meta else TranscriptError
        n_files = len({i.path for i in errors})
        issues = sorted(issues, key=lambda i: {"error": 0, "warning": 1}.get(i.severity, 2))  # errors listed first
        raise exc(issues, summary=f"{len(errors)} problem{'s' if len(errors) != 1 else ''} in {n_files} "
                                  f"file{'s' if n_files != 1 else ''} (use --keep-going to load the good files)")
    config_errors = [i for i in errors if i.path.rsplit("/", 1)[-1] in ("corpus.yaml", "corpus.yml")]
    if keep_going and config_errors:
        raise TranscriptError(issues, summary="corpus.yaml is broken, so the corpus cannot be read")
    if keep_going and not corpus.documents and errors:
        raise TranscriptError(issues, summary="no transcript could be loaded")
    return corpus


def corpus_files(path: str | os.PathLike[str], *, follow_links: bool = False, problems: list[Issue] | None = None
                 ) -> list[Path]:
    """The transcript files :func:`read_corpus` would read from a folder (honouring corpus.yaml's ``exclude``),
    in reading order; a single file is returned as it is. Used to read a large corpus in chunks; the links that are
    not read (see :mod:`qualcode.ingest._files`) are added to ``problems`` when a list is given."""
    root = Path(path)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise TranscriptError([Issue(str(root), None, "corpus folder does not exist",
                                     "give the folder that holds the transcripts")])
    config = _load_config(root, [])
    follow = follow_links or bool(config.get("follow_links"))
    files, _respondents, found = list_files(root, [str(p) for p in (config.get("exclude") or [])],
                                            TRANSCRIPT_SUFFIXES, follow)
    if problems is not None:
        problems.extend(found)
    return files


def read_files(path: str | Path, files: Iterable[str | Path], *, keep_going: bool = False,
               labels: SpeakerLabels | None = None, encoding: str | None = None, convert: str | None = None,
               layout: str | None = None, header_row: int | None = None, follow_links: bool = False,
               turn_pattern: str | None = None) -> Corpus:
    """Read some of the transcripts of a corpus folder (from :func:`corpus_files`) with the folder's settings
    (corpus.yaml, respondents table): one chunk of a corpus too large to hold at once, read exactly as
    :func:`read_corpus` reads those files. Checks that need every file (duplicate ids across chunks, respondents
    without a transcript, links not read) are left to the caller."""
    opts = _reading_options(labels, encoding, layout, header_row, follow_links, turn_pattern)
    corpus, issues = _collect(Path(path), opts, convert, only=[Path(f) for f in files])
    return _checked(corpus, issues, keep_going)


def validate_corpus(path: str | Path, **kwargs: Any) -> list[Issue]:
    """Every problem (errors, warnings and notes) of a corpus folder, without raising. Takes the reading options
    of :func:`read_corpus`."""
    opts = _reading_options(kwargs.get("labels"), kwargs.get("encoding"), kwargs.get("layout"),
                            kwargs.get("header_row"), bool(kwargs.get("follow_links")), kwargs.get("turn_pattern"))
    try:
        _corpus, issues = _collect(Path(path), opts, kwargs.get("convert"))
    except TranscriptError as exc:
        return exc.issues
    return issues
