"""REFI-QDA exchange with NVivo, ATLAS.ti, MAXQDA and QualCoder: codebooks (.qdc) and projects (.qdpx).

Modules (private): ``_refi_codebook`` (.qdc read/write/validate), ``_refi_project`` (.qdpx: the mapping, and the
public names of ``_refi_export``, ``_refi_import`` and ``_refi_folder``, which writes an imported project as a
corpus folder).
"""

from __future__ import annotations

from qualcode.exchange._refi_codebook import read_qdc, slugify, validate_qdc, write_qdc
from qualcode.exchange._refi_project import (
    QdpxImport,
    export_qdpx,
    import_qdpx,
    load_qdpx,
    validate_qdpx,
    write_imported_corpus,
)

__all__ = [
    "QdpxImport",
    "export_qdpx",
    "import_qdpx",
    "load_qdpx",
    "read_qdc",
    "slugify",
    "validate_qdc",
    "validate_qdpx",
    "write_imported_corpus",
    "write_qdc",
]
