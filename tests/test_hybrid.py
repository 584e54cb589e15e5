"""The hybrid coder (rules + a model learned from coders) on a small synthetic corpus whose truth is known: the rules
catch only some wordings of each code, the model learns the others from coded turns."""

from __future__ import annotations

import pickle
import textwrap

import numpy as np
import pandas as pd
import pytest
import sklearn

from qualcode.coding import (
    HYBRID_CODER,
    AutoCoder,
    HybridCoder,
    active_order,
    code_corpus,
    coding_units,
    load_codebook,
    next_batch,
    review_priority,
    unit_labels,
)
from qualcode.errors import InputError, NotFittedError
from qualcode.ingest import read_corpus
from qualcode.model import CODING_COLUMNS

CODEBOOK = textwrap.dedent("""\
    name: tiny
    version: "1"
    settings: {unit: sentence}
    codes:
      - id: fund
        rules:
          - any: [补贴, 资金]
      - id: staff
        rules:
          - any: [忙不过来]
    """)
# (text, codes): the rules find the first wording of each code, not the second
FUND = [("补贴每个月按时到账", True), ("钱一分不少都打到存折上", False)]
STAFF = [("我们忙不过来", True), ("人手太少了就我一个人", False)]
OTHER = ["今天天气不错", "孩子在镇上读书", "我们家住在村东头", "平时种点玉米", "去年搬过一次家"]


def _turn(rng) -> tuple[str, list[str]]:
    parts, codes = [OTHER[rng.integers(len(OTHER))]], []
    for code, options in (("fund", FUND), ("staff", STAFF)):
        if rng.random() < 0.4:
            parts.append(options[rng.integers(2)][0])
            codes.append(code)
    rng.shuffle(parts)
    return "，".join(parts) + "。", codes


def write_corpus(folder, n_docs: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    gold = []
    for d in range(n_docs):
        doc = f"D{seed}{d:02d}"
        lines = []
        for t in range(6):
            text, codes = _turn(rng)
            lines += [f"访谈者：问题{t}？", f"受访者：{text}"]
            gold.append({"seg_id": f"{doc}:{2 * t + 2}", "doc_id": doc, "codes": ";".join(codes)})
        role = "family" if d % 2 else "community"
        (folder / f"{doc}.txt").write_text(f"---\nrole: {role}\n---\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return pd.DataFrame(gold)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    root = tmp_path_factory.mktemp("hybrid")
    (root / "cb.yaml").write_text(CODEBOOK, encoding="utf-8")
    codebook = load_codebook(root / "cb.yaml")
    train_gold = write_corpus(root / "train", 12, 1)
    test_gold = write_corpus(root / "test", 6, 2)
    train = code_corpus(read_corpus(root / "train"), codebook).segments
    test = code_corpus(read_corpus(root / "test"), codebook).segments
    test.attrs["folder"] = str(root / "test")
    return codebook, train, train_gold, test, test_gold


@pytest.fixture(scope="module")
def fitted(data):
    codebook, train, train_gold, _, _ = data
    return HybridCoder(codebook, char_ngrams=(1, 2), min_df=1).fit(train, train_gold)


def _recall_precision(codings: pd.DataFrame, gold: pd.DataFrame) -> tuple[float, float]:
    truth = {(s, c) for s, cs in zip(gold["seg_id"], gold["codes"]) for c in cs.split(";") if c}
    got = set(zip(codings["seg_id"], codings["code"]))
    return len(truth & got) / len(truth), len(truth & got) / max(len(got), 1)


def test_without_training_data_it_is_the_rules(data):
    codebook, _, _, test, test_gold = data
    coder = HybridCoder(codebook).fit(test, None)
    codings = coder.code(test)
    rules = AutoCoder(codebook).code(test)
    by_rules = {(f"{d}:{t}", c) for d, t, c in zip(rules["doc_id"], rules["turn"], rules["code"])}
    assert set(zip(codings["seg_id"], codings["code"])) == by_rules
    assert coder.n_train_ == 0 and set(coder.kind_.values()) == {"rules"}
    recall, precision = _recall_precision(codings, test_gold)
    assert precision == 1.0 and 0.3 < recall < 0.8  # the rules miss the second wordings


def test_learns_the_wordings_the_rules_miss(data, fitted):
    _, _, _, test, test_gold = data
    codings = fitted.code(test)
    recall, precision = _recall_precision(codings, test_gold)
    assert recall > 0.9 and precision > 0.9
    assert list(codings.columns[:len(CODING_COLUMNS)]) == CODING_COLUMNS
    assert (codings["coder"] == HYBRID_CODER).all() and codings["confidence"].between(0.5, 1).all()
    assert fitted.kind_ == {"fund": "calibrated", "staff": "calibrated"}


def test_evidence_explains_every_code(data, fitted):
    _, _, _, test, _ = data
    codings = fitted.code(test)
    assert codings["evidence"].str.startswith("p=").all()
    by_rule = codings[codings["rules"].map(len) > 0]
    assert len(by_rule) and by_rule["evidence"].str.contains("rules: ").all()
    # a code the rules did not give is explained by the model's words and a similar training turn
    learned = codings[codings["rules"].map(len) == 0]
    assert len(learned) and learned["evidence"].str.contains("words: ").all()
    assert learned["evidence"].str.contains(r"like D1\d\d:\d+ \(", regex=True).all()
    text = dict(zip(coding_units(test)["seg_id"], coding_units(test)["text"]))
    row = learned.iloc[0]
    words = row["evidence"].split("words: ")[1].split(" | ")[0].split(", ")
    assert any(w.rsplit(" +", 1)[0].replace(" ", "") in text[row["seg_id"]] for w in words)
    # rule evidence as data: terms are the document text at the spans
    doc = {d.doc_id: d.text for d in read_corpus(test.attrs["folder"])}
    for terms, spans, d in zip(by_rule["terms"], by_rule["spans"], by_rule["doc_id"]):
        assert [doc[d][s:e] for s, e in spans] == list(terms)


def test_probabilities_and_prior(data, fitted):
    _, _, _, test, _ = data
    proba = fitted.predict_proba(test)
    assert list(proba.columns) == ["seg_id", "code", "probability", "rule_prior", "model"]
    assert proba["probability"].between(0, 1).all() and proba["model"].notna().all()
    assert set(proba["rule_prior"]) <= set(fitted.rule_prior)
    assert all(0 < w < 1 for w in fitted.weight_.values())
    w = proba["code"].map(fitted.weight_)
    np.testing.assert_allclose(proba["probability"], w * proba["model"] + (1 - w) * proba["rule_prior"])


def test_terse_answers_read_the_question(tmp_path):
    (tmp_path / "cb.yaml").write_text(CODEBOOK, encoding="utf-8")
    codebook = load_codebook(tmp_path / "cb.yaml")
    (tmp_path / "corpus").mkdir()
    rng = np.random.default_rng(0)
    gold = []
    for d in range(10):
        lines = []
        for t in range(6):
            money = rng.random() < 0.5
            lines += ["访谈者：" + ("钱每个月按时发吗？" if money else "孩子最近身体怎么样？"),
                      "受访者：挺好的，按时的。"]
            gold.append({"seg_id": f"Q{d}:{2 * t + 2}", "codes": "fund" if money else ""})
        (tmp_path / "corpus" / f"Q{d}.txt").write_text("---\nrole: family\n---\n" + "\n".join(lines) + "\n",
                                                       encoding="utf-8")
    segs = code_corpus(read_corpus(tmp_path / "corpus"), codebook).segments
    gold = pd.DataFrame(gold)
    train_docs = {f"Q{d}" for d in range(7)}
    coder = HybridCoder(codebook, char_ngrams=(1, 2), min_df=1).fit(segs[segs["doc_id"].isin(train_docs)], gold)
    test = segs[~segs["doc_id"].isin(train_docs)]
    got = set(coder.code(test)["seg_id"])
    want = set(gold.loc[(gold["codes"] == "fund") & ~gold["seg_id"].str[:2].isin(train_docs), "seg_id"])
    assert got == want and want
    blind = HybridCoder(codebook, question=False, char_ngrams=(1, 2), min_df=1).fit(
        segs[segs["doc_id"].isin(train_docs)], gold)
    assert set(blind.code(test)["seg_id"]) != want  # the answer alone cannot tell


def test_sklearn_conventions(data):
    codebook = data[0]
    coder = HybridCoder(codebook, C=2.0)
    clone = sklearn.clone(coder)
    assert clone.get_params()["C"] == 2.0 and clone is not coder
    with pytest.raises(NotFittedError, match="fit\\(segments, labels\\)"):
        coder.code(data[3])
    with pytest.raises(ValueError, match="invalid parameter 'bogus'"):
        coder.set_params(bogus=1)
    for bad, msg in [({"unit": "page"}, "unit == 'page'"), ({"C": 0}, "C == 0, must be > 0"),
                     ({"rule_prior": (0.9, 0.1)}, "rule_prior == \\(0.9, 0.1\\)"),
                     ({"threshold": 1.5}, "threshold == 1.5"), ({"model": "tree"}, "model == 'tree'")]:
        with pytest.raises(ValueError, match=msg):
            HybridCoder(codebook, **bad).fit(data[1], None)


def test_labels_are_matched_by_whole_ids(data):
    codebook, train, train_gold, _, _ = data
    got = unit_labels(train, train_gold)
    assert set(got) == set(train_gold["seg_id"])
    sentence_level = pd.DataFrame({"seg_id": [f"{train_gold['seg_id'].iloc[0]}:1"], "code": ["fund"]})
    assert unit_labels(train, sentence_level) == {train_gold["seg_id"].iloc[0]: {"fund"}}
    with pytest.raises(InputError, match="seg_id and codes"):
        unit_labels(train, pd.DataFrame({"x": [1]}))
    with pytest.raises(InputError, match="none of the labelled seg_ids"):
        HybridCoder(codebook).fit(train, pd.DataFrame({"seg_id": ["nowhere:1"], "codes": ["fund"]}))


def test_pickles_and_codes_the_same(data, fitted):
    test = data[3]
    again = pickle.loads(pickle.dumps(fitted))
    pd.testing.assert_frame_equal(again.predict_proba(test), fitted.predict_proba(test))


def test_active_learning_order(data, fitted):
    _, _, _, test, _ = data
    proba = fitted.predict_proba(test)
    order = review_priority(proba, threshold=fitted.threshold)
    assert list(order["rank"]) == list(range(1, len(order) + 1))
    assert order["score"].is_monotonic_increasing
    margin = (proba["probability"] - fitted.threshold).abs().groupby(proba["seg_id"]).min()
    np.testing.assert_allclose(order.set_index("seg_id")["margin"], margin.loc[order["seg_id"]])
    # a disagreement between rules and model moves a unit ahead of units with the same margin
    fake = pd.DataFrame({"seg_id": ["a", "a", "b", "b"], "code": ["x", "y", "x", "y"],
                         "probability": [0.8, 0.1, 0.8, 0.1], "rule_prior": [0.1, 0.1, 0.8, 0.1],
                         "model": [0.85, 0.1, 0.85, 0.1]})
    ranked = review_priority(fake)
    assert list(ranked["seg_id"]) == ["a", "b"] and ranked["disagreement"].tolist() == ["x", ""]
    first = next_batch(fitted, test, 5)
    assert first == order["seg_id"].tolist()[:5]
    assert set(next_batch(fitted, test, 5, exclude=first)).isdisjoint(first)
    rnd = next_batch(fitted, test, 5, strategy="random", seed=3)
    assert rnd == next_batch(fitted, test, 5, strategy="random", seed=3) and len(set(rnd)) == 5
    # the review app's pluggable order: sentences take their turn's rank
    scorer = active_order(fitted, test)
    sentences = test[test["speaker_kind"] == "respondent"]
    scores = scorer(sentences[["seg_id"]], pd.DataFrame())
    rank = dict(zip(order["seg_id"], order["rank"]))
    turn_of = dict(zip(sentences["seg_id"], [f"{d}:{t}" for d, t in zip(sentences["doc_id"], sentences["turn"])]))
    assert scores.tolist() == [rank[turn_of[s]] for s in sentences["seg_id"]]


def test_platt_scaling_matches_scikit_learn():
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.datasets import make_classification
    from sklearn.model_selection import StratifiedKFold
    from sklearn.svm import LinearSVC

    from qualcode.coding._calibrated import PlattSVC

    X, y = make_classification(n_samples=400, n_features=30, weights=[0.8], random_state=0)
    ours = PlattSVC(C=0.5, cv=3, random_state=0).fit(X, y).predict_proba(X)[:, 1]
    folds = StratifiedKFold(3, shuffle=True, random_state=0)
    theirs = CalibratedClassifierCV(LinearSVC(C=0.5), cv=folds, method="sigmoid").fit(X, y).predict_proba(X)[:, 1]
    assert np.abs(ours - theirs).max() < 0.02


def test_a_code_nobody_coded_is_never_given_without_rules(data):
    codebook, train, train_gold, test, _ = data
    no_staff = train_gold.assign(codes=train_gold["codes"].str.replace("staff", "").str.strip(";"))
    learned = HybridCoder(codebook, rules=False, char_ngrams=(1, 2), min_df=1).fit(train, no_staff)
    assert learned.kind_["staff"] == "rules" and "staff" not in set(learned.code(test)["code"])
    hybrid = HybridCoder(codebook, char_ngrams=(1, 2), min_df=1).fit(train, no_staff)
    assert "staff" in set(hybrid.code(test)["code"])  # the hybrid still has the rules for it


def test_suppressed_rule_evidence_reads_the_simplified_copy_of_a_t2s_corpus(tmp_path):
    # the hybrid coder's features of suppressed rule candidates come from the text the rules read: on a corpus read
    # with convert="t2s", its Simplified copy, as the codings do (the Traditional text matches no Simplified term)
    pytest.importorskip("opencc")
    from qualcode.coding._units import rule_evidence

    (tmp_path / "cb.yaml").write_text("name: tiny\nversion: '1'\ncodes:\n  - id: fund\n    rules:\n"
                                      "      - any: [补贴, 资金]\n        unless: [按时发放]\n", encoding="utf-8")
    codebook = load_codebook(tmp_path / "cb.yaml")
    for name, answer in (("trad", "補貼都是按時發放的。"), ("simp", "补贴都是按时发放的。")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "T1.txt").write_text(f"---\nrole: family\n---\n访谈者：怎么样？\n受访者：{answer}\n",
                                                encoding="utf-8")
    trad = code_corpus(read_corpus(tmp_path / "trad", convert="t2s"), codebook).segments
    simp = code_corpus(read_corpus(tmp_path / "simp"), codebook).segments
    want = rule_evidence(codebook, simp, "turn").suppressed
    assert want == {"T1:2": ["fund#unless"]}
    assert rule_evidence(codebook, trad, "turn").suppressed == want
