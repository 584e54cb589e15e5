"""The notebooks in notebooks/ (jupytext percent scripts) run top to bottom in a fresh kernel without an error.

Each script is converted with jupytext and executed with nbclient (kernel ``python3``, working directory = the
repository root), the way a reader runs it. The kernel's cache folder and temporary folder point into pytest's
tmp_path, so a test run writes nothing outside it. Skipped with the reason when jupytext, nbclient or ipykernel
is missing (they come with ``pip install '.[test]'``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9]*.py"))
CELL_TIMEOUT = 300  # seconds per cell; generous for a loaded shared machine, the notebooks take ~10-40 s in all


def _require(module: str):
    try:
        return __import__(module)
    except ImportError:
        pytest.skip(f"{module} is not installed: pip install '.[test]' (jupytext, nbclient, ipykernel) to run the "
                    "notebooks")


def _files() -> set[str]:
    """Files under the folders a notebook reads (it must only write to temporary folders)."""
    return {str(p.relative_to(REPO)) for d in ("notebooks", "corpora", "codebooks") for p in (REPO / d).rglob("*")
            if "__pycache__" not in p.parts and ".ipynb_checkpoints" not in p.parts}


def test_notebooks_found():
    names = [p.name for p in NOTEBOOKS]
    assert names == ["01_quickstart.py", "02_codebook.py", "03_topics.py", "04_validation.py", "05_explore.py"], names


def test_notebooks_are_percent_scripts():
    jupytext = _require("jupytext")
    for path in NOTEBOOKS:
        text = path.read_text(encoding="utf-8")
        assert "format_name: percent" in text, f"{path.name}: no jupytext percent header"
        nb = jupytext.reads(text, fmt="py:percent")
        kinds = [c.cell_type for c in nb.cells]
        assert kinds[0] == "markdown" and "code" in kinds, f"{path.name}: expected a markdown title and code cells"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path):
    jupytext = _require("jupytext")
    nbclient = _require("nbclient")
    _require("ipykernel")
    from nbclient.exceptions import CellExecutionError

    nb = jupytext.read(path)
    before = _files()
    env = dict(os.environ, QUALCODE_CACHE_DIR=str(tmp_path / "cache"), TMPDIR=str(tmp_path),
               QUALCODE_PROGRESS="0", MPLBACKEND="Agg")
    client = nbclient.NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(REPO)}})
    try:
        client.execute(env=env, cwd=str(REPO))
    except CellExecutionError as exc:  # the message holds the failing cell and its traceback
        pytest.fail(f"{path.name} failed:\n{exc}", pytrace=False)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors, f"{path.name}: {errors}"
    assert all(c.get("execution_count") for c in nb.cells if c.cell_type == "code" and c.source.strip())
    assert _files() == before, f"{path.name} wrote into the repository: {sorted(_files() ^ before)}"
