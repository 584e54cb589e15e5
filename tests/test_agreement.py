"""Agreement statistics, cross-checked against each other, against hand computations and the reference packages."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.errors import InputError
from qualcode.validation import agreement, coding_matrix, disagreements, fleiss_kappa, machine_vs_human
from qualcode.validation._agreement import _stats_from_totals, _unit_features


def two_by_two(n11: int, n10: int, n01: int, n00: int, code: str = "x"):
    """Codings of coders a and b on n units laid out as a 2x2 table for one code."""
    units = [f"D:{i}" for i in range(n11 + n10 + n01 + n00)]
    a = units[: n11 + n10]
    b = units[:n11] + units[n11 + n10: n11 + n10 + n01]
    rows = [(u, code, "a") for u in a] + [(u, code, "b") for u in b]
    return pd.DataFrame(rows, columns=["seg_id", "code", "coder"]), units


def test_cohen_kappa_hand_computed_2x2():
    # po = 35/50 = .7; p_a(yes) = .5, p_b(yes) = .6; pe = .5*.6 + .5*.4 = .5; kappa = (.7 - .5) / .5 = .4
    cod, units = two_by_two(20, 5, 10, 15)
    res = agreement(cod, units, n_boot=0).set_index("code")
    assert res.loc["x", "kappa"] == pytest.approx(0.4)
    assert res.loc["x", "percent_agreement"] == pytest.approx(0.7)
    assert res.loc["x", "n_units"] == 50 and res.loc["x", "n_coded"] == 35


def test_alpha_equals_small_sample_scotts_pi_without_missing():
    cod, units = two_by_two(20, 5, 10, 15)
    res = agreement(cod, units, n_boot=0).set_index("code")
    po, p1 = 0.7, (25 + 30) / 100
    pe = p1 ** 2 + (1 - p1) ** 2
    pi = (po - pe) / (1 - pe)
    n = 50
    # Krippendorff's alpha = 1 - (2N - 1) / (2N) * (1 - pi) for two coders and no missing values
    assert res.loc["x", "alpha"] == pytest.approx(1 - (2 * n - 1) / (2 * n) * (1 - pi))


def test_fleiss_with_two_raters_is_scotts_pi():
    counts = np.array([[2, 0]] * 20 + [[1, 1]] * 15 + [[0, 2]] * 15)
    po, p1 = 35 / 50, (40 + 15) / 100
    pe = p1 ** 2 + (1 - p1) ** 2
    assert fleiss_kappa(counts) == pytest.approx((po - pe) / (1 - pe))


def test_fleiss_textbook_example():
    # Fleiss (1971) style example with 14 raters, 5 categories (the worked example on Wikipedia): kappa = 0.210
    table = np.array([[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
                      [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]])
    assert fleiss_kappa(table) == pytest.approx(0.210, abs=5e-4)
    with pytest.raises(ValueError, match="same number of ratings"):
        fleiss_kappa(np.array([[1, 1], [2, 1]]))


def random_codings(seed: int, n_units: int = 40, coders=("a", "b", "c"), codes=("p", "q"), miss: float = 0.0):
    rng = np.random.default_rng(seed)
    units = [f"D:{i}" for i in range(n_units)]
    rows, seen = [], []
    base = rng.random((n_units, len(codes))) < 0.4
    for coder in coders:
        flip = rng.random((n_units, len(codes))) < 0.2
        vals = base ^ flip
        for i, u in enumerate(units):
            if rng.random() < miss:
                continue
            seen.append((u, coder))
            for j, code in enumerate(codes):
                if vals[i, j]:
                    rows.append((u, code, coder))
    return (pd.DataFrame(rows, columns=["seg_id", "code", "coder"]), units,
            pd.DataFrame(seen, columns=["seg_id", "coder"]))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_formulas_match_reference_packages(seed):
    """The closed forms used by the bootstrap equal sklearn's kappa, krippendorff's alpha and fleiss_kappa."""
    import krippendorff
    from sklearn.metrics import cohen_kappa_score

    cod, units, seen = random_codings(seed, miss=0.25)
    x, _, codes, coders = coding_matrix(cod, units, seen=seen)
    pairs = list(combinations(range(len(coders)), 2))
    tot = _unit_features(x, pairs, fleiss=True).sum(axis=0)
    fast = _stats_from_totals(tot, len(pairs), len(coders), fleiss=True)
    for ci in range(len(codes)):
        v = x[:, ci, :]
        ref_alpha = krippendorff.alpha(reliability_data=v.T, level_of_measurement="nominal")
        assert fast["alpha"][ci] == pytest.approx(ref_alpha)
        kappas = []
        for i, j in pairs:
            ok = ~np.isnan(v[:, i]) & ~np.isnan(v[:, j])
            kappas.append(cohen_kappa_score(v[ok, i], v[ok, j]))
        assert fast["kappa"][ci] == pytest.approx(np.mean(kappas))
        complete = (~np.isnan(v)).all(axis=1)
        ones = v[complete].sum(axis=1)
        counts = np.stack([len(coders) - ones, ones], axis=1)
        assert fast["fleiss"][ci] == pytest.approx(fleiss_kappa(counts))


def test_uncoded_units_count_as_absent():
    cod = pd.DataFrame({"seg_id": ["D:1", "D:2", "D:1"], "code": ["x", "x", "x"], "coder": ["a", "a", "b"]})
    only_coded = agreement(cod, n_boot=0).set_index("code")
    all_units = agreement(cod, [f"D:{i}" for i in range(1, 11)], n_boot=0).set_index("code")
    assert only_coded.loc["x", "percent_agreement"] == pytest.approx(0.5)
    assert all_units.loc["x", "percent_agreement"] == pytest.approx(0.9)  # 8 units both left uncoded agree
    assert all_units.loc["x", "n_units"] == 10


def test_missing_units_use_krippendorff_missing_data():
    import krippendorff

    cod, units, seen = random_codings(7, coders=("a", "b"), codes=("p",), miss=0.3)
    res = agreement(cod, units, seen=seen, n_boot=0).set_index("code")
    x, *_ = coding_matrix(cod, units, seen=seen)
    assert res.loc["p", "alpha"] == pytest.approx(krippendorff.alpha(reliability_data=x[:, 0, :].T,
                                                                     level_of_measurement="nominal"))
    both = (~np.isnan(x[:, 0, :])).all(axis=1).sum()
    assert res.loc["p", "n_units"] == both
    # seen="rows" reads coverage from empty-code rows in the codings themselves
    marks = seen.assign(code="")
    res_rows = agreement(pd.concat([cod, marks]), units, seen="rows", n_boot=0).set_index("code")
    assert res_rows.loc["p", "alpha"] == pytest.approx(res.loc["p", "alpha"])


def test_three_coders_columns_and_overall_pooling():
    cod, units, _ = random_codings(11)
    res = agreement(cod, units, n_boot=200, seed=3)
    assert list(res["code"]) == ["p", "q", "(overall)"]
    for col in ("fleiss", "fleiss_low", "fleiss_high", "fleiss_n_units"):
        assert col in res.columns
    # the overall row treats every (unit, code) as one item: its alpha is alpha over the stacked items
    import krippendorff

    x, *_ = coding_matrix(cod, units)
    stacked = x.reshape(-1, x.shape[2])
    assert res.iloc[-1]["alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=stacked.T, level_of_measurement="nominal"))
    assert res.iloc[-1]["fleiss_n_units"] == len(units)
    two = agreement(cod[cod["coder"] != "c"], units, n_boot=0)
    assert "fleiss" not in two.columns


def test_bootstrap_interval_is_seeded_and_brackets_estimate():
    cod, units, _ = random_codings(5, n_units=120, coders=("a", "b"))
    r1 = agreement(cod, units, n_boot=300, seed=1)
    r2 = agreement(cod, units, n_boot=300, seed=1)
    r3 = agreement(cod, units, n_boot=300, seed=2)
    pd.testing.assert_frame_equal(r1, r2)
    assert not np.allclose(r1["kappa_low"], r3["kappa_low"])
    for stat in ("kappa", "alpha"):
        assert (r1[f"{stat}_low"] <= r1[stat]).all() and (r1[stat] <= r1[f"{stat}_high"]).all()
        assert (r1[f"{stat}_high"] - r1[f"{stat}_low"] > 0.02).all()
    # more units -> narrower interval
    cod_big, units_big, _ = random_codings(5, n_units=1200, coders=("a", "b"))
    big = agreement(cod_big, units_big, n_boot=300, seed=1)
    assert ((big["kappa_high"] - big["kappa_low"]) < (r1["kappa_high"] - r1["kappa_low"])).all()


def test_undefined_statistics_are_nan_not_numbers():
    # neither coder ever uses code y on these units: agreement 1, kappa and alpha undefined
    cod = pd.DataFrame({"seg_id": ["D:1", "D:1"], "code": ["x", "x"], "coder": ["a", "b"]})
    res = agreement(cod, ["D:1", "D:2", "D:3"], codes=["x", "y"], n_boot=50).set_index("code")
    assert res.loc["y", "percent_agreement"] == 1.0
    assert np.isnan(res.loc["y", "kappa"]) and np.isnan(res.loc["y", "alpha"]) and np.isnan(res.loc["y", "kappa_low"])
    assert res.loc["x", "kappa"] == pytest.approx(1.0)


def test_input_errors():
    cod = pd.DataFrame({"seg_id": ["D:1"], "code": ["x"], "coder": ["a"]})
    with pytest.raises(InputError, match="at least two coders, found 1: a"):
        agreement(cod, ["D:1"])
    with pytest.raises(InputError, match="column 'coder' is missing"):
        agreement(cod[["seg_id", "code"]], ["D:1"])
    with pytest.raises(ValueError, match="n_boot == -1, must be >= 0"):
        agreement(cod, ["D:1"], n_boot=-1)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=2, max_size=30))
def test_properties_two_coders(pairs):
    units = [f"D:{i}" for i in range(len(pairs))]
    rows = [(u, "x", "a") for u, (va, _) in zip(units, pairs) if va]
    rows += [(u, "x", "b") for u, (_, vb) in zip(units, pairs) if vb]
    cod = pd.DataFrame(rows, columns=["seg_id", "code", "coder"])
    if not rows:
        return
    # a coder with no codes at all is named through coders=
    res = agreement(cod, units, coders=["a", "b"], n_boot=0).set_index("code").loc["x"]
    swapped = agreement(cod.replace({"coder": {"a": "b", "b": "a"}}), units, coders=["a", "b"],
                        n_boot=0).set_index("code").loc["x"]
    agree = sum(va == vb for va, vb in pairs) / len(pairs)
    assert res["percent_agreement"] == pytest.approx(agree)
    assert np.isnan(res["kappa"]) == np.isnan(swapped["kappa"])
    if not np.isnan(res["kappa"]):
        assert res["kappa"] == pytest.approx(swapped["kappa"]) and -1 <= res["kappa"] <= 1
        if agree == 1:
            assert res["kappa"] == pytest.approx(1.0) and res["alpha"] == pytest.approx(1.0)


def test_machine_vs_human_counts():
    rows = [("D:1", "x", "auto:rules"), ("D:2", "x", "auto:rules"), ("D:3", "y", "auto:rules"),
            ("D:1", "x", "li"), ("D:3", "x", "li"), ("D:4", "y", "li"), ("D:9", "x", "auto:rules")]
    cod = pd.DataFrame(rows, columns=["seg_id", "code", "coder"])
    # li reviewed D:1..D:4 only; D:9 is outside the review and does not count against the machine
    seen = {"li": ["D:1", "D:2", "D:3", "D:4"]}
    res = machine_vs_human(cod, [f"D:{i}" for i in range(1, 10)], seen=seen).set_index("code")
    assert res.loc["x", ["tp", "fp", "fn"]].tolist() == [1, 1, 1]
    assert res.loc["y", ["tp", "fp", "fn"]].tolist() == [0, 1, 1]
    assert res.loc["x", "precision"] == 0.5 and res.loc["x", "recall"] == 0.5
    assert res.loc["(micro)", "f1"] == pytest.approx(2 * 1 / (2 * 1 + 2 + 2))
    assert res.loc["(macro)", "f1"] == pytest.approx((0.5 + 0.0) / 2)
    # weights: D:1 stands for 3 segments, the rest for 1 each -> x: tp 3, fp 1, fn 1
    weighted = machine_vs_human(cod, [f"D:{i}" for i in range(1, 10)], seen=seen,
                                weights={"D:1": 3.0, "D:2": 1.0, "D:3": 1.0, "D:4": 1.0}).set_index("code")
    assert weighted.loc["x", ["tp", "fp", "fn"]].tolist() == [3.0, 1.0, 1.0]
    assert weighted.loc["x", "precision"] == pytest.approx(0.75)
    with pytest.raises(InputError, match="cannot tell the human coder"):
        machine_vs_human(pd.concat([cod, cod.assign(coder="wang")]), seen=None)


def test_disagreements_table():
    segs = pd.DataFrame({"seg_id": ["F01:1", "F01:2", "F01:3"], "doc_id": "F01",
                         "text": ["甲", "乙", "丙"]})
    cod = pd.DataFrame({"seg_id": ["F01:1", "F01:1", "F01:2", "F01:2", "F01:3"],
                        "code": ["x", "x", "x", "y", "y"], "coder": ["a", "b", "a", "b", "b"]})
    out = disagreements(cod, segs, seen={"a": ["F01:1", "F01:2"]})
    assert list(zip(out["seg_id"], out["code"])) == [("F01:2", "x"), ("F01:2", "y")]
    row = out.iloc[0]
    assert row["coded_by"] == "a" and row["not_coded_by"] == "b" and row["text"] == "乙"
    assert row["codes[a]"] == "x" and row["codes[b]"] == "y"
    # F01:3 was not seen by a: not a disagreement
    all_seen = disagreements(cod, segs)
    assert ("F01:3", "y") in set(zip(all_seen["seg_id"], all_seen["code"]))
    assert all_seen.set_index(["seg_id", "code"]).loc[("F01:3", "y"), "codes[a]"] == ""


def test_cluster_bootstrap_widens_intervals_for_clustered_data():
    # documents differ wildly: within a document both coders agree, across documents prevalence changes;
    # resampling documents must give a wider kappa interval than resampling segments as if independent
    rng = np.random.default_rng(0)
    rows, units, docs = [], [], []
    for d in range(12):
        agree_rate = 0.95 if d % 2 else 0.55
        for i in range(25):
            u = f"D{d}:{i + 1}"
            units.append(u)
            docs.append(f"D{d}")
            a = rng.random() < 0.5
            b = a if rng.random() < agree_rate else not a
            if a:
                rows.append((u, "x", "a"))
            if b:
                rows.append((u, "x", "b"))
    cod = pd.DataFrame(rows, columns=["seg_id", "code", "coder"])
    flat = agreement(cod, units, n_boot=400, seed=0).set_index("code").loc["x"]
    with pytest.raises(InputError, match="cluster='doc' needs the document of every unit"):
        agreement(cod, units, n_boot=10, cluster="doc")  # plain ids: the document is not guessed from them
    table = pd.DataFrame({"seg_id": units, "doc_id": docs})
    clus = agreement(cod, table, n_boot=400, seed=0, cluster="doc").set_index("code").loc["x"]
    assert clus["kappa"] == flat["kappa"]
    assert clus["kappa_high"] - clus["kappa_low"] > flat["kappa_high"] - flat["kappa_low"]
    same = agreement(cod, units, n_boot=400, seed=0, cluster={u: u for u in units}).set_index("code").loc["x"]
    assert same["kappa_low"] == pytest.approx(flat["kappa_low"])
    with pytest.raises(ValueError, match="cluster == 'turn'"):
        agreement(cod, units, n_boot=10, cluster="turn")
