"""Stop words and spoken fillers for content words (topic models, keyword lists).

The shipped stop word list is spaCy's Chinese list (``spacy.lang.zh.stop_words``, MIT licence) restricted to entries
with a letter or digit; the fillers (嗯, 啊, 呃, 那个, 就是说, 反正, 然后 ...) were written for qualcode. Both are
plain files in ``qualcode/data`` (one word a line, ``#`` comments).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

__all__ = ["load_fillers", "load_stopwords", "read_word_list"]


def _data(name: str) -> Path:
    return Path(str(resources.files("qualcode") / "data" / name))


def read_word_list(path: str | os.PathLike) -> frozenset[str]:
    """Words of a one-word-a-line file (UTF-8; blank and ``#`` lines ignored)."""
    words = set()
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        w = line.strip()
        if w and not w.startswith("#"):
            words.add(w)
    return frozenset(words)


def _resolve(value, default_file: str, name: str) -> frozenset[str]:
    if value is None or value is True:
        return read_word_list(_data(default_file))
    if value is False:
        return frozenset()
    if isinstance(value, (str, os.PathLike)):
        p = Path(value)
        if not p.is_file():
            raise ValueError(f"{name} == {str(value)!r}: no such file (give a word-list file, an iterable of words, "
                             "None for the shipped list or False for none)")
        return read_word_list(p)
    if isinstance(value, Iterable):
        words = list(value)
        bad = [w for w in words if not isinstance(w, str)]
        if bad:
            raise ValueError(f"{name} contains {bad[0]!r}: every entry must be a str")
        return frozenset(w.strip() for w in words if w.strip())
    raise ValueError(f"{name} == {value!r}: must be None, False, a file path or an iterable of words")


def load_stopwords(value=None) -> frozenset[str]:
    """The stop word set for ``Segmenter(stopwords=value)``: None -> shipped list, False -> none, path, iterable."""
    return _resolve(value, "stopwords_zh.txt", "stopwords")


def load_fillers(value=None) -> frozenset[str]:
    """The filler set for ``Segmenter(fillers=value)``: None -> shipped list, False -> none, path, iterable."""
    return _resolve(value, "fillers_zh.txt", "fillers")
