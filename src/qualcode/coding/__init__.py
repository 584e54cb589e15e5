"""Coding: the codebook (load, check, save, terms), the rule engine, the auto-coder, learned coders and their
evaluation against human coding.

Modules (private): ``_codebook`` (YAML load/save), ``_codebook_check`` (every format check, with lines), ``_terms``,
``_polarity`` (built-in evaluation lexicon), ``_regex`` (literals a regex needs), ``_rule`` / ``_compiled`` /
``_decide`` (the rule engine) and ``_engine`` (its compiled twin, Cython),
``_autocoder`` (:class:`AutoCoder`), ``_suggest`` (:class:`CodeSuggester`),
``_evaluate`` (precision, recall, F1 and kappa against a gold coding), ``_units`` (coding units and the rules'
evidence per unit), ``_hybrid`` (:class:`HybridCoder`: rules + a model learned from coders), ``_explain`` (its
codings table and evidence), ``_active`` (active learning: which units to review next).
"""

from __future__ import annotations

from qualcode.coding._active import PRIORITY_COLUMNS, active_order, next_batch, review_priority
from qualcode.coding._autocoder import MATCH_COLUMNS, AutoCoder, roll_up
from qualcode.coding._codebook import codebook_to_dict, dump_codebook, load_codebook, save_codebook, validate_codebook
from qualcode.coding._compiled import CompiledCodebook, compile_codebook, compiled_engine_available
from qualcode.coding._evaluate import EVAL_COLUMNS, evaluate, gold_sets, read_gold, split_codes
from qualcode.coding._hybrid import HYBRID_CODER, HybridCoder, unit_labels
from qualcode.coding._metrics import binary_scores
from qualcode.coding._pipeline import CodedCorpus, code_corpus, corpus_segmenter
from qualcode.coding._polarity import DEFAULT_POLARITY
from qualcode.coding._rule import Hit
from qualcode.coding._suggest import MODEL_CODER, CodeSuggester, review_queue, training_labels
from qualcode.coding._terms import codebook_terms, expand_terms
from qualcode.coding._units import UNIT_COLUMNS, coding_units, rule_evidence

__all__ = [
    "AutoCoder",
    "CodeSuggester",
    "CodedCorpus",
    "CompiledCodebook",
    "DEFAULT_POLARITY",
    "EVAL_COLUMNS",
    "HYBRID_CODER",
    "Hit",
    "HybridCoder",
    "MATCH_COLUMNS",
    "MODEL_CODER",
    "PRIORITY_COLUMNS",
    "UNIT_COLUMNS",
    "active_order",
    "binary_scores",
    "code_corpus",
    "codebook_terms",
    "codebook_to_dict",
    "coding_units",
    "compile_codebook",
    "compiled_engine_available",
    "corpus_segmenter",
    "dump_codebook",
    "evaluate",
    "expand_terms",
    "gold_sets",
    "load_codebook",
    "next_batch",
    "read_gold",
    "review_priority",
    "review_queue",
    "roll_up",
    "rule_evidence",
    "save_codebook",
    "split_codes",
    "training_labels",
    "unit_labels",
    "validate_codebook",
]
