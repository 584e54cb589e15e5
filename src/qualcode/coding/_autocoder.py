"""Explainable rule-based coding: ``AutoCoder(codebook).code(segments) -> codings``.

Every machine code carries its evidence: the readable ``evidence`` string (the rule and the words that fired it) and
the same as data, ``rules``, ``terms`` and ``spans`` (the matched words' offsets into the document). For one
segment, :meth:`AutoCoder.explain` shows a coder the text with each code, rule and matched words, plus the rules
that were suppressed by negation, polarity or an ``unless`` exclusion. The rule language is documented in
docs/codebook.md.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qualcode._gc import gc_paused
from qualcode._params import Params
from qualcode.coding._compiled import CompiledCodebook, _engine_choice, _engine_mod, compile_codebook
from qualcode.coding._rule import Hit
from qualcode.errors import InputError, Issue, NotFittedError
from qualcode.model import CODING_COLUMNS, SEGMENT_COLUMNS, Codebook, seg_id

__all__ = ["AutoCoder", "MATCH_COLUMNS", "roll_up"]

CODER = "auto:rules"
#: Columns of :attr:`AutoCoder.matches_`: one row per rule that fired in a unit, with the matched words and their
#: offsets into the document text (suppressed candidates are shown by :meth:`AutoCoder.explain`).
MATCH_COLUMNS = ["seg_id", "doc_id", "turn", "sentence", "code", "rule", "status", "words", "spans", "evidence",
                 "reason"]
_UNITS = ("sentence", "turn")
_SPEAKERS = ("respondent", "interviewer", "all")
_QUESTIONS = ("auto", True, False)
_STR_DTYPE = pd.Series(["x"]).dtype  # what pandas makes of a list of str


class Explanation(str):
    """The text of :meth:`AutoCoder.explain`; displays as itself in a notebook."""

    def __repr__(self) -> str:  # pragma: no cover - display only
        return str(self)


class AutoCoder(Params):
    """Apply a codebook's rules to a segments table.

    Parameters (stored as given, checked when coding; scikit-learn conventions, so ``sklearn.clone`` works):

    codebook : Codebook
        From :func:`qualcode.load_codebook`.
    unit : {"sentence", "turn"} or None
        The unit coded. ``None`` takes the codebook's ``settings.unit``, and codes the segments as given when the
        codebook sets none. ``"turn"`` with sentence segments joins the sentences of each turn first (offsets kept);
        ``"sentence"`` needs sentence segments.
    speakers : {"respondent", "interviewer", "all"} or None
        Whose segments are coded (``speaker_kind``). ``None`` takes the codebook's ``settings.speakers``
        (respondents when it sets none).
    questions : "auto", True or False
        Rules with ``question`` (answer rules) judge a respondent's answer by the interviewer's question just before
        it, so the segments must include the interviewer's turns (``Segmenter(speakers="all")``, as
        :func:`qualcode.code_corpus` does). ``"auto"`` (default) raises :class:`~qualcode.errors.InputError` when
        the codebook has such rules and the segments were made without interviewer turns; ``False`` codes without
        the questions (those rules then never fire), knowingly; ``True`` requires interviewer rows.
    backend : {"ahocorasick_rs", "pyahocorasick"}
        The multi-pattern matcher of the pure-Python engine and of :meth:`explain` (same results).
    engine : {"auto", "compiled", "python"} or None
        The rule engine: the compiled one (Cython, built by ``pip install``), its pure-Python twin, or ``"auto"``
        (compiled when built); None reads ``QUALCODE_ENGINE`` (default ``"auto"``). Same codings.

    After :meth:`code`: ``units_`` (the coded units, with the interviewer's ``question`` where rules use it) and
    ``matches_`` (:data:`MATCH_COLUMNS`, every rule that fired, with the matched words and their offsets).
    """

    def __init__(self, codebook: Codebook, unit: str | None = None, speakers: str | None = None,
                 questions: str | bool = "auto", backend: str = "ahocorasick_rs", engine: str | None = None):
        self.codebook = codebook
        self.unit = unit
        self.speakers = speakers
        self.questions = questions
        self.backend = backend
        self.engine = engine

    # ----------------------------------------------------------------------------------------------- settings
    @property
    def unit_(self) -> str | None:
        """The unit coded: ``unit``, else the codebook's ``settings.unit`` (None: the segments as given)."""
        return self.unit if self.unit is not None else self.codebook.settings.get("unit")

    @property
    def speakers_(self) -> str:
        """Whose segments are coded: ``speakers``, else the codebook's ``settings.speakers``, else respondents."""
        return self.speakers if self.speakers is not None else (self.codebook.settings.get("speakers") or "respondent")

    @property
    def compiled_(self) -> CompiledCodebook:
        cached = self.__dict__.get("_compiled")
        key = (id(self.codebook), self.backend, _engine_choice(self.engine))
        if cached is None or cached[0] != key:
            cached = (key, compile_codebook(self.codebook, backend=self.backend, engine=key[2]))
            self.__dict__["_compiled"] = cached
        return cached[1]

    def _check_params(self) -> None:
        if self.unit_ is not None and self.unit_ not in _UNITS:
            raise ValueError(f"unit == {self.unit_!r}, must be None, 'sentence' or 'turn'.")
        if self.speakers_ not in _SPEAKERS:
            raise ValueError(f"speakers == {self.speakers_!r}, must be 'respondent', 'interviewer' or 'all'.")
        if self.questions not in _QUESTIONS or isinstance(self.questions, (int, float)) and not isinstance(
                self.questions, bool):
            raise ValueError(f"questions == {self.questions!r}, must be 'auto', True or False.")

    def _shown(self, name: str, value: Any) -> str:  # the codebook by name in the repr, not its whole content
        return f"<codebook {value.name!r}>" if name == "codebook" else repr(value)

    def _units(self, segments: pd.DataFrame) -> pd.DataFrame:
        missing = [c for c in ("seg_id", "doc_id", "start", "end", "text") if c not in segments.columns]
        if missing:
            raise InputError([Issue("<segments>", None, f"segments table lacks column(s) {', '.join(missing)}",
                                    "make it with qualcode.segment.Segmenter().segment(corpus)")])
        segs = segments
        speakers = self.speakers_
        if speakers != "all" and "speaker_kind" in segs.columns:
            segs = segs[segs["speaker_kind"] == speakers]
        is_sentence = "sentence" in segs.columns and len(segs) > 0 and bool((segs["sentence"] > 0).any())
        unit = self.unit_
        if unit == "turn" and is_sentence:
            segs = _join_sentences(segs)
        elif unit == "sentence" and len(segs) and not is_sentence:
            raise InputError([Issue("<segments>", None, "unit='sentence' but the segments are turns",
                                    "segment with Segmenter(unit='sentence'), or code with unit='turn'")])
        if self.compiled_.tokens_needed and "tokens" not in segs.columns:
            raise InputError([Issue("<segments>", None, "the codebook has rules with 'match: tokens' but the "
                                    "segments have no 'tokens' column",
                                    "segment with Segmenter(user_words=codebook_terms(codebook))")])
        if "turn" not in segs.columns or "sentence" not in segs.columns:
            raise InputError([Issue("<segments>", None, "segments table lacks the key columns turn and sentence",
                                    "make it with qualcode.segment.Segmenter().segment(corpus)")])
        return segs.reset_index(drop=True)

    def _question_rules(self) -> list[str]:
        cb = self.compiled_
        return list(dict.fromkeys(f"{r.code}#{r.rid}" for r in cb.rules if r.question))

    def _questions_for(self, segments: pd.DataFrame, units: pd.DataFrame) -> list[str | None] | None:
        """The interviewer's question before each unit when rules use one (None when no rule does)."""
        needed = self._question_rules()
        if not needed or self.questions is False:
            return None
        has_iv = "speaker_kind" in segments.columns and bool((segments["speaker_kind"] == "interviewer").any())
        if not has_iv and (self.questions is True or segments.attrs.get("speakers") != "all"):
            shown = ", ".join(needed[:4]) + (f" and {len(needed) - 4} more" if len(needed) > 4 else "")
            raise InputError([Issue(
                "<segments>", None,
                f"the codebook's answer rules ({shown}) judge an answer by the interviewer's question, but the "
                "segments hold no interviewer turns",
                "segment with Segmenter(speakers='all') (qualcode.code_corpus does this), or pass "
                "AutoCoder(questions=False) to code without the questions")])
        return _questions(segments, units)

    # --------------------------------------------------------------------------------------------------- code
    def code(self, segments: pd.DataFrame) -> pd.DataFrame:
        """Code every unit (respondent segments unless ``speakers`` says otherwise).

        Returns the codings table, :data:`qualcode.model.CODING_COLUMNS` plus ``respondent_id`` and the respondent
        attribute columns of ``segments``: one row per (unit, code); ``start``/``end`` are the unit's offsets,
        ``coder`` is ``auto:rules``; ``evidence`` names the rules and matched words for a reader, e.g.
        ``publicity_weak#r2: 宣传 + 不到位 (within 8)`` (several rules joined by `` | ``), and ``rules``, ``terms``
        and ``spans`` hold the rule ids, the matched words and their offsets into the document as data.
        """
        self._check_params()
        with gc_paused():
            return self._code(segments)

    def _code(self, segments: pd.DataFrame) -> pd.DataFrame:
        units = self._units(segments)
        cb = self.compiled_
        has_tokens = "tokens" in units.columns and cb.tokens_needed
        texts = _match_texts(units)  # the Simplified copy of a corpus read with t2s, else the text
        tokens = units["tokens"].tolist() if has_tokens else None
        roles = units["role"].tolist() if "role" in units.columns else None
        questions = self._questions_for(segments, units)
        slot, decided, inputs = cb._decide_distinct(texts, tokens, roles, questions)  # (the collector is paused)
        rows, counts = cb.rows_distinct(decided, inputs[0])
        del decided  # (matches_ decides the inputs with codings again when it is read: fewer objects kept)
        codings = _codings_table(units, slot, (rows, counts))
        self._units_from = (units, questions)  # (units_ adds the question column when first read)
        self._tokens_col = has_tokens
        self.__dict__.pop("_matches", None)
        self._matches_from = (slot, counts, inputs, units)
        if "match_text" in units.columns and len(codings):  # terms as written in the document, not the copy
            codings["terms"] = [tuple(t[s - b:e - b] for s, e in spans) for t, b, spans in
                                zip(codings["seg_id"].map(dict(zip(units["seg_id"], units["text"]))),
                                    codings["start"], codings["spans"])]
        return codings

    @property
    def units_(self) -> pd.DataFrame:
        """The coded units of the last :meth:`code`, with the interviewer's ``question`` where rules use one."""
        src = self.__dict__.get("_units_from")
        if src is None:
            raise NotFittedError("This AutoCoder has not coded anything yet; call code(segments) first.")
        units, questions = src
        if questions is not None and "question" not in units.columns:
            units["question"] = questions  # (units is the last call's own table)
        return units

    @property
    def matches_(self) -> pd.DataFrame:
        """:data:`MATCH_COLUMNS`: one row per rule that fired in a unit (built from the last :meth:`code` on first
        access)."""
        got = self.__dict__.get("_matches")
        if got is None:
            src = self.__dict__.get("_matches_from")
            if src is None:
                raise NotFittedError("This AutoCoder has not coded anything yet; call code(segments) first.")
            slot, counts, inputs, units = src
            hits = self.compiled_.redecide(inputs, [k for k, c in enumerate(counts) if c])
            got = self.__dict__["_matches"] = _matches_table(slot, hits, units)
        return got

    # ------------------------------------------------------------------------------------------------ explain
    def explain(self, unit_id: str) -> Explanation:
        """For a coder: the text of one coded unit (or every unit of a turn) with each code, rule and matched
        words marked 【like this】, and the candidates that were suppressed (negation, polarity, ``unless``,
        not a whole token). Call :meth:`code` first. Use ``print(coder.explain("F01:4"))``."""
        if "_units_from" not in self.__dict__:
            raise NotFittedError("This AutoCoder has not coded anything yet; call code(segments) before explain().")
        units = self.units_
        turn_ids = [seg_id(d, t) for d, t in zip(units["doc_id"], units["turn"])]
        sel = units[(units["seg_id"] == unit_id) | (pd.Series(turn_ids, index=units.index) == unit_id)]
        if sel.empty:
            raise KeyError(f"seg_id {unit_id!r} is not among the coded units (speakers={self.speakers_!r})")
        out: list[str] = []
        labels = {c.id: c.label for c in self.codebook.codes}
        for row in sel.itertuples(index=False):
            out.extend(self._explain_unit(row, labels))
        return Explanation("\n".join(out))

    def _explain_unit(self, row: Any, labels: dict[str, str]) -> list[str]:
        toks = getattr(row, "tokens", None) if self._tokens_col else None
        question = getattr(row, "question", None)
        match_text = getattr(row, "match_text", None)
        decisions = self.compiled_.match(match_text if isinstance(match_text, str) else row.text, toks, explain=True,
                                         role=getattr(row, "role", None),
                                         question=question if isinstance(question, str) else None)
        hits = [h for h in decisions if h.status == "hit"]
        spans = sorted({sp for h in hits for sp in h.spans})
        who = f"  [{getattr(row, 'speaker', '')}" + (f", role={row.role}" if hasattr(row, "role") else "") + "]"
        out = [f"{row.seg_id}  {row.start}-{row.end}{who}", "  " + _mark(row.text, spans)]
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
            out.extend(f"    {h.code}#{h.rule}: {' + '.join(h.words)} -- {h.reason}" for h in sup)
        return out

    def explain_text(self, text: str, role: str | None = None) -> Explanation:
        """Code one piece of text (no segments table needed) and explain it, for trying rules out."""
        hits = self.compiled_.match(text, None, explain=True, role=role)
        spans = sorted({sp for h in hits if h.status == "hit" for sp in h.spans})
        lines = [_mark(text, spans)]
        lines += [f"  {h.evidence}" for h in hits if h.status == "hit"]
        lines += [f"  suppressed {h.code}#{h.rule}: {' + '.join(h.words)} -- {h.reason}" for h in hits
                  if h.status != "hit"]
        return Explanation("\n".join(lines))

    def codes_for(self, text: str, role: str | None = None) -> list[str]:
        """The codes the rules give one piece of text (codebook order); ``role`` for rules with ``roles``."""
        found = {h.code for h in self.compiled_.match(text, None, role=role) if h.status == "hit"}
        return [c for c in self.codebook.ids if c in found]


# ------------------------------------------------------------------------------------------ building the table
def _match_texts(units: pd.DataFrame) -> list[str]:
    """The texts the rules read: ``match_text`` (the Simplified copy of a corpus read with ``convert="t2s"``, same
    length as the text) where the segments have it, else ``text``."""
    text = units["text"]
    if text.dtype == _STR_DTYPE:  # (no Python loop over a string column)
        texts = text.fillna("").tolist()
    else:
        texts = [t if isinstance(t, str) else "" for t in text.tolist()]
    if "match_text" not in units.columns:
        return texts
    return [m if isinstance(m, str) and len(m) == len(t) else t for m, t in zip(units["match_text"].tolist(), texts)]


def _codings_table(units: pd.DataFrame, slot: list[int], per_input: tuple[list[tuple], Any]) -> pd.DataFrame:
    """The codings table: the rows of each unit's distinct input, repeated per unit with numpy; spans moved from
    unit offsets to document offsets."""
    rows, count = per_input
    count = np.asarray(count, dtype=np.intp)
    attr_cols = [c for c in units.columns if (c not in SEGMENT_COLUMNS or c == "respondent_id")
                 and c not in CODING_COLUMNS and c != "match_text"]
    slots = np.asarray(slot, dtype=np.intp)
    reps = count[slots] if len(slots) else np.zeros(0, dtype=np.intp)
    take = np.repeat(np.arange(len(slots), dtype=np.intp), reps)  # unit of each row
    first_row = np.cumsum(count) - count  # first row of each distinct input
    within = np.arange(len(take), dtype=np.intp) - np.repeat(np.cumsum(reps) - reps, reps)
    row_of = first_row[slots[take]] + within if len(take) else take
    if not len(take):
        out = pd.DataFrame({c: pd.Series([], dtype=object) for c in [*CODING_COLUMNS, *attr_cols]})
        for col in ("turn", "sentence", "start", "end"):
            out[col] = out[col].astype("int64")
        return out

    def column(name: str):
        """The unit column repeated per coding row, typed as pandas would type the list of its values: a string
        column stays one (Arrow strings are not converted twice) unless only missing values are taken, a numpy
        column keeps its dtype, anything else goes through a list."""
        col = units[name]
        if col.dtype.kind in "iufb" and isinstance(col.dtype, np.dtype):
            return col.to_numpy()[take]
        if col.dtype == _STR_DTYPE:
            got = col.array.take(take)
            if not got.isna().all():
                return got
        return col.to_numpy(dtype=object)[take].tolist()

    starts = units["start"].to_numpy(dtype=np.int64)[take]
    if _engine_mod is not None:  # (in C, the tuples kept out of the collector's way)
        code, evidence, rules, terms, spans = _engine_mod.codings_columns(rows, row_of.tolist(), starts.tolist())
    else:
        picked = [rows[i] for i in row_of.tolist()]
        code, evidence = [r[0] for r in picked], [r[1] for r in picked]
        rules, terms = [r[2] for r in picked], [r[3] for r in picked]
        spans = [tuple([(b + s, b + e) for s, e in r[4]]) for b, r in zip(starts.tolist(), picked)]
    data: dict[str, Any] = {
        "seg_id": column("seg_id"), "doc_id": column("doc_id"), "turn": column("turn"),
        "sentence": column("sentence"), "start": starts, "end": column("end"),
        "code": code, "coder": [CODER] * len(take), "evidence": evidence, "rules": rules, "terms": terms,
        "spans": spans,
    }
    for c in attr_cols:
        data[c] = column(c)
    out = pd.DataFrame(data, columns=[*CODING_COLUMNS, *attr_cols])
    for col in ("turn", "sentence", "start", "end"):
        out[col] = out[col].astype("int64")
    return out


def _questions(segments: pd.DataFrame, units: pd.DataFrame) -> list[str | None]:
    """For each unit: the interviewer turn just before its turn, when the unit opens a respondent turn (sentence 1
    or a whole turn) and the previous turn of the document is an interviewer's (the kind of its first row); else
    None. Needs the interviewer rows in ``segments`` (``Segmenter(speakers="all")``). The turn's text is its
    interviewer rows joined in order of the start. Keys are matched with numpy; only the questions needed are
    joined."""
    if "speaker_kind" not in segments.columns or "turn" not in segments.columns or "turn" not in units.columns:
        return [None] * len(units)
    is_iv = (segments["speaker_kind"] == "interviewer").to_numpy(dtype=bool, na_value=False)
    if not is_iv.any() or not len(units):
        return [None] * len(units)
    doc_codes, docs = pd.factorize(segments["doc_id"], use_na_sentinel=True)
    turn = segments["turn"].to_numpy(dtype=np.int64)
    width = int(turn.max()) + 2 if len(turn) else 2
    key = doc_codes.astype(np.int64) * width + turn
    ukeys, first = np.unique(key, return_index=True)  # (the first row of each (document, turn))
    first_iv = is_iv[first]
    u_doc = docs.get_indexer(pd.Index(units["doc_id"])).astype(np.int64)
    u_turn = units["turn"].to_numpy(dtype=np.int64)
    u_sent = units["sentence"].to_numpy(dtype=np.int64) if "sentence" in units.columns else np.zeros(len(units),
                                                                                                      np.int64)
    prev = u_doc * width + u_turn - 1
    pos = np.minimum(np.searchsorted(ukeys, prev), len(ukeys) - 1)
    need = (u_doc >= 0) & (u_turn - 1 < width) & (ukeys[pos] == prev) & first_iv[pos] & (u_sent <= 1)
    if not need.any():
        return [None] * len(units)
    rows = np.flatnonzero(is_iv & np.isin(key, prev[need]))
    start = segments["start"].to_numpy(dtype=np.int64)[rows]
    rows = rows[np.lexsort((start, key[rows]))]
    texts = segments["text"].array.take(rows).tolist()
    if "match_text" in segments.columns:  # (the Simplified copy of a corpus read with t2s, where it has one)
        copies = segments["match_text"].array.take(rows).tolist()
        texts = [m if isinstance(m, str) and len(m) == len(t) else t for m, t in zip(copies, texts)]
    text_of: dict[int, str] = {}
    row_keys = key[rows].tolist()
    i, n = 0, len(rows)
    while i < n:  # the rows of one turn are adjacent: join them
        j = i + 1
        while j < n and row_keys[j] == row_keys[i]:
            j += 1
        text_of[row_keys[i]] = texts[i] if j == i + 1 else "".join(texts[i:j])
        i = j
    out: list[str | None] = [None] * len(units)
    for i, k in zip(np.flatnonzero(need).tolist(), prev[need].tolist()):
        out[i] = text_of.get(k)
    return out


def _matches_table(slot: list[int], decided: dict[int, list[Hit]], units: pd.DataFrame) -> pd.DataFrame:
    """The :data:`MATCH_COLUMNS` table of hit lists per unit (unit ``i`` has ``decided.get(slot[i])``; spans moved
    to document offsets)."""
    cols = [units[c].tolist() for c in ("seg_id", "doc_id", "turn", "sentence", "start")]
    rows = []
    for i, k in enumerate(slot):
        hits = decided.get(k)
        if not hits:
            continue
        sid, doc, turn, sent, base = (c[i] for c in cols)
        for h in hits:
            rows.append((sid, doc, turn, sent, h.code, h.rule, h.status, h.words,
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
    keep = [c for c in segs.columns if c not in ("seg_id", "sentence", "start", "end", "text", "tokens",
                                                 "match_text")]
    texts = [c for c in ("text", "match_text") if c in segs.columns]
    for (doc, turn), grp in segs.sort_values(["doc_id", "start"]).groupby(["doc_id", "turn"], sort=False):
        start, end = int(grp["start"].min()), int(grp["end"].max())
        row = {c: grp[c].iloc[0] for c in keep}
        row.update(seg_id=seg_id(doc, turn), sentence=0, start=start, end=end)
        for col in texts:
            buf = [" "] * (end - start)
            for s, t in zip(grp["start"], grp[col]):
                buf[s - start: s - start + len(t)] = list(t)
            row[col] = "".join(buf)
        if "tokens" in grp.columns:
            row["tokens"] = [tok for toks in grp["tokens"] for tok in (toks or [])]
        rows.append(row)
    return pd.DataFrame(rows, columns=list(segs.columns))


def roll_up(codings: pd.DataFrame, codebook: Codebook, level: int = 1) -> pd.DataFrame:
    """Report codings at one level of the code hierarchy (1 = top-level codes).

    Each code is replaced by its ancestor at ``level`` (codes at or above that level stay); several child codes of
    one segment collapse into one row per (segment, code, coder) whose evidence joins theirs (rules, terms and spans
    too). Codes not in the codebook are kept as they are. Same columns as ``codings``.
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
    for col in ("rules", "terms"):
        if col in out.columns:
            agg[col] = lambda s: tuple(dict.fromkeys(x for v in s if isinstance(v, tuple) for x in v))
    if "spans" in out.columns:
        agg["spans"] = lambda s: tuple(sorted({x for v in s if isinstance(v, tuple) for x in v}))
    rolled = out.groupby(["seg_id", "code", "coder"], sort=False, as_index=False).agg(agg)
    return rolled[list(codings.columns)]
