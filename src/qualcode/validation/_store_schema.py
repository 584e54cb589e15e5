"""The project store's schema: the ordered migrations, the allowed review decisions and the small converters
that turn table cells into SQLite values. :class:`qualcode.validation.Project` applies :data:`MIGRATIONS`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qualcode.coding._codebook import dump_codebook

if TYPE_CHECKING:  # pragma: no cover
    from qualcode.model import Codebook

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
#: What a reviewer action in the review app is: ``decide`` (decision rows on the segment's codes), ``uncertain``
#: (the coder cannot decide: listed for discussion, not counted as reviewed), ``skip`` (later), ``memo``.
ACTION_KINDS = ("decide", "uncertain", "skip", "memo")

#: Version 3 (the review app): evidence and model probability on codings; the action log with undo marks and
#: idempotency tokens; decisions with the codebook version and the action they belong to; memos; saved queues.
#: (Version 2 is the models table of :mod:`._store_models`.)
_V3 = [
    """ALTER TABLE codings ADD COLUMN rules TEXT NOT NULL DEFAULT ''""",
    """ALTER TABLE codings ADD COLUMN terms TEXT NOT NULL DEFAULT ''""",
    """ALTER TABLE codings ADD COLUMN spans TEXT NOT NULL DEFAULT ''""",
    """ALTER TABLE codings ADD COLUMN probability REAL""",
    """CREATE INDEX codings_seg ON codings(seg_id)""",
    """CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        token TEXT NOT NULL UNIQUE,
        coder TEXT NOT NULL,
        seg_id TEXT REFERENCES segments(seg_id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('decide', 'uncertain', 'skip', 'memo')),
        mode TEXT NOT NULL DEFAULT 'review' CHECK (mode IN ('review', 'blind')),
        codebook_version INTEGER REFERENCES codebook_versions(version) ON DELETE RESTRICT,
        at TEXT NOT NULL,
        undone_at TEXT)""",
    """CREATE INDEX actions_coder ON actions(coder, id)""",
    """CREATE INDEX actions_seg ON actions(seg_id)""",
    """ALTER TABLE decisions ADD COLUMN codebook_version INTEGER REFERENCES codebook_versions(version)""",
    """ALTER TABLE decisions ADD COLUMN action INTEGER REFERENCES actions(id)""",
    """CREATE INDEX decisions_coder ON decisions(coder, seg_id)""",
    """CREATE TABLE memos (
        id INTEGER PRIMARY KEY,
        seg_id TEXT REFERENCES segments(seg_id) ON DELETE RESTRICT,
        code TEXT NOT NULL DEFAULT '',
        coder TEXT NOT NULL,
        text TEXT NOT NULL,
        codebook_version INTEGER REFERENCES codebook_versions(version),
        action INTEGER REFERENCES actions(id),
        at TEXT NOT NULL)""",
    """CREATE INDEX memos_seg ON memos(seg_id)""",
    """CREATE TABLE queues (
        name TEXT NOT NULL,
        rank INTEGER NOT NULL,
        seg_id TEXT NOT NULL REFERENCES segments(seg_id) ON DELETE RESTRICT,
        code TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        weight REAL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (name, rank))""",
]

#: The schema step that adds the models table.
MODELS_MIGRATION = [
    """CREATE TABLE models (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        codebook_version INTEGER REFERENCES codebook_versions(version) ON DELETE RESTRICT,
        n_train INTEGER NOT NULL,
        training TEXT NOT NULL,
        labels_sha256 TEXT NOT NULL,
        params TEXT NOT NULL DEFAULT '{}',
        metrics TEXT NOT NULL DEFAULT '{}',
        qualcode_version TEXT,
        sklearn_version TEXT,
        model BLOB NOT NULL,
        created_at TEXT NOT NULL)""",
    """CREATE INDEX models_name ON models(name, id)""",
]

MIGRATIONS: list[list[str]] = [_V1, MODELS_MIGRATION, _V3]
#: The schema version this qualcode writes.
SCHEMA_VERSION = len(MIGRATIONS)

_SEG_FIXED = ["seg_id", "doc_id", "respondent_id", "turn", "sentence", "speaker", "speaker_kind", "start", "end",
              "text", "tokens"]
_CODING_EXTRA = ["probability", "codebook_version", "created_at"]


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


def _opt_int(value: Any) -> int | None:
    value = _clean(value)
    if value is None or value == "":
        return None
    return int(value)


def _opt_str(value: Any) -> str | None:
    value = _clean(value)
    return None if value is None else str(value)


def codebook_yaml(codebook: Codebook) -> str:
    """The YAML text stored for a codebook version: exactly what :func:`qualcode.save_codebook` writes."""

    return dump_codebook(codebook)


class StoreBase:
    """What every part of the store (the mixins of :class:`qualcode.validation.Project`) relies on; ``Project``
    sets and defines these."""

    path: Path
    _conn: sqlite3.Connection

    def latest_codebook_version(self) -> int | None:
        """The id of the newest stored codebook version (None when no codebook is stored)."""
        return self._conn.execute("SELECT MAX(version) FROM codebook_versions").fetchone()[0]

    if TYPE_CHECKING:  # pragma: no cover - defined by Project and CorpusStore
        def _write(self) -> AbstractContextManager[sqlite3.Connection]: ...

        def _seg_info(self) -> dict[str, tuple]: ...
