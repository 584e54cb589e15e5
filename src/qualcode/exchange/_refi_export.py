"""REFI-QDA project export: a corpus, its codebook and codings tables -> ``.qdpx`` (see :mod:`._refi_project`)."""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import pandas as pd

from qualcode import __version__
from qualcode._io import atomic_write
from qualcode._safezip import lxml_etree
from qualcode.errors import ExchangeError, Issue
from qualcode.exchange._refi_codebook import PROJECT_NS, build_codes, clean_xml_text, code_guid, make_guid
from qualcode.model import CODING_COLUMNS, Codebook, Corpus, Document, _scalar

__all__ = ["apply_pseudonymise", "export_qdpx", "qdpx_bytes"]

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_INTERNAL_KEYS = {"id", "respondent_id", "speakers"}


@runtime_checkable
class TextTransformer(Protocol):
    """What :func:`apply_pseudonymise` uses of a fitted :class:`qualcode.privacy.Pseudonymiser`."""

    def transform_text(self, text: str) -> Any: ...


#: A pseudonymisation hook: a fitted Pseudonymiser (its ``transform_text``) or a callable ``text -> result``.
PseudonymiseFn = Callable[[str], Any] | TextTransformer


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
    out = fn.transform_text(text) if isinstance(fn, TextTransformer) else fn(text)
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
    source_guid = {d.doc_id: make_guid("source", project_name, d.doc_id) for d in corpus.documents}
    _variables_and_cases(etree, root, corpus, project_name, source_guid)
    files: dict[str, bytes] = {}
    if corpus.documents:
        by_doc: dict[str, dict[tuple[int, int], list[dict[str, Any]]]] = {}
        for r in rows:
            by_doc.setdefault(r["doc_id"], {}).setdefault((r["start"], r["end"]), []).append(r)
        sources = etree.SubElement(root, f"{{{ns}}}Sources")
        for doc in corpus.documents:
            sguid = source_guid[doc.doc_id]
            src = etree.SubElement(sources, f"{{{ns}}}TextSource", {
                "guid": sguid, "name": clean_xml_text(doc.doc_id), "plainTextPath": f"internal://{sguid}.txt"})
            if doc.path:
                etree.SubElement(src, f"{{{ns}}}Description").text = clean_xml_text(f"qualcode source: {doc.path}")
            for (s, e), group in sorted(by_doc.get(doc.doc_id, {}).items()):
                _selection(etree, src, doc.doc_id, texts[doc.doc_id], remaps[doc.doc_id](s, e), (s, e), group,
                           project_name, user_guid, codebook)
            files[f"sources/{sguid}.txt"] = texts[doc.doc_id].encode("utf-8")
    qde = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True, standalone=True)
    return _zip_bytes([("project.qde", qde), *sorted(files.items())])


def _variables_and_cases(etree: Any, root: Any, corpus: Corpus, project_name: str, source_guid: dict[str, str]
                         ) -> None:
    """``<Variables>`` for the respondent attributes, and one ``<Case>`` per respondent with its values and
    sources."""
    ns = PROJECT_NS
    names = _attribute_names(corpus)
    types = {n: _variable_type(d.attributes.get(n) for d in corpus.documents) for n in names}
    var_guid = {n: make_guid("variable", project_name, n) for n in names}
    variables = etree.SubElement(root, f"{{{ns}}}Variables")
    for n in names:
        etree.SubElement(variables, f"{{{ns}}}Variable",
                         {"guid": var_guid[n], "name": clean_xml_text(n), "typeOfVariable": types[n]})
    by_respondent: dict[str, list[Document]] = {}
    for doc in corpus.documents:
        by_respondent.setdefault(doc.respondent_id, []).append(doc)
    if not by_respondent:
        return
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


def _selection(etree: Any, src: Any, doc_id: str, text: str, shown: tuple[int, int], original: tuple[int, int],
               group: list[dict[str, Any]], project_name: str, user_guid: dict[str, str], codebook: Codebook) -> None:
    """One ``<PlainTextSelection>`` (at the ``shown`` offsets of the exported text) with a ``<Coding>`` per (code,
    coder) and the evidence in its description."""
    ns = PROJECT_NS
    ns_, ne = shown
    s, e = original
    sel_guid = make_guid("selection", project_name, doc_id, str(s), str(e))
    sel = etree.SubElement(src, f"{{{ns}}}PlainTextSelection", {
        "guid": sel_guid, "name": clean_xml_text(text[ns_:ne]), "startPosition": str(ns_),
        "endPosition": str(ne), "creatingUser": user_guid[group[0]["coder"]]})
    firsts: dict[tuple[str, str], dict[str, Any]] = {}
    for r in group:
        firsts.setdefault((r["code"], r["coder"]), r)  # the first row of each (code, coder)
    unique = list(firsts.values())
    lines = [f"{r['code']} [{r['coder']}]: {' '.join(r['evidence'].split())}" for r in unique if r["evidence"].strip()]
    if lines:
        etree.SubElement(sel, f"{{{ns}}}Description").text = clean_xml_text("\n".join(lines))
    for r in unique:
        coding = etree.SubElement(sel, f"{{{ns}}}Coding", {"guid": make_guid("coding", sel_guid, r["code"], r["coder"]),
                                                           "creatingUser": user_guid[r["coder"]]})
        etree.SubElement(coding, f"{{{ns}}}CodeRef", {"targetGUID": code_guid(codebook, r["code"])})


def _zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    """A deterministic zip archive (fixed dates and modes) of ``members``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in members:
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

