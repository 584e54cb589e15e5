"""What the review app writes and reads in the project store (a mixin of :class:`qualcode.validation.Project`):
reviewer actions with undo, memos, saved queues, and one segment as a review item with its context and evidence.

An *action* is one thing a coder did in one keystroke: ``decide`` (its decision rows: accepted / rejected / added
codes on the segment, or "reviewed, nothing to add"), ``uncertain``, ``skip`` or ``memo``. Each action is written in
one transaction with its coder, time, codebook version and mode (``review`` or ``blind``), under a client-made
``token``: the same token recorded twice is stored once (a retried request, a double key press), which is how two
coders, two tabs or a flaky network never duplicate a decision. Undo marks an action ``undone_at``; its rows stay in
the log and drop out of :meth:`~qualcode.validation.Project.decisions`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from qualcode._io import _decode_cell
from qualcode.errors import InputError, Issue, StoreError
from qualcode.validation._store_schema import ACTION_KINDS, DECISIONS, StoreBase, _clean, _now, _text

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_MODES = ("review", "blind")


def _decision_rows(decisions: Iterable[Any]) -> list[tuple[str, str, str]]:
    """(code, decision, note) from tuples or mappings; an empty list means "reviewed, nothing to add"."""
    rows = []
    for item in decisions:
        if isinstance(item, Mapping):
            code, decision, note = item.get("code", ""), item.get("decision", ""), item.get("note", "")
        else:
            code, decision, note = (tuple(item) + ("",))[:3]
        rows.append((_text(code).strip(), _text(decision).strip().lower(), _text(note)))
    return rows or [("", "accepted", "")]


class ReviewStore(StoreBase):
    """Reviewer actions, undo, memos, saved queues and review items of a :class:`~qualcode.validation.Project`."""

    # ------------------------------------------------------------------ codebook
    def _code_ids(self, version: int | None) -> set[str]:
        if version is None:
            return set()
        return {r[0] for r in self._conn.execute("SELECT code FROM codes WHERE version = ?", (version,))}

    # ------------------------------------------------------------------ actions
    def record(self, coder: str, seg_id: str | None, kind: str = "decide", *, decisions: Iterable[Any] = (),
               memo: str | None = None, memo_code: str = "", token: str | None = None, mode: str = "review",
               codebook_version: int | None = None) -> dict[str, Any]:
        """Write one reviewer action in one transaction and return ``{"action", "token", "duplicate"}``.

        ``kind`` is one of :data:`ACTION_KINDS`. ``decide`` writes ``decisions`` (``(code, decision[, note])``
        tuples or mappings; ``decision`` one of :data:`DECISIONS`; none at all records "reviewed, nothing to
        add"); ``memo`` writes ``memo`` on the segment, or on the code ``memo_code`` (``seg_id`` may then be
        None). ``codebook_version`` defaults to the newest stored one, and codes must be in it. A ``token``
        already stored is not written again (``duplicate`` is True); without one a new token is made.
        Problems raise :class:`InputError` (nothing is written).
        """
        version = self.latest_codebook_version() if codebook_version is None else codebook_version
        rows = _decision_rows(decisions) if kind == "decide" else []
        issues = self._check_action(coder, seg_id, kind, rows, memo, memo_code, mode, version)
        if issues:
            raise InputError(issues)
        token = token or uuid.uuid4().hex
        now = _now()
        with self._write() as c:
            found = c.execute("SELECT id, coder FROM actions WHERE token = ?", (token,)).fetchone()
            if found:
                if found[1] != coder:
                    raise InputError([Issue("<review>", None, f"action token {token!r} belongs to another coder")])
                return {"action": int(found[0]), "token": token, "duplicate": True}
            cur = c.execute("INSERT INTO actions(token, coder, seg_id, kind, mode, codebook_version, at) "
                            "VALUES (?,?,?,?,?,?,?)", (token, coder, seg_id, kind, mode, version, now))
            action = int(cur.lastrowid or 0)  # an INSERT always sets it
            c.executemany("INSERT INTO decisions(seg_id, code, decision, coder, note, at, codebook_version, action) "
                          "VALUES (?,?,?,?,?,?,?,?)",
                          [(seg_id, code, decision, coder, note, now, version, action)
                           for code, decision, note in rows])
            if kind == "memo":
                c.execute("INSERT INTO memos(seg_id, code, coder, text, codebook_version, action, at) "
                          "VALUES (?,?,?,?,?,?,?)", (seg_id, memo_code or "", coder, memo, version, action, now))
        return {"action": action, "token": token, "duplicate": False}

    def _check_action(self, coder, seg_id, kind, rows, memo, memo_code, mode, version) -> list[Issue]:
        src = "<review>"
        issues = []
        if not _text(coder).strip():
            issues.append(Issue(src, None, "empty coder", hint="every action names its coder"))
        if kind not in ACTION_KINDS:
            issues.append(Issue(src, None, f"action {kind!r} is not one of {', '.join(ACTION_KINDS)}"))
        if mode not in _MODES:
            issues.append(Issue(src, None, f"mode {mode!r} is not one of {', '.join(_MODES)}"))
        if seg_id is None:
            if kind != "memo" or not memo_code:
                issues.append(Issue(src, None, f"a {kind!r} action needs a segment"))
        elif not self._conn.execute("SELECT 1 FROM segments WHERE seg_id = ?", (seg_id,)).fetchone():
            issues.append(Issue(src, None, f"segment {seg_id!r} is not in the store"))
        if version is not None and not self._conn.execute(
                "SELECT 1 FROM codebook_versions WHERE version = ?", (version,)).fetchone():
            issues.append(Issue(src, None, f"codebook version {version} is not stored"))
        known = self._code_ids(version)
        for code, decision, _note in rows:
            if decision not in DECISIONS:
                issues.append(Issue(src, None, f"decision {decision!r} is not one of {', '.join(DECISIONS)}"))
            elif not code and decision != "accepted":
                issues.append(Issue(src, None, f"decision {decision!r} needs a code"))
            if code and known and code not in known:
                issues.append(Issue(src, None, f"code {code!r} is not in codebook version {version}"))
        if kind == "memo":
            if not _text(memo).strip():
                issues.append(Issue(src, None, "empty memo"))
            if memo_code and known and memo_code not in known:
                issues.append(Issue(src, None, f"code {memo_code!r} is not in codebook version {version}"))
        return issues

    def undo(self, coder: str, *, token: str | None = None) -> dict[str, Any] | None:
        """Undo the coder's latest action in force (or the action with ``token``): it is marked ``undone_at``, its
        decision rows leave :meth:`decisions`, its memo leaves :meth:`memos`. Returns ``{"action", "token",
        "seg_id", "kind"}`` of the undone action, or None when there is nothing to undo."""
        with self._write() as c:
            if token is None:
                row = c.execute("SELECT id, token, seg_id, kind FROM actions WHERE coder = ? AND undone_at IS NULL "
                                "ORDER BY id DESC LIMIT 1", (coder,)).fetchone()
            else:
                row = c.execute("SELECT id, token, seg_id, kind FROM actions WHERE coder = ? AND token = ? "
                                "AND undone_at IS NULL", (coder, token)).fetchone()
            if row is None:
                return None
            c.execute("UPDATE actions SET undone_at = ? WHERE id = ?", (_now(), row[0]))
        return {"action": int(row[0]), "token": row[1], "seg_id": row[2], "kind": row[3]}

    def actions(self, coder: str | None = None, *, include_undone: bool = False) -> pd.DataFrame:
        """The review app's action log, oldest first: ``id, token, coder, seg_id, kind, mode, codebook_version, at,
        undone_at``."""
        import pandas as pd

        sql = ("SELECT id, token, coder, seg_id, kind, mode, codebook_version, at, undone_at FROM actions "
               "WHERE (? OR undone_at IS NULL)")
        params: list[Any] = [int(include_undone)]
        if coder is not None:
            sql += " AND coder = ?"
            params.append(coder)
        return pd.read_sql_query(sql + " ORDER BY id", self._conn, params=tuple(params))

    def review_state(self, coder: str) -> dict[str, str]:
        """seg_id -> the kind of the coder's latest action in force on it (``decide``, ``uncertain`` or ``skip``;
        memos do not change it). Segments with decisions imported from a sheet count as ``decide``."""
        state = {r[0]: "decide" for r in self._conn.execute(
            "SELECT DISTINCT seg_id FROM decisions WHERE coder = ? AND action IS NULL", (coder,))}
        for seg_id, kind in self._conn.execute(
                "SELECT seg_id, kind FROM actions WHERE coder = ? AND undone_at IS NULL AND kind != 'memo' "
                "AND seg_id IS NOT NULL ORDER BY id", (coder,)):
            state[seg_id] = kind
        return state

    # ------------------------------------------------------------------ memos
    def memos(self, seg_id: str | None = None, *, coder: str | None = None, code: str | None = None
              ) -> pd.DataFrame:
        """Memos in force, oldest first: ``id, seg_id, code, coder, text, codebook_version, at`` (``code`` empty
        for a memo on the segment; ``seg_id`` empty for a memo on a code written outside any segment)."""
        import pandas as pd

        sql = ("SELECT m.id, m.seg_id, m.code, m.coder, m.text, m.codebook_version, m.at FROM memos m "
               "LEFT JOIN actions a ON a.id = m.action WHERE a.undone_at IS NULL")
        params: list[Any] = []
        for col, value in (("m.seg_id", seg_id), ("m.coder", coder), ("m.code", code)):
            if value is not None:
                sql += f" AND {col} = ?"
                params.append(value)
        return pd.read_sql_query(sql + " ORDER BY m.id", self._conn, params=tuple(params))

    # ------------------------------------------------------------------ queues
    def save_queue(self, name: str, table: pd.DataFrame) -> int:
        """Store a review queue or sample under ``name`` (replacing one of that name), in row order: ``seg_id``
        required; ``code``, ``reason`` and ``weight`` kept when present. Unknown seg_ids raise
        :class:`InputError`, all at once. Returns the number of rows."""
        if "seg_id" not in table.columns:
            raise InputError([Issue(f"<queue {name}>", None, "column 'seg_id' is missing")])
        known = {r[0] for r in self._conn.execute("SELECT seg_id FROM segments")}
        issues, rows, now = [], [], _now()
        for i, rec in enumerate(table.to_dict("records")):
            seg_id = _text(rec.get("seg_id"))
            if seg_id not in known:
                issues.append(Issue(f"<queue {name}>", i + 2, f"segment {seg_id!r} is not in the store"))
                continue
            weight = _clean(rec.get("weight"))
            rows.append((name, i + 1, seg_id, _text(rec.get("code")), _text(rec.get("reason")),
                         None if weight in (None, "") else float(weight), now))
        if issues:
            raise InputError(issues)
        with self._write() as c:
            c.execute("DELETE FROM queues WHERE name = ?", (name,))
            c.executemany("INSERT INTO queues(name, rank, seg_id, code, reason, weight, created_at) "
                          "VALUES (?,?,?,?,?,?,?)", rows)
        return len(rows)

    def queue(self, name: str) -> pd.DataFrame:
        """A saved queue: ``rank, seg_id, code, reason, weight``, in rank order (:class:`StoreError` if absent)."""
        import pandas as pd

        df = pd.read_sql_query("SELECT rank, seg_id, code, reason, weight FROM queues WHERE name = ? ORDER BY rank",
                               self._conn, params=(name,))
        if not len(df):
            names = ", ".join(self.queue_names()) or "none"
            raise StoreError(f"{self.path}: no saved queue {name!r} (saved: {names}) (hint: 'qualcode sample "
                             f"--project' saves 'sample'; 'qualcode suggest --project --queue' saves 'suggest')")
        return df

    def queue_names(self) -> list[str]:
        """Names of the saved queues."""
        return [r[0] for r in self._conn.execute("SELECT DISTINCT name FROM queues ORDER BY name")]

    # ------------------------------------------------------------------ review items
    def review_item(self, seg_id: str, *, context: int = 2) -> dict[str, Any]:
        """One segment as the review app shows it, as plain data: the segment (text, speaker, attributes), its
        turn's neighbours (``context`` turns either side, and the interviewer's question before it), every stored
        coding with its evidence (``spans`` relative to the segment text, clipped to it) and probability, the
        decisions in force on it and its memos. Raises :class:`StoreError` for an unknown segment."""
        row = self._conn.execute(
            'SELECT seg_id, doc_id, respondent_id, turn, sentence, speaker, speaker_kind, start, "end", text, '
            "attributes, ord FROM segments WHERE seg_id = ?", (seg_id,)).fetchone()
        if row is None:
            raise self._unknown_segment(seg_id)
        keys = ["seg_id", "doc_id", "respondent_id", "turn", "sentence", "speaker", "speaker_kind", "start", "end",
                "text"]
        seg = dict(zip(keys, row[:10]))
        seg["attributes"] = {k: v for k, v in json.loads(row[10]).items() if v is not None}
        return {"segment": seg, "context": self._context(seg, row[11], context),
                "codings": self._item_codings(seg), "decisions": self._item_decisions(seg_id),
                "memos": self.memos(seg_id).to_dict("records")}

    def _unknown_segment(self, seg_id: str) -> StoreError:
        return StoreError(f"{self.path}: segment {seg_id!r} is not in the store")

    def _decision_basis(self, seg_id: str) -> tuple[list[tuple[str, str]], list[dict[str, Any]]]:
        """What a review decision on a segment is recorded against, without the rest of :meth:`review_item`: its
        stored codings as ``(coder, code)`` and the decisions in force. Raises :class:`StoreError` for an unknown
        segment."""
        if self._conn.execute("SELECT 1 FROM segments WHERE seg_id = ?", (seg_id,)).fetchone() is None:
            raise self._unknown_segment(seg_id)
        codings = self._conn.execute("SELECT coder, code FROM codings WHERE seg_id = ?", (seg_id,)).fetchall()
        return [(coder, code) for coder, code in codings], self._item_decisions(seg_id)

    def _context(self, seg: dict, ord_: int, n: int) -> list[dict[str, Any]]:
        doc = self._conn.execute("SELECT text FROM documents WHERE doc_id = ?", (seg["doc_id"],)).fetchone()
        if doc is not None and seg["turn"] is not None:
            turns = self._conn.execute(
                'SELECT turn, speaker, speaker_kind, start, "end" FROM turns WHERE doc_id = ? AND turn BETWEEN ? '
                "AND ? ORDER BY turn", (seg["doc_id"], seg["turn"] - max(n, 1) - 3, seg["turn"] + n)).fetchall()
            out = [{"turn": t, "speaker": sp, "speaker_kind": sk, "text": doc[0][s:e], "start": s,
                    "current": t == seg["turn"]} for t, sp, sk, s, e in turns]
        else:  # segments without documents: neighbouring segments of the same document
            rows = self._conn.execute(
                "SELECT turn, speaker, speaker_kind, text, ord, start FROM segments WHERE doc_id = ? AND ord "
                "BETWEEN ? AND ? ORDER BY ord", (seg["doc_id"], ord_ - max(n, 1) - 3, ord_ + n)).fetchall()
            out = [{"turn": t, "speaker": sp, "speaker_kind": sk, "text": tx, "start": s0, "current": o == ord_}
                   for t, sp, sk, tx, o, s0 in rows]
        here = next((i for i, t in enumerate(out) if t["current"]), None)
        if here is None:
            return out
        question = next((i for i in range(here - 1, -1, -1) if out[i]["speaker_kind"] == "interviewer"), None)
        keep = set(range(max(0, here - n), min(len(out), here + n + 1)))
        if question is not None:
            keep.add(question)
            out[question]["question"] = True
        return [t for i, t in enumerate(out) if i in keep]

    def _item_codings(self, seg: dict) -> list[dict[str, Any]]:
        start = seg["start"] or 0
        length = len(seg["text"])
        out = []
        for code, coder, evidence, rules, terms, spans, prob in self._conn.execute(
                "SELECT code, coder, evidence, rules, terms, spans, probability FROM codings WHERE seg_id = ? "
                "ORDER BY coder, code", (seg["seg_id"],)):
            rel = []
            for s, e in cast(tuple, _decode_cell("spans", spans)):
                s, e = max(0, s - start), min(length, e - start)
                if s < e:
                    rel.append([s, e])
            out.append({"code": code, "coder": coder, "evidence": evidence or "",
                        "rules": list(cast(tuple, _decode_cell("rules", rules))),
                        "terms": list(cast(tuple, _decode_cell("terms", terms))),
                        "spans": rel, "probability": prob})
        return out

    def _item_decisions(self, seg_id: str) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT d.id, d.code, d.decision, d.coder, d.note, d.at FROM decisions d LEFT JOIN actions a "
            "ON a.id = d.action WHERE d.seg_id = ? AND a.undone_at IS NULL ORDER BY d.id", (seg_id,))
        latest: dict[tuple[str, str], dict[str, Any]] = {}
        for _id, code, decision, coder, note, at in rows:
            latest[(coder, code)] = {"code": code, "decision": decision, "coder": coder, "note": note, "at": at}
        return list(latest.values())
