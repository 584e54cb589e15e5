"""User dictionaries in jieba's format, the shipped domain dictionary, and their combined hash.

A dictionary file has one entry a line: ``word [frequency] [tag]``, separated by blanks (jieba's ``load_userdict``
format). qualcode also accepts blank lines, ``#`` comment lines and trailing ``  # comments``. Every malformed line is
reported as ``path:line`` and all of them are raised together as one :class:`~qualcode.errors.InputError`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from qualcode.errors import InputError, Issue, raise_if_errors

__all__ = ["DictEntry", "domain_dict_path", "read_dictionary", "validate_user_dict", "words_entries"]

FORMAT_HINT = "one entry a line: word [frequency] [tag], e.g. '困境儿童 500 n'"


@dataclass(frozen=True)
class DictEntry:
    """One dictionary word; ``freq`` None lets the backend suggest a frequency that keeps the word whole."""

    word: str
    freq: int | None = None
    tag: str | None = None


def domain_dict_path() -> Path:
    """Path of the shipped domain dictionary (``qualcode/data/domain_dict.txt``)."""
    return Path(str(resources.files("qualcode") / "data" / "domain_dict.txt"))


def _parse(text: str, path: str) -> tuple[list[DictEntry], list[Issue]]:
    entries: list[DictEntry] = []
    issues: list[Issue] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        for sep in (" #", "\t#"):
            if sep in line:
                line = line.split(sep, 1)[0].strip()
        fields = line.split()
        if len(fields) > 3:
            issues.append(Issue(path, lineno, f"invalid dictionary entry {line!r}: {len(fields)} fields, at most 3",
                                FORMAT_HINT))
            continue
        word = fields[0]
        freq: int | None = None
        tag: str | None = None
        if len(fields) >= 2:
            try:
                freq = int(fields[1])
            except ValueError:
                if len(fields) == 2 and not fields[1].isdigit() and fields[1].isascii() and fields[1].isalpha():
                    tag = fields[1]  # jieba allows 'word tag'
                else:
                    issues.append(Issue(path, lineno, f"invalid dictionary entry {line!r}: frequency {fields[1]!r} "
                                                      "is not a whole number", FORMAT_HINT))
                    continue
            else:
                if freq < 1:
                    issues.append(Issue(path, lineno, f"invalid dictionary entry {line!r}: frequency {freq} must be "
                                                      ">= 1", "a frequency of 0 would change jieba's global "
                                                              "force-split list; leave the word out instead"))
                    continue
        if len(fields) == 3:
            tag = fields[2]
        entries.append(DictEntry(word, freq, tag))
    return entries, issues


def validate_user_dict(path: str | os.PathLike) -> list[Issue]:
    """Problems of a user dictionary file (empty list when it is fine); the non-raising twin of loading it."""
    return _read(path)[1]


def _read(path: str | os.PathLike) -> tuple[list[DictEntry], list[Issue], bytes]:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        return [], [Issue(str(p), None, f"cannot read user dictionary: {exc.strerror or exc}")], b""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return [], [Issue(str(p), line, "user dictionary is not UTF-8 text", "save the file as UTF-8")], data
    entries, issues = _parse(text, str(p))
    return entries, issues, data


def read_dictionary(path: str | os.PathLike) -> tuple[list[DictEntry], bytes]:
    """Entries of a dictionary file and its bytes (for hashing); raises InputError listing every bad line."""
    entries, issues, data = _read(path)
    raise_if_errors(issues, InputError, summary=f"user dictionary {path} has problems")
    return entries, data


def words_entries(words: Iterable[str], name: str = "user_words") -> list[DictEntry]:
    """Entries for a list of words (codebook terms); raises ValueError naming ``name`` for a bad word."""
    if isinstance(words, (str, bytes)):
        raise ValueError(f"{name} == {words!r}: must be an iterable of words, not a single string "
                         f"(use {name}=[{words!r}])")
    out = []
    for i, w in enumerate(words):
        if not isinstance(w, str):
            raise ValueError(f"{name}[{i}] == {w!r}: must be a str")
        if not w.strip():
            raise ValueError(f"{name}[{i}] == {w!r}: an empty word cannot be added to the dictionary")
        if any(c.isspace() for c in w):
            raise ValueError(f"{name}[{i}] == {w!r}: a dictionary word cannot contain whitespace")
        out.append(DictEntry(w))
    return out


def entries_hash(parts: Iterable[bytes]) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()
