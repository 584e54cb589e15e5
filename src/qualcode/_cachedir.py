"""The result cache shared by every command: where it is, how big it may grow, and how to clear it.

One folder (``cache_dir`` argument, else ``$QUALCODE_CACHE_DIR``, else ``~/.cache/qualcode``) holds one subfolder per
kind of result: ``segments/`` (segmentation, one file per document, keyed by the document's turns and every setting
of the segmenter, so ``code``, ``crosstab``, ``report`` and ``reproduce`` reuse each other's segmentation) and
``study/`` (topic sweeps, topic models and pseudonymisers of ``reproduce``). Entries are keyed by content hashes,
so a stale entry is never read, and a damaged one is recomputed.

The cache is bounded: after writing, the least recently used entries are deleted until the folder holds at most
``$QUALCODE_CACHE_MAX_MB`` megabytes (default 2048; reading an entry marks it used). ``qualcode cache`` shows and
clears it (:func:`cache_info`, :func:`clear_cache`, :func:`prune_cache`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

__all__ = ["DEFAULT_MAX_MB", "cache_info", "cache_root", "clear_cache", "max_cache_bytes", "prune_cache", "touch"]

#: Default bound of the cache folder, in megabytes (``$QUALCODE_CACHE_MAX_MB`` overrides it).
DEFAULT_MAX_MB = 2048
KINDS = ("segments", "study")


def cache_root(cache_dir: str | os.PathLike | None = None) -> Path:
    """The cache folder: ``cache_dir``, else ``$QUALCODE_CACHE_DIR``, else ``~/.cache/qualcode``."""
    if cache_dir not in (None, True):
        return Path(cache_dir).expanduser()
    env = os.environ.get("QUALCODE_CACHE_DIR")
    return Path(env).expanduser() if env else Path("~/.cache/qualcode").expanduser()


def max_cache_bytes() -> int:
    """The bound of the cache folder in bytes (``$QUALCODE_CACHE_MAX_MB``, default :data:`DEFAULT_MAX_MB`)."""
    raw = os.environ.get("QUALCODE_CACHE_MAX_MB")
    try:
        mb = float(raw) if raw else DEFAULT_MAX_MB
    except ValueError:
        mb = DEFAULT_MAX_MB
    return int(max(mb, 0) * 1024 * 1024)


def touch(path: str | os.PathLike) -> None:
    """Mark an entry as used now (the pruning deletes the least recently used first)."""
    try:
        os.utime(path)
    except OSError:
        pass


def _entries(root: Path, kinds: Iterable[str] | None = None) -> list[tuple[str, Path, os.stat_result]]:
    out = []
    for kind in kinds or KINDS:
        base = root / kind
        if not base.is_dir():
            continue
        for dirpath, _dirs, files in os.walk(base):
            for name in files:
                path = Path(dirpath) / name
                try:
                    out.append((kind, path, path.stat()))
                except OSError:
                    continue
    return out


def cache_info(cache_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """One row per kind of cached result: ``kind, entries, megabytes, oldest, newest`` (last use), and a
    ``(total)`` row; ``attrs["root"]`` is the folder and ``attrs["max_mb"]`` its bound."""
    root = cache_root(cache_dir)
    rows = []
    entries = _entries(root)
    for kind in KINDS:
        mine = [st for k, _p, st in entries if k == kind]
        rows.append(_info_row(kind, mine))
    rows.append(_info_row("(total)", [st for _k, _p, st in entries]))
    out = pd.DataFrame(rows, columns=["kind", "entries", "megabytes", "oldest", "newest"])
    out.attrs["root"] = str(root)
    out.attrs["max_mb"] = max_cache_bytes() / 1024 / 1024
    return out


def _info_row(kind: str, stats: list[os.stat_result]) -> tuple:
    def when(t: float | None) -> str:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else ""

    times = [st.st_mtime for st in stats]
    return (kind, len(stats), round(sum(st.st_size for st in stats) / 1024 / 1024, 2),
            when(min(times) if times else None), when(max(times) if times else None))


def clear_cache(cache_dir: str | os.PathLike | None = None, kinds: Iterable[str] | None = None,
                older_than_days: float | None = None) -> int:
    """Delete cached results (every kind, or ``kinds``; only those unused for ``older_than_days`` when given).
    Returns the number of entries deleted. Only files inside the kinds' subfolders are touched."""
    kinds = list(kinds) if kinds is not None else list(KINDS)
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise ValueError(f"kinds == {bad!r}: each must be one of {', '.join(KINDS)}")
    cutoff = time.time() - older_than_days * 86400 if older_than_days is not None else None
    n = 0
    for _kind, path, st in _entries(cache_root(cache_dir), kinds):
        if cutoff is not None and st.st_mtime > cutoff:
            continue
        try:
            path.unlink()
            n += 1
        except OSError:
            continue
    return n


def prune_cache(cache_dir: str | os.PathLike | None = None, max_bytes: int | None = None) -> int:
    """Delete the least recently used entries until the cache holds at most ``max_bytes`` (default
    :func:`max_cache_bytes`). Returns the number deleted."""
    limit = max_cache_bytes() if max_bytes is None else int(max_bytes)
    entries = _entries(cache_root(cache_dir))
    total = sum(st.st_size for _k, _p, st in entries)
    if total <= limit:
        return 0
    n = 0
    for _kind, path, st in sorted(entries, key=lambda e: e[2].st_mtime):
        if total <= limit:
            break
        try:
            path.unlink()
        except OSError:
            continue
        total -= st.st_size
        n += 1
    return n
