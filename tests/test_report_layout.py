"""The study report a reader sees: exploration sections, the report's own language, and a layout that fits a laptop
screen and an A4 page (checked in headless Chromium: no element is wider than the page)."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest

from qualcode import report
from qualcode.report import write_study
from qualcode.study import run_study

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]


@pytest.fixture(scope="module")
def study(repo_root, tmp_path_factory):
    return run_study(repo_root / "corpora/chifeng", repo_root / "codebooks/children_in_distress.yaml", k=4,
                     seeds=(0,), n_boot=20, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def written(study, tmp_path_factory):
    return write_study(study, tmp_path_factory.mktemp("report"))


def test_exploration_tables_come_from_the_library(study):
    from qualcode import explore

    ex = study.explore
    assert {"frequency", "keyness", "kwic", "code_network", "ca"} <= set(ex)
    pd.testing.assert_frame_equal(ex["keyness"].drop(columns="word"),
                                  explore.keyness(study.segments, by="role", top=20).drop(columns="word"))
    lines = ex["kwic"]
    themes = [c.id for c in study.codebook.codes if c.rules]
    assert set(lines["code"]) == set(themes) and (lines.groupby("code").size() <= 5).all()
    for r in lines.itertuples(index=False):  # offsets still point at the coded passage in the source
        assert r.end - r.start >= 1 and study.corpus[r.doc_id].text[r.start:r.end]
        assert len(r.left) <= 20 and len(r.right) <= 20 and "\x04" in r.marked


def test_report_has_the_exploration_sections_and_workbook_sheets(written):
    page = written["index.html"].read_text(encoding="utf-8")
    for anchor in ("network", "ca", "words", "kwic"):
        assert f'id="{anchor}"' in page
    assert page.count("<mark>") >= 9 and "code_network.svg" in written and "ca_biplot.svg" in written
    book = pd.read_excel(written["tables.xlsx"], sheet_name=None)
    for sheet in ("word frequency", "key words", "kwic", "code network nodes", "code network edges", "ca inertia",
                  "ca coordinates"):
        assert sheet in book, sheet
    assert "p_value" in book["association"] and "chi2" in book["association"]  # the workbook keeps every column


def test_fixes_a_reader_asked_for(study, written):
    page = written["index.html"].read_text(encoding="utf-8")
    # the respondents table says its constant note once, above the table, not on every row
    note = str(study.respondents["note"].iloc[0])
    assert page.count(note) == 1
    # the association table on the page leaves out its near-empty and constant columns
    assoc = page.split("association")[2].split("</table>")[0]
    assert "min_<wbr>expected" not in assoc and "<th>unit</th>" not in assoc
    # the heatmap title is whole and the topic bars are labelled with their words
    svg = written["themes_by_role.svg"].read_text(encoding="utf-8")
    assert "% of role" in svg
    top = study.topic_terms.sort_values(["topic", "rank"]).groupby("topic")["term"].first()
    bars = written["topics_by_role.svg"].read_text(encoding="utf-8")
    assert all(f"{t}: {w}" in bars for t, w in top.items())


def test_lang_option_changes_the_reports_own_text(study, tmp_path):
    zh = write_study(study, tmp_path / "zh", lang="zh")["index.html"].read_text(encoding="utf-8")
    en = write_study(study, tmp_path / "en", lang="en")["index.html"].read_text(encoding="utf-8")
    assert '<h2 id="findings">研究发现</h2>' in zh and '<h2 id="findings">Findings</h2>' in en
    assert "Each theme of the codebook" in en and "Each theme of the codebook" not in zh
    assert "按阶段分组" in zh and "按阶段分组" not in en
    assert 'lang="en"' in en and 'lang="zh-CN"' in zh
    with pytest.raises(ValueError, match="lang"):
        write_study(study, tmp_path / "x", lang="fr")


def test_split_title():
    assert report.split_title("Findings 研究发现") == ("Findings", "研究发现")
    assert report.split_title("Topics 主题模型 (k = 4)") == ("Topics", "主题模型 (k = 4)")


def _overflowing(page) -> list[str]:
    return page.evaluate("""() => { const w = document.documentElement.clientWidth; const out = [];
        for (const el of document.querySelectorAll('body *')) { const r = el.getBoundingClientRect();
          if (r.width && (r.right > w + 1 || r.left < -1))
            out.push(el.tagName + '.' + el.className + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + '] ' +
                     (el.textContent || '').slice(0, 30)); }
        if (document.documentElement.scrollWidth > w + 1) out.push('page scrolls sideways');
        return out; }""")


@pytest.mark.skipif(shutil.which("chromium") is None,
                    reason="headless Chromium is not installed (apt install chromium)")
@pytest.mark.parametrize("width,media", [(1366, "screen"), (1024, "screen"), (718, "print")],
                         ids=["laptop", "small-laptop", "a4-print"])
def test_no_element_is_wider_than_the_page(study, written, width, media):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.emulate_media(media=media)
            page.goto(written["index.html"].as_uri())
            assert page.locator("h1").inner_text() == study.study.title  # the page loaded
            assert _overflowing(page) == []
            if media == "print":  # A4 (718 px = 210 mm less 12 mm margins at 96 dpi) and a PDF that prints
                pdf = page.pdf(format="A4", print_background=True)
                assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", pdf)) > 5
        finally:
            browser.close()
