"""Codebook YAML: loading, validation messages with line numbers, atomic round-trip save, terms, CLI."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.cli import main
from qualcode.coding import codebook_terms, load_codebook, save_codebook, validate_codebook
from qualcode.errors import CodebookError
from qualcode.model import Codebook

GOOD = textwrap.dedent("""\
    name: demo
    version: "2"
    description: a small codebook
    settings: {unit: sentence, match: chars, speakers: respondent, window: 10}
    lexicon:
      problem: [不到位, 没人讲]
    codes:
      - id: operation
        label: 运行
        label_en: Operation
      - id: publicity_weak
        parent: operation
        label: 宣传不足
        label_en: Weak publicity
        definition: 受访者不知道政策
        examples: [宣传不到位]
        counter_examples: [宣传很到位]
        memo: note
        color: "#d62728"
        rules:
          - any: [宣传单]
          - id: cue
            all: [[宣传, 通知], "@problem"]
            window: 8
          - regex: "从来没人.{0,4}说"
        unless: [宣传很到位]
    """)


def write(tmp_path: Path, text: str, name: str = "cb.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def strip(cb: Codebook) -> Codebook:
    return dataclasses.replace(cb, path=None, codes=tuple(dataclasses.replace(c, line=None) for c in cb.codes))


def test_load_good(tmp_path):
    cb = load_codebook(write(tmp_path, GOOD))
    assert cb.name == "demo" and cb.version == "2"
    assert cb.ids == ["operation", "publicity_weak"]
    code = cb["publicity_weak"]
    assert code.parent == "operation" and code.label == "宣传不足" and code.color == "#d62728"
    assert code.examples == ("宣传不到位",)
    assert code.line == 11
    assert code.rules[1]["all"] == [["宣传", "通知"], "@problem"]
    assert {"unless": ["宣传很到位"]} in code.rules  # the code-level exclusion, kept as data
    assert cb.settings["lexicon"] == {"problem": ["不到位", "没人讲"]}
    assert validate_codebook(write(tmp_path, GOOD)) == []


def test_dump_codebook_is_what_save_writes(tmp_path):
    from qualcode.coding import dump_codebook

    cb = load_codebook(write(tmp_path, GOOD))
    assert save_codebook(cb, tmp_path / "o.yaml").read_text(encoding="utf-8") == dump_codebook(cb)
    assert "lexicon:" in dump_codebook(cb) and "problem: [不到位, 没人讲]" in dump_codebook(cb)


def test_round_trip(tmp_path):
    first = load_codebook(write(tmp_path, GOOD))
    out = save_codebook(first, tmp_path / "out.yaml")
    second = load_codebook(out)
    assert strip(first) == strip(second)
    text1 = out.read_text(encoding="utf-8")
    save_codebook(second, tmp_path / "out2.yaml")
    assert (tmp_path / "out2.yaml").read_text(encoding="utf-8") == text1
    assert "unless: [宣传很到位]" in text1  # written back at code level


def test_save_is_atomic(tmp_path, monkeypatch):
    cb = load_codebook(write(tmp_path, GOOD))
    target = write(tmp_path, "old content", "target.yaml")
    import qualcode._io

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(qualcode._io.os, "fsync", boom)  # fails after the text was written to the temporary file
    with pytest.raises(RuntimeError):
        save_codebook(cb, target)
    assert target.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_study_codebook_is_valid(repo_root):
    path = repo_root / "codebooks" / "children_in_distress.yaml"
    issues = validate_codebook(path)
    assert [i for i in issues if i.is_error] == []
    cb = load_codebook(path)
    themes = {"publicity_weak", "misreporting", "communication_poor", "supervision_weak", "leadership_system",
              "diversified_rescue", "fund_guarantee", "staff_capacity", "family_hardship"}
    assert themes <= set(cb.ids)
    assert {cb[t].parent for t in themes} <= {"operation", "implementation", "follow_up", "achievements", "context"}
    assert all(cb[t].label for t in themes)


BAD = textwrap.dedent("""\
    name: bad
    setings: {unit: sentence}
    codes:
      - id: a
        label: A
        rules:
          - any: [宣传]
            windw: 3
      - id: a
        label: again
      - id: b
        parent: nowhere
        rules:
          - regex: "(未闭合"
      - id: c
        parent: d
        rules: [{any: [x]}]
      - id: d
        parent: c
        rules: [{all: [[宣传], [不到位]], window: 0}]
      - id: e
        label: empty
      - id: f
        rules: [{any: [宣传, 告知]}]
      - id: g
        rules: [{any: ["@nolist"]}]
    """)


def test_validation_lists_every_problem_with_lines(tmp_path):
    path = write(tmp_path, BAD)
    issues = validate_codebook(path)
    text = "\n".join(str(i) for i in issues)
    assert f"{path}:2: codebook: unknown key 'setings' (hint: did you mean 'settings'?)" in text
    assert f"{path}:8: code 'a' rule 1: unknown key 'windw' (hint: did you mean 'window'?)" in text
    assert f"{path}:9: code 'a': duplicate id (first defined on line 4)" in text
    assert f"{path}:12: code 'b': parent 'nowhere' is not defined" in text
    assert "invalid regex '(未闭合'" in text and f"{path}:14:" in text
    assert "parent cycle c -> d -> c" in text or "parent cycle d -> c -> d" in text
    assert "window == 0, must be a positive integer" in text
    assert "warning: code 'e' has no rule and no child code" in text
    assert "warning: codes 'a' and 'f' are siblings and both match 宣传" in text
    assert "lexicon list '@nolist' is not defined" in text
    assert all(i.line is not None for i in issues)


def test_load_raises_once_with_all_errors(tmp_path):
    with pytest.raises(CodebookError) as info:
        load_codebook(write(tmp_path, BAD))
    assert len(info.value.errors) >= 7
    assert "setings" in str(info.value) and "(未闭合" in str(info.value)


def test_yaml_syntax_error_and_missing_file(tmp_path):
    path = write(tmp_path, "name: x\ncodes:\n  - id: a\n   label: [broken\n")
    issues = validate_codebook(path)
    assert len(issues) == 1 and issues[0].line in (3, 4) and "not valid YAML" in issues[0].message
    missing = validate_codebook(tmp_path / "nope.yaml")
    assert missing[0].message == "file not found"
    assert "empty" in validate_codebook(write(tmp_path, "", "empty.yaml"))[0].message


def test_duplicate_yaml_key_is_reported(tmp_path):
    text = "name: x\ncodes:\n  - id: a\n    rules: [{any: [甲]}]\n    rules: [{any: [乙]}]\n"
    issues = validate_codebook(write(tmp_path, text))
    assert any(i.line == 5 and "key 'rules' appears twice" in i.message for i in issues)


def test_codebook_terms(tmp_path):
    terms = codebook_terms(load_codebook(write(tmp_path, GOOD)))
    assert terms == sorted(set(terms))
    assert {"宣传单", "宣传", "通知", "不到位", "没人讲", "宣传很到位"} <= set(terms)
    assert not any(t.startswith("@") for t in terms)


term = st.text(alphabet=st.characters(whitelist_categories=("Lo", "Nd"), max_codepoint=0x9FFF), min_size=1,
               max_size=6)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(terms=st.lists(term, min_size=1, max_size=5), label=st.text(max_size=12), memo=st.text(max_size=30))
def test_round_trip_property(tmp_path, terms, label, memo):
    from qualcode.model import Code

    cb = Codebook(codes=(Code(id="x", label=label.strip(), memo=memo.strip(), rules=({"any": terms},)),),
                  name="p", settings={"unit": "turn"})
    out = save_codebook(cb, tmp_path / "p.yaml")
    back = load_codebook(out)
    assert back.codes[0].rules[0]["any"] == [str(t) for t in terms]
    assert back.codes[0].label == label.strip() and back.codes[0].memo == memo.strip()


# ------------------------------------------------------------------------------------------------------- CLI
def test_cli_check_exit_codes(tmp_path, capsys):
    assert main(["codebook", "check", str(write(tmp_path, BAD))]) == 2
    out = capsys.readouterr().out
    assert "unknown key 'setings'" in out and "errors" in out
    warn_only = GOOD.replace("  - id: operation\n    label: 运行\n    label_en: Operation\n",
                             "  - id: operation\n    label: 运行\n  - id: lonely\n")
    assert main(["codebook", "check", str(write(tmp_path, warn_only, "w.yaml"))]) == 0
    assert "warning: code 'lonely'" in capsys.readouterr().out


def test_cli_show(tmp_path, capsys):
    assert main(["codebook", "show", str(write(tmp_path, GOOD))]) == 0
    out = capsys.readouterr().out
    assert "  operation  运行 (Operation)  [0 rules]" in out
    assert "    publicity_weak  宣传不足 (Weak publicity)  [3 rules]" in out


def test_cli_export_import(tmp_path, capsys):
    refi = pytest.importorskip("qualcode.exchange._refi_codebook")
    if not hasattr(refi, "write_qdc"):
        pytest.skip("REFI codebook exchange not built yet")
    src = write(tmp_path, GOOD)
    assert main(["codebook", "export", str(src), "--out", str(tmp_path / "x.qdc")]) == 0
    assert main(["codebook", "import", str(tmp_path / "x.qdc"), "--out", str(tmp_path / "y.yaml")]) == 0
    back = load_codebook(tmp_path / "y.yaml")
    assert back.ids == ["operation", "publicity_weak"]
    assert back["publicity_weak"].parent == "operation"


def test_roles_validation(tmp_path):
    text = "name: x\ncodes:\n  - id: a\n    rules:\n      - any: [甲]\n        roles: 3\n"
    issues = validate_codebook(write(tmp_path, text))
    assert any(i.line == 6 and "roles must be a list of role names" in i.message for i in issues)


def test_answer_rule_needs_polarity(tmp_path):
    text = "name: x\ncodes:\n  - id: a\n    rules:\n      - question: [回访]\n"
    issues = validate_codebook(write(tmp_path, text))
    assert any(i.line == 5 and "answer rule (question without any/all/regex) needs 'polarity" in i.message
               for i in issues)
