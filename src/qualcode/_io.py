"""Safe file output and the CSV form of qualcode's tables.

Every output goes through :func:`atomic_write`: it is written to a temporary file in the destination folder,
flushed and fsynced, then renamed over the target, so a crash leaves either the old file or the new one, never half
of one. The file gets the permissions a new file gets from the user's umask (or keeps those of the file it
replaces), so a colleague in the group, or a web server, can read a shared report. A temporary file left by a
process that was killed (``kill -9``: no code runs) is removed by the next write of the same target; on SIGTERM
and Ctrl-C the ``qualcode`` command unwinds and removes its own. Source transcripts are only ever opened for
reading.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pandas as pd

from qualcode.errors import require

__all__ = ["TableWriter", "atomic_write", "new_file_mode", "read_table", "temporary_sibling", "write_table"]

#: CSV files are written as UTF-8 with a byte-order mark so that Excel opens Chinese text correctly.
CSV_ENCODING = "utf-8-sig"


#: Suffix of qualcode's temporary files: ``.<target name>.<pid>.<random>.qualcode-tmp`` beside the target.
TMP_SUFFIX = ".qualcode-tmp"


def new_file_mode(target: Path) -> int:
    """The permission bits for ``target``: those of the file it replaces, else 0o666 less the user's umask (what
    ``open(path, "w")`` would give a new file)."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _sweep(target: Path) -> None:
    """Remove temporary siblings of ``target`` left by processes that no longer run (killed mid-write)."""
    for tmp in target.parent.glob(f".{target.name}.*{TMP_SUFFIX}"):
        try:
            pid = int(tmp.name[len(target.name) + 2:].split(".", 1)[0])
        except ValueError:
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                tmp.unlink()
        except OSError:  # a process of another user: leave its file alone
            pass


@contextlib.contextmanager
def temporary_sibling(path: str | os.PathLike) -> Iterator[Path]:
    """A new, empty temporary file beside ``path`` (folder created), with the permissions :func:`new_file_mode`
    gives; removed when the block fails. The caller renames it over ``path`` (``os.replace``) on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _sweep(target)
    tmp = target.parent / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{TMP_SUFFIX}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, new_file_mode(target))
    finally:
        os.close(fd)
    try:
        yield tmp
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None
                 ) -> Iterator[IO]:
    """Open a temporary sibling of ``path`` for writing; rename it over ``path`` only when the block succeeds."""
    with temporary_sibling(path) as tmp:
        if "b" in mode:
            fh = open(tmp, mode)  # noqa: SIM115 - closed below, before the rename
        else:
            fh = open(tmp, mode, encoding=encoding, newline=newline)  # noqa: SIM115
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)


#: How the list-valued columns of qualcode's tables are written in a cell, and read back: ``tokens`` space-joined;
#: ``rules`` and ``terms`` (a machine coding's evidence) joined by `` | ``; ``spans`` as ``start-end`` pairs
#: joined by spaces (``120-122 126-129``).
LIST_SEPARATORS = {"tokens": " ", "rules": " | ", "terms": " | ", "words": " + "}


def _encode_cell(col: str, value: object) -> object:
    if not isinstance(value, (list, tuple)):
        return value
    if col == "spans":
        return " ".join(f"{s}-{e}" for s, e in value)
    return LIST_SEPARATORS.get(col, " ").join(map(str, value))


def _decode_cell(col: str, value: object) -> object:
    if not isinstance(value, str) or not value.strip():
        return () if col != "tokens" else []
    if col == "spans":
        return tuple((int(a), int(b)) for a, _, b in (p.partition("-") for p in value.split()))
    parts = value.split(LIST_SEPARATORS[col])
    return parts if col == "tokens" else tuple(parts)


def _encode_column(col: str, values: list) -> list:
    """:func:`_encode_cell` over a column (one comprehension: a function call per cell costs seconds on a large
    table)."""
    if col == "spans":
        return [_encode_cell(col, v) for v in values]
    sep = LIST_SEPARATORS.get(col, " ")
    try:  # lists of str (tokens, rules, terms): joined directly
        return [sep.join(v) if isinstance(v, (list, tuple)) else v for v in values]
    except TypeError:  # an item that is not a str
        return [_encode_cell(col, v) for v in values]


def _for_csv(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            values = out[col].tolist()
            if any(isinstance(v, (list, tuple)) for v in values):
                out[col] = pd.Series(_encode_column(col, values), index=out.index, dtype=object)
    return out


def write_table(df: pd.DataFrame, path: str | os.PathLike, *, sheet_name: str = "table") -> Path:
    """Write a table atomically as CSV (UTF-8 with BOM), .xlsx or .parquet, chosen by the suffix. List cells become
    the strings :data:`LIST_SEPARATORS` describes (the same in every format, so :func:`read_table` reads them
    back alike). Parquet needs pyarrow (``pip install 'qualcode[scale]'``); pandas reads it back much faster than
    CSV for large tables."""
    target = Path(path)
    if target.suffix.lower() == ".parquet":
        with TableWriter(target) as writer:
            writer.write(df)
        return target
    if target.suffix.lower() == ".xlsx":
        with atomic_write(target, "wb") as fh:
            _for_csv(df).to_excel(fh, index=False, sheet_name=sheet_name[:31])
    else:
        with atomic_write(target, "w", encoding=CSV_ENCODING, newline="") as fh:
            _for_csv(df).to_csv(fh, index=False)
    return target


def read_table(path: str | os.PathLike, *, list_columns: tuple[str, ...] = ("tokens", "rules", "terms", "spans")
               ) -> pd.DataFrame:
    """Read a table written by :func:`write_table` (or by a user: CSV in UTF-8 with/without BOM, or .xlsx).

    ``seg_id``/``doc_id``/``code``/``coder`` stay strings; ``list_columns`` are read back as
    :data:`LIST_SEPARATORS` says (``tokens`` a list of str, ``rules``/``terms`` tuples of str, ``spans`` a tuple of
    ``(start, end)`` pairs).
    """
    p = Path(path)
    str_cols = {c: str for c in ("seg_id", "doc_id", "respondent_id", "code", "coder", "evidence", "text", "codes",
                                 "rules", "terms", "spans", "tokens")}
    if p.suffix.lower() == ".parquet":
        require("pyarrow", extra="scale", purpose="Parquet tables")
        df = pd.read_parquet(p)
        df = df.astype({c: object for c in str_cols if c in df.columns and df[c].dtype != object})
    elif p.suffix.lower() == ".xlsx":
        df = pd.read_excel(p, dtype=str_cols)
    else:
        df = pd.read_csv(p, encoding=CSV_ENCODING, dtype=str_cols, keep_default_na=False, na_values=[""])
    for col in list_columns:
        if col in df.columns:
            df[col] = df[col].map(lambda v, c=col: _decode_cell(c, v))
    for col in ("start", "end", "turn", "sentence"):  # integer columns when every value is an integer
        if col in df.columns and df[col].notna().all():
            num = pd.to_numeric(df[col], errors="coerce")
            if num.notna().all() and (num == num.round()).all():
                df[col] = num.astype(int)
    return df


class TableWriter:
    """Write one table chunk by chunk, as CSV or Parquet (by the suffix), with constant memory.

    Each :meth:`write` stores its chunk at once in a hidden folder beside the target; :meth:`close` (the end of a
    ``with`` block) joins the chunks into the target atomically, with the union of their columns in order of first
    appearance (a respondent attribute only some chunks have is empty elsewhere), so the file is what
    :func:`write_table` writes for the whole table. Reading one chunk at a time, the join holds one chunk in
    memory. On an error the chunks are removed and the target is left as it was."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.format = "parquet" if self.path.suffix.lower() == ".parquet" else "csv"
        if self.path.suffix.lower() == ".xlsx":
            raise ValueError(f"{self.path}: a table written in chunks must be .csv or .parquet, not .xlsx")
        if self.format == "parquet":
            require("pyarrow", extra="scale", purpose="Parquet tables")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._dir = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".parts", dir=self.path.parent))
        self._parts: list[Path] = []
        self._columns: dict[str, None] = {}
        self._ints: set[str] = set()
        self.rows = 0

    def write(self, df: pd.DataFrame) -> None:
        """Add the rows of ``df`` (list cells encoded as in :func:`write_table`)."""
        part = self._dir / f"{len(self._parts):06d}.pkl"
        _for_csv(df).to_pickle(part)
        self._parts.append(part)
        self._columns.update(dict.fromkeys(map(str, df.columns)))
        self._ints.update(str(c) for c in df.columns if pd.api.types.is_integer_dtype(df[c].dtype))
        self.rows += len(df)

    def close(self) -> Path:
        try:
            if self.format == "csv":
                with atomic_write(self.path, "w", encoding=CSV_ENCODING, newline="") as fh:
                    for i, chunk in enumerate(self._chunks()):
                        chunk.to_csv(fh, index=False, header=i == 0)
            else:
                self._close_parquet()
        finally:
            self._cleanup()
        return self.path

    def _chunks(self) -> Iterator[pd.DataFrame]:
        """The parts written so far, in order (one empty table when there are none)."""
        if not self._parts:
            yield self._chunk(None)
        for part in self._parts:
            yield self._chunk(part)

    def _chunk(self, part: Path | None) -> pd.DataFrame:
        cols = list(self._columns)
        df = pd.read_pickle(part) if part is not None else pd.DataFrame(columns=cols)  # noqa: S301 - our own file
        return df.reindex(columns=cols)

    def _close_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        fields = []
        for c in self._columns:
            fields.append(pa.field(c, pa.int64() if c in self._ints else pa.string()))
        schema = pa.schema(fields)
        with atomic_write(self.path, "wb") as fh:
            with pq.ParquetWriter(fh, schema) as writer:
                for df in self._chunks():
                    for c in df.columns:
                        if c not in self._ints:
                            df[c] = [None if v is None or (isinstance(v, float) and v != v) else str(v)
                                     for v in df[c].tolist()]
                    writer.write_table(pa.Table.from_pandas(df, schema=schema, preserve_index=False))

    def _cleanup(self) -> None:
        import shutil

        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self._cleanup()
