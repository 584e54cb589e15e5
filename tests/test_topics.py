"""TopicModel, coherence, k sweep, seeds and prevalence on small synthetic Chinese segment tables."""

from __future__ import annotations

import random
import sys
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.metrics import normalized_mutual_info_score

from qualcode.errors import InputError, MissingDependencyError, NotFittedError
from qualcode.model import Code, Codebook
from qualcode.topics import TopicModel, recommend_k, seeds_from_codebook, sweep_k, topic_stability, topics_by

THEMES = {
    "publicity": ["宣传", "政策", "通知", "广播", "文件", "申请", "告知", "村里", "讲解", "喇叭"],
    "money": ["补贴", "资金", "发放", "存折", "银行", "每月", "到账", "财政", "标准", "金额"],
    "health": ["生病", "医院", "手术", "吃药", "住院", "医保", "报销", "身体", "治疗", "复查"],
    "staff": ["工作人员", "人手", "兼职", "培训", "工资", "忙不过来", "社工", "岗位", "考核", "加班"],
}
FILLER = ["我们", "就是", "然后", "的", "了", "这个", "那个", "嗯", "，", "说"]
ROLE_WEIGHTS = {"family": [3, 2, 4, 1], "staff": [1, 1, 1, 5], "cadre": [3, 3, 1, 2]}


def make_segments(n_resp: int = 12, per: int = 12, seed: int = 0) -> pd.DataFrame:
    """Respondents of three roles talking about four themes with distinct words (the theme is kept as a column)."""
    rng = random.Random(seed)
    names = list(THEMES)
    rows = []
    for r in range(n_resp):
        role = list(ROLE_WEIGHTS)[r % 3]
        doc = f"R{r:02d}"
        pos = 0
        for s in range(per):
            theme = rng.choices(names, weights=ROLE_WEIGHTS[role])[0]
            toks = rng.sample(THEMES[theme], 5) + rng.sample(FILLER, 3)
            rng.shuffle(toks)
            text = "".join(toks) + "。"
            rows.append({
                "seg_id": f"{doc}:{2 * s + 2}:1", "doc_id": doc, "respondent_id": doc, "turn": 2 * s + 2,
                "sentence": 1, "speaker": "受访者", "speaker_kind": "respondent", "start": pos,
                "end": pos + len(text), "text": text, "tokens": toks + ["。"], "role": role,
                "district": "宁城县" if r % 2 else "林西县", "theme": theme,
            })
            pos += len(text) + 1
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def segs() -> pd.DataFrame:
    return make_segments()


@pytest.fixture(scope="module")
def lda(segs) -> TopicModel:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return TopicModel(n_topics=4, random_state=0).fit(segs)


def main_topic(model: TopicModel) -> np.ndarray:
    return model.doc_topic_.argmax(axis=1)


# ------------------------------------------------------------------------------------------------ fitting, methods
@pytest.mark.parametrize("method", ["lda", "nmf", "sklearn_lda", "tomotopy"])
def test_each_method_recovers_the_planted_themes(segs, method):
    model = TopicModel(n_topics=4, method=method, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert model.fit(segs) is model
    assert normalized_mutual_info_score(segs["theme"], main_topic(model)) > 0.7
    assert model.components_.shape == (4, len(model.vocabulary_))
    np.testing.assert_allclose(model.doc_topic_.sum(axis=1), 1.0, rtol=1e-6)
    assert not {"的", "我们", "，", "。"} & set(model.vocabulary_)  # stopwords, punctuation, single characters


@pytest.mark.parametrize("method", ["lda", "nmf", "tomotopy"])
def test_same_random_state_gives_the_same_model(segs, method):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = TopicModel(n_topics=4, method=method, random_state=3).fit(segs)
        b = TopicModel(n_topics=4, method=method, random_state=3).fit(segs)
    np.testing.assert_array_equal(a.components_, b.components_)
    pd.testing.assert_frame_equal(a.doc_topics(), b.doc_topics())
    pd.testing.assert_frame_equal(a.transform(segs.head(5)), a.transform(segs.head(5)))


def test_top_terms_table(lda):
    terms = lda.top_terms(5)
    assert list(terms.columns) == ["topic", "rank", "term", "weight"]
    assert len(terms) == 20
    assert terms.groupby("topic")["rank"].apply(list).tolist() == [[1, 2, 3, 4, 5]] * 4
    for _, g in terms.groupby("topic"):
        assert g["weight"].is_monotonic_decreasing
        themes = {name for name, words in THEMES.items() for w in g["term"] if w in words}
        assert len(themes) == 1  # each topic's top words come from one planted theme


def test_doc_topics_is_long_and_keeps_attributes(lda, segs):
    dt = lda.doc_topics()
    assert list(dt.columns[:3]) == ["seg_id", "doc_id", "respondent_id"]
    assert {"role", "district", "topic", "proportion"} <= set(dt.columns)
    assert "tokens" not in dt.columns and "text" not in dt.columns
    assert len(dt) == len(segs) * 4
    np.testing.assert_allclose(dt.groupby("seg_id")["proportion"].sum(), 1.0, rtol=1e-6)
    roles = dt.drop_duplicates("seg_id").set_index("seg_id")["role"]
    assert (roles == segs.set_index("seg_id").loc[roles.index, "role"]).all()


def test_transform_of_training_segments_agrees_with_fit(lda, segs):
    new = lda.transform(segs)
    agree = (new.loc[new.groupby("seg_id")["proportion"].idxmax()].set_index("seg_id")["topic"]
             == lda.doc_topics().loc[lda.doc_topics().groupby("seg_id")["proportion"].idxmax()]
             .set_index("seg_id")["topic"])
    assert agree.mean() > 0.95


def test_interviewer_rows_are_left_out_unless_asked(segs):
    extra = segs.head(6).copy()
    extra["seg_id"] = [f"R00:{i}:1" for i in range(101, 107)]
    extra["speaker_kind"] = "interviewer"
    both = pd.concat([segs, extra], ignore_index=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = TopicModel(n_topics=4).fit(both)
        m2 = TopicModel(n_topics=4, include_interviewer=True).fit(both)
    assert len(m.segments_) == len(segs)
    assert len(m2.segments_) == len(segs) + 6


def test_tokens_read_back_from_csv_as_strings_work(segs):
    as_csv = segs.assign(tokens=segs["tokens"].map(" ".join))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = TopicModel(n_topics=4).fit(segs)
        b = TopicModel(n_topics=4).fit(as_csv)
    np.testing.assert_array_equal(a.components_, b.components_)


def test_representative_quotes(lda, segs):
    quotes = lda.representative_quotes(3)
    assert list(quotes.columns) == ["topic", "rank", "seg_id", "doc_id", "role", "start", "end", "text", "proportion"]
    assert len(quotes) == 12
    by_id = segs.set_index("seg_id")
    for _, q in quotes.iterrows():
        assert q["text"] == by_id.loc[q["seg_id"], "text"]
        assert lda.doc_topic_[lda.segments_.index[lda.segments_["seg_id"] == q["seg_id"]][0]].argmax() == q["topic"]
    # one quote per respondent before anyone's second
    for _, g in quotes.groupby("topic"):
        assert g["doc_id"].is_unique
        assert g["proportion"].is_monotonic_decreasing


# --------------------------------------------------------------------------------------------- conventions, errors
def test_not_fitted_error_says_to_call_fit():
    with pytest.raises(NotFittedError, match=r"call fit\(segments\)"):
        TopicModel().top_terms()
    with pytest.raises(AttributeError):  # NotFittedError is an AttributeError too, like scikit-learn's
        TopicModel().doc_topics()


def test_sklearn_parameter_conventions():
    m = TopicModel(n_topics=5, method="nmf", random_state=7)
    assert m.get_params()["n_topics"] == 5
    m.set_params(n_topics=6)
    c = clone(m)
    assert c.get_params() == m.get_params() and not hasattr(c, "components_")


@pytest.mark.parametrize(
    "params, message",
    [
        ({"n_topics": 1}, "n_topics == 1, must be >= 2"),
        ({"n_topics": "8"}, "n_topics == '8', must be an int >= 2"),
        ({"method": "bertopic"}, "method == 'bertopic', must be one of"),
        ({"min_df": 0}, "min_df == 0, an int must be >= 1"),
        ({"max_df": 1.5}, "max_df == 1.5, a float must be in (0, 1]"),
        ({"method": "nmf", "seed_terms": {"a": ["补贴"]}}, "use method='lda' or method='tomotopy'"),
    ],
)
def test_bad_parameters_are_named(segs, params, message):
    with pytest.raises(ValueError) as err:
        TopicModel(**params).fit(segs)
    assert message in str(err.value)


def test_more_seeded_themes_than_topics_seeds_the_first(segs):
    """With fewer topics than seeded themes, the first ones (the mapping's order is the priority) seed a topic."""
    seeds = {"c": ["人手"], "a": ["补贴"], "b": ["医院"]}
    with pytest.warns(UserWarning, match=r"seed_terms has 3 labels but n_topics == 2: only the first 2 \(c, a\)"):
        m = TopicModel(n_topics=2, seed_terms=seeds, random_state=0).fit(segs)
    assert m.seed_labels_ == ["c", "a"]


def test_missing_tokens_column_is_an_input_error(segs):
    with pytest.raises(InputError) as err:
        TopicModel().fit(segs.drop(columns=["tokens"]))
    assert "<segments>: missing column 'tokens' (hint: segment the corpus first" in str(err.value)


def test_too_small_corpus_raises_with_a_hint(segs):
    with pytest.raises(InputError) as err:
        TopicModel(n_topics=8, min_df=1).fit(segs.head(5))
    text = str(err.value)
    assert "too small for 8 topics: 5 segments" in text and "hint: use fewer topics" in text
    with pytest.raises(InputError, match="no term is left to model"):
        TopicModel(n_topics=2, stopwords=FILLER + [w for ws in THEMES.values() for w in ws]).fit(segs)


@pytest.mark.filterwarnings("ignore:topics .* are the main topic of no segment")
def test_small_corpus_warns(segs):
    with pytest.warns(UserWarning, match=r"only 40 segments for 6 topics \(fewer than 10 per topic\)"):
        TopicModel(n_topics=6, min_df=1).fit(segs.head(40))


@pytest.mark.filterwarnings("ignore:only 2 vocabulary terms")
def test_single_topic_result_is_not_returned_silently():
    one = pd.DataFrame({"seg_id": [f"d:{i}" for i in range(30)], "doc_id": "d", "respondent_id": "d",
                        "text": "x", "tokens": [["补贴", "资金"]] * 30})
    with pytest.raises(InputError, match="put every segment in one topic"):
        TopicModel(n_topics=2, max_df=1.0, method="nmf").fit(one)


def test_tomotopy_missing_names_the_extra(segs, monkeypatch):
    monkeypatch.setitem(sys.modules, "tomotopy", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'qualcode\[tomotopy\]'"):
        TopicModel(n_topics=4, method="tomotopy").fit(segs)


# ------------------------------------------------------------------------------------------------------ coherence
def test_coherence_tables(lda):
    mean = lda.coherence()
    assert list(mean["measure"]) == ["c_v", "c_npmi", "u_mass"]
    assert np.isfinite(mean["coherence"]).all()
    per = lda.coherence(measures="c_v", by_topic=True)
    assert list(per.columns) == ["topic", "measure", "coherence"] and len(per) == 4
    assert ((per["coherence"] >= 0) & (per["coherence"] <= 1)).all()
    with pytest.raises(ValueError, match="measures == \\['c_uci2'\\]"):
        lda.coherence(measures=["c_uci2"])


def test_planted_topics_are_more_coherent_than_mixed_ones(lda):
    from qualcode.topics._model import coherence_per_topic

    pure = [THEMES["money"][:6], THEMES["health"][:6]]
    mixed = [THEMES["money"][:3] + THEMES["health"][:3], THEMES["staff"][:3] + THEMES["publicity"][:3]]
    scores = coherence_per_topic(pure + mixed, lda.tokens_, lda._gensim_dictionary(), ["c_npmi"], 6)["c_npmi"]
    assert scores[:2].min() > scores[2:].max()


# ---------------------------------------------------------------------------------------------------- choosing k
def test_topic_stability():
    a = [{"a", "b"}, {"c", "d"}]
    assert topic_stability([a, list(reversed(a))]) == 1.0
    assert topic_stability([a, [{"x"}, {"y"}]]) == 0.0
    assert topic_stability([[{"a", "b"}], [{"a", "c"}]]) == pytest.approx(1 / 3)
    assert np.isnan(topic_stability([a]))


def test_sweep_k_finds_the_planted_number(segs):
    table = sweep_k(segs, ks=[2, 4, 7], seeds=(0, 1), method="nmf")
    assert list(table.columns) == ["k", "c_v", "c_npmi", "u_mass", "stability", "n_segments", "n_terms",
                                   "empty_topics", "note"]
    assert table["k"].tolist() == [2, 4, 7]
    assert table.loc[table["k"] == 4, "stability"].item() > 0.9
    assert recommend_k(table) == 4


def test_sweep_k_records_ks_that_cannot_be_fitted(segs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = sweep_k(segs.head(12), ks=[3, 60], seeds=(0,), method="nmf", min_df=1)
    row = table.set_index("k").loc[60]
    assert "too small for 60 topics" in row["note"] and np.isnan(row["c_v"])


def test_recommend_k_rule():
    table = pd.DataFrame({"k": [4, 6, 8, 10], "c_v": [0.40, 0.59, 0.60, 0.45],
                          "stability": [0.5, 0.91, 0.92, 0.6]})
    # scaled scores: 4 -> 0, 6 -> ~0.96, 8 -> 1.0, 10 -> ~0.24; 6 is within 0.05 of the best and smaller
    assert recommend_k(table, tolerance=0.05) == 6
    assert recommend_k(table) == 8  # default tolerance 0.02: 6 is not a practical tie
    assert recommend_k(table.assign(c_npmi=[0.1, 0.3, 0.1, 0.0])) == 6  # c_npmi joins the score when present
    assert recommend_k(table.drop(columns="stability")) == 8
    with pytest.raises(ValueError, match="no k could be fitted"):
        recommend_k(table.assign(c_v=np.nan))


# ------------------------------------------------------------------------------------------------- seeded topics
def codebook() -> Codebook:
    return Codebook(
        codes=(
            Code("operation", label="运行"),
            Code("fund_guarantee", parent="operation", rules=({"any": ["补贴", "@money"]},)),
            Code("staff_capacity", parent="operation",
                 rules=({"any": "人手"}, {"all": [["培训"], ["不够"]]}, {"unless": ["人手充足"]})),
            Code("family", label="家庭"),
            Code("family_hardship", parent="family", rules=({"any": ["医院", "吃药"]}, {"regex": "病+"})),
        ),
        settings={"lexicon": {"money": ["资金", "存折"]}},
    )


def test_seeds_from_codebook():
    cb = codebook()
    assert seeds_from_codebook(cb) == {
        "fund_guarantee": ["补贴", "资金", "存折"], "staff_capacity": ["人手"], "family_hardship": ["医院", "吃药"]}
    assert seeds_from_codebook(cb, include_all=True)["staff_capacity"] == ["人手", "培训", "不够"]
    assert seeds_from_codebook(cb, level=1) == {"operation": ["补贴", "资金", "存折", "人手"],
                                                "family": ["医院", "吃药"]}
    assert list(seeds_from_codebook(cb, codes=["family_hardship"])) == ["family_hardship"]


@pytest.mark.parametrize("random_state", [0, 1, 2])
def test_seeded_topics_line_up_with_their_themes(segs, random_state):
    seeds = seeds_from_codebook(codebook())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = TopicModel(n_topics=5, seed_terms=seeds, random_state=random_state).fit(segs)
    assert m.seed_labels_ == ["fund_guarantee", "staff_capacity", "family_hardship", None, None]
    top = m.top_terms(6).groupby("topic")["term"].apply(set)
    assert top[0] <= set(THEMES["money"])
    assert top[1] <= set(THEMES["staff"])
    assert top[2] <= set(THEMES["health"])
    labels = m.label_topics(codebook(), n=10)
    assert list(labels.columns) == ["topic", "label", "overlap", "seeded", "matched"]
    assert labels["label"].tolist()[:3] == ["fund_guarantee", "staff_capacity", "family_hardship"]
    assert labels["seeded"].tolist() == ["fund_guarantee", "staff_capacity", "family_hardship", "", ""]


def test_seed_terms_match_longer_tokens_and_warn_when_absent(segs):
    with pytest.warns(UserWarning, match="no seed term of 'money', 'ghost' is in the vocabulary"):
        m = TopicModel(n_topics=4, seed_terms={"money": ["存"], "ghost": ["不存在的词"], "staff": ["工作"]}).fit(segs)
    assert m.seed_terms_ == {"money": [], "ghost": [], "staff": ["工作人员"]}


def test_label_topics_new_when_nothing_matches(lda):
    labels = lda.label_topics({"unrelated": ["火箭", "卫星"]})
    assert (labels["label"] == "new").all() and (labels["overlap"] == 0).all()


# ---------------------------------------------------------------------------------------------------- prevalence
def test_topics_by_role_follows_the_planted_preferences(lda, segs):
    table = topics_by(lda, by="role", n_boot=200)
    assert list(table.columns) == ["topic", "group", "prevalence", "ci_low", "ci_high", "n_respondents",
                                   "n_segments"]
    assert ((table["ci_low"] <= table["prevalence"]) & (table["prevalence"] <= table["ci_high"])).all()
    np.testing.assert_allclose(table.groupby("group")["prevalence"].sum(), 1.0, rtol=1e-6)
    staff_topic = pd.Series(main_topic(lda)).groupby(segs["theme"].to_numpy()).agg(lambda s: s.mode()[0])["staff"]
    rows = table[table["topic"] == staff_topic].set_index("group")
    assert rows.loc["staff", "ci_low"] > rows.loc["family", "ci_high"]


def test_topics_by_resamples_respondents_not_segments():
    # two respondents of one role: one always on topic 0, one never; resampling respondents can draw either twice
    rows = [{"seg_id": f"{r}:{i}", "respondent_id": r, "role": "family", "topic": t,
             "proportion": float((t == 0) == (r == "A"))} for r in "AB" for i in range(10) for t in (0, 1)]
    rows += [{"seg_id": f"C:{i}", "respondent_id": "C", "role": "staff", "topic": t, "proportion": 0.5}
             for i in range(4) for t in (0, 1)]
    table = topics_by(pd.DataFrame(rows), by="role", n_boot=300).set_index(["topic", "group"])
    fam = table.loc[(0, "family")]
    assert fam["prevalence"] == 0.5 and fam["ci_low"] == 0.0 and fam["ci_high"] == 1.0
    assert fam["n_respondents"] == 2 and fam["n_segments"] == 20
    staff = table.loc[(0, "staff")]
    assert staff["ci_low"] == staff["ci_high"] == 0.5 and staff["n_respondents"] == 1


def test_topics_by_unknown_attribute(lda):
    with pytest.raises(InputError, match="missing column 'gender' \\(hint: 'gender' is not a respondent attribute"):
        topics_by(lda, by="gender")


# ------------------------------------------------------------------------------------------------------------ CLI
@given(st.integers(2, 40), st.integers(0, 10))
@settings(max_examples=30, deadline=None)
def test_parse_ks_ranges(lo, span):
    from qualcode.commands.topics import parse_ks

    assert parse_ks(f"{lo}..{lo + span}") == list(range(lo, lo + span + 1))
    assert parse_ks(f"{lo + span},{lo}") == sorted({lo, lo + span})


@pytest.mark.parametrize("text, message", [("4..x", "expected a number"), ("9..4", "range 9..4 is empty"),
                                           ("1", "must be >= 2")])
def test_parse_ks_errors(text, message):
    import argparse

    from qualcode.commands.topics import parse_ks

    with pytest.raises(argparse.ArgumentTypeError, match=message):
        parse_ks(text)


def test_cli_sweep_and_single_fit(segs, tmp_path, capsys):
    from qualcode._io import read_table, write_table
    from qualcode.cli import main

    path = write_table(segs, tmp_path / "segments.csv")
    out = tmp_path / "sweep.csv"
    assert main(["topics", "--segments", str(path), "--k", "3..5", "--method", "nmf", "--random-seeds", "0,1",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "recommended k: 4" in printed
    assert read_table(out)["k"].tolist() == [3, 4, 5]
    assert main(["topics", "--segments", str(path), "--k", "4", "--top", "5"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("topic ") >= 4 and "coherence: c_v" in printed
    assert main(["topics", "--segments", str(path), "--k", "200"]) == 2
    assert "too small for 200 topics" in capsys.readouterr().err


def test_stopwords_from_a_segmenter(segs):
    from qualcode.segment import Segmenter

    seg = Segmenter(stopwords=["补贴", "资金"], fillers=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = TopicModel(n_topics=4, stopwords=seg).fit(segs)
        default = TopicModel(n_topics=4).fit(segs)
    assert not {"补贴", "资金"} & set(m.vocabulary_)
    assert {"补贴", "资金"} <= set(default.vocabulary_)
    assert "我们" in m.vocabulary_ or "就是" in m.vocabulary_  # only the segmenter's list applies
    assert not {"我们", "就是", "然后"} & set(default.vocabulary_)


def test_topic_labels_weigh_shared_words_down():
    from qualcode.topics._seeds import label_topic_terms, match_strength

    assert match_strength("报销", "报销") == 1.0
    assert match_strength("医保报销", "报销") == 1.0   # the token contains the code term
    assert match_strength("上门", "没人上门说过") == 0.5  # a part of a longer code phrase
    assert match_strength("门", "没人上门说过") == 0.0
    themes = {"health": ["医保报销", "吃药"], "care": ["孩子没人管"], "school": ["孩子上学"]}
    labels = label_topic_terms([["孩子", "吃药", "医保报销", "学校"], ["孩子", "学校"]], themes, seed_labels=["health"])
    first, second = labels.iloc[0], labels.iloc[1]
    assert (first["label"], first["overlap"], first["matched"], first["seeded"]) == ("health", 0.5, "吃药、医保报销",
                                                                                     "health")
    # 孩子 is part of two codes' phrases: 0.5 split in two, far below min_score
    assert second["label"] == "new" and second["overlap"] == pytest.approx(0.25 / 2) and second["seeded"] == ""


def test_failed_refit_does_not_leave_the_old_model(segs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = TopicModel(n_topics=4).fit(segs)
    m.set_params(n_topics=200)
    with pytest.raises(InputError, match="too small for 200 topics"):
        m.fit(segs)
    with pytest.raises(NotFittedError):
        m.top_terms()


def test_cli_document_frequency_options():
    from qualcode.commands.topics import _max_df, _min_df

    assert (_min_df(2.0), _min_df(0.01), _min_df(1.0)) == (2, 0.01, 1)
    assert (_max_df(1.0), _max_df(0.5), _max_df(300.0)) == (1.0, 0.5, 300)
    assert isinstance(_max_df(1.0), float) and isinstance(_min_df(2.0), int)
