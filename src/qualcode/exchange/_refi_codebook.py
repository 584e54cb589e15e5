"""REFI-QDA codebook exchange (``.qdc``, namespace ``urn:QDA-XML:codebook:1.0``).

:func:`write_qdc` writes a :class:`qualcode.model.Codebook` that validates against the REFI ``Codebook.xsd``;
:func:`read_qdc` reads one back (also the ``<CodeBook>`` inside a project ``.qde`` or ``.qdpx``).

Mapping (docs/refi-qda.md has it with an example): codes nest by ``parent`` (a parent without rules is a folder,
``isCodable="false"``); ``name`` is the label, ``color`` ``#RRGGBB``; ``Description`` holds the definition and the
``Inclusion:``/``Exclusion:`` paragraphs a human coder needs, then, after the line :data:`MARKER`, a fenced JSON block
with what other programs have no field for (id, English label, examples, memo, rules; codebook-level data in the first
top-level code's block). Import prefers that block, but an edited visible definition wins. GUIDs are ``uuid5`` of the
codebook name and code id (re-exporting gives the same file); a foreign GUID is kept as a memo line
``REFI-QDA guid: ...`` and reused on export.

Import accepts files in the wild: namespace version strings such as ``urn:QDA-XML:codebook:1:0`` or no namespace,
3-digit colours (``#F00`` -> ``#FF0000``), a byte-order mark, the codebook of a project (``.qde``/``.qdpx``). Codes
without a qualcode block get ids from their names (lower-cased, non-word characters to ``_``, Chinese kept, made
unique). Errors: unsafe or malformed XML raises :class:`qualcode.errors.ExchangeError`; a structurally broken codebook
raises :class:`qualcode.errors.CodebookError`.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from qualcode import __version__
from qualcode._io import atomic_write
from qualcode._safezip import SafeZip, lxml_etree, parse_xml, read_capped
from qualcode.coding._codebook import plain as _plain
from qualcode.errors import CodebookError, ExchangeError, Issue
from qualcode.model import Code, Codebook

__all__ = [
    "CODEBOOK_NS",
    "PROJECT_NS",
    "code_guid",
    "read_qdc",
    "render_description",
    "parse_description",
    "slugify",
    "validate_qdc",
    "write_qdc",
]

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
#: Accepted namespace spellings (``1.0``, ``1:0``, ``1``; any case) and no namespace at all.
_NS_RE = re.compile(r"^urn:qda-xml:(codebook|project)(:1([.:]0)?)?$", re.IGNORECASE)

#: Namespace of every uuid5 qualcode derives (codes, sources, users, selections).
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/qualcode/qualcode/refi-qda")

MARKER = "--- qualcode metadata (keep this block to round-trip rules) ---"
_MARKER_RE = re.compile(r"^-{3} qualcode metadata\b.*-{3}\s*$", re.MULTILINE)
_FENCE_RE = re.compile(r"```(?:json)?\s*\n(?P<body>.*?)\n?```", re.DOTALL)
_INCL_RE = re.compile(r"^(?:Inclusion|Include|Inclusion criteria|纳入标准|纳入|包括)\s*[:：]\s?", re.IGNORECASE)
_EXCL_RE = re.compile(r"^(?:Exclusion|Exclude|Exclusion criteria|排除标准|排除|不包括)\s*[:：]\s?", re.IGNORECASE)
_COLOR_RE = re.compile(r"^#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")
_GUID_RE = re.compile(r"^\{?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\}?$")
_INVALID_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


# ---------------------------------------------------------------------------------------------------------- helpers
def make_guid(*parts: str) -> str:
    """A stable upper-case GUID from ``parts`` (uuid5 in qualcode's namespace)."""
    return str(uuid.uuid5(GUID_NAMESPACE, "\x1f".join(parts))).upper()


GUID_MEMO_PREFIX = "REFI-QDA guid: "
_MEMO_GUID_RE = re.compile(r"^REFI-QDA guid:\s*(\{?[0-9A-Fa-f-]{36}\}?)\s*$", re.MULTILINE)


def derived_guid(codebook_name: str, code_id: str) -> str:
    return make_guid("code", codebook_name, code_id)


def code_guid(codebook: Codebook, code_id: str) -> str:
    """The GUID a code is exported with: the GUID kept from an import (a ``REFI-QDA guid: ...`` line in the code's
    memo), else uuid5(codebook name, code id)."""
    m = _MEMO_GUID_RE.search(codebook[code_id].memo or "") if code_id in codebook else None
    if m and norm_guid(m.group(1)):
        return norm_guid(m.group(1))  # type: ignore[return-value]
    return derived_guid(codebook.name, code_id)


def norm_guid(value: str | None) -> str | None:
    """``{abc...}`` / lower case -> upper case without braces; ``None`` when not a GUID."""
    if not value:
        return None
    m = _GUID_RE.match(value.strip())
    return m.group(1).upper() if m else None


def clean_xml_text(text: Any) -> str:
    """``text`` as str without characters XML 1.0 cannot carry (C0 controls other than tab/newline/CR)."""
    return _INVALID_XML_RE.sub("", "" if text is None else str(text))


def norm_color(value: str | None) -> str | None:
    """``#F00`` / ``f00`` / ``#ff0000`` -> ``#FF0000``; ``None`` for anything else."""
    if not value:
        return None
    m = _COLOR_RE.match(str(value).strip())
    if not m:
        return None
    hexa = m.group(1).upper()
    if len(hexa) == 3:
        hexa = "".join(ch * 2 for ch in hexa)
    return "#" + hexa


def slugify(name: str, taken: set[str] | None = None) -> str:
    """A plain identifier from a code or document name (what ``load_codebook`` accepts: ``[A-Za-z_][A-Za-z0-9_.-]*``).

    NFKC, lower case, runs of other characters -> ``_``. A name with Chinese (or any non-ASCII) letters gets a stable
    6-hex-digit suffix from its hash, so ``家庭困难`` -> ``code_3f2a1b`` and ``低保 dibao`` -> ``dibao_9c04e2`` (the
    Chinese name stays the code's label). A leading digit gets a ``c_`` prefix. With ``taken``, ``_2``, ``_3`` ...
    make it unique, and the result is added to ``taken``.
    """
    import hashlib

    text = unicodedata.normalize("NFKC", str(name)).strip()
    s = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    if any(ch.isalnum() and ord(ch) > 127 for ch in text):
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
        s = f"{s or 'code'}_{digest}"
    if not s:
        s = "code"
    if s[0].isdigit():
        s = "c_" + s
    if taken is not None:
        base, n = s, 2
        while s in taken:
            s = f"{base}_{n}"
            n += 1
        taken.add(s)
    return s


def localname(el) -> str:
    """Tag name without namespace (``""`` for comments and processing instructions)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


def namespace_of(el) -> str | None:
    """The namespace URI of an element (``None`` without one)."""
    tag = el.tag
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return None


def children(el, name: str) -> list:
    """Direct children of ``el`` whose local name is ``name`` (any namespace)."""
    return [c for c in el if localname(c) == name]


def child(el, name: str):
    """The first direct child of ``el`` whose local name is ``name``, else ``None``."""
    for c in el:
        if localname(c) == name:
            return c
    return None


def check_namespace(el, path: str, issues: list[Issue]) -> None:
    """Warn (in ``issues``) when ``el`` has a namespace that is not a REFI-QDA one; it is read anyway."""
    ns = namespace_of(el)
    if ns and not _NS_RE.match(ns):
        issues.append(Issue(path, el.sourceline, f"unexpected namespace {ns!r} on <{localname(el)}>; reading it as "
                                                 "REFI-QDA anyway", severity="warning"))


# -------------------------------------------------------------------------------------------------- descriptions
def _criteria_suffix(inclusion: str, exclusion: str) -> str:
    out = ""
    if inclusion:
        out += f"\n\nInclusion: {inclusion}"
    if exclusion:
        out += f"\n\nExclusion: {exclusion}"
    return out


def _qualcode_block(code: Code, name: str, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"id": code.id, **(extra or {})}
    if code.label != name:
        block["label"] = code.label
    for key in ("label_en", "inclusion", "exclusion", "memo"):
        value = getattr(code, key)
        if value:
            block[key] = value
    if code.examples:
        block["examples"] = list(code.examples)
    if code.counter_examples:
        block["counter_examples"] = list(code.counter_examples)
    if code.rules:
        block["rules"] = [_plain(r) for r in code.rules]
    return block


def render_description(code: Code, name: str | None = None, extra: Mapping[str, Any] | None = None) -> str:
    """The ``<Description>`` text of ``code``: definition, Inclusion/Exclusion paragraphs, then the qualcode block
    (``extra`` adds keys to the block, e.g. ``codebook``)."""
    name = name if name is not None else (code.label or code.id)
    visible = (code.definition or "") + _criteria_suffix(code.inclusion, code.exclusion)
    body = json.dumps(_qualcode_block(code, name, extra), ensure_ascii=False, sort_keys=True, indent=1, default=str)
    head = f"{visible}\n\n" if visible else ""
    return f"{head}{MARKER}\n```json\n{body}\n```"


def _split_visible(text: str) -> tuple[str, str, str]:
    """Definition, inclusion, exclusion from human text with ``Inclusion:``/``Exclusion:`` paragraphs."""
    parts: dict[str, list[str]] = {"definition": [], "inclusion": [], "exclusion": []}
    current = "definition"
    for para in re.split(r"\n\s*\n", text):
        stripped = para.strip()
        m_in, m_ex = _INCL_RE.match(stripped), _EXCL_RE.match(stripped)
        if m_in:
            current, para = "inclusion", stripped[m_in.end():]
        elif m_ex:
            current, para = "exclusion", stripped[m_ex.end():]
        parts[current].append(para)
    return tuple("\n\n".join(parts[k]).strip() for k in ("definition", "inclusion", "exclusion"))  # type: ignore


def parse_description(text: str | None) -> tuple[str, str, str, dict[str, Any] | None, str | None]:
    """Split a Description into ``(definition, inclusion, exclusion, qualcode_block, problem)``.

    ``qualcode_block`` is the parsed JSON after the marker (``None`` when absent or unreadable; ``problem`` then says
    why when it was unreadable). When the visible text is exactly what :func:`render_description` wrote, the
    definition comes back byte for byte; when another program edited it, the edited text is parsed instead.
    """
    text = (text or "").replace("\r\n", "\n")
    found = list(_MARKER_RE.finditer(text))
    m = found[-1] if found else None
    if not m:
        d, i, e = _split_visible(text)
        return d, i, e, None, None
    visible = text[: m.start()]
    if visible.endswith("\n\n"):
        visible = visible[:-2]
    rest = text[m.end():]
    fence = _FENCE_RE.search(rest)
    block: dict[str, Any] | None = None
    problem = None
    if not fence:
        problem = "qualcode metadata block has no ```json fence"
    else:
        try:
            loaded = json.loads(fence.group("body"))
            if isinstance(loaded, dict):
                block = loaded
            else:
                problem = "qualcode metadata block is not a JSON object"
        except json.JSONDecodeError as exc:
            problem = f"qualcode metadata block is not valid JSON ({exc.msg} at line {exc.lineno})"
    if block is not None:
        inclusion, exclusion = str(block.get("inclusion", "")), str(block.get("exclusion", ""))
        suffix = _criteria_suffix(inclusion, exclusion)
        if visible.endswith(suffix):
            return visible[: len(visible) - len(suffix)], inclusion, exclusion, block, None
        d, i, e = _split_visible(visible)
        return d, i, e, block, "description was edited outside qualcode; definition and criteria taken from its text"
    d, i, e = _split_visible(visible)
    return d, i, e, None, problem


# -------------------------------------------------------------------------------------------------------- export
def _tree(codebook: Codebook) -> tuple[dict[str | None, list[Code]], list[Issue]]:
    issues: list[Issue] = []
    where = codebook.path or codebook.name
    ids = [c.id for c in codebook.codes]
    seen: set[str] = set()
    for code in codebook.codes:
        if code.id in seen:
            issues.append(Issue(where, code.line, f"code {code.id!r} is defined twice"))
        seen.add(code.id)
        if code.parent is not None and code.parent not in ids:
            issues.append(Issue(where, code.line, f"code {code.id!r}: parent {code.parent!r} is not defined"))
    kids: dict[str | None, list[Code]] = {}
    for code in codebook.codes:
        kids.setdefault(code.parent, []).append(code)
    # cycles: every code must be reachable from the roots
    reach: set[str] = set()
    stack = [c.id for c in kids.get(None, [])]
    while stack:
        cid = stack.pop()
        if cid in reach:
            continue
        reach.add(cid)
        stack.extend(c.id for c in kids.get(cid, []))
    for code in codebook.codes:
        if code.id not in reach and code.parent in ids:
            issues.append(Issue(where, code.line, f"code {code.id!r} is part of a parent cycle"))
    return kids, issues


def build_codes(parent_el, codebook: Codebook, ns: str) -> None:
    """Append nested ``<Code>`` elements for ``codebook`` under ``parent_el`` (a ``<Codes>`` element)."""

    etree = lxml_etree()

    kids, issues = _tree(codebook)
    if issues:
        raise CodebookError(issues, summary="codebook cannot be exported to REFI-QDA")

    meta: dict[str, Any] = {"name": codebook.name, "version": str(codebook.version)}
    if codebook.description:
        meta["description"] = codebook.description
    if codebook.settings:
        meta["settings"] = _plain(dict(codebook.settings))
    first = [True]

    def add(parent, code: Code) -> None:
        sub = kids.get(code.id, [])
        extra = {"codebook": meta} if first[0] else None
        first[0] = False
        name = clean_xml_text(code.label or code.id)
        codable = not (sub and not code.rules)
        attrs = {"guid": code_guid(codebook, code.id), "name": name, "isCodable": "true" if codable else "false"}
        color = norm_color(code.color)
        if color:
            attrs["color"] = color
        el = etree.SubElement(parent, f"{{{ns}}}Code", attrs)
        desc = etree.SubElement(el, f"{{{ns}}}Description")
        desc.text = clean_xml_text(render_description(code, name, extra))
        for kid in sub:
            add(el, kid)

    for root in kids.get(None, []):
        add(parent_el, root)


def qdc_bytes(codebook: Codebook) -> bytes:
    """The ``.qdc`` document for ``codebook`` as UTF-8 bytes (what :func:`write_qdc` writes)."""

    etree = lxml_etree()


    if not codebook.codes:
        raise CodebookError([Issue(codebook.path or codebook.name, None, "codebook has no codes",
                                   "REFI-QDA requires at least one <Code>")])
    origin = f"qualcode {__version__} | name={codebook.name} | version={codebook.version}"
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", {"origin": clean_xml_text(origin)}, nsmap={None: CODEBOOK_NS})
    codes = etree.SubElement(root, f"{{{CODEBOOK_NS}}}Codes")
    build_codes(codes, codebook, CODEBOOK_NS)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True, standalone=True)


def write_qdc(codebook: Codebook, path) -> Path:
    """Write ``codebook`` as a REFI-QDA codebook file (``.qdc``) at ``path``; returns the path.

    Raises :class:`qualcode.errors.CodebookError` when the code tree is broken (undefined parent, cycle, duplicate id).
    """

    data = qdc_bytes(codebook)
    target = Path(path)
    with atomic_write(target, "wb") as fh:
        fh.write(data)
    return target


# -------------------------------------------------------------------------------------------------------- import
_ORIGIN_RE = re.compile(r"\|\s*(name|version)=([^|]*)")


def codebook_from_element(cb_el, *, path: str, default_name: str, issues: list[Issue]
                          ) -> tuple[Codebook, dict[str, str]]:
    """A Codebook from a ``<CodeBook>`` element (of a .qdc or a project); returns it and ``{guid: code_id}``.

    Problems are appended to ``issues`` (warnings, or errors the caller raises).
    """
    check_namespace(cb_el, path, issues)
    name, version = default_name, "1"
    origin = cb_el.get("origin") or ""
    if origin.startswith("qualcode"):
        for key, value in _ORIGIN_RE.findall(origin):
            if key == "name" and value.strip():
                name = value.strip()
            elif key == "version" and value.strip():
                version = value.strip()
    codes_el = child(cb_el, "Codes")
    if codes_el is None:
        issues.append(Issue(path, cb_el.sourceline, "<CodeBook> has no <Codes> element"))
        return Codebook(codes=(), name=name, version=version, path=path), {}
    # pass 1: collect code elements with their blocks, so explicit ids are reserved before slugs are made
    records: list[dict[str, Any]] = []
    _collect_codes(codes_el, None, records, path, issues)
    if not records:
        issues.append(Issue(path, codes_el.sourceline, "<Codes> holds no <Code>"))
    _assign_ids(records, path, issues)
    description = ""
    settings: dict[str, Any] = {}
    for rec in records:
        meta = (rec["block"] or {}).get("codebook")
        if isinstance(meta, dict):
            name = str(meta.get("name") or name)
            version = str(meta.get("version") or version)
            description = str(meta.get("description") or "")
            if isinstance(meta.get("settings"), dict):
                settings = meta["settings"]
            break
    by_guid: dict[str, str] = {}
    codes = [_code_of(rec, records, name, by_guid, path, issues) for rec in records]
    cb = Codebook(codes=tuple(codes), name=name, version=version, description=description, path=path,
                  settings=settings)
    return cb, by_guid


def _collect_codes(parent_el, parent_idx: int | None, records: list[dict[str, Any]], path: str,
                   issues: list[Issue]) -> None:
    """Every ``<Code>`` under ``parent_el`` (depth first) as a record with its description block."""
    for el in children(parent_el, "Code"):
        label = el.get("name")
        line = el.sourceline
        if label is None:
            issues.append(Issue(path, line, "<Code> has no name attribute; using its guid"))
        raw_guid = el.get("guid")
        guid = norm_guid(raw_guid)
        if guid is None:
            issues.append(Issue(path, line, f"<Code name={label!r}> has a missing or malformed guid {raw_guid!r}",
                                severity="warning"))
        desc_el = child(el, "Description")
        definition, inclusion, exclusion, block, problem = parse_description(
            desc_el.text if desc_el is not None else "")
        if problem:
            issues.append(Issue(path, line, f"code {label!r}: {problem}", severity="warning"))
        raw_color = el.get("color")
        color = norm_color(raw_color)
        if raw_color and color is None:
            issues.append(Issue(path, line, f"code {label!r}: colour {raw_color!r} is not #RGB or #RRGGBB; dropped",
                                severity="warning"))
        idx = len(records)
        records.append({"label": label if label is not None else (guid or f"code{idx + 1}"), "guid": guid,
                        "parent": parent_idx, "definition": definition, "inclusion": inclusion,
                        "exclusion": exclusion, "block": block, "color": color, "line": line})
        _collect_codes(el, idx, records, path, issues)


def _assign_ids(records: list[dict[str, Any]], path: str, issues: list[Issue]) -> None:
    """Explicit ids from the qualcode blocks first (a repeated one is renamed), then slugs of the labels."""
    taken: set[str] = set()
    for rec in records:
        block = rec["block"]
        bid = block.get("id") if block else None
        if isinstance(bid, str) and bid and bid not in taken:
            rec["id"] = bid
            taken.add(bid)
        elif isinstance(bid, str) and bid:
            issues.append(Issue(path, rec["line"], f"code id {bid!r} is used twice; renamed", severity="warning"))
    for rec in records:
        if "id" not in rec:
            rec["id"] = slugify(rec["label"], taken)


def _code_of(rec: dict[str, Any], records: list[dict[str, Any]], name: str, by_guid: dict[str, str], path: str,
             issues: list[Issue]) -> Code:
    """The :class:`Code` of one record; its guid is kept in ``by_guid`` (and in the memo when not derivable)."""
    block = rec["block"] or {}
    label = block["label"] if isinstance(block.get("label"), str) else rec["label"]
    rules = block.get("rules", [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        issues.append(Issue(path, rec["line"], f"code {rec['id']!r}: rules in the qualcode block are not a list "
                                               "of mappings; dropped", severity="warning"))
        rules = ()

    def strings(key: str) -> tuple[str, ...]:
        value = block.get(key)
        if value is None or value == "" or value == []:
            return ()
        return tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)

    memo = str(block.get("memo", ""))
    guid = rec["guid"]
    if guid:
        if guid in by_guid:
            issues.append(Issue(path, rec["line"], f"guid {guid} is used by two codes", severity="warning"))
        else:
            by_guid[guid] = rec["id"]
        kept = _MEMO_GUID_RE.search(memo)
        if guid != derived_guid(name, rec["id"]) and not (kept and norm_guid(kept.group(1)) == guid):
            memo = f"{memo}\n{GUID_MEMO_PREFIX}{guid}" if memo else f"{GUID_MEMO_PREFIX}{guid}"
    parent = records[rec["parent"]]["id"] if rec["parent"] is not None else None
    return Code(id=rec["id"], label=str(label), label_en=str(block.get("label_en", "")), parent=parent,
                definition=rec["definition"], inclusion=rec["inclusion"], exclusion=rec["exclusion"],
                examples=strings("examples"), counter_examples=strings("counter_examples"),
                memo=memo, color=rec["color"], rules=tuple(rules), line=rec["line"])


def _load_xml_source(path: Path) -> tuple[bytes, str]:
    """The XML bytes of a .qdc/.qde, or of the project.qde inside a .qdpx; and a display path for messages."""

    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise ExchangeError([Issue(str(path), None, f"cannot read file: {exc.strerror or exc}")]) from exc
    if head.startswith(b"PK"):
        with SafeZip(str(path), display=str(path)) as zf:
            member = find_project_member(zf)
            if member is None:
                raise ExchangeError([Issue(str(path), None, "archive holds no project.qde",
                                           "a .qdpx must contain project.qde at its top level")])
            return zf.read(member), f"{path}!{member}"
    return read_capped(path), str(path)


def find_project_member(zf) -> str | None:
    """The ``project.qde`` member of an archive (any case; else the only top-level ``.qde``)."""
    exact = zf.find("project.qde")
    if exact:
        return exact
    top = [n for n in zf.names if "/" not in n and n.lower().endswith(".qde")]
    return top[0] if len(top) == 1 else None


def find_codebook_element(root):
    """The ``<CodeBook>`` element: the root itself (.qdc) or ``Project/CodeBook`` (.qde); ``None`` when absent."""
    if localname(root) == "CodeBook":
        return root
    if localname(root) == "Project":
        return child(root, "CodeBook")
    return None


def _read(path, issues: list[Issue]) -> Codebook | None:

    p = Path(path)
    data, display = _load_xml_source(p)
    root = parse_xml(data, display)
    cb_el = find_codebook_element(root)
    if cb_el is None:
        what = "a project without a <CodeBook>" if localname(root) == "Project" else f"<{localname(root)}>"
        issues.append(Issue(display, root.sourceline, f"not a REFI-QDA codebook: the document is {what}",
                            "export a codebook (.qdc) or a project (.qdpx) from the QDA program"))
        return None
    stem = p.name.split(".")[0] or "codebook"
    codebook, _ = codebook_from_element(cb_el, path=display, default_name=stem, issues=issues)
    return codebook


def validate_qdc(path) -> list[Issue]:
    """Every problem :func:`read_qdc` would find in ``path`` (warnings included), without raising."""
    issues: list[Issue] = []
    try:
        _read(path, issues)
    except ExchangeError as exc:
        issues.extend(exc.issues)
    return issues


def read_qdc(path) -> Codebook:
    """Read a REFI-QDA codebook (``.qdc``), or the codebook of a project (``.qde``/``.qdpx``).

    Returns a :class:`qualcode.model.Codebook` whose codes come in document order (parents before children).
    Raises :class:`qualcode.errors.ExchangeError` for unreadable/unsafe files and
    :class:`qualcode.errors.CodebookError` listing every structural problem; warnings (colour dropped, description
    edited elsewhere) are returned by :func:`validate_qdc`.
    """
    issues: list[Issue] = []
    codebook = _read(path, issues)
    errors = [i for i in issues if i.is_error]
    if errors or codebook is None:
        raise CodebookError(issues, summary=f"cannot import REFI-QDA codebook {path}")
    return codebook


def iter_codes_depth_first(codebook: Codebook) -> Iterable[Code]:
    """Codes in the order :func:`write_qdc` nests them: each root, then its descendants, in file order."""
    kids, _ = _tree(codebook)

    def walk(pid):
        for c in kids.get(pid, []):
            yield c
            yield from walk(c.id)

    return list(walk(None))
