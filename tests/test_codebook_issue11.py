"""Codebook problems found by the tester of issue 11: TypeErrors instead of path:line errors, what Chinese input
methods put into a codebook (full-width commas, 顿号, a full-width colon), and regexes that backtrack forever."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.cli import main
from qualcode.coding import AutoCoder, load_codebook, validate_codebook
from qualcode.coding._regex import RuleRegex, _re2_options, nested_repetition, python_only, re2_module
from qualcode.errors import CodebookError

STUDY = Path(__file__).resolve().parents[1] / "codebooks" / "children_in_distress.yaml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cb.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def messages(path: Path) -> list[str]:
    return [str(i) for i in validate_codebook(path)]


# ------------------------------------------------------------------------------------------ TypeError -> path:line
@pytest.mark.parametrize("text,line,needle", [
    ("codes:\n  - id: a\n    rules:\n      - id: [x, y]\n        any: [宣传]\n"
     "      - id: [x, y]\n        any: [告知]\n",
     4, "rule id ['x', 'y'] is not a plain identifier"),
    ("lexicon:\n  p: 不到位\n  q: 5\ncodes:\n  - id: a\n    rules:\n      - any: ['@p', '@q']\n",
     3, "lexicon 'q': expected a non-empty list of terms, got int 5"),
    ("settings:\n  report_order: [a]\ncodes: {id: a}\n", 3, "'codes' must be a non-empty list of codes"),
    ("settings:\n  report_order: [a]\ncodes: 5\n", 3, "'codes' must be a non-empty list of codes"),
    ("codes:\n  - id: a\n    parent: [b]\n  - id: b\n", 3, "parent ['b'] is not a code id"),
    ("settings:\n  report_order: []\ncodes:\n  - id: []\n", 4, "id [] is not a plain identifier"),
])
def test_malformed_shapes_are_path_line_errors(tmp_path, text, line, needle):
    path = write(tmp_path, text)
    assert any(m.startswith(f"{path}:{line}: ") and needle in m for m in messages(path)), messages(path)
    with pytest.raises(CodebookError):
        load_codebook(path)


# ----------------------------------------------------------------------------------------- Chinese input methods
def test_a_term_list_typed_with_fullwidth_commas_is_an_error_with_the_list_to_write(tmp_path):
    path = write(tmp_path, "codes:\n  - id: a\n    rules:\n      - any: [丢人，笑话，闲话]\n")
    assert messages(path) == [
        f"{path}:4: code 'a' rule 1 any: term '丢人，笑话，闲话' contains '，', so it is one term that matches "
        "only the "
        "whole text '丢人，笑话，闲话' (hint: write several terms as a list with ASCII commas: [丢人, 笑话, 闲话])"]


@pytest.mark.parametrize("value,needle", [
    ("丢人、笑话、闲话", "is one string with '、' (顿号)"),
    ("丢人, 笑话", "a string where a list is meant"),
    ("[丢人 笑话 闲话]", "has spaces between words"),
    ("[宣传；告知]", "contains '；'"),
])
def test_strings_where_a_list_is_meant(tmp_path, value, needle):
    path = write(tmp_path, f"codes:\n  - id: a\n    rules:\n      - any: {value}\n")
    found = messages(path)
    assert any(m.startswith(f"{path}:4: ") and needle in m for m in found), found
    with pytest.raises(CodebookError):
        load_codebook(path)


def test_a_dunhao_inside_a_listed_term_is_only_a_warning(tmp_path):
    path = write(tmp_path, "codes:\n  - id: a\n    rules:\n      - any: [准予原、被告离婚, 准予离婚]\n")
    issues = validate_codebook(path)
    assert len(issues) == 1 and not issues[0].is_error and "顿号" in issues[0].message
    assert load_codebook(path).ids == ["a"]


def test_fullwidth_colon_is_named_with_its_line_and_a_hint(tmp_path):
    path = write(tmp_path, "codes：\n  - id: a\n    rules:\n      - any: [宣传]\n")
    found = messages(path)
    assert found[0] == (f"{path}:1: 'codes：' is written with a full-width colon '：', which YAML does not read as a "
                        "key"
                        " (hint: type an ASCII colon and a space: 'codes: ' (switch the input method to English "
                        "punctuation))")
    assert any("not valid YAML" in m and "full-width colon" in m for m in found[1:])


def test_fullwidth_colon_in_a_flow_mapping_key(tmp_path):
    path = write(tmp_path, "codes:\n  - {id: a, label：标签}\n")
    assert any("full-width colon" in m for m in messages(path))


def test_cli_check_reports_them(tmp_path, capsys):
    path = write(tmp_path, "codes:\n  - id: a\n    rules:\n      - any: [丢人，笑话]\n")
    assert main(["codebook", "check", str(path)]) == 2
    assert "[丢人, 笑话]" in capsys.readouterr().out


# ---------------------------------------------------------------------------------------------------- regexes
def test_catastrophic_patterns_run_in_the_linear_engine(tmp_path):
    path = write(tmp_path, """\
        codes:
          - id: a
            rules:
              - regex: "(宣传[^。]*)+不到位"
          - id: b
            rules:
              - regex: "(a+)+b"
        """)
    assert validate_codebook(path) == []
    coder = AutoCoder(load_codebook(path))
    assert [rx.engine for rule in coder.compiled_.rules for rx in rule.regexes] == ["re2", "re2"]
    sentence = "宣传" * 30 + "到位"  # 62 characters: 26 s in Python's re; returns at once in RE2
    assert coder.codes_for(sentence) == []
    assert coder.codes_for("a" * 40 + "c") == []
    assert coder.codes_for("宣传做了宣传单都不到位") == ["a"]


def test_a_pattern_the_linear_engine_cannot_take_is_a_path_line_error(tmp_path):
    path = write(tmp_path, 'codes:\n  - id: a\n    rules:\n      - any: [x]\n      - regex: "(a+)+$"\n')
    found = messages(path)
    assert len(found) == 1 and found[0].startswith(f"{path}:5: code 'a' rule 2: regex '(a+)+$' repeats a repeated "
                                                   "group, which can take exponential time")
    assert "write the repeated part once" in found[0]


@pytest.mark.parametrize("pattern,engine", [
    ("(宣传[^。]*)+不到位", "re2"), ("(a|ab)*c", "re2"), ("宣传[^。]{0,4}不到位", "re"),
    ("^[一1][、.．]?准[予许]", "re"),
    ("(?![不])到位", "re"), (r"\d+元", "re"), ("到位$", "re"), (r"(宣传)\1", "re"),
])
def test_engine_choice(pattern, engine):
    """RE2 only where Python's re could backtrack for ever; re (faster on short sentences) everywhere else."""
    assert RuleRegex(pattern).engine == engine


@pytest.mark.parametrize("pattern,python", [("宣传[^。]{0,4}不到位", False), ("^[一1][、.．]?准[予许]", False),
                                            ("(?![不])到位", True), (r"\d+元", True), ("到位$", True),
                                            (r"(宣传)\1", True), (r"\b到", True)])
def test_python_only_constructs(pattern, python):
    assert (python_only(pattern) is not None) is python


@pytest.mark.parametrize("pattern,nested", [("(a+)+", True), ("(宣传[^。]*)+", True), ("(a|ab)*c", True),
                                            ("(宣传|通知)+", False), ("a{0,3}b+", False), ("(ab){0,3}", False),
                                            ("(a[^。]{0,3}){20}", True)])
def test_nested_repetition(pattern, nested):
    assert nested_repetition(pattern) is nested


def _study_patterns() -> list[str]:
    import yaml

    data = yaml.safe_load(STUDY.read_text(encoding="utf-8"))
    pats = []
    for code in data["codes"]:
        for rule in code.get("rules") or []:
            got = rule.get("regex")
            pats += [got] if isinstance(got, str) else got or []
    return pats


STUDY_RE2 = [p for p in _study_patterns() if python_only(p) is None]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(STUDY_RE2), st.lists(st.sampled_from(
    ["宣传", "通知", "不到位", "没人", "说", "，", "。", "知道", "政策", "的", "我们", "老人", "不识字", "才", "听说",
     "x", "\n",
     "没有", "群里", "贴", "要不是", "告诉", "报", "家", "不", "到", "村", "那个", "地方"]), max_size=20))
def test_re2_gives_pythons_matches_where_python_only_says_so(pattern, parts):
    """The claim RuleRegex relies on, checked on the study codebook's patterns: RE2 finds Python's matches."""
    re2 = re2_module()
    text = "".join(parts)
    got = [m.span() for m in re2.compile(pattern, _re2_options()).finditer(text)]
    assert got == [m.span() for m in re.finditer(pattern, text)]


def test_the_study_codebook_runs_in_re_with_the_same_codings_as_before():
    assert len(STUDY_RE2) >= 100  # (they could run in RE2; being safe, they run in the faster re)
    assert {RuleRegex(p).engine for p in _study_patterns()} == {"re"}
