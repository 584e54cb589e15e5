"""An older qualcode, imported side by side with the current one, for before/after measurements in one process.

    legacy = load_legacy("255f148")          # the package as it was at that commit, named qualcode_legacy_255f148
    legacy.privacy.detect_pii("我叫张伟。")

The package source is taken from git (``git archive`` of ``src/qualcode`` at the commit) into a temporary folder, with
``qualcode`` renamed in its own imports, so both versions run in the same interpreter on the same text. Needs a git
checkout with that commit (a shallow clone may not have it).
"""

from __future__ import annotations

import atexit
import gc
import importlib
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]

#: The main-branch commit on which issue 11's detector work started (the detector "before").
BEFORE_ISSUE_11 = "255f148"


#: How many older packages stay imported at once. Each holds its own models and dictionaries (about 200 MB once it
#: has run); the accuracy report compares well over a hundred commits, so the least recently used is dropped first.
KEEP = 6
_loaded: list[str] = []


def load_legacy(commit: str) -> ModuleType:
    """Import ``src/qualcode`` as it was at ``commit`` under the name ``qualcode_legacy_<commit>``."""
    name = f"qualcode_legacy_{re.sub(r'[^0-9A-Za-z]', '_', commit)}"
    if name in sys.modules:
        if name in _loaded:
            _loaded.remove(name)
            _loaded.append(name)
        return sys.modules[name]
    while len(_loaded) >= KEEP:
        _unload(_loaded.pop(0))
    _loaded.append(name)
    try:
        blob = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", commit, "src/qualcode"],
                              check=True, capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = exc.stderr.decode(errors="replace").strip() if isinstance(exc, subprocess.CalledProcessError) else exc
        raise SystemExit(f"cannot read commit {commit} from git ({detail}); the comparison needs the full history") \
            from None
    root = Path(tempfile.mkdtemp(prefix="qualcode_legacy_"))
    atexit.register(shutil.rmtree, root, True)
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        tar.extractall(root, filter="data")
    pkg = root / name
    (root / "src" / "qualcode").rename(pkg)
    word = re.compile(r"\bqualcode(?=[.\"'\s,)]|$)", re.M)
    for path in pkg.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(word.sub(name, text), encoding="utf-8")
    sys.path.insert(0, str(root))
    module = importlib.import_module(name)
    for sub in ("privacy",):
        importlib.import_module(f"{name}.{sub}")
    return module


def _unload(name: str) -> None:
    """Forget the older package ``name`` and its modules, so that its memory can be freed."""
    for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
        del sys.modules[key]
    gc.collect()
