"""`qualcode segment` through qualcode.cli.main."""

from __future__ import annotations

import shutil

import pytest

from qualcode._io import read_table
from qualcode.cli import main
from qualcode.model import SEGMENT_COLUMNS


@pytest.fixture()
def corpus_dir(tmp_path, repo_root):
    d = tmp_path / "corpus"
    d.mkdir()
    for name in ("F01.txt", "F02.txt"):
        shutil.copy(repo_root / "corpora" / "chifeng" / "transcripts" / name, d / name)
    return d


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QUALCODE_CACHE_DIR", str(tmp_path / "cache"))


def test_segment_writes_table_and_summary(corpus_dir, tmp_path, capsys):
    out = tmp_path / "segs.csv"
    assert main(["segment", str(corpus_dir), "--out", str(out), "--backend", "rjieba"]) == 0
    printed = capsys.readouterr().out
    df = read_table(out)
    assert list(df.columns[: len(SEGMENT_COLUMNS)]) == SEGMENT_COLUMNS
    assert set(df.speaker_kind) == {"respondent"} and df.seg_id.str.count(":").eq(2).all()
    texts = {p.stem: p.read_text(encoding="utf-8") for p in corpus_dir.iterdir()}
    assert all(texts[d][s:e] == t for d, s, e, t in zip(df.doc_id, df.start, df.end, df.text))
    n_tokens = int(df.tokens.map(len).sum())
    assert f"segments: {len(df)}\n" in printed and f"tokens: {n_tokens}\n" in printed
    assert "by role:" in printed and "family\t" in printed
    assert (tmp_path / "cache" / "segments").is_dir()
    # second run: everything from the cache, same table
    out2 = tmp_path / "segs2.csv"
    assert main(["segment", str(corpus_dir), "--out", str(out2), "--backend", "rjieba"]) == 0
    assert "documents: 2 (2 from cache)" in capsys.readouterr().out
    assert out.read_bytes() == out2.read_bytes()


def test_segment_turn_unit_all_speakers_no_cache(corpus_dir, tmp_path, capsys):
    out = tmp_path / "turns.csv"
    assert main(["segment", str(corpus_dir), "--out", str(out), "--unit", "turn", "--all-speakers", "--no-cache",
                 "--jobs", "2"]) == 0
    df = read_table(out)
    assert set(df.speaker_kind) == {"interviewer", "respondent"} and (df.sentence == 0).all()
    assert not (tmp_path / "cache").exists()


def test_segment_bad_user_dict_lists_lines(corpus_dir, tmp_path, capsys):
    bad = tmp_path / "words.txt"
    bad.write_text("好词 1\n坏词 x y z\n", encoding="utf-8")
    assert main(["segment", str(corpus_dir), "--user-dict", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2: invalid dictionary entry '坏词 x y z': 4 fields, at most 3" in err


def test_segment_unknown_backend_is_refused(corpus_dir, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["segment", str(corpus_dir), "--backend", "thulac"])
    assert exc.value.code == 2
    assert "invalid choice: 'thulac'" in capsys.readouterr().err


def test_segment_keep_going(corpus_dir, tmp_path, capsys):
    (corpus_dir / "broken.txt").write_text("no speaker tag at all\n", encoding="utf-8")
    assert main(["segment", str(corpus_dir)]) == 2
    capsys.readouterr()
    assert main(["segment", str(corpus_dir), "--keep-going", "--out", str(tmp_path / "s.csv")]) == 0
    captured = capsys.readouterr()
    assert "broken.txt:1" in captured.err
    assert set(read_table(tmp_path / "s.csv").doc_id) == {"F01", "F02"}


def test_segment_bad_jobs(corpus_dir, capsys):
    assert main(["segment", str(corpus_dir), "--jobs", "0", "--no-cache"]) == 2
    assert "n_jobs == 0: must be an int >= 1" in capsys.readouterr().err
