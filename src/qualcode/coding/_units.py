"""Coding units for learned coders, and what the codebook's rules say about each unit.

A learned coder decides per *unit*: a respondent turn (the unit of human gold coding, ``unit="turn"``) or the
segments as given (``unit="segment"``, e.g. single sentences). :func:`coding_units` builds the units table from a
pipeline segments table (all speakers, any unit): the unit's text and tokens, the interviewer's question just
before it (terse answers such as 那肯定是准时的 mean something only with the question), the respondent attributes,
and the keys ``doc_id, turn, sentence``.

:func:`rule_evidence` runs the codebook's rules over the same segments the way the pipeline does (the codebook's
unit, answer rules reading the question) and collects per unit and code: the rules that fired, their matched words
and document offsets, and the candidates a rule found but suppressed (negation, polarity, ``unless``, a question
that did not fit). These are the rule features and the rule evidence of :class:`qualcode.coding.HybridCoder`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from qualcode.coding._autocoder import AutoCoder, _match_texts
from qualcode.coding._suggest import _cut
from qualcode.errors import InputError, Issue
from qualcode.model import SEGMENT_COLUMNS, Codebook, seg_ids

__all__ = ["RuleEvidence", "UNIT_COLUMNS", "coding_units", "rule_evidence", "unit_keys"]

#: Columns of :func:`coding_units` (plus the respondent attribute columns of the segments).
UNIT_COLUMNS = ["seg_id", "doc_id", "respondent_id", "turn", "sentence", "start", "end", "text", "tokens",
                "question"]
_UNITS = ("turn", "segment")


def _tokens(value: Any) -> list[str]:
    if isinstance(value, str):
        return [t for t in value.split(" ") if t]
    if value is None or isinstance(value, float):
        return []
    return [t for t in value if isinstance(t, str) and t.strip()]


def _check_segments(segments: pd.DataFrame) -> None:
    missing = [c for c in ("seg_id", "doc_id", "turn", "sentence", "start", "end", "text") if c not in segments]
    if missing:
        raise InputError([Issue("<segments>", None, f"segments table lacks column(s) {', '.join(missing)}",
                                "make it with qualcode.code_corpus(corpus, codebook).segments")])


def coding_units(segments: pd.DataFrame, unit: str = "turn") -> pd.DataFrame:
    """The respondent units of ``segments`` (:data:`UNIT_COLUMNS` + attribute columns), in document order.

    ``unit="turn"`` joins a turn's sentences (text joined without separators, tokens concatenated, ``start``/``end``
    of the whole turn, ``sentence`` 0, ``seg_id`` the turn's id); ``"segment"`` keeps the segments as they are.
    ``question`` is the text of the interviewer turn just before the unit when the unit opens a respondent turn
    (empty otherwise, and always when the segments hold no interviewer rows).
    """
    if unit not in _UNITS:
        raise ValueError(f"unit == {unit!r}, must be 'turn' or 'segment'.")
    _check_segments(segments)
    segs = segments.sort_values(["doc_id", "turn", "sentence"], kind="stable")
    kind = segs["speaker_kind"] if "speaker_kind" in segs.columns else pd.Series("respondent", index=segs.index)
    is_iv = (kind == "interviewer").to_numpy()
    iv_text: dict[tuple, str] = {}
    for d, t, x in zip(segs["doc_id"][is_iv], segs["turn"][is_iv], segs["text"][is_iv]):
        iv_text[(d, int(t))] = iv_text.get((d, int(t)), "") + str(x)
    resp = segs[~is_iv]
    attrs = [c for c in resp.columns if c not in SEGMENT_COLUMNS and c not in UNIT_COLUMNS]
    if "tokens" not in resp.columns:  # a table made outside the pipeline: cut the words with jieba
        resp = resp.assign(tokens=[_cut(t) for t in resp["text"].fillna("").astype(str)])
    if unit == "segment":
        out = resp.copy()
        out["tokens"] = [_tokens(t) for t in out["tokens"]]
    else:
        out = _join_turns(resp, attrs)
    if "respondent_id" not in out.columns:
        out["respondent_id"] = out["doc_id"]
    opens = [int(s) <= 1 for s in out["sentence"]]
    out["question"] = [iv_text.get((d, int(t) - 1), "") if o else "" for d, t, o in
                       zip(out["doc_id"], out["turn"], opens)]
    return out[[*UNIT_COLUMNS, *attrs]].reset_index(drop=True)


def _join_turns(resp: pd.DataFrame, attrs: list[str]) -> pd.DataFrame:
    """One row per (doc_id, turn) of sorted respondent segments: texts joined, tokens concatenated, the turn's span,
    the first segment's respondent and attributes (one pass over the rows)."""
    turns: dict[tuple, list] = {}
    first_row: dict[tuple, int] = {}
    for i, (d, t, start, end, text, toks) in enumerate(zip(resp["doc_id"], resp["turn"], resp["start"], resp["end"],
                                                            resp["text"], resp["tokens"])):
        key = (d, int(t))
        got = turns.get(key)
        if got is None:
            turns[key] = [int(start), int(end), [str(text)], list(_tokens(toks))]
            first_row[key] = i
        else:
            got[0], got[1] = min(got[0], int(start)), max(got[1], int(end))
            got[2].append(str(text))
            got[3].extend(_tokens(toks))
    keys = list(turns)
    rows = [first_row[k] for k in keys]
    out = pd.DataFrame({"doc_id": [k[0] for k in keys], "turn": [k[1] for k in keys]})
    out["sentence"] = 0
    out["start"] = [turns[k][0] for k in keys]
    out["end"] = [turns[k][1] for k in keys]
    out["text"] = ["".join(turns[k][2]) for k in keys]
    out["tokens"] = [turns[k][3] for k in keys]
    out["respondent_id"] = (resp["respondent_id"].to_numpy(dtype=object)[rows] if "respondent_id" in resp.columns
                            else out["doc_id"].to_numpy())
    for c in attrs:
        out[c] = resp[c].to_numpy(dtype=object)[rows]
    out["seg_id"] = seg_ids(out["doc_id"], out["turn"], out["sentence"])
    return out


def unit_keys(segments: pd.DataFrame, unit: str) -> dict[str, str]:
    """``{segment seg_id: unit seg_id}`` for every segment of ``segments`` (whole ids, never parsed)."""
    if unit == "segment":
        ids = segments["seg_id"].astype(str)
        return dict(zip(ids, ids))
    turn_ids = seg_ids(segments["doc_id"], segments["turn"], [0] * len(segments))
    out = dict(zip(segments["seg_id"].astype(str), turn_ids))
    out.update({t: t for t in turn_ids})  # a turn id names its own turn
    return out


@dataclass
class RuleEvidence:
    """What the rules say per unit (all dicts keyed by the unit's seg_id).

    ``fired[u][code]``: number of the unit's segments where the code's rules fired; ``rules[u]``: the
    ``code#rule`` ids that fired; ``suppressed[u]``: ``code#reason`` of suppressed candidates (reason = first word:
    ``negated``, ``polarity:``, ``unless:``, ``answer``); ``terms[u][code]`` / ``spans[u][code]``: matched words and
    their document offsets; ``evidence[u][code]``: the readable rule evidence.
    """

    fired: dict[str, dict[str, int]] = field(default_factory=dict)
    rules: dict[str, list[str]] = field(default_factory=dict)
    suppressed: dict[str, list[str]] = field(default_factory=dict)
    terms: dict[str, dict[str, tuple]] = field(default_factory=dict)
    spans: dict[str, dict[str, tuple]] = field(default_factory=dict)
    evidence: dict[str, dict[str, str]] = field(default_factory=dict)

    def codes_of(self, unit_id: str) -> list[str]:
        return list(self.fired.get(unit_id, {}))


_CACHE: dict[tuple, tuple[Codebook, RuleEvidence]] = {}
_CACHE_SIZE = 4


def _content_key(segments: pd.DataFrame) -> str:
    cols = [c for c in ("seg_id", "doc_id", "turn", "sentence", "speaker_kind", "start", "text", "role")
            if c in segments.columns]
    hashed = pd.util.hash_pandas_object(segments[cols].astype(str), index=False).to_numpy()
    return hashlib.sha256(hashed.tobytes()).hexdigest()


def rule_evidence(codebook: Codebook, segments: pd.DataFrame, unit: str = "turn",
                  suppressed: bool = True) -> RuleEvidence:
    """Code ``segments`` with the codebook's rules (as :func:`qualcode.code_corpus` does: the codebook's unit and
    speakers, questions read when the segments hold interviewer rows) and collect :class:`RuleEvidence` per unit.
    ``suppressed`` also records the candidates the rules suppressed (a second, explaining pass).

    The last few results are kept in memory, keyed by the codebook object and the segments' content, so that
    retraining a coder on more decisions over the same segments does not run the rules again."""
    _check_segments(segments)
    key = (id(codebook), _content_key(segments), unit, suppressed)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is codebook:
        return hit[1]
    ev = _rule_evidence(codebook, segments, unit, suppressed)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = (codebook, ev)
    return ev


def _rule_evidence(codebook: Codebook, segments: pd.DataFrame, unit: str, suppressed: bool) -> RuleEvidence:
    has_iv = "speaker_kind" in segments.columns and bool((segments["speaker_kind"] == "interviewer").any())
    turns_given = len(segments) > 0 and not bool((segments["sentence"] > 0).any())
    cb_unit = codebook.settings.get("unit")
    coder = AutoCoder(codebook, unit="turn" if turns_given and cb_unit == "sentence" else None,
                      questions="auto" if has_iv else False)
    if has_iv and segments.attrs.get("speakers") != "all":
        segments = segments.copy()
        segments.attrs["speakers"] = "all"
    codings = coder.code(segments)
    keys = unit_keys(segments, unit)
    ev = RuleEvidence()
    for sid, code, rules, terms, spans, text in zip(codings["seg_id"].astype(str), codings["code"],
                                                   codings["rules"], codings["terms"], codings["spans"],
                                                   codings["evidence"]):
        u = keys.get(sid, sid)
        ev.fired.setdefault(u, {}).setdefault(code, 0)
        ev.fired[u][code] += 1
        ev.rules.setdefault(u, []).extend(f"{code}#{r}" for r in rules)
        ev.terms.setdefault(u, {})[code] = ev.terms.get(u, {}).get(code, ()) + tuple(terms)
        ev.spans.setdefault(u, {})[code] = ev.spans.get(u, {}).get(code, ()) + tuple(spans)
        old = ev.evidence.setdefault(u, {}).get(code)
        ev.evidence[u][code] = text if not old else f"{old} | {text}"
    if suppressed:
        units = coder.units_
        comp = coder.compiled_
        tokens = units["tokens"] if "tokens" in units.columns and comp.tokens_needed else [None] * len(units)
        roles = units["role"] if "role" in units.columns else [None] * len(units)
        questions = units["question"] if "question" in units.columns else [None] * len(units)
        texts = _match_texts(units)  # (the Simplified copy of a corpus read with t2s, as the codings read)
        for sid, text, tok, role, q in zip(units["seg_id"].astype(str), texts, tokens, roles, questions):
            hits = comp.match(text if isinstance(text, str) else "", tok, explain=True, role=role,
                              question=q if isinstance(q, str) and q else None)
            bad = [f"{h.code}#{(h.reason or 'suppressed').split(' ')[0].rstrip(':')}" for h in hits
                   if h.status != "hit"]
            if bad:
                ev.suppressed.setdefault(keys.get(sid, sid), []).extend(bad)
    return ev
