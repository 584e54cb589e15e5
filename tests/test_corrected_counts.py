"""Certified codes and misclassification-corrected counts, checked on simulated data where the truth is known."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from qualcode.errors import InputError
from qualcode.validation import certify, corrected_counts, trust_units, validation_table


def simulate(rng, n_resp=(14, 6, 10), units_per=12, prev=(0.06, 0.15, 0.03), se=0.75, sp=0.95, frac=0.3,
             code="x"):
    """Respondents in three groups, each with ``units_per`` units; a unit truly has the theme with the group's
    prevalence, the machine finds it with sensitivity ``se`` and specificity ``sp``, and a random ``frac`` of the
    units is validated. Returns the unit table and the true number of respondents per group."""
    rows, truth = [], {}
    for g, (n, p) in enumerate(zip(n_resp, prev)):
        for r in range(n):
            rid = f"g{g}r{r}"
            t = rng.random(units_per) < p
            m = np.where(t, rng.random(units_per) < se, rng.random(units_per) > sp)
            v = rng.random(units_per) < frac
            truth[f"g{g}"] = truth.get(f"g{g}", 0) + int(t.any())
            rows += [{"seg_id": f"{rid}:{u}", "doc_id": rid, "respondent_id": rid, "role": f"g{g}", "code": code,
                      "machine": int(m[u]), "human": float(t[u]) if v[u] else np.nan} for u in range(units_per)]
    return pd.DataFrame(rows), truth


def test_interval_coverage_on_simulated_data():
    """The 95% intervals contain the true count in about 95% of simulated studies (and the raw machine count,
    biased by false positives and misses, does much less well)."""
    rng = np.random.default_rng(1)
    hits = raw_hits = total = 0
    abs_err, raw_err = [], []
    for rep in range(100):
        units, truth = simulate(rng)
        res = corrected_counts(units, n_boot=300, seed=rep)
        for r in res.itertuples(index=False):
            total += 1
            hits += r.low <= truth[r.group] <= r.high
            raw_hits += r.raw == truth[r.group]
            abs_err.append(abs(r.estimate - truth[r.group]))
            raw_err.append(abs(r.raw - truth[r.group]))
    assert 0.90 <= hits / total <= 0.99
    assert np.mean(abs_err) < np.mean(raw_err)


def test_everything_validated_gives_the_human_count():
    rng = np.random.default_rng(5)
    units, truth = simulate(rng, frac=1.0)
    res = corrected_counts(units, n_boot=50).set_index("group")
    for g, n in truth.items():
        assert res.loc[g, "estimate"] == n and res.loc[g, "low"] == n == res.loc[g, "high"]
        assert res.loc[g, "text"] == f"{n} of {res.loc[g, 'respondents']} (95% CI {n}-{n})"


def test_nothing_validated_is_not_estimated():
    rng = np.random.default_rng(2)
    units, _ = simulate(rng, frac=0.0)
    res = corrected_counts(units, n_boot=50)
    assert (res["validated_units"] == 0).all() and res["estimate"].isna().all()
    assert res["text"].str.endswith("(no validated units)").all()


def test_population_intervals_are_wider():
    rng = np.random.default_rng(3)
    units, _ = simulate(rng)
    study = corrected_counts(units, n_boot=400, seed=0)
    population = corrected_counts(units, n_boot=400, seed=0, resample_respondents=True)
    assert ((population["high"] - population["low"]) >= (study["high"] - study["low"]) - 1).all()
    assert ((population["high"] - population["low"]).sum() > (study["high"] - study["low"]).sum())


def test_inputs_are_checked():
    with pytest.raises(InputError, match="respondent_id"):
        corrected_counts(pd.DataFrame({"seg_id": ["a"], "code": ["x"], "machine": [1], "role": ["f"]}))
    rng = np.random.default_rng(0)
    units, _ = simulate(rng)
    with pytest.raises(ValueError, match="level == 2"):
        corrected_counts(units, level=2)


def _table(n_units: int, kappa_like: float, seed: int = 0, prevalence: float = 0.3) -> pd.DataFrame:
    """A validation table where the machine agrees with the coders on a share ``kappa_like`` of the units."""
    rng = np.random.default_rng(seed)
    human = (rng.random(n_units) < prevalence).astype(int)
    machine = np.where(rng.random(n_units) < kappa_like, human, rng.random(n_units) < prevalence).astype(int)
    return pd.DataFrame({"seg_id": [f"D{i // 5}:{i}" for i in range(n_units)],
                         "doc_id": [f"D{i // 5}" for i in range(n_units)], "code": "x", "machine": machine,
                         "human": human})


def test_certification_rules():
    good = certify(_table(600, 0.97)).iloc[0]
    assert good["certified"] and good["status"].startswith("certified: kappa") and good["more_needed"] == 0
    assert good["kappa_low"] <= good["kappa"] <= good["kappa_high"]
    few = certify(_table(40, 1.0)).iloc[0]
    assert not few["certified"] and few["more_needed"] > 0
    assert few["status"] == f"not yet: {few['more_needed']} more validated segments needed (kappa 1.00 on 40)"
    bad = certify(_table(600, 0.5)).iloc[0]
    assert not bad["certified"] and bad["status"].startswith("not certified: kappa 0.") and pd.isna(bad["more_needed"])
    stricter = certify(_table(600, 0.97), threshold=0.99).iloc[0]
    assert not stricter["certified"]


def test_more_needed_is_enough():
    """Validating as many more units as the status asks (at the same quality) certifies the code."""
    first = certify(_table(60, 0.9, seed=2), min_units=50).iloc[0]
    assert not first["certified"] and first["more_needed"] > 0
    widths = []
    for seed in range(10):  # the same process, validated as far as asked
        again = certify(_table(60 + int(first["more_needed"]), 0.9, seed=100 + seed), min_units=50).iloc[0]
        widths.append(again["kappa_high"] - again["kappa_low"])
    assert np.median(widths) <= 2 * 0.1 + 0.02


def test_validation_table_matches_sentences_to_turns():
    gold = pd.DataFrame({"seg_id": ["F1:2", "F1:4"], "doc_id": ["F1", "F1"], "turn": [2, 4], "role": "family",
                         "codes": ["x;y", ""]})
    codings = pd.DataFrame({"seg_id": ["F1:2:1", "F1:4:3", "F9:2:1"], "doc_id": ["F1", "F1", "F9"],
                            "turn": [2, 4, 2], "code": ["x", "y", "x"]})
    t = validation_table(codings, gold, codes=["x", "y"]).set_index(["seg_id", "code"])
    assert t.loc[("F1:2", "x"), ["machine", "human"]].tolist() == [1, 1]
    assert t.loc[("F1:2", "y"), ["machine", "human"]].tolist() == [0, 1]
    assert t.loc[("F1:4", "y"), ["machine", "human"]].tolist() == [1, 0]
    assert len(t) == 4


def test_trust_units_from_the_pipeline(tmp_path, repo_root):
    from qualcode.coding import code_corpus, load_codebook, read_gold
    from qualcode.ingest import read_corpus

    codebook = load_codebook(repo_root / "codebooks" / "children_in_distress.yaml")
    corpus = read_corpus(repo_root / "corpora" / "chifeng_blind")
    coded = code_corpus(corpus, codebook)
    gold = read_gold(sorted((repo_root / "corpora" / "chifeng_blind" / "gold").glob("*.csv")))
    half = gold[gold["doc_id"].isin(sorted(gold["doc_id"].unique())[:5])]
    units = trust_units(coded.codings, coded.segments, half, codes=["family_hardship"])
    assert len(units) == (coded.segments["speaker_kind"] == "respondent").groupby(
        [coded.segments["doc_id"], coded.segments["turn"]]).any().sum()
    assert units["human"].notna().sum() == len(half)
    res = corrected_counts(units, n_boot=100)
    assert set(res["group"]) == set(corpus.respondents()["role"])
    machine_turns = {(d, t) for d, t in zip(coded.codings.loc[coded.codings["code"] == "family_hardship", "doc_id"],
                                            coded.codings.loc[coded.codings["code"] == "family_hardship", "turn"])}
    assert units["machine"].sum() == len(machine_turns)


def test_no_bootstrap_gives_the_estimate_without_interval():
    rng = np.random.default_rng(7)
    units, _ = simulate(rng)
    with_ci = corrected_counts(units, n_boot=50)
    without = corrected_counts(units, n_boot=0)
    np.testing.assert_allclose(without["estimate"], with_ci["estimate"])
    assert without["low"].isna().all() and not without["text"].str.contains("CI").any()
    with pytest.raises(ValueError, match="n_boot == -1"):
        corrected_counts(units, n_boot=-1)
