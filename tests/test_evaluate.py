"""evaluate(): turn-level precision/recall/F1/kappa against gold units, sentence aggregation, splits, CLI."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from qualcode.coding import EVAL_COLUMNS, binary_scores, evaluate, read_gold
from qualcode.errors import ExchangeError, InputError
from qualcode.model import seg_id

GOLD = pd.DataFrame({
    "seg_id": ["D:2", "D:4", "D:6", "D:8", "E:2", "E:4"],
    "doc_id": ["D", "D", "D", "D", "E", "E"],
    "turn": [2, 4, 6, 8, 2, 4],
    "role": ["family"] * 6,
    "split": ["dev", "dev", "dev", "dev", "test", "test"],
    "codes": ["a;b", "a", "", "b", "a", None],
})


def codings(pairs):
    """Codings from ((doc, turn, sentence), code) pairs, keyed as the coder keys them."""
    return pd.DataFrame([{"seg_id": seg_id(*key), "doc_id": key[0], "turn": key[1], "sentence": key[2], "start": 0,
                          "end": 1, "code": c, "coder": "auto:rules", "evidence": ""} for key, c in pairs],
                        columns=["seg_id", "doc_id", "turn", "sentence", "start", "end", "code", "coder", "evidence"])


def test_scores_by_hand():
    # sentences of one turn aggregate to the turn; codings outside the gold units are ignored
    pred = codings([(("D", 2, 1), "a"), (("D", 2, 3), "a"), (("D", 6, 1), "a"), (("D", 8, 2), "b"),
                    (("X", 1, 1), "a")])
    table = evaluate(pred, GOLD, split="dev").set_index("code")
    assert list(table.reset_index().columns) == EVAL_COLUMNS
    a = table.loc["a"]  # gold a: D:2, D:4 ; pred a: D:2, D:6 -> tp 1 fp 1 fn 1
    assert (a.tp, a.fp, a.fn, a.support, a.predicted, a.n_units) == (1, 1, 1, 2, 2, 4)
    assert a.precision == pytest.approx(0.5) and a.recall == pytest.approx(0.5) and a.f1 == pytest.approx(0.5)
    # kappa by hand: y=[1,1,0,0], p=[1,0,1,0]: po=0.5, pe=0.5 -> 0
    assert a.kappa == pytest.approx(0.0)
    b = table.loc["b"]  # gold b: D:2, D:8 ; pred b: D:8
    assert (b.tp, b.fp, b.fn) == (1, 0, 1)
    assert b.precision == 1.0 and b.recall == 0.5 and b.f1 == pytest.approx(2 / 3)
    # y=[1,0,0,1], p=[0,0,0,1]: po=.75, pe=.5*.25+.5*.75=.5 -> .5
    assert b.kappa == pytest.approx(0.5)
    micro = table.loc["micro"]
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 2)
    assert micro.precision == pytest.approx(2 / 3) and micro.recall == pytest.approx(0.5)
    macro = table.loc["macro"]
    assert macro.f1 == pytest.approx((0.5 + 2 / 3) / 2)


def test_split_and_codes_and_coder():
    pred = codings([(("E", 2, 1), "a"), (("E", 4, 1), "b")])
    table = evaluate(pred, GOLD, split="test", codes=["a", "b", "c"]).set_index("code")
    assert table.loc["a", "f1"] == 1.0 and table.loc["a", "n_units"] == 2
    assert table.loc["b", "fp"] == 1 and table.loc["b", "precision"] == 0.0
    assert table.loc["c", "support"] == 0 and math.isnan(table.loc["c", "kappa"])
    # c is neither in the gold nor predicted: its ratios are undefined (NaN) and left out of the macro average
    assert all(math.isnan(table.loc["c", k]) for k in ("precision", "recall", "f1"))
    assert table.loc["macro", "f1"] == pytest.approx((1.0 + 0.0) / 2)
    other = pred.assign(coder="alice")
    assert evaluate(other, GOLD, split="test", coder="auto:rules").set_index("code").loc["micro", "predicted"] == 0


def test_bad_gold():
    with pytest.raises(ExchangeError, match="no gold rows with split == 'train'"):
        evaluate(codings([]), GOLD, split="train")
    with pytest.raises(ExchangeError, match="lacks column"):
        evaluate(codings([]), GOLD.drop(columns=["codes"]))


def test_cli_evaluate(tmp_path, capsys):
    from qualcode._io import read_table, write_table
    from qualcode.cli import main

    write_table(codings([(("D", 2, 1), "a"), (("D", 8, 1), "b")]), tmp_path / "c.csv")
    write_table(GOLD, tmp_path / "g.csv")
    rc = main(["evaluate", str(tmp_path / "c.csv"), str(tmp_path / "g.csv"), "--split", "dev",
               "--out", str(tmp_path / "e.csv")])
    assert rc == 0
    out = capsys.readouterr().out
    assert "macro" in out and "micro" in out and "kappa" in out
    saved = read_table(tmp_path / "e.csv").set_index("code")
    assert saved.loc["b", "precision"] == 1.0
    assert main(["evaluate", str(tmp_path / "c.csv"), str(tmp_path / "g.csv"), "--split", "nope"]) == 2


def test_metric_convention_is_scikit_learns():
    """One implementation: sklearn's precision_recall_fscore_support with undefined ratios as NaN."""
    from sklearn.metrics import f1_score, precision_score, recall_score

    y, p = [1, 0, 1, 1, 0, 0], [1, 1, 0, 1, 0, 0]
    got = binary_scores(y, p)
    assert got["precision"] == precision_score(y, p) and got["recall"] == recall_score(y, p)
    assert got["f1"] == pytest.approx(f1_score(y, p))
    never = binary_scores([1, 1, 0], [0, 0, 0])
    assert math.isnan(never["precision"]) and never["recall"] == 0.0 and never["f1"] == 0.0
    weighted = binary_scores([1, 0, 1], [1, 1, 0], sample_weight=[2.0, 1.0, 1.0])
    assert (weighted["tp"], weighted["fp"], weighted["fn"]) == (2.0, 1.0, 1.0)
    assert weighted["precision"] == pytest.approx(2 / 3)


def test_read_gold_reports_every_bad_row(tmp_path):
    bad = tmp_path / "gold.csv"
    bad.write_text("seg_id,doc_id,turn,role,split,codes\nD:2,D,2,family,dev,a\nD:4,D,x,family,dev,\n"
                   "D:2,D,2,family,dev,b\nE:1,,1,family,dev,\n", encoding="utf-8")
    nocol = tmp_path / "nocol.csv"
    nocol.write_text("seg_id,codes\nD:2,a\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_gold([bad, nocol])
    msg = str(err.value)
    assert f"{bad}:3: turn 'x' is not a turn number" in msg
    assert f"{bad}:4: turn 2 of D is coded twice (first on line 2)" in msg
    assert f"{bad}:5: doc_id is empty" in msg
    assert f"{nocol}:1: gold file lacks column(s) doc_id, turn" in msg


def test_read_gold_parses_codes_once(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text("seg_id,doc_id,turn,role,split,codes\nD:2,D,2,family,dev,a；b\nD:4,D,4,family,dev,\n",
                    encoding="utf-8")
    gold = read_gold([path])
    assert gold["codes"].tolist() == [("a", "b"), ()] and gold["turn"].tolist() == [2, 4]
