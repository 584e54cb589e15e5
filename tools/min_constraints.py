"""Print a pip constraints file that pins every declared dependency (core and the extras named) to its floor.

    python tools/min_constraints.py fast pkuseg opencc tomotopy scale > constraints-min.txt
    pip install -c constraints-min.txt '.[test]'

`.ci/run` uses it to run the test suite against the oldest versions qualcode declares it supports, so a floor
that is too low (a function used that the floor version lacks) fails CI.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
FLOOR = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*>=\s*([0-9][^,;\s]*)")


def floors(extras: list[str]) -> dict[str, str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in extras:
        specs += [s for s in project["optional-dependencies"][extra] if not s.startswith("qualcode")]
    out = {}
    for spec in specs:
        m = FLOOR.match(spec)
        if m:
            out[m.group(1).lower()] = m.group(2)
    return out


if __name__ == "__main__":
    for name, version in sorted(floors(sys.argv[1:]).items()):
        print(f"{name}=={version}")
