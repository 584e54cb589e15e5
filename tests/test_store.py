"""Project store: schema, round trips, transactions, versions, concurrent access, CLI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

from _review_project import make_doc  # (the helper the review tests share)
from qualcode.errors import InputError, StoreError
from qualcode.model import Code, Codebook, Corpus
from qualcode.validation import SCHEMA_VERSION, Project, decisions_to_codings


@pytest.fixture
def corpus() -> Corpus:
    d1 = make_doc("F01", [("访谈员", "interviewer", "您知道这个政策吗？"),
                          ("受访者", "respondent", "从来没人上门说过，是看了短视频才知道的。"),
                          ("受访者", "respondent", "孩子他爸判刑了，老人带娃力不从心。")], role="guardian",
                          district="A")
    d2 = make_doc("S01", [("访谈员", "interviewer", "工作量大吗？"),
                          ("受访者", "respondent", "身兼数职，一个网格好几百人。"),
                          ("受访者", "respondent", "补贴一分不少，准时发放。")], role="staff", district="B")
    return Corpus(root="corpora/x", documents=(d1, d2))


def segments_of(corpus: Corpus) -> pd.DataFrame:
    rows = []
    for doc in corpus:
        for t in doc.turns:
            rows.append({"seg_id": f"{doc.doc_id}:{t.turn}", "doc_id": doc.doc_id, "respondent_id": doc.doc_id,
                         "turn": t.turn, "sentence": 0, "speaker": t.speaker, "speaker_kind": t.speaker_kind,
                         "start": t.start, "end": t.end, "text": t.text, "tokens": list(t.text[:3]),
                         "role": doc.attributes["role"]})
    return pd.DataFrame(rows)


@pytest.fixture
def project(tmp_path, corpus) -> Project:
    proj = Project.init(tmp_path / "study.qcp")
    proj.add_corpus(corpus)
    proj.add_segments(segments_of(corpus))
    yield proj
    proj.close()


def test_init_sets_wal_foreign_keys_and_version(tmp_path):
    with Project.init(tmp_path / "a" / "p.sqlite") as proj:
        conn = proj._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert proj.schema_version == SCHEMA_VERSION >= 1
        assert proj.integrity_check() == "ok"
    with pytest.raises(StoreError, match="already exists"):
        Project.init(tmp_path / "a" / "p.sqlite")


def test_open_missing_and_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="no such project store.*project init"):
        Project.open(tmp_path / "none.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a qualcode project store"):
        Project.open(junk)
    other = tmp_path / "other.sqlite"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE t(x)")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="not a qualcode project store"):
        Project.open(other)


def test_newer_schema_is_refused_untouched(tmp_path):
    p = tmp_path / "p.sqlite"
    Project.init(p).close()
    c = sqlite3.connect(p)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    c.commit()
    c.close()
    before = p.read_bytes()
    with pytest.raises(StoreError) as info:
        Project.open(p)
    msg = str(info.value)
    assert f"schema version {SCHEMA_VERSION + 3}" in msg and f"up to {SCHEMA_VERSION}" in msg
    assert "upgrade qualcode" in msg
    assert p.read_bytes() == before


def test_old_schema_is_migrated(tmp_path, monkeypatch):
    import qualcode.validation._store as st

    p = tmp_path / "p.sqlite"
    Project.init(p).close()
    # a later release adds a step; the file written by this one is upgraded on open
    monkeypatch.setattr(st, "MIGRATIONS", [*st.MIGRATIONS, ["CREATE TABLE extra (x INTEGER)"]])
    monkeypatch.setattr(st, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="older"):
        Project.open(p, upgrade=False)
    with Project.open(p) as proj:
        assert proj.schema_version == SCHEMA_VERSION + 1
        assert proj._conn.execute("SELECT COUNT(*) FROM extra").fetchone()[0] == 0


def test_corpus_round_trip(project, corpus):
    docs = project.documents()
    assert list(docs["doc_id"]) == ["F01", "S01"]
    assert list(docs["role"]) == ["guardian", "staff"]
    assert list(docs["n_turns"]) == [3, 3]
    back = project.corpus()
    for a, b in zip(back, corpus):
        assert a.text == b.text and a.turns == b.turns and dict(a.attributes) == dict(b.attributes)
    # the same corpus again is a no-op; a changed source is refused unless replace=True
    assert project.add_corpus(corpus) == 0
    changed = Corpus(root="x", documents=(make_doc("F01", [("受访者", "respondent", "新的文本")], role="guardian"),))
    with pytest.raises(StoreError, match="changed on disk: F01"):
        project.add_corpus(changed)
    rows = project._conn.execute("SELECT name, value FROM respondent_attributes WHERE respondent_id='S01' "
                                 "ORDER BY name").fetchall()
    assert rows == [("district", "B"), ("role", "staff")]


def test_segments_round_trip_and_checks(project, corpus):
    segs = project.segments()
    expected = segments_of(corpus)
    assert list(segs["seg_id"]) == list(expected["seg_id"])
    assert list(segs["tokens"]) == list(expected["tokens"])
    assert list(segs["role"]) == list(expected["role"])
    assert segs["start"].dtype.kind == "i"
    bad = expected.head(2).copy()
    bad.loc[0, "text"] = "不是这段"
    bad.loc[1, "doc_id"] = "ZZZ"
    with pytest.raises(InputError) as info:
        project.add_segments(bad)
    msg = str(info.value)
    assert "<segments>:2: segment 'F01:1': text does not match" in msg
    assert "<segments>:3: segment 'F01:2': document 'ZZZ' is not in the store" in msg
    with pytest.raises(InputError, match="column 'text' is missing"):
        project.add_segments(expected[["seg_id"]])
    with pytest.raises(InputError, match=r"<segments>:2: segment 'F01:1' has no doc_id"):
        project.add_segments(expected[["seg_id", "text"]].head(1))  # the document is never guessed from the id


def test_codebook_versions(project):
    cb = Codebook(codes=(Code(id="publicity_weak", label="宣传不足"),
                         Code(id="family_hardship", label="家庭困难", rules=({"any": ["判刑"]},))), name="study")
    v1 = project.add_codebook(cb)
    assert project.add_codebook(cb) == v1  # identical text: same version
    cb2 = Codebook(codes=(*cb.codes, Code(id="staff_capacity", label="人手不足")), name="study")
    v2 = project.add_codebook(cb2)
    assert v2 == v1 + 1
    versions = project.codebook_versions()
    assert list(versions["n_codes"]) == [2, 3]
    assert list(project.codes()["code"]) == ["publicity_weak", "family_hardship", "staff_capacity"]
    assert "判刑" in project.codebook_text(v1) and "staff_capacity" not in project.codebook_text(v1)
    assert len(versions["sha256"].unique()) == 2


def test_codings_per_coder(project):
    v = project.add_codebook(Codebook(codes=(Code(id="a"), Code(id="b"))))
    auto = pd.DataFrame({"seg_id": ["F01:2", "F01:3", "S01:2"], "code": ["a", "b", "b"],
                         "evidence": ["rule r1: 短视频", "rule r2", "rule r3"]})
    assert project.add_codings(auto, coder="auto:rules", codebook_version=v) == 3
    human = pd.DataFrame({"seg_id": ["F01:2", "S01:3", "S01:3"], "code": ["a", "b", ""], "coder": ["li"] * 3})
    assert project.add_codings(human) == 2  # empty code skipped
    got = project.codings("auto:rules")
    assert list(got["seg_id"]) == ["F01:2", "F01:3", "S01:2"]
    assert set(got["codebook_version"]) == {v}
    # offsets default to the segment's, attributes join in
    seg = project.segments().set_index("seg_id")
    assert got.iloc[0]["start"] == seg.loc["F01:2", "start"] and got.iloc[0]["role"] == "guardian"
    assert set(project.codings()["coder"]) == {"auto:rules", "li"}
    # re-adding updates in place; replace=True drops the coder's old rows
    project.add_codings(auto.head(1).assign(evidence="changed"), coder="auto:rules")
    assert len(project.codings("auto:rules")) == 3
    assert project.codings("auto:rules").iloc[0]["evidence"] == "changed"
    project.add_codings(auto.head(1), coder="auto:rules", replace=True)
    assert len(project.codings("auto:rules")) == 1 and len(project.codings("li")) == 2


def test_codings_errors_all_at_once_and_nothing_written(project):
    bad = pd.DataFrame({"seg_id": ["F01:2", "NOPE:1", "F01:9"], "code": ["a", "b", "c"]})
    with pytest.raises(InputError) as info:
        project.add_codings(bad, coder="li", source="sheet.csv")
    msg = str(info.value)
    assert "sheet.csv:3: segment 'NOPE:1' is not in the store" in msg
    assert "sheet.csv:4: segment 'F01:9'" in msg
    assert len(project.codings()) == 0
    with pytest.raises(InputError, match="column 'coder' is missing"):
        project.add_codings(bad[["seg_id", "code"]])
    with pytest.raises(StoreError, match="codebook version 7 is not stored"):
        project.add_codings(bad.head(1), coder="li", codebook_version=7)


def test_transaction_rolls_back_on_error(project):
    # a failure half-way through a write leaves nothing of it
    with pytest.raises(RuntimeError):
        with project._write() as c:
            c.execute("INSERT INTO decisions(seg_id, code, decision, coder, note, at) "
                      "VALUES ('F01:2', 'a', 'accepted', 'li', '', 'now')")
            raise RuntimeError("boom")
    assert len(project.decisions()) == 0
    # a constraint failure inside executemany also rolls back earlier rows of the same call
    with pytest.raises(sqlite3.IntegrityError):
        with project._write() as c:
            c.executemany("INSERT INTO decisions(seg_id, code, decision, coder, note, at) VALUES (?,?,?,?,?,?)",
                          [("F01:2", "a", "accepted", "li", "", "t"), ("F01:2", "a", "maybe", "li", "", "t")])
    assert len(project.decisions()) == 0


def test_foreign_keys_protect_coded_segments(project):
    project.add_codings(pd.DataFrame({"seg_id": ["F01:2"], "code": ["a"]}), coder="li")
    with pytest.raises(sqlite3.IntegrityError):
        with project._write() as c:
            c.execute("DELETE FROM segments WHERE seg_id = 'F01:2'")
    assert "F01:2" in set(project.segments()["seg_id"])


def test_decisions_log_and_status(project):
    project.add_codings(pd.DataFrame({"seg_id": ["F01:2", "F01:3"], "code": ["a", "b"]}), coder="auto:rules")
    dec = pd.DataFrame({"seg_id": ["F01:2", "F01:3", "F01:3", "S01:2", "F01:2"],
                        "code": ["a", "b", "c", "", "a"],
                        "decision": ["accepted", "rejected", "added", "accepted", "rejected"],
                        "note": ["", "", "missed", "nothing to add", "changed my mind"]})
    assert project.add_decisions(dec, coder="li") == 5
    log = project.decisions()
    assert len(log) == 5 and list(log["decision"])[-1] == "rejected"
    human = decisions_to_codings(log)
    applied = human[human["code"] != ""]
    assert sorted(zip(applied["seg_id"], applied["code"])) == [("F01:3", "c")]  # F01:2/a: latest is rejected
    assert sorted(human.loc[human["code"] == "", "seg_id"]) == ["F01:2", "F01:3", "S01:2"]
    st = project.status()
    assert st["documents"] == 2 and st["segments"] == 6
    assert st["coders"] == {"auto:rules": {"codings": 2, "segments": 2}}
    assert st["reviewed_segments"] == 3 and st["unreviewed_segments"] == 3
    assert st["reviewers"] == {"li": 3}
    table = project.status_table()
    assert table.set_index("item").loc["codings[auto:rules]", "value"] == 2


def test_decision_errors(project):
    bad = pd.DataFrame({"seg_id": ["F01:2", "F01:2", "X:1"], "code": ["a", "", "a"],
                        "decision": ["maybe", "rejected", "accepted"], "coder": ["li", "li", ""]})
    with pytest.raises(InputError) as info:
        project.add_decisions(bad, source="review.csv")
    msg = str(info.value)
    assert "review.csv:2: decision 'maybe' is not one of accepted, rejected, corrected, added" in msg
    assert "review.csv:3: decision 'rejected' needs a code" in msg
    assert "review.csv:4: segment 'X:1' is not in the store" in msg and "review.csv:4: empty coder" in msg
    assert len(project.decisions()) == 0


def test_reader_while_writer_holds_lock(tmp_path, project):
    """A second process reads while this one is inside a write transaction; a second writer waits (busy_timeout)
    and then succeeds."""
    with project._write() as c:
        c.execute("INSERT INTO decisions(seg_id, code, decision, coder, note, at) "
                  "VALUES ('F01:2', 'a', 'accepted', 'li', '', 't')")
        script = textwrap.dedent(f"""
            import sqlite3
            from qualcode.validation import Project
            p = Project.open({str(project.path)!r}, timeout=0.2)
            print(len(p.segments()), len(p.decisions()))
            try:
                p.add_decisions(__import__('pandas').DataFrame(
                    {{'seg_id': ['F01:2'], 'code': ['b'], 'decision': ['added'], 'coder': ['wang']}}))
                print('wrote')
            except Exception as exc:
                print(type(exc).__name__)
        """)
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        lines = out.stdout.split()
        assert lines[:2] == ["6", "0"]  # reads the committed state, not our open transaction
        assert lines[2] == "StoreError"  # could not take the write lock within its 0.2 s timeout
    # with the lock released a waiting writer gets through
    waiting = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import pandas as pd
        from qualcode.validation import Project
        p = Project.open({str(project.path)!r}, timeout=30)
        p.add_decisions(pd.DataFrame({{'seg_id': ['F01:3'], 'code': ['b'], 'decision': ['added'], 'coder': ['wang']}}))
    """)])
    assert waiting.wait(timeout=60) == 0
    assert sorted(project.decisions()["coder"]) == ["li", "wang"]


def test_cli_project(tmp_path, corpus, capsys, monkeypatch):
    import qualcode.commands.project as cmd
    from qualcode import cli

    p = tmp_path / "p.sqlite"
    monkeypatch.setattr(cmd, "_read_corpus", lambda args: corpus)
    monkeypatch.setattr(cmd, "_segment", lambda c: segments_of(c))
    assert cli.main(["project", "init", str(p), "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2 documents" in out and "6 segments" in out
    sheet = tmp_path / "li.csv"
    pd.DataFrame({"seg_id": ["F01:2", "S01:2"], "code": ["a", "b"]}).to_csv(sheet, index=False)
    assert cli.main(["project", "add-codings", str(p), str(sheet), "--coder", "li"]) == 0
    assert "2 codings" in capsys.readouterr().out
    assert cli.main(["project", "status", str(p)]) == 0
    out = capsys.readouterr().out
    assert "codings[li]" in out and "segments" in out
    bad = tmp_path / "bad.csv"
    pd.DataFrame({"seg_id": ["Q:1"], "code": ["a"]}).to_csv(bad, index=False)
    assert cli.main(["project", "add-codings", str(p), str(bad), "--coder", "li"]) == 2
    assert f"{bad}:2: segment 'Q:1' is not in the store" in capsys.readouterr().err
    assert cli.main(["project", "status", str(tmp_path / "missing.sqlite")]) == 1
    assert "no such project store" in capsys.readouterr().err


def test_cli_decisions_and_codebook(tmp_path, project, capsys, repo_root):
    from qualcode import cli
    from qualcode.coding import load_codebook

    project.close()
    p = str(project.path)
    dec = tmp_path / "review.csv"
    pd.DataFrame({"seg_id": ["F01:2", "S01:2"], "code": ["publicity_weak", ""],
                  "decision": ["accepted", "accepted"]}).to_csv(dec, index=False)
    assert cli.main(["project", "add-decisions", p, str(dec), "--coder", "li"]) == 0
    assert "2 of 6 segments reviewed" in capsys.readouterr().out
    books = sorted((repo_root / "codebooks").glob("*.yaml"))
    if not books:
        pytest.skip("no codebook in codebooks/")
    assert cli.main(["project", "add-codebook", p, str(books[0]), "--label", "round 1"]) == 0
    assert "stored as version 1" in capsys.readouterr().out
    with Project.open(p) as proj:
        text = proj.codebook_text(1)
        assert list(proj.codes()["code"]) == load_codebook(books[0]).ids
    # the stored YAML is a loadable codebook with the same codes
    copy = tmp_path / "copy.yaml"
    copy.write_text(text, encoding="utf-8")
    assert load_codebook(copy).ids == load_codebook(books[0]).ids


def test_validate_twins_return_issues_without_writing(project):
    bad = pd.DataFrame({"seg_id": ["F01:2", "NOPE:1"], "code": ["a", "b"]})
    issues = project.validate_codings(bad, coder="li", source="s.csv")
    assert [str(i) for i in issues] == ["s.csv:3: segment 'NOPE:1' is not in the store (hint: add the segments "
                                        "first (qualcode project init --corpus, add_segments))"]
    assert project.validate_codings(bad.head(1), coder="li") == []
    dec = pd.DataFrame({"seg_id": ["F01:2"], "code": ["a"], "decision": ["maybe"]})
    assert [i.line for i in project.validate_decisions(dec, coder="li")] == [2]
    assert len(project.codings()) == 0 and len(project.decisions()) == 0


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_text_st = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(
    lambda s: s.strip() == s and s != "")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["F01:1", "F01:2", "F01:3", "S01:2"]), _text_st, _text_st,
                          st.text(max_size=30)),
                min_size=1, max_size=15, unique_by=lambda t: (t[0], t[1], t[2])))
def test_codings_round_trip_any_text(tmp_path_factory, corpus, rows):
    path = tmp_path_factory.mktemp("rt") / "p.sqlite"
    with Project.init(path) as proj:
        proj.add_corpus(corpus)
        proj.add_segments(segments_of(corpus))
        df = pd.DataFrame(rows, columns=["seg_id", "code", "coder", "evidence"])
        assert proj.add_codings(df) == len(df)
        back = proj.codings()
    got = sorted(zip(back["seg_id"], back["code"], back["coder"], back["evidence"]))
    assert got == sorted(rows)


def test_backup_is_a_consistent_copy_even_during_a_write(project, tmp_path, capsys):
    from qualcode import cli

    project.add_codings(pd.DataFrame({"seg_id": ["F01:2"], "code": ["a"]}), coder="li")
    other = Project.open(project.path)
    with other._write() as c:  # another connection is in the middle of a write
        c.execute("INSERT INTO decisions(seg_id, code, decision, coder, note, at) "
                  "VALUES ('F01:2', 'a', 'accepted', 'li', '', 't')")
        copy = project.backup(tmp_path / "copy.qcp")
    other.close()
    with Project.open(copy) as back:
        assert back.integrity_check() == "ok"
        assert len(back.codings()) == 1 and len(back.decisions()) == 0  # the committed state only
        assert list(back.segments()["seg_id"]) == list(project.segments()["seg_id"])
    assert not (tmp_path / "copy.qcp-wal").exists() or (tmp_path / "copy.qcp-wal").stat().st_size == 0
    with pytest.raises(StoreError, match="already exists"):
        project.backup(copy)
    assert cli.main(["project", "backup", str(project.path), str(tmp_path / "c2.qcp")]) == 0
    assert "6 segments, 1 decisions" in capsys.readouterr().out
