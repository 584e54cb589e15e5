"""The cache shared by the commands: bounded, clearable, shown by 'qualcode cache'."""

from __future__ import annotations

import os
import time

import qualcode as qc
from qualcode._cachedir import cache_info, clear_cache, prune_cache
from qualcode.cli import main


def _fill(root, kind, n, size=1000):
    paths = []
    for i in range(n):
        p = root / kind / "ab" / f"{i}.bin"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x" * size)
        os.utime(p, (time.time() - 1000 + i, time.time() - 1000 + i))  # entry i used at time i
        paths.append(p)
    return paths


def test_prune_deletes_least_recently_used_first(tmp_path):
    paths = _fill(tmp_path, "segments", 10)
    assert prune_cache(tmp_path, max_bytes=4000) == 6
    assert [p.exists() for p in paths] == [False] * 6 + [True] * 4
    assert prune_cache(tmp_path, max_bytes=4000) == 0


def test_clear_by_kind_and_age(tmp_path):
    _fill(tmp_path, "segments", 3)
    _fill(tmp_path, "study", 2)
    (tmp_path / "other.txt").write_text("not ours")
    assert clear_cache(tmp_path, kinds=["study"]) == 2
    info = cache_info(tmp_path).set_index("kind")
    assert info.loc["segments", "entries"] == 3 and info.loc["study", "entries"] == 0
    assert clear_cache(tmp_path, older_than_days=1) == 0  # used minutes ago
    assert clear_cache(tmp_path) == 3
    assert (tmp_path / "other.txt").exists()


def test_segmenter_cache_is_shared_and_bounded(tmp_path, repo_root, monkeypatch):
    corpus = qc.read_corpus(repo_root / "corpora/chifeng")
    cb = qc.load_codebook(repo_root / "codebooks/children_in_distress.yaml")
    first = qc.code_corpus(corpus, cb, cache_dir=tmp_path)
    assert first.segmenter.stats_["cache_misses"] == len(corpus)
    again = qc.code_corpus(corpus, cb, cache_dir=tmp_path)  # another command, same pipeline: no segmentation
    assert again.segmenter.stats_["computed_documents"] == 0
    assert again.segments.equals(first.segments)
    monkeypatch.setenv("QUALCODE_CACHE_MAX_MB", "0.01")  # 10 kB: the next write prunes to it
    qc.code_corpus(corpus, cb, cache_dir=tmp_path, unit="turn")
    total = sum(p.stat().st_size for p in (tmp_path / "segments").rglob("*") if p.is_file())
    assert total <= 0.01 * 1024 * 1024


def test_cache_command(tmp_path, capsys):
    _fill(tmp_path, "segments", 4)
    assert main(["cache", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path) in out and "segments" in out
    assert main(["cache", "prune", "--dir", str(tmp_path), "--max-mb", "0.002"]) == 0
    assert "deleted 2 least recently used entries" in capsys.readouterr().out
    assert main(["cache", "clear", "--dir", str(tmp_path)]) == 0
    assert "deleted 2 cached entries" in capsys.readouterr().out
