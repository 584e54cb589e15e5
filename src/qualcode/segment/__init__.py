"""Chinese word segmentation of transcripts: :class:`Segmenter` and sentence splitting.

Modules: ``segmenter`` (the Segmenter and the segments table), ``engine`` (column-wise core), ``backends`` (jieba,
rjieba, pkuseg by name), ``dictionary`` (jieba-format dictionaries, the shipped domain dictionary), ``sentences``,
``words`` (stop words and fillers), ``cache`` (content-hash result cache), ``spacy_view`` (spaCy tokenizer).
"""

from __future__ import annotations

from qualcode.segment._backends import BACKENDS, MissingModelError
from qualcode.segment._dictionary import domain_dict_path, validate_user_dict
from qualcode.segment._segmenter import Segmenter
from qualcode.segment._sentences import split_sentences
from qualcode.segment._words import load_fillers, load_stopwords

__all__ = [
    "BACKENDS",
    "MissingModelError",
    "Segmenter",
    "domain_dict_path",
    "load_fillers",
    "load_stopwords",
    "split_sentences",
    "validate_user_dict",
]
