"""Fuzzing the *structure* of codebooks (issue 11): well-formed YAML whose values have the wrong shape anywhere -- a
rule id that is a list, a lexicon entry that is a scalar, `codes:` that is a mapping beside report_order, a number
where a term list is meant. The loader may only report path:line issues (CodebookError) or load a codebook that the
engine then compiles and runs; never another exception.
"""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.coding import AutoCoder, load_codebook, validate_codebook
from qualcode.errors import CodebookError

STRUCT = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                           HealthCheck.too_slow])

SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-2, 10**6), st.floats(allow_nan=False, width=16),
                   st.sampled_from(["", "宣传", "a:b", "@p", "x" * 3, "不到位，没人讲", "#fff"]))
ANY = st.recursive(SCALAR, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(["id", "any", "x", "codes", "1"]), inner, max_size=3), max_leaves=6)


def maybe(good):
    """Mostly the right shape (3 in 4), sometimes anything at all (flatmap keeps the strategy's repr small)."""
    return st.sampled_from((True, True, True, False)).flatmap(lambda shaped: good if shaped else ANY)


IDS = st.sampled_from(["a", "b", "c", "publicity_weak", "p", "q", "1x", "r1"])
TERM = st.sampled_from(["宣传", "不到位", "没人讲", "@p", "@q", "@missing", "", "丢人，笑话、闲话", "a: b"])
TERMS = st.one_of(st.lists(maybe(TERM), max_size=3), TERM)
REGEX = st.sampled_from(["宣传[^。]{0,4}不到位", "(没人|从来没)说", "(a+)+$", "(宣传[^。]*)+不到位", "[", "", "a|",
                         "(?<=x)宣传", r"\d+元", "(?![不])到位"])
RULE = st.fixed_dictionaries({}, optional={
    "id": maybe(IDS), "any": maybe(TERMS), "all": maybe(st.lists(maybe(TERMS), max_size=3)),
    "regex": maybe(st.one_of(REGEX, st.lists(REGEX, max_size=2))), "window": maybe(st.integers(-1, 30)),
    "scope": maybe(st.sampled_from(["sentence", "clause", "unit", "x"])), "match": maybe(st.sampled_from(
        ["chars", "tokens"])), "unless": maybe(TERMS), "polarity": maybe(st.sampled_from(["problem", "positive"])),
    "roles": maybe(st.one_of(st.lists(st.sampled_from(["family", "!family", "!"]), max_size=2), st.just("x"))),
    "question": maybe(TERMS), "note": maybe(st.just("n"))})
CODE = st.fixed_dictionaries({"id": maybe(IDS)}, optional={
    "label": maybe(st.just("标签")), "parent": maybe(IDS), "rules": maybe(st.lists(maybe(RULE), max_size=3)),
    "unless": maybe(TERMS), "examples": maybe(st.lists(st.just("例"), max_size=2)), "color": maybe(st.just("#1f77b4")),
    "definition": maybe(st.just("定义"))})
SETTINGS = st.fixed_dictionaries({}, optional={
    "unit": maybe(st.sampled_from(["sentence", "turn"])), "window": maybe(st.integers(0, 20)),
    "report_order": maybe(st.lists(maybe(IDS), max_size=3)), "polarity": maybe(st.fixed_dictionaries({}, optional={
        "negators": maybe(TERMS), "window": maybe(st.integers(0, 5))}))})
CODEBOOK = st.fixed_dictionaries({"codes": maybe(st.lists(maybe(CODE), min_size=1, max_size=4))}, optional={
    "name": maybe(st.just("demo")), "version": maybe(st.just("1")), "settings": maybe(SETTINGS),
    "lexicon": maybe(st.dictionaries(IDS, maybe(TERMS), max_size=3))})


@STRUCT
@given(CODEBOOK)
def test_structured_codebooks_give_path_line_issues_or_a_working_coder(tmp_path, data):
    path = tmp_path / "cb.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for issue in validate_codebook(path):
        assert issue.path == str(path) and issue.message
    try:
        codebook = load_codebook(path)
    except CodebookError as exc:
        assert exc.issues and all(str(i).startswith(f"{path}:") for i in exc.issues)
        return
    coder = AutoCoder(codebook)
    coder.codes_for("宣传不到位，没人讲过。", role="family")


def test_settings_and_rule_keys_given_with_no_value_are_their_defaults(tmp_path):
    # the structured fuzz found `settings: {polarity: {window: null}}` raising TypeError when coding (a key with no
    # value, `window:`, is what codebook check accepts as "not given"); scope/match/speakers with no value too
    path = tmp_path / "cb.yaml"
    path.write_text("name: demo\ncodes:\n  - id: a\n    label: A\n    rules:\n      - any: [宣传]\n        scope:\n"
                    "        match:\nsettings:\n  scope:\n  match:\n  speakers:\n  polarity:\n    window:\n"
                    "    negation_reach:\n", encoding="utf-8")
    coder = AutoCoder(load_codebook(path))
    assert coder.codes_for("宣传不到位，没人讲过。", role="family") == ["a"]
