"""REFI-QDA codebook (.qdc) export/import: schema validity, round trip of qualcode rules, files from the wild."""

from __future__ import annotations

import codecs
import re
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.coding import load_codebook, save_codebook
from qualcode.coding._codebook_check import ID_RE
from qualcode.errors import CodebookError, ExchangeError, MissingDependencyError
from qualcode.exchange import _refi_codebook as refi_codebook
from qualcode.exchange import read_qdc, slugify, validate_qdc, write_qdc
from qualcode.model import Code, Codebook

CODEBOOK_YAML = """\
name: demo
version: "2"
description: 演示用的码本
settings: {unit: sentence, window: 8}
lexicon:
  problem: [不到位, 没人]
codes:
  - id: operation
    label: 运行
  - id: publicity_weak
    parent: operation
    label: 政策宣传不足
    label_en: Weak publicity
    definition: 受访者不知道政策，或偶然才得知。
    inclusion: 偶然得知；看不懂通知
    exclusion: 宣传被描述为到位
    color: "#1f77b4"
    examples: [从来没人上门说过]
    counter_examples: [村里广播天天讲]
    memo: 第二轮编码时补充
    rules:
      - any: [没人上门说过, 没听说过]
      - all: [[宣传, 通知], "@problem"]
        window: 8
    unless: [宣传很到位]
  - id: support
    label: 支持
    rules:
      - any: [帮忙]
  - id: fund_guarantee
    parent: support
    label: 资金保障
    rules:
      - any: [按时到, 一分不少]
  - id: family_hardship
    label: 家庭困难
    rules:
      - any: [生病, 住院]
"""

FIELDS = ("id", "label", "label_en", "parent", "definition", "inclusion", "exclusion", "examples",
          "counter_examples", "memo", "color", "rules")


def _plain(value):
    if isinstance(value, dict) or hasattr(value, "items"):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _norm_color(c):
    return c.upper() if c else c


def code_dict(code: Code) -> dict:
    out = {f: _plain(getattr(code, f)) for f in FIELDS}
    out["color"] = _norm_color(out["color"])
    return out


@pytest.fixture()
def codebook(tmp_path) -> Codebook:
    path = tmp_path / "demo.yaml"
    path.write_text(CODEBOOK_YAML, encoding="utf-8")
    return load_codebook(path)


def _ns(root_xml: bytes) -> dict:
    from lxml import etree

    return {"q": etree.fromstring(root_xml).nsmap[None]}


def test_roundtrip_keeps_ids_labels_parents_rules(codebook, tmp_path):
    out = write_qdc(codebook, tmp_path / "demo.qdc")
    back = read_qdc(out)
    assert [code_dict(c) for c in back.codes] == [code_dict(c) for c in codebook.codes]
    assert (back.name, back.version, back.description) == ("demo", "2", "演示用的码本")
    assert _plain(back.settings) == _plain(codebook.settings)
    # and the imported codebook is a valid YAML codebook again
    save_codebook(back, tmp_path / "again.yaml")
    again = load_codebook(tmp_path / "again.yaml")
    assert [code_dict(c) for c in again.codes] == [code_dict(c) for c in codebook.codes]


def test_export_validates_against_schema(codebook, tmp_path, shared_data):
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(shared_data / "refi_qda" / "Codebook.xsd")))
    out = write_qdc(codebook, tmp_path / "demo.qdc")
    doc = etree.parse(str(out))
    assert schema.validate(doc), schema.error_log


def test_nesting_folders_descriptions(codebook, tmp_path):
    from lxml import etree

    data = write_qdc(codebook, tmp_path / "demo.qdc").read_bytes()
    root = etree.fromstring(data)
    ns = {"q": "urn:QDA-XML:codebook:1.0"}
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    top = root.findall("q:Codes/q:Code", ns)
    assert [c.get("name") for c in top] == ["运行", "支持", "家庭困难"]
    operation, support, _ = top
    # a parent without rules is a folder; a parent with rules stays codable; leaves are codable
    assert operation.get("isCodable") == "false"
    assert support.get("isCodable") == "true"
    child = operation.find("q:Code", ns)
    assert child.get("name") == "政策宣传不足" and child.get("isCodable") == "true"
    assert child.get("color") == "#1F77B4"
    desc = child.find("q:Description", ns).text
    assert desc.startswith("受访者不知道政策，或偶然才得知。\n\nInclusion: 偶然得知；看不懂通知\n\nExclusion: "
                           "宣传被描述为到位")
    assert "--- qualcode metadata" in desc and "```json" in desc


def test_guids_stable_and_distinct(codebook, tmp_path):
    a = write_qdc(codebook, tmp_path / "a.qdc").read_bytes()
    b = write_qdc(codebook, tmp_path / "b.qdc").read_bytes()
    assert a == b  # re-export is byte-identical (diff-friendly)
    guids = re.findall(rb'guid="([^"]+)"', a)
    assert len(guids) == len(codebook) == len(set(guids))
    for g in guids:
        uuid.UUID(g.decode())
    renamed = Codebook(codes=codebook.codes, name="other", version=codebook.version, settings=codebook.settings)
    c = write_qdc(renamed, tmp_path / "c.qdc").read_bytes()
    assert set(re.findall(rb'guid="([^"]+)"', c)).isdisjoint(guids)


FOREIGN = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="{ns}" origin="MAXQDA 2022">
  <Codes>
    <Code guid="{{a1b2c3d4-0000-4000-8000-000000000001}}" name="家庭困难" isCodable="true" color="#F00">
      <Description>家庭自身的困难\r\n\r\nInclusion: 疾病、残疾\r\n\r\nExclusion: 无</Description>
      <Code guid="A1B2C3D4-0000-4000-8000-000000000002" name="疾病" isCodable="true"/>
      <Code guid="A1B2C3D4-0000-4000-8000-000000000003" name="疾病" isCodable="true"/>
    </Code>
    <Code guid="A1B2C3D4-0000-4000-8000-000000000004" name="Publicity: weak!" isCodable="false" color="red"/>
  </Codes>
</CodeBook>
"""


@pytest.mark.parametrize("ns", ["urn:QDA-XML:codebook:1.0", "urn:QDA-XML:codebook:1:0", "urn:QDA-XML:project:1.0"])
@pytest.mark.parametrize("bom", [False, True])
def test_import_variants_from_the_wild(tmp_path, ns, bom):
    path = tmp_path / "foreign.qdc"
    data = FOREIGN.format(ns=ns).encode("utf-8")
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    cb = read_qdc(path)
    assert [c.label for c in cb.codes] == ["家庭困难", "疾病", "疾病", "Publicity: weak!"]
    ids = [c.id for c in cb.codes]
    assert len(set(ids)) == 4 and all(ID_RE.match(i) for i in ids)
    assert ids[3] == "publicity_weak"
    assert cb.codes[1].parent == ids[0] and cb.codes[2].parent == ids[0] and cb.codes[0].parent is None
    assert cb.codes[0].color == "#FF0000"
    assert cb.codes[3].color is None  # "red" is not a REFI colour
    code = cb.codes[0]
    assert (code.definition, code.inclusion, code.exclusion) == ("家庭自身的困难", "疾病、残疾", "无")
    assert "REFI-QDA guid: A1B2C3D4-0000-4000-8000-000000000001" in cb.codes[0].memo
    warnings = [str(i) for i in validate_qdc(path)]
    assert any("colour 'red'" in w and "foreign.qdc:" in w for w in warnings)


def test_imported_guids_are_kept_on_reexport(tmp_path):
    path = tmp_path / "foreign.qdc"
    path.write_text(FOREIGN.format(ns="urn:QDA-XML:codebook:1.0"), encoding="utf-8")
    cb = read_qdc(path)
    out = write_qdc(cb, tmp_path / "out.qdc").read_text(encoding="utf-8")
    for n in (1, 2, 3, 4):
        assert f'guid="A1B2C3D4-0000-4000-8000-00000000000{n}"' in out
    again = read_qdc(tmp_path / "out.qdc")
    assert [code_dict(c) for c in again.codes] == [code_dict(c) for c in cb.codes]


def test_chinese_only_names_get_valid_unique_ids():
    taken: set[str] = set()
    a, b, c = slugify("家庭困难", taken), slugify("家庭困难", taken), slugify("资金保障", taken)
    assert len({a, b, c}) == 3 and all(ID_RE.match(x) for x in (a, b, c))
    assert slugify("家庭困难") == slugify("家庭困难")  # stable
    assert slugify("2022 commit").startswith("c_")
    assert slugify("低保 dibao").startswith("dibao_")


def test_description_edited_in_other_program(codebook, tmp_path):
    out = write_qdc(codebook, tmp_path / "demo.qdc")
    text = out.read_text(encoding="utf-8")
    text = (text.replace("受访者不知道政策，或偶然才得知。", "改过的定义")
            .replace("Exclusion: 宣传被描述为到位", "Exclusion: 新的排除标准"))
    out.write_text(text, encoding="utf-8")
    cb = read_qdc(out)
    code = cb["publicity_weak"]
    assert (code.definition, code.exclusion) == ("改过的定义", "新的排除标准")
    assert code.rules == codebook["publicity_weak"].rules
    assert any("edited outside qualcode" in i.message for i in validate_qdc(out))


def test_broken_codebooks_report_every_problem(tmp_path):
    bad = Codebook(codes=(Code("a", parent="missing"), Code("b", parent="c"), Code("c", parent="b")), name="x")
    with pytest.raises(CodebookError) as exc:
        write_qdc(bad, tmp_path / "x.qdc")
    msg = str(exc.value)
    assert "code 'a': parent 'missing' is not defined" in msg
    assert "parent cycle" in msg
    assert not (tmp_path / "x.qdc").exists()

    (tmp_path / "not.qdc").write_text("<CodeBook><Codes><Code name='x'", encoding="utf-8")
    with pytest.raises(ExchangeError, match="not well-formed XML"):
        read_qdc(tmp_path / "not.qdc")
    (tmp_path / "other.qdc").write_text("<html/>", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"other\.qdc:1: not a REFI-QDA codebook: the document is <html>"):
        read_qdc(tmp_path / "other.qdc")
    with pytest.raises(ExchangeError, match="cannot read file"):
        read_qdc(tmp_path / "absent.qdc")


def test_sample_project_codebooks(shared_data):
    from lxml import etree

    samples = shared_data / "refi_qda" / "samples"
    cb = read_qdc(samples / "ATLASti_standard_project.qde")
    names = [el.get("name") for el in etree.parse(str(samples / "ATLASti_standard_project.qde")).iter(
        "{urn:QDA-XML:project:1.0}Code")]
    assert [c.label for c in cb.codes] == names
    assert len({c.id for c in cb.codes}) == len(names)
    assert cb["coke"].definition == "the breakfast of champions"
    tp = read_qdc(samples / "TestProject.qdpx")
    assert [c.label for c in tp.codes] == names
    target = read_qdc(samples / "target-atlas-project.qdpx")
    assert [c.parent for c in target.codes] == [None, "commits", "commits"]
    with pytest.raises(CodebookError, match="project without a <CodeBook>"):
        read_qdc(samples / "blank-atlas-project.qdpx")


def test_missing_lxml_gives_install_hint(monkeypatch, codebook, tmp_path):
    import importlib

    real = importlib.import_module

    def fake(name, *args, **kwargs):
        if name.startswith("lxml"):
            raise ImportError("no lxml")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(importlib, "import_module", fake)
    with pytest.raises(MissingDependencyError, match="pip install lxml"):
        write_qdc(codebook, tmp_path / "x.qdc")


# ----------------------------------------------------------------------------------------------------- property
_xml_text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
                    | st.sampled_from("\n\t"), max_size=40)
_rule = st.fixed_dictionaries({"any": st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=3)},
                              optional={"window": st.integers(1, 20)})


@st.composite
def codebooks(draw):
    n = draw(st.integers(1, 6))
    ids = [f"c{i}" for i in range(n)]
    codes = []
    for i, cid in enumerate(ids):
        parent = draw(st.sampled_from([None, *ids[:i]]))
        codes.append(Code(
            id=cid, label=draw(_xml_text), label_en=draw(_xml_text), parent=parent, definition=draw(_xml_text),
            inclusion=draw(_xml_text), exclusion=draw(_xml_text),
            examples=tuple(draw(st.lists(_xml_text, max_size=2))),
            rules=tuple(draw(st.lists(_rule, max_size=2))),
            color=draw(st.sampled_from([None, "#A0B1C2", "#0f0"])),
        ))
    return Codebook(codes=tuple(codes), name=draw(st.sampled_from(["cb", "码本"])))


def _depth_first(cb: Codebook) -> list[Code]:
    return list(refi_codebook.iter_codes_depth_first(cb))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(codebooks())
def test_property_roundtrip(cb):
    with tempfile.TemporaryDirectory() as tmp:
        back = read_qdc(write_qdc(cb, Path(tmp) / "x.qdc"))
    expected = [code_dict(c) for c in _depth_first(cb)]
    for e in expected:
        e["color"] = refi_codebook.norm_color(e["color"])
    assert [code_dict(c) for c in back.codes] == expected
