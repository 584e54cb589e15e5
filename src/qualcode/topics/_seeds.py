"""Codebook-seeded topics: seed terms from a codebook's rules, and naming fitted topics after codebook themes."""

from __future__ import annotations

import os
from typing import Any, Mapping, Sequence

import pandas as pd

from ..model import Codebook

#: Rule keys whose terms describe what a code is about. ``all`` groups mostly hold cue words shared by many codes
#: (不到位, 没人) and ``unless`` holds exclusions, so neither seeds a topic unless asked.
SEED_KEYS = ("any",)


def _as_codebook(codebook: Any) -> Codebook:
    if isinstance(codebook, Codebook):
        return codebook
    if isinstance(codebook, (str, os.PathLike)):
        from ..codebook import load_codebook

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


def terms_match(topic_term: str, code_term: str) -> bool:
    """A topic term matches a code term when equal, or when one contains the other (both of 2+ characters)."""
    if topic_term == code_term:
        return True
    if len(topic_term) < 2 or len(code_term) < 2:
        return False
    return topic_term in code_term or code_term in topic_term


def label_topic_terms(topic_terms: Sequence[Sequence[str]], codebook: Any, seed_labels: Sequence[str | None] = (),
                      level: int | None = None, min_overlap: int = 2) -> pd.DataFrame:
    """Name each topic (a list of its top terms) after the code sharing most terms: ``topic, label, overlap,
    seeded, matched`` (see :meth:`TopicModel.label_topics`). ``codebook`` is a Codebook, a path, or a mapping
    ``{label: [terms]}``."""
    if isinstance(codebook, Mapping):
        themes = {str(k): [str(t) for t in v] for k, v in codebook.items()}
    else:
        themes = seeds_from_codebook(codebook, level=level, include_all=True)
    rows = []
    for t, terms in enumerate(topic_terms):
        n = max(len(terms), 1)
        best, best_hits = "new", []
        for label, code_terms in themes.items():
            hits = [w for w in terms if any(terms_match(w, c) for c in code_terms)]
            if len(hits) > len(best_hits):
                best, best_hits = label, hits
        if len(best_hits) < min_overlap:
            best, best_hits = "new", best_hits if best_hits else []
            overlap = len(best_hits) / n
        else:
            overlap = len(best_hits) / n
        seeded = seed_labels[t] if t < len(seed_labels) and seed_labels[t] else ""
        rows.append((t, best, overlap, seeded, "、".join(best_hits)))
    return pd.DataFrame(rows, columns=["topic", "label", "overlap", "seeded", "matched"])
