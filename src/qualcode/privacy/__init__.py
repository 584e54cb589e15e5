"""Protecting respondents: find personal information and replace it with consistent pseudonyms.

    from qualcode.privacy import Pseudonymiser, detect_pii, remap

    spans = detect_pii("我叫张伟，电话13812345678。")    # [Span(3, 5, 'person', '张伟'), Span(..., 'mobile', ...)]
    ps = Pseudonymiser(names="names.csv").fit(corpus)
    new_text, omap = ps.transform_text(doc.text)              # 人员A ... [手机号]
    codings = remap(codings, {doc.doc_id: omap})              # offsets follow the new text
    result = ps.transform_corpus(corpus, "study_pseudonymised")   # new folder + pseudonym map kept apart

See docs/privacy.md for what is detected, the pseudonym rules, and how well it works (docs/accuracy.md, ``pii``).
"""

from qualcode.privacy._corpus import default_map_path, transform_corpus
from qualcode.privacy._detect import PII_TYPES, PLACEHOLDERS, Span, detect_pii, load_names, spans_frame, validate_names
from qualcode.privacy._evaluate import score_pii
from qualcode.privacy._pseudonymise import (
    MAP_COLUMNS,
    OffsetMap,
    PseudonymisedCorpus,
    Pseudonymiser,
    names_from_map,
    pseudonymise_table,
    remap,
)

__all__ = [
    "MAP_COLUMNS",
    "OffsetMap",
    "PII_TYPES",
    "PLACEHOLDERS",
    "Pseudonymiser",
    "PseudonymisedCorpus",
    "Span",
    "default_map_path",
    "detect_pii",
    "load_names",
    "names_from_map",
    "pseudonymise_table",
    "remap",
    "score_pii",
    "spans_frame",
    "transform_corpus",
    "validate_names",
]
