"""Checked by mypy in CI (not run by pytest): the public names of the lazy ``qualcode`` namespace have their real
types for a type checker. If ``qc.Segmenter`` were ``Any``, the ``type: ignore`` comments below would be unused,
and ``warn_unused_ignores`` would fail the check."""

from __future__ import annotations

import pandas as pd

import qualcode as qc

segmenter: qc.Segmenter = qc.Segmenter(unit="turn")
not_a_string: str = qc.Segmenter()  # type: ignore[assignment]
codebook: qc.Codebook = qc.load_codebook("codebooks/children_in_distress.yaml")
coded: qc.CodedCorpus = qc.code_corpus(qc.read_corpus("corpora/chifeng"), codebook)
table: pd.DataFrame = coded.codings
not_an_int: int = qc.crosstab(coded.codings, coded.segments)  # type: ignore[assignment]
