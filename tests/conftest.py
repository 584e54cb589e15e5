"""Shared fixtures. Tests that need ../shared/data skip with a reason when it is absent (a user's clone has none)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path | None:
    env = os.environ.get("QUALCODE_SHARED_DATA")
    candidates = [Path(env)] if env else []
    candidates += [REPO.parent / "shared" / "data", REPO.parent.parent / "shared" / "data"]
    for cand in candidates:
        if cand.is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Path of ../shared/data; skips the test when it is not there."""
    path = shared_data_dir()
    if path is None:
        pytest.skip("../shared/data is not available (set QUALCODE_SHARED_DATA to run this test)")
    return path


@pytest.fixture(autouse=True)
def _no_progress(monkeypatch):
    monkeypatch.setenv("QUALCODE_PROGRESS", "0")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests never read or write the user's ~/.cache/qualcode: every default cache goes to a temporary folder."""
    old = os.environ.get("QUALCODE_CACHE_DIR")
    os.environ["QUALCODE_CACHE_DIR"] = str(tmp_path_factory.mktemp("qualcode-cache"))
    yield
    if old is None:
        os.environ.pop("QUALCODE_CACHE_DIR", None)
    else:
        os.environ["QUALCODE_CACHE_DIR"] = old
