"""Learned code suggestions and the review queue, on small synthetic Chinese segments."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest

from qualcode.coding import CodeSuggester, review_queue, training_labels
from qualcode.errors import InputError, NotFittedError

MONEY = ["补贴按时发放", "资金直接打到存折", "钱一分不少", "专项资金有保障", "每月补贴到账"]
STAFF = ["身兼数职忙不过来", "人手太少了", "一个人管好几百户", "工作人员经常换", "没人培训我们"]
OTHER = ["今天天气不错", "孩子在上学", "我们家住在村东头", "去年搬过一次家", "平时种点玉米"]


def make_segments(n: int, seed: int) -> tuple[pd.DataFrame, list[list[str]]]:
    rng = np.random.default_rng(seed)
    rows, labels = [], []
    for i in range(n):
        parts, codes = [OTHER[rng.integers(len(OTHER))]], []
        if rng.random() < 0.35:
            parts.append(MONEY[rng.integers(len(MONEY))])
            codes.append("fund")
        if rng.random() < 0.35:
            parts.append(STAFF[rng.integers(len(STAFF))])
            codes.append("staff")
        rng.shuffle(parts)
        text = "，".join(parts) + "。"
        rows.append({"seg_id": f"D{i // 10}:{i % 10 + 1}", "doc_id": f"D{i // 10}", "start": 0, "end": len(text),
                     "text": text, "role": "guardian" if i % 2 else "staff"})
        labels.append(codes)
    return pd.DataFrame(rows), labels


@pytest.fixture(scope="module")
def fitted():
    segs, labels = make_segments(120, 0)
    return CodeSuggester(char_ngrams=(1, 2)).fit(segs, labels), segs, labels


def test_learns_codes_and_generalises(fitted):
    model, _, _ = fitted
    test, gold = make_segments(60, 1)
    pred = model.predict(test)
    tp = sum(len(set(p) & set(g)) for p, g in zip(pred, gold))
    fp = sum(len(set(p) - set(g)) for p, g in zip(pred, gold))
    fn = sum(len(set(g) - set(p)) for p, g in zip(pred, gold))
    assert tp / (tp + fp) > 0.85 and tp / (tp + fn) > 0.85
    assert model.classes_ == ["fund", "staff"]
    assert model.kind_ == {"fund": "calibrated", "staff": "calibrated"}
    proba = model.predict_proba(test)
    assert list(proba.columns) == ["seg_id", "code", "confidence"] and len(proba) == 2 * len(test)
    assert proba["confidence"].between(0, 1).all()


def test_suggest_table(fitted):
    model, _, _ = fitted
    test, gold = make_segments(30, 2)
    sugg = model.suggest(test, threshold=0.5)
    assert set(sugg["coder"]) == {"auto:model"}
    assert sugg["evidence"].str.fullmatch(r"model p=[01]\.\d\d").all()
    assert (sugg["confidence"] >= 0.5).all() and "role" in sugg.columns
    first = sugg.iloc[0]
    assert first["evidence"] == f"model p={first['confidence']:.2f}"
    lower = model.suggest(test, threshold=0.05)
    assert len(lower) >= len(sugg)
    done = list(test["seg_id"][:10])
    rest = model.suggest(test, unreviewed_only=True, reviewed=done, threshold=0.05)
    assert not set(done) & set(rest["seg_id"])
    with pytest.raises(ValueError, match="needs reviewed="):
        model.suggest(test, unreviewed_only=True)


def test_label_formats_agree(fitted):
    _, segs, labels = fitted
    codings = pd.DataFrame([(s, c) for s, cs in zip(segs["seg_id"], labels) for c in cs], columns=["seg_id", "code"])
    assert training_labels(segs, codings) == [sorted(c) for c in labels]
    joined = segs.assign(codes=[";".join(c) for c in labels])
    assert training_labels(joined, "codes") == labels
    a = CodeSuggester(char_ngrams=(1, 2)).fit(segs, codings).proba_matrix(segs)
    b = CodeSuggester(char_ngrams=(1, 2)).fit(segs, labels).proba_matrix(segs)
    np.testing.assert_allclose(a, b)


def test_rare_and_absent_codes():
    segs, labels = make_segments(40, 3)
    labels = [list(c) for c in labels]
    labels[0] = labels[0] + ["rare"]
    labels[1] = labels[1] + ["rare"]
    model = CodeSuggester(char_ngrams=(1, 2)).fit(segs, labels, codes=["fund", "staff", "rare", "never"])
    assert model.kind_["rare"] == "logreg"  # too few positives to calibrate with cv=3
    assert model.kind_["never"] == "constant" and model.untrainable_ == ["never"]
    p = model.predict_proba(segs)
    assert (p.loc[p["code"] == "never", "confidence"] == 0).all()


def test_not_fitted_params_clone_pickle(fitted):
    from sklearn.base import clone

    with pytest.raises(NotFittedError, match=r"call fit\(segments, labels\) first"):
        CodeSuggester().predict_proba(pd.DataFrame({"seg_id": ["a"], "text": ["x"]}))
    with pytest.raises(ValueError, match="model == 'tree', must be 'svm' or 'logreg'"):
        CodeSuggester(model="tree").fit(*make_segments(10, 0))
    with pytest.raises(ValueError, match="char_ngrams == \\(3, 1\\)"):
        CodeSuggester(char_ngrams=(3, 1)).fit(*make_segments(10, 0))
    c = clone(CodeSuggester(C=3.0, model="logreg"))
    assert c.get_params()["C"] == 3.0 and not hasattr(c, "classes_")
    model, segs, _ = fitted
    again = pickle.loads(pickle.dumps(model))
    np.testing.assert_allclose(again.proba_matrix(segs.head(5)), model.proba_matrix(segs.head(5)))


def test_tokens_column_is_used_when_present(fitted):
    _, segs, labels = fitted
    # tokens that carry the label alone: the word features must pick them up
    toks = [[c for c in cs] or ["无"] for cs in labels]
    model = CodeSuggester(char_ngrams=None).fit(segs.assign(tokens=toks), labels)
    assert list(model.features_.transformer_list[0][1][-1].vocabulary_) != []
    assert set(model.features_.transformer_list[0][1][-1].vocabulary_) <= {"fund", "staff", "无"}


def test_review_queue_order_and_exclusions():
    rules = pd.DataFrame({"seg_id": ["A:1", "A:2", "A:3", "A:4"], "code": ["x", "y", "x", "y"],
                          "evidence": ["x#r1: 词", "y#r1", "x#r2", "y#r3"]})
    proba = pd.DataFrame({"seg_id": ["A:1", "A:1", "A:2", "A:3", "A:5", "A:6", "A:7"],
                          "code": ["x", "z", "y", "x", "z", "x", "x"],
                          "confidence": [0.9, 0.7, 0.2, 0.45, 0.95, 0.6, 0.8]})
    dec = pd.DataFrame({"seg_id": ["A:4", "A:7"], "code": ["y", ""], "decision": ["accepted", "accepted"]})
    q = review_queue(rules, proba, dec)
    assert list(zip(q["seg_id"], q["code"], q["source"])) == [
        ("A:5", "z", "model only"), ("A:1", "z", "model only"), ("A:6", "x", "model only"),
        ("A:2", "y", "rules, low model confidence"), ("A:3", "x", "rules, low model confidence")]
    assert list(q["rank"]) == [1, 2, 3, 4, 5]
    assert q.iloc[3]["rule_evidence"] == "y#r1"
    # from suggest() output: confidence read back from the evidence text
    sugg = pd.DataFrame({"seg_id": ["A:1", "A:9"], "code": ["x", "y"], "evidence": ["model p=0.91", "model p=0.66"]})
    q2 = review_queue(rules, sugg)
    assert q2.iloc[0][["seg_id", "code", "model_confidence"]].tolist() == ["A:9", "y", 0.66]
    # rule codes the model never scored come first among the rule codes
    assert q2.iloc[1]["seg_id"] == "A:2" and np.isnan(q2.iloc[1]["model_confidence"])
    with pytest.raises(InputError, match="<model_codings>: column 'code' is missing"):
        review_queue(rules, sugg[["seg_id"]])


def test_cli_suggest_project(tmp_path, capsys):
    from qualcode import cli
    from qualcode._io import read_table
    from qualcode.validation import Project

    segs, labels = make_segments(80, 4)
    p = tmp_path / "p.sqlite"
    with Project.init(p) as proj:
        proj.add_segments(segs)
        rules = pd.DataFrame([(s, "fund") for s, t in zip(segs["seg_id"], segs["text"]) if "补贴" in t],
                             columns=["seg_id", "code"])
        proj.add_codings(rules, coder="auto:rules")
        # a coder reviewed the first 50 segments: every true code added, a nothing-to-add mark elsewhere
        dec = [(s, c, "added") for s, cs in zip(segs["seg_id"][:50], labels[:50]) for c in cs]
        dec += [(s, "", "accepted") for s, cs in zip(segs["seg_id"][:50], labels[:50]) if not cs]
        proj.add_decisions(pd.DataFrame(dec, columns=["seg_id", "code", "decision"]), coder="li")
    out = tmp_path / "suggestions.csv"
    queue = tmp_path / "queue.csv"
    assert cli.main(["suggest", "--project", str(p), "--out", str(out), "--queue", str(queue), "--save"]) == 0
    printed = capsys.readouterr().out
    assert "trained on 50 segments" in printed
    got = read_table(out)
    assert set(got["seg_id"]) <= set(segs["seg_id"][50:])  # unreviewed only
    assert set(got["code"]) <= {"fund", "staff"} and len(got) > 10
    with Project.open(p) as proj:
        assert len(proj.codings("auto:model")) == len(got)
    q = read_table(queue)
    assert q["source"].iloc[0] == "model only"


def test_cli_suggest_from_gold_units_file(tmp_path, capsys):
    from qualcode import cli
    from qualcode._io import read_table, write_table

    segs, labels = make_segments(90, 5)
    gold = pd.DataFrame({"seg_id": segs["seg_id"], "codes": [";".join(c) for c in labels],
                         "split": ["train"] * 60 + ["test"] * 30})
    write_table(segs, tmp_path / "segs.csv")
    write_table(gold, tmp_path / "gold.csv")
    out = tmp_path / "sugg.csv"
    assert cli.main(["suggest", "--segments", str(tmp_path / "segs.csv"), "--train", str(tmp_path / "gold.csv"),
                     "--split", "train", "--out", str(out)]) == 0
    assert "trained on 60 segments, 2 codes" in capsys.readouterr().out
    got = read_table(out)
    assert set(got["seg_id"]) <= set(segs["seg_id"][60:])
    truth = {(s, c) for s, cs in zip(segs["seg_id"][60:], labels[60:]) for c in cs}
    hits = sum((s, c) in truth for s, c in zip(got["seg_id"], got["code"]))
    assert hits / len(got) > 0.8 and hits / len(truth) > 0.8
    assert cli.main(["suggest", "--segments", str(tmp_path / "segs.csv"), "--train", str(tmp_path / "segs.csv"),
                     "--out", str(out)]) == 2
    assert "neither a 'codes' (gold units) nor a 'code' (codings) column" in capsys.readouterr().err
