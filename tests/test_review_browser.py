"""The review app in a real browser: headless Chromium driven by Playwright against ``qualcode review`` servers.

One coder reviews ten segments with the keyboard alone (accept, reject, toggle, add a code from the searchable
list, uncertain, skip, undo, a memo), a second coder works blind at the same time on the same store, and the store
and the dashboard's agreement figures are checked against the library afterwards. A transcript containing
``<script>`` must show as text. With ``QUALCODE_DOCS_SCREENSHOTS=1`` the screenshots go to docs/img/ (the
pictures in docs/validation.md); otherwise to a temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import _review_project
from qualcode.validation import Project, agreement, project_codings

playwright = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt install chromium)")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
REPO = Path(__file__).resolve().parents[1]


def shots_dir(tmp_path: Path) -> Path:
    if os.environ.get("QUALCODE_DOCS_SCREENSHOTS") == "1":
        return REPO / "docs" / "img"
    return tmp_path


@contextlib.contextmanager
def server(store: Path, coder: str, *extra: str):
    """A ``qualcode review`` process on a free port; yields the address it printed (with the token)."""
    proc = subprocess.Popen([sys.executable, "-m", "qualcode", "review", str(store), "--coder", coder, "--port", "0",
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = None
        for line in proc.stdout:
            m = re.search(r"open (http://\S+)", line)
            if m:
                url = m.group(1)
                break
        assert url, proc.stderr.read()
        yield url
    finally:
        proc.terminate()
        proc.wait(20)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser, url: str, lang: str = "en"):
    page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="zh-CN" if lang == "zh" else "en-US")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
    page.on("request", lambda r: None if r.url.startswith(url.split("?")[0]) or r.url.startswith("data:")
            else errors.append(f"outside request: {r.url}"))
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")
    return page, errors


def press(page, key: str, expect_seg: str | None = None):
    page.keyboard.press(key)
    if expect_seg is not None:
        page.wait_for_selector(f"body[data-seg='{expect_seg}']")


def codes_on(page) -> dict[str, bool]:
    rows = page.query_selector_all("table.codes tbody tr")
    return {r.get_attribute("data-code"): "on" in (r.get_attribute("class") or "") for r in rows}


def test_review_with_the_keyboard_then_a_blind_second_coder(tmp_path, browser):
    store = _review_project.build(tmp_path / "study.qualcode")
    shots = shots_dir(tmp_path)
    with server(store, "li") as url:
        page, errors = open_page(browser, url)
        assert page.inner_text("#seg-id") == "D1:2"
        assert page.inner_text("#segment-text mark") == "宣传"  # the matched word, highlighted
        assert page.inner_text("#segment").count("从来没人上门宣传过") == 1
        assert "您怎么看这项工作" in page.inner_text(".turn.question")
        press(page, "a", "D2:2")                                           # 1 accept
        assert codes_on(page) == {"family_hardship": True, "staff_capacity": True}
        assert "0.62" in page.inner_text("table.codes")                    # the model's probability
        page.screenshot(path=str(shots / "review-item.png"))
        key = page.inner_text("table.codes tr[data-code='staff_capacity'] td.key")
        press(page, key)                                                   # toggle the model's code off
        assert codes_on(page)["staff_capacity"] is False
        press(page, "a", "D3:2")                                           # 2 accept (one rejected)
        press(page, "c")
        page.wait_for_selector("#dlg-add[open]")
        page.keyboard.type("fund")
        page.wait_for_selector("#add-list li.sel[data-code='fund_guarantee']")
        press(page, "Enter")
        assert codes_on(page)["fund_guarantee"] is True
        press(page, "a", "D4:2")                                           # 3 accept + added code
        press(page, "r", "D5:2")                                           # 4 reject the machine's code
        assert _review_project.SCRIPT in page.inner_text("#segment-text")  # shown as text ...
        assert page.evaluate("window.pwned") is None                       # ... never run
        press(page, "m")
        page.wait_for_selector("#dlg-memo[open]")
        page.keyboard.type("督促落实 = supervision?")
        press(page, "Control+Enter")
        page.wait_for_selector("#memo-list li")
        press(page, "a", "D6:2")                                           # 5 accept
        press(page, "u", "D1:4")                                           # 6 D6:2 uncertain
        press(page, "s", "D2:4")                                           # 7 D1:4 skipped
        press(page, "a", "D3:4")                                           # 8 accept (nothing to add)
        press(page, "z", "D2:4")                                           # undo 8: back on D2:4
        press(page, "a", "D3:4")                                           # 8 again
        press(page, "a", "D4:4")                                           # 9
        press(page, "a", "D5:4")                                           # 10
        press(page, "d")
        page.wait_for_selector("body[data-dashboard='ready']")
        assert page.inner_text("#progress-table tr[data-coder='li'] td.reviewed") == "8"
        assert errors == []
        page.close()

    with server(store, "wang", "--blind") as url, server(store, "li") as url_li:
        page, errors = open_page(browser, url, lang="zh")
        li_page, _ = open_page(browser, url_li)
        li_page.wait_for_selector("body[data-seg='D5:4']")  # li goes on where li stopped, at the same time
        expected = {"D1:2": ["publicity_weak"], "D2:2": ["family_hardship"], "D3:2": ["staff_capacity"],
                    "D4:2": [], "D5:2": ["supervision_weak"], "D6:2": ["leadership_system"]}
        order = [*expected, "D1:4"]
        for i, (seg_id, codes) in enumerate(expected.items()):
            assert page.inner_text("#seg-id") == seg_id
            assert page.query_selector("#segment-text mark") is None and codes_on(page) == {}  # blind
            for code in codes:
                press(page, "/")
                page.wait_for_selector("#dlg-add[open]")
                page.keyboard.type(code)
                page.wait_for_selector(f"#add-list li.sel[data-code='{code}']")
                press(page, "Enter")
            if i == 2:
                page.screenshot(path=str(shots / "review-blind.png"))
            press(page, "a", order[i + 1])
            if i == 0:  # li decides at the same moment on the other server
                press(li_page, "a", "D6:4")
        press(page, "d")
        page.wait_for_selector("body[data-dashboard='ready']")
        page.wait_for_selector("#human-human")
        overall = page.inner_text("#human-human tr[data-code='(overall)'] td.kappa")
        page.set_viewport_size({"width": 1280, "height": 1000})
        page.screenshot(path=str(shots / "review-dashboard.png"))
        assert errors == []
        page.close()
        li_page.close()

    with Project.open(store) as proj:
        li = proj.decisions("li")
        wang = proj.decisions("wang")
        memos = proj.memos()
        acts = proj.actions(include_undone=True)
        codings, seen = project_codings(proj)
    assert set(li["seg_id"]) == {"D1:2", "D2:2", "D3:2", "D4:2", "D5:2", "D2:4", "D3:4", "D4:4", "D5:4"}
    assert set(map(tuple, li[li["seg_id"] == "D2:2"][["code", "decision"]].values)) == {
        ("family_hardship", "accepted"), ("staff_capacity", "rejected")}
    assert ("fund_guarantee", "added") in set(map(tuple, li[li["seg_id"] == "D3:2"][["code", "decision"]].values))
    assert ("fund_guarantee", "rejected") in set(map(tuple, li[li["seg_id"] == "D4:2"][["code", "decision"]].values))
    assert memos[["seg_id", "coder", "text"]].values.tolist() == [["D5:2", "li", "督促落实 = supervision?"]]
    assert acts["undone_at"].notna().sum() == 1
    assert set(acts[(acts["coder"] == "li") & acts["undone_at"].isna()]["kind"]) == {"decide", "uncertain", "skip",
                                                                                    "memo"}
    assert (acts.loc[acts["coder"] == "wang", "mode"] == "blind").all()
    got = {s: sorted(g.loc[g["code"] != "", "code"]) for s, g in wang.groupby("seg_id")}
    assert got == expected
    units = sorted(set(seen["li"]) & set(seen["wang"]))
    table = agreement(codings, units, coders=["li", "wang"], seen=seen, n_boot=500, seed=0)
    kappa = table.set_index("code").loc["(overall)"]
    assert overall.startswith(f"{kappa['kappa']:.2f} [{kappa['kappa_low']:.2f}, {kappa['kappa_high']:.2f}]")


@pytest.mark.slow
def test_bundled_study_sample_from_the_browser_alone(tmp_path, browser, repo_root):
    """The 'done when' of issue 12: the bundled study's sample reviewed in the browser, then 'qualcode agree'
    and the report use the result."""
    store = tmp_path / "chifeng.qualcode"
    run = lambda *a: subprocess.run([sys.executable, "-m", "qualcode", *a], capture_output=True, text=True,  # noqa
                                    cwd=repo_root, timeout=600)
    out = run("project", "init", str(store), "--corpus", "corpora/chifeng", "--codebook",
              "codebooks/children_in_distress.yaml")
    assert out.returncode == 0, out.stderr
    sample = tmp_path / "sample.csv"
    assert run("sample", "--project", str(store), "--out", str(sample), "--n", "24").returncode == 0
    n = len(pd.read_csv(sample))
    with server(store, "li") as url:
        page, errors = open_page(browser, url)
        for _ in range(n):
            seg = page.get_attribute("body", "data-seg")
            page.keyboard.press("a")
            page.wait_for_selector(f"body:not([data-seg='{seg}'])")
        page.wait_for_selector("#queue-done")
        assert errors == []
        page.close()
    agree = run("agree", "--project", str(store), "--units", str(sample), "--coders", "auto:rules,li",
                "--n-boot", "50")
    assert agree.returncode == 0, agree.stderr
    assert "coders: auto:rules, li" in agree.stdout and "(overall)" in agree.stdout
    # accepting every machine code: the reviewer agrees with the machine on every reviewed unit
    overall = [line for line in agree.stdout.splitlines() if line.strip().startswith("(overall)")][0]
    assert overall.split()[2] == "1.0"
    codings = tmp_path / "li.csv"
    assert run("project", "codings", str(store), "--coder", "li", "--out", str(codings)).returncode == 0
    qdpx = run("qdpx", "export", "corpora/chifeng", "--codebook", "codebooks/children_in_distress.yaml",
               "--codings", str(codings), "--out", str(tmp_path / "li.qdpx"))
    assert qdpx.returncode == 0, qdpx.stderr
    report = run("report", "corpora/chifeng", "--codebook", "codebooks/children_in_distress.yaml", "--project",
                 str(store), "--out", str(tmp_path / "out"), "--k", "6", "--n-boot", "50")
    assert report.returncode == 0, report.stderr
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "Review of the auto-codes" in html and "machine precision and recall per reviewer" in html
