"""Explore the words: frequency, keyness, KWIC, collocations, co-occurrence networks, correspondence analysis and
new-word discovery, as free functions over the pipeline's segments table (respondent rows), returning tidy DataFrames.

Modules (private): ``_common`` (respondent rows, content tokens, attributes), ``_frequency``, ``_keyness``,
``_kwic``, ``_collocations``, ``_network``, ``_ca`` (correspondence analysis), ``_newwords``. Formulas and
references: docs/methods.md.
"""

from __future__ import annotations

from qualcode.explore._ca import CA, ca_table, correspondence
from qualcode.explore._collocations import COLLOCATION_COLUMNS, collocations, contingency_scores
from qualcode.explore._frequency import FREQUENCY_COLUMNS, word_frequency
from qualcode.explore._keyness import KEYNESS_COLUMNS, keyness, log_likelihood, reference_frequencies
from qualcode.explore._kwic import KWIC_COLUMNS, format_kwic, kwic, kwic_html, token_offsets
from qualcode.explore._network import EDGE_COLUMNS, NODE_COLUMNS, Network, code_network, word_network
from qualcode.explore._newwords import NEWWORD_COLUMNS, accept_words, discover_words, ngram_counts
from qualcode.explore._study import pseudonymise_kwic, publish, study_tables, study_tables_raw

__all__ = [
    "CA",
    "COLLOCATION_COLUMNS",
    "EDGE_COLUMNS",
    "FREQUENCY_COLUMNS",
    "KEYNESS_COLUMNS",
    "KWIC_COLUMNS",
    "NEWWORD_COLUMNS",
    "NODE_COLUMNS",
    "Network",
    "accept_words",
    "ca_table",
    "code_network",
    "collocations",
    "contingency_scores",
    "correspondence",
    "discover_words",
    "format_kwic",
    "keyness",
    "kwic",
    "kwic_html",
    "log_likelihood",
    "ngram_counts",
    "publish",
    "pseudonymise_kwic",
    "reference_frequencies",
    "study_tables",
    "study_tables_raw",
    "token_offsets",
    "word_frequency",
    "word_network",
]
