"""The rule engine gives exactly the codings of the frozen reference engine (tests/_rules_reference.py).

The reference (the original engine, a test oracle) is the specification; the fast engine may skip work
(caches, prefilters) but never change a result. Compared: the codings table, AutoCoder.matches_, and the hits of
CompiledCodebook.match / match_many, on the bundled corpus, on CAIL2019 sentences and on random sentences built from
codebook terms, negators, evaluations and filler.

Every test runs twice, with the compiled engine (the Cython extension qualcode.coding._engine) and with its
pure-Python twin (QUALCODE_ENGINE=python), so that both paths stay identical to the reference.
"""

from __future__ import annotations

import textwrap
from dataclasses import astuple
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _rules_reference import compile_codebook as reference_compile
from _rules_reference import reference_code
from qualcode.coding import AutoCoder, codebook_terms, compiled_engine_available, load_codebook

REPO = Path(__file__).resolve().parents[1]
CODEBOOKS = ["children_in_distress", "cail_labor", "cail_divorce"]


@pytest.fixture(params=["compiled", "python"], autouse=True)
def engine(request, monkeypatch):
    """The engine every AutoCoder of the test uses (read from QUALCODE_ENGINE when a codebook is compiled)."""
    if request.param == "compiled" and not compiled_engine_available():
        pytest.skip("the compiled engine is not built (test_engine.py::test_the_compiled_engine_is_built fails)")
    monkeypatch.setenv("QUALCODE_ENGINE", request.param)
    return request.param


def _codebook(name: str):
    return load_codebook(REPO / "codebooks" / f"{name}.yaml")


@pytest.fixture(scope="module")
def codebooks():
    return {name: _codebook(name) for name in CODEBOOKS}


@pytest.fixture(scope="module")
def chifeng(codebooks) -> pd.DataFrame:
    from qualcode.ingest import read_corpus
    from qualcode.segment import Segmenter

    words = codebook_terms(codebooks["children_in_distress"])
    return Segmenter(user_words=words, speakers="all").segment(read_corpus(REPO / "corpora" / "chifeng"))


def _cail_segments(data_dir: Path, domain: str, n: int = 300) -> pd.DataFrame:
    import json

    rows = []
    path = data_dir / "cail2019_element_multilabel" / f"{domain}_data_small_selected.jsonl"
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(ln for ln in fh if ln.strip()):
            for j, item in enumerate(json.loads(line)):
                rows.append({"seg_id": f"{domain}{i:04d}:{j + 1}", "doc_id": f"{domain}{i:04d}",
                             "respondent_id": f"{domain}{i:04d}", "turn": j + 1, "sentence": 1, "speaker": "",
                             "speaker_kind": "respondent", "start": 0, "end": len(item["sentence"]),
                             "text": item["sentence"]})
            if len(rows) >= n:
                break
    return pd.DataFrame(rows)


def assert_same(codebook, segments: pd.DataFrame, **kw) -> pd.DataFrame:
    fast = AutoCoder(codebook, **kw)
    got = fast.code(segments)
    want, want_matches = reference_code(AutoCoder(codebook, **kw), segments)
    pd.testing.assert_frame_equal(got, want)
    pd.testing.assert_frame_equal(fast.matches_, want_matches)
    return got


# ------------------------------------------------------------------------------------------------ real corpora
@pytest.mark.parametrize("name", CODEBOOKS)
@pytest.mark.parametrize("kw", [{}, {"unit": "turn"}, {"speakers": "all"}], ids=["sentence", "turn", "all"])
def test_chifeng_same_codings(codebooks, chifeng, name, kw):
    got = assert_same(codebooks[name], chifeng, **kw)
    if name == "children_in_distress" and not kw:
        assert len(got) > 100  # the comparison is not vacuous
        assert set(got.columns) >= {"seg_id", "code", "evidence", "start", "end"}


def test_chifeng_same_codings_pyahocorasick(codebooks, chifeng):
    assert_same(codebooks["children_in_distress"], chifeng, backend="pyahocorasick")


def test_chifeng_without_roles_and_questions(codebooks, chifeng):
    """Only respondent rows (no interviewer turns: no answer rules) and no role column (role rules apply to all)."""
    segs = chifeng[chifeng["speaker_kind"] == "respondent"].drop(columns=["role"], errors="ignore")
    assert_same(codebooks["children_in_distress"], segs)


def test_chifeng_repeated_rows(codebooks, chifeng):
    """The same texts many times under other ids and offsets (what a per-text cache must get right)."""
    segs = chifeng[chifeng["speaker_kind"] == "respondent"]
    big = pd.concat([segs.assign(seg_id=segs["seg_id"] + f"#{k}", start=segs["start"] + 7 * k,
                                 end=segs["end"] + 7 * k) for k in range(3)], ignore_index=True)
    assert_same(codebooks["children_in_distress"], big)


@pytest.mark.parametrize("domain", ["labor", "divorce"])
@pytest.mark.parametrize("name", CODEBOOKS)
def test_cail_same_codings(shared_data, codebooks, domain, name):
    segs = _cail_segments(shared_data, domain)
    got = assert_same(codebooks[name], segs, speakers="all", questions=False)  # (court sentences: no questions)
    if name == f"cail_{domain}":
        assert len(got) > 20


# ------------------------------------------------------------------------------------- random sentences, rules
FEATURES = textwrap.dedent("""\
    name: features
    settings: {unit: sentence, window: 6}
    lexicon:
      pub: [宣传, 告知, 通知]
    codes:
      - id: pub_weak
        rules:
          - any: ["@pub"]
            polarity: problem
          - all: [[宣传], [不够, 很少]]
            window: 5
          - all: [[补贴, 低保], [申请], [困难]]
            scope: clause
      - id: volunteers
        unless: [不用]
        rules:
          - any: [志愿者, 补贴]
            polarity: positive
            roles: ["!staff"]
          - regex: "没人[^，。]{0,4}(说|讲)"
      - id: unaware
        rules:
          - regex: "(从来|根本)?没听(说|过)(?![^，。]{0,2}少)"
          - regex: ["(?<!不)知道了", "^对[。！]?$"]
      - id: late
        rules:
          - regex: ["拖了?[一二三几]+个月", "(晚|慢)了"]
            unless: [按时]
            scope: unit
          - all: [[补贴], [及时]]
            polarity: problem
            scope: unit
      - id: visit
        rules:
          - id: ans
            question: [回访, 来看]
            polarity: problem
          - id: ans_pos
            question: [补贴]
            polarity: positive
          - any: [回访]
            question: [来看]
          - any: [回访, 来看]
            roles: [family]
            polarity: problem
    """)

TOKENS = textwrap.dedent("""\
    name: tokens
    settings: {unit: sentence, match: tokens}
    codes:
      - id: a
        rules:
          - any: [低保, 宣传]
            polarity: problem
          - all: [[补贴], [申请]]
            window: 4
      - id: b
        rules:
          - any: [低保户]
            match: chars
            unless: [不是]
    """)

PIECES = ["宣传", "告知", "通知", "补贴", "低保", "低保户", "申请", "困难", "志愿者", "回访", "来看", "没人", "说",
          "讲", "拖了", "两", "三个月", "晚了", "慢", "按时", "及时", "不用", "不", "没", "没有", "并不", "不管",
          "不错", "很", "比较", "得", "是", "到位", "不到位", "不够", "很少", "知道", "不知道", "清楚", "问题", "有",
          "对", "，", "。", "、", "！", "？", "我们", "村里", "这个", "他", "那", "嗯", " ", "\n", "没听说过", "根本",
          "少", "知道了", "不知道了"]


@pytest.fixture(scope="module")
def features(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cb")
    out = {}
    for name, text in (("features", FEATURES), ("tokens", TOKENS)):
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
        out[name] = load_codebook(folder / f"{name}.yaml")
    return out


def _hits(hits) -> list[tuple]:
    return [astuple(h) for h in hits]


def _one_by_one(ref, texts, roles=None, questions=None) -> list[list[tuple]]:
    """The reference decision of each text on its own (CompiledCodebook.match: the contract of match_many)."""
    n = len(texts)
    roles = roles or [None] * n
    questions = questions or [None] * n
    return [_hits(ref.match(t, role=r, question=q)) for t, r, q in zip(texts, roles, questions)]


_COMPILED: dict[tuple, tuple] = {}


def _compiled(codebook):
    """(fast, reference) compiled codebooks, compiled once per codebook object and engine."""
    import os

    key = (id(codebook), os.environ.get("QUALCODE_ENGINE"))
    got = _COMPILED.get(key)
    if got is None or got[0] is not codebook:
        fast = AutoCoder(codebook).compiled_
        assert fast.engine == key[1]
        got = _COMPILED[key] = (codebook, fast, reference_compile(codebook))
    return got[1], got[2]


sentences = st.lists(st.sampled_from(PIECES), min_size=0, max_size=14).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(sentences, min_size=1, max_size=8),
       roles=st.lists(st.sampled_from([None, "family", "staff"]), min_size=8, max_size=8),
       questions=st.lists(st.sampled_from([None, "有人来看过吗？", "补贴按时发吗？", "回访了吗"]), min_size=8,
                          max_size=8))
def test_random_sentences_match_many(features, texts, roles, questions):
    fast, ref = _compiled(features["features"])
    n = len(texts)
    texts = texts + texts[: n // 2]  # repeated texts, maybe with another role / question
    m = len(texts)
    args = (texts, None, roles[:m] + [None] * (m - 8), questions[:m] + [None] * (m - 8))
    assert [_hits(h) for h in fast.match_many(*args)] == _one_by_one(ref, texts, args[2], args[3])
    for text, role, question in zip(texts, roles, questions):
        for explain in (False, True):
            assert _hits(fast.match(text, explain=explain, role=role, question=question)) == _hits(
                ref.match(text, explain=explain, role=role, question=question))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(sentences, min_size=1, max_size=8))
def test_random_sentences_study_codebook(codebooks, texts):
    fast, ref = _compiled(codebooks["children_in_distress"])
    assert [_hits(h) for h in fast.match_many(texts)] == _one_by_one(ref, texts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_study_terms(codebooks, data):
    """Sentences built from the study codebook's own terms and polarity cues, with negators and filler."""
    fast, ref = _compiled(codebooks["children_in_distress"])
    vocab = fast.terms
    pieces = st.one_of(st.sampled_from(vocab), st.sampled_from(PIECES))
    texts = data.draw(st.lists(st.lists(pieces, max_size=10).map("".join), min_size=1, max_size=6))
    assert [_hits(h) for h in fast.match_many(texts)] == _one_by_one(ref, texts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10),
                               st.sampled_from(["family", "staff"])), min_size=1, max_size=10))
def test_random_segments_with_tokens(features, rows):
    """The codings table on a segments table with tokens, roles and repeated texts."""
    records = []
    for i, (toks, role) in enumerate(rows + rows[:2]):
        toks = toks + ["。"]  # (so that no reference regex looks into the next row: see the last test)
        text = "".join(toks)
        records.append({"seg_id": f"D:{i + 1}:1", "doc_id": "D", "respondent_id": "R", "turn": i + 1, "sentence": 1,
                        "speaker": "受访者", "speaker_kind": "respondent", "start": 100 * i,
                        "end": 100 * i + len(text), "text": text, "tokens": toks, "role": role})
    segs = pd.DataFrame(records)
    for name in ("features", "tokens"):
        assert_same(features[name], segs, questions=False)  # (no interviewer rows: answer rules knowingly off)


def test_neighbouring_text_does_not_change_a_decision(features):
    """The reference match_many ran lookahead regexes over all texts joined, so a sentence ending in 没听说过 lost its
    code when the NEXT sentence began with 少; the fast engine decides each text on its own, like match()."""
    fast, ref = _compiled(features["features"])
    texts = ["我根本没听说过", "少了点"]
    assert [h.code for h in fast.match(texts[0])] == ["unaware"]
    assert [[h.code for h in hits] for hits in fast.match_many(texts)] == [["unaware"], []]
    assert [_hits(h) for h in fast.match_many(texts)] == _one_by_one(ref, texts)
    assert ref.match_many(texts) == [[], []]  # the quirk of the reference, fixed in the fast engine


# ------------------------------------------------------------------------------------------------- parameters
def test_questions_parameter_is_checked(features, chifeng):
    with pytest.raises(ValueError, match="questions == 'maybe', must be 'auto', True or False"):
        AutoCoder(features["features"], questions="maybe").code(chifeng.head(3))


def test_matches_before_code_is_not_fitted(features):
    from qualcode.errors import NotFittedError

    coder = AutoCoder(features["features"])
    with pytest.raises(NotFittedError, match="call code"):
        coder.matches_  # noqa: B018
    assert not hasattr(coder, "matches_")


def test_matches_follow_the_last_code(codebooks, chifeng):
    coder = AutoCoder(codebooks["children_in_distress"])
    coder.code(chifeng)
    first = coder.matches_
    assert len(first) > 0
    coder.code(chifeng.head(0))
    assert coder.matches_.empty and list(coder.matches_.columns) == list(first.columns)


def test_no_codings_same_table(features, chifeng):
    assert assert_same(features["features"], chifeng.head(0)).empty
    nothing = chifeng.head(5).assign(text="嗯。")
    assert assert_same(features["features"], nothing).empty


long_texts = st.lists(st.sampled_from(PIECES), min_size=40, max_size=300).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(long_texts, min_size=1, max_size=3))
def test_long_texts_many_matches(features, texts):
    """Long units with many occurrences of each term (the fast engine searches near positions only): same hits."""
    for name in ("features", "tokens"):
        fast, ref = _compiled(features[name])
        assert [_hits(h) for h in fast.match_many(texts)] == _one_by_one(ref, texts)
        for text in texts:
            assert _hits(fast.match(text, explain=True)) == _hits(ref.match(text, explain=True))


def test_matching_work_grows_linearly_with_unit_length(features, monkeypatch, engine):
    """Coding one long unpunctuated unit (speech-to-text output) does work in proportion to its length: four times
    the text, about four times the scope lookups of the Python engine, or the positions the compiled engine's
    searches look at (comparing every pair of matches would be sixteen times)."""
    from qualcode.coding import _decide

    calls = {"n": 0}
    original = _decide.Context.scope_id

    def counted(self, scope, pos):
        calls["n"] += 1
        return original(self, scope, pos)

    monkeypatch.setattr(_decide.Context, "scope_id", counted)
    fast, _ref = _compiled(features["features"])
    piece = "宣传的事情村里面说了 不够 补贴的事情村里面说了 及时 "  # topics whose co-terms are out of the window
    work = []
    for n in (40, 160):
        calls["n"] = 0
        before = fast._engine.steps if fast._engine is not None else 0
        fast.match_many([piece * n])
        work.append(calls["n"] + (fast._engine.steps - before if fast._engine is not None else 0))
    assert work[0] > 100  # (the engine that compared every pair: 3404 and 52004)
    assert work[1] < 6 * work[0], work
