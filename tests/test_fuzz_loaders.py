"""Fuzzing the user-file loaders not covered elsewhere: the codebook loader and the coding-sheet importer.

Arbitrary bytes and mutations of valid files may only produce the documented errors (an InputError subclass with
path:line issues) or a clean load; never another exception, never a hang.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.coding import load_codebook, validate_codebook
from qualcode.errors import InputError
from qualcode.validation import export_sheet, import_sheet, validate_sheet

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

VALID = """name: demo
version: 1
codes:
  - id: problems
    label: 问题
  - id: publicity_weak
    parent: problems
    label: 宣传不到位
    rules:
      - all: [[宣传, 通知], [不到位, 没人讲]]
        window: 8
  - id: fund_guarantee
    label: 资金保障
    rules:
      - any: [按时发放, 一分不少]
"""


def mutate(text: str, rnd: random.Random, n: int) -> str:
    chars = list(text)
    pool = list(":-[]{}&*!|>'\"\n\t #?%@`,") + ["  ", "\ufeff", "：", "宣传", "id", "rules", "parent"]
    for _ in range(n):
        op = rnd.randrange(3)
        pos = rnd.randrange(len(chars) + 1)
        if op == 0 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif op == 1:
            chars.insert(pos, rnd.choice(pool))
        elif chars:
            chars[min(pos, len(chars) - 1)] = rnd.choice(pool)
    return "".join(chars)


def check_codebook_file(path):
    issues = validate_codebook(path)
    for issue in issues:
        assert issue.path == str(path) and issue.message
    try:
        load_codebook(path)
    except InputError as exc:
        assert exc.issues and all(str(i).startswith(str(path)) for i in exc.issues)


def test_valid_seed_loads(tmp_path):
    path = tmp_path / "cb.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert load_codebook(path).ids == ["problems", "publicity_weak", "fund_guarantee"]


@FAST
@given(st.binary(max_size=600))
def test_codebook_arbitrary_bytes(tmp_path, data):
    path = tmp_path / "cb.yaml"
    path.write_bytes(data)
    check_codebook_file(path)


@FAST
@given(st.integers(0, 10**9), st.integers(1, 12))
def test_codebook_mutations(tmp_path, seed, n):
    path = tmp_path / "cb.yaml"
    path.write_text(mutate(VALID, random.Random(seed), n), encoding="utf-8")
    check_codebook_file(path)


@pytest.fixture(scope="module")
def sheet_inputs(tmp_path_factory):
    segs = pd.DataFrame({
        "seg_id": ["D1:2:1", "D1:2:2", "D2:2:1"], "doc_id": ["D1", "D1", "D2"], "respondent_id": ["D1", "D1", "D2"],
        "turn": [2, 2, 2], "sentence": [1, 2, 1], "speaker": ["受访者"] * 3, "speaker_kind": ["respondent"] * 3,
        "start": [0, 10, 0], "end": [10, 20, 8], "text": ["宣传没人讲过。", "钱按时发放。", "孩子常年生病。"],
        "tokens": [["宣传"], ["钱"], ["孩子"]], "role": ["family", "family", "community"]})
    cb_path = tmp_path_factory.mktemp("cb") / "cb.yaml"
    cb_path.write_text(VALID, encoding="utf-8")
    cb = load_codebook(cb_path)
    sheet = tmp_path_factory.mktemp("sheet") / "sheet.csv"
    export_sheet(segs, None, sheet, codebook=cb)
    return segs, cb, sheet.read_text(encoding="utf-8-sig")


def check_sheet_file(path, segs, cb):
    for issue in validate_sheet(path, segs, cb):
        assert str(issue).startswith(str(path))
    try:
        import_sheet(path, segs, cb, coder="王丽")
    except InputError as exc:
        assert exc.issues and all(str(i).startswith(str(path)) for i in exc.issues)


@FAST
@given(st.binary(max_size=500))
def test_sheet_arbitrary_bytes(tmp_path, sheet_inputs, data):
    segs, cb, _ = sheet_inputs
    path = tmp_path / "sheet.csv"
    path.write_bytes(data)
    check_sheet_file(path, segs, cb)


@FAST
@given(st.integers(0, 10**9), st.integers(1, 15))
def test_sheet_mutations(tmp_path, sheet_inputs, seed, n):
    segs, cb, text = sheet_inputs
    path = tmp_path / "sheet.csv"
    path.write_text(mutate(text, random.Random(seed), n), encoding="utf-8")
    check_sheet_file(path, segs, cb)


def test_codebook_unknown_tag_and_alias_bomb_are_reported(tmp_path):
    path = tmp_path / "cb.yaml"
    path.write_text("!$\n", encoding="utf-8")
    assert any("could not determine a constructor" in i.message for i in validate_codebook(path))
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    prev = "a"
    for name in "bcdefghij":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
        prev = name
    path.write_text("\n".join(lines) + "\ncodes: []\n", encoding="utf-8")
    issues = validate_codebook(path)
    assert any("too many values" in i.message for i in issues)
    path.write_text("a: &a [*a]\ncodes: []\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_codebook(path)
