"""Write one named section of a results page (docs/benchmarks.md, docs/accuracy.md) without touching the others.

Each benchmark owns the text between ``<!-- BEGIN name -->`` and ``<!-- END name -->``; running it again replaces
only that section, atomically. Sections are kept in the order they were first written.
"""

from __future__ import annotations

import platform
import re
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from qualcode._io import atomic_write  # noqa: E402

HEADERS = {
    "benchmarks.md": "# Benchmarks\n\nEvery number here was produced by the command shown with it, on the machine "
                     "described.\n",
    "accuracy.md": "# Accuracy\n\nEvery number here was produced by the command shown with it.\n",
}


def machine() -> str:
    import os

    return (f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPU, "
            f"{platform.machine()}, {date.today().isoformat()}")


def update_section(page: str, name: str, markdown: str) -> Path:
    path = REPO / "docs" / page
    text = path.read_text(encoding="utf-8") if path.exists() else HEADERS.get(page, f"# {page}\n")
    block = f"<!-- BEGIN {name} -->\n{markdown.rstrip()}\n<!-- END {name} -->"
    pattern = re.compile(rf"<!-- BEGIN {re.escape(name)} -->.*?<!-- END {re.escape(name)} -->", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    with atomic_write(path) as fh:
        fh.write(text)
    return path


def shared_data() -> Path:
    import os

    env = os.environ.get("QUALCODE_SHARED_DATA")
    candidates = [Path(env)] if env else [REPO.parent / "shared" / "data", REPO.parent.parent / "shared" / "data"]
    for path in candidates:
        if path.is_dir():
            return path
    raise SystemExit(f"{candidates[0]}: not found (benchmarks read ../shared/data; set QUALCODE_SHARED_DATA)")
