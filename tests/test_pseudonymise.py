"""Detection of personal information, consistent pseudonyms, offset maps and the pseudonymised corpus copy."""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from qualcode.errors import InputError, MissingDependencyError, NotFittedError
from qualcode.privacy import (
    OffsetMap,
    Pseudonymiser,
    detect_pii,
    load_names,
    pseudonymise_table,
    remap,
    transform_corpus,
    validate_names,
)
from qualcode.privacy._structured import id_checksum_ok, luhn_ok

# Constructed identifiers (valid checksums, nobody's). 11010519491231002X is the GB 11643 standard's example.
ID_X = "11010519491231002X"


def make_id(region: str = "150402", birth: str = "20150305", seq: str = "123") -> str:
    body = region + birth + seq
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def make_card(prefix: str = "622848", length: int = 19) -> str:
    body = prefix + "0" * (length - len(prefix) - 1)
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError


def types_of(text: str, **kw) -> list[tuple[str, str]]:
    return [(s.type, s.text) for s in detect_pii(text, **kw)]


# ------------------------------------------------------------------------------------------------ checksums
def test_id_checksum_standard_example():
    assert id_checksum_ok(ID_X)
    assert not id_checksum_ok(ID_X[:-1] + "1")


def test_luhn():
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")


# ------------------------------------------------------------------------------------------------ structured
@pytest.mark.parametrize("form", [
    "{id}",
    "{a} {b} {c} {d} {e}",          # 4-4-4-4-2 with spaces
    "{r}-{birth}-{tail}",           # hyphenated
    "FULLWIDTH",
])
def test_id_numbers_in_every_form(form):
    idn = make_id()
    a, b, c, d, e = idn[:4], idn[4:8], idn[8:12], idn[12:16], idn[16:]
    if form == "FULLWIDTH":
        shown = idn.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    else:
        shown = form.format(id=idn, a=a, b=b, c=c, d=d, e=e, r=idn[:6], birth=idn[6:14], tail=idn[14:])
    text = f"我的身份证号是{shown}，别外传。"
    assert types_of(text) == [("id_number", shown)]


def test_id_with_x_and_the_example_from_the_brief_format():
    spaced = f"{ID_X[:4]} {ID_X[4:8]} {ID_X[8:12]} {ID_X[12:16]} {ID_X[16:]}"
    assert spaced.endswith("2X")
    assert types_of(f"证件号{spaced}。") == [("id_number", spaced)]
    assert types_of(f"号码{ID_X.lower()}") == [("id_number", ID_X.lower())]


def test_wrong_checksum_is_not_an_id_without_context_but_is_after_shenfenzheng():
    bad = make_id()[:-1] + ("0" if make_id()[-1] != "0" else "1")
    assert not any(t == "id_number" for t, _ in types_of(f"订单{bad}已发货"))
    assert ("id_number", bad) in types_of(f"身份证号{bad}")


def test_old_15_digit_id():
    old = "150402820315123"
    assert types_of(f"老身份证{old}也能用") == [("id_number", old)]


def test_bank_card_luhn_and_next_to_an_id():
    card, idn = make_card(), make_id()
    assert types_of(f"{card} {idn}") == [("bank_card", card), ("id_number", idn)]
    spaced = " ".join(card[i:i + 4] for i in range(0, 19, 4))
    assert types_of(f"卡号{spaced}。") == [("bank_card", spaced)]


def test_amounts_and_years_are_not_numbers_of_people():
    text = "一年花了12000元，2023年3月5日开会，补助一人一月1200元，编号20230305。"
    assert types_of(text) == []


@pytest.mark.parametrize("phone", ["13912345678", "+86 13912345678", "+8613912345678", "139 1234 5678",
                                   "139-1234-5678", "(+86)13912345678", "１３９１２３４５６７８"])
def test_mobile_forms(phone):
    assert types_of(f"他电话{phone}，打不通") == [("mobile", phone)]


def test_twelve_digits_are_not_a_mobile():
    assert types_of("流水号139123456789") == []


@pytest.mark.parametrize("phone", ["0476-8234567", "(0476)8234567", "（0476）8234567", "0476 8234567",
                                   "010-62345678"])
def test_landlines_with_area_code(phone):
    assert types_of(f"办公室{phone}。") == [("landline", phone)]


def test_local_landline_only_after_phone_word():
    assert types_of("座机8234567") == [("landline", "8234567")]
    assert types_of("一共8234567元") == []


def test_email():
    assert types_of("邮箱是li.ming_88@163.com，常看。") == [("email", "li.ming_88@163.com")]


@pytest.mark.parametrize("address", ["昭乌达路56号院3号楼2单元401室", "锦绣小区5栋302室", "大营子村三组12号",
                                     "巴彦塔拉嘎查二组", "新华路38号"])
def test_exact_addresses(address):
    spans = detect_pii(f"我家住{address}，离学校远。")
    assert [(s.type, s.text) for s in spans] == [("address", address)]


def test_address_words_without_a_number_are_not_addresses():
    assert types_of("全村就我一个，路上走了三个小时，三月五号去的。") == []


@pytest.mark.parametrize("text,date", [
    ("孩子2015年3月5日出生的", "2015年3月5日"),
    ("出生日期2015.03.05，男", "2015.03.05"),
    ("生日是三月五号", "三月五号"),
    ("他出生于2010-07-15", "2010-07-15"),
    ("出生年月：2015年4月", "2015年4月"),
    ("二〇一三年五月二十日出生", "二〇一三年五月二十日"),
])
def test_birth_dates(text, date):
    assert ("birth_date", date) in types_of(text)


def test_other_dates_are_not_birth_dates():
    assert types_of("2023年3月5日开会定的标准。") == []


# ------------------------------------------------------------------------------------------------ names
@pytest.mark.parametrize("text,name", [
    ("我叫张伟，今年三十五。", "张伟"),
    ("村会计李建国跟我说的。", "李建国"),
    ("刘主任说这个事归民政局管。", "刘主任"),
    ("王书记来过两回。", "王书记"),
    ("我们找了李老师。", "李老师"),
    ("赵大夫也来了。", "赵大夫"),
    ("张姐也在。", "张姐"),
    ("老张腿脚不好。", "老张"),
    ("后来是小刘跑去给补上的。", "小刘"),
    ("张某也知道。", "张某"),
    ("母亲刘某某出走。", "刘某某"),
    ("我们站长是欧阳明。", "欧阳明"),
    ("户主郑国华，身份证丢了。", "郑国华"),
    ("大的叫浩浩，十岁。", "浩浩"),
])
def test_person_forms(text, name):
    assert ("person", name) in types_of(text)


@pytest.mark.parametrize("text", [
    "我很高兴，周末去看看。", "王国和黄金都离我们很远。", "这方面常常做不好，向来都是这样。",
    "全村主任都开会了。", "那个时候我去了马上就回来。", "孙子孙女都上学了。", "老师们都很忙，小时候的事记不清。",
    "孩子的班主任很好。", "儿童主任挨家挨户走。", "用电高峰期停电。", "对于某种情况要具体看。",
    "于是我们建了个群。", "谢谢您，银行卡号我回头发给您。", "怎么跟孩子谈话，这些没人教过。",
])
def test_common_words_starting_with_a_surname_are_not_names(text):
    assert [s for s in detect_pii(text) if s.type == "person"] == []


def test_names_table_wins_and_covers_names_without_surname():
    names = pd.DataFrame({"name": ["巴特尔", "大营子村"], "type": ["person", "place"], "pseudonym": ["", "某村"]})
    spans = detect_pii("巴特尔住在大营子村，是嘎查的。", names=load_names(names))
    assert [(s.type, s.text) for s in spans] == [("person", "巴特尔"), ("place", "大营子村")]


def test_names_table_problems_are_all_reported(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("name,type,pseudonym\n张伟,person,\n,person,\n张伟,person,\n王,person,\n李四,mobile,\n",
                    encoding="utf-8")
    issues = validate_names(path)
    text = "\n".join(map(str, issues))
    assert f"{path}:3: empty name" in text
    assert f"{path}:4: name '张伟' is listed twice (first on line 2)" in text
    assert f"{path}:5: name '王' is one character long" in text
    assert f"{path}:6: type 'mobile' of '李四' is a number type" in text
    with pytest.raises(InputError, match="listed twice"):
        load_names(path)


def test_spans_point_into_the_original_text():
    text = "受访者：我叫吴桂兰，电话１３９１２３４５６７８，住新华路38号。"
    for span in detect_pii(text):
        assert text[span.start:span.end] == span.text


def test_missing_jieba_gives_install_hint(monkeypatch):
    from qualcode.privacy import _name_tokens

    _name_tokens.reset_tagger()
    monkeypatch.setitem(sys.modules, "jieba", None)
    try:
        with pytest.raises(MissingDependencyError, match="pip install jieba"):
            detect_pii("我叫张伟")
    finally:
        monkeypatch.undo()
        _name_tokens.reset_tagger()


# ------------------------------------------------------------------------------------------------ pseudonymiser
def test_same_person_same_pseudonym_across_documents_and_titles_kept():
    docs = {"A": "我叫张伟。刘主任来过。", "B": "刘主任又来了，张伟不在，刘会计也在。"}
    ps = Pseudonymiser().fit(docs)
    a, _ = ps.transform_text(docs["A"])
    b, _ = ps.transform_text(docs["B"])
    assert a == "我叫人员A。人员B主任来过。"
    assert b == "人员B主任又来了，人员A不在，人员C会计也在。"


def test_placeholders_and_letters_after_z():
    ps = Pseudonymiser().fit(["电话13912345678，邮箱a@b.cn"])
    new, _ = ps.transform_text("电话13912345678，邮箱a@b.cn")
    assert new == "电话[手机号]，邮箱[邮箱]"
    from qualcode.privacy._pseudonymise import _letters

    assert [_letters(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_unfitted_use_says_what_to_call():
    with pytest.raises(NotFittedError, match=r"call fit\(corpus\) first"):
        Pseudonymiser().transform_text("我叫张伟")


def test_unknown_type_is_named():
    with pytest.raises(ValueError, match=r"types == \['phone'\]"):
        Pseudonymiser(types=["phone"]).fit(["x"])


def test_types_restrict_what_is_replaced():
    ps = Pseudonymiser(types=["mobile"]).fit(["我叫张伟，电话13912345678"])
    assert ps.transform_text("我叫张伟，电话13912345678")[0] == "我叫张伟，电话[手机号]"


def test_names_table_pseudonym_is_used():
    ps = Pseudonymiser(names={"东升小学": "school"}).fit(["孩子在东升小学上学"])
    assert ps.transform_text("孩子在东升小学上学")[0] == "孩子在学校A上学"


# ------------------------------------------------------------------------------------------------ offsets
def test_offset_map_snaps_boundaries_inside_a_replacement():
    omap = OffsetMap(((2, 4, 2, 5),), 10, 11)  # "张伟" (2 chars) -> "人员A" (3 chars)
    assert omap.map_span(0, 2) == (0, 2)
    assert omap.map_span(0, 3) == (0, 5)
    assert omap.map_span(3, 6) == (2, 7)
    assert omap.map_span(4, 10) == (5, 11)


def test_remap_codings_table():
    text = "受访者：我叫张伟，家里困难。"
    ps = Pseudonymiser().fit([text])
    new, omap = ps.transform_text(text)
    s = text.index("家里")
    codings = pd.DataFrame({"doc_id": ["D"], "seg_id": ["D:1"], "start": [s], "end": [s + 4], "code": ["x"],
                            "text": [text[s:s + 4]]})
    out = remap(codings, {"D": omap}, new_texts={"D": new})
    assert new[out.loc[0, "start"]:out.loc[0, "end"]] == "家里困难" == out.loc[0, "text"]
    assert list(out.columns) == list(codings.columns)
    with pytest.raises(InputError, match="no 'start' column"):
        remap(codings.drop(columns="start"), omap)


PI_ITEMS = ["我叫张伟", "电话13912345678", "身份证" + make_id(), "邮箱li@163.com", "刘主任", "卡号" + make_card(),
            "住新华路38号", "2015年3月5日出生"]
FILLER = st.text(alphabet="的了是我你他们在家孩子说补助钱村里，。、：\n 12ab王高兴周末", max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.tuples(FILLER, st.sampled_from(PI_ITEMS)), min_size=1, max_size=5), tail=FILLER,
       seed=st.integers(0, 10_000))
def test_segments_outside_pi_keep_their_text(parts, tail, seed):
    text = "".join(f"{f}，{pi}，" for f, pi in parts) + tail
    ps = Pseudonymiser().fit([text])
    new, omap = ps.transform_text(text)
    assert len(new) == omap.new_length and len(text) == omap.old_length
    # every inserted structured identifier was replaced
    for _f, pi in parts:
        prefix = next((p for p in ("电话", "身份证", "邮箱", "卡号") if pi.startswith(p)), None)
        if prefix:
            at = text.index(pi) + len(prefix)
            assert omap.overlaps(at, at + 1), pi
    rng = random.Random(seed)
    for _ in range(30):
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        ns, ne = omap.map_span(a, b)
        if not omap.overlaps(a, b):
            assert new[ns:ne] == text[a:b]
        else:
            assert ns <= ne


def test_pseudonymise_table_rebuilds_tokens():
    df = pd.DataFrame({"seg_id": ["F:1"], "text": ["刘主任说张伟不在"],
                       "tokens": [["刘", "主任", "说", "张伟", "不在"]]})
    out = pseudonymise_table(df)
    assert out.loc[0, "text"] == "人员A主任说人员B不在"
    assert out.loc[0, "tokens"] == ["人员A主任", "说", "人员B", "不在"]
    assert df.loc[0, "text"] == "刘主任说张伟不在"  # input untouched
    with pytest.raises(InputError, match="no column 'quote'"):
        pseudonymise_table(df, columns=("quote",))


# ------------------------------------------------------------------------------------------------ corpus copy
TRANSCRIPT = """---
id: F01
role: family
speakers: {王奶奶: respondent}
---
访谈者：奶奶，您怎么称呼？\r
王奶奶：我叫吴桂兰，孙子叫赵浩然，2014年9月12日出生的。\r
访谈者：电话呢？\r
王奶奶：13912345678，村会计李建国帮着办的。\r
"""


def _corpus(tmp_path: Path) -> Path:
    src = tmp_path / "study"
    src.mkdir()
    (src / "F01.txt").write_bytes(TRANSCRIPT.encode("utf-8"))
    (src / "F02.txt").write_text("---\nid: F02\nrole: staff\n---\n访谈者：您好。\n"
                                 "受访者：李建国是我们村会计，吴桂兰家我常去。\n",
                                 encoding="utf-8")
    (src / "respondents.csv").write_text("id,role,name\nF01,family,吴桂兰\nF02,staff,周敏\n", encoding="utf-8")
    (src / "README.md").write_text("notes", encoding="utf-8")
    return src


def _hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_transform_corpus_writes_a_new_copy_and_the_map_apart(tmp_path, capsys):
    from qualcode.ingest import read_corpus

    src = _corpus(tmp_path)
    before = _hashes(src)
    corpus = read_corpus(src)
    result = transform_corpus(corpus, tmp_path / "out")
    assert _hashes(src) == before  # source untouched
    assert result.map_path == tmp_path / "out_pseudonym_map.csv" and result.map_path.is_file()
    assert "store it securely" in capsys.readouterr().err
    new = (tmp_path / "out" / "F01.txt").read_bytes().decode("utf-8")
    assert new.startswith("---\nid: F01\nrole: family\nspeakers: {人员A奶奶: respondent}\n---\n")
    assert "人员A奶奶：我叫人员B，孙子叫人员C，[出生日期]出生的。\r\n" in new
    assert "[手机号]，村会计人员D帮着办的" in new
    for name in ("吴桂兰", "赵浩然", "李建国", "王奶奶", "13912345678"):
        assert name not in new
    f02 = (tmp_path / "out" / "F02.txt").read_text(encoding="utf-8")
    assert "人员D是我们村会计，人员B家我常去" in f02  # consistent across documents
    resp = pd.read_csv(tmp_path / "out" / "respondents.csv", encoding="utf-8-sig")
    assert resp["name"].tolist() == ["人员B", "人员E"] and resp["id"].tolist() == ["F01", "F02"]
    assert result.skipped == ("README.md",)
    # the copy reads back with the same turns and speaker kinds
    copy = read_corpus(tmp_path / "out")
    for doc in corpus.documents:
        old_turns = doc.turns
        new_turns = copy[doc.doc_id].turns
        assert [(t.speaker_kind, t.turn) for t in old_turns] == [(t.speaker_kind, t.turn) for t in new_turns]
        moved = remap(corpus.turns()[corpus.turns()["doc_id"] == doc.doc_id], result.offset_maps,
                      result.new_texts)
        assert moved["start"].tolist() == [t.start for t in new_turns]
        assert moved["end"].tolist() == [t.end for t in new_turns]
    mapping = pd.read_csv(result.map_path, encoding="utf-8-sig")
    assert {"original", "pseudonym", "type", "doc_id", "start", "end"} <= set(mapping.columns)
    row = mapping[(mapping["original"] == "赵浩然")].iloc[0]
    assert corpus["F01"].text[int(row["start"]):int(row["end"])] == "赵浩然"
    # the context column shows each replacement among its source neighbours, whitespace folded, so that an edge
    # cut short can be seen (the name's rest would stand beside the brackets)
    text = corpus["F01"].text
    s, e = int(row["start"]), int(row["end"])
    assert row["context"] == " ".join(f"{text[max(0, s - 8):s]}【赵浩然】{text[e:e + 8]}".split())
    assert mapping["context"].str.contains("【").all() and not mapping["context"].str.contains("\n").any()
    assert (mapping["context"].str.count("【") == 1).all()


def test_edge_doubt_marks_close_calls_and_not_sure_edges():
    from qualcode.privacy._edges import edge_doubt

    def doubt(text: str) -> dict[str, str]:
        return {x.text: edge_doubt(text, x.start, x.end, x.suffix) for x in detect_pii(text)}

    # a given name whose last syllable may be the next word's first (韩福来 helped, or 韩福 came to help: the
    # detector takes 来) and a Tibetan name whose second element (当周) the lexicon lacks: the end is a close call
    assert doubt("隔壁的韩福来帮我们收了麦子。") == {"韩福来": "end"}
    assert doubt("邻居扎西当周帮外婆放牛。") == {"扎西": "end"}
    # a name before punctuation or a particle, a whole Han name of three characters, a kept title: sure edges
    assert doubt("村里的刘建国说，钱到了。") == {"刘建国": ""}
    assert doubt("镇上的王主任帮我们办的。") == {"王主任": ""}
    assert doubt("我哥哥巴特尔都知道。") == {"巴特尔": ""}
    # forms of address have sure edges: 老/小 + a surname at both ends, a surname + its title at the start
    assert doubt("今天就到这儿，谢谢刘科长。") == {"刘科长": ""}
    assert doubt("我们后街老孙家，儿子儿媳离了。") == {"老孙": ""}
    # a name written spaced out is read across one space (扎西| 当周: the space does not end the look)
    assert doubt("表上写的是扎西 当周帮外婆放牛。") == {"扎西": "end"}


def test_the_map_marks_doubtful_edges_and_the_cli_counts_them(tmp_path, capsys):
    from qualcode.cli import main

    src = tmp_path / "study"
    src.mkdir()
    (src / "F01.txt").write_text("---\nid: F01\nrole: family\n---\n访谈者：谁帮的您？\n"
                                 "受访者：隔壁的韩福来帮我们收了麦子，村会计李建国帮着办的低保。\n", encoding="utf-8")
    rc = main(["pseudonymise", str(src), "--out", str(tmp_path / "new"), "--map", str(tmp_path / "map.csv")])
    err = capsys.readouterr().err
    assert rc == 0
    mapping = pd.read_csv(tmp_path / "map.csv", encoding="utf-8-sig", keep_default_na=False)
    assert dict(zip(mapping["original"], mapping["check_edge"])) == {"韩福来": "end", "李建国": ""}
    assert "1 of 2 name replacement(s) have an edge that was a close call" in err


def test_transform_corpus_refuses_unsafe_destinations(tmp_path):
    src = _corpus(tmp_path)
    with pytest.raises(InputError, match="the output folder is the source corpus folder"):
        transform_corpus(src, src)
    with pytest.raises(InputError, match="inside the source corpus folder"):
        transform_corpus(src, src / "copy")
    with pytest.raises(InputError, match="pseudonym map would be inside the pseudonymised corpus"):
        transform_corpus(src, tmp_path / "o1", tmp_path / "o1" / "map.csv")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="exists and is not empty"):
        transform_corpus(src, tmp_path / "full")


def test_cli_pseudonymise(tmp_path, capsys):
    from qualcode.cli import main

    src = _corpus(tmp_path)
    names = tmp_path / "names.csv"
    names.write_text("name,type,pseudonym\n吴桂兰,person,甲奶奶\n", encoding="utf-8")
    mapfile = tmp_path / "secret" / "map.csv"
    rc = main(["pseudonymise", str(src), "--out", str(tmp_path / "new"), "--names", str(names),
               "--map", str(mapfile)])
    out = capsys.readouterr()
    assert rc == 0
    assert "pseudonym map:" in out.out and str(mapfile) in out.out
    assert "store it securely" in out.err
    assert "read the copy before sharing it" in out.err and "--names)" not in out.err  # (a table was given)
    assert "context column" in out.err  # (where to check the edges)
    assert "我叫甲奶奶" in (tmp_path / "new" / "F01.txt").read_text(encoding="utf-8")
    rc = main(["pseudonymise", str(src), "--out", str(src / "inner")])
    assert rc == 2
    assert "inside the source corpus folder" in capsys.readouterr().err
    assert not (src / "inner").exists()


def test_cli_pseudonymise_lists_the_names_table_and_corpus_problems_at_once(tmp_path, capsys):
    from qualcode.cli import main

    src = _corpus(tmp_path)
    (src / "B02.txt").write_bytes(b"\x00\x01binary")
    names = tmp_path / "names.csv"
    names.write_text("name,type\n吴桂兰,person\n,person\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in src.iterdir()}
    rc = main(["pseudonymise", str(src), "--out", str(tmp_path / "new"), "--names", str(names)])
    err = capsys.readouterr().err
    assert rc == 2
    assert f"{names}:3: empty name" in err  # the names table ...
    assert f"{src / 'B02.txt'}:1: looks like a binary file" in err  # ... and the corpus, in one report
    assert not (tmp_path / "new").exists()
    assert {p.name: p.read_bytes() for p in src.iterdir()} == before


def test_cli_qdpx_export_lists_the_names_table_and_corpus_problems_at_once(tmp_path, capsys):
    from qualcode.cli import main

    src = _corpus(tmp_path)
    (src / "B02.txt").write_bytes(b"\x00\x01binary")
    names = tmp_path / "names.csv"
    names.write_text("name,type\n吴桂兰,person\n,person\n", encoding="utf-8")
    codebook = Path(__file__).resolve().parents[1] / "codebooks" / "children_in_distress.yaml"
    rc = main(["qdpx", "export", str(src), "--codebook", str(codebook), "--names", str(names),
               "--out", str(tmp_path / "p.qdpx")])
    err = capsys.readouterr().err
    assert rc == 2
    assert f"{names}:3: empty name" in err  # the names table ...
    assert f"{src / 'B02.txt'}:1: looks like a binary file" in err  # ... and the corpus, in one report
    assert not (tmp_path / "p.qdpx").exists()


def test_detection_uses_its_own_jieba_tokenizer_not_the_global_one():
    import jieba

    text = "我叫张伟，今年三十五。"
    before = detect_pii(text)
    jieba.add_word("叫张伟今年", freq=10**9)  # another component's user word in jieba's global dictionary
    try:
        assert detect_pii(text) == before
    finally:
        jieba.del_word("叫张伟今年")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=200),
                      st.lists(st.sampled_from(["张", "刘", "某", "某某", "主任", "老", "小", "叫", "姓", "，", "。",
                                                "1", "3",
                                                "9", "0", "X", " ", "-", "@", "a", ".", "路", "号", "村", "组", "年",
                                                "月", "日", "出生", "生日", "０", "＋", "86", "\n", "\r\n", "户主",
                                                "欧阳", "姐", "是", "的"]), max_size=60).map("".join)))
@example(text="小刘")  # (小 + a surname at the very end: the nickname rule once read past the text)
def test_detect_pii_on_arbitrary_text(text):
    spans = detect_pii(text)
    last_end = 0
    for span in spans:
        assert last_end <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
        last_end = span.end
    ps = Pseudonymiser().fit([text])
    new, omap = ps.transform_text(text)
    assert omap.old_length == len(text) and omap.new_length == len(new)
    assert omap.map_span(0, len(text)) == (0, len(new))


def test_table_and_docx_transcripts_are_copied_pseudonymised(tmp_path):
    import docx

    from qualcode.ingest import read_corpus

    src = tmp_path / "study"
    src.mkdir()
    pd.DataFrame({
        "doc_id": ["S1", "S1", "S2"],
        "role": ["staff", "staff", "staff"],
        "speaker": ["访谈者", "刘主任", "受访者"],
        "text": ["您好，您怎么称呼？", "我叫李建国，电话13912345678。", "李建国是我们村会计。"],
    }).to_csv(src / "survey.csv", index=False)
    document = docx.Document()
    for line in ("---", "id: D1", "role: family", "---", "受访者：我叫吴桂兰，住新华路38号。"):
        document.add_paragraph(line)
    document.save(src / "D1.docx")
    corpus = read_corpus(src)
    result = transform_corpus(corpus, tmp_path / "out", quiet=True)
    assert sorted(result.files) == ["D1.txt", "survey.csv"]
    assert (tmp_path / "out" / "D1.txt").read_text(encoding="utf-8").endswith("受访者：我叫人员A，住[地址]。")
    table = pd.read_csv(tmp_path / "out" / "survey.csv", encoding="utf-8-sig")
    assert table["text"].tolist() == ["您好，您怎么称呼？", "我叫人员B，电话[手机号]。", "人员B是我们村会计。"]
    assert table["speaker"].tolist() == ["访谈者", "人员C主任", "受访者"]
    copy = read_corpus(tmp_path / "out")
    for doc_id in ("S1", "S2"):
        assert copy[doc_id].text == result.new_texts[doc_id]


def test_traditional_text_is_searched_in_its_simplified_copy():
    text = "劉主任說陳曉燕的電話13912345678。"
    simplified = "刘主任说陈晓燕的电话13912345678。"
    spans = detect_pii(text, match_text=simplified)
    assert [(s.type, s.text) for s in spans] == [("person", "劉主任"), ("person", "陳曉燕"), ("mobile", "13912345678")]
    ps = Pseudonymiser().fit([simplified])
    assert ps.transform_text(text, match_text=simplified)[0] == "人员A主任說人员B的電話[手机号]。"
    with pytest.raises(ValueError, match="same length"):
        detect_pii(text, match_text=simplified[:-1])


def test_automatic_pseudonyms_never_reuse_a_names_table_pseudonym():
    names = pd.DataFrame({"name": ["巴特尔"], "type": ["person"], "pseudonym": ["人员A"]})
    ps = Pseudonymiser(names=names).fit(["我叫张伟，巴特尔是我邻居。"])
    assert ps.transform_text("我叫张伟，巴特尔是我邻居。")[0] == "我叫人员B，人员A是我邻居。"


def test_reuse_map_keeps_pseudonyms_when_transcripts_are_added(tmp_path, capsys):
    from qualcode.cli import main

    src = _corpus(tmp_path)
    assert main(["pseudonymise", str(src), "--out", str(tmp_path / "v1")]) == 0
    assert "names table (--names)" in capsys.readouterr().err  # (no table given: the hint says to give one)
    assert main(["pseudonymise", str(src), "--out", str(tmp_path / "v0"), "--types", "mobile"]) == 0
    assert "names are found automatically" not in capsys.readouterr().err  # (no names replaced: no warning)
    (src / "F03.txt").write_text("---\nid: F03\nrole: family\n---\n受访者：我叫陈晓燕，李建国和吴桂兰都认识我。\n",
                                 encoding="utf-8")
    (src / "A00.txt").write_text("---\nid: A00\nrole: staff\n---\n受访者：我叫周志强。\n", encoding="utf-8")
    old_map = tmp_path / "v1_pseudonym_map.csv"
    assert main(["pseudonymise", str(src), "--out", str(tmp_path / "v2"), "--reuse-map", str(old_map)]) == 0
    f01_v1 = (tmp_path / "v1" / "F01.txt").read_text(encoding="utf-8")
    assert (tmp_path / "v2" / "F01.txt").read_text(encoding="utf-8") == f01_v1
    f03 = (tmp_path / "v2" / "F03.txt").read_text(encoding="utf-8")
    assert "人员D和人员B都认识我" in f03 and "陈晓燕" not in f03
    assert "人员" in (tmp_path / "v2" / "A00.txt").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["pseudonymise", str(src), "--out", str(tmp_path / "v3"), "--reuse-map", str(src / "F01.txt")]) == 2
    assert "not a pseudonym map" in capsys.readouterr().err


def test_a_pseudonymiser_cuts_with_the_segmenter_it_is_given(monkeypatch):
    # the coding segmenter (with the codebook's words) decides which words a replacement never cuts in part
    from qualcode.privacy import Pseudonymiser, _boundaries
    from qualcode.segment import Segmenter

    used = []
    real = _boundaries.tiling_tokens

    def spy(text, segmenter=None):
        used.append(segmenter)
        return real(text, segmenter)

    monkeypatch.setattr(_boundaries, "tiling_tokens", spy)
    seg = Segmenter(speakers="all", cache_dir=False, user_words=("宣传不到位",))
    text = "村支书巴特尔说宣传不到位。"
    ps = Pseudonymiser(segmenter=seg).fit([text])
    assert used and all(s is seg for s in used)
    assert ps.transform_text(text)[0] == "村支书人员A说宣传不到位。"
    used.clear()
    Pseudonymiser().fit([text])
    assert used == [None]  # (the default: the pipeline's segmenter)


@pytest.mark.parametrize("text, expected", [
    ("厂里人都喊我白大嫂，说我念书少。", "厂里人都喊我人员A大嫂，说我念书少。"),  # (not 人员A嫂: 白大 taken for a name)
    ("隔壁的李大婶说孩子上学的事。", "隔壁的人员A大婶说孩子上学的事。"),
    ("找白大伯问问低保的事。", "找人员A大伯问问低保的事。"),
    ("我大嫂说的。", "我大嫂说的。"),  # (a kin word with no surname is no name)
    # a given name with a kin title after 叫我/喊他 is a title form too (blind sets 131, 134: 叫我|金土|伯)
    ("周巷人，村里都叫我金土伯。", "周巷人，村里都叫我人员A伯。"),
])
def test_a_surname_before_a_big_kin_word_is_replaced_and_the_kin_word_kept(text, expected):
    """大嫂, 大叔, 大婶, 大伯 are title forms like 大姐 and 大哥: the surname before them is replaced whole, the kin
    word kept (blind set 126 had 都喊我|白大|嫂: the surname and 大 replaced, 嫂 left)."""
    out, _ = Pseudonymiser().fit_transform_text(text)
    assert out == expected


@pytest.mark.parametrize("text, expected", [
    ("隔壁的萨日吉雅大姐挤了牛奶。", "隔壁的人员A大姐挤了牛奶。"),  # a title form grown by another step ('title+words')
    ("学校的扎西端智老师教藏文。", "学校的人员A老师教藏文。"),  # ('title+element')
])
def test_a_grown_title_form_keeps_its_title_and_is_not_learned_with_it(text, expected):
    """The corpus pass learns found names to replace them everywhere; a title form is not learned (its title would
    be taken for part of the name, replaced, and the word after it swallowed: 人员A了牛奶)."""
    out, _ = Pseudonymiser().fit_transform_text(text)
    assert out == expected


def test_a_person_span_an_address_grows_over_is_dropped_not_left_empty():
    # the address grew over a word the tagger calls a name (丽阳兰庭, 羊毛衫) and the person span was left empty
    # (start == end, or start > end): the pseudonymiser then inserted a pseudonym nobody said (…兰庭人员A3幢…)
    text = "二人共有位于万岗路99号丽阳兰庭3幢2403室房屋一套。"
    assert all(sp.start < sp.end for sp in detect_pii(text))
    out, _ = Pseudonymiser().fit_transform_text(text)
    assert "人员" not in out
