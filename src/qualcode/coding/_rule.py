"""A compiled rule and one rule decision (:class:`Hit`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Hit", "Rule", "roles_of", "short_pattern"]


@dataclass
class Hit:
    """One rule decision in one text: ``status`` is ``hit`` or ``suppressed``; spans are offsets into the text."""

    code: str
    rule: str
    status: str
    words: list[str]
    spans: list[tuple[int, int]]
    evidence: str
    reason: str = ""


@dataclass
class Rule:
    code: str
    rid: str
    groups: list[frozenset]            # term ids per group (any: one group; all: several)
    regexes: list  # RuleRegex (qualcode.coding._regex): RE2 or re, with search, finditer, pattern, flags
    window: int | None
    scope: str
    match: str
    unless: list[int]
    polarity: str | None
    kind: str
    roles: tuple[frozenset, frozenset] | None = None   # (allowed, excluded) values of the segment's role
    question: tuple[str, ...] = ()     # terms one of which the preceding interviewer turn must contain
    rx_req: list = field(default_factory=list)  # per regex: (regex, [term id sets one of each must be found])

    def applies_to(self, role: Any) -> bool:
        if self.roles is None or role is None or (isinstance(role, float) and role != role):
            return True
        allowed, excluded = self.roles
        role = str(role)
        return role not in excluded and (not allowed or role in allowed)




def roles_of(value: Any) -> tuple[frozenset, frozenset] | None:
    if not value:
        return None
    items = [value] if isinstance(value, str) else list(value)
    allowed = frozenset(str(v) for v in items if not str(v).startswith("!"))
    excluded = frozenset(str(v)[1:] for v in items if str(v).startswith("!"))
    return allowed, excluded


def short_pattern(pattern: str, n: int = 24) -> str:
    return pattern if len(pattern) <= n else pattern[: n - 1] + "…"


