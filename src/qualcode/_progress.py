"""Progress bars for long work: tqdm on standard error, shown only on a terminal (pipe-friendly otherwise)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress_enabled() -> bool:
    if os.environ.get("QUALCODE_PROGRESS") == "0":
        return False
    if os.environ.get("QUALCODE_PROGRESS") == "1":
        return True
    return sys.stderr.isatty()


def progress(iterable: Iterable[T], desc: str = "", total: int | None = None, unit: str = "it") -> Iterator[T]:
    """Wrap ``iterable`` in a tqdm bar when standard error is a terminal; otherwise yield it unchanged."""
    if not progress_enabled():
        yield from iterable
        return
    from tqdm.auto import tqdm

    yield from tqdm(iterable, desc=desc, total=total, unit=unit, file=sys.stderr, leave=False)


def step(message: str) -> None:
    """Announce a pipeline step on standard error (always; it is one line per step)."""
    print(f"[qualcode] {message}", file=sys.stderr, flush=True)
