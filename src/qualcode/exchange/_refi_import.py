"""REFI-QDA project import: ``.qdpx`` (or a bare ``.qde``) -> corpus, codebook and codings per coder (see
:mod:`._refi_project` for the mapping and how positions are checked)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode._safezip import SafeZip, parse_xml, read_capped
from qualcode.errors import ExchangeError, Issue
from qualcode.exchange._refi_codebook import (
    check_namespace,
    child,
    children,
    codebook_from_element,
    find_project_member,
    localname,
    norm_guid,
)
from qualcode.exchange._refi_export import _INTERNAL_KEYS
from qualcode.exchange._refi_folder import file_id as _file_id
from qualcode.ingest._encoding import DecodeFailure, decode_bytes
from qualcode.ingest._notes import find_notes
from qualcode.ingest._transcript import parse_transcript, split_lines
from qualcode.model import CODING_COLUMNS, Codebook, Corpus, Document, Turn, _scalar, seg_id

__all__ = ["QdpxImport", "import_qdpx", "load_qdpx", "validate_qdpx"]

_EVIDENCE_RE = re.compile(r"^(?P<code>[^\s\[\]]+) \[(?P<coder>[^\]\n]+)\]: (?P<evidence>.*)$")


# ------------------------------------------------------------------------------------------------------- import
@dataclass
class QdpxImport:
    """Everything read from a project: the corpus, codebook, codings per coder, the raw bytes of each source (for
    byte-exact copies) and every issue found (warnings; errors only when not raised)."""

    corpus: Corpus
    codebook: Codebook
    codings_by_coder: dict[str, pd.DataFrame]
    source_bytes: dict[str, bytes] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    #: the project's name of each source, by document id (ids are made from the names, shortened when a name is
    #: too long for a file name)
    source_names: dict[str, str] = field(default_factory=dict)


def _paragraph_turns(text: str, doc_id: str, speaker: str) -> tuple[Turn, ...]:

    turns: list[Turn] = []
    for idx, (ls, le, _) in enumerate(split_lines(text), start=1):
        body = text[ls:le]
        stripped = body.strip(" \t\u3000")
        if not stripped:
            continue
        s = ls + (len(body) - len(body.lstrip(" \t\u3000")))
        e = s + len(stripped)
        turns.append(Turn(doc_id, len(turns) + 1, speaker, "respondent", s, e, text[s:e], idx,
                          tuple((s + a, s + b) for a, b in find_notes(text[s:e]))))
    return tuple(turns)


def _front_matter_id(text: str) -> str | None:
    """The ``id:`` of a transcript's YAML front matter (what ``read_corpus`` uses as doc_id), if any."""
    if not text.lstrip("\ufeff").startswith("---"):
        return None

    value = parse_transcript(text, "<source>").attributes.get("id")
    return str(value).strip() or None if value is not None else None


def _document(doc_id: str, text: str, encoding: str, raw: bytes, attrs: dict[str, Any], where: str,
              issues: list[Issue]) -> Document:
    import hashlib


    parsed = parse_transcript(text, where, doc_id=doc_id)
    front = {k: v for k, v in parsed.attributes.items() if k != "id"}
    merged = {**front, **attrs}
    if parsed.turns and not any(i.is_error for i in parsed.issues):
        turns = tuple(Turn(doc_id, t.turn, t.speaker, t.speaker_kind, t.start, t.end, t.text, t.line, t.notes)
                      for t in parsed.turns)
    else:
        turns = _paragraph_turns(text, doc_id, "respondent")
        issues.append(Issue(where, None, "source has no speaker tags; each non-empty line became one respondent turn",
                            "add tags such as '受访者：' / '访谈者：' to separate interviewer and respondent",
                            severity="warning"))
    return Document(doc_id, f"transcripts/{doc_id}.txt", hashlib.sha256(raw).hexdigest(), encoding, text, turns,
                    merged, source_kind="text")


def _variable_value(vv) -> tuple[str | None, Any]:
    ref = child(vv, "VariableRef")
    target = norm_guid(ref.get("targetGUID")) if ref is not None else None
    for el in vv:
        tag = localname(el)
        if tag == "VariableRef":
            continue
        text = (el.text or "").strip()
        try:
            if tag == "BooleanValue":
                return target, text.lower() in ("true", "1")
            if tag == "IntegerValue":
                return target, int(text)
            if tag == "FloatValue":
                return target, float(text)
        except ValueError:
            return target, text
        return target, el.text or ""
    return target, None


def _norm(s: str) -> str:
    return " ".join(s.replace("\r\n", "\n").split())


def _matches(actual: str, name: str) -> bool:
    a, n = _norm(actual), _norm(name)
    if a == n:
        return True
    trimmed = n.rstrip(".…").rstrip()
    return bool(trimmed) and trimmed != n and a.startswith(trimmed)


def _lf_positions(text: str) -> list[int]:
    """Positions in ``text`` of each position of ``text`` with CRLF counted as one character."""
    out, i = [], 0
    while i < len(text):
        out.append(i)
        i += 2 if text.startswith("\r\n", i) else 1
    out.append(len(text))
    return out


def _utf16_positions(text: str) -> list[int]:
    """Code-point positions of each UTF-16 code-unit position of ``text`` (programs built on .NET, Java or
    JavaScript count characters outside the Basic Multilingual Plane, such as 𠀀 or emoji, as two)."""
    out: list[int] = []
    for i, ch in enumerate(text):
        out.append(i)
        if ord(ch) > 0xFFFF:
            out.append(i + 1)  # the middle of a surrogate pair snaps to the next character
    out.append(len(text))
    return out


def _position_maps(text: str) -> list[tuple[list[int], str]]:
    maps = []
    if "\r\n" in text:
        maps.append((_lf_positions(text), "positions counted CRLF as one character; remapped"))
    if any(ord(ch) > 0xFFFF for ch in text):
        maps.append((_utf16_positions(text), "positions counted UTF-16 code units (characters outside the BMP "
                                             "as two); remapped"))
    return maps


def _locate(text: str, start: int, end: int, name: str | None, maps: list[tuple[list[int], str]]
            ) -> tuple[int, int, str | None]:
    """Checked ``(start, end, note)``: note is None when fine, else what was wrong / done."""
    n = len(text)
    in_range = 0 <= start <= end <= n
    if in_range and (not name or _matches(text[start:end], name)):
        return start, end, None
    for pos_map, note in maps:
        if name and 0 <= start <= end < len(pos_map):
            s2, e2 = pos_map[start], pos_map[end]
            if _matches(text[s2:e2], name):
                return s2, e2, note
    if name and _norm(name):
        needle = name.replace("\r\n", "\n")
        hits = [m.start() for m in re.finditer(re.escape(needle), text)]
        if not hits and "\n" in needle:
            needle = needle.replace("\n", "\r\n")
            hits = [m.start() for m in re.finditer(re.escape(needle), text)]
        if hits:
            best = min(hits, key=lambda h: abs(h - start))
            return best, best + len(needle), f"relocated to {best}-{best + len(needle)} where the selected text is"
    if not in_range:
        return -1, -1, f"positions {start}-{end} are outside the text (length {n}); dropped"
    return start, end, (f"selected text {_short(name or '')!r} does not match the text at {start}-{end} "
                        f"({_short(text[start:end])!r}); kept as given")


def _short(s: str, n: int = 30) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _seg_id(doc: Document, start: int) -> str:
    for t in doc.turns:
        if t.start <= start < t.end or (start == t.end == t.start):
            return seg_id(doc.doc_id, t.turn)
    following = [t for t in doc.turns if t.start >= start]
    if following:
        return seg_id(doc.doc_id, following[0].turn)
    return seg_id(doc.doc_id, doc.turns[-1].turn) if doc.turns else doc.doc_id


def _load(path) -> QdpxImport:

    p = Path(path)
    issues: list[Issue] = []
    try:
        with p.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise ExchangeError([Issue(str(p), None, f"cannot read file: {exc.strerror or exc}")]) from exc
    zf = None
    if head.startswith(b"PK"):
        zf = SafeZip(str(p), display=str(p))
        try:
            member = find_project_member(zf)
            if member is None:
                raise ExchangeError([Issue(str(p), None, "archive holds no project.qde",
                                           "a .qdpx must contain project.qde at its top level")])
            where = f"{p}!{member}"
            root = parse_xml(zf.read(member), where)
            return _from_root(p, root, where, zf, issues)
        finally:
            zf.close()
    where = str(p)
    root = parse_xml(read_capped(p), where)
    return _from_root(p, root, where, None, issues)


def _users(root) -> dict[str, str]:
    users = {}
    users_el = child(root, "Users")
    for u in children(users_el, "User") if users_el is not None else []:
        g = norm_guid(u.get("guid"))
        if g:
            users[g] = u.get("name") or u.get("id") or g
    return users


class _Values:
    """Variables, and the values of an element (a case or a source) by variable name."""

    def __init__(self, root, where: str, issues: list[Issue]):
        self.names: dict[str, str] = {}
        self.where, self.issues = where, issues
        vars_el = child(root, "Variables")
        for v in children(vars_el, "Variable") if vars_el is not None else []:
            g = norm_guid(v.get("guid"))
            if g:
                self.names[g] = v.get("name") or g

    def of(self, el) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for vv in children(el, "VariableValue"):
            target, value = _variable_value(vv)
            if target is None or value is None:
                continue
            name = self.names.get(target)
            if name is None:
                self.issues.append(Issue(self.where, vv.sourceline, f"VariableValue refers to unknown variable "
                                                                    f"{target}", severity="warning"))
                continue
            out[name] = value
        return out


def _cases(root, values: _Values, where: str, issues: list[Issue]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Source guid -> (case name, case values)."""
    case_of_source: dict[str, tuple[str, dict[str, Any]]] = {}
    cases_el = child(root, "Cases")
    for case in children(cases_el, "Case") if cases_el is not None else []:
        cname = case.get("name") or norm_guid(case.get("guid")) or "case"
        cvalues = values.of(case)
        for ref in children(case, "SourceRef"):
            g = norm_guid(ref.get("targetGUID"))
            if g is None:
                continue
            if g in case_of_source:
                issues.append(Issue(where, ref.sourceline, f"source {g} belongs to cases {case_of_source[g][0]!r} "
                                                           f"and {cname!r}; using the first", severity="warning"))
                continue
            case_of_source[g] = (cname, cvalues)
    return case_of_source


def _source_bytes(src, zf) -> bytes | None:
    """The text of a source: inline ``PlainTextContent``, or the ``internal://`` file in the archive."""
    content = child(src, "PlainTextContent")
    ptp = src.get("plainTextPath") or ""
    if content is not None and content.text is not None:
        return content.text.encode("utf-8")
    if ptp.lower().startswith("internal://") and zf is not None:
        fname = ptp[len("internal://"):]
        member = zf.find(f"sources/{fname}")
        if member is None:
            base = fname.rsplit("/", 1)[-1].lower()
            member = next((m for m in zf.names if m.rsplit("/", 1)[-1].lower() == base), None)
        if member is not None:
            return zf.read(member)
    return None


@dataclass
class _Context:
    """What reading the sources needs: codes by guid, users, where (for messages), issues, and the rows found."""

    code_by_guid: dict[str, str]
    users: dict[str, str]
    where: str
    issues: list[Issue]
    rows: list[dict[str, Any]] = field(default_factory=list)


def _add_codings(ctx: _Context, doc: Document, doc_attrs: dict[str, Any], sel, s: int, e: int, evidence_text: str,
                 default_user: str | None) -> None:
    evid: dict[tuple[str, str], str] = {}
    plain_note = ""
    for ln in (evidence_text or "").splitlines():
        m = _EVIDENCE_RE.match(ln.strip())
        if m:
            evid[(m.group("code"), m.group("coder"))] = m.group("evidence")
        elif ln.strip():
            plain_note = (plain_note + " " + ln.strip()).strip()
    for coding in children(sel, "Coding"):
        ref = child(coding, "CodeRef")
        cg = norm_guid(ref.get("targetGUID")) if ref is not None else None
        code_id = ctx.code_by_guid.get(cg or "")
        if code_id is None:
            ctx.issues.append(Issue(ctx.where, coding.sourceline, f"coding refers to unknown code {cg}; skipped",
                                    severity="warning"))
            continue
        ug = norm_guid(coding.get("creatingUser")) or default_user
        coder = ctx.users.get(ug, ug) if ug else "unknown"
        ctx.rows.append({"seg_id": _seg_id(doc, s), "doc_id": doc.doc_id, "start": s, "end": e, "code": code_id,
                         "coder": coder, "evidence": evid.get((code_id, coder), plain_note), **doc_attrs})


def _selections(ctx: _Context, src, doc: Document, sname: str) -> None:
    text = doc.text
    maps = _position_maps(text)
    doc_attrs = {"respondent_id": doc.respondent_id, "role": _scalar(doc.attributes.get("role"))}
    doc_attrs.update({k: _scalar(v) for k, v in doc.attributes.items()
                      if k not in _INTERNAL_KEYS and not str(k).startswith("_")})
    for sel in children(src, "PlainTextSelection"):
        sl = sel.sourceline
        try:
            s, e = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
        except ValueError:
            ctx.issues.append(Issue(ctx.where, sl, f"selection in {sname!r} has no whole-number startPosition/"
                                                   "endPosition; skipped", severity="warning"))
            continue
        s2, e2, note = _locate(text, s, e, sel.get("name"), maps)
        if note:
            ctx.issues.append(Issue(ctx.where, sl, f"selection {s}-{e} in {sname!r}: {note}", severity="warning"))
        if s2 < 0:
            continue
        desc = child(sel, "Description")
        _add_codings(ctx, doc, doc_attrs, sel, s2, e2, desc.text if desc is not None else "",
                     norm_guid(sel.get("creatingUser")))
    if children(src, "Coding"):
        _add_codings(ctx, doc, doc_attrs, src, 0, len(text), "", norm_guid(src.get("creatingUser")))


def _source(ctx: _Context, src, zf, values: _Values, case_of_source, taken: set[str]
            ) -> tuple[Document, bytes, str] | None:
    """One text source as a document (with its codings added to ``ctx.rows``), its bytes and its name."""
    sguid = norm_guid(src.get("guid")) or ""
    sname = src.get("name") or sguid or "source"
    line = src.sourceline
    raw = _source_bytes(src, zf)
    if raw is None:
        ptp = src.get("plainTextPath") or ""
        ctx.issues.append(Issue(ctx.where, line, f"text of source {sname!r} is not in the project "
                                                 f"({ptp or 'no plainTextPath'}); source and its codings skipped",
                                "export the project again with its source files included", severity="warning"))
        return None
    try:
        text, encoding = decode_bytes(raw)
    except DecodeFailure as exc:
        ctx.issues.append(Issue(ctx.where, line, f"source {sname!r}: {exc.reason}; skipped", exc.hint,
                                severity="warning"))
        return None
    doc_id = _file_id(_front_matter_id(text) or sname, taken)
    attrs: dict[str, Any] = values.of(src)
    if sguid in case_of_source:
        cname, cvalues = case_of_source[sguid]
        attrs = {**cvalues, **attrs}
        if cname != doc_id:
            attrs["respondent_id"] = cname
    if "role" not in attrs:
        alias = next((k for k in attrs if str(k).strip().lower() in ("role", "角色")), None)
        if alias is not None:
            attrs["role"] = attrs.pop(alias)
    doc = _document(doc_id, text, encoding, raw, attrs, f"{ctx.where}:{line}" if line else ctx.where, ctx.issues)
    _selections(ctx, src, doc, sname)
    return doc, raw, sname


def _from_root(p: Path, root, where: str, zf, issues: list[Issue]) -> QdpxImport:
    if localname(root) != "Project":
        raise ExchangeError([Issue(where, root.sourceline, f"not a REFI-QDA project: root element is "
                                                           f"<{localname(root)}>, expected <Project>",
                                   "for a codebook (.qdc) use read_qdc")])
    check_namespace(root, where, issues)
    project_name = root.get("name") or p.stem
    cb_el = child(root, "CodeBook")
    if cb_el is not None:
        codebook, code_by_guid = codebook_from_element(cb_el, path=where, default_name=project_name, issues=issues)
    else:
        codebook, code_by_guid = Codebook(codes=(), name=project_name, path=where), {}
    values = _Values(root, where, issues)
    case_of_source = _cases(root, values, where, issues)
    ctx = _Context(code_by_guid, _users(root), where, issues)
    documents: list[Document] = []
    source_bytes: dict[str, bytes] = {}
    source_names: dict[str, str] = {}
    taken: set[str] = set()
    sources_el = child(root, "Sources")
    skipped_kinds: dict[str, int] = {}
    for src in list(sources_el) if sources_el is not None else []:
        kind = localname(src)
        if kind and kind != "TextSource":
            skipped_kinds[kind] = skipped_kinds.get(kind, 0) + 1
        if kind != "TextSource":
            continue
        got = _source(ctx, src, zf, values, case_of_source, taken)
        if got is not None:
            doc, raw, sname = got
            documents.append(doc)
            source_bytes[doc.doc_id] = raw
            source_names[doc.doc_id] = sname
    if skipped_kinds:
        what = ", ".join(f"{n} {k}" for k, n in sorted(skipped_kinds.items()))
        issues.append(Issue(where, sources_el.sourceline if sources_el is not None else None,
                            f"only text sources are imported; skipped {what}", severity="warning"))
    attr_cols = list(dict.fromkeys(k for r in ctx.rows for k in r if k not in CODING_COLUMNS))
    by_coder: dict[str, pd.DataFrame] = {}
    if ctx.rows:
        frame = pd.DataFrame(ctx.rows, columns=[*CODING_COLUMNS, *attr_cols])
        frame = frame.drop_duplicates(["doc_id", "start", "end", "code", "coder"])
        for coder, df in frame.groupby("coder", sort=True):
            by_coder[str(coder)] = df.sort_values(["doc_id", "start", "end", "code"]).reset_index(drop=True)
    corpus = Corpus(root=str(p), documents=tuple(documents), name=project_name, problems=tuple(issues))
    return QdpxImport(corpus, codebook, by_coder, source_bytes, issues, source_names)


def load_qdpx(path, *, strict: bool = False) -> QdpxImport:
    """Read a project into a :class:`QdpxImport` (corpus, codebook, codings per coder, raw source bytes, issues)."""
    result = _load(path)
    errors = [i for i in result.issues if i.is_error or strict]
    if errors:
        raise ExchangeError(result.issues, summary=f"cannot import REFI-QDA project {path}")
    return result


def import_qdpx(path, *, strict: bool = False) -> tuple[Corpus, Codebook, dict[str, pd.DataFrame]]:
    """Import a REFI-QDA project (``.qdpx``, or a bare ``.qde``).

    Returns ``(corpus, codebook, codings_by_coder)``: ``codings_by_coder`` maps each coder (the ``<User>`` name of a
    coding's ``creatingUser``) to a codings table with columns ``seg_id, doc_id, start, end, code, coder, evidence``
    plus ``respondent_id``, ``role`` and the document's other attributes (as ``qualcode code`` writes them).
    ``seg_id`` is the turn holding the selection's start (``doc:turn``); start/end are the selection's positions,
    checked against its text. Warnings (mismatched positions, skipped non-text sources, missing source files) are in
    ``corpus.problems``; ``strict=True`` raises them as
    :class:`~qualcode.errors.ExchangeError`, which broken or unsafe files always raise.
    """
    result = load_qdpx(path, strict=strict)
    return result.corpus, result.codebook, result.codings_by_coder


def validate_qdpx(path) -> list[Issue]:
    """Every issue :func:`import_qdpx` finds in ``path`` (warnings included), without raising."""
    try:
        return _load(path).issues
    except ExchangeError as exc:
        return exc.issues


