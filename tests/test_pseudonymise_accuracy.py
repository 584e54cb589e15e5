"""Accuracy floor of PII detection on the constructed test set tests/pii/ (see tests/pii/README.md).

Structured identifiers must all be found (recall 1.0); person names at least 0.9. The full table, and the held-out
set's numbers, are in docs/accuracy.md (``benchmarks/eval_pii.py``).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from qualcode.privacy import detect_pii, load_names, score_pii

PII = Path(__file__).resolve().parent / "pii"
STRUCTURED = ["id_number", "mobile", "landline", "bank_card", "email", "address", "birth_date"]


@pytest.fixture(scope="module")
def scores() -> pd.DataFrame:
    names = load_names(PII / "names.csv")
    gold = pd.read_csv(PII / "answer_key.csv", dtype={"doc_id": str}, encoding="utf-8")
    predicted = {p.stem: detect_pii(p.read_text(encoding="utf-8"), names=names) for p in sorted(PII.glob("P*.txt"))}
    assert set(predicted) == set(gold["doc_id"])
    return score_pii(predicted, gold).set_index("type")


def test_the_set_is_large_enough(scores):
    assert scores.loc["person", "n_gold"] >= 40
    for t in STRUCTURED:
        assert scores.loc[t, "n_gold"] >= 15, t


@pytest.mark.parametrize("pi_type", STRUCTURED)
def test_structured_identifiers_are_all_found(scores, pi_type):
    assert scores.loc[pi_type, "recall"] == 1.0


def test_names_recall_and_precision(scores):
    assert scores.loc["person", "recall"] >= 0.9
    assert scores.loc["person", "precision"] >= 0.9
    assert scores.loc["place", "recall"] == 1.0  # names.csv entries


def test_answer_key_offsets_match_the_files():
    gold = pd.read_csv(PII / "answer_key.csv", dtype={"doc_id": str}, encoding="utf-8")
    for doc_id, rows in gold.groupby("doc_id"):
        text = (PII / f"{doc_id}.txt").read_text(encoding="utf-8")
        for r in rows.itertuples():
            assert text[r.start:r.end] == r.text


def test_score_by_category_counts_gold_items_of_each_category():
    from qualcode.privacy import Span

    gold = pd.DataFrame({"doc_id": ["d", "d", "d"], "start": [0, 5, 10], "end": [2, 8, 14],
                         "type": ["person", "person", "qq"], "category": ["han", "minority", "qq"]})
    predicted = {"d": [Span(0, 2, "person", "张伟"), Span(10, 13, "person", "123"), Span(20, 22, "person", "xx")]}
    by_cat = score_pii(predicted, gold, by="category").set_index("type")
    assert by_cat.loc["han", "found"] == 1 and by_cat.loc["han", "exact"] == 1
    assert by_cat.loc["minority", "found"] == 0
    assert by_cat.loc["qq", "found"] == 0  # overlapped, but by a span of another type
    assert by_cat.loc["all", "n_gold"] == 3 and by_cat.loc["all", "precision"] == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="category"):
        score_pii(predicted, gold.drop(columns="category"), by="category")
    with pytest.raises(ValueError, match="by == 'role'"):
        score_pii(predicted, gold, by="role")
