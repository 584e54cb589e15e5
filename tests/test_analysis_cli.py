"""`qualcode crosstab DIR` and `qualcode topics DIR`: the whole chain (read_corpus, Segmenter, AutoCoder) on a tiny
corpus written to a temporary folder."""

from __future__ import annotations

import pytest

from qualcode.cli import main

FAMILY = [
    "孩子他爸常年生病，天天吃药。",
    "村里从来没人上门说过这个补贴。",
    "我们家孩子身体不好，经常去医院。",
    "这个政策我们一直不知道，后来才听说。",
]
STAFF = [
    "我们人手太少，一个人身兼数职。",
    "社工站的人手根本不够用。",
    "村里没人上门说过这个政策。",
    "工作人员身兼数职，忙不过来。",
]
CODEBOOK = """\
name: tiny
version: "1"
settings: {unit: sentence, match: chars, speakers: respondent}
codes:
  - id: operation
    label: 运行
  - id: publicity_weak
    parent: operation
    label: 政策宣传不足
    rules:
      - any: [没人上门说过, 不知道]
  - id: staff_capacity
    parent: operation
    label: 基层人员能力不足
    rules:
      - any: [人手, 身兼数职]
  - id: family_hardship
    label: 家庭困境
    rules:
      - any: [生病, 吃药, 医院]
"""


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    people = [("F1", "family", FAMILY), ("F2", "family", FAMILY[1:2]), ("F3", "family", FAMILY[2:]),
              ("S1", "staff", STAFF), ("S2", "staff", STAFF[:2]), ("S3", "staff", STAFF[1:])]
    for pid, role, lines in people:
        body = "".join(f"访谈者：能说说情况吗？\n受访者：{line}\n" for line in lines)
        (root / f"{pid}.txt").write_text(f"---\nid: {pid}\nrole: {role}\n---\n{body}", encoding="utf-8")
    (tmp_path / "tiny.yaml").write_text(CODEBOOK, encoding="utf-8")
    return root


def test_crosstab_from_a_corpus_folder(corpus, tmp_path, capsys):
    out = tmp_path / "out" / "themes.csv"
    assert main(["crosstab", str(corpus), "--codebook", str(tmp_path / "tiny.yaml"), "--by", "role",
                 "--unit", "respondent", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    # family_hardship: F1, F3 mention illness (F2 only publicity); staff never
    assert "family_hardship 家庭困境" in printed
    from qualcode._io import read_table

    table = read_table(out).set_index(["code", "group"])
    assert tuple(table.loc[("family_hardship", "family"), ["n", "total"]]) == (2, 3)
    assert tuple(table.loc[("family_hardship", "staff"), ["n", "total"]]) == (0, 3)
    assert tuple(table.loc[("staff_capacity", "staff"), ["n", "total"]]) == (3, 3)
    assert tuple(table.loc[("publicity_weak", "family"), ["n", "total"]]) == (3, 3)  # F1, F2, F3 (不知道)
    assert tuple(table.loc[("publicity_weak", "staff"), ["n", "total"]]) == (2, 3)  # S1, S3
    assert (tmp_path / "out" / "themes-stats.csv").exists()

    assert main(["crosstab", str(corpus), "--codebook", str(tmp_path / "tiny.yaml"), "--level", "1",
                 "--unit", "segment"]) == 0
    printed = capsys.readouterr().out
    assert "operation 运行" in printed and "publicity_weak" not in printed.split("\n\n")[0]


def test_topics_from_a_corpus_folder(corpus, capsys):
    with pytest.warns(UserWarning, match="fewer than 10 per topic"):
        assert main(["topics", str(corpus), "--k", "2", "--min-df", "1", "--max-df", "0.6", "--top", "4"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("topic 0") >= 1 and "coherence: c_v" in printed


def test_crosstab_needs_codebook_or_codings(corpus, capsys):
    with pytest.raises(SystemExit, match="give --codebook FILE"):
        main(["crosstab", str(corpus)])
