"""Validation by coders: the project store, review samples, coding sheets and agreement.

Modules (private): ``_store`` (:class:`Project`, one SQLite file per project, put together from ``_store_corpus``,
``_store_codings`` and ``_store_review``, with the schema in ``_store_schema``), ``_sampling`` (stratified review
samples and sample sizes), ``_sheets`` (xlsx/csv coding sheets out and back in), ``_agreement`` (kappa, alpha,
machine precision and recall against coders), ``_certify`` (certified codes), ``_corrected`` (counts corrected for
the machine's measured error), ``_store_models`` (trained coders in the store), ``_learn`` (every coder decision as
training labels), ``_review_results`` (a review round's agreement and precision/recall tables), ``_queue`` (review
queues: source, filter, pluggable order). The review app (browser) is the subpackage
:mod:`qualcode.validation.review`.
"""

from __future__ import annotations

from qualcode.validation._agreement import agreement, coding_matrix, disagreements, fleiss_kappa, machine_vs_human
from qualcode.validation._certify import CERTIFY_COLUMNS, certify, validation_table
from qualcode.validation._corrected import CORRECTED_COLUMNS, corrected_counts, trust_units
from qualcode.validation._inputs import project_codings, read_codings, segments_for_codings
from qualcode.validation._learn import coder_labels
from qualcode.validation._queue import QUEUE_ORDERS, QueueFilter, build_queue, order_by_uncertainty, parse_filter
from qualcode.validation._review_results import review_results
from qualcode.validation._sampling import SAMPLE_COLUMNS, sample_for_review, sample_size
from qualcode.validation._sheets import (
                                         SHEET_COLUMNS,
                                         SHEET_DECISIONS,
                                         SheetReport,
                                         export_sheet,
                                         import_sheet,
                                         validate_sheet,
)
from qualcode.validation._store import ACTION_KINDS, DECISIONS, SCHEMA_VERSION, Project, decisions_to_codings

__all__ = [
    "ACTION_KINDS",
    "CERTIFY_COLUMNS",
    "CORRECTED_COLUMNS",
    "DECISIONS",
    "Project",
    "QUEUE_ORDERS",
    "QueueFilter",
    "SAMPLE_COLUMNS",
    "SCHEMA_VERSION",
    "SHEET_COLUMNS",
    "SHEET_DECISIONS",
    "SheetReport",
    "agreement",
    "build_queue",
    "certify",
    "coder_labels",
    "coding_matrix",
    "corrected_counts",
    "decisions_to_codings",
    "disagreements",
    "export_sheet",
    "fleiss_kappa",
    "import_sheet",
    "machine_vs_human",
    "order_by_uncertainty",
    "parse_filter",
    "project_codings",
    "review_results",
    "read_codings",
    "sample_for_review",
    "sample_size",
    "segments_for_codings",
    "trust_units",
    "validate_sheet",
    "validation_table",
]
