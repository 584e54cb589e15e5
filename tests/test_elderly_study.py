"""End to end on a constructed study in the formats a research team really has (tests/fixtures/elderly_care:
eight interviews on rural elderly care as Big5 text with a header block, an iFlytek export, a Word table, a Feishu
subtitle file, a transcript with an undeclared speaker, a focus group, a joint interview as WebVTT and an Excel
export), through the same command a user runs."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from qualcode._io import read_table
from qualcode.cli import main
from qualcode.coding import code_corpus, load_codebook
from qualcode.ingest import read_corpus

HERE = Path(__file__).resolve().parent / "fixtures" / "elderly_care"
CORPUS = HERE / "corpus"
CODEBOOK = HERE / "codebook.yaml"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    pytest.importorskip("opencc")  # corpus.yaml asks for convert: t2s (qualcode[opencc], part of the test extras)
    out = tmp_path_factory.mktemp("elderly") / "out"
    status = main(["reproduce", "--corpus", str(CORPUS), "--codebook", str(CODEBOOK), "--out", str(out), "--k", "3",
                   "--n-boot", "20", "--no-cache"])
    assert status == 0
    return out


def test_every_format_is_read_and_people_are_counted(report):
    turns = read_table(report / "turns.csv")
    assert sorted(turns["doc_id"].unique()) == [f"I0{i}" for i in range(1, 9)]
    resp = turns[turns["speaker_kind"] == "respondent"]
    people = resp.groupby("doc_id")["respondent_id"].nunique().to_dict()
    assert people == {"I01": 1, "I02": 1, "I03": 1, "I04": 1, "I05": 2, "I06": 4, "I07": 2, "I08": 1}
    assert not turns["text"].str.contains("李某某|AI生成|访谈编号").any()  # header blocks and trailers are not speech
    i07 = resp[resp["doc_id"] == "I07"].set_index("speaker")["role"].to_dict()
    assert i07 == {"老人": "elder", "女儿": "family"}
    html = (report / "index.html").read_text(encoding="utf-8")
    summary = dict(re.findall(r"<td[^>]*>respondents: (\w+)</td><td[^>]*>(\d+)</td>", html))  # cells may carry a class
    assert summary == {"elder": "7", "family": "2", "township_staff": "2", "village_doctor": "2"}  # 13 people


def test_recording_times_reach_the_codings(report):
    codings = read_table(report / "codings.csv")
    timed = codings.dropna(subset=["time_start"])
    assert set(timed["doc_id"]) >= {"I02", "I04", "I07", "I08"}
    assert set(codings.loc[codings["doc_id"].isin(["I01", "I05"]), "time_start"].isna()) == {True}
    turns = read_table(report / "turns.csv").set_index(["doc_id", "turn"])
    for row in timed.itertuples(index=False):
        assert turns.loc[(row.doc_id, row.turn), "time_start"] == row.time_start


def test_traditional_transcript_is_coded_with_the_simplified_codebook(report):
    codings = read_table(report / "codings.csv")
    i01 = codings[codings["doc_id"] == "I01"]
    assert {"loneliness", "heating", "health_access", "emergency"} <= set(i01["code"])
    assert any("沒個說話的" in t for t in i01["terms"].map(" ".join))  # terms as written in the transcript


def test_undeclared_speaker_is_shown_first_in_the_report(report):
    html = (report / "index.html").read_text(encoding="utf-8")
    heads = re.findall(r'<h2 id="([^"]+)">', html)
    assert heads[:2] == ["warnings", "findings"]
    section = html[html.index('<h2 id="warnings">'):html.index('<h2 id="findings">')]
    assert "I05.txt:11: warning: speaker label not declared: 王主任" in section


def test_without_t2s_the_traditional_transcript_is_warned_about(tmp_path):
    corpus = read_corpus(CORPUS, convert=None)
    assert corpus["I01"].match_text is not None  # corpus.yaml asks for it
    plain = tmp_path / "c"
    plain.mkdir()
    (plain / "I01.txt").write_bytes((CORPUS / "I01.txt").read_bytes())
    coded = code_corpus(read_corpus(plain), load_codebook(CODEBOOK), cache_dir=False)
    assert len(coded.issues) == 1 and "Traditional script (I01)" in coded.issues[0].message
    assert "loneliness" not in set(coded.codings["code"])  # 沒個說話的 never matches 没个说话的


@pytest.mark.parametrize("command", [["kwic", "--code", "loneliness"], ["network", "--codes"], ["ca"]])
def test_commands_that_code_warn_about_traditional_script(tmp_path, capsys, command):
    """Every command that codes the corpus says what code_corpus found, not only 'code' and 'crosstab'."""
    plain = tmp_path / "c"
    plain.mkdir()
    for name in ("I01.txt", "I02.txt"):
        (plain / name).write_bytes((CORPUS / name).read_bytes())
    main([command[0], str(plain), "--codebook", str(CODEBOOK), *command[1:]])
    assert "Traditional script (I01)" in capsys.readouterr().err


def test_code_command_prints_the_reading_warnings(tmp_path, capsys):
    out = tmp_path / "codings.csv"
    assert main(["code", str(CORPUS), "--codebook", str(CODEBOOK), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "I05.txt:11: warning: speaker label not declared: 王主任" in err
    assert "note(s) in" in err and "qualcode doctor" in err
    assert len(pd.read_csv(out)) > 20


def test_chunked_engine_reads_every_format_the_same(tmp_path, capsys):
    """qualcode.scale reads the corpus file by file with the folder's settings (respondents rows by speaker, t2s):
    the same codings as the whole corpus at once, and the same warnings."""
    pytest.importorskip("opencc")
    a, b = tmp_path / "memory.csv", tmp_path / "chunks.csv"
    assert main(["code", str(CORPUS), "--codebook", str(CODEBOOK), "--out", str(a), "--engine", "memory"]) == 0
    assert main(["code", str(CORPUS), "--codebook", str(CODEBOOK), "--out", str(b), "--engine", "chunks",
                 "--chunk-mb", "0.002"]) == 0
    err = capsys.readouterr().err
    assert "speaker label not declared: 王主任" in err
    key = ["doc_id", "turn", "sentence", "code"]
    one, many = (read_table(p).sort_values(key).reset_index(drop=True) for p in (a, b))
    pd.testing.assert_frame_equal(one[[*key, "respondent_id", "role", "time_start"]],
                                  many[[*key, "respondent_id", "role", "time_start"]], check_dtype=False)
