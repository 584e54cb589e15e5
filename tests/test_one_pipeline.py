"""One wiring of the pipeline: every entry point codes the bundled corpus identically.

Entry points: qc.code_corpus, run_study (used by 'qualcode report' and 'qualcode reproduce'), the 'qualcode code'
command, 'qualcode crosstab', the report's codings.csv, the README's snippet, and the notebooks (which must call
code_corpus and never compose the segmenter and the coder themselves).
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

import qualcode as qc
from qualcode._io import read_table
from qualcode.cli import main

KEY = ["doc_id", "turn", "sentence", "code"]
COMPARED = ["seg_id", *KEY, "start", "end", "coder", "evidence", "rules", "terms", "spans"]


def _canon(codings: pd.DataFrame) -> pd.DataFrame:
    return codings[COMPARED].sort_values(KEY).reset_index(drop=True)


@pytest.fixture(scope="module")
def bundled(repo_root):
    corpus = qc.read_corpus(repo_root / "corpora" / "chifeng")
    codebook = qc.load_codebook(repo_root / "codebooks" / "children_in_distress.yaml")
    return corpus, codebook, qc.code_corpus(corpus, codebook)


def test_answer_rules_fire_in_the_pipeline(bundled):
    """The study codebook's answer rules read the interviewer's question: the pipeline gives them the questions."""
    _, _, coded = bundled
    answer = coded.codings[coded.codings["rules"].map(lambda r: any(x.startswith("answer_") for x in r))]
    assert len(answer) >= 10
    assert (coded.segments["speaker_kind"] == "interviewer").any()  # the questions are in the segments table
    assert set(coded.codings["seg_id"]) <= set(coded.segments.loc[coded.segments["speaker_kind"] == "respondent",
                                                                   "seg_id"])


def test_run_study_codes_as_the_pipeline(bundled, repo_root):
    corpus, codebook, coded = bundled
    res = qc.run_study(corpus, codebook, k=4, seeds=(0,), n_boot=0, pseudonymise=False)
    pd.testing.assert_frame_equal(_canon(res.codings), _canon(coded.codings))


def test_code_command_codes_as_the_pipeline(bundled, repo_root, tmp_path):
    _, _, coded = bundled
    out = tmp_path / "codings.csv"
    assert main(["code", str(repo_root / "corpora/chifeng"), "--codebook",
                 str(repo_root / "codebooks/children_in_distress.yaml"), "--out", str(out)]) == 0
    pd.testing.assert_frame_equal(_canon(read_table(out)), _canon(coded.codings), check_dtype=False)


def test_report_command_writes_the_pipelines_codings(bundled, repo_root, tmp_path):
    _, _, coded = bundled
    out = tmp_path / "report"
    assert main(["report", str(repo_root / "corpora/chifeng"), "--out", str(out), "--k", "4", "--n-boot", "0",
                 "--no-pseudonyms"]) == 0  # the codebook comes from the corpus's study.yaml
    pd.testing.assert_frame_equal(_canon(read_table(out / "codings.csv")), _canon(coded.codings), check_dtype=False)


def test_crosstab_command_counts_the_pipelines_codings(bundled, repo_root, tmp_path):
    _, codebook, coded = bundled
    out = tmp_path / "ct.csv"
    assert main(["crosstab", str(repo_root / "corpora/chifeng"), "--codebook",
                 str(repo_root / "codebooks/children_in_distress.yaml"), "--out", str(out)]) == 0
    expected = qc.crosstab(coded.codings, coded.segments, by="role", unit="respondent", codebook=codebook)
    got = read_table(out)
    pd.testing.assert_frame_equal(got[["code", "group", "n", "total"]].reset_index(drop=True),
                                  expected[["code", "group", "n", "total"]].reset_index(drop=True), check_dtype=False)


def test_readme_snippet_codes_as_the_pipeline(bundled, repo_root, monkeypatch):
    _, _, coded = bundled
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"## In a notebook\s+```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(repo_root)
    namespace: dict = {}
    exec(compile(snippet, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    pd.testing.assert_frame_equal(_canon(namespace["coded"].codings), _canon(coded.codings))


def test_notebooks_use_the_one_pipeline(repo_root):
    """Notebooks code through qc.code_corpus; none wires the segmenter and the auto-coder itself."""
    for path in sorted((repo_root / "notebooks").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\.AutoCoder\([^)]*\)\.code\(", text), path.name
        assert not re.search(r"Segmenter\(.*\)\.segment\(", text), path.name
        if "code(" in text or "codings" in text:
            assert "code_corpus(" in text, path.name
