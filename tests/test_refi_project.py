"""REFI-QDA project (.qdpx) export/import: corpus, cases/variables, users, selections, position checks, CLI."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from qualcode.cli import main
from qualcode.coding import load_codebook
from qualcode.errors import ExchangeError
from qualcode.exchange import export_qdpx, import_qdpx, load_qdpx, validate_qdpx
from qualcode.exchange._refi_project import apply_pseudonymise
from qualcode.ingest import read_corpus

NS = {"q": "urn:QDA-XML:project:1.0"}

CODEBOOK_YAML = """\
name: demo
codes:
  - id: operation
    label: 运行
  - id: publicity_weak
    parent: operation
    label: 政策宣传不足
    rules:
      - any: [没人上门说过, 没听说过]
  - id: fund_guarantee
    label: 资金保障
    rules:
      - any: [按时到]
  - id: family_hardship
    label: 家庭困难
    rules:
      - any: [生病]
"""


def make_corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "A01.txt").write_text(
        "---\nid: A01\nrole: family\ndistrict: 宁城县\nage: 67\n---\n访谈者：您好，家里几口人？\n"
        "受访者：四口人。孩子他爸在外地打工，孩子常年生病。\n访谈者：知道补助吗？\n受访者：从来没人上门说过，我是偶然听说的。\n",
        encoding="utf-8")
    (root / "B02.txt").write_bytes("受访者：第一行。\r\n访谈者：问题？\r\n受访者：没听说过这个政策。\r\n".encode())
    (root / "C03.txt").write_bytes(codecs.BOM_UTF8 + "访谈者：您好。\n受访者：低保办下来了，钱按时到。\n".encode())
    (root / "respondents.csv").write_text("id,role,district\nB02,staff,红山区\nC03,community,松山区\n",
                                          encoding="utf-8")
    return root


def codings_for(corpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    auto, human = [], []
    for doc in corpus:
        for t in doc.turns:
            if t.speaker_kind != "respondent":
                continue
            for code, word in (("family_hardship", "生病"), ("publicity_weak", "没人上门说过"),
                               ("publicity_weak", "没听说过"), ("fund_guarantee", "按时到")):
                if word in t.text:
                    auto.append({"seg_id": f"{doc.doc_id}:{t.turn}", "doc_id": doc.doc_id, "start": t.start,
                                 "end": t.end, "code": code, "coder": "auto:rules", "evidence": f"any: {word}"})
                    s = doc.text.index(word, t.start)
                    human.append({"seg_id": f"{doc.doc_id}:{t.turn}", "doc_id": doc.doc_id, "start": s,
                                  "end": s + len(word), "code": code, "coder": "王老师", "evidence": ""})
    return pd.DataFrame(auto), pd.DataFrame(human)


@pytest.fixture()
def study(tmp_path):
    corpus = read_corpus(make_corpus(tmp_path / "corpus"))
    (tmp_path / "cb.yaml").write_text(CODEBOOK_YAML, encoding="utf-8")
    codebook = load_codebook(tmp_path / "cb.yaml")
    auto, human = codings_for(corpus)
    return corpus, codebook, auto, human


def _attrs(doc):
    return {k: v for k, v in doc.attributes.items() if not str(k).startswith("_")}


def test_export_import_roundtrip(study, tmp_path):
    corpus, codebook, auto, human = study
    assert len(auto) == 4 and len(human) == 4
    path = export_qdpx(corpus, codebook, [auto, human], tmp_path / "p.qdpx")
    back, cb, by_coder = import_qdpx(path)
    assert [d.doc_id for d in back] == [d.doc_id for d in corpus]
    for d in corpus:
        b = back[d.doc_id]
        assert b.text == d.text  # CRLF kept, BOM dropped: positions mean the same thing
        assert [(t.turn, t.speaker_kind, t.start, t.end) for t in b.turns] == \
               [(t.turn, t.speaker_kind, t.start, t.end) for t in d.turns]
        assert _attrs(b) == _attrs(d)
    assert back["A01"].attributes["age"] == 67  # Integer variable
    assert cb.ids == codebook.ids and [c.rules for c in cb.codes] == [c.rules for c in codebook.codes]
    assert sorted(by_coder) == ["auto:rules", "王老师"]
    cols = ["seg_id", "doc_id", "start", "end", "code", "coder", "evidence"]
    for original, coder in ((auto, "auto:rules"), (human, "王老师")):
        got = by_coder[coder][cols].sort_values(["doc_id", "start", "code"]).reset_index(drop=True)
        want = original[cols].fillna("").sort_values(["doc_id", "start", "code"]).reset_index(drop=True)
        pd.testing.assert_frame_equal(got, want, check_dtype=False)
        assert "role" in by_coder[coder].columns
    assert not back.problems


def test_project_structure_and_schema(study, tmp_path, shared_data):
    from lxml import etree

    corpus, codebook, auto, human = study
    data = export_qdpx(corpus, codebook, [auto, human], tmp_path / "p.qdpx").read_bytes()
    zf = zipfile.ZipFile(io.BytesIO(data))
    qde = etree.fromstring(zf.read("project.qde"))
    schema = etree.XMLSchema(etree.parse(str(shared_data / "refi_qda" / "Project-mrt2019.xsd")))
    assert schema.validate(qde), schema.error_log
    users = {u.get("name"): u.get("guid") for u in qde.findall("q:Users/q:User", NS)}
    assert set(users) == {"auto:rules", "王老师"}
    variables = {v.get("name"): v.get("typeOfVariable") for v in qde.findall("q:Variables/q:Variable", NS)}
    assert variables["role"] == "Text" and variables["age"] == "Integer" and "district" in variables
    cases = qde.findall("q:Cases/q:Case", NS)
    assert sorted(c.get("name") for c in cases) == ["A01", "B02", "C03"]
    code_guid = {c.get("name"): c.get("guid") for c in qde.iter("{urn:QDA-XML:project:1.0}Code")}
    for src in qde.findall("q:Sources/q:TextSource", NS):
        member = src.get("plainTextPath").replace("internal://", "sources/")
        text = zf.read(member).decode("utf-8")
        assert text == corpus[src.get("name")].text
        for sel in src.findall("q:PlainTextSelection", NS):
            s, e = int(sel.get("startPosition")), int(sel.get("endPosition"))
            assert text[s:e] == sel.get("name")
            for coding in sel.findall("q:Coding", NS):
                assert coding.get("creatingUser") in users.values()
                assert coding.find("q:CodeRef", NS).get("targetGUID") in code_guid.values()
    assert all("/" not in n.split("sources/", 1)[-1] for n in zf.namelist())  # flat sources folder


def test_export_is_deterministic(study, tmp_path):
    corpus, codebook, auto, human = study
    a = export_qdpx(corpus, codebook, [auto, human], tmp_path / "a.qdpx").read_bytes()
    b = export_qdpx(corpus, codebook, [auto, human], tmp_path / "b.qdpx").read_bytes()
    assert a == b


def test_export_reports_every_bad_coding(study, tmp_path):
    corpus, codebook, auto, _ = study
    bad = auto.copy()
    bad.loc[0, "code"] = "nonsense"
    bad.loc[1, "end"] = 10_000
    bad.loc[2, "doc_id"] = "ZZZ"
    bad.attrs["path"] = "auto.csv"
    with pytest.raises(ExchangeError) as exc:
        export_qdpx(corpus, codebook, [bad], tmp_path / "p.qdpx")
    msg = str(exc.value)
    assert "auto.csv:2: code 'nonsense' is not in codebook 'demo'" in msg
    assert "auto.csv:3: offsets" in msg and "outside document" in msg
    assert "auto.csv:4: doc_id 'ZZZ' is not in the corpus" in msg
    assert not (tmp_path / "p.qdpx").exists()


def test_pseudonymise_remaps_positions(study, tmp_path):
    corpus, codebook, auto, human = study

    def pseudo(text):  # 宁城县 -> [地名], shifting everything after it; returns (text, offset table)
        out, table = [], []
        i = 0
        while i < len(text):
            table.append(len("".join(out)))
            if text.startswith("外地", i):
                out.append("[某地]")
                table.append(table[-1] + 1)
                i += 2
                continue
            out.append(text[i])
            i += 1
        table.append(len("".join(out)))
        return "".join(out), table

    path = export_qdpx(corpus, codebook, [human], tmp_path / "p.qdpx", pseudonymise=pseudo)
    back, _, by_coder = import_qdpx(path)
    assert "[某地]" in back["A01"].text and "外地" not in back["A01"].text
    rows = by_coder["王老师"]
    for _, r in rows.iterrows():
        word = back[r.doc_id].text[r.start:r.end]
        assert word in ("生病", "没人上门说过", "没听说过", "按时到")
    assert not back.problems


def test_apply_pseudonymise_forms():
    assert apply_pseudonymise(None, "abc")[0] == "abc"
    text, span = apply_pseudonymise(lambda t: t.upper(), "abc")
    assert (text, span(1, 2)) == ("ABC", (1, 2))
    with pytest.raises(ValueError, match="changed the text length"):
        apply_pseudonymise(lambda t: t + "x", "abc")
    text, span = apply_pseudonymise(lambda t: ("xabc", lambda i: i + 1), "abc")
    assert span(0, 3) == (1, 4)
    with pytest.raises(TypeError, match="expected str or"):
        apply_pseudonymise(lambda t: 42, "abc")


def test_export_with_the_privacy_pseudonymiser(tmp_path):
    from qualcode.privacy import Pseudonymiser

    root = tmp_path / "c"
    root.mkdir()
    (root / "D04.txt").write_text("受访者：我叫张伟，电话13812345678，孩子常年生病。\n", encoding="utf-8")
    corpus = read_corpus(root, keep_going=True)
    (tmp_path / "cb.yaml").write_text(CODEBOOK_YAML, encoding="utf-8")
    codebook = load_codebook(tmp_path / "cb.yaml")
    doc = corpus["D04"]
    s = doc.text.index("常年生病")
    codings = pd.DataFrame([{"seg_id": "D04:1", "doc_id": "D04", "start": s, "end": s + 4,
                             "code": "family_hardship", "coder": "李", "evidence": ""}])
    ps = Pseudonymiser().fit(corpus)
    back, _, by_coder = import_qdpx(export_qdpx(corpus, codebook, [codings], tmp_path / "p.qdpx", pseudonymise=ps))
    new = back["D04"].text
    assert "张伟" not in new and "13812345678" not in new
    row = by_coder["李"].iloc[0]
    assert new[row.start:row.end] == "常年生病" and row.start != s
    assert not back.problems


# ------------------------------------------------------------------------------------------------ hand-made projects
def _qdpx(tmp_path: Path, sources: dict[str, bytes], selections: str, *, name="hand.qdpx") -> Path:
    src_xml = "".join(
        f'<TextSource guid="{guid}" name="{guid[:4]}.txt" plainTextPath="internal://{guid}.txt">'
        + selections.get(guid, "") + "</TextSource>"
        for guid in sources
    ) if isinstance(selections, dict) else selections
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="hand">
<Users><User guid="11111111-1111-1111-1111-111111111111" name="Alice"/></Users>
<CodeBook><Codes><Code guid="22222222-2222-2222-2222-222222222222" name="困难" isCodable="true"/></Codes></CodeBook>
<Sources>{src_xml}</Sources>
</Project>"""
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", qde.encode("utf-8"))
        for guid, data in sources.items():
            zf.writestr(f"Sources/{guid}.txt", data)
    return path


def _sel(start, end, name, line_guid="33333333-3333-3333-3333-33333333333"):
    return (f'<PlainTextSelection guid="{line_guid}{start % 10}" name="{name}" startPosition="{start}" '
            f'endPosition="{end}"><Coding guid="44444444-4444-4444-4444-444444444444" '
            f'creatingUser="11111111-1111-1111-1111-111111111111"><CodeRef '
            f'targetGUID="22222222-2222-2222-2222-222222222222"/></Coding></PlainTextSelection>')


GUID_A = "AAAAAAAA-0000-4000-8000-000000000001"


def test_import_checks_positions_against_selection_text(tmp_path):
    text = "第一段话。\r\n孩子常年生病，没钱看。\r\n第三段。\r\n"
    lf = text.replace("\r\n", "\n")
    s_ok = text.index("常年生病")
    s_lf = lf.index("没钱看")  # a tool that counted CRLF as one character
    sels = (_sel(s_ok, s_ok + 4, "常年生病") + "\n" + _sel(s_lf, s_lf + 3, "没钱看") + "\n"
            + _sel(0, 2, "第三段") + "\n" + _sel(0, 3, "完全不同") + "\n" + _sel(500, 505, "超出"))
    path = _qdpx(tmp_path, {GUID_A: codecs.BOM_UTF8 + text.encode("utf-8")}, {GUID_A: sels})
    corpus, codebook, by_coder = import_qdpx(path)
    doc = corpus.documents[0]
    assert doc.text == text
    rows = by_coder["Alice"]
    got = [doc.text[s:e] for s, e in zip(rows.start, rows.end)]
    assert "常年生病" in got and "没钱看" in got and "第三段" in got
    assert len(rows) == 4  # the one outside the text is dropped
    messages = [str(i) for i in corpus.problems]
    where = f"{path}!project.qde:"
    assert any(m.startswith(where) and "CRLF as one character" in m for m in messages)
    assert any("relocated to" in m for m in messages)
    assert any("'完全不同' does not match the text at 0-3" in m and "kept as given" in m for m in messages)
    assert any("outside the text" in m and "dropped" in m for m in messages)
    assert any("no speaker tags" in m for m in messages)
    # paragraphs became respondent turns; seg_id is the turn holding the start
    assert [t.text for t in doc.turns] == ["第一段话。", "孩子常年生病，没钱看。", "第三段。"]
    assert set(rows.seg_id) <= {f"{doc.doc_id}:{t.turn}" for t in doc.turns}
    with pytest.raises(ExchangeError, match="does not match"):
        import_qdpx(path, strict=True)
    assert validate_qdpx(path) == list(corpus.problems)


def test_import_utf16_source_and_missing_source(tmp_path):
    text = "受访者：孩子常年生病。\n"
    s = text.index("生病")
    guid_b = "BBBBBBBB-0000-4000-8000-000000000002"
    sels = {GUID_A: _sel(s, s + 2, "生病")}
    path = _qdpx(tmp_path, {GUID_A: text.encode("utf-16")}, sels)
    corpus, _, by_coder = import_qdpx(path)
    assert corpus.documents[0].text == text and corpus.documents[0].turns[0].speaker_kind == "respondent"
    assert by_coder["Alice"].iloc[0][["start", "end"]].tolist() == [s, s + 2]
    # a source whose file is not in the archive is skipped with a warning naming it
    qde_sources = (f'<TextSource guid="{GUID_A}" name="a.txt" plainTextPath="internal://{GUID_A}.txt"/>'
                   f'<TextSource guid="{guid_b}" name="gone.txt" plainTextPath="internal://{guid_b}.txt"/>')
    path2 = _qdpx(tmp_path, {GUID_A: text.encode("utf-8")}, qde_sources, name="two.qdpx")
    corpus2, _, _ = import_qdpx(path2)
    assert len(corpus2) == 1
    assert any("'gone.txt' is not in the project" in str(i) for i in corpus2.problems)


def test_import_refuses_non_projects(tmp_path):
    (tmp_path / "x.qdpx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ExchangeError, match="not a readable zip archive"):
        import_qdpx(tmp_path / "x.qdpx")
    with zipfile.ZipFile(tmp_path / "empty.qdpx", "w") as zf:
        zf.writestr("readme.txt", "hi")
    with pytest.raises(ExchangeError, match="archive holds no project.qde"):
        import_qdpx(tmp_path / "empty.qdpx")
    (tmp_path / "cb.qde").write_text('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>')
    with pytest.raises(ExchangeError, match=r"root element is <CodeBook>, expected <Project>"):
        import_qdpx(tmp_path / "cb.qde")


def test_sample_projects_import(shared_data, tmp_path):
    from lxml import etree

    samples = shared_data / "refi_qda" / "samples"
    for name in ("ATLASti_standard_project.qde", "TestProject.qdpx", "blank-atlas-project.qdpx",
                 "target-atlas-project.qdpx"):
        corpus, codebook, by_coder = import_qdpx(samples / name)
        assert corpus.name  # imported without raising
    corpus, codebook, _ = import_qdpx(samples / "ATLASti_standard_project.qde")
    assert len(codebook) == 14 and len(corpus) == 0  # the .qde alone carries no source texts
    assert any("only text sources are imported" in str(i) for i in corpus.problems)

    # give the TestProject its missing source texts, built so that every selection's name sits at its positions
    zf = zipfile.ZipFile(samples / "TestProject.qdpx")
    qde = zf.read("Project.qde")
    root = etree.fromstring(qde)
    users = {u.get("guid"): u.get("name") for u in root.iter("{urn:QDA-XML:project:1.0}User")}
    out = tmp_path / "filled.qdpx"
    expected = 0
    with zipfile.ZipFile(out, "w") as new:
        new.writestr("Project.qde", qde)
        for src in root.find("q:Sources", NS).findall("q:TextSource", NS):
            sels = src.findall("q:PlainTextSelection", NS)
            length = max([int(s.get("endPosition")) for s in sels] + [10]) + 5
            chars = ["·"] * length
            for s in sels:
                a, b = int(s.get("startPosition")), int(s.get("endPosition"))
                name = (s.get("name") or "")[: b - a].ljust(b - a, "_")
                chars[a:b] = list(name)
                expected += len(s.findall("q:Coding", NS))
            guid = src.get("plainTextPath").replace("internal://", "")
            new.writestr(f"Sources/{guid}", "".join(chars).encode("utf-8"))
    corpus, codebook, by_coder = import_qdpx(out)
    assert sum(len(df) for df in by_coder.values()) == expected > 0
    assert set(by_coder) <= set(users.values())
    for df in by_coder.values():
        assert set(df.code) <= set(codebook.ids)


def test_cli_export_then_import_writes_corpus_folder(study, tmp_path, capsys):
    corpus, codebook, auto, human = study
    auto.to_csv(tmp_path / "auto.csv", index=False)
    human.to_csv(tmp_path / "human.csv", index=False)
    proj = tmp_path / "p.qdpx"
    rc = main(["qdpx", "export", str(tmp_path / "corpus"), "--codebook", str(tmp_path / "cb.yaml"),
               "--codings", str(tmp_path / "auto.csv"), str(tmp_path / "human.csv"), "--out", str(proj)])
    assert rc == 0
    assert "3 sources, 4 codes, 8 codings by 2 coder(s): auto:rules, 王老师" in capsys.readouterr().out
    out = tmp_path / "imported"
    assert main(["qdpx", "import", str(proj), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "3 documents, 4 codes, 8 codings" in printed
    for doc in corpus:
        assert (out / "transcripts" / f"{doc.doc_id}.txt").read_bytes() == doc.text.encode("utf-8")
    again = read_corpus(out)
    assert {d.doc_id: d.text for d in again} == {d.doc_id: d.text for d in corpus}
    assert {d.doc_id: _attrs(d)["role"] for d in again} == {d.doc_id: d.role for d in corpus}
    assert load_codebook(out / "codebook.yaml").ids == codebook.ids
    from qualcode._io import read_table

    coded = read_table(out / "codings" / "auto_rules.csv")
    assert list(coded.columns[:7]) == ["seg_id", "doc_id", "turn", "sentence", "start", "end", "code"]
    assert sorted(coded.code) == sorted(auto.code)
    assert (out / "codings" / "王老师.csv").exists()


def test_cli_import_reports_problems(tmp_path, capsys):
    (tmp_path / "bad.qdpx").write_bytes(b"nonsense")
    assert main(["qdpx", "import", str(tmp_path / "bad.qdpx"), "--out", str(tmp_path / "o")]) == 2
    assert "not well-formed XML" in capsys.readouterr().err


def test_load_qdpx_keeps_source_bytes(tmp_path):
    text = "孩子常年生病。\r\n"
    path = _qdpx(tmp_path, {GUID_A: codecs.BOM_UTF8 + text.encode("utf-8")}, {GUID_A: ""})
    result = load_qdpx(path)
    assert result.source_bytes[result.corpus.documents[0].doc_id] == codecs.BOM_UTF8 + text.encode("utf-8")


def test_cli_export_pseudonymised_by_default(tmp_path, capsys):
    root = tmp_path / "c"
    root.mkdir()
    (root / "D04.txt").write_text("受访者：我电话13812345678，孩子常年生病。\n", encoding="utf-8")
    (tmp_path / "cb.yaml").write_text(CODEBOOK_YAML, encoding="utf-8")
    out = tmp_path / "p.qdpx"
    assert main(["qdpx", "export", str(root), "--codebook", str(tmp_path / "cb.yaml"), "--out", str(out)]) == 0
    zf = zipfile.ZipFile(out)
    texts = [zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("sources/")]
    assert len(texts) == 1 and "13812345678" not in texts[0] and "孩子常年生病" in texts[0]
    full = tmp_path / "full.qdpx"
    assert main(["qdpx", "export", str(root), "--codebook", str(tmp_path / "cb.yaml"), "--no-pseudonyms",
                 "--out", str(full)]) == 0
    zf = zipfile.ZipFile(full)
    texts = [zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("sources/")]
    assert "13812345678" in texts[0]


# ------------------------------------------------------------------------------------------------------ property
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from qualcode.model import Code, Codebook, Corpus, Document, Turn  # noqa: E402

_TEXT = st.lists(st.sampled_from(list("孩子生病补助没人说过。，abc 😀𠀀") + ["\r\n", "\n", "\t"]), min_size=1,
                 max_size=40).map("".join)


@st.composite
def coded_texts(draw):
    text = draw(_TEXT)
    n = len(text)
    spans = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, n)).map(sorted)
                          .filter(lambda se: se[0] < se[1]), max_size=5))
    return text, spans


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(coded_texts())
def test_property_positions_survive_export_import(data):
    """Selections are code points into the exact text (CRLF, astral characters): export -> import keeps them."""
    import tempfile

    text, spans = data
    turn = Turn("D1", 1, "受访者", "respondent", 0, len(text), text, 1)
    doc = Document("D1", "D1.txt", "0" * 64, "utf-8", text, (turn,), {"role": "family"})
    corpus = Corpus(root=".", documents=(doc,), name="prop")
    codebook = Codebook(codes=(Code("x", label="困难"),), name="prop")
    codings = pd.DataFrame([{"seg_id": "D1:1", "doc_id": "D1", "start": s, "end": e, "code": "x", "coder": "甲",
                             "evidence": "ev"} for s, e in spans],
                           columns=["seg_id", "doc_id", "start", "end", "code", "coder", "evidence"])
    with tempfile.TemporaryDirectory() as tmp:
        back, _, by_coder = import_qdpx(export_qdpx(corpus, codebook, [codings], Path(tmp) / "p.qdpx"))
    assert back["D1"].text == text
    got = sorted(zip(by_coder["甲"].start, by_coder["甲"].end)) if spans else []
    assert got == sorted(set(map(tuple, spans)))
    assert not [i for i in back.problems if "selection" in i.message]


def test_doc_ids_from_front_matter_or_source_name(tmp_path):
    guid_b = "BBBBBBBB-0000-4000-8000-000000000002"
    fm = "---\nid: F03\nrole: family\n---\n受访者：孩子常年生病。\n"
    sources = (f'<TextSource guid="{GUID_A}" name="访谈 3.docx" plainTextPath="internal://{GUID_A}.txt"/>'
               f'<TextSource guid="{guid_b}" name="interview 4.docx" plainTextPath="internal://{guid_b}.txt"/>')
    path = _qdpx(tmp_path, {GUID_A: fm.encode("utf-8"), guid_b: "受访者：没听说过。\n".encode()}, sources)
    corpus, _, _ = import_qdpx(path)
    assert [d.doc_id for d in corpus] == ["F03", "interview_4"]
    assert corpus["F03"].role == "family"
    assert main(["qdpx", "import", str(path), "--out", str(tmp_path / "out")]) == 0
    again = read_corpus(tmp_path / "out")
    assert sorted(d.doc_id for d in again) == ["F03", "interview_4"]
    assert again["interview_4"].role == "unknown"


def test_import_remaps_utf16_positions(tmp_path):
    text = "受访者：𠀀𠀁两个生僻字以后，孩子常年生病。\n"
    word = "常年生病"
    cp = text.index(word)
    u16 = len(text[:cp].encode("utf-16-le")) // 2  # what a .NET/Java program would write
    assert u16 == cp + 2
    path = _qdpx(tmp_path, {GUID_A: text.encode("utf-8")}, {GUID_A: _sel(u16, u16 + len(word), word)})
    corpus, _, by_coder = import_qdpx(path)
    row = by_coder["Alice"].iloc[0]
    assert corpus.documents[0].text[row.start:row.end] == word
    assert any("UTF-16 code units" in str(i) for i in corpus.problems)


def test_import_shortens_source_names_too_long_for_a_file_name(tmp_path):
    """A source name longer than a file name may be (255 bytes) becomes a shorter id with a hash; sources.csv keeps
    the mapping, and the written folder reads back (regression: OSError and a half-written folder)."""
    guid_b = "BBBBBBBB-0000-4000-8000-000000000002"
    long_name = "乡镇民政干部访谈记录（第一次回访，录音转写稿，含补充材料与整理说明）" * 4 + ".docx"
    also_long = long_name.replace("第一次", "第二次")
    sources = (f'<TextSource guid="{GUID_A}" name="{long_name}" plainTextPath="internal://{GUID_A}.txt"/>'
               f'<TextSource guid="{guid_b}" name="{also_long}" plainTextPath="internal://{guid_b}.txt"/>')
    path = _qdpx(tmp_path, {GUID_A: "受访者：孩子常年生病。\n".encode(), guid_b: "受访者：没听说过。\n".encode()},
                 sources)
    out = tmp_path / "out"
    assert main(["qdpx", "import", str(path), "--out", str(out)]) == 0
    ids = sorted(p.stem for p in (out / "transcripts").iterdir())
    assert len(ids) == 2 and ids[0] != ids[1]
    assert all(len(i.encode("utf-8")) <= 120 for i in ids)
    names = pd.read_csv(out / "sources.csv", encoding="utf-8-sig")
    assert sorted(names["source_name"]) == sorted([long_name, also_long])
    assert sorted(names["doc_id"]) == ids
    assert sorted(d.doc_id for d in read_corpus(out)) == ids  # sources.csv is not read as a transcript
