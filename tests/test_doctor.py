"""``qualcode doctor``: everything that could make counts wrong, each as path:line with a hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.cli import main
from qualcode.study import doctor

CODEBOOK = """\
name: t
codes:
  - id: care
    rules:
      - id: staff_only
        any: [照顾]
        roles: ["!养老院工作人"]
      - id: elders
        any: [孤单]
        roles: [elder]
"""


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture()
def study(tmp_path) -> tuple[Path, Path]:
    root = tmp_path / "c"
    write(root / "I01.txt", "---\nrole: elder\n---\n访谈者：您好。\n受访者：一个人孤单。\n")
    write(root / "I01 (2).txt", "---\nrole: elder\n---\n访谈者：您好。\n受访者：一个人孤单。\n")  # a copy
    write(root / "I02.txt", "---\nrole: elder\n---\n访谈者：您好。\n访谈者：还是我在说。\n")  # no respondent
    write(root / "I03.txt",
          "---\nrole: 养老院工作人员\n---\n访谈时间：2025年\n\n访谈者：您好。\n受访者：我们照顾老人。\n"
                            "王主任：我补充。\n王主任：再补充。\n")
    write(root / "I04.txt", "---\nrole: elder\n---\n受访者：" + "嗯我们村里老人多" * 40 + "\n")
    write(root / "I05.txt",
          "---\nrole: elder\n---\n訪談者：您好。\n受訪者：我們這裡沒有人來說過補貼的事情，孩子們都在外"
                            "地，一個人在家裡很孤單，冬天的時候更難過。\n", encoding="big5")
    cb = write(tmp_path / "cb.yaml", CODEBOOK)
    return root, cb


def test_doctor_lists_every_kind_of_finding(study):
    root, cb = study
    issues = doctor(root, cb)
    text = "\n".join(str(i) for i in issues)
    by_file: dict[str, list[str]] = {}
    for i in issues:
        by_file.setdefault(Path(i.path).name, []).append(i.message)
    assert any("is a byte-for-byte copy of" in m for m in by_file["I01.txt"] + by_file["I01 (2).txt"])
    assert any("looks like a copy made by a file manager" in m for m in by_file["I01 (2).txt"])
    assert any("has no respondent turn" in m for m in by_file["I02.txt"])
    assert any("not declared: 王主任" in m for m in by_file["I03.txt"])
    assert any("header block" in m for m in by_file["I03.txt"])
    assert any("without sentence punctuation" in m for m in by_file["I04.txt"])
    assert any("Traditional script" in m for m in by_file["I05.txt"])
    roles = [i for i in issues if "names a role no respondent has" in i.message]
    assert len(roles) == 1 and roles[0].path == str(cb) and roles[0].line == 3
    assert "excludes nobody" in roles[0].message and "did you mean '养老院工作人员'" in roles[0].hint
    assert all(i.hint for i in issues), text  # every finding says what to do
    assert all(str(i).startswith(f"{i.path}:{i.line}: ") for i in issues)


def test_doctor_cli_exit_status(study, tmp_path, capsys):
    root, cb = study
    assert main(["doctor", str(root), "--codebook", str(cb)]) == 1
    out = capsys.readouterr().out
    assert "warning: document 'I02' has no respondent turn" in out and out.rstrip().endswith("note(s)")
    clean = tmp_path / "clean"
    write(clean / "A.txt", "---\nrole: elder\n---\n访谈者：您好。\n受访者：好。\n")
    assert main(["doctor", str(clean)]) == 0
    assert capsys.readouterr().out.strip() == "0 error(s), 0 warning(s), 0 note(s)"
    write(clean / "B.txt", "")
    assert main(["doctor", str(clean)]) == 2


def test_doctor_same_text_in_another_encoding_and_group_roles(tmp_path):
    root = tmp_path / "c"
    text = "---\nrole: elder\n---\n访谈者：您好。\n老人：我七十八了。\n女儿：我天天来。\n老人：不用来。\n女儿：得来。\n"
    write(root / "I07.txt", text)
    write(root / "I07_gbk.txt", text.replace("\n", "\r\n").replace("role: elder", "role: elder"), encoding="gbk")
    issues = doctor(root)
    assert any("same text as 'I07'" in i.message for i in issues)
    assert any("2 respondents (老人, 女儿) who all share the document's role 'elder'" in i.message for i in issues)


def test_every_command_that_reads_a_corpus_takes_the_reading_options():
    from qualcode.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    readers = {"ingest": [], "doctor": [], "segment": [], "code": ["--codebook", "x", "--out", "y"],
               "topics": [], "crosstab": [], "report": ["--codebook", "x", "--out", "y"],
               "reproduce": [], "pseudonymise": ["--out", "y"], "qdpx": None, "project": None, "agree": None}
    options = ["--keep-going", "--encoding", "gbk", "--t2s", "--layout", "tagged", "--header-row", "2",
               "--follow-links"]
    for name, extra in readers.items():
        if extra is None:
            continue
        args = sub.choices[name].parse_args(["DIR", *extra, *options] if name != "reproduce" else options)
        assert args.keep_going and args.t2s and args.layout == "tagged" and args.header_row == 2, name
    qdpx = sub.choices["qdpx"]._subparsers._group_actions[0].choices["export"]
    assert qdpx.parse_args(["DIR", "--codebook", "x", "--out", "y", *options]).follow_links
    init = sub.choices["project"]._subparsers._group_actions[0].choices["init"]
    assert init.parse_args(["p.qcp", "--corpus", "DIR", *options]).keep_going
