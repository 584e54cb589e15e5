"""The report formats tables: self-contained HTML, a workbook of every table, SVG with text kept as text."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pandas as pd
import pytest

from qualcode import report


def sections():
    matrix = pd.DataFrame({"family": [50.0, 10.0], "community": [20.0, 70.0]}, index=["宣传不到位", "人手不足"])
    table = pd.DataFrame({"code": ["publicity_weak", "staff_capacity"], "label": ["宣传不到位", "人手不足"],
                          "percent": [50.0, 70.0], "quote": ["没人跟我们讲过 <b>", "一个人管三个村"]})
    fig = report.heatmap(matrix, "theme_by_role", "主题 × 角色")
    return [report.Section("发现 Findings", "由分析函数计算。", tables=[("findings", table)], figures=[fig])]


def test_html_is_self_contained_and_escaped(tmp_path):
    written = report.write_report(sections(), tmp_path, title="测试报告", banner="构造的示范语料")
    page = written["index.html"].read_text(encoding="utf-8")
    assert "<svg" in page and "宣传不到位" in page
    assert "没人跟我们讲过 &lt;b&gt;" in page  # quotes are escaped, never injected
    assert not re.search(r"""(src|href)=["']https?://""", page)  # nothing fetched from the network
    assert "<script" not in page


def test_svg_keeps_chinese_as_text(tmp_path):
    written = report.write_report(sections(), tmp_path, title="t")
    svg = written["theme_by_role.svg"].read_text(encoding="utf-8")
    assert "宣传不到位" in svg and "主题 × 角色" in svg  # text, not glyph paths


def test_png_uses_a_cjk_font_or_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("QUALCODE_CJK_FONT", str(tmp_path / "missing.ttf"))
    fig = report.heatmap(pd.DataFrame({"a": [1.0]}, index=["甲"]), "x", "标题")
    assert fig.png is None and "fonts-noto-cjk" in fig.note
    monkeypatch.delenv("QUALCODE_CJK_FONT")
    if report.find_cjk_font() is None:
        pytest.skip("no CJK font on this machine")
    fig = report.heatmap(pd.DataFrame({"a": [1.0]}, index=["甲"]), "x", "标题")
    assert fig.png is not None and fig.png.startswith(b"\x89PNG") and fig.note == ""


def test_workbook_has_every_table_and_chinese(tmp_path):
    written = report.write_report(sections(), tmp_path, title="t")
    book = pd.read_excel(written["tables.xlsx"], sheet_name=None)
    assert list(book) == ["findings"]
    assert book["findings"]["label"].tolist() == ["宣传不到位", "人手不足"]
    with zipfile.ZipFile(written["tables.xlsx"]) as zf:
        assert zf.testzip() is None


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.mark.skipif(chromium() is None, reason="headless Chromium is not installed (apt install chromium)")
def test_page_renders_in_headless_chromium(tmp_path):
    written = report.write_report(sections(), tmp_path / "r", title="测试报告")
    shot = tmp_path / "shot.png"
    dom = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'prof'}",
         "--dump-dom", written["index.html"].as_uri()],
        capture_output=True, text=True, timeout=120)
    assert "测试报告" in dom.stdout and "<svg" in dom.stdout
    subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'prof2'}",
         f"--screenshot={shot}", "--window-size=1200,900", written["index.html"].as_uri()],
        capture_output=True, timeout=120)
    assert shot.exists() and shot.read_bytes().startswith(b"\x89PNG")
