"""qualcode: computer-assisted qualitative analysis of Chinese interview transcripts.

Public names are imported lazily (nothing heavy happens at ``import qualcode``)::

    import qualcode as qc
    corpus   = qc.read_corpus("corpora/chifeng/")
    segs     = qc.Segmenter().segment(corpus)
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "Code": "model",
    "Codebook": "model",
    "CodebookError": "errors",
    "Corpus": "model",
    "Document": "model",
    "InputError": "errors",
    "Issue": "errors",
    "MetadataError": "errors",
    "MissingDependencyError": "errors",
    "NotFittedError": "errors",
    "QualcodeError": "errors",
    "TranscriptError": "errors",
    "Turn": "model",
    "read_corpus": "ingest",
    "validate_corpus": "ingest",
    "read_table": "_io",
    "write_table": "_io",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'qualcode' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
