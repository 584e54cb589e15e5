"""``qualcode agree`` through the CLI entry point."""

from __future__ import annotations

import pandas as pd
import pytest

from qualcode import cli
from qualcode._io import read_table, write_table
from qualcode.validation import agreement


@pytest.fixture
def files(tmp_path):
    segs = pd.DataFrame({"seg_id": [f"D:{i}" for i in range(1, 13)], "doc_id": "D",
                         "speaker_kind": ["interviewer", "respondent"] * 6, "text": [f"第{i}句" for i in range(1, 13)]})
    write_table(segs, tmp_path / "segments.csv")
    a = pd.DataFrame({"seg_id": ["D:2", "D:4", "D:6", "D:8"], "code": ["x", "x", "y", "x"]})
    b = pd.DataFrame({"seg_id": ["D:2", "D:4", "D:10", "D:8", "D:1"], "code": ["x", "y", "y", "x", "x"]})
    write_table(a, tmp_path / "auto.csv")
    write_table(b, tmp_path / "li.csv")
    return tmp_path, segs, a, b


def test_cli_agree_two_files(files, capsys):
    tmp, segs, a, b = files
    out = tmp / "agreement.csv"
    rc = cli.main(["agree", str(tmp / "auto.csv"), str(tmp / "li.csv"), "--segments", str(tmp / "segments.csv"),
                   "--out", str(out), "--n-boot", "50", "--disagreements", str(tmp / "dis.csv")])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "coders: auto, li" in printed and "(overall)" in printed
    table = read_table(out)
    assert list(table.columns) == ["code", "n_units", "percent_agreement", "kappa", "kappa_low", "kappa_high",
                                   "alpha", "alpha_low", "alpha_high", "n_coded"]
    # units: the 6 respondent segments only (interviewer segment D:1 is not a unit, so li's code there is dropped)
    expected = agreement(pd.concat([a.assign(coder="auto"), b.assign(coder="li")]),
                         segs[segs["speaker_kind"] == "respondent"], n_boot=0)
    assert list(table["n_units"]) == [6, 6, 6]
    assert table["kappa"].tolist() == pytest.approx(expected["kappa"].tolist(), nan_ok=True)
    dis = read_table(tmp / "dis.csv")
    assert set(zip(dis["seg_id"], dis["code"])) == {("D:4", "x"), ("D:4", "y"), ("D:6", "y"), ("D:10", "y")}


def test_cli_agree_units_and_errors(files, capsys):
    tmp, segs, a, b = files
    write_table(pd.DataFrame({"seg_id": ["D:2", "D:4"]}), tmp / "sample.csv")
    out = tmp / "agree.csv"
    assert cli.main(["agree", str(tmp / "auto.csv"), str(tmp / "li.csv"), "--segments", str(tmp / "segments.csv"),
                     "--units", str(tmp / "sample.csv"), "--out", str(out), "--n-boot", "0"]) == 0
    assert read_table(out)["n_units"].tolist() == [2, 2, 2]
    assert cli.main(["agree", str(tmp / "auto.csv"), str(tmp / "li.csv"), "--segments", str(tmp / "segments.csv"),
                     "--out", str(out), "--n-boot", "20", "--cluster", "doc"]) == 0
    assert read_table(out)["n_units"].tolist() == [6, 6, 6]
    write_table(pd.DataFrame({"seg_id": ["D:2"]}), tmp / "bad.csv")
    assert cli.main(["agree", str(tmp / "auto.csv"), str(tmp / "bad.csv"), "--segments",
                     str(tmp / "segments.csv")]) == 2
    assert f"{tmp / 'bad.csv'}:1: column 'code' is missing" in capsys.readouterr().err


def test_cli_agree_project(tmp_path, capsys):
    from qualcode.validation import Project

    p = tmp_path / "p.sqlite"
    with Project.init(p) as proj:
        proj.add_segments(pd.DataFrame({"seg_id": [f"D:{i}" for i in range(1, 7)], "doc_id": "D",
                                        "text": list("甲乙丙丁戊己")}))
        proj.add_codings(pd.DataFrame({"seg_id": ["D:1", "D:2", "D:3"], "code": ["x", "x", "x"]}), coder="auto:rules")
        proj.add_decisions(pd.DataFrame({"seg_id": ["D:1", "D:2", "D:4"], "code": ["x", "x", ""],
                                         "decision": ["accepted", "rejected", "accepted"]}), coder="li")
    prf = tmp_path / "prf.csv"
    assert cli.main(["agree", "--project", str(p), "--n-boot", "0", "--prf", str(prf), "--out",
                     str(tmp_path / "a.csv")]) == 0
    table = read_table(tmp_path / "a.csv").set_index("code")
    # li reviewed D:1, D:2, D:4 (D:3 unseen by li): agreement on 3 units, 2 of 3 agree
    assert table.loc["x", "n_units"] == 3
    assert table.loc["x", "percent_agreement"] == pytest.approx(2 / 3)
    res = read_table(prf).set_index("code")
    assert res.loc["x", ["tp", "fp", "fn"]].astype(int).tolist() == [1, 1, 0]
    # weighted by a sample's weights: D:1 stands for 4 segments
    write_table(pd.DataFrame({"seg_id": ["D:1", "D:2", "D:4"], "weight": [4.0, 1.0, 1.0]}), tmp_path / "s.csv")
    assert cli.main(["agree", "--project", str(p), "--n-boot", "0", "--prf", str(prf), "--units",
                     str(tmp_path / "s.csv"), "--weighted"]) == 0
    res = read_table(prf).set_index("code")
    assert res.loc["x", ["tp", "fp", "fn"]].tolist() == [4.0, 1.0, 0.0]
    assert res.loc["x", "precision"] == pytest.approx(0.8)


def test_cli_agree_with_corpus_folder(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "D1.txt").write_text("访谈者：您好。\n受访者：补贴按时发放。\n访谈者：还有呢？\n受访者：人手太少了。\n"
                                   "访谈者：好的。\n受访者：没有别的了。\n", encoding="utf-8")
    write_table(pd.DataFrame({"seg_id": ["D1:2", "D1:4"], "code": ["fund", "staff"]}), tmp_path / "a.csv")
    write_table(pd.DataFrame({"seg_id": ["D1:2"], "code": ["fund"]}), tmp_path / "b.csv")
    out = tmp_path / "agree.csv"
    assert cli.main(["agree", str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "--corpus", str(corpus),
                     "--n-boot", "0", "--out", str(out)]) == 0
    table = read_table(out).set_index("code")
    # units: the three respondent turns D1:2, D1:4, D1:6 (turn ids, as in the codings); staff differs on one
    assert table.loc["staff", "n_units"] == 3
    assert table.loc["staff", "percent_agreement"] == pytest.approx(2 / 3)
    assert table.loc["fund", "percent_agreement"] == 1.0
