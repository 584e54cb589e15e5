"""Every command that reads a codebook and a corpus names the problems of both in one run (issue 11: every problem
in a user file is reported as path:line, all at once, by every command that reads it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.cli import main

BAD_CODEBOOK = ("name: t\ncodes:\n  - id: pub\n    label: 宣传\n    rules:\n      - any: [宣传]\n"
                "  - id: 5\n    label: [x]\n")
GOOD_TRANSCRIPT = "---\nid: A1\nrole: 家长\n---\n访谈者：您好。\n受访者：宣传不到位，我们都不知道政策。\n"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "A1.txt").write_text(GOOD_TRANSCRIPT, encoding="utf-8")
    (corpus / "B2.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    codebook = tmp_path / "cb.yaml"
    codebook.write_text(BAD_CODEBOOK, encoding="utf-8")
    return corpus, codebook


@pytest.mark.parametrize("command", [
    ["code", "{corpus}", "--codebook", "{codebook}", "--out", "{out}/codings.csv"],
    ["crosstab", "{corpus}", "--codebook", "{codebook}"],
    ["topics", "{corpus}", "--codebook", "{codebook}"],
    ["kwic", "{corpus}", "--codebook", "{codebook}", "--code", "pub"],
    ["report", "{corpus}", "--codebook", "{codebook}", "--out", "{out}/report"],
    ["qdpx", "export", "{corpus}", "--codebook", "{codebook}", "--codings", "{out}/c.csv", "--out", "{out}/p.qdpx"],
    ["project", "init", "{out}/p.qcp", "--corpus", "{corpus}", "--codebook", "{codebook}"],
])
def test_a_bad_codebook_and_a_bad_transcript_are_reported_together(files, tmp_path, capsys, command):
    corpus, codebook = files
    out = tmp_path / "out"
    argv = [a.format(corpus=corpus, codebook=codebook, out=out) for a in command]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"{codebook}:7: code #2: id 5 is not a plain identifier" in err
    assert f"{codebook}:8: code #2: label must be text" in err
    assert f"{corpus / 'B2.txt'}:1: looks like a binary file" in err
    assert not out.exists() or not any(out.iterdir())  # nothing written


def test_with_keep_going_the_bad_transcript_is_named_and_the_codebook_still_stops_the_run(files, tmp_path, capsys):
    corpus, codebook = files
    assert main(["code", str(corpus), "--codebook", str(codebook), "--out", str(tmp_path / "c.csv"),
                 "--keep-going"]) == 2
    err = capsys.readouterr().err
    assert f"{corpus / 'B2.txt'}:1: looks like a binary file" in err and "skipped 1 bad file(s)" in err
    assert f"{codebook}:7:" in err
    assert not (tmp_path / "c.csv").exists()


def test_a_good_codebook_leaves_the_corpus_problems_as_they_were(files, tmp_path, capsys):
    corpus, codebook = files
    codebook.write_text(BAD_CODEBOOK.split("  - id: 5")[0], encoding="utf-8")
    assert main(["code", str(corpus), "--codebook", str(codebook), "--out", str(tmp_path / "c.csv")]) == 2
    err = capsys.readouterr().err
    assert f"{corpus / 'B2.txt'}:1: looks like a binary file" in err and str(codebook) not in err
