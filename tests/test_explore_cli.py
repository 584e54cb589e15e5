"""The exploration commands print what the library computes, and write tables, graphs and figures."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from qualcode._io import read_table
from qualcode.cli import main

CORPUS = "corpora/chifeng"
CODEBOOK = "codebooks/children_in_distress.yaml"


@pytest.fixture(autouse=True)
def _at_root(repo_root, monkeypatch):
    monkeypatch.chdir(repo_root)


def run(capsys, *argv) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_freq_and_keyness(capsys, tmp_path):
    out = run(capsys, "freq", CORPUS, "--by", "role", "--top", "3", "--out", str(tmp_path / "f.csv"))
    table = read_table(tmp_path / "f.csv")
    assert set(table["role"]) == {"family", "community", "civil_affairs"} and table["rank"].max() <= 3
    assert str(table["word"].iloc[0]) in out
    out = run(capsys, "keyness", CORPUS, "--top", "3", "--out", str(tmp_path / "k.xlsx"))
    keys = pd.read_excel(tmp_path / "k.xlsx")
    assert set(keys["direction"]) <= {"+", "-"} and (keys["p_adjusted"] < 0.05).all()


def test_kwic_word_regex_and_code(capsys, tmp_path):
    out = run(capsys, "kwic", CORPUS, "孩子", "--window", "6", "--by", "role", "--out", str(tmp_path / "k.csv"))
    assert "== role = family" in out and "【孩子】" in out
    lines = read_table(tmp_path / "k.csv")
    assert {"doc_id", "turn", "sentence", "start", "end", "role", "district"} <= set(lines.columns)
    out = run(capsys, "kwic", CORPUS, "--regex", "社工站?")
    assert "【社工站】" in out
    out = run(capsys, "kwic", CORPUS, "--code", "publicity_weak", "--codebook", CODEBOOK)
    assert out.count("\n") > 20 and "【" in out


def test_collocations_network_ca_newwords(capsys, tmp_path):
    out = run(capsys, "collocations", CORPUS, "--top", "5")
    assert "log_likelihood" in out
    run(capsys, "network", CORPUS, "--out-dir", str(tmp_path / "net"))
    g = nx.read_graphml(tmp_path / "net" / "words_network.graphml")
    assert g.number_of_edges() == len(read_table(tmp_path / "net" / "edges.csv"))
    assert "<svg" in (tmp_path / "net" / "words_network.svg").read_text(encoding="utf-8")
    run(capsys, "network", CORPUS, "--codes", "--codebook", CODEBOOK, "--by", "role", "--out-dir", str(tmp_path / "c"))
    assert (tmp_path / "c" / "codes_network_family.gexf").is_file()
    out = run(capsys, "ca", CORPUS, "--codebook", CODEBOOK, "--figure", str(tmp_path / "ca.svg"))
    assert "total inertia" in out and "政策宣传不足" in (tmp_path / "ca.svg").read_text(encoding="utf-8")
    run(capsys, "newwords", CORPUS, "--min-count", "3", "--top", "10", "--out", str(tmp_path / "cand.csv"))
    cand = read_table(tmp_path / "cand.csv")
    assert "keep" in cand.columns and len(cand) == 10
    cand["keep"] = ["yes", "yes"] + [""] * (len(cand) - 2)
    cand.to_csv(tmp_path / "reviewed.csv", index=False)
    run(capsys, "newwords", "--accept", str(tmp_path / "reviewed.csv"), "--user-dict", str(tmp_path / "u.txt"),
        "--codebook", CODEBOOK, "--codebook-out", str(tmp_path / "cb.yaml"))
    assert (tmp_path / "u.txt").read_text(encoding="utf-8").split() == cand["word"].head(2).tolist()
    from qualcode import load_codebook

    assert load_codebook(tmp_path / "cb.yaml").settings["lexicon"]["discovered"] == cand["word"].head(2).tolist()
