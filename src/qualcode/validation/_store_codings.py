"""Codings and review decisions in the project store (a mixin of :class:`qualcode.validation.Project`), and
:func:`decisions_to_codings`, which turns a reviewer's decisions into that reviewer's codings."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from qualcode._io import _decode_cell, _encode_cell
from qualcode.errors import InputError, Issue, StoreError, raise_if_errors
from qualcode.model import CODING_COLUMNS
from qualcode.validation._store_schema import _CODING_EXTRA, DECISIONS, StoreBase, _clean, _now, _opt_int, _text

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


class CodingStore(StoreBase):
    """Codings per coder and the review-decision log of a :class:`~qualcode.validation.Project`."""

    # ------------------------------------------------------------------ codings
    def add_codings(self, codings: pd.DataFrame, *, coder: str | None = None,
                    codebook_version: int | None = None, replace: bool = False, source: str = "<codings>") -> int:
        """Store a codings table (``seg_id`` and ``code`` required; ``doc_id, start, end, evidence``, the evidence
        columns ``rules, terms, spans`` and a model's ``probability`` (or ``confidence``) kept when present) for one
        coder, in one transaction.

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
                'INSERT INTO codings(seg_id, doc_id, start, "end", code, coder, evidence, rules, terms, spans, '
                "probability, codebook_version, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT(seg_id, code, coder) DO UPDATE SET "
                'doc_id=excluded.doc_id, start=excluded.start, "end"=excluded."end", evidence=excluded.evidence, '
                "rules=excluded.rules, terms=excluded.terms, spans=excluded.spans, probability=excluded.probability, "
                "codebook_version=excluded.codebook_version, created_at=excluded.created_at",
                rows,
            )
        return len(rows)

    def validate_codings(self, codings: pd.DataFrame, *, coder: str | None = None,
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
            prob = _clean(rec.get("probability", rec.get("confidence")))
            rows.append((seg_id, _text(rec.get("doc_id")) or doc_id, s0 if start is None else start,
                         e0 if end is None else end, code, who, _text(rec.get("evidence")),
                         *(_evidence_cell(col, rec.get(col)) for col in ("rules", "terms", "spans")),
                         None if prob in (None, "") else float(prob), codebook_version, now))
            coders.add(who)
        return rows, coders, issues

    def codings(self, coder: str | Iterable[str] | None = None) -> pd.DataFrame:
        """Stored codings, optionally of one coder (or several): :data:`qualcode.model.CODING_COLUMNS` (``rules``,
        ``terms`` tuples of str, ``spans`` a tuple of (start, end) document offsets) plus ``probability`` (a model's,
        else NaN), ``codebook_version, created_at`` and the segment's attributes (e.g. ``role``), in segment order."""
        import pandas as pd

        sql = ('SELECT c.seg_id, c.doc_id, s.turn, s.sentence, c.start, c."end", c.code, c.coder, c.evidence, '
               "c.rules, c.terms, c.spans, c.probability, c.codebook_version, c.created_at, s.attributes "
               "FROM codings c JOIN segments s ON s.seg_id = c.seg_id")
        params: tuple = ()
        if coder is not None:
            names = [coder] if isinstance(coder, str) else list(coder)
            sql += f" WHERE c.coder IN ({','.join('?' * len(names))})"
            params = tuple(names)
        sql += " ORDER BY s.ord, c.coder, c.code"
        cols = [*CODING_COLUMNS, *_CODING_EXTRA]
        records = []
        for row in self._conn.execute(sql, params):
            rec = dict(zip(cols, row[:15]))
            for col in ("rules", "terms", "spans"):
                rec[col] = _decode_cell(col, rec[col])
            rec.update(json.loads(row[15]))
            records.append(rec)
        if not records:
            return pd.DataFrame(columns=cols)
        out = pd.DataFrame(records)
        out["probability"] = out["probability"].astype(float)
        return out

    def coders(self) -> list[str]:
        """Names of every coder with codings, decisions or review actions in the store."""
        rows = self._conn.execute("SELECT coder FROM codings UNION SELECT coder FROM decisions UNION "
                                  "SELECT coder FROM actions ORDER BY coder")
        return [r[0] for r in rows]

    def review_codings(self, coder: str | None = None, *, seen_rows: bool = False) -> pd.DataFrame:
        """The codings the reviewers' decisions in force imply (:func:`decisions_to_codings`), as a full codings
        table: :data:`qualcode.model.CODING_COLUMNS` (``start``/``end`` the segment's, empty evidence columns) plus
        the segment's attributes, in segment order, for ``qualcode qdpx export`` and ``qualcode agree``.
        ``seen_rows`` adds one row with an empty ``code`` per reviewed segment (how ``agree --seen rows`` knows
        what each reviewer saw)."""
        import pandas as pd

        review = decisions_to_codings(self.decisions(coder))
        if not seen_rows:
            review = review[review["code"] != ""]
        cols = list(CODING_COLUMNS)
        if not len(review):
            return pd.DataFrame(columns=cols)
        seg = pd.read_sql_query('SELECT seg_id, doc_id, turn, sentence, start, "end", attributes, ord FROM segments',
                                self._conn)
        out = review.merge(seg, on="seg_id", how="left").sort_values(["ord", "coder", "code"], kind="stable")
        attrs = pd.DataFrame([json.loads(a) for a in out.pop("attributes")], index=out.index)
        for col in ("rules", "terms", "spans"):
            out[col] = [()] * len(out)
        out = pd.concat([out[cols], attrs.drop(columns=[c for c in attrs.columns if c in cols])], axis=1)
        return out.reset_index(drop=True)

    # ------------------------------------------------------------------ review decisions
    def add_decisions(self, decisions: pd.DataFrame, *, coder: str | None = None,
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

    def validate_decisions(self, decisions: pd.DataFrame, *, coder: str | None = None,
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

    def decisions(self, coder: str | None = None, *, include_undone: bool = False) -> pd.DataFrame:
        """Every stored review decision in force, oldest first: ``id, seg_id, code, decision, coder, note, at,
        codebook_version, action`` (``action``: the review-app action the row belongs to, empty for imported
        decisions). Rows of an undone action stay in the log and are left out unless ``include_undone``."""
        import pandas as pd

        sql = ("SELECT d.id, d.seg_id, d.code, d.decision, d.coder, d.note, d.at, d.codebook_version, d.action "
               "FROM decisions d LEFT JOIN actions a ON a.id = d.action WHERE 1 = 1")
        params: tuple = ()
        if not include_undone:
            sql += " AND a.undone_at IS NULL"
        if coder is not None:
            sql += " AND d.coder = ?"
            params = (coder,)
        return pd.read_sql_query(sql + " ORDER BY d.id", self._conn, params=params)


def decisions_to_codings(decisions: pd.DataFrame) -> pd.DataFrame:
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



def _evidence_cell(col: str, value) -> str:
    """An evidence cell (``rules``/``terms`` tuple or ``spans`` pairs, or their written form) as stored text."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        if col == "spans":
            value = [tuple(int(x) for x in pair) for pair in value]
        return str(_encode_cell(col, tuple(value)))
    return ""
