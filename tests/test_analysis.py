"""Themes by role: crosstab, association tests, co-occurrence and exemplars on hand-made tables.

The fixture: 6 family, 5 staff and 3 cadre respondents with 3 respondent segments each (plus one interviewer
segment per interview). Expected numbers below are counted by hand from the codings listed in ``CODED``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from qualcode.analysis import association, cooccurrence, crosstab, evidence_strength, exemplars
from qualcode.analysis._association import holm
from qualcode.errors import InputError
from qualcode.model import Code, Codebook, seg_ids

RESPONDENTS = [("F1", "family"), ("F2", "family"), ("F3", "family"), ("F4", "family"), ("F5", "family"),
               ("F6", "family"), ("S1", "staff"), ("S2", "staff"), ("S3", "staff"), ("S4", "staff"),
               ("S5", "staff"), ("C1", "cadre"), ("C2", "cadre"), ("C3", "cadre")]

# seg_id -> [(code, evidence)]
CODED = {
    "F1:2:1": [("family_hardship", "family_hardship#r1: 吃药 + 生病 | family_hardship#r2: 住院")],
    "F1:4:1": [("family_hardship", "family_hardship#r1: 吃药")],
    "F1:6:1": [("family_hardship", "family_hardship#r1: 手术"), ("publicity_weak", "publicity_weak#r1: 没人说过")],
    "F2:2:1": [("family_hardship", "family_hardship#r1: 吃药 + 手术 (within 8)")],
    "F3:2:1": [("family_hardship", "family_hardship#r1: 生病")],
    "F4:2:1": [("family_hardship", "family_hardship#r1: 生病")],
    "F5:2:1": [("publicity_weak", "publicity_weak#r1: 不知道")],
    "S1:2:1": [("staff_capacity", "staff_capacity#r1: 人手")],
    "S1:4:1": [("family_hardship", "family_hardship#r1: 生病")],
    "S2:2:1": [("publicity_weak", "publicity_weak#r1: 宣传 + 不到位")],
    "S2:4:1": [("staff_capacity", "staff_capacity#r1: 兼职")],
    "S3:2:1": [("staff_capacity", "staff_capacity#r1: 人手")],
    "S4:2:1": [("staff_capacity", "staff_capacity#r1: 加班")],
    "S5:2:1": [("staff_capacity", "staff_capacity#r1: 人手")],
    "C1:2:1": [("publicity_weak", "publicity_weak#r1: 宣传")],
    "C1:4:1": [("staff_capacity", "staff_capacity#r1: 人手")],
}
SHORTER = {"F4:2:1": "孩子常年生病，花钱多。", "F3:2:1": "孩子他爷爷常年生病，一年到头离不开药罐子。"}


def codebook() -> Codebook:
    return Codebook(codes=(
        Code("operation", label="运行"),
        Code("publicity_weak", label="宣传不足", parent="operation"),
        Code("staff_capacity", label="人员能力", parent="operation"),
        Code("misreporting", label="错报漏报", parent="operation"),
        Code("family", label="家庭"),
        Code("family_hardship", label="家庭困难", parent="family"),
    ))


def make_segments() -> pd.DataFrame:
    rows = []
    for i, (rid, role) in enumerate(RESPONDENTS):
        pos = 0
        district = None if rid == "C3" else ("宁城县" if i % 2 else "林西县")
        for turn in (1, 2, 4, 6):
            kind = "interviewer" if turn == 1 else "respondent"
            seg = f"{rid}:{turn}:1"
            text = SHORTER.get(seg,
                               "您家里现在情况怎么样？" if turn == 1 else f"这是{rid}第{turn}轮说的一段比较长的话。")
            rows.append({"seg_id": seg, "doc_id": rid, "respondent_id": rid, "turn": turn, "sentence": 1,
                         "speaker": "访谈者" if turn == 1 else "受访者", "speaker_kind": kind, "start": pos,
                         "end": pos + len(text), "text": text, "tokens": list(text), "role": role,
                         "district": district})
            pos += len(text) + 4
    return pd.DataFrame(rows)


def make_codings(segs: pd.DataFrame) -> pd.DataFrame:
    by_id = segs.set_index("seg_id")
    rows = []
    for seg, items in CODED.items():
        s = by_id.loc[seg]
        for code, ev in items:
            rows.append({"seg_id": seg, "doc_id": s["doc_id"], "turn": s["turn"], "sentence": s["sentence"],
                         "start": s["start"], "end": s["end"], "code": code,
                         "coder": "auto:rules", "evidence": ev, "respondent_id": s["respondent_id"], "role": s["role"]})
    return pd.DataFrame(rows)


@pytest.fixture
def segs() -> pd.DataFrame:
    return make_segments()


@pytest.fixture
def cod(segs) -> pd.DataFrame:
    return make_codings(segs)


def cell(table: pd.DataFrame, code: str, group: str) -> pd.Series:
    return table.set_index(["code", "group"]).loc[(code, group)]


# ------------------------------------------------------------------------------------------------------- crosstab
def test_crosstab_by_respondent(cod, segs):
    t = crosstab(cod, segs, by="role", unit="respondent")
    assert list(t.columns) == ["code", "label", "group", "n", "total", "percent", "residual"]
    expect = {("family_hardship", "family"): (4, 6), ("family_hardship", "staff"): (1, 5),
              ("family_hardship", "cadre"): (0, 3), ("publicity_weak", "family"): (2, 6),
              ("publicity_weak", "staff"): (1, 5), ("publicity_weak", "cadre"): (1, 3),
              ("staff_capacity", "family"): (0, 6), ("staff_capacity", "staff"): (5, 5),
              ("staff_capacity", "cadre"): (1, 3)}
    got = {(r.code, r.group): (r.n, r.total) for r in t.itertuples()}
    assert got == expect
    assert cell(t, "family_hardship", "family")["percent"] == pytest.approx(400 / 6)


def test_crosstab_by_segment_counts_segments_and_ignores_interviewer_rows(cod, segs):
    t = crosstab(cod, segs, by="role", unit="segment")
    assert tuple(cell(t, "family_hardship", "family")[["n", "total"]]) == (6, 18)  # F1 x3, F2, F3, F4
    assert tuple(cell(t, "staff_capacity", "staff")[["n", "total"]]) == (5, 15)
    assert tuple(cell(t, "publicity_weak", "cadre")[["n", "total"]]) == (1, 9)


def test_crosstab_with_codebook_level_rolls_children_up(cod, segs):
    t = crosstab(cod, segs, by="role", unit="respondent", codebook=codebook(), level=1)
    assert list(dict.fromkeys(t["code"])) == ["operation", "family"]
    # operation = publicity_weak or staff_capacity, counted once per respondent
    assert tuple(cell(t, "operation", "family")[["n", "total"]]) == (2, 6)   # F1, F5
    assert tuple(cell(t, "operation", "staff")[["n", "total"]]) == (5, 5)
    assert tuple(cell(t, "operation", "cadre")[["n", "total"]]) == (1, 3)    # C1 twice, once
    assert cell(t, "operation", "cadre")["label"] == "运行"


def test_crosstab_with_codebook_adds_never_coded_codes(cod, segs):
    t = crosstab(cod, segs, codebook=codebook())
    assert list(dict.fromkeys(t["code"])) == ["publicity_weak", "staff_capacity", "misreporting", "family_hardship"]
    assert (t.loc[t["code"] == "misreporting", "n"] == 0).all()
    assert t.loc[t["code"] == "misreporting", "total"].tolist() == [3, 6, 5]


def test_crosstab_any_attribute_and_missing_values(cod, segs):
    t = crosstab(cod, segs, by="district", unit="respondent", codes=["staff_capacity"])
    assert set(t["group"]) == {"宁城县", "林西县", "(missing)"}
    assert t["total"].sum() == 14
    assert cell(t, "staff_capacity", "(missing)")["total"] == 1  # C3


def test_crosstab_margins(cod, segs):
    t = crosstab(cod, segs, margins=True)
    allrow = cell(t, "family_hardship", "(all)")
    assert (allrow["n"], allrow["total"]) == (5, 14) and np.isnan(allrow["residual"])


def test_adjusted_residuals_by_hand():
    # 40 family (30 coded) vs 40 staff (10 coded): E = 20, residual = 10 / sqrt(20 * .5 * .5) = 4.472
    segs, cod = balanced(30, 10)
    t = crosstab(cod, segs, by="role")
    assert cell(t, "x", "family")["residual"] == pytest.approx(10 / np.sqrt(5))
    assert cell(t, "x", "staff")["residual"] == pytest.approx(-10 / np.sqrt(5))


def test_sentence_codings_count_on_turn_segments(cod, segs):
    turns = segs.assign(seg_id=seg_ids(segs["doc_id"], segs["turn"], [0] * len(segs)), sentence=0)
    a = crosstab(cod, segs, unit="respondent")
    b = crosstab(cod, turns, unit="respondent")
    pd.testing.assert_frame_equal(a, b)


def test_codings_without_key_columns_match_by_whole_id(cod, segs):
    """A codings table from elsewhere (only seg_id, code) finds its segments by the whole id, never by parts."""
    plain = cod[["seg_id", "code", "coder"]]
    pd.testing.assert_frame_equal(crosstab(plain, segs), crosstab(cod, segs))
    turns = segs.assign(seg_id=seg_ids(segs["doc_id"], segs["turn"], [0] * len(segs)), sentence=0)
    with pytest.warns(UserWarning, match="are on no respondent segment"):
        crosstab(plain, turns)  # sentence ids are not cut down to turn ids


def test_codings_off_the_segments_warn(cod, segs):
    extra = pd.DataFrame([{"seg_id": "F1:1:1", "code": "publicity_weak", "coder": "auto:rules"}])
    with pytest.warns(UserWarning, match="1 coding\\(s\\) are on no respondent segment"):
        t = crosstab(pd.concat([cod, extra], ignore_index=True), segs)
    assert cell(t, "publicity_weak", "family")["n"] == 2


def test_several_coders_need_a_choice(cod, segs):
    human = cod.head(3).assign(coder="wang")
    both = pd.concat([cod, human], ignore_index=True)
    with pytest.raises(InputError) as err:
        crosstab(both, segs)
    assert "holds 2 coders: auto:rules, wang (hint: choose one with coder=" in str(err.value)
    assert crosstab(both, segs, coder="wang")["n"].sum() == 1  # three family_hardship codings of F1: one respondent
    with pytest.raises(InputError, match="no codings by coder 'li'"):
        crosstab(both, segs, coder="li")


def test_unknown_attribute_and_unit(cod, segs):
    with pytest.raises(InputError) as err:
        crosstab(cod, segs, by="gender")
    assert "<segments>: no respondent attribute 'gender' (hint: available columns: doc_id, respondent_id" \
        in str(err.value)
    with pytest.raises(ValueError, match="unit == 'sentence', must be 'respondent' or 'segment'"):
        crosstab(cod, segs, unit="sentence")
    with pytest.raises(InputError, match="<codings>: missing column 'code'"):
        crosstab(cod.drop(columns="code"), segs)


# ---------------------------------------------------------------------------------------------------- association
def balanced(a: int, b: int, n: int = 40):
    rows, coded = [], []
    for role, k in (("family", a), ("staff", b)):
        for i in range(n):
            rid = f"{role[0]}{i}"
            rows.append({"seg_id": f"{rid}:2:1", "doc_id": rid, "respondent_id": rid, "role": role,
                         "speaker_kind": "respondent", "text": "一段话", "start": 0, "end": 3})
            if i < k:
                coded.append({"seg_id": f"{rid}:2:1", "code": "x", "coder": "auto:rules", "evidence": ""})
    return pd.DataFrame(rows), pd.DataFrame(coded)


def test_chi_square_when_counts_are_large():
    segs, cod = balanced(30, 10)
    r = association(cod, segs).iloc[0]
    # [[30, 10], [10, 30]]: chi2 = 80 * (900 - 100)^2 / 40^4 = 20, V = sqrt(20 / 80)
    assert r["test"] == "chi-square" and r["chi2"] == pytest.approx(20.0) and r["dof"] == 1
    assert r["cramers_v"] == pytest.approx(0.5)
    assert r["p_value"] < 1e-4 and r["note"] == ""
    assert r["largest_residual_group"] in ("family", "staff")
    assert abs(r["largest_residual"]) == pytest.approx(4.472, 1e-3)


def test_fisher_exact_for_small_two_group_tables(cod, segs):
    two = segs[segs["role"] != "cadre"]
    with pytest.warns(UserWarning, match="2 coding\\(s\\) are on no respondent segment"):
        stats = association(cod, two, by="role").set_index("code")
    r = stats.loc["staff_capacity"]
    # family 0/6, staff 5/5: the only table as extreme has probability 1 / C(11, 5)
    assert r["test"] == "fisher exact" and r["p_value"] == pytest.approx(1 / 462)
    assert "small expected counts" in r["note"] and "Fisher" in r["note"]


def test_monte_carlo_for_small_tables_with_more_groups(cod, segs):
    stats = association(cod, segs, by="role").set_index("code")
    r = stats.loc["staff_capacity"]
    assert r["test"] == "monte-carlo exact" and r["dof"] == 2 and r["p_value"] < 0.01
    assert "Monte-Carlo exact test (9999 tables)" in r["note"]
    assert r["largest_residual_group"] == "staff" and r["largest_residual"] > 2
    again = association(cod, segs, by="role").set_index("code")
    assert again.loc["staff_capacity", "p_value"] == r["p_value"]  # seeded


def test_too_few_coded_is_marked_not_tested(cod, segs):
    stats = association(cod, segs, by="role").set_index("code")
    r = stats.loc["publicity_weak"]  # 4 respondents
    assert r["note"] == "too few to say anything: 4 respondents coded (fewer than 5); not tested"
    assert np.isnan(r["p_value"]) and np.isnan(r["p_adjusted"]) and r["test"] == ""
    with pytest.warns(UserWarning, match="10 coding"):
        one = association(cod, segs[segs["role"] == "staff"], by="role")
    assert one["note"].str.startswith("only one group of role").all()
    everyone = association(*reversed(balanced(40, 40)), by="role")
    assert everyone.loc[0, "note"] == "every respondent is coded: no difference to test"


def test_holm_and_bh_adjustments(cod, segs):
    np.testing.assert_allclose(holm(np.array([0.01, 0.04, 0.03])), [0.03, 0.06, 0.06])
    stats = association(cod, segs, adjust="holm")
    tested = stats[stats["p_value"].notna()]
    assert len(tested) == 2 and (stats["adjustment"] == "holm").all()
    np.testing.assert_allclose(tested["p_adjusted"], holm(tested["p_value"].to_numpy()))
    bh = association(cod, segs, adjust="bh")
    assert (bh["p_adjusted"].dropna() <= stats["p_adjusted"].dropna() + 1e-12).all()
    with pytest.raises(ValueError, match="adjust == 'bonf'"):
        association(cod, segs, adjust="bonf")


# ---------------------------------------------------------------------------------------------------- cooccurrence
def test_cooccurrence_by_segment(cod):
    t = cooccurrence(cod, unit="segment")
    assert list(t.columns) == ["code_a", "code_b", "n", "n_a", "n_b", "jaccard"]
    r = t.set_index(["code_a", "code_b"])
    assert tuple(r.loc[("publicity_weak", "family_hardship")][["n", "n_a", "n_b"]]) == (1, 4, 7)
    assert r.loc[("publicity_weak", "family_hardship"), "jaccard"] == pytest.approx(1 / 10)
    assert r.loc[("staff_capacity", "family_hardship"), "n"] == 0
    assert r.loc[("staff_capacity", "staff_capacity"), "jaccard"] == 1.0
    assert len(t) == 9


def test_cooccurrence_by_respondent(cod, segs):
    r = cooccurrence(cod, unit="respondent").set_index(["code_a", "code_b"])["n"]
    assert r[("publicity_weak", "family_hardship")] == 1   # F1
    assert r[("publicity_weak", "staff_capacity")] == 2    # S2, C1
    assert r[("family_hardship", "staff_capacity")] == 1   # S1
    via_segments = cooccurrence(cod.drop(columns="respondent_id"), unit="respondent", segments=segs)
    assert via_segments.set_index(["code_a", "code_b"])["n"].equals(r)
    rolled = cooccurrence(cod, unit="respondent", codebook=codebook(), level=1).set_index(["code_a", "code_b"])
    assert rolled.loc[("operation", "family"), "n"] == 2   # F1, S1


# ------------------------------------------------------------------------------------------------------ exemplars
def test_evidence_strength():
    assert evidence_strength("a#r1: 吃药 + 生病 | a#r2: 住院") == (3, 2)
    assert evidence_strength("a#r1: 宣传 + 不到位 (within 8)") == (2, 1)
    assert evidence_strength("a#r1: 吃药 | a#r1: 吃药") == (1, 1)
    assert evidence_strength(None) == (0, 0) and evidence_strength("") == (0, 0)


def test_exemplars_rank_clear_quotes_and_spread_respondents(cod, segs):
    ex = exemplars(cod, segs, code="family_hardship", by="role", n=3)
    assert list(ex.columns) == ["code", "label", "group", "rank", "seg_id", "doc_id", "respondent_id", "role",
                                "start", "end", "text", "evidence", "strength"]
    fam = ex[ex["group"] == "family"]
    # strength 3 (F1:2), 2 (F2:2), then one-word quotes: F1 already quoted, so the shorter of F3/F4 first
    assert fam["seg_id"].tolist() == ["F1:2:1", "F2:2:1", "F4:2:1"]
    assert fam["rank"].tolist() == [1, 2, 3]
    assert ex[ex["group"] == "staff"]["seg_id"].tolist() == ["S1:4:1"]
    by_id = segs.set_index("seg_id")
    for r in ex.itertuples():
        assert r.text == by_id.loc[r.seg_id, "text"] and r.start == by_id.loc[r.seg_id, "start"]
    more = exemplars(cod, segs, code="family_hardship", n=10)
    fam = more[more["group"] == "family"]["seg_id"].tolist()
    assert fam[:4] == ["F1:2:1", "F2:2:1", "F4:2:1", "F3:2:1"] and set(fam[4:]) == {"F1:4:1", "F1:6:1"}


def test_exemplars_for_every_code_and_by_other_attribute(cod, segs):
    ex = exemplars(cod, segs, by="district", n=1, codebook=codebook())
    assert list(dict.fromkeys(ex["code"])) == ["publicity_weak", "staff_capacity", "family_hardship"]
    assert ex.groupby(["code", "group"]).size().max() == 1
    assert set(ex["role"].dropna()) <= {"family", "staff", "cadre"}
    with pytest.raises(ValueError, match="n == 0, must be an int >= 1"):
        exemplars(cod, segs, n=0)


# ------------------------------------------------------------------------------------------------------------ CLI
def test_cli_from_saved_tables(cod, segs, tmp_path, capsys):
    from qualcode._io import read_table, write_table
    from qualcode.cli import main

    sp = write_table(segs, tmp_path / "segments.csv")
    cp = write_table(cod, tmp_path / "codings.csv")
    out = tmp_path / "themes.csv"
    assert main(["crosstab", "--segments", str(sp), "--codings", str(cp), "--by", "role", "--unit", "respondent",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "staff_capacity" in printed and "5/5 (100%)" in printed and "0/6 (0%)" in printed
    assert "publicity_weak: not tested  [too few to say anything" in printed
    assert "staff_capacity: monte-carlo exact" in printed
    saved = read_table(out)
    assert saved["n"].sum() == crosstab(cod, segs)["n"].sum()
    assert read_table(tmp_path / "themes-stats.csv")["code"].tolist() == ["family_hardship", "publicity_weak",
                                                                           "staff_capacity"]
    assert main(["crosstab", "--segments", str(sp), "--codings", str(cp), "--by", "gender"]) == 2
    assert "no respondent attribute 'gender'" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------------ property checks
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.lists(st.tuples(st.integers(0, 41), st.sampled_from(["a", "b", "c"])), max_size=60))
@settings(max_examples=20, deadline=None)
def test_crosstab_matches_a_naive_count(picks):
    segs = make_segments()
    resp = segs[segs["speaker_kind"] == "respondent"].reset_index(drop=True)
    rows = [{"seg_id": resp.loc[i, "seg_id"], "code": c, "coder": "auto:rules"} for i, c in picks]
    cod = pd.DataFrame(rows, columns=["seg_id", "code", "coder"])
    codes = ["a", "b", "c"]
    for unit, key in (("respondent", "respondent_id"), ("segment", "seg_id")):
        t = crosstab(cod, segs, unit=unit, codes=codes)
        for r in t.itertuples():
            members = resp[resp["role"] == r.group]
            coded = {resp.loc[i, key] for i, c in picks if c == r.code and resp.loc[i, "role"] == r.group}
            assert r.n == len(coded) and r.total == members[key].nunique()
    co = cooccurrence(cod, unit="segment", codes=codes).set_index(["code_a", "code_b"])
    for a in codes:
        for b in codes:
            both = {resp.loc[i, "seg_id"] for i, c in picks if c == a} & {resp.loc[i, "seg_id"] for i, c in picks
                                                                          if c == b}
            assert co.loc[(a, b), "n"] == len(both) == co.loc[(b, a), "n"]


def test_turn_codings_on_sentence_segments(cod, segs):
    turn_codings = cod.assign(seg_id=seg_ids(cod["doc_id"], cod["turn"], [0] * len(cod)), sentence=0)
    pd.testing.assert_frame_equal(crosstab(turn_codings, segs, unit="respondent"), crosstab(cod, segs))
    with pytest.warns(UserWarning, match="are on turns but the segments are sentences"):
        crosstab(turn_codings, segs, unit="segment")
    co = cooccurrence(turn_codings, unit="segment", segments=segs).set_index(["code_a", "code_b"])
    assert co.loc[("publicity_weak", "family_hardship"), "n"] == 1  # F1:6


def test_segment_level_tests_carry_the_independence_caveat(cod, segs):
    stats = association(cod, segs, unit="segment").set_index("code")
    assert stats.loc["staff_capacity", "note"].endswith(
        "segments of one respondent are not independent, so this p-value is too small; prefer unit='respondent'")
    assert (stats["unit"] == "segment").all()


def test_exemplars_of_an_uncoded_code_is_an_empty_table(cod, segs):
    ex = exemplars(cod, segs, code="misreporting")
    assert ex.empty and "text" in ex.columns
