"""The project store: one SQLite file holding a study's corpus, segments, codebook versions, codings per coder and
coders' review decisions.

Why SQLite: one file that a researcher can copy, back up and open from a notebook and a coder's command at the same
time; transactions make every write all-or-nothing, so a crash or a kill in the middle of a write leaves the state
of the last finished write (the "never lose data" promise).

How the file is kept safe:

* journal_mode WAL with ``synchronous=FULL``: readers never block the writer and a killed writer leaves the last
  committed state; ``busy_timeout`` makes a second writer wait for the first instead of failing at once;
* every write method runs in one ``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction (rolled back on any error);
* foreign keys are on and codings/decisions refer to segments with ``ON DELETE RESTRICT``: nothing removes a
  segment that has codings;
* the schema is versioned with ``PRAGMA user_version`` and upgraded by the ordered :data:`MIGRATIONS`; a file
  written by a newer qualcode is refused with :class:`~qualcode.errors.StoreError` instead of being damaged;
* review decisions are an append-only log: a changed mind is a new row, the old one stays; an undone action is
  marked (``actions.undone_at``), never deleted;
* every reviewer action carries a client-made ``token`` (UNIQUE): a request sent twice is stored once, so two
  coders (or two tabs, or a retrying browser) never duplicate a decision.

Tables (schema version 3): ``meta``, ``documents``, ``turns``, ``respondent_attributes``, ``segments``,
``codebook_versions``, ``codes``, ``codings`` (with the evidence columns ``rules, terms, spans`` and the model's
``probability``), ``decisions``; version 2 adds ``models`` (trained coders); version 3 ``actions`` (the review app's
log: decide, uncertain, skip, memo; undo marks), ``memos`` and ``queues`` (saved review queues and samples). The
class is put together from mixins, one per part: :mod:`._store_corpus` (documents, segments, codebooks),
:mod:`._store_codings` (codings, decisions), :mod:`._store_review` (actions, undo, memos, queues, review items) and
:mod:`._store_models` (trained coders); :mod:`._store_schema` holds the migrations.
See docs/validation.md.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qualcode import __version__
from qualcode._io import temporary_sibling
from qualcode.errors import StoreError
from qualcode.validation._store_codings import CodingStore, decisions_to_codings
from qualcode.validation._store_corpus import CorpusStore
from qualcode.validation._store_models import ModelStore
from qualcode.validation._store_review import ReviewStore
from qualcode.validation._store_schema import ACTION_KINDS, DECISIONS, MIGRATIONS, SCHEMA_VERSION, _now

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "ACTION_KINDS",
    "DECISIONS",
    "MIGRATIONS",
    "Project",
    "SCHEMA_VERSION",
    "decisions_to_codings",
]


class Project(CorpusStore, CodingStore, ReviewStore, ModelStore):
    """A study's project store (one SQLite file). Open it with :meth:`init` (new file) or :meth:`open`.

    ``Project`` is a context manager (``with Project.open(p) as proj: ...`` closes it). Reading methods return long
    pandas tables; writing methods each run in one transaction (all rows or none).
    """

    def __init__(self, path: str | os.PathLike, conn: sqlite3.Connection):
        # Use Project.init / Project.open; the constructor only stores what they prepared.
        self.path = Path(path)
        self._conn = conn

    # ------------------------------------------------------------------ opening
    @staticmethod
    def _connect(path: Path, timeout: float) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise StoreError(f"{path}: not a qualcode project store ({exc})") from exc
            raise StoreError(f"{path}: cannot open the project store ({exc}) (hint: the store and its folder must "
                             "be writable, on a local disk)") from exc
        if str(mode).lower() != "wal":  # pragma: no cover - e.g. a network file system without shared memory
            conn.close()
            raise StoreError(f"{path}: cannot switch the store to WAL mode (got {mode!r}); keep it on a local disk")
        return conn

    @classmethod
    def init(cls, path: str | os.PathLike, *, exist_ok: bool = False, timeout: float = 30.0) -> Project:
        """Create a new, empty store at ``path`` (its folder is created). An existing store raises
        :class:`StoreError` unless ``exist_ok`` (then it is opened, and upgraded if older)."""
        p = Path(path)
        if p.exists():
            if not exist_ok:
                raise StoreError(f"{p}: already exists (hint: use 'qualcode project status {p}' or pick another path)")
            return cls.open(p, timeout=timeout)
        p.parent.mkdir(parents=True, exist_ok=True)
        conn = cls._connect(p, timeout)
        proj = cls(p, conn)
        proj._migrate()
        with proj._write() as c:
            c.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('created_at', ?)", (_now(),))

            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('qualcode_version', ?)", (__version__,))
        return proj

    @classmethod
    def open(cls, path: str | os.PathLike, *, timeout: float = 30.0, upgrade: bool = True) -> Project:
        """Open an existing store. Raises :class:`StoreError` when the file is missing, is not a store, or was
        written by a newer qualcode (schema version above :data:`SCHEMA_VERSION`). An older schema is upgraded in
        one transaction (``upgrade=False`` refuses instead)."""
        p = Path(path)
        if not p.is_file():
            raise StoreError(f"{p}: no such project store (hint: create it with 'qualcode project init {p}')")
        conn = cls._connect(p, timeout)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{p}: not a qualcode project store ({exc})") from exc
        if version > SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                f"{p}: written by a newer qualcode (store schema version {version}; this qualcode reads versions up "
                f"to {SCHEMA_VERSION}) (hint: upgrade qualcode with 'pip install -U qualcode'; the file was not "
                f"changed)"
            )
        if version == 0 and tables:
            conn.close()
            raise StoreError(f"{p}: an SQLite file but not a qualcode project store (it has tables "
                             f"{', '.join(sorted(tables)[:5])} and no qualcode schema version)")
        proj = cls(p, conn)
        if version < SCHEMA_VERSION:
            if not upgrade:
                conn.close()
                raise StoreError(f"{p}: store schema version {version} is older than {SCHEMA_VERSION} "
                                 f"(hint: open it with upgrade=True to migrate it)")
            proj._migrate()
        return proj

    def _migrate(self) -> None:
        with self._write() as c:
            version = c.execute("PRAGMA user_version").fetchone()[0]
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step]:
                    c.execute(statement)
            c.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the connection (the file stays consistent whether or not this is called). Committed writes that
        still sit in the ``-wal`` file are folded into the main file first when no other process is using it."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()

    def backup(self, dest: str | os.PathLike) -> Path:
        """Copy the store's last committed state to a new file ``dest`` with SQLite's online backup (safe while
        other processes read or write; a plain file copy of a store in use can miss writes still in its ``-wal``
        file). The copy is written to a temporary sibling and renamed into place. Returns ``dest``."""
        target = Path(dest)
        if target.exists():
            raise StoreError(f"{target}: already exists (hint: choose a new file name for the backup)")
        with temporary_sibling(target) as tmp:
            out = sqlite3.connect(tmp)
            try:
                self._conn.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                out.execute("PRAGMA journal_mode = WAL")
            finally:
                out.close()
            os.replace(tmp, target)
        return target

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Project({str(self.path)!r})"

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE (takes the write lock now, waiting up to busy_timeout), COMMIT on
        success, ROLLBACK on any exception."""
        c = self._conn
        try:
            c.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot start writing ({exc}); another process holds the store "
                             f"(hint: wait for it to finish, or raise timeout=)") from exc
        try:
            yield c
        except BaseException:
            c.execute("ROLLBACK")
            raise
        else:
            c.execute("COMMIT")

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` result (``"ok"`` for a healthy file)."""
        return "\n".join(str(r[0]) for r in self._conn.execute("PRAGMA integrity_check"))

    # ------------------------------------------------------------------ status
    def status(self) -> dict[str, Any]:
        """A summary of the store: ``path, schema_version, documents, turns, segments, codebook_versions,
        coders`` (coder -> {codings, segments}), ``decisions``, ``reviewed_segments``, ``unreviewed_segments``
        (reviewed = at least one decision)."""
        q = lambda sql: self._conn.execute(sql).fetchone()[0]  # noqa: E731
        coders: dict[str, dict[str, int]] = {}
        for who, n, n_seg in self._conn.execute(
                "SELECT coder, COUNT(*), COUNT(DISTINCT seg_id) FROM codings GROUP BY coder ORDER BY coder"):
            coders[who] = {"codings": n, "segments": n_seg}
        reviewers: dict[str, int] = {}
        active = "decisions d LEFT JOIN actions a ON a.id = d.action WHERE a.undone_at IS NULL"
        for who, n in self._conn.execute(
                f"SELECT d.coder, COUNT(DISTINCT d.seg_id) FROM {active} GROUP BY d.coder ORDER BY d.coder"):
            reviewers[who] = n
        n_seg = q("SELECT COUNT(*) FROM segments")
        reviewed = q(f"SELECT COUNT(DISTINCT d.seg_id) FROM {active}")
        return {
            "path": str(self.path),
            "schema_version": self.schema_version,
            "documents": q("SELECT COUNT(*) FROM documents"),
            "turns": q("SELECT COUNT(*) FROM turns"),
            "segments": n_seg,
            "codebook_versions": q("SELECT COUNT(*) FROM codebook_versions"),
            "coders": coders,
            "reviewers": reviewers,
            "decisions": q(f"SELECT COUNT(*) FROM {active}"),
            "reviewed_segments": reviewed,
            "unreviewed_segments": n_seg - reviewed,
        }

    def status_table(self) -> pd.DataFrame:
        """:meth:`status` as a two-column table ``item, value`` (one row per count, one per coder)."""
        import pandas as pd

        st = self.status()
        rows = [(k, st[k]) for k in ("schema_version", "documents", "turns", "segments", "codebook_versions",
                                     "decisions", "reviewed_segments", "unreviewed_segments")]
        for who, d in st["coders"].items():
            rows.append((f"codings[{who}]", d["codings"]))
        for who, n in st["reviewers"].items():
            rows.append((f"reviewed_by[{who}]", n))
        return pd.DataFrame(rows, columns=["item", "value"])
