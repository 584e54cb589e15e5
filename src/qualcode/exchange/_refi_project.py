"""REFI-QDA project exchange (``.qdpx``, namespace ``urn:QDA-XML:project:1.0``).

A ``.qdpx`` is a zip holding ``project.qde`` (the XML project) and a flat ``sources/`` folder with one UTF-8 text
file per text source. :func:`export_qdpx` writes a corpus, its codebook and any number of codings tables (one coder
each, or mixed) so that a colleague can open them in ATLAS.ti, MAXQDA, NVivo or QualCoder and code by hand;
:func:`import_qdpx` reads such a project back, after the coders worked on it elsewhere.

Export mapping
--------------
- every :class:`~qualcode.model.Document` -> ``<TextSource name=doc_id plainTextPath="internal://<guid>.txt">``; the
  file is ``Document.text`` exactly (UTF-8, no BOM, CRLF kept) so positions match;
- every respondent -> a ``<Case name=respondent_id>`` with a ``<VariableValue>`` per respondent attribute (``role``
  and all the others; ``<Variables>`` declares them with an inferred type) and ``<SourceRef>`` to its documents;
- every coder -> a ``<User name=coder>`` (``auto:rules``, ``auto:model``, human names);
- every distinct ``(doc_id, start, end)`` of the codings -> one ``<PlainTextSelection>`` (positions are Unicode code
  points, end-exclusive, into the source text; ``name`` is the selected text) with one ``<Coding creatingUser=...>``
  per (code, coder); evidence goes into the selection's ``<Description>`` as lines ``code [coder]: evidence``.
- GUIDs are uuid5 of names and positions, and the zip has fixed timestamps, so exporting twice gives the same bytes.

Import
------
Sources are decoded with :func:`qualcode.ingest._encoding.decode_bytes` (BOM dropped, UTF-16 and GB18030 handled,
CRLF kept). A source with speaker tags (``受访者：``) is parsed like a transcript; one **without** speaker tags becomes
a document with **one respondent turn per non-empty line (paragraph)** and a warning, so that codings map to short,
readable turns instead of one huge turn. Each selection's positions are checked against its ``name`` (the selected
text, as ATLAS.ti and qualcode write it): a mismatch is reported as an :class:`~qualcode.errors.Issue` at the line
of ``project.qde``, and repaired when the selected text is found (positions that counted CRLF as one character or
UTF-16 code units, or a nearby occurrence); selections outside the text are dropped with a warning. Warnings go to
``corpus.problems``; ``strict=True`` raises :class:`~qualcode.errors.ExchangeError` instead. Broken, unsafe or non-REFI files always raise
``ExchangeError``.
"""

from __future__ import annotations

import math
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import pandas as pd

from qualcode.errors import ExchangeError, Issue
from qualcode.model import CODING_COLUMNS, Codebook, Corpus, Document, Turn, _scalar
from qualcode.exchange._refi_codebook import PROJECT_NS, build_codes, check_namespace, child, children, clean_xml_text, code_guid, codebook_from_element, find_project_member, localname, make_guid, norm_guid
from qualcode._safezip import lxml_etree, SafeZip, parse_xml, read_capped
from qualcode import __version__
from qualcode._io import atomic_write, write_table
from qualcode.ingest._notes import find_notes
from qualcode.ingest._transcript import split_lines, parse_transcript
from qualcode.ingest._encoding import DecodeFailure, decode_bytes
from qualcode.coding._codebook import save_codebook

__all__ = ["QdpxImport", "export_qdpx", "import_qdpx", "load_qdpx", "validate_qdpx", "write_imported_corpus"]

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_EVIDENCE_RE = re.compile(r"^(?P<code>[^\s\[\]]+) \[(?P<coder>[^\]\n]+)\]: (?P<evidence>.*)$")
_UNSAFE_FILE_RE = re.compile(r'[\\/:*?"<>|\x00-\x1f\s]+')
_INTERNAL_KEYS = {"id", "respondent_id", "speakers"}

PseudonymiseFn = Callable[[str], Any]


# ------------------------------------------------------------------------------------------------- pseudonymise
def apply_pseudonymise(fn: PseudonymiseFn | None, text: str) -> tuple[str, Callable[[int, int], tuple[int, int]]]:
    """Run a pseudonymisation hook on ``text``; return the new text and a function mapping an old ``(start, end)``
    to the new one.

    ``fn`` is a fitted :class:`qualcode.privacy.Pseudonymiser` (its ``transform_text`` is used) or any callable
    ``text -> result``. Accepted results: ``(new_text, OffsetMap)`` as ``Pseudonymiser.transform_text`` returns
    (anything with ``map_span`` or ``map_offset``); ``(new_text, remap)`` with ``remap`` a callable ``int -> int``
    or a sequence of ``len(text) + 1`` new offsets; a ``str`` of the same length (offsets unchanged).
    """
    def same(s: int, e: int) -> tuple[int, int]:
        return s, e

    if fn is None:
        return text, same
    call = getattr(fn, "transform_text", fn)
    out = call(text)
    if isinstance(out, str):
        if len(out) != len(text):
            raise ValueError("pseudonymise changed the text length but gave no offset map; return (text, map)")
        return out, same
    if not (isinstance(out, tuple) and len(out) == 2 and isinstance(out[0], str)):
        raise TypeError(f"pseudonymise returned {type(out).__name__}; expected str or (str, offset map)")
    new_text, omap = out
    if hasattr(omap, "map_span"):
        return new_text, lambda s, e: tuple(int(x) for x in omap.map_span(s, e))  # type: ignore[return-value]
    if hasattr(omap, "map_offset"):
        return new_text, lambda s, e: (int(omap.map_offset(s, "start")), int(omap.map_offset(e, "end")))
    if callable(omap):
        return new_text, lambda s, e: (int(omap(s)), int(omap(e)))
    table = list(omap)
    if len(table) != len(text) + 1:
        raise ValueError(f"pseudonymise offset table has {len(table)} entries, expected {len(text) + 1}")
    return new_text, lambda s, e: (int(table[s]), int(table[e]))


# ------------------------------------------------------------------------------------------------------- export
def _attribute_names(corpus: Corpus) -> list[str]:
    names = [n for n in corpus.attribute_names if n not in _INTERNAL_KEYS and not str(n).startswith("_")]
    if "role" in names:
        names.remove("role")
    return ["role", *names]


def _variable_type(values: Iterable[Any]) -> str:
    vals = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if not vals:
        return "Text"
    if all(isinstance(v, bool) for v in vals):
        return "Boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in vals):
        return "Integer"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in vals):
        return "Float"
    return "Text"


def _value_element(parent, kind: str, value: Any, ns: str) -> None:

    etree = lxml_etree()

    tag = {"Text": "TextValue", "Boolean": "BooleanValue", "Integer": "IntegerValue", "Float": "FloatValue"}[kind]
    el = etree.SubElement(parent, f"{{{ns}}}{tag}")
    if kind == "Boolean":
        el.text = "true" if value else "false"
    elif kind == "Float":
        el.text = repr(float(value))
    else:
        el.text = clean_xml_text(_scalar(value))


def _check_codings(tables: Sequence[pd.DataFrame], docs: Mapping[str, Document], codebook: Codebook
                   ) -> tuple[list[dict[str, Any]], list[Issue]]:
    issues: list[Issue] = []
    rows: list[dict[str, Any]] = []
    for t, df in enumerate(tables):
        where = str(getattr(df, "attrs", {}).get("path") or f"codings table {t + 1}")
        missing = [c for c in ("doc_id", "start", "end", "code", "coder") if c not in df.columns]
        if missing:
            issues.append(Issue(where, 1, f"codings table lacks column(s) {', '.join(missing)}",
                                f"a codings table has the columns {', '.join(CODING_COLUMNS)}"))
            continue
        evidence = df["evidence"] if "evidence" in df.columns else pd.Series([""] * len(df), index=df.index)
        for i, (doc_id, start, end, code, coder, ev) in enumerate(
                zip(df["doc_id"], df["start"], df["end"], df["code"], df["coder"], evidence), start=2):
            doc = docs.get(str(doc_id))
            if doc is None:
                issues.append(Issue(where, i, f"doc_id {doc_id!r} is not in the corpus"))
                continue
            try:
                s, e = int(start), int(end)
            except (TypeError, ValueError):
                issues.append(Issue(where, i, f"start/end {start!r}/{end!r} are not whole numbers"))
                continue
            if not 0 <= s < e <= len(doc.text):
                issues.append(Issue(where, i, f"offsets {s}-{e} are outside document {doc_id!r} "
                                              f"(length {len(doc.text)}) or empty",
                                    "codings must come from this corpus (doc.text[start:end])"))
                continue
            if str(code) not in codebook:
                issues.append(Issue(where, i, f"code {code!r} is not in codebook {codebook.name!r}"))
                continue
            if coder is None or (isinstance(coder, float) and math.isnan(coder)) or not str(coder).strip():
                issues.append(Issue(where, i, "coder is empty", "every coding needs a coder name"))
                continue
            ev = "" if ev is None or (isinstance(ev, float) and math.isnan(ev)) else str(ev)
            rows.append({"doc_id": str(doc_id), "start": s, "end": e, "code": str(code),
                         "coder": str(coder).strip(), "evidence": ev})
    return rows, issues


def qdpx_bytes(corpus: Corpus, codebook: Codebook, codings_tables: Sequence[pd.DataFrame],
               pseudonymise: PseudonymiseFn | None = None, *, name: str | None = None) -> bytes:
    """The ``.qdpx`` archive as bytes (what :func:`export_qdpx` writes)."""
    import io


    etree = lxml_etree()


    ns = PROJECT_NS
    docs = {d.doc_id: d for d in corpus.documents}
    rows, issues = _check_codings(list(codings_tables), docs, codebook)
    if issues:
        raise ExchangeError(issues, summary="codings cannot be exported to REFI-QDA")
    project_name = name or corpus.name or "qualcode"

    texts: dict[str, str] = {}
    remaps: dict[str, Callable[[int, int], tuple[int, int]]] = {}
    for doc in corpus.documents:
        try:
            texts[doc.doc_id], remaps[doc.doc_id] = apply_pseudonymise(pseudonymise, doc.text)
        except (TypeError, ValueError) as exc:
            raise ExchangeError([Issue(doc.path or doc.doc_id, None, f"pseudonymise failed: {exc}")]) from exc

    root = etree.Element(f"{{{ns}}}Project", {"name": clean_xml_text(project_name),
                                             "origin": f"qualcode {__version__}"}, nsmap={None: ns})
    coders = list(dict.fromkeys(r["coder"] for r in rows))
    user_guid = {c: make_guid("user", c) for c in coders}
    if coders:
        users = etree.SubElement(root, f"{{{ns}}}Users")
        for c in coders:
            etree.SubElement(users, f"{{{ns}}}User", {"guid": user_guid[c], "name": clean_xml_text(c)})
    if codebook.codes:
        cb = etree.SubElement(root, f"{{{ns}}}CodeBook")
        build_codes(etree.SubElement(cb, f"{{{ns}}}Codes"), codebook, ns)

    names = _attribute_names(corpus)
    types = {n: _variable_type(d.attributes.get(n) for d in corpus.documents) for n in names}
    var_guid = {n: make_guid("variable", project_name, n) for n in names}
    variables = etree.SubElement(root, f"{{{ns}}}Variables")
    for n in names:
        etree.SubElement(variables, f"{{{ns}}}Variable",
                         {"guid": var_guid[n], "name": clean_xml_text(n), "typeOfVariable": types[n]})

    source_guid = {d.doc_id: make_guid("source", project_name, d.doc_id) for d in corpus.documents}
    by_respondent: dict[str, list[Document]] = {}
    for doc in corpus.documents:
        by_respondent.setdefault(doc.respondent_id, []).append(doc)
    if by_respondent:
        cases = etree.SubElement(root, f"{{{ns}}}Cases")
        for rid, rdocs in by_respondent.items():
            case = etree.SubElement(cases, f"{{{ns}}}Case", {"guid": make_guid("case", project_name, rid),
                                                             "name": clean_xml_text(rid)})
            for n in names:
                value = next((d.attributes.get(n) for d in rdocs if d.attributes.get(n) is not None), None)
                if value is None or (isinstance(value, float) and not math.isfinite(value)):
                    continue
                vv = etree.SubElement(case, f"{{{ns}}}VariableValue")
                etree.SubElement(vv, f"{{{ns}}}VariableRef", {"targetGUID": var_guid[n]})
                _value_element(vv, types[n], value, ns)
            for d in rdocs:
                etree.SubElement(case, f"{{{ns}}}SourceRef", {"targetGUID": source_guid[d.doc_id]})

    by_doc: dict[str, dict[tuple[int, int], list[dict[str, Any]]]] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], {}).setdefault((r["start"], r["end"]), []).append(r)
    files: dict[str, bytes] = {}
    if corpus.documents:
        sources = etree.SubElement(root, f"{{{ns}}}Sources")
        for doc in corpus.documents:
            sguid = source_guid[doc.doc_id]
            text = texts[doc.doc_id]
            span = remaps[doc.doc_id]
            src = etree.SubElement(sources, f"{{{ns}}}TextSource", {
                "guid": sguid, "name": clean_xml_text(doc.doc_id), "plainTextPath": f"internal://{sguid}.txt"})
            if doc.path:
                etree.SubElement(src, f"{{{ns}}}Description").text = clean_xml_text(f"qualcode source: {doc.path}")
            for (s, e), group in sorted(by_doc.get(doc.doc_id, {}).items()):
                ns_, ne = span(s, e)
                sel_guid = make_guid("selection", project_name, doc.doc_id, str(s), str(e))
                sel = etree.SubElement(src, f"{{{ns}}}PlainTextSelection", {
                    "guid": sel_guid, "name": clean_xml_text(text[ns_:ne]), "startPosition": str(ns_),
                    "endPosition": str(ne), "creatingUser": user_guid[group[0]["coder"]]})
                seen: set[tuple[str, str]] = set()
                unique = []
                for r in group:
                    if (r["code"], r["coder"]) not in seen:
                        seen.add((r["code"], r["coder"]))
                        unique.append(r)
                lines = [f"{r['code']} [{r['coder']}]: {' '.join(r['evidence'].split())}"
                         for r in unique if r["evidence"].strip()]
                if lines:
                    etree.SubElement(sel, f"{{{ns}}}Description").text = clean_xml_text("\n".join(lines))
                for r in unique:
                    coding = etree.SubElement(sel, f"{{{ns}}}Coding", {
                        "guid": make_guid("coding", sel_guid, r["code"], r["coder"]),
                        "creatingUser": user_guid[r["coder"]]})
                    etree.SubElement(coding, f"{{{ns}}}CodeRef", {"targetGUID": code_guid(codebook, r["code"])})
            files[f"sources/{sguid}.txt"] = text.encode("utf-8")

    qde = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True, standalone=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in [("project.qde", qde), *sorted(files.items())]:
            info = zipfile.ZipInfo(member, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def export_qdpx(corpus: Corpus, codebook: Codebook, codings_tables: Sequence[pd.DataFrame], path,
                pseudonymise: PseudonymiseFn | None = None, *, name: str | None = None) -> Path:
    """Write ``corpus``, ``codebook`` and the codings of any number of coders as a REFI-QDA project (``.qdpx``).

    ``codings_tables`` are codings tables (columns ``seg_id, doc_id, start, end, code, coder, evidence``); a table's
    ``df.attrs["path"]`` is used in messages. ``pseudonymise`` is a fitted
    :class:`qualcode.privacy.Pseudonymiser` or a callable ``text -> (new_text, OffsetMap)`` (see
    :func:`apply_pseudonymise`); texts are replaced and selection positions remapped. Raises
    :class:`~qualcode.errors.ExchangeError` listing every coding that does not fit the corpus or codebook.
    """

    data = qdpx_bytes(corpus, codebook, codings_tables, pseudonymise, name=name)
    target = Path(path)
    with atomic_write(target, "wb") as fh:
        fh.write(data)
    return target


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


def _file_id(name: str, taken: set[str], strip_suffix: bool = True) -> str:
    stem = name.rsplit("/", 1)[-1]
    if strip_suffix and "." in stem and len(stem.rsplit(".", 1)[1]) <= 5:
        stem = stem.rsplit(".", 1)[0]
    base = _UNSAFE_FILE_RE.sub("_", stem).strip("._") or "source"
    out, n = base, 2
    while out.lower() in taken:
        out = f"{base}_{n}"
        n += 1
    taken.add(out.lower())
    return out


def _paragraph_turns(text: str, doc_id: str, speaker: str) -> tuple[Turn, ...]:

    turns = []
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
    for pos_map, note in maps if name else []:
        if 0 <= start <= end < len(pos_map):
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
            return f"{doc.doc_id}:{t.turn}"
    following = [t for t in doc.turns if t.start >= start]
    if following:
        return f"{doc.doc_id}:{following[0].turn}"
    return f"{doc.doc_id}:{doc.turns[-1].turn}" if doc.turns else doc.doc_id


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


def _from_root(p: Path, root, where: str, zf, issues: list[Issue]) -> QdpxImport:

    if localname(root) != "Project":
        raise ExchangeError([Issue(where, root.sourceline, f"not a REFI-QDA project: root element is "
                                                           f"<{localname(root)}>, expected <Project>",
                                   "for a codebook (.qdc) use read_qdc")])
    check_namespace(root, where, issues)
    project_name = root.get("name") or p.stem

    users = {}
    users_el = child(root, "Users")
    for u in children(users_el, "User") if users_el is not None else []:
        g = norm_guid(u.get("guid"))
        if g:
            users[g] = u.get("name") or u.get("id") or g

    cb_el = child(root, "CodeBook")
    if cb_el is not None:
        codebook, code_by_guid = codebook_from_element(cb_el, path=where, default_name=project_name, issues=issues)
    else:
        codebook, code_by_guid = Codebook(codes=(), name=project_name, path=where), {}

    var_names: dict[str, str] = {}
    vars_el = child(root, "Variables")
    for v in children(vars_el, "Variable") if vars_el is not None else []:
        g = norm_guid(v.get("guid"))
        if g:
            var_names[g] = v.get("name") or g

    def values_of(el) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for vv in children(el, "VariableValue"):
            target, value = _variable_value(vv)
            if target is None or value is None:
                continue
            name = var_names.get(target)
            if name is None:
                issues.append(Issue(where, vv.sourceline, f"VariableValue refers to unknown variable {target}",
                                    severity="warning"))
                continue
            out[name] = value
        return out

    case_of_source: dict[str, tuple[str, dict[str, Any]]] = {}
    cases_el = child(root, "Cases")
    for case in children(cases_el, "Case") if cases_el is not None else []:
        cname = case.get("name") or norm_guid(case.get("guid")) or "case"
        cvalues = values_of(case)
        for ref in children(case, "SourceRef"):
            g = norm_guid(ref.get("targetGUID"))
            if g is None:
                continue
            if g in case_of_source:
                issues.append(Issue(where, ref.sourceline, f"source {g} belongs to cases {case_of_source[g][0]!r} "
                                                           f"and {cname!r}; using the first", severity="warning"))
                continue
            case_of_source[g] = (cname, cvalues)

    documents: list[Document] = []
    source_bytes: dict[str, bytes] = {}
    rows: list[dict[str, Any]] = []
    taken: set[str] = set()
    sources_el = child(root, "Sources")
    skipped_kinds: dict[str, int] = {}
    for src in list(sources_el) if sources_el is not None else []:
        kind = localname(src)
        if not kind:
            continue
        if kind != "TextSource":
            skipped_kinds[kind] = skipped_kinds.get(kind, 0) + 1
            continue
        sguid = norm_guid(src.get("guid")) or ""
        sname = src.get("name") or sguid or "source"
        line = src.sourceline
        raw: bytes | None = None
        content = child(src, "PlainTextContent")
        ptp = src.get("plainTextPath") or ""
        if content is not None and content.text is not None:
            raw = content.text.encode("utf-8")
        elif ptp.lower().startswith("internal://"):
            fname = ptp[len("internal://"):]
            if zf is not None:
                member = zf.find(f"sources/{fname}")
                if member is None:
                    base = fname.rsplit("/", 1)[-1].lower()
                    member = next((m for m in zf.names if m.rsplit("/", 1)[-1].lower() == base), None)
                if member is not None:
                    raw = zf.read(member)
        if raw is None:
            issues.append(Issue(where, line, f"text of source {sname!r} is not in the project "
                                             f"({ptp or 'no plainTextPath'}); source and its codings skipped",
                                "export the project again with its source files included", severity="warning"))
            continue
        try:
            text, encoding = decode_bytes(raw)
        except DecodeFailure as exc:
            issues.append(Issue(where, line, f"source {sname!r}: {exc.reason}; skipped", exc.hint, severity="warning"))
            continue
        doc_id = _file_id(_front_matter_id(text) or sname, taken)
        attrs: dict[str, Any] = values_of(src)
        if sguid in case_of_source:
            cname, cvalues = case_of_source[sguid]
            attrs = {**cvalues, **attrs}
            if cname != doc_id:
                attrs["respondent_id"] = cname
        if "role" not in attrs:
            alias = next((k for k in attrs if str(k).strip().lower() in ("role", "角色")), None)
            if alias is not None:
                attrs["role"] = attrs.pop(alias)
        doc = _document(doc_id, text, encoding, raw, attrs, f"{where}:{line}" if line else where, issues)
        documents.append(doc)
        source_bytes[doc_id] = raw
        maps = _position_maps(text)
        doc_attrs = {"respondent_id": doc.respondent_id, "role": _scalar(doc.attributes.get("role"))}
        doc_attrs.update({k: _scalar(v) for k, v in doc.attributes.items()
                          if k not in _INTERNAL_KEYS and not str(k).startswith("_")})

        def add_codings(sel, s: int, e: int, evidence_text: str, default_user: str | None) -> None:
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
                code_id = code_by_guid.get(cg or "")
                if code_id is None:
                    issues.append(Issue(where, coding.sourceline, f"coding refers to unknown code {cg}; skipped",
                                        severity="warning"))
                    continue
                ug = norm_guid(coding.get("creatingUser")) or default_user
                coder = users.get(ug, ug) if ug else "unknown"
                rows.append({"seg_id": _seg_id(doc, s), "doc_id": doc_id, "start": s, "end": e, "code": code_id,
                             "coder": coder, "evidence": evid.get((code_id, coder), plain_note), **doc_attrs})

        for sel in children(src, "PlainTextSelection"):
            sl = sel.sourceline
            try:
                s, e = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
            except ValueError:
                issues.append(Issue(where, sl, f"selection in {sname!r} has no whole-number startPosition/"
                                               "endPosition; skipped", severity="warning"))
                continue
            s2, e2, note = _locate(text, s, e, sel.get("name"), maps)
            if note:
                issues.append(Issue(where, sl, f"selection {s}-{e} in {sname!r}: {note}", severity="warning"))
            if s2 < 0:
                continue
            desc = child(sel, "Description")
            add_codings(sel, s2, e2, desc.text if desc is not None else "", norm_guid(sel.get("creatingUser")))
        if children(src, "Coding"):
            add_codings(src, 0, len(text), "", norm_guid(src.get("creatingUser")))
    if skipped_kinds:
        what = ", ".join(f"{n} {k}" for k, n in sorted(skipped_kinds.items()))
        issues.append(Issue(where, sources_el.sourceline if sources_el is not None else None,
                            f"only text sources are imported; skipped {what}", severity="warning"))

    attr_cols = list(dict.fromkeys(k for r in rows for k in r if k not in CODING_COLUMNS))
    by_coder: dict[str, pd.DataFrame] = {}
    if rows:
        frame = pd.DataFrame(rows, columns=[*CODING_COLUMNS, *attr_cols])
        frame = frame.drop_duplicates(["doc_id", "start", "end", "code", "coder"])
        for coder, df in frame.groupby("coder", sort=True):
            by_coder[str(coder)] = df.sort_values(["doc_id", "start", "end", "code"]).reset_index(drop=True)
    corpus = Corpus(root=str(p), documents=tuple(documents), name=project_name,
                    problems=tuple(i for i in issues))
    return QdpxImport(corpus, codebook, by_coder, source_bytes, issues)


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
    ``seg_id`` is the turn holding the selection's start (``doc:turn``); start/end are the selection's positions, checked against its text. Warnings (mismatched positions, skipped non-text sources,
    missing source files) are in ``corpus.problems``; ``strict=True`` raises them as
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


def write_imported_corpus(result: QdpxImport, out_dir) -> dict[str, list[Path]]:
    """Write an imported project as a qualcode corpus folder: ``transcripts/<doc_id>.txt`` (the source bytes
    unchanged), ``respondents.csv`` (``id, role`` and every other attribute; role ``unknown`` when the project has
    none), ``codebook.yaml``, ``codings/<coder>.csv`` (the format ``qualcode code`` writes) and a ``corpus.yaml``
    that names the corpus and keeps ``codings/`` out of it. Returns the paths by kind."""

    out = Path(out_dir)
    written: dict[str, list[Path]] = {"transcripts": [], "respondents": [], "codebook": [], "codings": []}
    for doc in result.corpus.documents:
        target = out / "transcripts" / f"{doc.doc_id}.txt"
        with atomic_write(target, "wb") as fh:
            fh.write(result.source_bytes[doc.doc_id])
        written["transcripts"].append(target)
    names: list[str] = []
    for doc in result.corpus.documents:
        for k in doc.attributes:
            if k not in names and k not in ("id", "speakers", "role") and not str(k).startswith("_"):
                names.append(k)
    resp_rows = []
    for doc in result.corpus.documents:
        row = {"id": doc.doc_id, "role": _scalar(doc.attributes.get("role")) or "unknown"}
        for k in names:
            v = doc.attributes.get(k)
            row[k] = "" if v is None else _scalar(v)
        resp_rows.append(row)
    if resp_rows:
        written["respondents"].append(write_table(pd.DataFrame(resp_rows, columns=["id", "role", *names]),
                                                  out / "respondents.csv"))
    if result.codebook.codes:

        written["codebook"].append(save_codebook(result.codebook, out / "codebook.yaml"))
    import yaml

    config = {"name": result.corpus.name, "description": f"imported from REFI-QDA project {result.corpus.root}",
              "exclude": ["codings/*"]}
    target = out / "corpus.yaml"
    with atomic_write(target) as fh:
        fh.write(yaml.safe_dump(config, allow_unicode=True, sort_keys=False))
    written["config"] = [target]
    taken: set[str] = set()
    for coder, df in result.codings_by_coder.items():
        fname = _file_id(coder.replace(":", "_"), taken, strip_suffix=False)
        written["codings"].append(write_table(df, out / "codings" / f"{fname}.csv"))
    return written
