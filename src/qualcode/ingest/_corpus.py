"""Read a corpus folder: transcripts (.txt .md .docx .csv .xlsx), respondents table, optional corpus.yaml.

Layout::

    mystudy/
      corpus.yaml          optional: name, description, exclude (globs), speakers (extra labels), encoding
      respondents.csv      optional: id, role, ... (or respondents.xlsx)
      F07.txt  S01.docx  survey.xlsx  transcripts/...   (subfolders are read too)

Every problem of every file is collected and reported at once as ``path:line: message (hint)``. With
``keep_going=True`` the good files load and the bad ones are listed in ``Corpus.problems``; nothing is skipped
without a record.
"""

from __future__ import annotations

import fnmatch
import hashlib
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from qualcode.errors import Issue, MetadataError, TranscriptError
from qualcode.model import Corpus, Document, Turn
from qualcode.ingest._encoding import DecodeFailure, decode_bytes
from qualcode.ingest._notes import find_notes
from qualcode.ingest._tables import ID_COLUMNS, _find, read_docx_text, read_frame, rows_to_documents
from qualcode.ingest._transcript import SpeakerLabels, parse_transcript, safe_yaml
from qualcode.errors import require
from qualcode._progress import progress

__all__ = ["TRANSCRIPT_SUFFIXES", "corpus_files", "read_corpus", "read_files", "read_transcript", "validate_corpus"]

TRANSCRIPT_SUFFIXES = (".txt", ".md", ".docx", ".csv", ".xlsx")
CONFIG_KEYS = {"name", "description", "exclude", "speakers", "encoding", "convert"}
_ALWAYS_SKIP = ("corpus.yaml", "corpus.yml", "README*", "readme*", "LICENSE*", "SOURCE*", ".*", "~$*")
#: Files larger than this are refused (a transcript is rarely over a few MB; this protects memory).
MAX_FILE_BYTES = 64 * 1024 * 1024


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _load_config(root: Path, issues: list[Issue]) -> dict[str, Any]:
    for name in ("corpus.yaml", "corpus.yml"):
        path = root / name
        if path.exists():
            try:
                data = safe_yaml(path.read_text(encoding="utf-8-sig")) or {}
            except (yaml.YAMLError, UnicodeDecodeError) as exc:
                mark = getattr(exc, "problem_mark", None)
                issues.append(Issue(str(path), mark.line + 1 if mark else None, f"broken corpus.yaml: {exc}".split("\n")[0],
                                    "corpus.yaml is YAML: name, description, exclude, speakers, encoding"))
                return {}
            if not isinstance(data, dict):
                issues.append(Issue(str(path), 1, "corpus.yaml must be a mapping", "e.g. 'name: mystudy'"))
                return {}
            for key in data:
                if key not in CONFIG_KEYS:
                    import difflib

                    close = difflib.get_close_matches(str(key), CONFIG_KEYS, n=1)
                    issues.append(Issue(str(path), None, f"unknown key {key!r} in corpus.yaml",
                                        f"did you mean {close[0]!r}?" if close else
                                        f"known keys: {', '.join(sorted(CONFIG_KEYS))}"))
            return data
    return {}


def _labels_from_config(config: Mapping[str, Any], labels: SpeakerLabels | None) -> SpeakerLabels:
    base = labels or SpeakerLabels()
    spk = config.get("speakers") or {}
    if isinstance(spk, dict):
        inter = tuple(str(x) for x in spk.get("interviewer", []) or [])
        resp = tuple(str(x) for x in spk.get("respondent", []) or [])
        base = SpeakerLabels(base.interviewer + inter, base.respondent + resp, base.names)
    return base


def _excluded(rel: str, patterns: Iterable[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    for pat in patterns:
        if fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(name, pat):
            return True
    return False


def _list_files(root: Path, config: Mapping[str, Any]) -> tuple[list[Path], Path | None]:
    exclude = [*_ALWAYS_SKIP, *[str(p) for p in (config.get("exclude") or [])]]
    respondents = None
    files = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if not path.is_file() or path.suffix.lower() not in TRANSCRIPT_SUFFIXES:
            continue
        if path.parent == root and path.stem.lower() == "respondents" and path.suffix.lower() in (".csv", ".xlsx"):
            respondents = path
            continue
        if _excluded(rel, exclude):
            continue
        files.append(path)
    return files, respondents


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


def read_transcript(path: str | Path, *, root: str | Path | None = None, labels: SpeakerLabels | None = None,
                    encoding: str | None = None) -> tuple[list[Document], list[Issue]]:
    """Read one transcript file (any supported format) into documents; problems are returned, not raised."""
    path = Path(path)
    rel = _fix_name(path.relative_to(root).as_posix() if root else str(path))
    shown = _fix_name(str(path))
    labels = labels or SpeakerLabels()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return [], [Issue(shown, None, f"file is {size / 1e6:.0f} MB, larger than a transcript can be",
                              "split it, or exclude it in corpus.yaml")]
        data = path.read_bytes()
    except OSError as exc:
        return [], [Issue(shown, None, f"cannot read file: {exc.strerror or exc}", "check the file's permissions")]
    digest = _sha256(data)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx"):
        frame, enc, issues = read_frame(data, shown, encoding)
        if frame is None:
            return [], issues
        docs_raw, more = rows_to_documents(frame, shown, labels)
        issues += more
        if not docs_raw and not issues:
            issues.append(Issue(shown, None, "empty table: no rows", "add one row per turn or answer"))
        docs = []
        for raw in docs_raw:
            turns = tuple(
                Turn(raw["doc_id"], k, spk, kind, s, e, raw["text"][s:e], line,
                     tuple((s + a, s + b) for a, b in find_notes(raw["text"][s:e])))
                for k, (spk, kind, s, e, line) in enumerate(raw["turns"], start=1)
            )
            docs.append(Document(raw["doc_id"], rel, digest, enc, raw["text"], turns, raw["attributes"],
                                 source_kind="table"))
        return docs, issues
    if suffix == ".docx":
        text, issues = read_docx_text(data, shown)
        enc = "docx"
        if text is None:
            return [], issues
    else:
        try:
            text, enc = decode_bytes(data, encoding)
        except DecodeFailure as exc:
            return [], [Issue(shown, None, exc.reason, exc.hint)]
    parsed = parse_transcript(text, shown, labels, default_id=_fix_name(path.stem))
    issues = parsed.issues
    attrs = dict(parsed.attributes)
    doc_id = str(attrs.pop("id", "") or _fix_name(path.stem)).strip()
    turns = tuple(parsed.turns)  # (made with this doc_id)
    if any(i.is_error for i in issues):
        return [], issues
    attrs["_id_line"] = parsed.id_line
    return [Document(doc_id, rel, digest, enc, text, turns, attrs,
                     source_kind="docx" if suffix == ".docx" else "text")], issues


def _read_respondents(path: Path, encoding: str | None) -> tuple[dict[str, tuple[int, dict[str, Any]]], list[Issue]]:
    shown = str(path)
    frame, _enc, issues = read_frame(path.read_bytes(), shown, encoding)
    if frame is None:
        return {}, issues
    id_col = _find(frame.columns, ID_COLUMNS)
    if id_col is None:
        issues.append(Issue(shown, 1, "respondents table has no id column",
                            f"name the column that holds document ids one of: {', '.join(ID_COLUMNS)}"))
    if "role" not in [c.lower() for c in frame.columns]:
        issues.append(Issue(shown, 1, "respondents table has no 'role' column",
                            "add a column 'role' (e.g. family, civil_affairs, community)"))
    if any(i.is_error for i in issues):
        return {}, issues
    role_col = next(c for c in frame.columns if c.lower() == "role")
    rows: dict[str, tuple[int, dict[str, Any]]] = {}
    for i, row in enumerate(frame.itertuples(index=False), start=2):
        values = {c: str(v).strip() for c, v in zip(frame.columns, row)}
        rid = values.pop(id_col)
        if not rid:
            if any(values.values()):
                issues.append(Issue(shown, i, "row has no id", "fill the id column"))
            continue
        if rid in rows:
            issues.append(Issue(shown, i, f"id {rid!r} appears twice (first on line {rows[rid][0]})",
                                "keep one row per respondent"))
            continue
        if not values.get(role_col):
            issues.append(Issue(shown, i, f"respondent {rid!r} has no role", "fill the role column"))
        attrs = {("role" if c == role_col else c): v for c, v in values.items() if v != ""}
        rows[rid] = (i, attrs)
    return rows, issues


def _collect(root: Path, keep_going: bool, labels: SpeakerLabels | None, encoding: str | None,
             convert: str | None, only: Iterable[Path] | None = None) -> tuple[Corpus, list[Issue]]:
    issues: list[Issue] = []
    if not root.exists():
        raise TranscriptError([Issue(str(root), None, "corpus folder does not exist",
                                     "give the folder that holds the transcripts")])
    if root.is_file():
        files, respondents, config = [root], None, {}
        base = root.parent
    else:
        config = _load_config(root, issues)
        files, respondents = _list_files(root, config)
        base = root
        if only is not None:  # one chunk of the corpus (qualcode.scale): these files, the folder's settings
            files = list(only)
    labels = _labels_from_config(config, labels)
    encoding = encoding or config.get("encoding")
    convert = convert or config.get("convert")
    if root.is_dir() and not files and only is None:
        issues.append(Issue(str(root), None, "no transcripts found",
                            f"put {', '.join(TRANSCRIPT_SUFFIXES)} files in the folder"))

    documents: list[Document] = []
    bad_files: set[str] = set()
    seen: dict[str, str] = {}

    for path in progress(files, desc="reading transcripts", total=len(files), unit="file"):
        docs, found = read_transcript(path, root=base, labels=labels, encoding=encoding)
        issues.extend(found)
        if any(i.is_error for i in found):
            bad_files.add(str(path))
        for doc in docs:
            id_line = doc.attributes.get("_id_line")
            attrs = {k: v for k, v in doc.attributes.items() if k != "_id_line"}
            if doc.doc_id in seen:
                issues.append(Issue(str(path), id_line or 1, f"duplicate document id {doc.doc_id!r} "
                                    f"(also in {seen[doc.doc_id]})", "give every transcript its own id"))
                bad_files.add(str(path))
                continue
            seen[doc.doc_id] = str(path)
            documents.append(Document(doc.doc_id, doc.path, doc.sha256, doc.encoding, doc.text, doc.turns, attrs,
                                      doc.source_kind))

    if respondents is not None:
        rows, found = _read_respondents(respondents, encoding)
        issues.extend(found)
        joined = []
        for doc in documents:
            attrs = dict(doc.attributes)
            if doc.doc_id in rows:
                line, extra = rows[doc.doc_id]
                for key, value in extra.items():
                    mine = attrs.get(key)
                    if mine is not None and str(mine).strip() != value:
                        issues.append(Issue(str(respondents), line, f"{key} of {doc.doc_id!r} is {value!r} here but "
                                            f"{mine!r} in the front matter of {doc.path}",
                                            "make the respondents table and the front matter agree (or drop one)"))
                        bad_files.add(str(respondents))
                    else:
                        attrs[key] = value
            joined.append(Document(doc.doc_id, doc.path, doc.sha256, doc.encoding, doc.text, doc.turns, attrs,
                                   doc.source_kind))
        documents = joined
        for rid, (line, _extra) in rows.items():
            if rid not in seen and only is None:
                issues.append(Issue(str(respondents), line, f"respondent {rid!r} has no transcript",
                                    "check the id or add the transcript", severity="warning"))

    for doc in documents:
        if not doc.attributes.get("role"):
            issues.append(Issue(str(base / doc.path), 1, f"document {doc.doc_id!r} has no role",
                                "set role in the front matter or in respondents.csv", severity="warning"))

    if convert:
        if str(convert) != "t2s":
            issues.append(Issue(str(root), None, f"convert={convert!r} is not supported", "use convert: t2s"))
        else:
            documents = [Document(d.doc_id, d.path, d.sha256, d.encoding, d.text, d.turns, d.attributes,
                                  d.source_kind, match_text=_to_simplified(d.text)) for d in documents]

    name = str(config.get("name") or (root.name if root.is_dir() else root.stem))
    corpus = Corpus(str(root), tuple(documents), name=name, problems=tuple(issues), config=config)
    return corpus, issues


def read_corpus(path: str | Path, *, keep_going: bool = False, labels: SpeakerLabels | None = None,
                encoding: str | None = None, convert: str | None = None) -> Corpus:
    """Read a corpus folder (or a single transcript file) into a :class:`~qualcode.model.Corpus`.

    Raises :class:`~qualcode.errors.TranscriptError` (or :class:`~qualcode.errors.MetadataError` when only the
    respondents table is wrong) listing every problem of every file. With ``keep_going=True`` the good files are
    loaded and every problem is kept in ``corpus.problems``. ``convert="t2s"`` adds a Simplified-Chinese copy of each
    text as ``Document.match_text`` (same length, for matching), never replacing the original text.
    """
    corpus, issues = _collect(Path(path), keep_going, labels, encoding, convert)
    return _checked(corpus, issues, keep_going)


def _checked(corpus: Corpus, issues: list[Issue], keep_going: bool) -> Corpus:
    """The corpus, or the error that lists every problem (as :func:`read_corpus` documents)."""
    errors = [i for i in issues if i.is_error]
    if errors and not keep_going:
        only_meta = all(i.path.rsplit("/", 1)[-1].lower().startswith("respondents") for i in errors)
        exc = MetadataError if only_meta else TranscriptError
        n_files = len({i.path for i in errors})
        raise exc(issues, summary=f"{len(errors)} problem{'s' if len(errors) != 1 else ''} in {n_files} "
                                  f"file{'s' if n_files != 1 else ''} (use --keep-going to load the good files)")
    config_errors = [i for i in errors if i.path.rsplit("/", 1)[-1] in ("corpus.yaml", "corpus.yml")]
    if keep_going and config_errors:
        raise TranscriptError(issues, summary="corpus.yaml is broken, so the corpus cannot be read")
    if keep_going and not corpus.documents and errors:
        raise TranscriptError(issues, summary="no transcript could be loaded")
    return corpus


def corpus_files(path: str | Path) -> list[Path]:
    """The transcript files :func:`read_corpus` would read from a folder (honouring corpus.yaml's ``exclude``),
    in reading order; a single file is returned as it is. Used to read a large corpus in chunks."""
    root = Path(path)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise TranscriptError([Issue(str(root), None, "corpus folder does not exist",
                                     "give the folder that holds the transcripts")])
    return _list_files(root, _load_config(root, []))[0]


def read_files(path: str | Path, files: Iterable[str | Path], *, keep_going: bool = False,
               labels: SpeakerLabels | None = None, encoding: str | None = None, convert: str | None = None
               ) -> Corpus:
    """Read some of the transcripts of a corpus folder (from :func:`corpus_files`) with the folder's settings
    (corpus.yaml, respondents table): one chunk of a corpus too large to hold at once, read exactly as
    :func:`read_corpus` reads those files. Checks that need every file (duplicate ids across chunks, respondents
    without a transcript) are left to the caller."""
    root = Path(path)
    corpus, issues = _collect(root, keep_going, labels, encoding, convert, only=[Path(f) for f in files])
    return _checked(corpus, issues, keep_going)


def validate_corpus(path: str | Path, **kwargs: Any) -> list[Issue]:
    """Every problem (errors and warnings) of a corpus folder, without raising."""
    try:
        _corpus, issues = _collect(Path(path), True, kwargs.get("labels"), kwargs.get("encoding"),
                                   kwargs.get("convert"))
    except TranscriptError as exc:
        return exc.issues
    return issues
