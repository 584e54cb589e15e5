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
* review decisions are an append-only log: a changed mind is a new row, the old one stays.

Tables (schema version 1): ``meta``, ``documents``, ``turns``, ``respondent_attributes``, ``segments``,
``codebook_versions``, ``codes``, ``codings``, ``decisions``; version 2 adds ``models`` (trained coders,
:mod:`qualcode.validation._store_models`). See docs/validation.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from qualcode._io import temporary_sibling
from qualcode.errors import InputError, Issue, StoreError, raise_if_errors
from qualcode.coding._codebook import dump_codebook
from qualcode import __version__
from qualcode.model import Corpus, Document, Turn
from qualcode.validation._store_models import MODELS_MIGRATION, ModelStore

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from qualcode.model import Codebook, Corpus

__all__ = [
    "DECISIONS",
    "MIGRATIONS",
    "Project",
    "SCHEMA_VERSION",
    "decisions_to_codings",
]

#: Allowed values of ``decisions.decision``. ``accepted``: the code applies as coded; ``corrected``: the code
#: applies but its span/attribution was corrected; ``added``: a code the coder added (the machine missed it);
#: ``rejected``: the code does not apply. ``accepted`` with an empty code records "segment reviewed, nothing to
#: add" (so a reviewed segment without codes still counts as seen).
DECISIONS = ("accepted", "rejected", "corrected", "added")

_V1 = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)""",
    """CREATE TABLE documents (
        doc_id TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        encoding TEXT,
        source_kind TEXT NOT NULL DEFAULT 'text',
        text TEXT NOT NULL,
        attributes TEXT NOT NULL DEFAULT '{}',
        added_at TEXT NOT NULL)""",
    """CREATE TABLE turns (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        speaker TEXT,
        speaker_kind TEXT,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        line INTEGER,
        notes TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (doc_id, turn))""",
    """CREATE TABLE respondent_attributes (
        respondent_id TEXT NOT NULL,
        name TEXT NOT NULL,
        value TEXT,
        PRIMARY KEY (respondent_id, name))""",
    """CREATE TABLE segments (
        seg_id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL,
        respondent_id TEXT,
        turn INTEGER,
        sentence INTEGER,
        speaker TEXT,
        speaker_kind TEXT,
        start INTEGER,
        "end" INTEGER,
        text TEXT NOT NULL,
        tokens TEXT NOT NULL DEFAULT '[]',
        attributes TEXT NOT NULL DEFAULT '{}',
        ord INTEGER NOT NULL)""",
    """CREATE INDEX segments_doc ON segments(doc_id)""",
    """CREATE TABLE codebook_versions (
        version INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT,
        label TEXT,
        sha256 TEXT NOT NULL,
        yaml TEXT NOT NULL,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE codes (
        version INTEGER NOT NULL REFERENCES codebook_versions(version) ON DELETE CASCADE,
        code TEXT NOT NULL,
        label TEXT,
        label_en TEXT,
        parent TEXT,
        definition TEXT,
        ord INTEGER NOT NULL,
        PRIMARY KEY (version, code))""",
    """CREATE TABLE codings (
        id INTEGER PRIMARY KEY,
        seg_id TEXT NOT NULL REFERENCES segments(seg_id) ON DELETE RESTRICT,
        doc_id TEXT,
        start INTEGER,
        "end" INTEGER,
        code TEXT NOT NULL,
        coder TEXT NOT NULL,
        evidence TEXT,
        codebook_version INTEGER REFERENCES codebook_versions(version) ON DELETE RESTRICT,
        created_at TEXT NOT NULL,
        UNIQUE (seg_id, code, coder))""",
    """CREATE INDEX codings_coder ON codings(coder)""",
    """CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        seg_id TEXT NOT NULL REFERENCES segments(seg_id) ON DELETE RESTRICT,
        code TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected', 'corrected', 'added')),
        coder TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL)""",
    """CREATE INDEX decisions_seg ON decisions(seg_id, code)""",
]

#: Ordered schema migrations: ``MIGRATIONS[i]`` takes a file from ``user_version == i`` to ``i + 1``. Append only;
#: never edit a released step.
MIGRATIONS: list[list[str]] = [_V1, MODELS_MIGRATION]
#: The schema version this qualcode writes.
SCHEMA_VERSION = len(MIGRATIONS)

_SEG_FIXED = ["seg_id", "doc_id", "respondent_id", "turn", "sentence", "speaker", "speaker_kind", "start", "end",
              "text", "tokens"]
_CODING_EXTRA = ["codebook_version", "created_at"]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_jsonable, sort_keys=True)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _clean(value: Any) -> Any:
    """A table cell as an SQLite value: NaN/NA -> NULL, numpy scalars -> Python."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def _text(value: Any) -> str:
    value = _clean(value)
    return "" if value is None else str(value)


class Project(ModelStore):
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
    def init(cls, path: str | os.PathLike, *, exist_ok: bool = False, timeout: float = 30.0) -> "Project":
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
    def open(cls, path: str | os.PathLike, *, timeout: float = 30.0, upgrade: bool = True) -> "Project":
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

    def __enter__(self) -> "Project":
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

    # ------------------------------------------------------------------ corpus
    def add_corpus(self, corpus: "Corpus", *, replace: bool = False) -> int:
        """Store the documents, turns and respondent attributes of ``corpus`` (a :class:`qualcode.model.Corpus`).

        A document already stored with the same ``sha256`` is left as it is. A stored document whose source changed
        (different ``sha256``) raises :class:`StoreError` naming it, unless ``replace=True``. Returns the number of
        documents added or replaced.
        """
        changed = []
        rows = []
        known = {r[0]: r[1] for r in self._conn.execute("SELECT doc_id, sha256 FROM documents")}
        for doc in corpus.documents:
            if doc.doc_id in known:
                if known[doc.doc_id] == doc.sha256:
                    continue
                if not replace:
                    changed.append(doc.doc_id)
                    continue
            rows.append(doc)
        if changed:
            raise StoreError(
                f"{self.path}: {len(changed)} stored document(s) changed on disk: {', '.join(changed[:20])}"
                " (hint: add_corpus(..., replace=True) replaces their text; codings keep their seg_ids)"
            )
        now = _now()
        with self._write() as c:
            for doc in rows:
                attrs = dict(doc.attributes)
                c.execute("DELETE FROM turns WHERE doc_id = ?", (doc.doc_id,))
                c.execute(
                    "INSERT INTO documents(doc_id, path, sha256, encoding, source_kind, text, attributes, added_at) "
                    "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(doc_id) DO UPDATE SET path=excluded.path, "
                    "sha256=excluded.sha256, encoding=excluded.encoding, source_kind=excluded.source_kind, "
                    "text=excluded.text, attributes=excluded.attributes, added_at=excluded.added_at",
                    (doc.doc_id, doc.path, doc.sha256, doc.encoding, doc.source_kind, doc.text, _json(attrs), now),
                )
                c.executemany(
                    'INSERT INTO turns(doc_id, turn, speaker, speaker_kind, start, "end", line, notes) '
                    "VALUES (?,?,?,?,?,?,?,?)",
                    [(doc.doc_id, t.turn, t.speaker, t.speaker_kind, t.start, t.end, t.line, _json(t.notes))
                     for t in doc.turns],
                )
                rid = doc.respondent_id
                c.execute("DELETE FROM respondent_attributes WHERE respondent_id = ?", (rid,))
                c.executemany(
                    "INSERT OR REPLACE INTO respondent_attributes(respondent_id, name, value) VALUES (?,?,?)",
                    [(rid, k, v if isinstance(v, str) else _json(v)) for k, v in attrs.items()
                     if k not in ("id", "respondent_id")],
                )
        return len(rows)

    def documents(self) -> "pd.DataFrame":
        """One row per stored document: ``doc_id, respondent_id, path, sha256, encoding, source_kind, n_turns,
        n_chars, added_at`` plus one column per attribute."""
        import pandas as pd

        rows = []
        for doc_id, path, sha, enc, kind, text, attrs, added, n_turns in self._conn.execute(
            "SELECT d.doc_id, path, sha256, encoding, source_kind, text, attributes, added_at, "
            "(SELECT COUNT(*) FROM turns t WHERE t.doc_id = d.doc_id) FROM documents d ORDER BY d.rowid"
        ):
            a = json.loads(attrs)
            rows.append({"doc_id": doc_id, "respondent_id": str(a.get("respondent_id", doc_id)), "path": path,
                         "sha256": sha, "encoding": enc, "source_kind": kind, "n_turns": n_turns,
                         "n_chars": len(text), "added_at": added,
                         **{k: _scalar(v) for k, v in a.items() if k not in ("respondent_id",)}})
        cols = ["doc_id", "respondent_id", "path", "sha256", "encoding", "source_kind", "n_turns", "n_chars",
                "added_at"]
        df = pd.DataFrame(rows)
        return df if len(df) else pd.DataFrame(columns=cols)

    def corpus(self) -> "Corpus":
        """The stored documents as a :class:`qualcode.model.Corpus` (text, turns, attributes as stored)."""

        docs = []
        for doc_id, path, sha, enc, kind, text, attrs in self._conn.execute(
            "SELECT doc_id, path, sha256, encoding, source_kind, text, attributes FROM documents ORDER BY rowid"
        ):
            turns = tuple(
                Turn(doc_id=doc_id, turn=t, speaker=sp, speaker_kind=sk, start=s, end=e, text=text[s:e], line=ln,
                     notes=tuple(tuple(n) for n in json.loads(notes)))
                for t, sp, sk, s, e, ln, notes in self._conn.execute(
                    'SELECT turn, speaker, speaker_kind, start, "end", line, notes FROM turns WHERE doc_id = ? '
                    "ORDER BY turn", (doc_id,))
            )
            docs.append(Document(doc_id=doc_id, path=path, sha256=sha, encoding=enc, text=text, turns=turns,
                                 attributes=json.loads(attrs), source_kind=kind))
        return Corpus(root=str(self.path), documents=tuple(docs), name=self.path.stem)

    # ------------------------------------------------------------------ segments
    def add_segments(self, segments: "pd.DataFrame") -> int:
        """Store a segments table (columns of :data:`qualcode.model.SEGMENT_COLUMNS`; only ``seg_id`` and ``text``
        are required; extra columns such as ``role`` are kept as attributes).

        A stored segment with the same ``seg_id`` is updated in place (its codings stay attached). When the store
        holds documents, every ``doc_id`` must be one of them and ``start``/``end`` must reproduce ``text`` from the
        stored document; problems are collected and raised once as :class:`InputError`. Returns the row count.
        """
        issues: list[Issue] = []
        src = "<segments>"
        for col in ("seg_id", "text"):
            if col not in segments.columns:
                issues.append(Issue(src, None, f"column {col!r} is missing",
                                    hint=f"a segments table has columns {', '.join(_SEG_FIXED)}"))
        raise_if_errors(issues, InputError)
        texts = {r[0]: r[1] for r in self._conn.execute("SELECT doc_id, text FROM documents")}
        seen: set[str] = set()
        extra = [c for c in segments.columns if c not in _SEG_FIXED]
        rows = []
        base = self._conn.execute("SELECT COALESCE(MAX(ord), -1) + 1 FROM segments").fetchone()[0]
        for i, rec in enumerate(segments.to_dict("records")):
            line = i + 2  # header is line 1 of a CSV
            seg_id = _text(rec.get("seg_id"))
            doc_id = _text(rec.get("doc_id"))
            text = _text(rec.get("text"))
            if not seg_id or not doc_id:
                issues.append(Issue(src, line, "empty seg_id" if not seg_id else f"segment {seg_id!r} has no doc_id",
                                    hint="store the segments table made by the segmenter (qualcode.code_corpus)"))
                continue
            if seg_id in seen:
                issues.append(Issue(src, line, f"seg_id {seg_id!r} appears twice"))
            seen.add(seg_id)
            start, end = _clean(rec.get("start")), _clean(rec.get("end"))
            if texts:
                if doc_id not in texts:
                    issues.append(Issue(src, line, f"segment {seg_id!r}: document {doc_id!r} is not in the store",
                                        hint="add the corpus first (Project.add_corpus)"))
                elif start is not None and end is not None and texts[doc_id][int(start):int(end)] != text:
                    issues.append(Issue(src, line, f"segment {seg_id!r}: text does not match the stored document "
                                                   f"at {int(start)}:{int(end)}",
                                        hint="segments must come from the same corpus as the store"))
            tokens = rec.get("tokens")
            if isinstance(tokens, str):
                tokens = tokens.split(" ") if tokens else []
            elif tokens is None or (isinstance(tokens, float) and tokens != tokens):
                tokens = []
            attrs = {k: _clean(rec.get(k)) for k in extra}
            rows.append((seg_id, doc_id, _opt_str(rec.get("respondent_id")), _opt_int(rec.get("turn")),
                         _opt_int(rec.get("sentence")), _opt_str(rec.get("speaker")),
                         _opt_str(rec.get("speaker_kind")), _opt_int(start), _opt_int(end), text,
                         _json(list(tokens)), _json(attrs), base + i))
        raise_if_errors(issues, InputError, summary=f"{len(issues)} problem(s) in the segments table")
        with self._write() as c:
            c.executemany(
                'INSERT INTO segments(seg_id, doc_id, respondent_id, turn, sentence, speaker, speaker_kind, start, '
                '"end", text, tokens, attributes, ord) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) '
                "ON CONFLICT(seg_id) DO UPDATE SET doc_id=excluded.doc_id, respondent_id=excluded.respondent_id, "
                "turn=excluded.turn, sentence=excluded.sentence, speaker=excluded.speaker, "
                'speaker_kind=excluded.speaker_kind, start=excluded.start, "end"=excluded."end", '
                "text=excluded.text, tokens=excluded.tokens, attributes=excluded.attributes",
                rows,
            )
        return len(rows)

    def segments(self) -> "pd.DataFrame":
        """The stored segments: :data:`qualcode.model.SEGMENT_COLUMNS` (``tokens`` as lists) plus attribute
        columns, in the order they were added."""
        import pandas as pd

        records = []
        for row in self._conn.execute(
            'SELECT seg_id, doc_id, respondent_id, turn, sentence, speaker, speaker_kind, start, "end", text, '
            "tokens, attributes FROM segments ORDER BY ord"
        ):
            rec = dict(zip(_SEG_FIXED, row[:11]))
            rec["tokens"] = json.loads(rec["tokens"])
            rec.update(json.loads(row[11]))
            records.append(rec)
        df = pd.DataFrame(records)
        if not len(df):
            return pd.DataFrame(columns=_SEG_FIXED)
        for col in ("turn", "sentence", "start", "end"):
            if df[col].notna().all():
                df[col] = df[col].astype(int)
        return df

    # ------------------------------------------------------------------ codebooks
    def add_codebook(self, codebook: "Codebook", *, label: str = "") -> int:
        """Store a codebook version (its YAML text, sha256 and one row per code) and return its version id.
        Storing a codebook identical to a stored version returns that version instead of a duplicate."""
        text = codebook_yaml(codebook)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with self._write() as c:
            row = c.execute("SELECT version FROM codebook_versions WHERE sha256 = ? ORDER BY version DESC LIMIT 1",
                            (digest,)).fetchone()
            if row:
                return int(row[0])
            cur = c.execute("INSERT INTO codebook_versions(name, label, sha256, yaml, created_at) VALUES (?,?,?,?,?)",
                            (codebook.name, label, digest, text, _now()))
            version = int(cur.lastrowid)
            c.executemany(
                "INSERT INTO codes(version, code, label, label_en, parent, definition, ord) VALUES (?,?,?,?,?,?,?)",
                [(version, code.id, code.label, code.label_en, code.parent, code.definition, i)
                 for i, code in enumerate(codebook.codes)],
            )
        return version

    def codebook_versions(self) -> "pd.DataFrame":
        """One row per stored codebook version: ``version, name, label, sha256, n_codes, created_at``."""
        import pandas as pd

        return pd.read_sql_query(
            "SELECT v.version, v.name, v.label, v.sha256, (SELECT COUNT(*) FROM codes c WHERE c.version = v.version) "
            "AS n_codes, v.created_at FROM codebook_versions v ORDER BY v.version", self._conn)

    def codebook_text(self, version: int | None = None) -> str:
        """The YAML text of a stored codebook version (the latest when ``version`` is None)."""
        if version is None:
            row = self._conn.execute("SELECT yaml FROM codebook_versions ORDER BY version DESC LIMIT 1").fetchone()
        else:
            row = self._conn.execute("SELECT yaml FROM codebook_versions WHERE version = ?", (version,)).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: no codebook version {version if version is not None else '(none stored)'}")
        return row[0]

    def codes(self, version: int | None = None) -> "pd.DataFrame":
        """Codes of a stored codebook version (latest by default): ``version, code, label, label_en, parent,
        definition``."""
        import pandas as pd

        if version is None:
            row = self._conn.execute("SELECT MAX(version) FROM codebook_versions").fetchone()
            version = row[0]
        return pd.read_sql_query("SELECT version, code, label, label_en, parent, definition FROM codes "
                                 "WHERE version = ? ORDER BY ord", self._conn, params=(version,))

    # ------------------------------------------------------------------ codings
    def add_codings(self, codings: "pd.DataFrame", *, coder: str | None = None,
                    codebook_version: int | None = None, replace: bool = False, source: str = "<codings>") -> int:
        """Store a codings table (``seg_id`` and ``code`` required; ``doc_id, start, end, evidence`` kept when
        present) for one coder, in one transaction.

        ``coder`` names the coder (``auto:rules``, ``auto:model`` or a person); when None the table's ``coder``
        column is used. A (seg_id, code, coder) already stored is updated (evidence, version, time).
        ``replace=True`` first removes every stored coding of the coder(s) concerned (a re-run of an auto-coder).
        Rows with an empty code are skipped. Unknown seg_ids, a missing column or an unknown codebook version are
        reported together as :class:`InputError` (``source`` names the file in messages). Returns rows stored.
        """
        if codebook_version is not None and not self._conn.execute(
                "SELECT 1 FROM codebook_versions WHERE version = ?", (codebook_version,)).fetchone():
            raise StoreError(f"{self.path}: codebook version {codebook_version} is not stored "
                             f"(hint: add_codebook() returns the version id)")
        rows, coders, issues = self._check_codings(codings, coder, codebook_version, source)
        raise_if_errors(issues, InputError, summary=f"{len(issues)} problem(s) in {source}")
        with self._write() as c:
            if replace:
                c.executemany("DELETE FROM codings WHERE coder = ?", [(w,) for w in sorted(coders | {coder} - {None})])
            c.executemany(
                'INSERT INTO codings(seg_id, doc_id, start, "end", code, coder, evidence, codebook_version, '
                "created_at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(seg_id, code, coder) DO UPDATE SET "
                'doc_id=excluded.doc_id, start=excluded.start, "end"=excluded."end", evidence=excluded.evidence, '
                "codebook_version=excluded.codebook_version, created_at=excluded.created_at",
                rows,
            )
        return len(rows)

    def validate_codings(self, codings: "pd.DataFrame", *, coder: str | None = None,
                         source: str = "<codings>") -> list[Issue]:
        """The problems :meth:`add_codings` would raise for this table, as a list (nothing is written)."""
        return self._check_codings(codings, coder, None, source)[2]

    def _check_codings(self, codings, coder, codebook_version, source):
        issues: list[Issue] = []
        need = ["seg_id", "code"] + ([] if coder else ["coder"])
        for col in need:
            if col not in codings.columns:
                issues.append(Issue(source, None, f"column {col!r} is missing",
                                    hint="a codings table has columns seg_id, doc_id, start, end, code, coder, "
                                         "evidence" + ("" if coder else " (or give the coder's name)")))
        if issues:
            return [], set(), issues
        known = self._seg_info()
        now = _now()
        rows = []
        coders: set[str] = set()
        for i, rec in enumerate(codings.to_dict("records")):
            line = i + 2
            code = _text(rec.get("code")).strip()
            if not code:
                continue
            seg_id = _text(rec.get("seg_id"))
            who = coder or _text(rec.get("coder")).strip()
            if not who:
                issues.append(Issue(source, line, "empty coder"))
                continue
            if seg_id not in known:
                issues.append(Issue(source, line, f"segment {seg_id!r} is not in the store",
                                    hint="add the segments first (qualcode project init --corpus, add_segments)"))
                continue
            doc_id, s0, e0 = known[seg_id]
            start, end = _opt_int(rec.get("start")), _opt_int(rec.get("end"))
            rows.append((seg_id, _text(rec.get("doc_id")) or doc_id, s0 if start is None else start,
                         e0 if end is None else end, code, who, _text(rec.get("evidence")), codebook_version, now))
            coders.add(who)
        return rows, coders, issues

    def _seg_info(self) -> dict[str, tuple]:
        rows = self._conn.execute('SELECT seg_id, doc_id, start, "end" FROM segments')
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def codings(self, coder: str | Iterable[str] | None = None) -> "pd.DataFrame":
        """Stored codings, optionally of one coder (or several): :data:`qualcode.model.CODING_COLUMNS` plus
        ``codebook_version, created_at`` and the segment's attributes (e.g. ``role``), in segment order."""
        import pandas as pd

        sql = ('SELECT c.seg_id, c.doc_id, c.start, c."end", c.code, c.coder, c.evidence, c.codebook_version, '
               "c.created_at, s.attributes FROM codings c JOIN segments s ON s.seg_id = c.seg_id")
        params: tuple = ()
        if coder is not None:
            names = [coder] if isinstance(coder, str) else list(coder)
            sql += f" WHERE c.coder IN ({','.join('?' * len(names))})"
            params = tuple(names)
        sql += " ORDER BY s.ord, c.coder, c.code"
        cols = ["seg_id", "doc_id", "start", "end", "code", "coder", "evidence", *_CODING_EXTRA]
        records = []
        for row in self._conn.execute(sql, params):
            rec = dict(zip(cols, row[:9]))
            rec.update(json.loads(row[9]))
            records.append(rec)
        return pd.DataFrame(records) if records else pd.DataFrame(columns=cols)

    def coders(self) -> list[str]:
        """Names of every coder with codings or decisions in the store."""
        rows = self._conn.execute("SELECT coder FROM codings UNION SELECT coder FROM decisions ORDER BY coder")
        return [r[0] for r in rows]

    # ------------------------------------------------------------------ review decisions
    def add_decisions(self, decisions: "pd.DataFrame", *, coder: str | None = None,
                      source: str = "<decisions>") -> int:
        """Append review decisions (``seg_id, code, decision`` and ``coder`` unless given; ``note`` and ``at``
        optional). ``decision`` is one of :data:`DECISIONS`; an empty ``code`` is allowed only with ``accepted``
        (segment reviewed, nothing to add). Decisions are never overwritten: the latest per (seg_id, code, coder)
        is the one in force (:func:`decisions_to_codings`). Problems are raised together as :class:`InputError`."""
        rows, issues = self._check_decisions(decisions, coder, source)
        raise_if_errors(issues, InputError, summary=f"{len(issues)} problem(s) in {source}")
        with self._write() as c:
            c.executemany("INSERT INTO decisions(seg_id, code, decision, coder, note, at) VALUES (?,?,?,?,?,?)", rows)
        return len(rows)

    def validate_decisions(self, decisions: "pd.DataFrame", *, coder: str | None = None,
                           source: str = "<decisions>") -> list[Issue]:
        """The problems :meth:`add_decisions` would raise for this table, as a list (nothing is written)."""
        return self._check_decisions(decisions, coder, source)[1]

    def _check_decisions(self, decisions, coder, source):
        issues: list[Issue] = []
        for col in ["seg_id", "code", "decision"] + ([] if coder else ["coder"]):
            if col not in decisions.columns:
                issues.append(Issue(source, None, f"column {col!r} is missing",
                                    hint="decisions have columns seg_id, code, decision, coder, note, at"))
        if issues:
            return [], issues
        known = self._seg_info()
        now = _now()
        rows = []
        for i, rec in enumerate(decisions.to_dict("records")):
            line = i + 2
            seg_id = _text(rec.get("seg_id"))
            code = _text(rec.get("code")).strip()
            decision = _text(rec.get("decision")).strip().lower()
            who = coder or _text(rec.get("coder")).strip()
            if seg_id not in known:
                issues.append(Issue(source, line, f"segment {seg_id!r} is not in the store"))
            if decision not in DECISIONS:
                issues.append(Issue(source, line, f"decision {decision!r} is not one of {', '.join(DECISIONS)}"))
            elif not code and decision != "accepted":
                issues.append(Issue(source, line, f"decision {decision!r} needs a code",
                                    hint="an empty code is allowed only with 'accepted' (reviewed, nothing to add)"))
            if not who:
                issues.append(Issue(source, line, "empty coder"))
            rows.append((seg_id, code, decision, who, _text(rec.get("note")), _text(rec.get("at")) or now))
        return rows, issues

    def decisions(self, coder: str | None = None) -> "pd.DataFrame":
        """Every stored review decision, oldest first: ``id, seg_id, code, decision, coder, note, at``."""
        import pandas as pd

        sql = "SELECT id, seg_id, code, decision, coder, note, at FROM decisions"
        params: tuple = ()
        if coder is not None:
            sql += " WHERE coder = ?"
            params = (coder,)
        return pd.read_sql_query(sql + " ORDER BY id", self._conn, params=params)

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
        for who, n in self._conn.execute(
                "SELECT coder, COUNT(DISTINCT seg_id) FROM decisions GROUP BY coder ORDER BY coder"):
            reviewers[who] = n
        n_seg = q("SELECT COUNT(*) FROM segments")
        reviewed = q("SELECT COUNT(DISTINCT seg_id) FROM decisions")
        return {
            "path": str(self.path),
            "schema_version": self.schema_version,
            "documents": q("SELECT COUNT(*) FROM documents"),
            "turns": q("SELECT COUNT(*) FROM turns"),
            "segments": n_seg,
            "codebook_versions": q("SELECT COUNT(*) FROM codebook_versions"),
            "coders": coders,
            "reviewers": reviewers,
            "decisions": q("SELECT COUNT(*) FROM decisions"),
            "reviewed_segments": reviewed,
            "unreviewed_segments": n_seg - reviewed,
        }

    def status_table(self) -> "pd.DataFrame":
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


def _opt_int(value: Any) -> int | None:
    value = _clean(value)
    if value is None or value == "":
        return None
    return int(value)


def _opt_str(value: Any) -> str | None:
    value = _clean(value)
    return None if value is None else str(value)


def _scalar(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(map(str, value))
    if isinstance(value, dict):
        return ";".join(f"{k}={v}" for k, v in value.items())
    return value


def decisions_to_codings(decisions: "pd.DataFrame") -> "pd.DataFrame":
    """The human codings implied by review decisions: for each (seg_id, code, coder) the latest decision wins;
    ``accepted``, ``corrected`` and ``added`` mean the code applies, ``rejected`` that it does not.

    Returns a codings table ``seg_id, code, coder, evidence`` with one row per applying code, plus one row with an
    empty ``code`` for each (seg_id, coder) the coder reviewed, so that ``qualcode.validation._agreement`` with
    ``seen="rows"`` knows which segments each reviewer saw.
    """
    import pandas as pd

    cols = ["seg_id", "code", "coder", "evidence"]
    if decisions is None or not len(decisions):
        return pd.DataFrame(columns=cols)
    d = decisions.copy()
    d["code"] = d["code"].fillna("").astype(str)
    order = "id" if "id" in d.columns else None
    if order:
        d = d.sort_values(order, kind="stable")
    latest = d.drop_duplicates(["seg_id", "code", "coder"], keep="last")
    keep = latest[latest["decision"].isin(["accepted", "corrected", "added"]) & (latest["code"] != "")]
    out = pd.DataFrame({"seg_id": keep["seg_id"], "code": keep["code"], "coder": keep["coder"],
                        "evidence": "review: " + keep["decision"]})
    seen = d.drop_duplicates(["seg_id", "coder"])[["seg_id", "coder"]].assign(code="", evidence="review: seen")
    return pd.concat([out, seen[cols]], ignore_index=True)[cols]


def codebook_yaml(codebook: "Codebook") -> str:
    """The YAML text stored for a codebook version: exactly what :func:`qualcode.save_codebook` writes."""

    return dump_codebook(codebook)
