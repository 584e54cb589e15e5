"""Review sampling: sample size formula, stratification, uncoded segments, reproducibility, CLI."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.errors import InputError
from qualcode.validation import SAMPLE_COLUMNS, sample_for_review, sample_size


def corpus_tables(n_seg: int = 300, seed: int = 0):
    rng = np.random.default_rng(seed)
    segs = pd.DataFrame({"seg_id": [f"D{i // 10}:{i % 10 + 1}" for i in range(n_seg)],
                         "doc_id": [f"D{i // 10}" for i in range(n_seg)],
                         "role": rng.choice(["guardian", "staff"], size=n_seg),
                         "speaker_kind": "respondent", "text": "x"})
    rows = []
    for sid in segs["seg_id"]:
        r = rng.random()
        if r < 0.3:
            rows.append((sid, "common", "auto:rules"))
        if r > 0.95:
            rows.append((sid, "rare", "auto:rules"))
        if 0.25 < r < 0.3:
            rows.append((sid, "rare", "auto:rules"))
    return segs, pd.DataFrame(rows, columns=["seg_id", "code", "coder"])


def test_sample_size_formula_by_hand():
    # n0 = 1.959964^2 * .8 * .2 / .1^2 = 61.46; large population -> 62
    assert sample_size(10**9) == 62
    # FPC: N = 100 -> 61.46 / (1 + 60.46/100) = 38.3 -> 39
    assert sample_size(100) == 39
    assert sample_size(10) <= 10 and sample_size(0) == 0
    z = 1.959963984540054
    n0 = z * z * 0.5 * 0.5 / 0.05 ** 2
    assert sample_size(5000, halfwidth=0.05, expected=0.5) == math.ceil(n0 / (1 + (n0 - 1) / 5000))
    with pytest.raises(ValueError, match="halfwidth == 0, must be between 0 and 1"):
        sample_size(10, halfwidth=0)


def test_stratified_sample_covers_codes_roles_and_uncoded():
    segs, cod = corpus_tables()
    s = sample_for_review(segs, cod, n=60, seed=1)
    assert list(s.columns) == SAMPLE_COLUMNS
    assert len(s) == 60 and s["seg_id"].is_unique
    strata = set(s["stratum"])
    for code in ("common", "rare", "(uncoded)"):
        for role in ("guardian", "staff"):
            assert f"{code}|{role}" in strata
    # multi-coded segments go to their rarest code
    both = set(cod.groupby("seg_id").filter(lambda g: len(g) > 1)["seg_id"])
    assert (s.loc[s["seg_id"].isin(both), "code"] == "rare").all()
    # weights add up to the population of each stratum
    for _, g in s.groupby("stratum"):
        assert g["weight"].sum() == pytest.approx(g["stratum_size"].iloc[0])
    assert s["weight"].sum() == pytest.approx(len(segs))
    assert s.loc[s["code"] == "(uncoded)", "reason"].str.contains("recall").all()


def test_default_size_comes_from_precision_target():
    segs, cod = corpus_tables()
    s = sample_for_review(segs, cod, seed=0)
    assert len(s) == sample_size(len(segs)) == s.attrs["n"]
    tighter = sample_for_review(segs, cod, seed=0, target_ci_halfwidth=0.05)
    assert len(tighter) > len(s)
    per = sample_for_review(segs, cod, seed=0, per_stratum=True)
    sizes = per.groupby("stratum")["stratum_size"].first()
    counts = per.groupby("stratum").size()
    for stratum in sizes.index:
        assert counts[stratum] == sample_size(sizes[stratum])


def test_reproducible_and_seed_dependent():
    segs, cod = corpus_tables()
    a = sample_for_review(segs, cod, n=40, seed=3)
    b = sample_for_review(segs, cod, n=40, seed=3)
    c = sample_for_review(segs, cod, n=40, seed=4)
    pd.testing.assert_frame_equal(a, b)
    assert set(a["seg_id"]) != set(c["seg_id"])


def test_options_exclude_uncoded_interviewer_and_reviewed():
    segs, cod = corpus_tables(100)
    segs.loc[:9, "speaker_kind"] = "interviewer"
    s = sample_for_review(segs, cod, n=1000, include_uncoded=False)
    assert "(uncoded)" not in set(s["code"])
    assert set(s["seg_id"]) == set(cod["seg_id"]) - set(segs.loc[:9, "seg_id"])
    done = list(s["seg_id"][:5])
    s2 = sample_for_review(segs, cod, n=1000, exclude=done)
    assert not set(done) & set(s2["seg_id"])
    only_roles = sample_for_review(segs, cod, n=20, by=("role",))
    assert set(only_roles["stratum"]) <= {"guardian", "staff"}


def test_errors():
    segs, cod = corpus_tables(20)
    with pytest.raises(InputError, match="stratum key 'district' is not a column"):
        sample_for_review(segs, cod, by=("code", "district"))
    with pytest.raises(InputError, match="<codings>: column 'code' is missing"):
        sample_for_review(segs, cod[["seg_id"]])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=1, max_size=8), st.integers(0, 200), st.integers(0, 3))
def test_allocation_properties(sizes, n, minimum):
    from qualcode.validation._sampling import _allocate

    alloc = _allocate(sizes, n, minimum)
    assert all(0 <= a <= s for a, s in zip(alloc, sizes))
    assert sum(alloc) == min(sum(sizes), n)
    if sum(min(minimum, s) for s in sizes) <= n:
        assert all(a >= min(minimum, s) for a, s in zip(alloc, sizes))


def test_cli_sample(tmp_path, capsys):
    from qualcode import cli
    from qualcode._io import read_table, write_table

    segs, cod = corpus_tables(120)
    write_table(segs, tmp_path / "segs.csv")
    write_table(cod, tmp_path / "cod.csv")
    out = tmp_path / "sample.csv"
    assert cli.main(["sample", "--segments", str(tmp_path / "segs.csv"), "--codings", str(tmp_path / "cod.csv"),
                     "--out", str(out), "--seed", "2"]) == 0
    got = read_table(out)
    assert len(got) == sample_size(120)
    assert "n0 = z^2 p(1-p)/h^2" in capsys.readouterr().out
    assert cli.main(["sample", "--segments", str(tmp_path / "segs.csv"), "--codings", str(tmp_path / "cod.csv"),
                     "--out", str(out), "--n", "10"]) == 0
    assert len(read_table(out)) == 10


def test_cli_sample_from_project_skips_reviewed(tmp_path, capsys):
    from qualcode import cli
    from qualcode._io import read_table
    from qualcode.validation import Project

    segs, cod = corpus_tables(60)
    p = tmp_path / "p.sqlite"
    with Project.init(p) as proj:
        proj.add_segments(segs)
        proj.add_codings(cod, coder="auto:rules")
        proj.add_codings(cod.head(5), coder="li")  # another coder's codes must not define the strata
        reviewed = list(segs["seg_id"][:20])
        proj.add_decisions(pd.DataFrame({"seg_id": reviewed, "code": "", "decision": "accepted"}), coder="li")
    out = tmp_path / "s.csv"
    assert cli.main(["sample", "--project", str(p), "--out", str(out), "--n", "100"]) == 0
    got = read_table(out)
    assert set(got["seg_id"]) == set(segs["seg_id"][20:])  # n larger than what is left: every unreviewed one
    assert "text" in got.columns
    assert "sampled 40 of 40 segments" in capsys.readouterr().out
