"""The files of a corpus folder, walked without surprises.

Subfolders are read; hidden files and folders, Office lock files (``~$*``), ``README*``, ``LICENSE*``, ``SOURCE*``,
``corpus.yaml`` and what corpus.yaml excludes are not. Symbolic links are looked at, never followed blindly:

* a link to a file or folder inside the corpus folder is read like the file or folder itself (a folder only once,
  so a link back up the tree cannot loop);
* a link that points outside the corpus folder is *not* read (``passwd.txt -> /etc/passwd``) unless
  ``follow_links=True``;
* a dangling link and a link loop are named.

Each link not read is reported as a warning ``path:1: ...``, so nothing is skipped without a record.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from pathlib import Path

from qualcode.errors import Issue

__all__ = ["ALWAYS_SKIP", "list_files"]

ALWAYS_SKIP = ("corpus.yaml", "corpus.yml", "README*", "readme*", "LICENSE*", "SOURCE*", ".*", "~$*")


def excluded(rel: str, patterns: Iterable[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(name, pat) for pat in patterns)


def _link_target(path: Path, real_root: Path, follow_links: bool) -> Path | Issue:
    """The resolved target of a link to read, or the reason it is not read."""
    try:
        shown = os.readlink(path)
    except OSError:
        shown = "?"
    try:
        real = path.resolve(strict=True)
    except FileNotFoundError:
        return Issue(str(path), 1, f"dangling symbolic link (-> {shown}); not read",
                           "remove the link or restore its target", severity="warning")
    except (RuntimeError, OSError):  # ELOOP: RuntimeError before Python 3.13, OSError after
        return Issue(str(path), 1, f"symbolic link loop (-> {shown}); not read", "remove the link",
                     severity="warning")
    if real != real_root and real_root not in real.parents and not follow_links:
        return Issue(str(path), 1, f"symbolic link to {real}, outside the corpus folder; not read",
                     "copy the file into the corpus folder, or pass follow_links=True (--follow-links) "
                     "if you mean to read it", severity="warning")
    return real


def list_files(root: Path, exclude: Iterable[str], suffixes: Iterable[str], follow_links: bool = False
               ) -> tuple[list[Path], Path | None, list[Issue]]:
    """Transcript files under ``root`` (sorted), the respondents table, and the links that were not read."""
    patterns = [*ALWAYS_SKIP, *exclude]
    suffixes = tuple(s.lower() for s in suffixes)
    real_root = root.resolve()
    seen_dirs = {real_root}
    files: list[Path] = []
    issues: list[Issue] = []
    respondents = None

    def walk(folder: Path) -> None:
        nonlocal respondents
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            issues.append(Issue(str(folder), 1, f"cannot list folder: {exc.strerror or exc}", severity="warning"))
            return
        for entry in entries:
            path = Path(entry.path)
            rel = path.relative_to(root).as_posix()
            if entry.name.startswith(".") or excluded(rel, patterns):
                continue
            if entry.is_symlink():
                real = _link_target(path, real_root, follow_links)
                if isinstance(real, Issue):
                    issues.append(real)
                    continue
                if real.is_dir():
                    if real in seen_dirs or real in real_root.parents:
                        issues.append(Issue(str(path), 1, f"symbolic link to a folder already read ({real}); not "
                                                          "read again", severity="warning"))
                        continue
                    seen_dirs.add(real)
                    walk(path)
                    continue
            elif entry.is_dir(follow_symlinks=False):
                seen_dirs.add(path.resolve())
                walk(path)
                continue
            if path.suffix.lower() not in suffixes or not path.is_file():
                continue
            if folder == root and path.stem.lower() == "respondents" and path.suffix.lower() in (".csv", ".xlsx"):
                respondents = path
                continue
            files.append(path)

    walk(root)
    return sorted(files), respondents, issues
