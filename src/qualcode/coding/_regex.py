"""Literal strings a regular expression needs: the exact filters that let the engine skip a regex on texts where
it cannot match (see :mod:`qualcode.coding._compiled`)."""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["regex_prefixes", "regex_requirements"]


def regex_prefixes(pattern: str) -> list[str] | None:
    """(Remembered per pattern: a codebook recompiled after an edit parses only its new regexes.)"""
    got = _prefixes(pattern)
    return list(got) if got is not None else None


@functools.lru_cache(maxsize=4096)
def _prefixes(pattern: str) -> tuple[str, ...] | None:
    got = _regex_prefixes(pattern)
    return tuple(got) if got is not None else None


def _regex_prefixes(pattern: str) -> list[str] | None:
    """Literal strings one of which starts every match of ``pattern`` (e.g. ``(没人|从来没)...`` -> 没人, 从来没),
    or None when there is no such set. Anchored regexes are only run on texts where the automaton found an anchor."""
    if "(?" in pattern or pattern.startswith("^"):
        return None
    sc = _sre_constants()
    try:
        parsed = _sre_parser().parse(pattern)
    except Exception:  # pragma: no cover - patterns are validated before
        return None

    def seq(items) -> list[str] | None:
        out = [""]
        for op, av in items:
            if op is sc.LITERAL:
                out = [p + chr(av) for p in out]
                continue
            if op is sc.SUBPATTERN:
                sub = seq(list(av[-1]))
                if sub is None:
                    break
                return [p + q for p in out for q in sub]
            if op is sc.BRANCH:
                alts: list[str] = []
                for alt in av[1]:
                    sub = seq(list(alt))
                    if sub is None:
                        return None if out == [""] else out
                    alts.extend(sub)
                return [p + q for p in out for q in alts]
            break
        return None if out == [""] or "" in out else out

    got = seq(list(parsed))
    return None if not got or any(not g for g in got) else got



def regex_requirements(pattern: str, limit: int = 64) -> list[frozenset[str]]:
    """(Remembered per pattern; see :func:`_regex_requirements`.)"""
    return list(_requirements(pattern, limit))


@functools.lru_cache(maxsize=4096)
def _requirements(pattern: str, limit: int) -> tuple[frozenset[str], ...]:
    return tuple(_regex_requirements(pattern, limit))


def _regex_requirements(pattern: str, limit: int = 64) -> list[frozenset[str]]:
    """Sets of literal strings such that every match of ``pattern`` contains at least one string of each set (e.g.
    ``(没人|从来没)[^，。]{0,8}(说|讲)`` -> {没人, 从来没}, {说, 讲}); [] when nothing is certain. Used to skip a regex on
    texts where the automaton did not find one of them (an exact filter: the regex cannot match there)."""
    try:
        parsed = _sre_parser().parse(pattern)
    except Exception:  # pragma: no cover - patterns are validated before
        return []
    if parsed.state.flags & re.IGNORECASE:
        return []
    sets: list[frozenset[str]] = []
    _Literals(limit).required(list(parsed), sets)
    return sets


def _sre_parser() -> Any:
    try:
        import re._parser as sp
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_parse as sp  # type: ignore[no-redef]
    return sp


def _sre_constants() -> Any:
    try:
        import re._constants as sc
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_constants as sc  # type: ignore[no-redef]
    return sc


class _Literals:
    """The literal strings parts of a parsed regex must match (at most ``limit`` alternatives per set)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.sc = sc = _sre_constants()
        self.repeats = {sc.MAX_REPEAT, sc.MIN_REPEAT, getattr(sc, "POSSESSIVE_REPEAT", sc.MAX_REPEAT)}

    def cross(self, a: set[str] | None, b: set[str] | None) -> set[str] | None:
        if a is None or b is None or len(a) * len(b) > self.limit:
            return None
        return {x + y for x in a for y in b}

    def finite(self, items: Any) -> set[str] | None:
        """Every string the item sequence can match, or None (not a small finite set)."""
        out: set[str] | None = {""}
        for op, av in items:
            out = self.cross(out, self.finite_item(op, av))
            if out is None:
                return None
        return out

    def finite_item(self, op: Any, av: Any) -> set[str] | None:
        sc, limit = self.sc, self.limit
        if op is sc.LITERAL:
            return {chr(av)}
        if op is sc.IN:
            return {chr(c) for _, c in av} if all(o is sc.LITERAL for o, _ in av) and len(av) <= limit else None
        if op is sc.SUBPATTERN:
            return None if av[1] & re.IGNORECASE else self.finite(av[-1])
        if op is sc.BRANCH:
            got: set[str] = set()
            for alt in av[1]:
                sub = self.finite(alt)
                if sub is None:
                    return None
                got |= sub
            return got if len(got) <= limit else None
        if op in self.repeats:
            return self.finite_repeat(*av)
        return None

    def finite_repeat(self, lo: int, hi: int, sub: Any) -> set[str] | None:
        inner = self.finite(sub)
        if inner is None or hi > 3 or hi < lo:
            return None
        got: set[str] = set()
        for k in range(lo, hi + 1):
            part: set[str] | None = {""}
            for _ in range(k):
                part = self.cross(part, inner)
                if part is None:
                    return None
            got |= part
        return got if len(got) <= self.limit else None

    def required(self, items: Any, out: list[frozenset[str]]) -> None:
        run: set[str] | None = {""}
        for op, av in items:
            got = self.finite_item(op, av)
            nxt = self.cross(run, got) if got is not None else None
            if nxt is not None:
                run = nxt
                continue
            if run and "" not in run:
                out.append(frozenset(run))
            run = {""} if got is None else got
            if got is None:  # (lookarounds, anchors and back references consume nothing certain: skipped)
                self.required_inside(op, av, out)
        if run and "" not in run:
            out.append(frozenset(run))

    def required_inside(self, op: Any, av: Any, out: list[frozenset[str]]) -> None:
        """What a group, a repeat (at least once) or an alternation with no finite expansion itself requires."""
        sc = self.sc
        if op is sc.SUBPATTERN and not av[1] & re.IGNORECASE:
            self.required(av[-1], out)
        elif op in self.repeats and av[0] >= 1:
            self.required(av[2], out)
        elif op is sc.BRANCH:  # one required set of each alternative, together
            union: set[str] = set()
            for alt in av[1]:
                sub: list[frozenset[str]] = []
                self.required(alt, sub)
                if not sub:
                    return
                union |= max(sub, key=lambda x: (min(map(len, x)), -len(x)))
            if union and len(union) <= 4 * self.limit:
                out.append(frozenset(union))


