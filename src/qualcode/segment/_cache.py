"""On-disk cache of segmentation results, one file per document, keyed by a content hash.

The key covers everything the rows depend on: the turn texts (notes are found in them), the backend and its version, the
dictionary hash (shipped domain dictionary + user dictionary + user words), the unit, the speakers kept, and the
qualcode version. A changed dictionary or text therefore never reads a stale entry. Files are JSON written atomically
(:func:`qualcode._io.atomic_write`); an unreadable entry counts as a miss and is rewritten.

Location: ``cache_dir`` argument, else ``$QUALCODE_CACHE_DIR``, else ``~/.cache/qualcode``; entries live under
``<cache_dir>/segments/``. ``cache_dir=False`` disables the cache. Delete the folder to clear it.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Sequence

from qualcode._io import atomic_write
from qualcode.segment._engine import Rows

__all__ = ["SegmentCache", "default_cache_dir"]

FORMAT = "qualcode-segments-1"


def default_cache_dir() -> Path:
    env = os.environ.get("QUALCODE_CACHE_DIR")
    return Path(env).expanduser() if env else Path("~/.cache/qualcode").expanduser()


class SegmentCache:
    """Read and write per-document rows under ``root/segments``."""

    def __init__(self, root: str | os.PathLike, settings: Sequence[str]):
        self.dir = Path(root) / "segments"
        self.settings = "\x1f".join([FORMAT, *map(str, settings)])
        self.hits = 0
        self.misses = 0

    def key(self, texts: Sequence[str]) -> str:
        h = hashlib.sha256(self.settings.encode("utf-8"))
        for text in texts:
            h.update(b"\x1e")
            h.update(text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str, n_texts: int) -> Rows | None:
        path = self._path(key)
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
            rows = Rows.decode(data)
            if len(rows) and (rows.tpos.min() < 0 or rows.tpos.max() >= n_texts):
                raise ValueError("turn index out of range")
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return rows

    def put(self, key: str, rows: Rows) -> None:
        path = self._path(key)
        try:
            with atomic_write(path) as fh:
                json.dump(rows.encode(), fh, ensure_ascii=False, separators=(",", ":"))
        except OSError:  # a read-only or full cache never breaks segmentation
            pass
