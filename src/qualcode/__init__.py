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
    "AutoCoder": "coding",
    "Code": "model",
    "CodeSuggester": "coding",
    "CodedCorpus": "coding",
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
    "Project": "validation",
    "Pseudonymiser": "privacy",
    "QualcodeError": "errors",
    "Segmenter": "segment",
    "StoreError": "errors",
    "StudyResults": "study",
    "TopicModel": "topics",
    "TranscriptError": "errors",
    "Turn": "model",
    "agreement": "validation",
    "association": "analysis",
    "cache_info": "_cachedir",
    "clear_cache": "_cachedir",
    "code_corpus": "coding",
    "code_scaled": "scale",
    "codebook_terms": "coding",
    "cooccurrence": "analysis",
    "crosstab": "analysis",
    "decisions_to_codings": "validation",
    "detect_pii": "privacy",
    "disagreements": "validation",
    "doctor": "study",
    "dump_codebook": "coding",
    "evaluate": "coding",
    "exemplars": "analysis",
    "export_qdpx": "exchange",
    "export_sheet": "validation",
    "fleiss_kappa": "validation",
    "import_qdpx": "exchange",
    "import_sheet": "validation",
    "load_codebook": "coding",
    "machine_vs_human": "validation",
    "prune_cache": "_cachedir",
    "pseudonymise_table": "privacy",
    "read_corpus": "ingest",
    "read_gold": "coding",
    "read_qdc": "exchange",
    "read_survey": "study",
    "read_table": "_io",
    "recommend_k": "topics",
    "remap": "privacy",
    "review_queue": "coding",
    "roll_up": "coding",
    "run_study": "study",
    "sample_for_review": "validation",
    "sample_size": "validation",
    "save_codebook": "coding",
    "seeds_from_codebook": "topics",
    "split_sentences": "segment",
    "survey_tables": "study",
    "sweep_k": "topics",
    "topics_by": "topics",
    "validate_codebook": "coding",
    "validate_corpus": "ingest",
    "validate_qdc": "exchange",
    "validate_qdpx": "exchange",
    "validate_sheet": "validation",
    "validate_survey": "study",
    "write_qdc": "exchange",
    "write_study": "report",
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
