"""Codebook-seeded topics: seed terms from a codebook's rules, and naming fitted topics after codebook themes."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from qualcode.coding._codebook import load_codebook
from qualcode.model import Codebook

#: Rule keys whose terms describe what a code is about. ``all`` groups mostly hold cue words shared by many codes
#: (不到位, 没人) and ``unless`` holds exclusions, so neither seeds a topic unless asked.
SEED_KEYS = ("any",)


def _as_codebook(codebook: Any) -> Codebook:
    if isinstance(codebook, Codebook):
        return codebook
    if isinstance(codebook, (str, os.PathLike)):

        return load_codebook(codebook)
    raise TypeError(f"codebook must be a qualcode Codebook or a path to one, not {type(codebook).__name__}")


def _expand(items: Any, lexicon: Mapping[str, Any]) -> list[str]:
    items = [items] if isinstance(items, str) else list(items or [])
    out: list[str] = []
    for item in items:
        if isinstance(item, (list, tuple)):  # tolerate nested groups
            got = _expand(item, lexicon)
        else:
            item = str(item).strip()
            got = [str(t).strip() for t in lexicon.get(item[1:], [])] if item.startswith("@") else [item]
        out.extend(t for t in got if t and t not in out)
    return out


def _rule_terms(rule: Any, lexicon: Mapping[str, Any], include_all: bool) -> list[str]:
    if not isinstance(rule, Mapping):
        return []
    terms: list[str] = []
    for key in SEED_KEYS + (("all",) if include_all else ()):
        if key in rule:
            terms.extend(t for t in _expand(rule[key], lexicon) if t not in terms)
    return terms


def seeds_from_codebook(codebook: Any, level: int | None = None, include_all: bool = False,
                        codes: Sequence[str] | None = None) -> dict[str, list[str]]:
    """Seed terms per code for ``TopicModel(seed_terms=...)``: ``{code id: [terms]}`` in codebook order.

    Terms are the literal ``any:`` terms of each code's rules (``@name`` lexicon lists expanded; regexes and
    ``unless`` exclusions left out; ``include_all=True`` adds the terms of ``all:`` groups). With ``level``, children
    are rolled up into their ancestor at that level (``level=1``: one seeded topic per top-level theme). ``codes``
    keeps only those ids. Codes without any term are left out.
    """
    cb = _as_codebook(codebook)
    lexicon = cb.settings.get("lexicon") or {}
    seeds: dict[str, list[str]] = {}
    for code in cb.codes:
        terms: list[str] = []
        for rule in code.rules:
            terms.extend(t for t in _rule_terms(rule, lexicon, include_all) if t not in terms)
        if not terms:
            continue
        key = cb.at_level(code.id, level) if level is not None else code.id
        bucket = seeds.setdefault(key, [])
        bucket.extend(t for t in terms if t not in bucket)
    order = [c.id for c in cb.codes]
    ordered = {k: seeds[k] for k in sorted(seeds, key=order.index)}
    if codes is not None:
        ordered = {k: v for k, v in ordered.items() if k in set(codes)}
    return ordered


def match_strength(topic_term: str, code_term: str) -> float:
    """1 when a topic term equals a code term or contains it (``医保报销`` contains ``报销``); 0.5 when it is only a
    part of a longer code phrase (``上门`` in ``没人上门说过``); else 0. Parts need 2+ characters."""
    if topic_term == code_term:
        return 1.0
    if len(topic_term) < 2 or len(code_term) < 2:
        return 0.0
    if code_term in topic_term:
        return 1.0
    if topic_term in code_term:
        return 0.5
    return 0.0


def label_topic_terms(topic_terms: Sequence[Sequence[str]], codebook: Any, seed_labels: Sequence[str | None] = (),
                      level: int | None = None, min_score: float = 1.5) -> pd.DataFrame:
    """Name each topic (a list of its top terms) after the code sharing most terms: ``topic, label, overlap,
    seeded, matched`` (see :meth:`TopicModel.label_topics`). ``codebook`` is a Codebook, a path, or a mapping
    ``{label: [terms]}``.

    Each top term votes for the codes it matches (:func:`match_strength`), its vote split evenly between them, so a
    word found in many codes' phrases (孩子) says little. A code's score is the sum of its votes; the topic takes
    the best-scoring code when the score reaches ``min_score`` (else ``"new"``); ``overlap`` is that score divided
    by the number of top terms."""
    if isinstance(codebook, Mapping):
        themes = {str(k): [str(t) for t in v] for k, v in codebook.items()}
    else:
        themes = seeds_from_codebook(codebook, level=level, include_all=True)
    rows = []
    for t, terms in enumerate(topic_terms):
        n = max(len(terms), 1)
        score: dict[str, float] = {}
        hits: dict[str, list[str]] = {}
        for w in terms:
            strengths = {label: max((match_strength(w, c) for c in code_terms), default=0.0)
                         for label, code_terms in themes.items()}
            matched = {label: v for label, v in strengths.items() if v > 0}
            for label, v in matched.items():
                score[label] = score.get(label, 0.0) + v / len(matched)
                hits.setdefault(label, []).append(w)
        best = max(score, key=lambda lab: (score[lab], -list(themes).index(lab))) if score else None
        seeded = seed_labels[t] if t < len(seed_labels) and seed_labels[t] else ""
        if best is None or score[best] < min_score:
            cues = "、".join(hits.get(best, [])) if best is not None else ""
            rows.append((t, "new", (score[best] / n) if best else 0.0, seeded, cues))
        else:
            rows.append((t, best, score[best] / n, seeded, "、".join(hits[best])))
    return pd.DataFrame(rows, columns=["topic", "label", "overlap", "seeded", "matched"])
