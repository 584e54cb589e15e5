"""On-disk cache of segmentation results, one file per document, keyed by a content hash.

The key covers everything the rows depend on: the turn texts (notes are found in them), the backend and its version, the
dictionary hash (shipped domain dictionary + user dictionary + user words), the unit, the speakers kept, and the
qualcode version. A changed dictionary or text therefore never reads a stale entry. Files hold the compact rows
(:meth:`Rows.encode`) in :mod:`marshal` format (builtin types only, several times faster than JSON to write and
read), written to a temporary file and renamed into place; they are not fsynced (a cache: an entry damaged by a
crash is unreadable, counts as a miss and is rewritten).

Location: ``cache_dir`` argument, else ``$QUALCODE_CACHE_DIR``, else ``~/.cache/qualcode``; entries live under
``<cache_dir>/segments/``. ``cache_dir=False`` disables the cache. The folder is bounded and cleared as
:mod:`qualcode._cachedir` describes (``qualcode cache``).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from qualcode._cachedir import cache_root, prune_cache, touch
from qualcode.segment._engine import Rows

__all__ = ["SegmentCache", "default_cache_dir"]

FORMAT = "qualcode-segments-2"


def default_cache_dir() -> Path:
    return cache_root()


class SegmentCache:
    """Read and write per-document rows under ``root/segments``."""

    def __init__(self, root: str | os.PathLike, settings: Sequence[str]):
        self.root = Path(root)
        self.dir = self.root / "segments"
        self.written = 0
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
        return self.dir / key[:2] / f"{key}.bin"

    def get(self, key: str, n_texts: int) -> Rows | None:
        path = self._path(key)
        try:
            with open(path, "rb") as fh:
                data = marshal.load(fh)
            rows = Rows.decode(data)
            if len(rows) and (rows.tpos.min() < 0 or rows.tpos.max() >= n_texts):
                raise ValueError("turn index out of range")
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError, EOFError):
            self.misses += 1
            return None
        self.hits += 1
        touch(path)
        return rows

    def put(self, key: str, rows: Rows) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    marshal.dump(rows.encode(), fh)
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
            self.written += 1
        except OSError:  # a read-only or full cache never breaks segmentation
            pass

    def close(self) -> None:
        """Keep the cache folder within its bound after new entries were written."""
        if self.written:
            try:
                prune_cache(self.root)
            except OSError:
                pass
