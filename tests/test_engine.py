"""The compiled rule engine (Cython, qualcode.coding._engine) and the exact filters both engines rely on.

The codings of both engines are compared with the frozen reference in test_autocode_equivalence.py (every test there
runs with each engine); here: that the extension is built and chosen, that its automaton finds exactly what
ahocorasick_rs finds, that its distinct inputs are those of the Python engine, that the literals read from a regex
(required sets, starts, longest match) hold on the strings it matches, and that a recode after a codebook edit gives
the codings of a fresh run.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.coding import AutoCoder, code_corpus, compile_codebook, compiled_engine_available, load_codebook
from qualcode.coding._compiled import _distinct_python

REPO = Path(__file__).resolve().parents[1]
CODEBOOKS = ["children_in_distress", "cail_labor", "cail_divorce"]


def _codebook(name: str):
    return load_codebook(REPO / "codebooks" / f"{name}.yaml")


def test_the_compiled_engine_is_built():
    """pip install builds it (setup.py, Cython in the build requirements); without it coding is several times
    slower, so a missing build is a failure here, not a skip."""
    assert compiled_engine_available(), "qualcode.coding._engine is not built: reinstall with a C compiler"
    from qualcode.coding import _engine

    assert Path(_engine.__file__).suffix in (".so", ".pyd")


def test_engine_choice(monkeypatch):
    cb = _codebook("cail_labor")
    monkeypatch.delenv("QUALCODE_ENGINE", raising=False)
    auto = compile_codebook(cb)
    assert auto.engine == ("compiled" if compiled_engine_available() else "python")
    assert (auto._engine is not None) == compiled_engine_available()
    assert compile_codebook(cb, engine="python")._engine is None
    monkeypatch.setenv("QUALCODE_ENGINE", "python")
    assert compile_codebook(cb).engine == "python"
    assert AutoCoder(cb).compiled_.engine == "python"
    with pytest.raises(ValueError, match="engine == 'fast', must be 'auto', 'compiled' or 'python'"):
        compile_codebook(cb, engine="fast")


def test_engine_choice_without_the_extension(monkeypatch):
    import qualcode.coding._compiled as compiled

    monkeypatch.setattr(compiled, "_engine_mod", None)
    cb = _codebook("cail_labor")
    assert compile_codebook(cb, engine="auto").engine == "python"
    with pytest.raises(ImportError, match="compiled rule engine .* is not built"):
        compile_codebook(cb, engine="compiled")


needs_engine = pytest.mark.skipif(not compiled_engine_available(), reason="the compiled engine is not built")

PIECES = ["宣传", "不到位", "没", "没有", "不", "知道", "低保", "补贴", "，", "。", "\n", "a", "𠀋", "𠀋𠀌", "😀", "说",
          "讲", "民政", "学校", "又说", "到位", " "]


@needs_engine
@settings(max_examples=80, deadline=None)
@given(texts=st.lists(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), min_size=1, max_size=6))
def test_automaton_finds_what_ahocorasick_finds(texts):
    """Every (term, start, end) of every term, overlapping, in code points (astral characters included)."""
    compiled, ac = _study_automata()
    for text in texts:
        want = sorted(ac.find_matches_as_indexes(text, overlapping=True))
        assert sorted(compiled._engine.find(text)) == want


_AUTOMATA: list = []


def _study_automata():
    import ahocorasick_rs

    if not _AUTOMATA:
        compiled = compile_codebook(_codebook("children_in_distress"), engine="compiled")
        _AUTOMATA.extend([compiled, ahocorasick_rs.AhoCorasick(compiled.terms,
                                                               matchkind=ahocorasick_rs.MatchKind.Standard)])
    return _AUTOMATA[0], _AUTOMATA[1]


@needs_engine
def test_astral_terms_are_found():
    from qualcode.coding import _engine

    trie_terms = ["𠀋", "𠀋𠀌", "a𠀋", "宣传"]
    from qualcode.model import Code, Codebook

    cb = Codebook(codes=(Code(id="x", rules=({"any": trie_terms},)),), name="astral", settings={"unit": "sentence"})
    compiled = compile_codebook(cb, engine="compiled")
    found = {(compiled.terms[t], s, e) for t, s, e in compiled._engine.find("a𠀋𠀌宣传")}
    assert {("a𠀋", 0, 2), ("𠀋", 1, 2), ("𠀋𠀌", 1, 3), ("宣传", 3, 5)} <= found
    assert [h.code for h in compiled.match_many(["a𠀋𠀌"])[0]] == ["x"]
    assert isinstance(_engine.Trie(["𠀋"]), _engine.Trie)


@needs_engine
@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(st.sampled_from(["a", "b", "宣传", ""]), st.sampled_from([None, "family", "staff"]),
                               st.sampled_from([None, "", "问题？", 3.0])), max_size=20))
def test_distinct_inputs_in_c_are_those_of_python(rows):
    from qualcode.coding import _engine

    texts = [r[0] for r in rows]
    roles = [r[1] for r in rows]
    qs = [r[2] if isinstance(r[2], str) and r[2] else None for r in rows]
    for args in ((roles, qs), (None, None)):
        slot, firsts = _engine.distinct(texts, *args)
        want, _ = _distinct_python(texts, None, *args)
        assert slot == want
        assert [slot[i] for i in firsts] == list(range(len(firsts)))  # (a row of each input, in order)


@needs_engine
def test_unhashable_roles_are_decided_one_by_one():
    cb = _codebook("children_in_distress")
    fast = compile_codebook(cb, engine="compiled")
    texts = ["宣传不到位。", "宣传不到位。"]
    roles = [["family"], ["family"]]  # (a list: unhashable)
    slot, decided = fast.match_distinct(texts, roles=roles)
    assert slot == [0, 1] and len(decided) == 2


# ------------------------------------------------------------------------------------- the regex literal filters
def _codebook_regexes() -> list[str]:
    out = []
    for name in CODEBOOKS:
        cb = AutoCoder(_codebook(name)).compiled_
        out += [rx.pattern for rule in cb.rules for rx in rule.regexes]
    return sorted(set(out)) + ["(?i:ab)c", "a|b[^x]*", "(?<!不)好的", "拖了?[一二三几]+个月", "x*yz+w",
                               "(没人|从来没)[^，。]{0,8}(说|讲|告诉)", r"(\w)有\1的(系统|平台)", "(?<=不)[好坏]的",
                               r"\b(?:ab|cd)e", "(?=x)[xy]z"]


@pytest.mark.parametrize("pattern", _codebook_regexes())
def test_regex_literals_hold_on_generated_matches(pattern):
    """On every string the regex matches (hypothesis writes them): the match contains one literal of each required
    set, starts with one of the literals that start its matches, and is not longer than its longest match."""
    from qualcode.coding._engine import _max_width
    from qualcode.coding._regex import regex_requirements, regex_starts

    sets = regex_requirements(pattern)
    starts = regex_starts(pattern)
    width = _max_width(pattern) if compiled_engine_available() else -1
    rx = re.compile(pattern)
    try:
        strategy = st.from_regex(rx, fullmatch=False)
        strategy.validate()
    except Exception:  # pragma: no cover - a construct hypothesis cannot generate
        pytest.skip("hypothesis cannot generate strings for this regex")

    @settings(max_examples=30, deadline=None, database=None)
    @given(strategy)
    def check(text):
        m = rx.search(text)
        assert m is not None
        for s in sets:
            assert any(lit in m.group() for lit in s), (pattern, m.group(), sorted(s))
        if starts is not None:
            assert m.group().startswith(starts), (pattern, m.group(), starts)
            # search finds a match iff match() succeeds at one of the starts (what the compiled engine tries)
            at = [i for i in range(len(text)) if text.startswith(starts, i)]
            assert any(rx.match(text, i) for i in at)
        if width >= 0:
            assert len(m.group()) <= width

    check()


def test_regex_requirements_examples():
    from qualcode.coding._regex import regex_requirements

    got = [sorted(s) for s in regex_requirements("(没人|从来没)[^，。]{0,8}(说|讲|告诉)")]
    assert got == [["从来没", "没人"], ["告诉", "讲", "说"]]
    assert regex_requirements("(?i)abc") == []  # case-insensitive: no literal is certain
    assert [sorted(s) for s in regex_requirements("(?i:ab)c")] == [["c"]]
    assert [sorted(s) for s in regex_requirements("a|b[^x]*")] == [["a", "b"]]
    assert regex_requirements("[^，]+") == []


def test_regex_starts_examples():
    from qualcode.coding._regex import regex_starts

    assert regex_starts("(?<!不)(?<!不是)(只|光|就)[^x]") == ("只", "光", "就")
    assert regex_starts("(市|县|旗)[、和]{0,3}(乡|镇)") == ("市", "县", "旗")
    assert regex_starts("(?:ab|cd)e") == ("ab", "cd")
    assert regex_starts("(?i)ab") is None and regex_starts("(?i:ab)c") is None
    assert regex_starts("x*yz") is None and regex_starts("[^，]+") is None and regex_starts(r"(\w)有") is None


# ------------------------------------------------------------------------------------------------- recoding
@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    from qualcode.ingest import read_corpus

    tmp = tmp_path_factory.mktemp("recode")
    path = tmp / "cb.yaml"
    shutil.copy(REPO / "codebooks" / "children_in_distress.yaml", path)
    corpus = read_corpus(REPO / "corpora" / "chifeng")
    return tmp, path, corpus, code_corpus(corpus, load_codebook(path), cache_dir=tmp / "cache")


def test_recode_after_an_edit_gives_the_codings_of_a_fresh_run(bundled):
    """A new term (it changes the segmenter's dictionary) and a changed window: recode reuses the segments and
    gives the codings code_corpus gives after segmenting again."""
    tmp, path, corpus, coded = bundled
    text = path.read_text(encoding="utf-8")
    edited = text.replace("[才知道, 才晓得,", "[才知道, 才晓得, 才听说了,", 1).replace("window: 14", "window: 4", 1)
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    new_cb = load_codebook(path)
    again = coded.recode(new_cb)
    fresh = code_corpus(corpus, new_cb, cache_dir=tmp / "cache")
    assert again.segments is coded.segments
    pd.testing.assert_frame_equal(again.codings, fresh.codings)
    assert not again.codings.equals(coded.codings)  # (the edit changed something)
    keys = [c for c in fresh.segments.columns if c != "tokens"]
    pd.testing.assert_frame_equal(coded.segments[keys], fresh.segments[keys])  # sentences do not move


def test_recode_refuses_token_rules_and_a_new_unit(bundled):
    from qualcode.model import Codebook

    _tmp, _path, _corpus, coded = bundled
    cb = coded.coder.codebook
    tokens = Codebook(codes=cb.codes, name=cb.name, settings={**cb.settings, "match": "tokens"})
    with pytest.raises(ValueError, match="segmented again: use qualcode.code_corpus"):
        coded.recode(tokens)
    turn = Codebook(codes=cb.codes, name=cb.name, settings={**cb.settings, "unit": "turn"})
    with pytest.raises(ValueError, match="changes the coding unit"):
        coded.recode(turn)
