"""Crash safety for real: a writer process is killed with SIGKILL at random moments while it loops over large
transactions; after every kill the file must pass ``PRAGMA integrity_check`` and hold exactly the rows of the
transactions that committed (all or nothing per transaction)."""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import signal
import sys
import time

import pandas as pd
import pytest

from qualcode.validation import Project

BATCH_CODES = 400  # codes per segment per transaction; with 6 segments -> 2,400 rows per transaction
N_SEGMENTS = 6
KILLS = 20

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")


def _writer(path: str, conn) -> None:  # runs in the child process
    import contextlib

    proj = Project.open(path, timeout=30)
    k = proj._conn.execute("SELECT COUNT(DISTINCT coder) FROM codings").fetchone()[0]
    real_write = proj._write

    @contextlib.contextmanager
    def reporting_write():
        with real_write() as c:  # BEGIN IMMEDIATE has run: from here on we are inside the transaction
            conn.send(("inside", k))
            yield c

    proj._write = reporting_write
    segs = [f"D:{i}" for i in range(1, N_SEGMENTS + 1)]
    conn.send(("ready", k))
    while True:
        batch = pd.DataFrame({"seg_id": [s for s in segs for _ in range(BATCH_CODES)],
                              "code": [f"c{j}" for _ in segs for j in range(BATCH_CODES)],
                              "evidence": "x" * 40})
        conn.send(("begin", k))
        proj.add_codings(batch, coder=f"w{k:03d}")
        conn.send(("commit", k))
        k += 1


def _committed(path) -> tuple[str, dict[str, int]]:
    with Project.open(path) as proj:
        ok = proj.integrity_check()
        fk = proj._conn.execute("PRAGMA foreign_key_check").fetchall()
        counts = dict(proj._conn.execute("SELECT coder, COUNT(*) FROM codings GROUP BY coder").fetchall())
        assert fk == []
    return ok, counts


def test_sigkill_mid_write_keeps_last_committed_state(tmp_path):
    path = tmp_path / "crash.sqlite"
    with Project.init(path) as proj:
        proj.add_segments(pd.DataFrame({"seg_id": [f"D:{i}" for i in range(1, N_SEGMENTS + 1)], "doc_id": "D",
                                        "text": [f"第{i}段" for i in range(1, N_SEGMENTS + 1)]}))
    ctx = mp.get_context("fork")
    rnd = random.Random(20261128)
    mid_transaction_kills = 0
    for kill in range(KILLS):
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_writer, args=(str(path), child), daemon=True)
        proc.start()
        assert parent.poll(30), "writer did not start"
        kind, k = parent.recv()
        assert kind == "ready"
        last_begin, last_inside, last_commit = None, None, None
        while last_inside is None:  # (until it is inside its first transaction: getting there takes as long as the
            assert parent.poll(30), "writer began no transaction"  # machine and library versions make it)
            kind, k = parent.recv()
            if kind == "begin":
                last_begin = k
            elif kind == "inside":
                last_inside = k
        # let it write for a random while: within its first transaction every other time, else over several
        time.sleep(rnd.uniform(0.0, 0.02 if kill % 2 == 0 else 0.15))
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(10)
        assert proc.exitcode == -signal.SIGKILL
        while parent.poll(0):
            try:
                kind, k = parent.recv()
            except EOFError:
                break
            if kind == "begin":
                last_begin = k
            elif kind == "inside":
                last_inside = k
            elif kind == "commit":
                last_commit = k
        parent.close()
        ok, counts = _committed(path)
        assert ok == "ok"
        # every stored transaction is complete ...
        assert all(n == N_SEGMENTS * BATCH_CODES for n in counts.values()), counts
        # ... and they are exactly the transactions 0..m-1 with m between the last reported commit and the last begun
        m = len(counts)
        assert sorted(counts) == [f"w{i:03d}" for i in range(m)]
        if last_commit is not None:
            assert m >= last_commit + 1
        if last_begin is not None:
            assert m <= last_begin + 1
            if last_inside == last_begin and m == last_inside:  # inside BEGIN..COMMIT, nothing of it stored
                mid_transaction_kills += 1
    # the test really hit transactions in flight (random moments land mostly inside the large writes)
    print(f"kills={KILLS} mid_transaction={mid_transaction_kills} transactions_committed={m}")
    assert mid_transaction_kills >= KILLS // 5
    # the file keeps working after all the kills
    with Project.open(path) as proj:
        assert proj.integrity_check() == "ok"
        proj.add_codings(pd.DataFrame({"seg_id": ["D:1"], "code": ["final"]}), coder="li")
        assert len(proj.codings("li")) == 1
