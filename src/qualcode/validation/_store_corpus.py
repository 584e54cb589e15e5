"""The corpus side of the project store: documents, turns, respondent attributes, segments and codebook versions
(a mixin of :class:`qualcode.validation.Project`; every write is one transaction of ``Project._write``)."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from qualcode.errors import InputError, Issue, StoreError, raise_if_errors
from qualcode.model import Corpus, Document, Turn, _scalar
from qualcode.validation._store_schema import (
    _SEG_FIXED,
    StoreBase,
    _clean,
    _json,
    _now,
    _opt_int,
    _opt_str,
    _text,
    codebook_yaml,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from qualcode.model import Codebook


class CorpusStore(StoreBase):
    """Documents, segments and codebook versions of a :class:`~qualcode.validation.Project`."""

    # ------------------------------------------------------------------ corpus
    def add_corpus(self, corpus: Corpus, *, replace: bool = False) -> int:
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

    def documents(self) -> pd.DataFrame:
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

    def corpus(self) -> Corpus:
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
    def add_segments(self, segments: pd.DataFrame) -> int:
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

    def segments(self) -> pd.DataFrame:
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
    def add_codebook(self, codebook: Codebook, *, label: str = "") -> int:
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
            version = int(cur.lastrowid or 0)  # an INSERT always sets it
            c.executemany(
                "INSERT INTO codes(version, code, label, label_en, parent, definition, ord) VALUES (?,?,?,?,?,?,?)",
                [(version, code.id, code.label, code.label_en, code.parent, code.definition, i)
                 for i, code in enumerate(codebook.codes)],
            )
        return version

    def codebook_versions(self) -> pd.DataFrame:
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

    def codes(self, version: int | None = None) -> pd.DataFrame:
        """Codes of a stored codebook version (latest by default): ``version, code, label, label_en, parent,
        definition``."""
        import pandas as pd

        if version is None:
            version = self.latest_codebook_version()
        return pd.read_sql_query("SELECT version, code, label, label_en, parent, definition FROM codes "
                                 "WHERE version = ? ORDER BY ord", self._conn, params=(version,))

    def _seg_info(self) -> dict[str, tuple]:
        rows = self._conn.execute('SELECT seg_id, doc_id, start, "end" FROM segments')
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

