"""What the review app writes in the project store: the migration to schema 3, actions with undo and idempotency
tokens, memos, saved queues, review items with evidence, decisions turned into codings, and two coders in two
processes writing at once."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import sys

import pandas as pd
import pytest

import _review_project
from qualcode.errors import InputError, StoreError
from qualcode.validation import SCHEMA_VERSION, Project, decisions_to_codings
from qualcode.validation._store_schema import MIGRATIONS


@pytest.fixture
def store(tmp_path):
    return _review_project.build(tmp_path / "study.qualcode")


def test_schema_1_store_is_migrated_with_its_data(tmp_path):
    p = tmp_path / "old.qualcode"
    c = sqlite3.connect(p)
    for statement in MIGRATIONS[0]:
        c.execute(statement)
    c.execute("PRAGMA user_version = 1")
    c.execute("INSERT INTO segments(seg_id, doc_id, text, ord) VALUES ('A:1', 'A', '从来没人上门', 0)")
    c.execute("INSERT INTO codings(seg_id, code, coder, evidence, created_at) VALUES ('A:1', 'x', 'auto:rules', "
              "'x#r: 上门', '2026-01-01')")
    c.execute("INSERT INTO decisions(seg_id, code, decision, coder, note, at) VALUES ('A:1', 'x', 'accepted', "
              "'li', '', '2026-01-02')")
    c.commit()
    c.close()
    with Project.open(p) as proj:
        assert proj.schema_version == SCHEMA_VERSION == 3
        cod = proj.codings()
        assert cod.loc[0, "evidence"] == "x#r: 上门" and cod.loc[0, "spans"] == ()
        assert pd.isna(cod.loc[0, "probability"])
        dec = proj.decisions()
        assert dec[["seg_id", "code", "decision", "coder"]].values.tolist() == [["A:1", "x", "accepted", "li"]]
        assert pd.isna(dec.loc[0, "action"])
        assert proj.review_state("li") == {"A:1": "decide"}  # imported decisions count as decided
        assert proj.integrity_check() == "ok"


def test_codings_keep_evidence_spans_and_probability(store):
    with Project.open(store) as proj:
        cod = proj.codings()
        row = cod[(cod["seg_id"] == "D1:2") & (cod["coder"] == "auto:rules")].iloc[0]
        assert row["rules"] == ("publicity_weak_words",) and row["terms"] == ("宣传",)
        (s, e), = row["spans"]
        text = {d.doc_id: d.text for d in proj.corpus()}["D1"]
        assert text[s:e] == "宣传"
        model = cod[cod["coder"] == "auto:model"].iloc[0]
        assert model["probability"] == pytest.approx(0.62)
        assert list(cod.columns[:12]) == ["seg_id", "doc_id", "turn", "sentence", "start", "end", "code", "coder",
                                         "evidence", "rules", "terms", "spans"]


def test_record_undo_and_tokens(store):
    with Project.open(store) as proj:
        v = proj.latest_codebook_version()
        a = proj.record("li", "D1:2", decisions=[("publicity_weak", "accepted"), ("misreporting", "added")],
                        token="t-1")
        again = proj.record("li", "D1:2", decisions=[("publicity_weak", "accepted")], token="t-1")
        assert again == {"action": a["action"], "token": "t-1", "duplicate": True}
        dec = proj.decisions("li")
        assert len(dec) == 2 and set(dec["codebook_version"]) == {v} and set(dec["action"]) == {a["action"]}
        proj.record("li", "D1:2", decisions=[("misreporting", "rejected"), ("publicity_weak", "accepted")])
        codes = decisions_to_codings(proj.decisions("li"))
        assert set(codes.loc[codes["code"] != "", "code"]) == {"publicity_weak"}
        undone = proj.undo("li")
        assert undone["seg_id"] == "D1:2" and undone["kind"] == "decide"
        codes = decisions_to_codings(proj.decisions("li"))
        assert set(codes.loc[codes["code"] != "", "code"]) == {"publicity_weak", "misreporting"}
        assert len(proj.decisions("li", include_undone=True)) == 4  # the log keeps undone rows
        proj.record("li", "D2:2", "skip")
        proj.record("li", "D3:2", "uncertain")
        assert proj.review_state("li") == {"D1:2": "decide", "D2:2": "skip", "D3:2": "uncertain"}
        assert proj.undo("li")["kind"] == "uncertain"
        assert proj.undo("li")["kind"] == "skip"
        assert proj.undo("li")["kind"] == "decide"
        assert proj.undo("li") is None
        assert proj.decisions("li").empty and proj.status()["reviewed_segments"] == 0


def test_nothing_to_add_and_bad_actions_write_nothing(store):
    with Project.open(store) as proj:
        proj.record("li", "D1:4")
        dec = proj.decisions("li")
        assert dec[["code", "decision"]].values.tolist() == [["", "accepted"]]
        before = proj._conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
        with pytest.raises(InputError) as info:
            proj.record("li", "NOPE:1", decisions=[("no_such_code", "accepted"), ("publicity_weak", "maybe")])
        msg = str(info.value)
        assert "segment 'NOPE:1' is not in the store" in msg and "code 'no_such_code' is not in codebook" in msg
        assert "decision 'maybe'" in msg
        with pytest.raises(InputError, match="empty memo"):
            proj.record("li", "D1:2", "memo", memo="  ")
        with pytest.raises(InputError, match="belongs to another coder"):
            proj.record("wang", "D1:4", token=proj.actions("li")["token"].iloc[0])
        assert proj._conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == before


def test_memos_on_segments_and_codes(store):
    with Project.open(store) as proj:
        proj.record("li", "D1:2", "memo", memo="问的是宣传，答的是上门")
        proj.record("li", "D1:2", "memo", memo="定义要写清楚上门与宣传的区别", memo_code="publicity_weak")
        proj.record("wang", None, "memo", memo="same as li", memo_code="publicity_weak")
        memos = proj.memos("D1:2")
        assert memos[["code", "coder"]].values.tolist() == [["", "li"], ["publicity_weak", "li"]]
        assert len(proj.memos(code="publicity_weak")) == 2
        proj.undo("wang")
        assert len(proj.memos(code="publicity_weak")) == 1
        assert proj.decisions().empty  # memos are not decisions


def test_queues_round_trip_and_errors(store):
    with Project.open(store) as proj:
        assert proj.queue_names() == ["sample"]
        q = pd.DataFrame({"seg_id": ["D3:2", "D1:2"], "code": ["staff_capacity", ""], "reason": ["model only", ""]})
        assert proj.save_queue("suggest", q) == 2
        assert proj.queue("suggest")[["rank", "seg_id", "code"]].values.tolist() == [[1, "D3:2", "staff_capacity"],
                                                                                    [2, "D1:2", ""]]
        with pytest.raises(InputError, match="'X:9' is not in the store"):
            proj.save_queue("bad", pd.DataFrame({"seg_id": ["D1:2", "X:9"]}))
        assert "bad" not in proj.queue_names()
        with pytest.raises(StoreError, match="no saved queue 'nope'"):
            proj.queue("nope")


def test_review_item_has_question_context_and_relative_spans(store):
    with Project.open(store) as proj:
        item = proj.review_item("D1:2", context=1)
        seg = item["segment"]
        assert seg["text"].startswith("从来没人上门宣传过") and seg["attributes"]["role"] == "guardian"
        turns = [t["turn"] for t in item["context"]]
        assert turns == [1, 2, 3]
        assert item["context"][0].get("question") is True and item["context"][1]["current"]
        rules = [c for c in item["codings"] if c["coder"] == "auto:rules"][0]
        (s, e), = rules["spans"]
        assert seg["text"][s:e] == "宣传"
        with pytest.raises(StoreError):
            proj.review_item("nope")


def test_review_codings_are_a_full_codings_table(store):
    with Project.open(store) as proj:
        proj.record("li", "D1:2", decisions=[("publicity_weak", "accepted")])
        proj.record("li", "D2:2", decisions=[("family_hardship", "rejected")])
        proj.record("wang", "D1:2", decisions=[("publicity_weak", "added"), ("misreporting", "added")])
        table = proj.review_codings()
        assert table[["seg_id", "code", "coder"]].values.tolist() == [["D1:2", "publicity_weak", "li"],
                                                                      ["D1:2", "misreporting", "wang"],
                                                                      ["D1:2", "publicity_weak", "wang"]]
        text = {d.doc_id: d.text for d in proj.corpus()}["D1"]
        row = table.iloc[0]
        assert text[row["start"]:row["end"]].startswith("从来没人上门")
        assert row["turn"] == 2 and row["role"] == "guardian"
        seen = proj.review_codings("li", seen_rows=True)
        assert set(seen.loc[seen["code"] == "", "seg_id"]) == {"D1:2", "D2:2"}


def _coder_process(path: str, coder: str, seg_ids: list[str], start, repeat: int) -> None:
    proj = Project.open(path, timeout=60)
    start.wait()
    for i, seg_id in enumerate(seg_ids):
        for _ in range(repeat):  # the same token sent again and again: a retrying browser
            proj.record(coder, seg_id, decisions=[("publicity_weak", "added" if i % 2 else "rejected")],
                        token=f"{coder}-{seg_id}")
        proj.record(coder, seg_id, "memo", memo=f"{coder} {i}")
    proj.close()


@pytest.mark.skipif(sys.platform == "win32", reason="uses fork")
def test_two_coders_in_two_processes_lose_and_duplicate_nothing(store):
    with Project.open(store) as proj:
        seg_ids = proj.segments()["seg_id"].tolist()
    ctx = mp.get_context("fork")
    start = ctx.Event()
    procs = [ctx.Process(target=_coder_process, args=(str(store), who, seg_ids, start, 3)) for who in ("li", "wang")]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with Project.open(store) as proj:
        for who in ("li", "wang"):
            acts = proj.actions(who)
            assert len(acts) == 2 * len(seg_ids) and acts["token"].is_unique
            dec = proj.decisions(who)
            assert len(dec) == len(seg_ids) and dec["seg_id"].tolist() == seg_ids
            assert len(proj.memos(coder=who)) == len(seg_ids)
        assert proj.integrity_check() == "ok"
