"""A codebook's rules read into the tables the rule engine works from: term ids, :class:`Rule` objects, the polarity
words, and the indexes that wake a rule only where it can fire (see :mod:`qualcode.coding._compiled`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from qualcode.coding._polarity import DEFAULT_POLARITY
from qualcode.coding._regex import compile_rule_regex, regex_prefixes, regex_requirements
from qualcode.coding._rule import Rule, roles_of
from qualcode.coding._terms import expand_terms
from qualcode.model import Codebook

__all__ = ["Polarity", "RuleIndex", "TermTable", "index_rules", "read_polarity", "read_rules"]


class TermTable:
    """Every literal the automaton looks for, numbered in order of first use."""

    def __init__(self, lexicon: Mapping[str, Any]):
        self.lexicon = lexicon
        self.terms: list[str] = []
        self.index: dict[str, int] = {}

    def tid(self, term: str) -> int:
        """The id of ``term`` (added when new)."""
        if term not in self.index:
            self.index[term] = len(self.terms)
            self.terms.append(term)
        return self.index[term]

    def ids(self, items: Iterable[str] | str) -> list[int]:
        """The ids of a rule's term list, ``@lexicon`` references expanded."""
        return [self.tid(t) for t in expand_terms(items, self.lexicon)]


def read_rules(codebook: Codebook, table: TermTable) -> tuple[list[Rule], dict[str, list[int]]]:
    """The codebook's rules in order (an ``any``+``regex`` rule gives two, the regex one with id ``<id>re``) and the
    code-wide ``unless`` terms (a rule with only ``unless``)."""
    settings = codebook.settings
    lexicon = table.lexicon
    default_scope = settings.get("scope") or "sentence"  # (a key with no value, `scope:`, is the default)
    default_match = settings.get("match") or "chars"
    default_window = settings.get("window")
    rules: list[Rule] = []
    code_unless: dict[str, list[int]] = {}
    for code in codebook.codes:
        n = 0
        for raw in code.rules:
            if set(raw) <= {"unless", "id", "note"} and "unless" in raw:
                code_unless.setdefault(code.id, []).extend(table.ids(raw["unless"]))
                continue
            n += 1
            rid = str(raw.get("id") or f"r{n}")
            unless = frozenset(table.ids(raw["unless"])) if "unless" in raw else frozenset()
            qterms = raw.get("question")
            qterms = tuple(expand_terms(qterms, lexicon)) if qterms else ()
            common: dict[str, Any] = dict(
                scope=raw.get("scope") or default_scope, match=raw.get("match") or default_match, unless=unless,
                polarity=raw.get("polarity"), roles=roles_of(raw.get("roles")), question=qterms)
            if qterms and not any(k in raw for k in ("any", "all", "regex")):
                rules.append(Rule(code.id, rid, [], [], None, kind="answer", **common))
                continue
            if "all" in raw:
                groups = [frozenset(table.ids(g)) for g in raw["all"]]
                if "any" in raw:  # any + all: the any-list is one more required group, the topic
                    groups.insert(0, frozenset(table.ids(raw["any"])))
                window = raw.get("window", default_window)
                rules.append(Rule(code.id, rid, groups, [], window, kind="all", **common))
            elif "any" in raw:
                rules.append(Rule(code.id, rid, [frozenset(table.ids(raw["any"]))], [], None, kind="any", **common))
            if "regex" in raw:
                pats = raw["regex"] if isinstance(raw["regex"], list) else [raw["regex"]]
                rx_id = rid if not ("any" in raw or "all" in raw) else rid + "re"
                rules.append(Rule(code.id, rx_id, [], [compile_rule_regex(p) for p in pats], None, kind="regex",
                                  **common))
    return rules, code_unless


@dataclass
class Polarity:
    """The evaluation words (term id -> ``positive``/``problem``), negators and fillers of a codebook: the defaults
    plus its ``settings.polarity``."""

    evaluation: dict[int, str]
    negators: list[str]
    fillers: list[str]
    window: int
    reach: int


def read_polarity(codebook: Codebook, table: TermTable) -> Polarity:
    """The codebook's polarity settings on top of :data:`DEFAULT_POLARITY` (evaluation words get term ids)."""
    cfg = dict(codebook.settings.get("polarity") or {})
    lexicon = table.lexicon
    evaluation: dict[int, str] = {}
    for kind in ("positive", "problem"):  # (a word in both lists is a problem cue)
        for t in list(DEFAULT_POLARITY[kind]) + expand_terms(cfg.get(kind, []), lexicon):
            evaluation[table.tid(t)] = kind
    negators = list(DEFAULT_POLARITY["negators"]) + expand_terms(cfg.get("negators", []), lexicon)
    fillers = list(DEFAULT_POLARITY["intensifiers"]) + list(DEFAULT_POLARITY["fillers"]) + expand_terms(
        cfg.get("intensifiers", []), lexicon)
    # (a key given with no value, `window:`, is the default, as codebook check reads it)
    return Polarity(evaluation, negators, fillers, int(cfg.get("window") or DEFAULT_POLARITY["window"]),
                    int(cfg.get("negation_reach") or DEFAULT_POLARITY["negation_reach"]))


@dataclass
class RuleIndex:
    """Which rules a term can wake, and what each rule needs before it is decided."""

    by_term: dict[int, list[int]] = field(default_factory=dict)  # term id -> rules it may start
    triggers: dict[int, list[int]] = field(default_factory=dict)  # term id -> `any` rules it starts on its own
    always: list[int] = field(default_factory=list)  # rules looked at on every text (a regex with no literal)
    slots: list[tuple[int, list[frozenset]]] = field(default_factory=list)  # (rule, the term sets it needs)
    regex_rules: list[int] = field(default_factory=list)
    answer_rules: list[int] = field(default_factory=list)


def index_rules(rules: list[Rule], table: TermTable) -> RuleIndex:
    """The wake-up indexes of ``rules``; fills each regex rule's ``rx_req`` (the literal sets its regexes need)."""
    ix = RuleIndex()
    for ri, rule in enumerate(rules):
        if rule.kind == "answer":
            ix.answer_rules.append(ri)
        elif rule.kind == "regex":
            ix.regex_rules.append(ri)
            _index_regex_rule(ri, rule, table, ix)
        else:
            for t in set(rule.groups[0]):
                ix.by_term.setdefault(t, []).append(ri)
            if rule.kind == "all":
                ix.slots.append((ri, list(rule.groups)))
            else:
                for t in set(rule.groups[0]):
                    ix.triggers.setdefault(t, []).append(ri)
    return ix


def _index_regex_rule(ri: int, rule: Rule, table: TermTable, ix: RuleIndex) -> None:
    for rx in rule.regexes:
        req = [] if rx.flags & re.IGNORECASE else regex_requirements(rx.pattern)
        req.sort(key=lambda s: (-min(map(len, s)), len(s)))
        # two-character literals and longer; single characters only when there is nothing else
        req = list(dict.fromkeys(req))  # (a repeated group gives the same set twice)
        req = [s for s in req if min(map(len, s)) >= 2][:4] or req[:1]
        rule.rx_req.append((rx, [frozenset(table.tid(t) for t in s) for s in req]))
    anchors: set[str] | None = set()
    for rx in rule.regexes:
        got = regex_prefixes(rx.pattern)
        if got is None or anchors is None:
            anchors = None
        else:
            anchors.update(got)
    for a in anchors or ():
        ix.by_term.setdefault(table.tid(a), []).append(ri)
    # the fast engine wakes the rule, per regex, on one set of literals it needs (see _wake), its literal prefixes at
    # worst, and on every text when one of its regexes has neither
    opts_of = []
    for rx, req in rule.rx_req:
        pre = regex_prefixes(rx.pattern)
        opts = list(req) or ([frozenset(table.tid(a) for a in pre)] if pre else [])
        if not opts:
            ix.always.append(ri)
            return
        opts_of.append(opts)
    ix.slots.extend((ri, opts) for opts in opts_of)
