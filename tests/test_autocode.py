"""AutoCoder: rule language, negation-aware polarity, evidence, explain, offsets, tokens mode, roll-up, CLI."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.coding import AutoCoder, codebook_terms, load_codebook, roll_up
from qualcode.errors import InputError, NotFittedError
from qualcode.model import Code, Codebook

SMALL = textwrap.dedent("""\
    name: small
    settings: {unit: sentence}
    lexicon:
      pub: [宣传, 告知, 讲解, 通知]
    codes:
      - id: implementation
        label: 落实
      - id: publicity_weak
        parent: implementation
        rules:
          - id: r1
            any: ["@pub"]
            polarity: problem
          - id: r2
            all: [[宣传], [没到位, 不够]]
            window: 8
      - id: channel_poor
        parent: implementation
        rules:
          - any: [渠道, 沟通]
            polarity: problem
      - id: volunteers
        rules:
          - any: [志愿者, 基金会]
            polarity: positive
      - id: late
        rules:
          - regex: "拖了?[一二三四五六七八九十两几]+个月"
        unless: [没拖过]
      - id: visits
        rules:
          - all: [[回访], [走过场]]
            unless: [认真]
    """)


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Codebook:
    path = tmp_path_factory.mktemp("cb") / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return load_codebook(path)


@pytest.fixture(scope="module")
def study(repo_root) -> Codebook:
    return load_codebook(repo_root / "codebooks" / "children_in_distress.yaml")


def seg_table(texts, doc="D1", kinds=None, role="family", sentences=True):
    rows, pos = [], 0
    for i, t in enumerate(texts):
        kind = kinds[i] if kinds else "respondent"
        rows.append({"seg_id": f"{doc}:{i + 1}:1" if sentences else f"{doc}:{i + 1}", "doc_id": doc,
                     "respondent_id": doc, "turn": i + 1, "sentence": 1 if sentences else 0, "speaker": "受访者",
                     "speaker_kind": kind, "start": pos, "end": pos + len(t), "text": t, "tokens": list(t),
                     "role": role, "district": "宁城县"})
        pos += len(t) + 1
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------------------- polarity
@pytest.mark.parametrize("text", ["宣传不到位", "没人跟我们讲解过", "宣传做得不是很到位", "宣传这块我们搞得不够",
                                  "通知从来没有及时过", "告知工作比较薄弱"])
def test_problem_polarity_codes(small, text):
    assert "publicity_weak" in AutoCoder(small).codes_for(text)


@pytest.mark.parametrize("text", ["宣传很到位", "宣传做得还算到位，知晓率比较高", "通知都很及时", "宣传挺好的",
                                  "我们搞了一次宣传活动"])
def test_positive_or_neutral_publicity_not_coded(small, text):
    assert "publicity_weak" not in AutoCoder(small).codes_for(text)


@pytest.mark.parametrize("text,coded", [("渠道还算通畅", False), ("沟通很顺畅", False), ("沟通不太顺畅", True),
                                        ("渠道根本不畅", True), ("沟通没什么问题", False)])
def test_channel_polarity(small, text, coded):
    assert ("channel_poor" in AutoCoder(small).codes_for(text)) is coded


def test_negation_scope_is_limited_to_the_clause(small):
    coder = AutoCoder(small)
    # the negator belongs to another clause: 宣传 is evaluated by 很到位
    assert "publicity_weak" not in coder.codes_for("不管怎么说，宣传很到位")
    assert "publicity_weak" not in coder.codes_for("没错，宣传很到位")


def test_positive_polarity_respects_negation(small):
    coder = AutoCoder(small)
    assert coder.codes_for("有志愿者来帮忙") == ["volunteers"]
    assert coder.codes_for("从来没有志愿者来过") == []
    assert coder.codes_for("没什么基金会") == []


@pytest.mark.parametrize("text", [
    "说实话那个宣传根本没到位", "村里从来没谁跟我们讲过这个", "我是刷抖音才晓得有这个钱",
    "表格上那些字太官方了，看不明白", "我也搞不清楚该去哪儿申请",
])
def test_study_publicity_paraphrases(study, text):
    assert "publicity_weak" in AutoCoder(study).codes_for(text)


@pytest.mark.parametrize("text", ["我们这边宣传很到位，大家都知道", "知晓率还是比较高的",
                                  "村里开会的时候专门讲过这个政策"])
def test_study_publicity_positive_not_coded(study, text):
    assert "publicity_weak" not in AutoCoder(study).codes_for(text)


@pytest.mark.parametrize("text,code", [
    ("他们就来过一次，之后再也没见着人", "supervision_weak"),
    ("民政叫我们去找学校，学校又让回民政", "communication_poor"),
    ("两个系统的信息各是各的，互相看不到", "communication_poor"),
    ("钱每个月准时打到存折上", "fund_guarantee"),
    ("有个爱心企业给孩子捐了学习用品", "diversified_rescue"),
    ("一个人要管好几百户，根本顾不过来", "staff_capacity"),
    ("孩子他妈生下他没多久就跑了", "family_hardship"),
])
def test_study_other_themes_paraphrases(study, text, code):
    assert code in AutoCoder(study).codes_for(text)


def test_study_opposite_voice_not_coded(study):
    coder = AutoCoder(study)
    assert "supervision_weak" not in coder.codes_for("乡里每个月都来回访，很认真")
    assert "fund_guarantee" not in coder.codes_for("补贴拖了三个月才发下来")
    assert "diversified_rescue" not in coder.codes_for("我们这没有什么社会组织")
    assert "communication_poor" not in coder.codes_for("有专门的联络员，打电话很快就回")


# ------------------------------------------------------------------------------------------- evidence & table
def test_codings_table(small):
    segs = seg_table(["宣传没到位。", "今天天气好。", "有志愿者来帮忙。"])
    out = AutoCoder(small).code(segs)
    assert list(out.columns[:12]) == ["seg_id", "doc_id", "turn", "sentence", "start", "end", "code", "coder",
                                      "evidence", "rules", "terms", "spans"]
    assert {"respondent_id", "role", "district"} <= set(out.columns)
    assert set(out["coder"]) == {"auto:rules"}
    row = out[out["code"] == "publicity_weak"].iloc[0]
    assert row["seg_id"] == "D1:1:1" and (row["start"], row["end"]) == (0, 6)
    assert "publicity_weak#r2: 宣传 + 没到位 (within 8)" in row["evidence"]
    assert "publicity_weak#r1: 宣传 [problem: 没…到位]" in row["evidence"]
    assert out[out["code"] == "volunteers"]["seg_id"].tolist() == ["D1:3:1"]
    assert "D1:2:1" not in set(out["seg_id"])
    # the evidence as data: both rules, the words that fired, where they are in the document
    assert (row["doc_id"], row["turn"], row["sentence"]) == ("D1", 1, 1)
    assert row["rules"] == ("r1", "r2")
    assert row["spans"] == ((0, 2), (2, 5), (3, 5)) and row["terms"] == ("宣传", "没到位", "到位")


def test_evidence_columns_point_into_the_document(small):
    texts = ["开头几句话。宣传不够，", "渠道不畅。", "有志愿者来帮忙。"]
    doc = "\n".join(texts)
    out = AutoCoder(small).code(seg_table(texts))
    assert len(out)
    assert set(out["code"]) == {"publicity_weak", "channel_poor", "volunteers"}
    for terms, spans in zip(out["terms"], out["spans"]):
        assert spans and [doc[s:e] for s, e in spans] == list(terms)
    assert out.set_index("code").loc["channel_poor", "terms"] == ("渠道", "不畅")


def test_evidence_columns_round_trip_through_csv(small, tmp_path):
    from qualcode._io import read_table, write_table

    out = AutoCoder(small).code(seg_table(["宣传没到位。", "有志愿者来帮忙。"]))
    back = read_table(write_table(out, tmp_path / "codings.csv"))
    for col in ("rules", "terms", "spans"):
        assert back[col].tolist() == out[col].tolist()
    text = (tmp_path / "codings.csv").read_text(encoding="utf-8-sig")
    assert "r1 | r2" in text and "宣传 | " in text  # a coder reading the CSV sees the words and where they are


def test_matches_offsets_point_into_the_document(small):
    texts = ["开头几句话。宣传不够，", "渠道不畅。"]
    doc = "\n".join(texts)
    coder = AutoCoder(small)
    coder.code(seg_table(texts))
    hits = coder.matches_[coder.matches_["status"] == "hit"]
    assert len(hits)
    for words, spans in zip(hits["words"], hits["spans"]):
        for w, (s, e) in zip(words, spans):
            assert doc[s:e] == w


def test_speakers_and_unless(small):
    segs = seg_table(["宣传不到位", "宣传不到位", "补贴拖了三个月", "拖了三个月，以前没拖过", "回访走过场",
                      "回访认真，不走过场"], kinds=["interviewer"] + ["respondent"] * 5)
    out = AutoCoder(small).code(segs)
    assert "D1:1:1" not in set(out["seg_id"])  # interviewer turn not coded by default
    assert out[out["code"] == "late"]["seg_id"].tolist() == ["D1:3:1"]
    assert out[out["code"] == "visits"]["seg_id"].tolist() == ["D1:5:1"]
    everyone = AutoCoder(small, speakers="all").code(segs)
    assert "D1:1:1" in set(everyone["seg_id"])


def test_explain(small):
    coder = AutoCoder(small)
    with pytest.raises(NotFittedError, match="call code"):
        coder.explain("D1:1:1")
    coder.code(seg_table(["宣传没到位，渠道还算通畅。", "从来没有志愿者来过"]))
    text = coder.explain("D1:1:1")
    assert "【宣传没到位】" in text
    assert "publicity_weak#r2: 宣传 + 没到位 (within 8)" in text
    assert "channel_poor#r1: 渠道 + 通畅 -- polarity: '通畅' is positive" in text
    assert "volunteers#r1: 志愿者 -- negated by '从来没有'" in coder.explain("D1:2")  # turn id -> its sentences
    with pytest.raises(KeyError):
        coder.explain("nope:1")


def test_unit_turn_joins_sentences(small):
    segs = seg_table(["宣传", "没到位"])
    segs["turn"] = 1
    segs["seg_id"] = ["D1:1:1", "D1:1:2"]
    segs["sentence"] = [1, 2]
    by_sentence = AutoCoder(small).code(segs)
    by_turn = AutoCoder(small, unit="turn").code(segs)
    assert "publicity_weak" not in set(by_sentence["code"])
    row = by_turn[by_turn["code"] == "publicity_weak"].iloc[0]
    assert row["seg_id"] == "D1:1" and (row["start"], row["end"]) == (0, 6)
    with pytest.raises(InputError, match="segments are turns"):
        AutoCoder(small, unit="sentence").code(seg_table(["宣传"], sentences=False))
    with pytest.raises(ValueError, match="unit == 'para'"):
        AutoCoder(small, unit="para").code(segs)


def test_roll_up(small):
    segs = seg_table(["宣传没到位，沟通不畅", "有志愿者"])
    codings = AutoCoder(small).code(segs)
    rolled = roll_up(codings, small, level=1)
    assert list(rolled.columns) == list(codings.columns)
    first = rolled[rolled["seg_id"] == "D1:1:1"]
    assert first["code"].tolist() == ["implementation"]
    assert "publicity_weak#" in first["evidence"].iloc[0] and "channel_poor#" in first["evidence"].iloc[0]
    assert rolled[rolled["seg_id"] == "D1:2:1"]["code"].tolist() == ["volunteers"]
    assert roll_up(codings, small, level=2)["code"].tolist() == codings["code"].tolist()
    with pytest.raises(ValueError, match="level == 0"):
        roll_up(codings, small, level=0)


# ------------------------------------------------------------------------------------------- tokens mode
@pytest.fixture(scope="module")
def token_cb() -> Codebook:
    return Codebook(codes=(Code(id="weak", rules=({"any": ["不到位"], "match": "tokens"},)),
                           Code(id="dibao", rules=({"any": ["低保"], "match": "tokens"},))), name="t")


def test_tokens_mode_needs_codebook_terms_in_the_segmenter(token_cb):
    from qualcode.segment import Segmenter

    text = "回访工作做得不到位"
    plain = Segmenter(cache_dir=False).tokenize(text)
    assert "不到位" not in plain  # jieba alone cuts 得不到|位
    with_terms = Segmenter(cache_dir=False, user_words=codebook_terms(token_cb)).tokenize(text)
    assert "不到位" in with_terms
    for toks, expected in ((plain, []), (with_terms, ["weak"])):
        segs = seg_table([text])
        segs.at[0, "tokens"] = toks
        out = AutoCoder(token_cb).code(segs)
        assert out["code"].tolist() == expected


def test_tokens_mode_reports_a_term_inside_a_longer_token(token_cb):
    from qualcode.segment import Segmenter

    text = "低保户家里困难"
    toks = Segmenter(cache_dir=False, user_words=codebook_terms(token_cb)).tokenize(text)
    assert "低保户" in toks
    segs = seg_table([text])
    segs.at[0, "tokens"] = toks
    coder = AutoCoder(token_cb)
    assert coder.code(segs).empty
    assert "not a whole token (低保 is inside 低保户)" in coder.explain("D1:1:1")
    no_tokens = segs.drop(columns=["tokens"])
    with pytest.raises(InputError, match="no 'tokens' column"):
        AutoCoder(token_cb).code(no_tokens)


# ------------------------------------------------------------------------------------------- engine properties
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["宣传", "不到位", "渠道", "通畅", "志愿者", "，", "。", "没", "很", "好", "人"]),
                max_size=30))
def test_backends_agree_and_offsets_hold(parts):
    from qualcode.coding import compile_codebook

    text = "".join(parts)
    cb = load_codebook_from_text(SMALL)
    a = compile_codebook(cb, "ahocorasick_rs")
    b = compile_codebook(cb, "pyahocorasick")
    fa, fb = a.find(text), b.find(text)
    assert {k: sorted(v) for k, v in fa.items()} == {k: sorted(v) for k, v in fb.items()}
    for tid, spans in fa.items():
        for s, e in spans:
            assert text[s:e] == a.terms[tid]
    ha = [(h.code, h.rule, h.status, h.spans) for h in a.match(text, explain=True)]
    hb = [(h.code, h.rule, h.status, h.spans) for h in b.match(text, explain=True)]
    assert ha == hb


_CACHE: dict = {}


def load_codebook_from_text(text: str) -> Codebook:
    if text not in _CACHE:
        import tempfile

        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "cb.yaml"
            p.write_text(text, encoding="utf-8")
            _CACHE[text] = load_codebook(p)
    return _CACHE[text]


def test_missing_backend_hint(monkeypatch, small):
    import sys

    from qualcode.coding import compile_codebook
    from qualcode.errors import MissingDependencyError

    monkeypatch.setitem(sys.modules, "ahocorasick_rs", None)
    with pytest.raises(MissingDependencyError, match="pip install ahocorasick-rs"):
        compile_codebook(small)


# ------------------------------------------------------------------------------------------- CLI
def test_cli_code(tmp_path, capsys, small):
    from qualcode.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "F01.txt").write_text(
        "---\nid: F01\nrole: family\n---\n访谈者：宣传到位吗？\n受访者：宣传不到位，没人跟我们讲解。\n"
        "访谈者：有人帮忙吗？\n受访者：有志愿者来过。\n", encoding="utf-8")
    cb = tmp_path / "small.yaml"
    cb.write_text(SMALL, encoding="utf-8")
    out = tmp_path / "codings.csv"
    rc = main(["code", str(corpus), "--codebook", str(cb), "--out", str(out), "--matches", str(tmp_path / "m.csv")])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "publicity_weak" in printed and "family" in printed
    from qualcode._io import read_table

    codings = read_table(out)
    assert set(codings["code"]) == {"publicity_weak", "volunteers"}
    assert set(codings["seg_id"].map(lambda s: s.split(":")[1])) == {"2", "4"}  # respondent turns only
    text = (corpus / "F01.txt").read_text(encoding="utf-8")
    for s, e in zip(codings["start"], codings["end"]):
        assert text[s:e].strip()
    assert (tmp_path / "m.csv").exists()


def test_roles_restrict_a_rule():
    cb = Codebook(codes=(Code(id="staff_unsure", rules=({"any": ["我也不懂"], "roles": ["!family"]},)),
                         Code(id="guardian", rules=({"any": ["我也不懂"], "roles": ["family"]},))), name="r")
    coder = AutoCoder(cb)
    assert coder.codes_for("这个我也不懂", role="community") == ["staff_unsure"]
    assert coder.codes_for("这个我也不懂", role="family") == ["guardian"]
    assert coder.codes_for("这个我也不懂") == ["staff_unsure", "guardian"]  # no role known: no restriction
    segs = seg_table(["这个我也不懂", "这个我也不懂"])
    segs["role"] = ["family", "civil_affairs"]
    out = AutoCoder(cb).code(segs)
    assert list(zip(out["seg_id"], out["code"])) == [("D1:1:1", "guardian"), ("D1:2:1", "staff_unsure")]


def test_answer_rules_use_the_question_as_topic():
    cb = Codebook(codes=(
        Code(id="no_visits", rules=({"question": ["回访", "来看"], "polarity": "problem"},)),
        Code(id="on_time", rules=({"question": ["按时"], "polarity": "positive"},)),
    ), name="q")
    rows = [("访谈者", "interviewer", "批下来以后有人来回访吗？"), ("受访者", "respondent", "没有。"),
            ("受访者", "respondent", "一次也没来过。"),  # a second respondent turn: no question right before it
            ("访谈者", "interviewer", "有人来看过孩子吗？"), ("受访者", "respondent", "来过，每个月都来。"),
            ("访谈者", "interviewer", "钱按时发吗？"), ("受访者", "respondent", "准时，从来没晚过。"),
            ("访谈者", "interviewer", "是不是回访不到位？"), ("受访者", "respondent", "对。")]
    segs = seg_table([t for _, _, t in rows], kinds=[k for _, k, _ in rows])
    out = AutoCoder(cb).code(segs)
    assert sorted(zip(out["seg_id"], out["code"])) == [("D1:2:1", "no_visits"), ("D1:7:1", "on_time")]
    assert "no_visits#r1: Q[回访] -> 没有 [problem]" in out.set_index("seg_id").loc["D1:2:1", "evidence"]
    # without the interviewer rows the answer rules cannot see the question: a clear error, unless asked for
    only_resp = segs[segs["speaker_kind"] == "respondent"]
    with pytest.raises(InputError, match=r"answer rules \(no_visits#r1, on_time#r1\) judge an answer by the "
                                         r"interviewer's question.*speakers='all'"):
        AutoCoder(cb).code(only_resp)
    assert AutoCoder(cb, questions=False).code(only_resp).empty
    assert AutoCoder(cb, questions=False).code(segs).empty  # knowingly without the questions


def test_study_answer_rules(study):
    segs = seg_table(["村里宣传过这个政策吗？", "没有，一回也没听过。", "钱发得及时吗？", "及时。"],
                     kinds=["interviewer", "respondent"] * 2)
    got = AutoCoder(study).code(segs)
    assert set(zip(got["seg_id"], got["code"])) >= {("D1:2:1", "publicity_weak"), ("D1:4:1", "fund_guarantee")}


PIECES = ["宣传", "不到位", "没人", "跟我们讲", "，", "。", "才知道", "要不是", "邻居说", "回访", "一次也没来过",
          "教育", "有教育的系统", "名单", "对不上", "没", "很", "钱", "按时", "打到卡上", "孩子他妈", "跑了", "申请",
          "人手不够", "就俩人", "批下来以后", "再没人来"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), min_size=1, max_size=6))
def test_match_many_equals_one_by_one(texts):
    # one automaton pass + anchored regexes over many texts decide exactly as each text alone
    cb = _study_compiled()
    many = cb.match_many(texts)
    for text, hits in zip(texts, many):
        alone = [h for h in cb.match(text) if h.status == "hit"]
        assert [(h.code, h.rule, h.spans) for h in hits] == [(h.code, h.rule, h.spans) for h in alone]


def _study_compiled():
    if "study" not in _CACHE:
        from qualcode.coding import compile_codebook

        _CACHE["study"] = compile_codebook(load_codebook(Path(__file__).resolve().parents[1] / "codebooks" /
                                                         "children_in_distress.yaml"))
    return _CACHE["study"]


def test_regex_prefixes():
    from qualcode.coding._regex import regex_prefixes

    assert regex_prefixes("(没人|从来没)[^，]{0,8}(说|讲)") == ["没人", "从来没"]
    assert regex_prefixes("没(有)?人来") == ["没"]
    assert regex_prefixes("([一-龥]{1,3})有\\1的") is None
    assert regex_prefixes("^准予") is None
    assert regex_prefixes("(?i)abc") is None


def test_batch_regex_with_anchors_at_text_start():
    from qualcode.coding import compile_codebook

    cb = compile_codebook(Codebook(codes=(Code(id="granted", rules=({"regex": "^[一1]、准予"},)),
                                          Code(id="end", rules=({"regex": "离婚$"},))), name="x"))
    texts = ["一、准予原告离婚", "判决如下：一、准予离婚", "1、准予原告与被告离婚"]
    got = [[h.code for h in hits] for hits in cb.match_many(texts)]
    assert got == [[h.code for h in cb.match(t)] for t in texts] == [["granted", "end"], ["end"], ["granted", "end"]]


def test_empty_and_missing_text(small):
    from qualcode.model import SEGMENT_COLUMNS

    empty = pd.DataFrame(columns=[*SEGMENT_COLUMNS, "role"])
    assert AutoCoder(small).code(empty).empty
    segs = seg_table(["宣传不到位"])
    segs.at[0, "text"] = None
    assert AutoCoder(small).code(segs).empty


def test_negated_exclusion_term_does_not_exclude():
    cb = Codebook(codes=(Code(id="paid", rules=({"any": ["按时"], "unless": ["拖欠"]},)),), name="u")
    coder = AutoCoder(cb)
    assert coder.codes_for("钱按时发，从来没有拖欠过") == ["paid"]
    assert coder.codes_for("钱按时发过几回，后来就拖欠了") == []


def test_explain_with_answer_rules_and_questions(study):
    segs = seg_table(["有人来回访吗？", "没有。", "孩子他妈跑了。"], kinds=["interviewer", "respondent", "respondent"])
    coder = AutoCoder(study)
    coder.code(segs)
    assert "supervision_weak#answer_no_followup: Q[回访] -> 没有 [problem]" in coder.explain("D1:2:1")
    assert "family_hardship" in coder.explain("D1:3:1")  # a unit without a question
