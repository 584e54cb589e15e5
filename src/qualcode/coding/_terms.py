"""The literal terms of a codebook: lexicon references expanded, and every term its rules match."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from qualcode.model import Codebook

__all__ = ["codebook_terms", "expand_terms"]


def expand_terms(items: Any, lexicon: Mapping[str, Any]) -> list[str]:
    """A term list with ``@name`` references replaced by the lexicon's terms (order kept, duplicates dropped)."""
    items = [items] if isinstance(items, str) else list(items or [])
    out: list[str] = []
    for item in items:
        item = str(item)
        got = [str(t) for t in lexicon.get(item[1:], [])] if item.startswith("@") else [item]
        for term in got:
            if term and term not in out:
                out.append(term)
    return out


def codebook_terms(codebook: Codebook) -> list[str]:
    """Every literal term the codebook's rules match (any/all/unless, lexicon lists), sorted, without duplicates.

    Pass them to the segmenter (``Segmenter(user_words=codebook_terms(cb))``) so that token-mode rules are not
    silently missed because a term was segmented differently (e.g. 报销 inside the jieba token 医保报销).
    Regular expressions are not included."""
    lexicon = codebook.settings.get("lexicon") or {}
    terms: set[str] = set()
    for values in lexicon.values():
        terms.update(str(v) for v in values)
    for code in codebook.codes:
        for rule in code.rules:
            for key in ("any", "unless"):
                if key in rule:
                    terms.update(expand_terms(rule[key], lexicon))
            for group in rule.get("all") or ():
                terms.update(expand_terms(group, lexicon))
    return sorted(t for t in terms if t.strip())
