"""The study pipeline end to end: tables computed from the analysis functions, report written, deterministic."""

from __future__ import annotations

import filecmp

import pandas as pd
import pytest

from qualcode.cli import main
from qualcode.report import write_study
from qualcode.study import findings_table, run_study


@pytest.fixture(scope="module")
def bundled(repo_root, tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    res = run_study(repo_root / "corpora/chifeng", repo_root / "codebooks/children_in_distress.yaml",
                    ks=[4, 5], seeds=(0, 1), n_boot=50, cache_dir=cache)
    return res, cache


def test_findings_follow_the_crosstab(bundled):
    res, _ = bundled
    ct = res.crosstab
    for row in res.findings.itertuples(index=False):
        rec = row._asdict()
        for group in ("family", "civil_affairs", "community"):
            cell = ct[(ct["code"] == rec["theme"]) & (ct["group"] == group)].iloc[0]
            assert rec[group].startswith(f"{int(cell['n'])}/{int(cell['total'])} ")
    themes = [c.id for c in res.codebook.codes if c.rules]
    assert sorted(res.findings["theme"]) == sorted(themes)
    # every stage heading is the label of a top-level code of the codebook
    tops = {c.label for c in res.codebook.codes if c.parent is None}
    assert set(res.findings["stage"]) <= tops


def test_quotes_come_from_the_corpus_and_are_pseudonymised(bundled):
    res, _ = bundled
    for q in res.exemplars.itertuples(index=False):
        doc = res.corpus[q.doc_id]
        original = doc.text[q.start:q.end]
        assert len(q.text) > 0
        if q.text != original:  # pseudonymised: personal information replaced, never other text
            assert "人员" in q.text or "[" in q.text


def test_evaluation_and_agreement_cover_the_gold(bundled):
    res, _ = bundled
    ev = res.evaluation
    assert set(ev["split"]) == {"all", "dev", "test"}
    macro = ev[(ev["split"] == "all") & (ev["code"] == "macro")].iloc[0]
    assert 0 <= macro["f1"] <= 1 and macro["n_units"] == 374
    assert res.agreement.iloc[-1]["code"] == "(overall)"
    assert set(res.survey) == {"yes", "yes_test", "follow_up", "rating"}


def test_report_files(bundled, tmp_path):
    res, _ = bundled
    written = write_study(res, tmp_path / "out")
    page = written["index.html"].read_text(encoding="utf-8")
    assert "CONSTRUCTED" in page and "Findings" in page and "<svg" in page  # the study's note, from study.yaml
    assert "赤峰市困境儿童政策执行研究" in page and "heard of the policy 听说过政策" in page
    for name in ("tables.xlsx", "codings.csv", "segments.csv", "themes_by_role.svg"):
        assert name in written
    book = pd.read_excel(written["tables.xlsx"], sheet_name=None)
    assert "findings" in book and len(book["findings"]) == len(res.findings)


def test_another_study_gets_a_clean_report(repo_root, tmp_path):
    """No study description: nothing of the bundled study (its title, its note, its questionnaire) appears."""
    import shutil

    corpus = tmp_path / "other"
    shutil.copytree(repo_root / "corpora/chifeng/transcripts", corpus / "transcripts")
    shutil.copy(repo_root / "corpora/chifeng/respondents.csv", corpus)
    res = run_study(corpus, repo_root / "codebooks/children_in_distress.yaml", k=4, seeds=(0,), n_boot=0,
                    cache_dir=False, pseudonymise=False)
    page = write_study(res, tmp_path / "out")["index.html"].read_text(encoding="utf-8")
    assert "赤峰市困境儿童政策执行研究" not in page and "CONSTRUCTED" not in page and "Questionnaire" not in page
    assert "qualcode study report: other" in page
    assert res.evaluation is None and res.survey == {}


def test_rerun_is_identical(bundled, repo_root, tmp_path):
    res, cache = bundled
    again = run_study(repo_root / "corpora/chifeng", repo_root / "codebooks/children_in_distress.yaml",
                      ks=[4, 5], seeds=(0, 1), n_boot=50, cache_dir=cache)
    a = write_study(res, tmp_path / "a")
    b = write_study(again, tmp_path / "b")
    for name in ("codings.csv", "segments.csv", "findings.csv"):
        assert filecmp.cmp(a[name], b[name], shallow=False), name
    pd.testing.assert_frame_equal(res.topic_terms, again.topic_terms)
    pd.testing.assert_frame_equal(res.evaluation, again.evaluation)


def test_findings_table_from_hand_made_tables(repo_root):
    from qualcode import load_codebook

    cb = load_codebook(repo_root / "codebooks/children_in_distress.yaml")
    ct = pd.DataFrame({"code": ["publicity_weak", "publicity_weak"], "group": ["family", "community"],
                       "n": [3, 0], "total": [4, 2], "percent": [75.0, 0.0]})
    assoc = pd.DataFrame({"code": ["publicity_weak"], "cramers_v": [0.7], "p_adjusted": [0.2], "test": ["fisher"],
                          "note": [""]})
    ex = pd.DataFrame({"code": ["publicity_weak"], "group": ["family"], "rank": [1], "doc_id": ["F01"],
                       "text": ["没人跟我们讲过"]})
    table = findings_table(cb, ct, assoc, ex).set_index("theme")
    assert table.loc["publicity_weak", "family"] == "3/4 (75%)"
    assert table.loc["publicity_weak", "community"] == "0/2 (0%)"
    assert table.loc["publicity_weak", "quotes"] == "「没人跟我们讲过」(F01, family)"
    assert table.loc["fund_guarantee", "family"] == ""  # not in the crosstab given: nothing invented


def test_reproduce_refuses_missing_inputs(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["reproduce", "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "corpora/chifeng: corpus folder not found (hint: run 'qualcode reproduce' from the root" in err


def test_report_command_on_a_small_study(tmp_path, repo_root, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = {"family": ["没人跟我们讲过这个政策，我们是后来听邻居说的。", "孩子他爸常年生病吃药，家里困难。"],
             "community": ["我一个人管好几个村，身兼数职，忙不过来。", "补贴每个月按时打到卡上，一分不少。"]}
    for i in range(6):
        role = "family" if i % 2 else "community"
        body = "\n".join(f"访谈者：问题{j}？\n受访者：{lines[role][j % 2]}" for j in range(4))
        (corpus / f"D{i}.txt").write_text(f"---\nrole: {role}\n---\n{body}\n", encoding="utf-8")
    code = main(["report", str(corpus), "--codebook", str(repo_root / "codebooks/children_in_distress.yaml"),
                 "--out", str(tmp_path / "r"), "--k", "2", "--n-boot", "20", "--no-cache"])
    assert code == 0
    out = capsys.readouterr().out
    assert "publicity_weak" in out and "report:" in out
    assert (tmp_path / "r" / "index.html").exists()


def test_certification_and_corrected_counts_in_the_findings(bundled, tmp_path):
    res, _ = bundled
    themes = [c.id for c in res.codebook.codes if c.rules]
    assert list(res.certification["code"]) == themes
    assert res.certification["status"].str.match(
        r"(certified: kappa|not yet: \d+ more validated turns|not certified)").all()
    # every gold turn validated: the corrected count is the human count, and the raw count is the crosstab's
    corr = res.corrected
    assert (corr["estimate"].round(6) == corr["human"]).all()
    ct = res.crosstab.set_index(["code", "group"])
    for r in corr.itertuples(index=False):
        assert r.raw == int(ct.loc[(r.code, r.group), "n"])
    for row in res.findings.itertuples(index=False):
        rec = row._asdict()
        status = res.certification.set_index("code").loc[rec["theme"], "status"]
        assert rec["certified"] == status
        got = corr[(corr["code"] == rec["theme"]) & (corr["group"] == "family")].iloc[0]
        assert res.findings.set_index("theme").loc[rec["theme"], "family corrected"] == got["text"]
    page = (write_study(res, tmp_path / "out")["index.html"]).read_text(encoding="utf-8")
    assert "Certified codes and corrected counts" in page
    assert "corrected: " in page
