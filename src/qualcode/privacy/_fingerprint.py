"""A fingerprint of the detector itself, for caches of what it found.

A cached result of name detection (a fitted :class:`~qualcode.privacy.Pseudonymiser` in ``reproduce``'s cache) is
stale as soon as the detector changes, which happens between releases too (a development checkout, a patched data
file). :func:`detector_fingerprint` hashes what decides the detector's output: the source of this package, the data
files it reads (surnames, minority name elements, the domain dictionary) and the version of jieba, whose dictionary
and tagger it uses.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata, resources
from importlib.resources.abc import Traversable

__all__ = ["DATA_FILES", "detector_fingerprint", "digest"]

#: Data files of ``qualcode/data`` that the detector reads.
DATA_FILES = ("surnames_zh.txt", "minority_names_zh.txt", "domain_dict.txt", "places_zh.txt")


@functools.lru_cache(maxsize=1)
def detector_fingerprint() -> str:
    """A short hex digest that changes whenever the detector's code, its data or jieba's version do."""
    try:
        jieba = metadata.version("jieba")
    except metadata.PackageNotFoundError:  # (jieba installed without metadata: only qualcode's side is hashed)
        jieba = "unknown"
    return digest(resources.files("qualcode.privacy"), resources.files("qualcode").joinpath("data"), jieba)


def digest(package: Traversable, data: Traversable, jieba: str) -> str:
    """The digest of the ``.py`` files of ``package``, the :data:`DATA_FILES` of ``data`` and jieba's version."""
    h = hashlib.sha256()
    for entry in sorted(package.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".py"):
            h.update(entry.name.encode() + b"\0" + entry.read_bytes())
    for name in DATA_FILES:
        h.update(name.encode() + b"\0" + data.joinpath(name).read_bytes())
    h.update(jieba.encode())
    return h.hexdigest()[:16]
