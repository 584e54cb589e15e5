"""Reading corpus folders: formats, encodings, respondent attributes and every kind of bad input."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

import pandas as pd
import pytest

from qualcode.cli import main
from qualcode.errors import MetadataError, TranscriptError
from qualcode.ingest import read_corpus, read_transcript, validate_corpus

F07 = """---
id: F07
role: family
district: 松山区
---
访谈者：您好，能说说家里的情况吗？
受访者：孩子他爸在外地打工，（叹气）家里就我一个人。
一直是这样。
访谈者：那补贴的事您听说过吗？
受访者：[停顿] 没人跟我们讲过。
"""


def write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def check_offsets(corpus) -> None:
    for doc in corpus:
        for t in doc.turns:
            assert doc.text[t.start:t.end] == t.text
            for s, e in t.notes:
                assert t.start <= s < e <= t.end


def test_turns_speakers_continuations_and_notes(tmp_path):
    write(tmp_path / "F07.txt", F07)
    corpus = read_corpus(tmp_path)
    doc = corpus["F07"]
    assert [t.speaker_kind for t in doc.turns] == ["interviewer", "respondent", "interviewer", "respondent"]
    assert doc.turns[1].text == "孩子他爸在外地打工，（叹气）家里就我一个人。\n一直是这样。"
    assert doc.turns[1].line == 7
    assert [doc.text[s:e] for s, e in doc.turns[1].notes] == ["（叹气）"]
    assert [doc.text[s:e] for s, e in doc.turns[3].notes] == ["[停顿]"]
    assert doc.attributes["role"] == "family" and doc.attributes["district"] == "松山区"
    check_offsets(corpus)


def test_turns_table_carries_attributes(tmp_path):
    write(tmp_path / "F07.txt", F07)
    table = read_corpus(tmp_path).turns()
    assert list(table.columns[:9]) == ["doc_id", "respondent_id", "turn", "speaker", "speaker_kind", "start", "end",
                                       "line", "text"]
    assert set(table["role"]) == {"family"} and set(table["district"]) == {"松山区"}
    assert list(table["turn"]) == [1, 2, 3, 4]


def test_turns_table_built_once_and_each_call_gets_its_own_copy(tmp_path):
    write(tmp_path / "F07.txt", F07)
    corpus = read_corpus(tmp_path)
    keys = corpus.turns(text=False)
    fresh = read_corpus(tmp_path).turns()
    assert "text" not in keys.columns
    pd.testing.assert_frame_equal(keys, fresh.drop(columns="text"))
    first = corpus.turns()
    pd.testing.assert_frame_equal(first, fresh)
    first.loc[0, "turn"] = -1
    first["text"] = "changed"
    pd.testing.assert_frame_equal(corpus.turns(), fresh)
    pd.testing.assert_frame_equal(corpus.turns(text=False), keys)
    assert "_turns_table" not in pickle.loads(pickle.dumps(corpus)).__dict__


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_encodings_and_line_ends(tmp_path, encoding, newline):
    path = write(tmp_path / "F07.txt", F07, encoding=encoding, newline=newline)
    before = path.read_bytes()
    corpus = read_corpus(tmp_path)
    doc = corpus["F07"]
    assert len(doc.turns) == 4
    assert doc.turns[3].text == "[停顿] 没人跟我们讲过。"
    assert doc.sha256 == hashlib.sha256(before).hexdigest()
    assert path.read_bytes() == before  # never modified
    if newline == "\r\n":
        assert "\r\n" in doc.turns[1].text  # offsets stay in the file's own characters
    check_offsets(corpus)


def test_big5_traditional(tmp_path):
    text = "受訪者：孩子的爸爸在外地打工，家裡只有我和老伴帶著兩個孩子，政策的事情沒有人跟我們說過。\n"
    write(tmp_path / "T1.txt", text, encoding="big5")
    doc = read_corpus(tmp_path)["T1"]
    assert doc.encoding == "big5"
    assert doc.turns[0].text.startswith("孩子的爸爸")


def test_t2s_conversion_keeps_original_text(tmp_path):
    pytest.importorskip("opencc")
    write(tmp_path / "T1.txt", "受訪者：沒有人跟我們說過這個政策。\n")
    doc = read_corpus(tmp_path, convert="t2s")["T1"]
    assert doc.text.startswith("受訪者")
    assert doc.match_text is not None and len(doc.match_text) == len(doc.text)
    assert "没有人跟我们说过这个政策" in doc.match_text


def test_named_speakers_and_configured_labels(tmp_path):
    write(tmp_path / "a.txt", "---\nid: N1\nrole: family\nspeakers: {王奶奶: respondent, 小李: interviewer}\n---\n"
          "小李：奶奶好。\n王奶奶：好，好。\n")
    write(tmp_path / "corpus.yaml", "name: demo\nspeakers:\n  interviewer: [记者]\n  respondent: [村民]\n")
    write(tmp_path / "b.txt", "---\nrole: community\n---\n记者：您好\n村民：你好\n")
    corpus = read_corpus(tmp_path)
    assert corpus.name == "demo"
    assert [t.speaker_kind for t in corpus["N1"].turns] == ["interviewer", "respondent"]
    assert [t.speaker for t in corpus["b"].turns] == ["记者", "村民"]
    assert [t.speaker_kind for t in corpus["b"].turns] == ["interviewer", "respondent"]


def test_numbered_and_ascii_tags(tmp_path):
    write(tmp_path / "q.txt", "Q1: 您好\nA1: 你好，我们这儿嘎查小。\nq: 还有呢\na：没了\n")
    doc = read_corpus(tmp_path)["q"]
    assert [t.speaker_kind for t in doc.turns] == ["interviewer", "respondent", "interviewer", "respondent"]


def test_docx_transcript(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for para in ["访谈者：您好", "受访者：我是儿童主任，", "一个人管三个村。"]:
        d.add_paragraph(para)
    d.save(tmp_path / "S01.docx")
    write(tmp_path / "respondents.csv", "id,role\nS01,community\n")
    corpus = read_corpus(tmp_path)
    doc = corpus["S01"]
    assert doc.source_kind == "docx" and doc.attributes["role"] == "community"
    assert doc.turns[1].text == "我是儿童主任，\n一个人管三个村。"
    check_offsets(corpus)


def test_csv_and_xlsx_tables(tmp_path):
    rows = pd.DataFrame({"doc_id": ["X1", "X1", "X2"], "speaker": ["访谈者", "受访者", "受访者"],
                         "text": ["您好", "没人来过", "知道政策"], "role": ["family", "family", "community"]})
    rows.to_csv(tmp_path / "turns.csv", index=False, encoding="gb18030")
    survey = pd.DataFrame({"respondent_id": ["Q1", "Q2"], "role": ["family", "family"],
                           "open_answer": ["希望多宣传", "补贴按时到账"]})
    survey.to_excel(tmp_path / "survey.xlsx", index=False)
    corpus = read_corpus(tmp_path)
    assert [t.speaker_kind for t in corpus["X1"].turns] == ["interviewer", "respondent"]
    assert corpus["X2"].attributes["role"] == "community"
    assert corpus["Q2"].turns[0].text == "补贴按时到账" and corpus["Q2"].turns[0].speaker_kind == "respondent"
    assert corpus["X1"].turns[1].line == 3
    check_offsets(corpus)


def test_respondents_table_joins_and_conflicts_are_errors(tmp_path):
    write(tmp_path / "F07.txt", F07)
    write(tmp_path / "respondents.csv", "id,role,relation\nF07,family,祖母\n")
    assert read_corpus(tmp_path)["F07"].attributes["relation"] == "祖母"
    write(tmp_path / "respondents.csv", "id,role\nF07,community\n")
    with pytest.raises(MetadataError) as err:
        read_corpus(tmp_path)
    assert "respondents.csv:2: role of 'F07' is 'community' here but 'family' in the front matter" in str(err.value)


def test_respondents_table_without_role(tmp_path):
    write(tmp_path / "F07.txt", F07)
    write(tmp_path / "respondents.csv", "id,district\nF07,松山区\n")
    with pytest.raises(MetadataError) as err:
        read_corpus(tmp_path)
    assert "respondents.csv:1: respondents table has no 'role' column (hint: add a column 'role'" in str(err.value)


def test_all_problems_reported_at_once(tmp_path):
    write(tmp_path / "good.txt", F07)
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    write(tmp_path / "frontmatter.txt", "---\nid: [unclosed\nrole: family\n---\n受访者：好\n")
    write(tmp_path / "orphan.txt", "---\nrole: family\n---\n开场白没有标签，说了很多话。然后才开始。\n受访者：好\n")
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "z_dup.txt", "---\nid: F07\nrole: family\n---\n受访者：重复的编号\n")
    with pytest.raises(TranscriptError) as err:
        read_corpus(tmp_path)
    msg = str(err.value)
    assert "binary.txt:1: looks like a binary file" in msg  # whole-file problems are reported on line 1
    assert "frontmatter.txt:2: broken front matter" in msg
    assert "orphan.txt:4: text before the first speaker tag (hint:" in msg
    assert "empty.txt:1: empty transcript" in msg
    assert "z_dup.txt:2: duplicate document id 'F07'" in msg
    assert len(err.value.errors) == 5
    assert isinstance(err.value, ValueError)


def test_keep_going_loads_good_files_and_lists_bad(tmp_path):
    write(tmp_path / "good.txt", F07)
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8" + bytes(range(128, 256)) * 3)
    corpus = read_corpus(tmp_path, keep_going=True)
    assert [d.doc_id for d in corpus] == ["F07"]
    assert any(i.path.endswith("bad.txt") and i.is_error for i in corpus.problems)
    assert validate_corpus(tmp_path) == list(corpus.problems)


def test_undeclared_name_tag_warns(tmp_path):
    write(tmp_path / "a.txt", "受访者：我说两句。\n张建国：我是村支书。\n")
    issues = validate_corpus(tmp_path)
    assert any(i.severity == "warning" and "'张建国' looks like a speaker tag" in i.message and i.line == 2
               for i in issues)


def test_excludes_from_corpus_yaml(tmp_path):
    write(tmp_path / "F07.txt", F07)
    write(tmp_path / "gold" / "gold.csv", "seg_id,codes\nF07:2,family_hardship\n")
    write(tmp_path / "README.md", "# not a transcript\n")
    write(tmp_path / "corpus.yaml", "exclude: [gold/*]\n")
    assert [d.doc_id for d in read_corpus(tmp_path)] == ["F07"]
    write(tmp_path / "corpus.yaml", "exclud: [gold/*]\n")
    issues = validate_corpus(tmp_path)
    assert any("unknown key 'exclud'" in i.message and "did you mean 'exclude'" in (i.hint or "") for i in issues)


def test_single_file(tmp_path):
    path = write(tmp_path / "F07.txt", F07)
    docs, issues = read_transcript(path)
    assert docs[0].doc_id == "F07" and not issues


def test_cli_ingest(tmp_path, capsys):
    write(tmp_path / "c" / "F07.txt", F07)
    out = tmp_path / "turns.csv"
    assert main(["ingest", str(tmp_path / "c"), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "documents: 1" in printed and "turns: 4 (2 respondent)" in printed and "family\t1" in printed
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert list(table["speaker_kind"]) == ["interviewer", "respondent", "interviewer", "respondent"]
    assert table.loc[1, "role"] == "family"


def test_cli_reports_problems_with_exit_2(tmp_path, capsys):
    write(tmp_path / "orphan.txt", "没有标签\n")
    assert main(["ingest", str(tmp_path)]) == 2
    assert "orphan.txt:1: text before the first speaker tag" in capsys.readouterr().err


def test_repr_is_short(tmp_path):
    write(tmp_path / "F07.txt", F07 + "受访者：" + "很长的话。" * 2000 + "\n")
    corpus = read_corpus(tmp_path)
    assert repr(corpus) == (f"Corpus(name={tmp_path.name!r}, root={str(tmp_path)!r}, documents=1, turns=5, "
                            "problems=0)")
    assert len(repr(corpus["F07"])) < 200 and "chars=" in repr(corpus["F07"])
