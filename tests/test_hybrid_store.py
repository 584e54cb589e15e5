"""The hybrid coder in the project store: learning from coders' decisions, saved with its codebook version and
training set, and used by 'qualcode code --model'."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from qualcode.cli import main
from qualcode.coding import HybridCoder, code_corpus, load_codebook
from qualcode.errors import StoreError
from qualcode.ingest import read_corpus
from qualcode.validation import Project, coder_labels
from test_hybrid import CODEBOOK, write_corpus


@pytest.fixture()
def store(tmp_path):
    (tmp_path / "cb.yaml").write_text(CODEBOOK, encoding="utf-8")
    gold = write_corpus(tmp_path / "corpus", 8, 1)
    write_corpus(tmp_path / "new", 3, 2)
    codebook = load_codebook(tmp_path / "cb.yaml")
    coded = code_corpus(read_corpus(tmp_path / "corpus"), codebook, unit="turn")
    path = tmp_path / "s.qcp"
    with Project.init(path) as proj:
        proj.add_corpus(read_corpus(tmp_path / "corpus"))
        proj.add_segments(coded.segments)
        proj.add_codebook(codebook)
    return tmp_path, path, codebook, gold


def _decisions(gold: pd.DataFrame, docs: set[str]) -> pd.DataFrame:
    rows = []
    for sid, doc, codes in zip(gold["seg_id"], gold["doc_id"], gold["codes"]):
        if doc in docs:
            rows += [{"seg_id": sid, "code": c, "decision": "added"} for c in codes.split(";") if c]
            rows.append({"seg_id": sid, "code": "", "decision": "accepted"})
    return pd.DataFrame(rows)


def test_every_decision_is_training_data(store):
    _tmp, path, codebook, gold = store
    docs = set(sorted(gold["doc_id"].unique())[:4])
    with Project.open(path) as proj:
        proj.add_decisions(_decisions(gold, docs), coder="li")
        labels = coder_labels(proj)
    assert set(labels["seg_id"]) == set(gold.loc[gold["doc_id"].isin(docs), "seg_id"])
    with Project.open(path) as proj:
        model = HybridCoder(codebook).fit(proj.segments(), labels)
    assert model.n_train_ == len(gold[gold["doc_id"].isin(docs)])
    # a rejection is a negative: the latest decision wins
    sid = gold.loc[gold["codes"].str.contains("fund") & gold["doc_id"].isin(docs), "seg_id"].iloc[0]
    with Project.open(path) as proj:
        proj.add_decisions(pd.DataFrame([{"seg_id": sid, "code": "fund", "decision": "rejected"}]), coder="li")
        again = coder_labels(proj)
    assert not ((again["seg_id"] == sid) & (again["code"] == "fund")).any()


def test_saved_with_codebook_version_and_training_set(store):
    _tmp, path, codebook, gold = store
    with Project.open(path) as proj:
        proj.add_decisions(_decisions(gold, set(gold["doc_id"])), coder="li")
        model = HybridCoder(codebook, min_df=1).fit(proj.segments(), coder_labels(proj))
        model_id = proj.save_model(model)
        table = proj.models()
        loaded = proj.load_model()
        assert proj.model_training(model_id) == model.train_ids_
        segments = proj.segments()
    row = table.iloc[-1]
    assert row["codebook_version"] == 1 and row["n_train"] == len(gold) and row["kind"] == "HybridCoder"
    assert len(row["labels_sha256"]) == 64
    pd.testing.assert_frame_equal(loaded.predict_proba(segments), model.predict_proba(segments))
    # another scikit-learn version: refused with a hint, never silently used
    con = sqlite3.connect(path)
    con.execute("UPDATE models SET sklearn_version = '0.0.1'")
    con.commit()
    con.close()
    with Project.open(path) as proj, pytest.raises(StoreError, match="retrain it with 'qualcode train"):
        proj.load_model()
    with Project.open(path) as proj, pytest.raises(StoreError, match="no saved model with name 'other'"):
        proj.load_model("other")


def test_train_and_code_commands(store, capsys):
    tmp, path, _codebook, gold = store
    decisions = _decisions(gold, set(gold["doc_id"])).assign(coder="li")
    decisions.to_csv(tmp / "decisions.csv", index=False)
    assert main(["train", str(path)]) == 0
    out = capsys.readouterr().out
    assert "trained 'hybrid' on 0 turns" in out and "rules alone" in out
    assert main(["train", str(path), "--labels", str(tmp / "decisions.csv")]) == 0
    out = capsys.readouterr().out
    assert f"trained 'hybrid' on {len(gold)} turns" in out and "calibrated" in out
    assert main(["code", str(tmp / "new"), "--model", str(path), "--out", str(tmp / "c.csv")]) == 0
    out = capsys.readouterr().out
    assert "hybrid coder trained on" in out
    codings = pd.read_csv(tmp / "c.csv", encoding="utf-8-sig")
    assert (codings["coder"] == "auto:hybrid").all() and codings["confidence"].between(0.5, 1).all()
    with Project.open(path) as proj:
        assert len(proj.models()) == 2
    assert main(["code", str(tmp / "new"), "--out", str(tmp / "d.csv")]) == 2
    assert "give --codebook FILE (or --model STORE)" in capsys.readouterr().err
