"""Output files: atomic, readable as the user's umask says, and no temporary file left after a kill."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import stat
import time
from pathlib import Path

import pandas as pd
import pytest

from qualcode._io import TMP_SUFFIX, atomic_write, read_table, write_table


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask():
    """Set the process umask for one test, then restore it."""
    old = os.umask(0o022)
    os.umask(old)

    def set_mask(mask: int) -> None:
        os.umask(mask)

    yield set_mask
    os.umask(old)


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664), (0o077, 0o600)])
def test_new_files_follow_the_umask(tmp_path, umask, mask, expected):
    umask(mask)
    out = write_table(pd.DataFrame({"a": [1]}), tmp_path / "t.csv")
    assert _mode(out) == expected
    with atomic_write(tmp_path / "sub" / "r.html") as fh:
        fh.write("<p>报告</p>")
    assert _mode(tmp_path / "sub" / "r.html") == expected


def test_a_replaced_file_keeps_its_permissions(tmp_path, umask):
    umask(0o022)
    target = tmp_path / "shared.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o664)
    write_table(pd.DataFrame({"a": [1]}), target)
    assert _mode(target) == 0o664 and read_table(target)["a"].tolist() == [1]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "t.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as fh:
            fh.write("half")
            raise RuntimeError("crash")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.txt"]


def _write_then_hang(target: str, ready) -> None:
    with atomic_write(target) as fh:
        fh.write("half of it")
        fh.flush()
        ready.set()
        # Short sleeps, not one long one: Python runs a signal handler between bytecodes, so a signal that lands
        # after the last check but before the sleep's system call starts would wait for that call to end; one
        # sleep of 60 s outlived the test's 30 s join (about 1 run in 40 under load, CI failed on it).
        for _ in range(600):
            time.sleep(0.1)


def _write_with_cli_handler(target: str, ready) -> None:
    from qualcode.cli import _terminate

    signal.signal(signal.SIGTERM, _terminate)
    _write_then_hang(target, ready)


def _stopped(sig: int, target: Path, worker) -> None:
    ctx = mp.get_context("fork")
    ready = ctx.Event()
    proc = ctx.Process(target=worker, args=(str(target), ready))
    proc.start()
    assert ready.wait(30)
    os.kill(proc.pid, sig)
    proc.join(30)
    if proc.exitcode is None:
        proc.kill()
        proc.join()
        pytest.fail(f"the writer did not stop within 30 s of signal {sig}")


def test_kill_9_leaves_a_temporary_that_the_next_write_removes(tmp_path):
    target = tmp_path / "codings.csv"
    _stopped(signal.SIGKILL, target, _write_then_hang)
    left = list(tmp_path.glob(f"*{TMP_SUFFIX}"))
    assert len(left) == 1 and not target.exists()  # nothing half-written under the real name
    write_table(pd.DataFrame({"a": [1]}), target)
    assert [p.name for p in tmp_path.iterdir()] == ["codings.csv"]


def test_sigterm_unwinds_and_removes_the_temporary(tmp_path):
    target = tmp_path / "report.html"
    _stopped(signal.SIGTERM, target, _write_with_cli_handler)
    assert list(tmp_path.iterdir()) == []


def test_another_live_writers_temporary_is_left_alone(tmp_path):
    target = tmp_path / "t.csv"
    live = tmp_path / f".t.csv.{os.getppid()}.abcd{TMP_SUFFIX}"  # the parent process: alive
    live.write_text("x", encoding="utf-8")
    write_table(pd.DataFrame({"a": [1]}), target)
    assert live.exists()
