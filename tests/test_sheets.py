"""Coding sheets: export for human coders (.xlsx/.csv), import of their decisions with row-numbered validation."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.cli import main
from qualcode.errors import ExchangeError
from qualcode.model import Code, Codebook
from qualcode.validation import SHEET_COLUMNS, export_sheet, import_sheet, validate_sheet
from qualcode.validation._sheets import sheet_frame

CODEBOOK = Codebook(codes=(
    Code("operation", label="运行"),
    Code("publicity_weak", label="政策宣传不足", parent="operation"),
    Code("family_hardship", label="家庭困难"),
    Code("fund_guarantee", label="资金保障"),
), name="demo")

TURNS = [
    ("A01", 1, "访谈者", "interviewer", "您好，家里几口人？"),
    ("A01", 2, "受访者", "respondent", "四口人。孩子常年生病，住院花了很多钱。"),
    ("A01", 3, "访谈者", "interviewer", "知道补助吗？"),
    ("A01", 4, "受访者", "respondent", "从来没人上门说过，我是偶然听说的。"),
    ("A01", 5, "访谈者", "interviewer", "钱按时到吗？"),
    ("A01", 6, "受访者", "respondent", "钱按时到，一分不少。"),
    ("B02", 1, "受访者", "respondent", "没听说过这个政策。"),
    ("B02", 2, "访谈者", "interviewer", "=SUM(A1:A2) 这样的公式不会被执行吧？"),
    ("B02", 3, "受访者", "respondent", "孩子他爸在外地打工。"),
]


def make_segments() -> pd.DataFrame:
    rows, pos = [], {}
    for doc, turn, speaker, kind, text in TURNS:
        start = pos.get(doc, 0) + len(speaker) + 1
        rows.append({"seg_id": f"{doc}:{turn}", "doc_id": doc, "respondent_id": doc, "turn": turn, "sentence": 0,
                     "speaker": speaker, "speaker_kind": kind, "start": start, "end": start + len(text),
                     "text": text, "tokens": list(text), "role": "family" if doc == "A01" else "staff"})
        pos[doc] = start + len(text) + 1
    return pd.DataFrame(rows)


def make_codings() -> pd.DataFrame:
    return pd.DataFrame([
        {"seg_id": "A01:2:1", "doc_id": "A01", "turn": 2, "code": "family_hardship", "coder": "auto:rules",
         "evidence": "any: 生病"},
        {"seg_id": "A01:4", "code": "publicity_weak", "coder": "auto:rules", "evidence": "any: 没人上门说过"},
        {"seg_id": "A01:6", "code": "fund_guarantee", "coder": "auto:rules", "evidence": "any: 按时到"},
        {"seg_id": "A01:6", "code": "family_hardship", "coder": "auto:model", "evidence": "p=0.61"},
        {"seg_id": "B02:1", "code": "publicity_weak", "coder": "auto:rules", "evidence": "any: 没听说过"},
    ])


@pytest.fixture()
def segments():
    return make_segments()


def test_sheet_rows_context_and_proposals(segments):
    frame = sheet_frame(segments, make_codings(), CODEBOOK, context=1)
    assert list(frame.columns) == SHEET_COLUMNS
    assert list(frame.seg_id) == ["A01:2", "A01:4", "A01:6", "B02:1", "B02:3"]  # respondent segments only
    row = frame.set_index("seg_id").loc["A01:4"]
    assert row.context_before == "访谈者：知道补助吗？"  # context=1: the one segment before
    assert row.context_after == "访谈者：钱按时到吗？"
    assert row.role == "family" and row.text == "从来没人上门说过，我是偶然听说的。"
    # a sentence coding (A01:2:1) is shown on its turn; two coders' proposals are both listed with evidence
    assert frame.set_index("seg_id").loc["A01:2", "proposed"] == "family_hardship"
    six = frame.set_index("seg_id").loc["A01:6"]
    assert six.proposed == "fund_guarantee;family_hardship"
    assert six.evidence.splitlines() == ["fund_guarantee（资金保障） [auto:rules]: any: 按时到",
                                         "family_hardship（家庭困难） [auto:model]: p=0.61"]
    assert frame.set_index("seg_id").loc["B02:1", "context_before"] == ""  # first segment of its document
    wide = sheet_frame(segments, None, CODEBOOK, context=2, sample_ids=["A01:4"])
    assert list(wide.seg_id) == ["A01:4"]
    assert wide.iloc[0].context_before.splitlines() == ["受访者：四口人。孩子常年生病，住院花了很多钱。",
                                                        "访谈者：知道补助吗？"]
    with pytest.raises(ExchangeError, match="sampled seg_id"):
        sheet_frame(segments, None, CODEBOOK, sample_ids=["ZZ:1"])


def test_xlsx_layout(segments, tmp_path):
    from openpyxl import load_workbook

    path = export_sheet(segments, make_codings(), tmp_path / "s.xlsx", codebook=CODEBOOK,
                        include_interviewer=True)
    wb = load_workbook(path)
    ws = wb["coding"]
    assert [c.value for c in ws[1]] == SHEET_COLUMNS
    assert ws.freeze_panes == "A2"
    assert ws.max_row == len(segments) + 1
    dec_col = ws.cell(row=1, column=SHEET_COLUMNS.index("decision") + 1).column_letter
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1 and dvs[0].formula1 == '"accept,reject,correct"'
    assert str(dvs[0].sqref) == f"{dec_col}2:{dec_col}{len(segments) + 1}"
    text_col = SHEET_COLUMNS.index("text") + 1
    assert ws.cell(row=2, column=text_col).alignment.wrap_text
    letter = ws.cell(row=1, column=text_col).column_letter
    assert ws.column_dimensions[letter].width >= 40  # room for Chinese sentences
    check_letter = ws.cell(row=1, column=SHEET_COLUMNS.index("check") + 1).column_letter
    assert ws.column_dimensions[check_letter].hidden
    formula_row = [r for r in ws.iter_rows(min_row=2) if r[0].value == "B02:2"][0]
    assert formula_row[text_col - 1].data_type == "s"  # text that looks like a formula stays text
    assert [c.value for c in wb["codebook"]["A"]][1:] == CODEBOOK.ids


def _fill_csv(src: Path, dst: Path, edits: dict[str, dict[str, str]]) -> pd.DataFrame:
    df = pd.read_csv(src, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for seg, values in edits.items():
        for col, value in values.items():
            df.loc[df.seg_id == seg, col] = value
    df.to_csv(dst, index=False, encoding="utf-8-sig")
    return df


def test_import_decisions_by_kind(segments, tmp_path):
    src = export_sheet(segments, make_codings(), tmp_path / "s.csv", codebook=CODEBOOK)
    _fill_csv(src, tmp_path / "f.csv", {
        "A01:2": {"decision": "accept", "coder": "李"},
        "A01:4": {"decision": "reject", "coder": "李", "note": "只是听说晚了"},
        "A01:6": {"decision": "correct", "codes": "fund_guarantee;publicity_weak", "coder": "李"},
        "B02:3": {"decision": "accept", "coder": "李"},
    })
    decisions, report = import_sheet(tmp_path / "f.csv", segments, CODEBOOK)
    assert list(decisions.columns) == ["seg_id", "code", "decision", "coder", "note"]
    got = sorted(map(tuple, decisions[["seg_id", "code", "decision"]].values.tolist()))
    assert got == sorted([
        ("A01:2", "family_hardship", "accepted"),
        ("A01:4", "publicity_weak", "rejected"), ("A01:4", "", "accepted"),
        ("A01:6", "fund_guarantee", "accepted"), ("A01:6", "family_hardship", "rejected"),
        ("A01:6", "publicity_weak", "added"),
        ("B02:3", "", "accepted"),
    ])
    assert decisions.set_index("seg_id").loc["A01:4"].note.tolist() == ["只是听说晚了"] * 2
    assert (report.n_rows, report.n_reviewed, report.n_not_reviewed) == (5, 4, 1)
    assert dict(report.by_kind) == {"accepted": 2, "rejected": 2, "added": 1, "no_code": 2}
    assert str(report).startswith(f"{tmp_path / 'f.csv'}: 5 rows, 4 reviewed, 1 not reviewed; code decisions: "
                                  "accepted 2, rejected 2, added 1; segments left with no code: 2; coders: 李")


def test_decisions_feed_the_project_store(segments, tmp_path):
    from qualcode.validation import decisions_to_codings

    src = export_sheet(segments, make_codings(), tmp_path / "s.csv", codebook=CODEBOOK)
    _fill_csv(src, tmp_path / "f.csv", {
        "A01:4": {"decision": "reject", "coder": "李"},
        "A01:6": {"decision": "correct", "codes": "fund_guarantee;publicity_weak", "coder": "李"},
    })
    decisions, _ = import_sheet(tmp_path / "f.csv", segments, CODEBOOK)
    codings = decisions_to_codings(decisions)
    applied = sorted(map(tuple, codings[codings.code != ""][["seg_id", "code"]].values.tolist()))
    assert applied == [("A01:6", "fund_guarantee"), ("A01:6", "publicity_weak")]
    assert sorted(codings[codings.code == ""].seg_id) == ["A01:4", "A01:6"]  # both reviewed


def test_import_reports_every_problem_with_its_row(segments, tmp_path):
    src = export_sheet(segments, make_codings(), tmp_path / "s.csv", codebook=CODEBOOK, include_interviewer=True)
    df = _fill_csv(src, tmp_path / "f.csv", {
        "A01:1": {"decision": "accept"},                                            # row 2: no coder
        "A01:2": {"decision": "correct", "codes": "family_hardsip", "coder": "李"},  # row 3: unknown code
        "A01:3": {"decision": "maybe", "coder": "李"},                              # row 4: bad decision
        "A01:4": {"decision": "accept", "coder": "李", "text": "改过的文字"},         # row 5: edited text
    })
    df.loc[df.seg_id == "A01:5", "seg_id"] = "Z99:1"                               # row 6: unknown segment
    df = pd.concat([df, df[df.seg_id == "A01:6"]])                                 # row 11: duplicate of row 7
    df.to_csv(tmp_path / "f.csv", index=False, encoding="utf-8-sig")
    sample = [s for s in segments.seg_id if s != "B02:1"]                          # row 8: not in the sample
    df.loc[df.seg_id == "B02:1", ["decision", "coder"]] = ["accept", "李"]
    df.to_csv(tmp_path / "f.csv", index=False, encoding="utf-8-sig")
    with pytest.raises(ExchangeError) as exc:
        import_sheet(tmp_path / "f.csv", segments, CODEBOOK, sample_ids=sample)
    msg = str(exc.value)
    p = tmp_path / "f.csv"
    assert f"{p}:2: no coder name (hint: write your name in the coder column)" in msg
    assert f"{p}:3: unknown code 'family_hardsip' in column codes (hint: did you mean 'family_hardship'?)" in msg
    assert f"{p}:4: decision 'maybe' is not one of accept, reject, correct" in msg
    assert f"{p}:5: text of segment A01:4 was edited" in msg
    assert f"{p}:6: unknown segment 'Z99:1': not in the segments table" in msg
    assert f"{p}:8: segment B02:1 is not in the sample" in msg
    assert f"{p}:11: duplicate row for segment A01:6 (first on row 7)" in msg
    issues = validate_sheet(p, segments, CODEBOOK, sample_ids=sample)
    assert len([i for i in issues if i.is_error]) == 7


def test_edited_text_detected_without_check_column(segments, tmp_path):
    src = export_sheet(segments, make_codings(), tmp_path / "s.csv")
    df = pd.read_csv(src, dtype=str, keep_default_na=False, encoding="utf-8-sig").drop(columns=["check"])
    df.loc[0, ["decision", "coder", "text"]] = ["accept", "李", "别的文字"]
    df.to_csv(tmp_path / "f.csv", index=False)
    with pytest.raises(ExchangeError, match=r"f\.csv:2: text of segment A01:2 differs from the segment's text"):
        import_sheet(tmp_path / "f.csv", segments, CODEBOOK)


def test_xlsx_filled_and_sorted_by_coder(segments, tmp_path):
    from openpyxl import load_workbook

    path = export_sheet(segments, make_codings(), tmp_path / "s.xlsx", codebook=CODEBOOK)
    wb = load_workbook(path)
    ws = wb["coding"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    rows.reverse()  # the coder sorted whole rows: fine
    for _ in rows:
        ws.delete_rows(2)
    for r in rows:
        ws.append(r)
    col = {name: i + 1 for i, name in enumerate(SHEET_COLUMNS)}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col["seg_id"]).value == "B02:1":
            ws.cell(r, col["decision"]).value = "接受"  # Chinese alias
        if ws.cell(r, col["seg_id"]).value == "A01:2":
            ws.cell(r, col["codes"]).value = "family_hardship；资金保障"  # no decision, full-width ;, a label
    wb.save(tmp_path / "filled.xlsx")
    decisions, report = import_sheet(tmp_path / "filled.xlsx", segments, CODEBOOK, coder="王")
    got = sorted(map(tuple, decisions[["seg_id", "code", "decision", "coder"]].values.tolist()))
    assert got == [("A01:2", "family_hardship", "accepted", "王"), ("A01:2", "fund_guarantee", "added", "王"),
                   ("B02:1", "publicity_weak", "accepted", "王")]
    assert any("codes given without a decision; read as 'correct'" in str(i) for i in report.issues)


def test_pseudonymised_sheet_imports(segments, tmp_path):
    path = export_sheet(segments, make_codings(), tmp_path / "s.csv",
                        pseudonymise=lambda t: t.replace("孩子", "某某"))
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert df.loc[0, "text"] == "四口人。某某常年生病，住院花了很多钱。"
    assert "孩子" not in " ".join(df.context_before) + " ".join(df.context_after)
    df.loc[0, ["decision", "coder"]] = ["accept", "甲"]
    df.to_csv(tmp_path / "f.csv", index=False)
    decisions, _ = import_sheet(tmp_path / "f.csv", segments, CODEBOOK)  # the fingerprint, not the text, is checked
    assert decisions.iloc[0].tolist()[:3] == ["A01:2", "family_hardship", "accepted"]


def test_unsafe_or_broken_sheets(segments, tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (4 * 1024 * 1024))
    with pytest.raises(ExchangeError, match="compression ratio"):
        import_sheet(tmp_path / "bomb.xlsx", segments, CODEBOOK)
    (tmp_path / "junk.xlsx").write_bytes(b"PK\x03\x04junk")
    with pytest.raises(ExchangeError, match="not a readable zip archive"):
        import_sheet(tmp_path / "junk.xlsx", segments, CODEBOOK)
    (tmp_path / "cols.csv").write_text("seg_id,text\nA01:2,x\n", encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"cols\.csv:1: sheet lacks column\(s\) decision, codes, coder"):
        import_sheet(tmp_path / "cols.csv", segments, CODEBOOK)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["", "accept", "reject", "correct"]),
                          st.lists(st.sampled_from(CODEBOOK.ids), max_size=3, unique=True)), min_size=5, max_size=5))
def test_property_decisions_partition_proposals(choices):
    """For every reviewed row: accept+reject rows are exactly the proposed codes; accept+add are the final codes."""
    segments = make_segments()
    with tempfile.TemporaryDirectory() as tmp:
        src = export_sheet(segments, make_codings(), Path(tmp) / "s.csv")
        df = pd.read_csv(src, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        for i, (decision, codes) in enumerate(choices):
            df.loc[i, ["decision", "codes", "coder"]] = [decision, ";".join(codes), "甲"]
        df.to_csv(Path(tmp) / "f.csv", index=False)
        decisions, report = import_sheet(Path(tmp) / "f.csv", segments, CODEBOOK)
    for i, (decision, codes) in enumerate(choices):
        sid = df.loc[i, "seg_id"]
        proposed = [c for c in df.loc[i, "proposed"].split(";") if c]
        mine = decisions[decisions.seg_id == sid]
        if not decision and not codes:
            assert mine.empty
            continue
        coded = mine[mine.code != ""]
        assert sorted(coded[coded.decision.isin(["accepted", "rejected"])].code) == sorted(proposed)
        final = set(coded[coded.decision.isin(["accepted", "added"])].code)
        expected = set(proposed) if decision == "accept" and not codes else (
            set() if decision == "reject" and not codes else set(codes))
        assert final == expected
        assert (mine.code == "").any() == (not final)
    assert report.n_reviewed == sum(1 for d, c in choices if d or c)


def test_cli_sheet_export_import(segments, tmp_path, capsys):
    from qualcode._io import read_table, write_table

    write_table(segments, tmp_path / "segments.csv")
    write_table(make_codings(), tmp_path / "codings.csv")
    pd.DataFrame({"seg_id": ["A01:4", "A01:6"]}).to_csv(tmp_path / "sample.csv", index=False)
    assert main(["sheet", "export", "--segments", str(tmp_path / "segments.csv"), "--codings",
                 str(tmp_path / "codings.csv"), "--sample", str(tmp_path / "sample.csv"),
                 "--out", str(tmp_path / "s.csv")]) == 0
    assert "s.csv: 2 rows" in capsys.readouterr().out
    df = pd.read_csv(tmp_path / "s.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    df["decision"] = ["accept", "reject"]
    df.to_csv(tmp_path / "f.csv", index=False)
    codebook_yaml = tmp_path / "cb.yaml"
    from qualcode.coding import save_codebook

    save_codebook(CODEBOOK, codebook_yaml)
    rc = main(["sheet", "import", str(tmp_path / "f.csv"), "--segments", str(tmp_path / "segments.csv"),
               "--codebook", str(codebook_yaml), "--sample", str(tmp_path / "sample.csv"), "--coder", "李",
               "--out", str(tmp_path / "decisions.csv")])
    out = capsys.readouterr().out
    assert rc == 0 and "2 rows, 2 reviewed, 0 not reviewed" in out
    decisions = read_table(tmp_path / "decisions.csv")
    assert sorted(zip(decisions.code.fillna(""), decisions.decision)) == [
        ("", "accepted"), ("family_hardship", "rejected"), ("fund_guarantee", "rejected"),
        ("publicity_weak", "accepted")]
    # errors go to stderr with exit status 2
    df.loc[0, "codes"] = "nonsense"
    df.loc[0, "decision"] = "correct"
    df.to_csv(tmp_path / "f.csv", index=False)
    rc = main(["sheet", "import", str(tmp_path / "f.csv"), "--segments", str(tmp_path / "segments.csv"),
               "--codebook", str(codebook_yaml), "--coder", "李"])
    assert rc == 2 and "f.csv:2: unknown code 'nonsense' in column codes" in capsys.readouterr().err


def test_cli_sheet_export_pseudonymised_by_default(segments, tmp_path, capsys):
    from qualcode._io import write_table

    segs = segments.copy()
    segs.loc[1, "text"] = "我电话13812345678，孩子常年生病。"
    write_table(segs, tmp_path / "segments.csv")
    assert main(["sheet", "export", "--segments", str(tmp_path / "segments.csv"), "--out",
                 str(tmp_path / "s.csv")]) == 0
    text = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert "13812345678" not in text and "孩子常年生病" in text
    assert main(["sheet", "export", "--segments", str(tmp_path / "segments.csv"), "--no-pseudonyms",
                 "--out", str(tmp_path / "full.csv")]) == 0
    assert "13812345678" in (tmp_path / "full.csv").read_text(encoding="utf-8-sig")
