"""Word exploration over the segments table: counts, measures, offsets and feedback checked against hand counts,
textbook values and scipy."""

from __future__ import annotations

import collections
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import qualcode as qc
from qualcode import explore
from qualcode.errors import InputError


def table(rows):
    """A segments table from (doc, turn, sentence, speaker_kind, role, tokens) rows; text = tokens joined, offsets
    consecutive within a document."""
    out, pos = [], collections.defaultdict(int)
    for doc, turn, sent, kind, role, tokens in rows:
        text = "".join(tokens)
        start = pos[doc]
        pos[doc] += len(text) + 1
        out.append({"seg_id": qc.model.seg_id(doc, turn, sent) if hasattr(qc, "model") else f"{doc}:{turn}:{sent}",
                    "doc_id": doc, "respondent_id": doc, "turn": turn, "sentence": sent, "speaker": kind,
                    "speaker_kind": kind, "start": start, "end": start + len(text), "text": text,
                    "tokens": list(tokens), "role": role, "district": f"d-{doc}"})
    return pd.DataFrame(out)


SEGS = table([
    ("A", 1, 1, "interviewer", "family", ["宣传", "宣传", "宣传"]),  # interviewer rows never count
    ("A", 2, 1, "respondent", "family", ["我们", "不知道", "补助", "的", "事"]),
    ("A", 2, 2, "respondent", "family", ["补助", "嗯", "补助", "申请"]),
    ("B", 2, 1, "respondent", "family", ["补助", "申请", "材料"]),
    ("C", 2, 1, "respondent", "official", ["材料", "审核", "材料"]),
    ("D", 2, 1, "respondent", "official", ["审核", "材料", "补助"]),
])


@pytest.fixture(scope="module")
def bundled(repo_root):
    corpus = qc.read_corpus(repo_root / "corpora/chifeng")
    cb = qc.load_codebook(repo_root / "codebooks/children_in_distress.yaml")
    coded = qc.code_corpus(corpus, cb)
    return corpus, cb, coded.segments, coded.codings


# ---------------------------------------------------------------- frequency
def test_frequency_counts_respondent_content_words():
    freq = explore.word_frequency(SEGS).set_index("word")
    assert "宣传" not in freq.index  # interviewer turn
    assert "嗯" not in freq.index and "的" not in freq.index and "我们" not in freq.index  # filler and stop words
    assert freq.loc["补助", "count"] == 5 and freq.loc["补助", "segments"] == 4 and freq.loc["补助", "respondents"] == 3
    assert freq.loc["材料", "count"] == 4 and freq.loc["材料", "respondents"] == 3
    total = freq["count"].sum()
    assert freq.loc["补助", "per_10k"] == pytest.approx(10_000 * 5 / total)
    assert freq.loc["补助", "rank"] == 1 and freq.loc["材料", "rank"] == 2


def test_frequency_by_group_and_by_respondent_carry_attributes():
    by_role = explore.word_frequency(SEGS, by="role")
    fam = by_role[by_role["role"] == "family"].set_index("word")
    assert fam.loc["补助", "count"] == 4 and "审核" not in fam.index
    off = by_role[by_role["role"] == "official"]
    assert off["per_10k"].sum() == pytest.approx(10_000)
    per_resp = explore.word_frequency(SEGS, by="respondent_id")
    assert {"role", "district"} <= set(per_resp.columns)
    assert per_resp.set_index(["respondent_id", "word"]).loc[("C", "材料"), "district"] == "d-C"
    with pytest.raises(InputError, match="no respondent attribute 'gender'"):
        explore.word_frequency(SEGS, by="gender")


def test_frequency_uses_the_segmenters_stopwords():
    seg = qc.Segmenter(stopwords=["补助"], fillers=False)
    freq = explore.word_frequency(SEGS, segmenter=seg).set_index("word")
    assert "补助" not in freq.index and "嗯" in freq.index


# ---------------------------------------------------------------- keyness
def test_log_likelihood_textbook_value():
    # a = 10 in 1,000 tokens, b = 5 in 2,000: E1 = 5, E2 = 10, G2 = 2 (10 ln 2 + 5 ln 0.5) = 10 ln 2
    assert explore.log_likelihood(10, 5, 1000, 2000) == pytest.approx(10 * math.log(2))
    assert explore.log_likelihood(0, 5, 1000, 2000) == pytest.approx(2 * 5 * math.log(3000 / 2000))


def test_keyness_finds_each_groups_words_with_floors():
    rows = []
    for i in range(6):
        rows.append((f"F{i}", 2, 1, "respondent", "family", ["孩子", "补助", "补助", "钱"]))
        rows.append((f"O{i}", 2, 1, "respondent", "official", ["材料", "审核", "补助", "钱"]))
    rows.append(("F0", 3, 1, "respondent", "family", ["奶奶"] * 12))  # one talkative respondent
    key = explore.keyness(table(rows), by="role", min_count=5, min_respondents=2)
    fam = key[key["role"] == "family"].set_index("word")
    assert fam.loc["孩子", "direction"] == "+" and fam.loc["孩子", "count"] == 6 and fam.loc["孩子", "count_ref"] == 0
    assert "奶奶" not in fam.index  # used by a single respondent
    assert fam.loc["材料", "direction"] == "-"  # never used by families
    off = key[key["role"] == "official"].set_index("word")
    assert off.loc["材料", "direction"] == "+" and off.loc["材料", "log_ratio"] > 3
    assert (key["p_adjusted"] < 0.05).all()
    assert key.loc[key["word"] == "材料", "g2"].iloc[0] == pytest.approx(
        explore.log_likelihood(6, 0, 24, 36))


def test_keyness_against_general_chinese_uses_jiebas_frequencies():
    ref = explore.reference_frequencies()
    assert ref["孩子"] > 1000 and "的" not in ref.index  # stop words left out of the reference too
    key = explore.keyness(SEGS, by="role", reference="general", min_count=2, min_respondents=1, p=1.0)
    row = key[key["word"] == "补助"].iloc[0]
    assert row["count_ref"] == ref["补助"]
    with pytest.raises(ValueError, match="reference"):
        explore.keyness(SEGS, reference="web")


# ---------------------------------------------------------------- KWIC
@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="政策宣传补助的了 ,。abc", min_size=1, max_size=5), min_size=1, max_size=12))
def test_token_offsets_reproduce_tokens(pieces):
    text = "".join(pieces)
    tokens = [p.strip() for p in pieces if p.strip()]
    for tok, (a, b) in zip(tokens, explore.token_offsets(text, tokens)):
        assert text[a:b] == tok


def test_kwic_lines_point_into_the_source(bundled):
    corpus, _cb, segs, _cod = bundled
    lines = explore.kwic(segs, "孩子", window=10, by="role")
    assert len(lines) > 50 and set(lines["role"]) == {"family", "community", "civil_affairs"}
    assert lines["role"].is_monotonic_increasing
    for r in lines.itertuples(index=False):
        text = corpus[r.doc_id].text
        assert text[r.start:r.end] == r.match == "孩子"
        assert len(r.left) <= 10 and len(r.right) <= 10
        source = text[r.start - len(r.left):r.start]
        # context is the turn's segments at their offsets: a transcriber note between sentences shows as spaces
        assert all(a == b for a, b in zip(source, r.left) if b != " ") and len(source) == len(r.left)
    assert (lines["seg_id"] == [qc.model.seg_id(d, t, s) for d, t, s in
                               zip(lines["doc_id"], lines["turn"], lines["sentence"])]).all()


def test_kwic_words_chars_and_regex(bundled):
    _c, _cb, segs, _cod = bundled
    word = explore.kwic(segs, "社工")
    chars = explore.kwic(segs, "社工", mode="chars")
    assert 0 < len(word) < len(chars)  # 社工站 is one token: found by characters only
    rx = explore.kwic(segs, r"社工站?", mode="regex")
    assert set(rx["match"]) == {"社工", "社工站"} and len(rx) == len(chars)
    with pytest.raises(ValueError, match="regular expression"):
        explore.kwic(segs, "(", mode="regex")


def test_kwic_of_a_code_highlights_its_matched_words(bundled):
    corpus, _cb, segs, cod = bundled
    lines = explore.kwic(segs, code="publicity_weak", codings=cod, window=8)
    assert len(lines) == int((cod["code"] == "publicity_weak").sum())
    for r in lines.itertuples(index=False):
        assert r.spans and all(r.start <= a < b <= r.end for a, b in r.spans)
        assert corpus[r.doc_id].text[r.start:r.end] == r.match
    text = explore.format_kwic(lines, window=8)
    first = lines.iloc[0]
    words = [corpus[first.doc_id].text[a:b] for a, b in first.spans]
    assert all(f"【{w}】" in text.splitlines()[0] for w in words)
    with pytest.raises(ValueError, match="needs the codings"):
        explore.kwic(segs, code="publicity_weak")


def test_kwic_of_several_codes_labels_each_line_with_its_own_code(bundled):
    _corpus, _cb, segs, cod = bundled
    one = cod[cod["code"] == "publicity_weak"]
    twin = one.assign(code="twin")  # another code on the very same words of the same sentences
    both = pd.concat([cod, twin], ignore_index=True)
    lines = explore.kwic(segs, code=["publicity_weak", "twin"], codings=both, window=8)
    assert lines["code"].value_counts().to_dict() == {"publicity_weak": len(one), "twin": len(one)}
    alone = explore.kwic(segs, code="publicity_weak", codings=both, window=8)
    pd.testing.assert_frame_equal(lines[lines["code"] == "publicity_weak"].reset_index(drop=True), alone)


def test_format_kwic_lines_up_the_keyword_column(bundled):
    from wcwidth import wcswidth

    _c, _cb, segs, _cod = bundled
    lines = explore.kwic(segs, "孩子", window=12).head(30)
    cols = {wcswidth(line[:line.index("【")]) for line in explore.format_kwic(lines, window=12).splitlines()}
    assert len(cols) == 1  # every keyword starts in the same display column (CJK = 2 columns)
    assert "<mark>孩子</mark>" in explore.kwic_html(lines)


# ---------------------------------------------------------------- collocations
def test_contingency_scores_match_scipy():
    from scipy.stats import chi2_contingency

    o11, r1, c1, n = 8, 20, 30, 400
    got = explore.contingency_scores(o11, r1, c1, n)
    obs = np.array([[o11, r1 - o11], [c1 - o11, n - r1 - c1 + o11]])
    g2 = chi2_contingency(obs, correction=False, lambda_="log-likelihood")[0]
    assert got["log_likelihood"] == pytest.approx(g2)
    assert got["pmi"] == pytest.approx(math.log2(o11 / (r1 * c1 / n)))
    assert got["t_score"] == pytest.approx((o11 - r1 * c1 / n) / math.sqrt(o11))


def test_collocation_windows_and_ngrams_count_by_hand():
    segs = table([("A", 2, 1, "respondent", "x", ["事实", "无人", "抚养", "儿童"]),
                  ("B", 2, 1, "respondent", "x", ["事实", "无人", "抚养", "儿童"]),
                  ("C", 2, 1, "respondent", "x", ["事实", "上", "无人", "管"])])
    pairs = explore.collocations(segs, window=1, min_count=1, stopwords=False).set_index(["word_a", "word_b"])
    assert pairs.loc[("事实", "无人"), "count"] == 2 and ("抚养", "事实") not in pairs.index
    wide = explore.collocations(segs, window=2, min_count=1, stopwords=False).set_index(["word_a", "word_b"])
    assert wide.loc[("事实", "无人"), "count"] == 3 and wide.loc[("事实", "抚养"), "count"] == 2
    sent = explore.collocations(segs, window="sentence", min_count=1, stopwords=False)
    row = sent[(sent["word_a"] == "事实") & (sent["word_b"] == "无人")].iloc[0]
    assert (row["count"], row["count_a"], row["count_b"]) == (3, 3, 3)
    tri = explore.collocations(segs, n=3, min_count=2, stopwords=False)
    first = tri[["word_1", "word_2", "word_3"]].values.tolist()[0]
    assert first in (["事实", "无人", "抚养"], ["无人", "抚养", "儿童"])
    assert (tri["count"] == 2).all()
    node = explore.collocations(segs, window=2, min_count=1, node="管", stopwords=False)
    assert len(node) and ((node["word_a"] == "管") | (node["word_b"] == "管")).all()


# ---------------------------------------------------------------- networks
def test_word_network_jaccard_and_communities(tmp_path):
    import networkx as nx

    rows = [(f"A{i}", 2, 1, "respondent", "x", ["补助", "申请", "材料"]) for i in range(4)]
    rows += [(f"B{i}", 2, 1, "respondent", "x", ["学校", "老师", "作业"]) for i in range(4)]
    rows += [("C", 2, 1, "respondent", "x", ["补助", "学校"])]
    net = explore.word_network(table(rows), min_count=1, min_cooccur=1, stopwords=False)
    edges = net.edges.set_index(["source", "target"])
    e = edges.loc[("补助", "申请")] if ("补助", "申请") in edges.index else edges.loc[("申请", "补助")]
    assert (e["n"], e["n_source"] + e["n_target"] - e["n"]) == (4, 5) and e["jaccard"] == pytest.approx(0.8)
    comm = net.nodes.set_index("node")["community"]
    assert comm["补助"] == comm["申请"] == comm["材料"] != comm["学校"] == comm["老师"]
    assert net.nodes.set_index("node").loc["补助", "betweenness"] > 0  # the bridge
    g = nx.read_graphml(net.write_graphml(tmp_path / "w.graphml"))
    assert g.number_of_edges() == len(net.edges) and g.nodes["补助"]["count"] == 5
    assert nx.read_gexf(net.write_gexf(tmp_path / "w.gexf")).number_of_nodes() == len(net.nodes)


def test_code_network_matches_the_cooccurrence_table(bundled):
    _c, cb, segs, cod = bundled
    themes = [c.id for c in cb.codes if c.rules]
    net = explore.code_network(cod, segs, codebook=cb, codes=themes, by="role")
    fam_segs = segs[segs["role"] == "family"]
    co = qc.cooccurrence(cod[cod["role"] == "family"], unit="respondent", segments=fam_segs, codebook=cb, codes=themes)
    fam = net.edges[net.edges["role"] == "family"]
    for r in fam.itertuples(index=False):
        ref = co[(co["code_a"] == r.source) & (co["code_b"] == r.target)].iloc[0]
        assert (r.n, r.jaccard) == (ref["n"], pytest.approx(ref["jaccard"]))
    labels = net.nodes.drop_duplicates("node").set_index("node")["label"]
    assert labels["publicity_weak"] == cb["publicity_weak"].label
    with pytest.raises(ValueError, match="group="):
        net.graph()


# ---------------------------------------------------------------- correspondence analysis
def test_ca_reproduces_greenacres_smoking_data():
    smoke = pd.DataFrame([[4, 2, 3, 2], [4, 3, 7, 4], [25, 10, 12, 4], [18, 24, 33, 13], [10, 6, 7, 2]],
                         index=["SM", "JM", "SE", "JE", "SC"], columns=["none", "light", "medium", "heavy"])
    ca = explore.ca_table(smoke, n_components=2)
    assert ca.eigenvalues["eigenvalue"].round(5).tolist() == [0.07476, 0.01002, 0.00041]
    assert ca.total_inertia == pytest.approx(0.08519, abs=1e-5)
    from scipy.stats import chi2_contingency

    assert ca.total_inertia == pytest.approx(chi2_contingency(smoke.to_numpy())[0] / smoke.to_numpy().sum())
    rows = ca.coordinates[ca.coordinates["kind"] == "row"]
    # principal coordinates: the mass-weighted mean is 0 and the weighted variance is the eigenvalue
    for k, dim in enumerate(("dim1", "dim2")):
        assert (rows["mass"] * rows[dim]).sum() == pytest.approx(0, abs=1e-12)
        assert (rows["mass"] * rows[dim] ** 2).sum() == pytest.approx(ca.eigenvalues["eigenvalue"].iloc[k])
    assert rows["inertia"].sum() == pytest.approx(1)
    coords = rows.set_index("label")  # Greenacre (2017), exhibit 8.2: SE -0.381, JM 0.259 on the first axis
    assert abs(coords.loc["SE", "dim1"]) == pytest.approx(0.381, abs=1e-3)
    assert abs(coords.loc["JM", "dim1"]) == pytest.approx(0.259, abs=1e-3)
    assert np.sign(coords.loc["SE", "dim1"]) != np.sign(coords.loc["JM", "dim1"])


def test_correspondence_of_codes_by_role(bundled):
    _c, cb, segs, cod = bundled
    ca = explore.correspondence(segs, by="role", codings=cod, codebook=cb)
    cols = ca.coordinates[ca.coordinates["kind"] == "column"]
    assert sorted(cols["label"]) == ["civil_affairs", "community", "family"]
    assert ca.table.loc[cb["leadership_system"].label, "family"] == len(
        set(cod[(cod["code"] == "leadership_system") & (cod["role"] == "family")]["respondent_id"]))
    with pytest.raises(ValueError, match="at least 2 rows"):
        explore.ca_table(pd.DataFrame({"a": [1, 2]}, index=["x", "y"]))


# ---------------------------------------------------------------- new words
@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(alphabet="困境儿童主任嘎查部a ，", max_size=15), min_size=1, max_size=8), st.integers(1, 7))
def test_ngram_counts_merge_exactly(texts, cut):
    whole = explore.ngram_counts(texts)
    a, b = explore.ngram_counts(texts[:cut]), explore.ngram_counts(texts[cut:])
    for n in whole:
        merged = a[n].add(b[n], fill_value=0).astype(int)
        pd.testing.assert_series_equal(merged.sort_index(), whole[n].sort_index(), check_names=False)


NEW_WORD = "靶向帮扶"  # not in jieba's dictionary: it cuts it into 靶向 / 帮扶


def _corpus_with_new_word():
    seg = qc.Segmenter(cache_dir=False)
    contexts = ["我们搞了{}，效果还行", "{}以后孩子好多了", "村里说{}要报材料", "去年开始{}", "上面要求{}每月一次",
                "他们讲{}是重点", "镇上的{}太少", "所谓{}就是上门", "你问{}吧", "关于{}我不清楚"]
    rows = []
    for i, c in enumerate(contexts * 2):
        text = c.format(NEW_WORD)
        rows.append((f"R{i % 5}", i + 1, 1, "respondent", "x", seg.tokenize(text)))
    return table(rows), seg


def test_discover_words_finds_a_split_word_and_accept_feeds_it_back(tmp_path, repo_root):
    segs, seg = _corpus_with_new_word()
    assert seg.tokenize(NEW_WORD) != [NEW_WORD]
    found = explore.discover_words(segs, min_count=5, min_pmi=3)  # a tiny corpus: N is small, so is PMI
    top = found.iloc[0]
    assert top["word"] == NEW_WORD and top["split"] == 1.0 and top["aligned"] == 1.0
    assert top["count"] == 20 and top["left_entropy"] > 2 and top["respondents"] == 5
    assert top["segmented_as"] == " ".join(seg.tokenize(NEW_WORD))
    cb = qc.load_codebook(repo_root / "codebooks/children_in_distress.yaml")
    user_dict = tmp_path / "words.txt"
    user_dict.write_text("已有词 5\n", encoding="utf-8")
    new_cb = explore.accept_words(found.head(1).assign(keep="yes"), codebook=cb, user_dict=user_dict)
    assert user_dict.read_text(encoding="utf-8") == f"已有词 5\n{NEW_WORD}\n"
    explore.accept_words([NEW_WORD], user_dict=user_dict)  # not repeated
    assert user_dict.read_text(encoding="utf-8").count(NEW_WORD) == 1
    assert new_cb.settings["lexicon"]["discovered"] == [NEW_WORD] and "discovered" not in cb.settings["lexicon"]
    assert qc.coding.corpus_segmenter(new_cb).tokenize(f"我们搞{NEW_WORD}") [-1] == NEW_WORD
    assert qc.Segmenter(user_dict=user_dict, cache_dir=False).tokenize(f"搞{NEW_WORD}")[-1] == NEW_WORD
    again = explore.discover_words(qc.coding.corpus_segmenter(new_cb).segment(_as_turns(segs)), min_count=5,
                                   min_pmi=3)
    assert NEW_WORD not in set(again["word"])  # kept whole now: no longer a candidate


def _as_turns(segs):
    turns = segs.assign(line=1)[["doc_id", "respondent_id", "turn", "speaker", "speaker_kind", "start", "end", "line",
                                 "text", "role"]]
    return turns


def test_discover_words_streams_chunks_with_the_same_result():
    segs, _seg = _corpus_with_new_word()
    whole = explore.discover_words(segs, min_count=5, min_pmi=3)
    chunked = explore.discover_words([segs.iloc[:7], segs.iloc[7:]], min_count=5, min_pmi=3)
    assert len(whole) == 1
    pd.testing.assert_frame_equal(whole, chunked)


def test_new_words_on_the_policy_documents_match_the_measured_list(shared_data, repo_root):
    """The top-100 list of docs/accuracy.md is what discover_words gives today, and its judged precision holds."""
    import csv
    import sys

    sys.path.insert(0, str(repo_root / "benchmarks"))
    folder = shared_data / "cn_social_policy_docs"
    if not folder.is_dir():
        pytest.skip("the policy documents are not in the shared data")
    from eval_newwords import policy_segments

    found = explore.discover_words(policy_segments(folder), top=100)
    listed = pd.read_csv(repo_root / "benchmarks/newwords/policy_docs_top100.csv")
    assert found["word"].tolist() == listed["word"].tolist()
    with open(repo_root / "benchmarks/newwords/judgements.csv", encoding="utf-8") as fh:
        marks = {r["word"]: int(r["is_word"]) for r in csv.DictReader(fh)}
    precision = sum(marks[w] for w in found["word"]) / len(found)
    assert precision >= 0.7


def test_keyness_adjustment_is_benjamini_hochberg():
    from scipy.stats import false_discovery_control

    from qualcode.explore._keyness import _adjust

    p = np.random.default_rng(0).uniform(0, 0.2, 50)
    np.testing.assert_allclose(_adjust(p, "bh"), false_discovery_control(p, method="bh"))
