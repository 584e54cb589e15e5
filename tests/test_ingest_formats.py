"""Transcript formats researchers really have (tests/fixtures/formats, made the way the tools make them; the contract
is tests/fixtures/formats/expected.json) and what the reader does around them: header blocks, speech-to-text
layouts, group interviews, undeclared speakers, Word tables, spreadsheets, subtitles, recording times."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from qualcode.errors import MetadataError, TranscriptError
from qualcode.ingest import read_corpus, read_transcript, validate_corpus

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"
EXPECTED = json.loads((FORMATS / "expected.json").read_text(encoding="utf-8"))["files"]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def _same_time(got, want) -> bool:
    return (got is None and want is None) or (got is not None and want is not None and abs(got - want) < 1e-3)


# ---------------------------------------------------------------------------------------------- the contract
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_reads_as_expected(name):
    exp = EXPECTED[name]
    docs, issues = read_transcript(FORMATS / name)
    assert not [i for i in issues if i.is_error], [str(i) for i in issues]
    assert len(docs) == 1
    doc = docs[0]
    got = [(t.speaker or None, t.text.strip()[:10], t.text.strip()[-10:]) for t in doc.turns]
    want = [(t["speaker"], t["text_head"], t["text_tail"]) for t in exp["turns"]]
    assert got == want
    for t, w in zip(doc.turns, exp["turns"]):
        assert _same_time(t.time_start, w["start"]) and _same_time(t.time_end, w["end"]), (t, w)
        assert doc.text[t.start:t.end] == t.text
    meta = {k: doc.metadata.get(k) for k in ("title", "fields", "other")} if doc.metadata else None
    assert meta == exp["metadata"]
    if exp["encoding"] in ("gbk", "big5"):
        assert doc.encoding in ("gb18030", "big5")


def test_header_block_is_metadata_with_a_note_never_speech():
    docs, issues = read_transcript(FORMATS / "header_block.txt")
    doc = docs[0]
    assert doc.metadata["fields"]["受访者"] == "李某某，男，72岁，独居"
    assert not any("李某某" in t.text or "陈某" == t.text for t in doc.turns)
    assert doc.turns[0].speaker == "访谈者" and doc.turns[0].text.startswith("李大爷")
    note = [i for i in issues if i.severity == "note" and "header block" in i.message]
    assert note and note[0].line == 1 and str(note[0]).startswith(f"{FORMATS / 'header_block.txt'}:1: note: header")


def test_untagged_opening_speech_is_still_an_error(tmp_path):
    write(tmp_path / "a.txt", "今天去了村里，见到了老人。他说了很多话。\n受访者：好。\n")
    with pytest.raises(TranscriptError, match="a.txt:1: text before the first speaker tag"):
        read_corpus(tmp_path)


def test_header_without_a_blank_line_keeps_the_first_turn(tmp_path):
    """A short speaker line right after the fields is a turn unless it describes a person."""
    write(tmp_path / "a.txt",
          "访谈时间：2025年7月\n受访者：李某某，男，72岁\n访谈者：好的\n受访者：您说吧。我听着呢。\n")
    doc = read_corpus(tmp_path)["a"]
    assert doc.metadata["fields"] == {"访谈时间": "2025年7月", "受访者": "李某某，男，72岁"}
    assert [t.text for t in doc.turns] == ["好的", "您说吧。我听着呢。"]


def test_speech_to_text_trailer_is_not_speech():
    doc = read_transcript(FORMATS / "iflytek.txt")[0][0]
    assert not any("AI生成" in t.text for t in doc.turns)


# ---------------------------------------------------------------------------------------------- speakers
def test_undeclared_labels_are_read_by_the_documented_rule_and_reported():
    docs, issues = read_transcript(FORMATS / "iflytek.txt")
    kinds = {t.speaker: t.speaker_kind for t in docs[0].turns}
    assert kinds == {"说话人1": "interviewer", "说话人2": "respondent"}  # the first to speak is the interviewer
    warn = [i for i in issues if i.severity == "warning"]
    assert len(warn) == 1 and warn[0].line == 2
    assert "说话人1 -> interviewer" in warn[0].message and "说话人2 -> respondent" in warn[0].message
    assert "speakers:" in warn[0].hint


def test_undeclared_name_among_known_labels_is_a_respondent_of_their_own():
    docs, issues = read_transcript(FORMATS / "undeclared_tag.txt")
    doc = docs[0]
    wang = [t for t in doc.turns if t.speaker == "王主任"]
    assert len(wang) == 2 and {t.speaker_kind for t in wang} == {"respondent"}
    assert {t.respondent_id for t in wang} == {"undeclared_tag/王主任"}
    assert any(i.severity == "warning" and "王主任" in i.message and i.line == 11 for i in issues)


def test_one_line_name_tag_alone_stays_continuation_with_a_warning(tmp_path):
    write(tmp_path / "a.txt", "访谈者：您好。\n受访者：我说两句。\n张建国：这一行像标签。\n")
    corpus = read_corpus(tmp_path)
    assert len(corpus["a"].turns) == 2 and "张建国" in corpus["a"].turns[1].text
    assert any("'张建国' looks like a speaker tag" in i.message for i in corpus.problems)


def test_group_interview_counts_people(tmp_path):
    corpus = read_corpus(FORMATS / "focus_group.txt")
    rows = corpus.respondents()
    assert list(rows["respondent_id"]) == [f"focus_group/{n}" for n in ("王大爷", "李大娘", "村医老刘", "张婶")]
    assert list(rows["n_turns"]) == [2, 2, 2, 1]
    joint = read_corpus(FORMATS / "joint_interview.txt").respondents()
    assert len(joint) == 2  # an old man and his daughter are two people


def test_speakers_declared_in_front_matter_with_roles(tmp_path):
    write(tmp_path / "G1.txt", "---\nrole: elder\nspeakers:\n  主持人: interviewer\n  王大爷: {role: elder}\n"
                               "  刘医生: {role: doctor, id: DOC-1}\n---\n主持人：大家好。\n王大爷：冬天冷。\n"
                               "刘医生：我常去看他。\n王大爷：是的。\n")
    corpus = read_corpus(tmp_path)
    turns = corpus.turns()
    resp = turns[turns["speaker_kind"] == "respondent"]
    assert list(resp["respondent_id"]) == ["G1/王大爷", "DOC-1", "G1/王大爷"]
    assert list(resp["role"]) == ["elder", "doctor", "elder"]
    assert not [i for i in corpus.problems if i.severity == "warning"]


def test_respondents_table_keyed_by_document_and_speaker(tmp_path):
    write(tmp_path / "I07.txt", "访谈者：您好。\n老人：我七十八了。\n女儿：我天天来。\n老人：不用来。\n")
    write(tmp_path / "I02.txt", "说话人1 00:00\n大娘您好。\n说话人2 00:09\n行啊。\n")
    write(tmp_path / "respondents.csv", "id,speaker,role,speaker_kind,respondent_id\n"
                                        "I07,,elder,,\nI07,老人,elder,,P-ZHAO\nI07,女儿,family,,P-ZHAO-D\n"
                                        "I02,,elder,,\nI02,说话人1,,interviewer,\nI02,说话人2,elder,,\n"
                                        "I02,说话人9,elder,,\n")
    corpus = read_corpus(tmp_path)
    turns = corpus.turns().set_index(["doc_id", "turn"])
    assert turns.loc[("I07", 3), "respondent_id"] == "P-ZHAO-D" and turns.loc[("I07", 3), "role"] == "family"
    assert turns.loc[("I02", 1), "speaker_kind"] == "interviewer"
    assert not any("not declared" in i.message for i in corpus.problems)
    assert any(i.line == 8 and "说话人9" in i.message and i.severity == "warning" for i in corpus.problems)


def test_respondents_table_contradicting_a_speaker_in_the_front_matter(tmp_path):
    write(tmp_path / "G.txt", "---\nspeakers: {王大爷: {role: elder}}\n---\n访谈者：好。\n王大爷：好。\n")
    write(tmp_path / "respondents.csv", "id,speaker,role\nG,,elder\nG,王大爷,doctor\n")
    with pytest.raises(MetadataError) as err:
        read_corpus(tmp_path)
    assert "respondents.csv:3: role of speaker '王大爷' in 'G' is 'doctor' here but 'elder'" in str(err.value)
    assert "has no transcript" not in str(err.value)  # the transcript itself is fine


# ---------------------------------------------------------------------------------------------- layouts
def test_corpus_yaml_layout_and_turn_pattern(tmp_path):
    write(tmp_path / "a.txt", "张老师 00:00:05\n您好。\n李奶奶 00:00:09\n好好。\n")
    corpus = read_corpus(tmp_path)
    assert [t.speaker for t in corpus["a"].turns] == ["张老师", "李奶奶"]
    write(tmp_path / "corpus.yaml", "layout: tagged\n")
    with pytest.raises(TranscriptError, match="text before the first speaker tag"):
        read_corpus(tmp_path)  # header lines are not turns in the tagged layout
    write(tmp_path / "corpus.yaml", "turn_pattern: '#(?P<speaker>\\S+) @(?P<time>\\d+:\\d\\d) '\n"
                                    "speakers: {interviewer: [T]}\n")
    write(tmp_path / "a.txt", "#T @0:05 您好。\n#R @0:09 好好。\n接着说。\n")
    doc = read_corpus(tmp_path)["a"]
    assert [(t.speaker, t.speaker_kind, t.time_start, t.text) for t in doc.turns] == [
        ("T", "interviewer", 5.0, "您好。"), ("R", "respondent", 9.0, "好好。\n接着说。")]


@pytest.mark.parametrize("config, line, word", [("name: x\nlayout: speech\n", 2, "layout 'speech' is not known"),
                                                ("turn_pattern: '(?P<who>.)'\n", 1, "named group"),
                                                ("turn_pattern: '(['\n", 1, "not a valid regular expression"),
                                                ("header_row: 0\n", 1, "header_row")])
def test_bad_reading_options_in_corpus_yaml(tmp_path, config, line, word):
    write(tmp_path / "a.txt", "受访者：好。\n")
    write(tmp_path / "corpus.yaml", config)
    issues = [i for i in validate_corpus(tmp_path) if i.is_error]
    assert issues and issues[0].line == line and word in issues[0].message, [str(i) for i in issues]


def test_recording_times_in_turns_segments_and_codings(tmp_path):
    from qualcode.coding import code_corpus, load_codebook

    write(tmp_path / "a.txt",
          "---\nrole: elder\n---\n[00:00:05] 访谈者：冬天怎么取暖？\n[00:00:09] 受访者：烧煤取暖。\n")
    write(tmp_path / "b.txt", "---\nrole: elder\n---\n访谈者：冬天怎么取暖？\n受访者：烧煤取暖。\n")
    write(tmp_path.parent / "cb.yaml", "name: t\ncodes:\n  - id: heat\n    rules:\n      - any: [取暖]\n")
    corpus = read_corpus(tmp_path)
    turns = corpus.turns()
    assert list(turns.columns[9:11]) == ["time_start", "time_end"]
    assert turns.loc[turns["doc_id"] == "a", "time_start"].tolist() == [5.0, 9.0]
    assert turns.loc[turns["doc_id"] == "b", "time_start"].isna().all()
    coded = code_corpus(corpus, load_codebook(tmp_path.parent / "cb.yaml"), cache_dir=False)
    assert "time_start" in coded.segments.columns
    assert coded.codings.set_index("doc_id").loc["a", "time_start"] == 9.0
    plain = write(tmp_path.parent / "plain" / "c.txt", "受访者：好。\n")
    assert "time_start" not in read_corpus(plain.parent).turns().columns


# ---------------------------------------------------------------------------------------------- Word
def _docx(body_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>{body_xml}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", doc)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in cells) + "</w:tr>"


def test_docx_table_of_another_shape_says_so(tmp_path):
    body = "<w:tbl>" + _row("序号", "时间", "说话人", "内容") + _row("1", "00:01", "访谈者", "您好") + "</w:tbl>"
    (tmp_path / "t.docx").write_bytes(_docx(body))
    docs, issues = read_transcript(tmp_path / "t.docx")
    assert not docs
    assert [str(i).split(" (hint")[0] for i in issues if i.is_error] == [
        f"{tmp_path / 't.docx'}:1: the text sits in a table qualcode cannot read as turns (tables of 4 columns)"]


def test_docx_with_only_an_image_says_so(tmp_path):
    body = ('<w:p><w:r><w:drawing><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"/>'
            '</w:drawing></w:r></w:p>')
    (tmp_path / "scan.docx").write_bytes(_docx(body))
    _docs, issues = read_transcript(tmp_path / "scan.docx")
    assert any(i.line == 1 and "only images or embedded objects" in i.message for i in issues)


def test_docx_and_xlsx_bombs_are_refused_before_they_are_read(tmp_path):
    big = b" " * (5 * 1024 * 1024)  # compresses about 1000:1
    (tmp_path / "bomb.docx").write_bytes(_docx("", {"word/media/pad.xml": big}))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", big)
    (tmp_path / "bomb.xlsx").write_bytes(buf.getvalue())
    for name in ("bomb.docx", "bomb.xlsx"):
        docs, issues = read_transcript(tmp_path / name)
        assert not docs and issues[0].line == 1 and "compression ratio" in issues[0].message, str(issues[0])


# ---------------------------------------------------------------------------------------------- spreadsheets
def test_spreadsheet_with_title_row_and_chinese_columns():
    docs, issues = read_transcript(FORMATS / "export.xlsx")
    doc = docs[0]
    assert doc.doc_id == "R08" and doc.metadata["title"].startswith("内蒙古农村独居老人")
    assert [t.speaker_kind for t in doc.turns] == ["interviewer", "respondent"] * 3
    assert dict(doc.turns[1].attributes) == {"编号": "2"}  # a row number is a turn attribute, not a conflict
    assert doc.turns[0].line == 3  # spreadsheet rows
    assert any(i.severity == "note" and "说明" in i.message for i in issues)


def test_header_row_option_and_per_speaker_roles(tmp_path):
    (tmp_path / "t.csv").write_text("项目,养老研究,日期,2025年7月\n说明,构造数据,,\n编号,说话人,角色,内容\n"
                                    "G1,主持人,,您好\n"
                                    "G1,王大爷,elder,冬天冷\nG1,刘医生,doctor,我常去\nG1,王大爷,elder,是的\n",
                                    encoding="utf-8")
    with pytest.raises(TranscriptError, match="no text column"):
        read_corpus(tmp_path)  # rows of notes above the header: it is not found on its own
    corpus = read_corpus(tmp_path, header_row=3)
    turns = corpus.turns()
    resp = turns[turns["speaker_kind"] == "respondent"]
    assert list(resp["role"]) == ["elder", "doctor", "elder"]
    assert list(resp["respondent_id"]) == ["G1/王大爷", "G1/刘医生", "G1/王大爷"]
    assert list(turns["line"]) == [4, 5, 6, 7]


def test_role_changing_within_one_speaker_is_an_error(tmp_path):
    (tmp_path / "t.csv").write_text("编号,说话人,角色,内容\nG1,王大爷,elder,冬天冷\nG1,王大爷,doctor,是的\n",
                                    encoding="utf-8")
    with pytest.raises(TranscriptError, match=r"t.csv:3: document 'G1': column '角色' is 'doctor' here"):
        read_corpus(tmp_path)


# ---------------------------------------------------------------------------------------------- ids and links
@pytest.mark.parametrize("front, line", [("---\nrole: a\nid: 'I:01'\n---\n", 3), ("---\nid: \"I\\t01\"\n---\n", 2)])
def test_document_ids_with_colon_or_control_characters_are_refused(tmp_path, front, line):
    write(tmp_path / "a.txt", front + "受访者：好。\n")
    with pytest.raises(TranscriptError) as err:
        read_corpus(tmp_path)
    issue = err.value.errors[0]
    assert issue.line == line and "document id" in issue.message and "part of segment ids" in issue.hint


def test_document_id_from_a_file_name_with_a_colon(tmp_path):
    write(tmp_path / "I:01.txt", "受访者：好。\n")
    (tmp_path / "t.csv").write_text("doc_id,text\nA:1,好\n", encoding="utf-8")
    issues = [i for i in validate_corpus(tmp_path) if i.is_error]
    assert sorted((Path(i.path).name, i.line) for i in issues) == [("I:01.txt", 1), ("t.csv", 2)]


def test_links_out_of_the_corpus_loops_and_dangling_links_are_named_not_followed(tmp_path):
    root = tmp_path / "c"
    write(root / "a.txt", "受访者：好。\n")
    secret = write(tmp_path / "outside" / "secret.txt", "受访者：不该读到。\n")
    (root / "passwd.txt").symlink_to(secret)
    (root / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "up").symlink_to(root)
    (root / "same.txt").symlink_to(root / "a.txt")
    corpus = read_corpus(root)
    assert sorted(d.doc_id for d in corpus) == ["a", "same"]
    found = {Path(i.path).name: i for i in corpus.problems}
    assert "outside the corpus folder" in found["passwd.txt"].message and found["passwd.txt"].line == 1
    assert "dangling" in found["gone.txt"].message
    assert "loop" in found["loop.txt"].message
    assert "already read" in found["up"].message
    assert {d.doc_id for d in read_corpus(root, follow_links=True)} == {"a", "same", "passwd"}


def test_pseudonymised_copy_of_tables_with_title_rows_and_blank_lines(tmp_path):
    """Table text cells are replaced in the right rows when the header is not on row 1 (a title row) or a CSV has
    blank lines: the copy reads back with every turn pseudonymised and nothing shifted."""
    from qualcode.privacy import transform_corpus

    src = tmp_path / "src"
    src.mkdir()
    (src / "t.csv").write_text("doc_id,speaker,text,role\nD1,访谈者,您好,elder\n\n"
                               "D1,受访者,我叫王建国，住在村东头。,elder\n"
                               "D1,访谈者,好的,elder\n", encoding="utf-8")
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "访谈转录（构造数据）"
    ws.merge_cells("A1:C1")
    ws.append(["受访者编号", "角色/身份", "内容/回答"])
    ws.append(["D2", "访谈者", "您好"])
    ws.append(["D2", "受访者", "王建国是我邻居。"])
    ws.append(["D2", "访谈者", "明白了"])
    wb.save(src / "x.xlsx")
    names = tmp_path / "names.csv"
    names.write_text("name,type\n王建国,person\n", encoding="utf-8")
    transform_corpus(src, tmp_path / "out", tmp_path / "map.csv", names=str(names))
    copy = read_corpus(tmp_path / "out", keep_going=True)
    for doc_id in ("D1", "D2"):
        texts = [t.text for t in copy[doc_id].turns]
        assert texts[0] == "您好" and texts[2] in ("好的", "明白了"), texts
        assert "王建国" not in texts[1] and ("人员" in texts[1]), texts
