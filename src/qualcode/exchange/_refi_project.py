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
``corpus.problems``; ``strict=True`` raises :class:`~qualcode.errors.ExchangeError` instead. Broken, unsafe or non-REFI
files always raise ``ExchangeError``.
"""


from qualcode.exchange._refi_export import apply_pseudonymise, export_qdpx, qdpx_bytes
from qualcode.exchange._refi_folder import write_imported_corpus
from qualcode.exchange._refi_import import QdpxImport, import_qdpx, load_qdpx, validate_qdpx

__all__ = ["QdpxImport", "apply_pseudonymise", "export_qdpx", "import_qdpx", "load_qdpx", "qdpx_bytes",
           "validate_qdpx", "write_imported_corpus"]
