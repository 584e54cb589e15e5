"""Hostile-input-safe reading of zip archives (.qdpx projects, .xlsx sheets) and XML documents.

Nothing here extracts to disk: members are read into memory with hard caps. An archive is refused, with an
:class:`qualcode.errors.ExchangeError` naming the member, when

- a member name is absolute, has a drive letter, a backslash, a ``..`` part or a NUL byte (path traversal),
- a member is a symbolic link (Unix mode bits in ``external_attr``),
- it has more than :data:`MAX_MEMBERS` members,
- a member or the whole archive would decompress to more than :data:`MAX_MEMBER_BYTES` /
  :data:`MAX_TOTAL_BYTES` (checked against the header *and* while reading, since headers can lie),
- a member's compression ratio exceeds :data:`MAX_RATIO` (zip bombs).

XML is parsed by lxml with entity resolution, DTD loading, network access and ``huge_tree`` all off, and any document
carrying a ``<!DOCTYPE>`` is refused: REFI-QDA files never need one, and it is how billion-laughs and external-entity
(XXE) attacks start.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from qualcode.errors import ExchangeError, Issue, require

__all__ = [
    "MAX_MEMBERS",
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "SafeZip",
    "lxml_etree",
    "parse_xml",
    "read_capped",
]

#: At most this many members in an archive.
MAX_MEMBERS = 10_000
#: At most this many uncompressed bytes in one member (256 MiB).
MAX_MEMBER_BYTES = 256 * 1024 * 1024
#: At most this many uncompressed bytes read from one archive in total (1 GiB).
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
#: Largest accepted ratio uncompressed/compressed size for a member bigger than :data:`RATIO_FLOOR` bytes.
MAX_RATIO = 200
#: Members smaller than this are not ratio-checked (tiny files compress extremely well legitimately).
RATIO_FLOOR = 1024 * 1024

_DRIVE_RE = re.compile(r"^[A-Za-z]:")
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    """The caps one :class:`SafeZip` enforces (defaults are the module constants; tests pass smaller ones)."""

    max_members: int = MAX_MEMBERS
    max_member_bytes: int = MAX_MEMBER_BYTES
    max_total_bytes: int = MAX_TOTAL_BYTES
    max_ratio: float = MAX_RATIO
    ratio_floor: int = RATIO_FLOOR


def _refuse(path: str, message: str, hint: str | None = None) -> ExchangeError:
    return ExchangeError([Issue(path, None, message, hint)], summary="unsafe or unreadable archive")


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name is unsafe (``None`` when it is fine)."""
    if not name:
        return "has an empty name"
    if "\x00" in name:
        return "contains a NUL byte"
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/"):
        return "is an absolute path"
    if _DRIVE_RE.match(name):
        return "starts with a drive letter"
    if any(part == ".." for part in name.split("/")):
        return "contains a '..' part (path traversal)"
    return None


class SafeZip:
    """A zip archive checked for traversal, symlinks and bombs when opened; members are read into memory.

    ``SafeZip(data_or_path, display="project.qdpx")``; :meth:`read` returns a member's bytes (case-insensitive
    lookup through :meth:`find`). Every refusal is an :class:`ExchangeError`.
    """

    def __init__(self, source, *, display: str | None = None, limits: Limits | None = None):
        self.display = display or (source if isinstance(source, str) else "<archive>")
        self.limits = limits or Limits()
        self._total = 0
        try:
            if isinstance(source, (bytes, bytearray)):
                self._zip = zipfile.ZipFile(io.BytesIO(bytes(source)))
            else:
                self._zip = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise _refuse(str(self.display), f"not a readable zip archive ({exc})",
                          "a .qdpx project is a zip file; export it again from the QDA program") from exc
        try:
            infos = self._zip.infolist()
        except Exception as exc:  # noqa: BLE001 - corrupt central directories raise many kinds
            raise _refuse(str(self.display), f"not a readable zip archive ({exc})") from exc
        try:
            self._check(infos)
        except ExchangeError:
            self._zip.close()
            raise
        self._infos = [i for i in infos if not i.filename.endswith("/")]

    # -- checks -----------------------------------------------------------------------------------------------------
    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        lim = self.limits
        if len(infos) > lim.max_members:
            raise _refuse(self.display, f"archive has {len(infos)} members, more than the limit of {lim.max_members}")
        declared = 0
        for info in infos:
            name = info.filename
            reason = unsafe_name_reason(name)
            if reason:
                raise _refuse(self.display, f"member {name!r} {reason}; refusing the archive")
            mode = (info.external_attr >> 16) & 0xFFFF
            if mode and stat.S_ISLNK(mode):
                raise _refuse(self.display, f"member {name!r} is a symbolic link; refusing the archive")
            if info.file_size > lim.max_member_bytes:
                raise _refuse(self.display, f"member {name!r} would decompress to {info.file_size} bytes, more "
                                            f"than the limit of {lim.max_member_bytes}")
            self._check_ratio(name, info.file_size, info.compress_size)
            declared += info.file_size
        if declared > lim.max_total_bytes:
            raise _refuse(self.display, f"archive would decompress to {declared} bytes, more than the limit of "
                                        f"{lim.max_total_bytes}")

    def _check_ratio(self, name: str, size: int, compressed: int) -> None:
        lim = self.limits
        if size > lim.ratio_floor and size > lim.max_ratio * max(compressed, 1):
            raise _refuse(self.display, f"member {name!r} has a compression ratio above {lim.max_ratio}:1 "
                                        "(a zip bomb?); refusing the archive")

    # -- access -----------------------------------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        """Member names (directories left out), in archive order."""
        return [i.filename for i in self._infos]

    def find(self, name: str) -> str | None:
        """The member name matching ``name`` case-insensitively (``Sources/x.txt`` == ``sources/X.TXT``)."""
        want = name.lower().lstrip("/")
        for info in self._infos:
            if info.filename == name:
                return info.filename
        for info in self._infos:
            if info.filename.lower() == want:
                return info.filename
        return None

    def iter_members(self) -> Iterator[str]:
        """Member names (directories left out)."""
        return iter(self.names)

    def read(self, name: str) -> bytes:
        """The bytes of member ``name`` (exact or case-insensitive), read with the size and ratio caps enforced."""
        real = self.find(name)
        if real is None:
            raise _refuse(self.display, f"member {name!r} is not in the archive")
        info = self._zip.getinfo(real)
        lim = self.limits
        budget = min(lim.max_member_bytes, lim.max_total_bytes - self._total)
        out = io.BytesIO()
        try:
            with self._zip.open(info) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    out.write(chunk)
                    if out.tell() > budget:
                        raise _refuse(self.display, f"member {real!r} decompresses to more than its declared size "
                                                    "or the archive's limit; refusing the archive")
                    self._check_ratio(real, out.tell(), info.compress_size)
        except ExchangeError:
            raise
        except Exception as exc:  # noqa: BLE001 - zlib.error, BadZipFile (CRC), EOFError, NotImplementedError ...
            raise _refuse(self.display, f"member {real!r} cannot be read ({type(exc).__name__}: {exc})") from exc
        self._total += out.tell()
        return out.getvalue()

    def close(self) -> None:
        """Close the underlying archive."""
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_capped(path, limit: int = MAX_MEMBER_BYTES) -> bytes:
    """The bytes of a plain file, refusing files over ``limit`` bytes (an XML document is never that big)."""
    from pathlib import Path

    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limit:
            raise _refuse(str(p), f"file is {size} bytes, more than the limit of {limit}")
        return p.read_bytes()
    except OSError as exc:
        raise ExchangeError([Issue(str(p), None, f"cannot read file: {exc.strerror or exc}")]) from exc


def lxml_etree():
    """``lxml.etree``, or :class:`~qualcode.errors.MissingDependencyError` with the pip command."""

    return require("lxml.etree", package="lxml", purpose="REFI-QDA import and export")


def parse_xml(data: bytes, path: str):
    """Parse XML bytes safely with lxml; return the root element (with ``sourceline`` for messages).

    Refuses (``ExchangeError``) malformed XML, any ``<!DOCTYPE>`` (entity expansion, external entities) and
    processing that would need the network.
    """
    etree = lxml_etree()
    head = data[:1 << 20]
    if any(marker.encode(enc) in head for marker in ("<!DOCTYPE", "<!ENTITY")
           for enc in ("utf-8", "utf-16-le", "utf-16-be")):
        raise _dtd_refused(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                             dtd_validation=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", None) or None
        raise ExchangeError([Issue(path, line, f"not well-formed XML: {exc.msg if hasattr(exc, 'msg') else exc}")],
                            summary="cannot parse XML") from exc
    except (ValueError, TypeError) as exc:  # e.g. unsupported encoding declarations
        raise ExchangeError([Issue(path, None, f"cannot parse XML: {exc}")], summary="cannot parse XML") from exc
    if root is None:
        raise ExchangeError([Issue(path, None, "empty XML document")], summary="cannot parse XML")
    info = root.getroottree().docinfo
    if info.internalDTD is not None or info.externalDTD is not None or info.doctype:
        raise _dtd_refused(path)
    return root


def _dtd_refused(path: str) -> ExchangeError:
    return ExchangeError(
        [Issue(path, 1, "XML document declares a DTD (<!DOCTYPE>); entity declarations are refused for safety",
               "REFI-QDA files never need a DTD; remove the <!DOCTYPE ...> block")],
        summary="unsafe XML")
