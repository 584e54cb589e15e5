r"""Codebook regular expressions: the engine that runs them, the patterns it refuses, and the literal strings a
pattern needs (the exact filters that let the rule engine skip a regex on texts where it cannot match, see
:mod:`qualcode.coding._compiled`).

Engine. Python's :mod:`re` backtracks: ``(a+)+$`` or ``(宣传[^。]*)+不到位`` takes exponential time (26 s on a
60-character sentence). A pattern with that shape -- an unbounded (or long) repetition of something that itself
repeats, or of an alternation whose branches can start alike (:func:`nested_repetition`) -- runs in RE2
(``google-re2``), whose time is linear in the text whatever the pattern, when RE2 gives exactly Python's matches for
it (:func:`python_only`: no lookaround, back reference, ``$``, ``\b``, ``\d``/``\w``/``\s``, which are Unicode
classes in Python and ASCII in RE2, or atomic group). Such a pattern that RE2 cannot take is refused by
:func:`regex_problem`, which the codebook check reports with its line. Every other pattern runs in Python's ``re``:
on the short sentences of interviews it is several times faster than RE2, whose per-call overhead dominates
(benchmarks/bench_regex.py), and it cannot blow up.
"""

from __future__ import annotations

import functools
import re
import sys
from typing import Any

__all__ = ["RuleRegex", "compile_rule_regex", "re2_module", "regex_prefixes", "regex_problem", "regex_requirements",
           "regex_starts"]


# --------------------------------------------------------------------------------------------------------- engine
@functools.lru_cache(maxsize=1)
def re2_module():
    """The ``re2`` module of google-re2 with its error logging off, or None when it is not installed."""
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency
        return None
    return re2


def _re2_options():
    re2 = re2_module()
    options = re2.Options()
    options.log_errors = False  # (RE2 would print every refused pattern on stderr)
    return options


def _parse(pattern: str):
    try:
        import re._constants as sc
        import re._parser as sp
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_constants as sc
        import sre_parse as sp
    return sc, sp.parse(pattern)


def _walk(items, sc):
    """Every (op, av) of a parsed pattern, depth first."""
    for op, av in items:
        yield op, av
        if op is sc.SUBPATTERN:
            yield from _walk(av[-1], sc)
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT) or op is getattr(sc, "POSSESSIVE_REPEAT", None):
            yield from _walk(av[2], sc)
        elif op is sc.BRANCH:
            for alt in av[1]:
                yield from _walk(alt, sc)
        elif op in (sc.ASSERT, sc.ASSERT_NOT):
            yield from _walk(av[1], sc)
        elif op is getattr(sc, "ATOMIC_GROUP", None):
            yield from _walk(av, sc)
        elif op is sc.GROUPREF_EXISTS:
            yield from _walk(av[1], sc)
            if av[2] is not None:
                yield from _walk(av[2], sc)


def python_only(pattern: str) -> str | None:
    """Why RE2 would not give Python's matches for ``pattern`` (None when it would)."""
    sc, parsed = _parse(pattern)
    if parsed.state.flags & (re.ASCII | re.LOCALE | re.VERBOSE):
        return "a flag"
    for op, av in _walk(list(parsed), sc):
        if op in (sc.ASSERT, sc.ASSERT_NOT):
            return "a lookaround (?=...) (?!...) (?<=...) (?<!...)"
        if op in (sc.GROUPREF, sc.GROUPREF_EXISTS):
            return "a back reference"
        if op is getattr(sc, "ATOMIC_GROUP", None) or op is getattr(sc, "POSSESSIVE_REPEAT", None):
            return "an atomic group or possessive repeat"
        if op is sc.AT and av in (sc.AT_END, sc.AT_END_STRING, sc.AT_BOUNDARY, sc.AT_NON_BOUNDARY):
            return "$, \\Z or \\b"
        if op is sc.CATEGORY or (op is sc.IN and any(o is sc.CATEGORY for o, _ in av)):
            return "\\d, \\w or \\s (Unicode classes in Python, ASCII in RE2)"
    re2 = re2_module()
    if re2 is not None:
        try:
            re2.compile(pattern, _re2_options())
        except re2.error:
            return "a construct RE2 does not read (such as a \\u escape)"
    return None


#: A repetition bounded above this many times counts as unbounded for :func:`nested_repetition`.
LONG_REPEAT = 10


def nested_repetition(pattern: str) -> bool:
    """True when an unbounded (or long) repetition contains another variable repetition, or an alternation whose
    branches can start with the same character: the shapes that make a backtracking engine take exponential time."""
    sc, parsed = _parse(pattern)
    repeats = (sc.MAX_REPEAT, sc.MIN_REPEAT)
    for op, av in _walk(list(parsed), sc):
        if op in repeats and (av[1] is sc.MAXREPEAT or av[1] > LONG_REPEAT):
            for op2, av2 in _walk(list(av[2]), sc):
                if op2 in repeats and av2[0] != av2[1]:
                    return True
                if op2 is sc.BRANCH and _overlapping(av2[1], sc):
                    return True
    return False


def _overlapping(alternatives, sc) -> bool:
    firsts: list[object] = []
    for alt in alternatives:
        items = list(alt)
        if not items or items[0][0] is not sc.LITERAL:
            return True  # (an alternative that may start with anything: assume overlap)
        firsts.append(items[0][1])
    return len(set(firsts)) < len(firsts)


def regex_problem(pattern: str) -> tuple[str, str] | None:
    """(message, hint) when ``pattern`` cannot be run safely, None when it can: see the module docstring."""
    why = python_only(pattern) if re2_module() is not None else "no RE2 (pip install google-re2)"
    if why is None or not nested_repetition(pattern):
        return None
    return (f"regex {pattern!r} repeats a repeated group, which can take exponential time, and it uses {why}, "
            "so it cannot run in the linear-time engine",
            "write the repeated part once, e.g. 宣传[^。]*不到位 instead of (宣传[^。]*)+不到位")


class RuleRegex:
    """A compiled codebook regex with ``search``, ``finditer``, ``pattern``, ``flags`` and ``engine`` ("re2" or
    "re"): RE2 for a pattern that could backtrack for ever and that RE2 runs exactly like Python, else ``re``."""

    __slots__ = ("pattern", "flags", "engine", "search", "finditer", "match")

    def __init__(self, pattern: str):
        py = re.compile(pattern)
        self.pattern, self.flags = pattern, py.flags
        rx, self.engine = py, "re"
        re2 = re2_module()
        if re2 is not None and nested_repetition(pattern) and python_only(pattern) is None:
            rx, self.engine = re2.compile(pattern, _re2_options()), "re2"
        self.search = rx.search
        self.finditer = rx.finditer
        # (``match(text, pos)`` for the compiled engine, which tries a regex only where its matches can start: with
        # Python's re, whose lookbehinds and anchors see the text before ``pos`` as ``search`` does; None for RE2)
        self.match = rx.match if self.engine == "re" else None

    def __repr__(self) -> str:
        return f"RuleRegex({self.pattern!r}, engine={self.engine!r})"


def compile_rule_regex(pattern: str) -> RuleRegex:
    """A codebook regex compiled for matching (see :class:`RuleRegex`)."""
    return RuleRegex(pattern)


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



@functools.lru_cache(maxsize=4096)
def regex_starts(pattern: str, limit: int = 64) -> tuple[str, ...] | None:
    """Literal strings one of which starts every match of ``pattern``, looking past the zero-width items at its start
    (lookarounds, anchors) and taking a character class of plain characters as a set of one-character literals; None
    when there is no such set (or the pattern ignores case). The compiled engine tries the regex only where the
    automaton found one of them (``rx.match(text, pos)``, which sees the text before ``pos`` as ``search`` does), an
    exact filter: ``search`` finds a match iff ``match`` succeeds at one of these positions."""
    sc = _sre_constants()
    try:
        parsed = _sre_parser().parse(pattern)
    except Exception:  # pragma: no cover - patterns are validated before
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    zero_width = {sc.ASSERT, sc.ASSERT_NOT, sc.AT}

    def seq(items) -> list[str] | None:
        """The literal prefixes of an item sequence (None: none certain); zero-width items at the start skipped."""
        out = [""]
        for op, av in items:
            if op in zero_width and out == [""]:
                continue
            if op is sc.LITERAL:
                out = [p + chr(av) for p in out]
                if len(out) > limit:
                    return None
                continue
            if op is sc.IN and out == [""]:
                if not av or any(o is not sc.LITERAL for o, _ in av) or len(av) > limit:
                    return None
                return [chr(c) for _, c in av]
            if op is sc.SUBPATTERN:
                if av[1] & re.IGNORECASE:
                    return None
                sub = seq(list(av[-1]))
                if sub is None:
                    break
                got = [p + q for p in out for q in sub]
                return got if len(got) <= limit else None
            if op is sc.BRANCH:
                alts: list[str] = []
                for alt in av[1]:
                    sub = seq(list(alt))
                    if sub is None:
                        return None if out == [""] else out
                    alts.extend(sub)
                got = [p + q for p in out for q in alts]
                return got if len(got) <= limit else None
            break
        return None if out == [""] or "" in out else out

    got = seq(list(parsed))
    return tuple(dict.fromkeys(got)) if got and all(got) else None


def regex_requirements(pattern: str, limit: int = 64) -> list[frozenset[str]]:
    """(Remembered per pattern; see :func:`_regex_requirements`.)"""
    return list(_requirements(pattern, limit))


@functools.lru_cache(maxsize=4096)
def _requirements(pattern: str, limit: int) -> tuple[frozenset[str], ...]:
    return tuple(_regex_requirements(pattern, limit))


def _regex_requirements(pattern: str, limit: int = 64) -> list[frozenset[str]]:
    """Sets of literal strings such that every match of ``pattern`` contains at least one string of each set (e.g.
    ``(没人|从来没)[^，。]{0,8}(说|讲)`` -> {没人, 从来没}, {说, 讲}); [] when nothing is certain. Used to skip a
    regex on
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
    if sys.version_info >= (3, 11):
        import re._parser as sp
    else:  # pragma: no cover - Python < 3.11
        import sre_parse as sp
    return sp


def _sre_constants() -> Any:
    if sys.version_info >= (3, 11):
        import re._constants as sc
    else:  # pragma: no cover - Python < 3.11
        import sre_constants as sc
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
            part: set[str] = {""}
            for _ in range(k):
                crossed = self.cross(part, inner)
                if crossed is None:
                    return None
                part = crossed
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


