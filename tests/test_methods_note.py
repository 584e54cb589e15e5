"""tools/methods_note.py: the note is filled from the study run (not typed), with the reproduce settings."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from qualcode.model import Corpus


@pytest.fixture(scope="module")
def tool(repo_root):
    spec = importlib.util.spec_from_file_location("methods_note", repo_root / "tools" / "methods_note.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["methods_note"] = module
    spec.loader.exec_module(module)
    return module


def test_settings_are_those_of_reproduce(tool):
    from qualcode.commands.reproduce import DEFAULT_CORPUS

    args = tool.reproduce_args()
    assert (args.corpus, args.codebook) == (DEFAULT_CORPUS, None)  # the codebook comes from the study.yaml
    assert args.k is None and not args.no_cache and not args.no_pseudonyms


@pytest.fixture(scope="module")
def study(tool, repo_root, tmp_path_factory):
    import os

    old_cwd, old_cache = os.getcwd(), os.environ.get("QUALCODE_CACHE_DIR")
    os.chdir(repo_root)
    os.environ["QUALCODE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    try:
        args = tool.reproduce_args(["--k", "4", "--n-boot", "50"])  # skip the sweep: fast
        res = tool.run(args)
        text = tool.render(res, args, seconds=1.0, today="2026-01-02")
    finally:
        os.chdir(old_cwd)
        if old_cache is None:
            os.environ.pop("QUALCODE_CACHE_DIR", None)
        else:
            os.environ["QUALCODE_CACHE_DIR"] = old_cache
    return res, text


def test_note_numbers_come_from_the_run(study):
    res, text = study
    assert isinstance(res.corpus, Corpus)
    assert f"**Corpus.** {len(res.corpus)} interviews" in text
    assert f"{len(res.codings)} codings" in text
    for row in res.findings.itertuples(index=False):
        assert f"| {row.theme} |" in text
    groups = [c for c in res.findings.columns if c in set(res.respondents["role"])]
    assert groups
    first = res.findings.iloc[0]
    assert " | ".join(str(first[g]) for g in groups) in text  # the n/N (p%) cells, in order
    ev = res.evaluation
    for split in ("dev", "test"):
        macro = ev[(ev["split"] == split) & (ev["code"] == "macro")].iloc[0]
        assert f"| {split} | {int(macro['n_units'])} |" in text and f"{macro['f1']:.3f}" in text
    assert "k = 4" in text and "2026-01-02" in text
    heard = res.survey["yes"]
    for r in heard.itertuples(index=False):
        assert f"{int(r.yes)}/{int(r.n)}" in text
    assert "constructed" in text.lower()
    assert f"`{res.codebook.name}` version {res.codebook.version}" in text


def test_md_table_escapes_pipes_and_aligns_numbers(tool):
    import pandas as pd

    md = tool.md_table(pd.DataFrame({"a": ["x|y"], "n": [3], "f": ["0.50"]}))
    lines = md.splitlines()
    assert lines[1] == "| --- | ---: | ---: |"
    assert lines[2] == "| x\\|y | 3 | 0.50 |"
