"""Explainable rule-based coding: ``AutoCoder(codebook).code(segments) -> codings``.

Every machine code carries its evidence (the rule and the words that fired it), and :meth:`AutoCoder.explain` shows a
coder, for one segment, the text with each code, rule and matched words, plus the rules that were suppressed by
negation, polarity or an ``unless`` exclusion. The rule language is documented in docs/codebook.md.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .errors import Issue, NotFittedError, InputError
from .model import CODING_COLUMNS, SEGMENT_COLUMNS, Codebook, turn_of

__all__ = ["AutoCoder", "MATCH_COLUMNS", "roll_up"]

CODER = "auto:rules"
#: Columns of :attr:`AutoCoder.matches_`: one row per rule that fired in a unit, with the matched words and their
#: offsets into the document text (suppressed candidates are shown by :meth:`AutoCoder.explain`).
MATCH_COLUMNS = ["seg_id", "doc_id", "code", "rule", "status", "words", "spans", "evidence", "reason"]
_UNITS = ("sentence", "turn")
_SPEAKERS = ("respondent", "interviewer", "all")


class Explanation(str):
    """The text of :meth:`AutoCoder.explain`; displays as itself in a notebook."""

    def __repr__(self) -> str:  # pragma: no cover - display only
        return str(self)


class AutoCoder:
    """Apply a codebook's rules to a segments table.

    Parameters
    ----------
    codebook : Codebook
        From :func:`qualcode.load_codebook`.
    unit : {"sentence", "turn"} or None
        The unit coded. ``None`` codes the segments as given. ``"turn"`` with sentence segments joins the sentences
        of each turn first (offsets kept); ``"sentence"`` needs sentence segments.
    speakers : {"respondent", "interviewer", "all"}
        Whose segments are coded (``speaker_kind``); respondents by default.
    backend : {"ahocorasick_rs", "pyahocorasick"}
        The multi-pattern matcher (same results).
    engine : {"fast", "reference"}
        ``"fast"`` (default) decides the rules with the optimised engine (:mod:`qualcode.rules`); ``"reference"``
        with the frozen, slower original engine (:mod:`qualcode._rules_reference`), which is the specification the
        fast one is tested against (same codings, same matches).

    After :meth:`code`: ``units_`` (the coded units) and ``matches_`` (:data:`MATCH_COLUMNS`, every rule that fired,
    with the matched words and their offsets into the document text).
    """

    def __init__(self, codebook: Codebook, unit: str | None = None, speakers: str = "respondent",
                 backend: str = "ahocorasick_rs", engine: str = "fast"):
        self.codebook = codebook
        self.unit = unit
        self.speakers = speakers
        self.backend = backend
        self.engine = engine

    # ---------------------------------------------------------------------------------------------- internals
    @property
    def compiled_(self):
        cached = self.__dict__.get("_compiled")
        key = (id(self.codebook), self.backend, self.engine)
        if cached is None or cached[0] != key:
            if self.engine == "reference":
                from ._rules_reference import compile_codebook
            else:
                from .rules import compile_codebook

            cached = (key, compile_codebook(self.codebook, backend=self.backend))
            self.__dict__["_compiled"] = cached
        return cached[1]

    def _check_params(self) -> None:
        if self.unit is not None and self.unit not in _UNITS:
            raise ValueError(f"unit == {self.unit!r}, must be None, 'sentence' or 'turn'.")
        if self.speakers not in _SPEAKERS:
            raise ValueError(f"speakers == {self.speakers!r}, must be 'respondent', 'interviewer' or 'all'.")
        if self.engine not in ("fast", "reference"):
            raise ValueError(f"engine == {self.engine!r}, must be 'fast' or 'reference'.")

    def _units(self, segments: pd.DataFrame) -> pd.DataFrame:
        missing = [c for c in ("seg_id", "doc_id", "start", "end", "text") if c not in segments.columns]
        if missing:
            raise InputError([Issue("<segments>", None, f"segments table lacks column(s) {', '.join(missing)}",
                                    "make it with qualcode.segment.Segmenter().segment(corpus)")])
        segs = segments
        if self.speakers != "all" and "speaker_kind" in segs.columns:
            segs = segs[segs["speaker_kind"] == self.speakers]
        is_sentence = "sentence" in segs.columns and len(segs) > 0 and (segs["sentence"] > 0).any()
        if self.unit == "turn" and is_sentence:
            segs = _join_sentences(segs)
        elif self.unit == "sentence" and len(segs) and not is_sentence:
            raise InputError([Issue("<segments>", None, "unit='sentence' but the segments are turns",
                                    "segment with Segmenter(unit='sentence'), or code with unit='turn'")])
        if self.compiled_.tokens_needed and "tokens" not in segs.columns:
            raise InputError([Issue("<segments>", None, "the codebook has rules with 'match: tokens' but the "
                                    "segments have no 'tokens' column",
                                    "segment with Segmenter(user_words=codebook_terms(codebook))")])
        return segs.reset_index(drop=True)

    # --------------------------------------------------------------------------------------------------- code
    def code(self, segments: pd.DataFrame) -> pd.DataFrame:
        """Code every (respondent) segment.

        Returns the codings table: ``seg_id, doc_id, start, end, code, coder, evidence`` plus ``respondent_id`` and
        the respondent attribute columns of ``segments``. One row per (segment, code); ``start``/``end`` are the
        coded unit's offsets, ``coder`` is ``auto:rules``, ``evidence`` names the rules and matched words, e.g.
        ``publicity_weak#r2: 宣传 + 不到位 (within 8)`` (several rules joined by `` | ``). The matched spans of every
        rule are in :attr:`matches_`.
        """
        self._check_params()
        units = self._units(segments)
        if self.engine == "reference":
            return self._code_reference(segments, units)
        cb = self.compiled_
        attr_cols = [c for c in units.columns if c not in SEGMENT_COLUMNS or c == "respondent_id"]
        attr_cols = [c for c in attr_cols if c not in CODING_COLUMNS]
        order = {cid: i for i, cid in enumerate(self.codebook.ids)}
        has_tokens = "tokens" in units.columns and cb.tokens_needed
        texts = [t if isinstance(t, str) else "" for t in units["text"].tolist()]
        tokens = units["tokens"].tolist() if has_tokens else None
        roles = units["role"].tolist() if "role" in units.columns else None
        questions = _questions(segments, units) if cb.answer_rules or any(r.question for r in cb.rules) else None
        slot, decided = cb.match_distinct(texts, tokens, roles, questions)
        # the rows of each distinct input once (codes in codebook order, evidence joined), then repeated per unit
        per_code: list[str] = []
        per_evidence: list[str] = []
        count = np.zeros(len(decided), dtype=np.intp)
        for k, hits in enumerate(decided):
            if not hits:
                continue
            by_code: dict[str, list[str]] = {}
            for h in hits:
                by_code.setdefault(h.code, []).append(h.evidence)
            keys = sorted(by_code, key=lambda c: order.get(c, 0)) if len(by_code) > 1 else by_code
            for c in keys:
                per_code.append(c)
                per_evidence.append(" | ".join(by_code[c]))
            count[k] = len(by_code)
        slots = np.asarray(slot, dtype=np.intp)
        reps = count[slots] if len(slots) else np.zeros(0, dtype=np.intp)
        take = np.repeat(np.arange(len(slots), dtype=np.intp), reps)  # unit of each row
        first_row = np.cumsum(count) - count  # first row of each distinct input
        within = np.arange(len(take), dtype=np.intp) - np.repeat(np.cumsum(reps) - reps, reps)
        row_of = first_row[slots[take]] + within if len(take) else take
        self.units_ = units.assign(question=questions) if questions is not None else units
        self._tokens_col = has_tokens
        self.__dict__.pop("_matches", None)
        self._matches_from = (slot, decided, units)
        if not len(take):
            out = pd.DataFrame([], columns=[*CODING_COLUMNS, *attr_cols])
        else:
            def column(name: str) -> list:
                return units[name].to_numpy(dtype=object)[take].tolist()

            def rows(values: list[str]) -> list:
                arr = np.empty(len(values), dtype=object)
                arr[:] = values
                return arr[row_of].tolist()

            data: dict[str, Any] = {"seg_id": column("seg_id"), "doc_id": column("doc_id"),
                                    "start": column("start"), "end": column("end"), "code": rows(per_code),
                                    "coder": [CODER] * len(take), "evidence": rows(per_evidence)}
            for c in attr_cols:
                data[c] = column(c)
            out = pd.DataFrame(data, columns=[*CODING_COLUMNS, *attr_cols])
        for col in ("start", "end"):
            out[col] = out[col].astype("int64")
        return out

    @property
    def matches_(self) -> pd.DataFrame:
        """:data:`MATCH_COLUMNS`: one row per rule that fired in a unit (built from the last :meth:`code` on first
        access)."""
        got = self.__dict__.get("_matches")
        if got is None:
            src = self.__dict__.get("_matches_from")
            if src is None:
                raise NotFittedError("This AutoCoder has not coded anything yet; call code(segments) first.")
            got = self.__dict__["_matches"] = _matches_table(*src)
        return got

    def _code_reference(self, segments: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
        """:meth:`code` as originally written (engine="reference"): the specification of the fast path."""
        cb = self.compiled_
        attr_cols = [c for c in units.columns if c not in SEGMENT_COLUMNS or c == "respondent_id"]
        attr_cols = [c for c in attr_cols if c not in CODING_COLUMNS]
        order = {cid: i for i, cid in enumerate(self.codebook.ids)}
        has_tokens = "tokens" in units.columns and cb.tokens_needed
        rows: list[dict] = []
        matches: list[dict] = []
        seg_ids = units["seg_id"].tolist()
        docs = units["doc_id"].tolist()
        starts = units["start"].tolist()
        ends = units["end"].tolist()
        texts = units["text"].tolist()
        tokens = units["tokens"].tolist() if has_tokens else [None] * len(units)
        attr_values = [units[c].tolist() for c in attr_cols]
        texts = [t if isinstance(t, str) else "" for t in texts]
        roles = units["role"].tolist() if "role" in units.columns else None
        questions = _questions(segments, units) if cb.answer_rules or any(r.question for r in cb.rules) else None
        decided = cb.match_many(texts, tokens, roles, questions)
        for i in range(len(units)):
            hits = decided[i]
            if not hits:
                continue
            base = starts[i]
            by_code: dict[str, list[str]] = {}
            for h in hits:
                matches.append((seg_ids[i], docs[i], h.code, h.rule, h.status, h.words,
                                [(base + s, base + e) for s, e in h.spans], h.evidence, h.reason))
                by_code.setdefault(h.code, []).append(h.evidence)
            extra = [col[i] for col in attr_values]
            for code in (sorted(by_code, key=lambda c: order.get(c, 0)) if len(by_code) > 1 else by_code):
                rows.append((seg_ids[i], docs[i], starts[i], ends[i], code, CODER, " | ".join(by_code[code]),
                             *extra))
        self.units_ = units.assign(question=questions) if questions is not None else units
        self.__dict__["_matches"] = pd.DataFrame(matches, columns=MATCH_COLUMNS)
        self.__dict__.pop("_matches_from", None)
        self._tokens_col = has_tokens
        out = pd.DataFrame(rows, columns=[*CODING_COLUMNS, *attr_cols])
        for col in ("start", "end"):
            out[col] = out[col].astype("int64")
        return out

    # ------------------------------------------------------------------------------------------------ explain
    def explain(self, seg_id: str) -> Explanation:
        """For a coder: the text of one coded unit (or every unit of a turn id) with each code, rule and matched
        words marked 【like this】, and the candidates that were suppressed (negation, polarity, ``unless``,
        not a whole token). Call :meth:`code` first. Use ``print(coder.explain("F01:4"))``."""
        if "units_" not in self.__dict__:
            raise NotFittedError("This AutoCoder has not coded anything yet; call code(segments) before explain().")
        units = self.units_
        sel = units[(units["seg_id"] == seg_id) | (units["seg_id"].map(turn_of) == seg_id)]
        if sel.empty:
            raise KeyError(f"seg_id {seg_id!r} is not among the coded units (speakers={self.speakers!r})")
        out: list[str] = []
        labels = {c.id: c.label for c in self.codebook.codes}
        for row in sel.itertuples(index=False):
            toks = getattr(row, "tokens", None) if self._tokens_col else None
            question = getattr(row, "question", None)
            decisions = self.compiled_.match(row.text, toks, explain=True, role=getattr(row, "role", None),
                                             question=question if isinstance(question, str) else None)
            hits = [h for h in decisions if h.status == "hit"]
            spans = sorted({sp for h in hits for sp in h.spans})
            who = f"  [{getattr(row, 'speaker', '')}" + (f", role={row.role}" if hasattr(row, "role") else "") + "]"
            out.append(f"{row.seg_id}  {row.start}-{row.end}{who}")
            out.append("  " + _mark(row.text, spans))
            if not hits:
                out.append("  (no code)")
            for code in dict.fromkeys(h.code for h in hits):
                out.append(f"  {code}  {labels.get(code, '')}")
                for h in hits:
                    if h.code == code:
                        where = ", ".join(f"{row.start + s}-{row.start + e}" for s, e in h.spans)
                        out.append(f"    {h.evidence}   @ {where}")
            sup = [h for h in decisions if h.status != "hit"]
            if sup:
                out.append("  suppressed:")
                for h in sup:
                    out.append(f"    {h.code}#{h.rule}: {' + '.join(h.words)} -- {h.reason}")
        return Explanation("\n".join(out))

    def explain_text(self, text: str, role: str | None = None) -> Explanation:
        """Code one piece of text (no segments table needed) and explain it, for trying rules out."""
        hits = self.compiled_.match(text, None, explain=True, role=role)
        spans = sorted({sp for h in hits if h.status == "hit" for sp in h.spans})
        lines = [_mark(text, spans)]
        for h in hits:
            if h.status == "hit":
                lines.append(f"  {h.evidence}")
        for h in hits:
            if h.status != "hit":
                lines.append(f"  suppressed {h.code}#{h.rule}: {' + '.join(h.words)} -- {h.reason}")
        return Explanation("\n".join(lines))

    def codes_for(self, text: str, role: str | None = None) -> list[str]:
        """The codes the rules give one piece of text (codebook order); ``role`` for rules with ``roles``."""
        found = {h.code for h in self.compiled_.match(text, None, role=role) if h.status == "hit"}
        return [c for c in self.codebook.ids if c in found]


def _questions(segments: pd.DataFrame, units: pd.DataFrame) -> list[str | None]:
    """For each unit: the interviewer turn just before its turn, when the unit opens a respondent turn (sentence 1
    or a whole turn) and the previous turn of the document is an interviewer's; else None. Needs the interviewer
    rows in ``segments`` (``Segmenter(speakers="all")``)."""
    if "speaker_kind" not in segments.columns or "turn" not in segments.columns or "turn" not in units.columns:
        return [None] * len(units)
    iv = segments[segments["speaker_kind"] == "interviewer"]
    if iv.empty:
        return [None] * len(units)
    text_of: dict[tuple, str] = {}
    for (doc, turn), grp in iv.sort_values("start").groupby(["doc_id", "turn"], sort=False):
        text_of[(doc, int(turn))] = "".join(grp["text"])
    kinds = segments.groupby(["doc_id", "turn"])["speaker_kind"].first().to_dict()
    out: list[str | None] = []
    sentence = units["sentence"].tolist() if "sentence" in units.columns else [0] * len(units)
    for doc, turn, sent in zip(units["doc_id"], units["turn"], sentence):
        prev = (doc, int(turn) - 1)
        if int(sent) <= 1 and kinds.get(prev) == "interviewer":
            out.append(text_of.get(prev))
        else:
            out.append(None)
    return out


def _matches_table(slot, decided, units: pd.DataFrame) -> pd.DataFrame:
    """The :data:`MATCH_COLUMNS` table of hit lists per unit (unit ``i`` has ``decided[slot[i]]``; spans moved to
    document offsets)."""
    seg_ids, docs, starts = units["seg_id"].tolist(), units["doc_id"].tolist(), units["start"].tolist()
    rows = []
    for i, k in enumerate(slot):
        hits = decided[k]
        if not hits:
            continue
        base = starts[i]
        for h in hits:
            rows.append((seg_ids[i], docs[i], h.code, h.rule, h.status, h.words,
                         [(base + s, base + e) for s, e in h.spans], h.evidence, h.reason))
    return pd.DataFrame(rows, columns=MATCH_COLUMNS)


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the union of ``spans`` wrapped in 【】."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, pos = [], 0
    for s, e in merged:
        out.append(text[pos:s] + "【" + text[s:e] + "】")
        pos = e
    out.append(text[pos:])
    return "".join(out).replace("\n", " ")


def _join_sentences(segs: pd.DataFrame) -> pd.DataFrame:
    """Sentence segments -> one row per turn; gaps between sentences become spaces so offsets still hold."""
    rows = []
    keep = [c for c in segs.columns if c not in ("seg_id", "sentence", "start", "end", "text", "tokens")]
    for _, grp in segs.sort_values(["doc_id", "start"]).groupby(["doc_id", "turn"], sort=False):
        start, end = int(grp["start"].min()), int(grp["end"].max())
        buf = [" "] * (end - start)
        for s, t in zip(grp["start"], grp["text"]):
            buf[s - start: s - start + len(t)] = list(t)
        row = {c: grp[c].iloc[0] for c in keep}
        row.update(seg_id=turn_of(grp["seg_id"].iloc[0]), sentence=0, start=start, end=end, text="".join(buf))
        if "tokens" in grp.columns:
            row["tokens"] = [tok for toks in grp["tokens"] for tok in (toks or [])]
        rows.append(row)
    cols = [c for c in segs.columns]
    return pd.DataFrame(rows, columns=cols)


def roll_up(codings: pd.DataFrame, codebook: Codebook, level: int = 1) -> pd.DataFrame:
    """Report codings at one level of the code hierarchy (1 = top-level codes).

    Each code is replaced by its ancestor at ``level`` (codes at or above that level stay); several child codes of
    one segment collapse into one row per (segment, code, coder) whose evidence joins theirs. Codes not in the
    codebook are kept as they are. Same columns as ``codings``.
    """
    if level < 1:
        raise ValueError(f"level == {level}, must be >= 1.")
    if codings.empty:
        return codings.copy()
    known = set(codebook.ids)
    out = codings.copy()
    out["code"] = out["code"].map(lambda c: codebook.at_level(c, level) if c in known else c)
    agg: dict[str, Any] = {c: "first" for c in out.columns if c not in ("seg_id", "code", "coder")}
    if "evidence" in out.columns:
        agg["evidence"] = lambda s: " | ".join(dict.fromkeys(str(v) for v in s if isinstance(v, str) and v))
    rolled = out.groupby(["seg_id", "code", "coder"], sort=False, as_index=False).agg(agg)
    return rolled[list(codings.columns)]
