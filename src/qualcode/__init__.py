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
    "AutoCoder": "autocode",
    "Code": "model",
    "CodeSuggester": "suggest",
    "Codebook": "model",
    "CodebookError": "errors",
    "Corpus": "model",
    "Document": "model",
    "ExchangeError": "errors",
    "InputError": "errors",
    "Issue": "errors",
    "MetadataError": "errors",
    "MissingDependencyError": "errors",
    "NotFittedError": "errors",
    "Project": "store",
    "Pseudonymiser": "privacy",
    "QualcodeError": "errors",
    "Segmenter": "segment",
    "StoreError": "errors",
    "StudyResults": "study",
    "TopicModel": "topics",
    "TranscriptError": "errors",
    "Turn": "model",
    "agreement": "agreement",
    "association": "analysis",
    "codebook_terms": "codebook",
    "cooccurrence": "analysis",
    "crosstab": "analysis",
    "decisions_to_codings": "store",
    "detect_pii": "privacy",
    "disagreements": "agreement",
    "dump_codebook": "codebook",
    "evaluate": "evaluate",
    "exemplars": "analysis",
    "export_qdpx": "exchange.refi_project",
    "export_sheet": "exchange.sheets",
    "fleiss_kappa": "agreement",
    "import_qdpx": "exchange.refi_project",
    "import_sheet": "exchange.sheets",
    "load_codebook": "codebook",
    "machine_vs_human": "agreement",
    "pseudonymise_table": "privacy",
    "read_corpus": "ingest",
    "read_qdc": "exchange.refi_codebook",
    "read_survey": "survey",
    "read_table": "_io",
    "recommend_k": "topics",
    "remap": "privacy",
    "review_queue": "suggest",
    "roll_up": "autocode",
    "run_study": "study",
    "sample_for_review": "sampling",
    "sample_size": "sampling",
    "save_codebook": "codebook",
    "seeds_from_codebook": "topics",
    "split_sentences": "segment",
    "survey_tables": "survey",
    "sweep_k": "topics",
    "topics_by": "topics",
    "validate_codebook": "codebook",
    "validate_corpus": "ingest",
    "validate_qdc": "exchange.refi_codebook",
    "validate_qdpx": "exchange.refi_project",
    "validate_sheet": "exchange.sheets",
    "validate_survey": "survey",
    "write_qdc": "exchange.refi_codebook",
    "write_study": "study_report",
    "write_table": "_io",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'qualcode' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)  # imported on first use
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
