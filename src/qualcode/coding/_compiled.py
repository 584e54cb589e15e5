"""The rule engine behind :class:`qualcode.AutoCoder`: compile a codebook's rules once, match one text.

All literal terms of a codebook (rule terms, ``unless`` terms, polarity cues) go into ONE Aho-Corasick automaton
(``ahocorasick_rs``, overlapping matches), so a text is scanned once whatever the number of terms; regular
expressions are compiled once. Only rules whose terms were found are then evaluated.

Many texts at once (:meth:`CompiledCodebook.match_many`, what :class:`qualcode.AutoCoder` uses) go through the fast
path, which gives the same hits as :meth:`CompiledCodebook.match` on each text (tests/test_autocode_equivalence.py
checks it against the frozen original engine, qualcode._rules_reference) but skips work:

* each distinct input (text, and the role / question / tokens when rules use them) is decided once;
* a rule is only looked at where one of its *trigger* sets occurs: an ``any`` rule's terms, the group of an ``all``
  rule found in the fewest of the texts, and for a regex one of the sets of literals every match of it contains
  (:func:`regex_requirements`, e.g. 没人/从来没 and 说/讲 for ``(没人|从来没)[^，。]{0,8}(说|讲)``; they are added to
  the automaton), again the set found in the fewest texts;
* before any per-match work an ``all`` rule needs every group, a regex every required set and a match in the text,
  and a ``polarity: problem`` rule a problem cue or a negator somewhere in the text (without either nothing can be
  judged a problem).

Polarity (documented in docs/codebook.md, "Polarity"):

* an *evaluation* is a positive cue (到位, 通畅, 及时, 知道 ...) or a problem cue (不到位, 没人, 很少, 石沉大海 ...);
* a negator (不, 没, 没有, 未, 并不 ...) ending at most ``negation_reach`` characters before an evaluation flips it;
  intensifiers and fillers between them (很, 比较, 还算, 是, 得, 那么 ...) do not count; clause punctuation stops it;
  words that only look like negators (不管, 不仅, 不错, 不少 ...) are not negators;
* an evaluation inside a longer evaluation is ignored (不到位 is one problem cue, not 不 + 到位);
* a ``polarity: problem`` rule fires at a topic match when the topic itself is negated (没有回访), or when the
  *nearest* evaluation at most ``window`` characters away is a problem: evaluations in the topic's own clause come
  first, then those in the following clauses of the same sentence (宣传这块，做得不够); earlier clauses never count;
* for ``all`` rules the polarity is judged on every matched word (the topic and its co-occurring terms);
* an ``unless`` term that is itself negated (没有拖欠过) does not exclude;
* a ``polarity: positive`` rule fires only when no matched word is negated (没有志愿者 does not count as volunteers,
  补贴发得不及时 is not reliable payment).
"""


from __future__ import annotations

import importlib
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import Any

from qualcode._gc import gc_paused
from qualcode.coding._decide import Context
from qualcode.coding._polarity import BARE_NO, BARE_YES, CLAUSE_END, DEFAULT_POLARITY, SENTENCE_END, alternation
from qualcode.coding._rule import Hit, Rule
from qualcode.coding._rule_table import TermTable, index_rules, read_polarity, read_rules
from qualcode.errors import require
from qualcode.model import Codebook

_engine_mod: Any
try:
    _engine_mod = importlib.import_module("qualcode.coding._engine")
except ImportError:  # not built (no C compiler at install time): the pure-Python engine, same results
    _engine_mod = None

__all__ = ["CompiledCodebook", "compile_codebook", "compiled_engine_available"]


@dataclass
class CompiledCodebook:
    """A codebook compiled for matching: one automaton, compiled regexes, rules indexed by their topic terms."""

    codebook: Codebook
    terms: list[str]
    rules: list[Rule]
    code_unless: dict[str, frozenset[int]]
    by_term: dict[int, list[int]]
    regex_rules: list[int]
    answer_rules: list[int]
    eval_polarity: dict[int, str]
    negator_re: re.Pattern
    not_negator_re: re.Pattern
    filler_re: re.Pattern
    window: int
    reach: int
    automaton: Any = None
    backend: str = "ahocorasick_rs"
    tokens_needed: bool = False
    _finder: Any = field(default=None, repr=False)
    word_polarity: dict = field(default_factory=dict, repr=False)
    _problem_tids: frozenset = field(default=frozenset(), repr=False)
    _has_roles: bool = field(default=False, repr=False)
    _has_questions: bool = field(default=False, repr=False)
    _static_wake: dict = field(default_factory=dict, repr=False)
    _slots: list = field(default_factory=list, repr=False)
    _member: dict = field(default_factory=dict, repr=False)
    _always: tuple = field(default=(), repr=False)
    engine: str = "python"
    _engine: Any = field(default=None, repr=False)
    _rule_cols: Any = field(default=None, repr=False)

    # ----------------------------------------------------------------------------------------------- matching
    def find(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Every occurrence of every term (overlapping), grouped by term id."""
        out: dict[int, list[tuple[int, int]]] = {}
        for tid, s, e in self._finder(text):
            out.setdefault(tid, []).append((s, e))
        return out

    def match(self, text: str, tokens: Sequence[str] | None = None, explain: bool = False, role: Any = None,
              question: str | None = None) -> list[Hit]:
        """Decide every rule on one text. Returns the hits (one per code and rule, the first place it fires) and,
        with ``explain=True``, also the suppressed candidates with the reason. ``role`` is the respondent's role,
        for rules restricted with ``roles`` (None: no restriction applies)."""
        found = self.find(text)
        return self.decide(text, found, tokens, explain, role=role, question=question)

    def match_many(self, texts: Sequence[str], tokens: Sequence[Sequence[str] | None] | None = None,
                   roles: Sequence[Any] | None = None, questions: Sequence[str | None] | None = None
                   ) -> list[list[Hit]]:
        """:meth:`match` for many texts at once (same hits as calling it on each, one list per text). Each distinct
        input (text, and the tokens / role / question when the codebook's rules use them) is decided once, and equal
        inputs share one hit list (do not modify it); each distinct text is scanned by the automaton once; rules that
        cannot fire are skipped before any per-match work (see the module docstring)."""
        slot, decided = self.match_distinct(texts, tokens, roles, questions)
        return [decided[k] for k in slot]

    def match_distinct(self, texts: Sequence[str], tokens: Sequence[Sequence[str] | None] | None = None,
                       roles: Sequence[Any] | None = None, questions: Sequence[str | None] | None = None
                       ) -> tuple[list[int], list[list[Hit]]]:
        """:meth:`match_many` before sharing out: ``(slot, decided)``, the hits of text ``i`` are
        ``decided[slot[i]]`` (one entry per distinct input)."""
        slot, decided = self.decide_distinct(texts, tokens, roles, questions)
        if self._engine is not None:
            decided = [self.hits_of(raw) for raw in decided]
        return slot, decided

    def decide_distinct(self, texts: Sequence[str], tokens: Sequence[Sequence[str] | None] | None = None,
                        roles: Sequence[Any] | None = None, questions: Sequence[str | None] | None = None
                        ) -> tuple[list[int], list]:
        """:meth:`match_distinct` in the engine's own form: with the compiled engine each decision is a list of
        ``(rule index, words, spans, evidence)`` (:meth:`hits_of` makes :class:`Hit` objects of it), with the
        pure-Python engine a list of hits."""
        with gc_paused():
            slot, decided, _inputs = self._decide_distinct(texts, tokens, roles, questions)
            return slot, decided

    def _decide_distinct(self, texts, tokens, roles, questions) -> tuple[list[int], list, tuple]:
        """:meth:`decide_distinct`, and the distinct inputs ``(texts, tokens, roles, questions)`` (for
        :meth:`redecide`)."""
        n = len(texts)
        use_tok = self.tokens_needed and tokens is not None
        use_role = roles is not None and self._has_roles
        use_q = questions is not None and self._has_questions
        qs = [q if isinstance(q, str) and q else None for q in questions] if use_q else None
        slot: list[int] | None = None
        firsts: list[int] = []
        if self._engine is not None and not use_tok:  # (the same ids, found in C)
            try:
                slot, firsts = _engine_mod.distinct(texts if isinstance(texts, list) else list(texts),
                                                    list(roles) if use_role and roles is not None else None, qs)
            except TypeError:  # an unhashable role: the Python way below says what to do
                slot = None
        if slot is None:
            slot, firsts = _distinct_python(texts, tokens if use_tok else None, roles if use_role else None, qs)
        utexts = [texts[i] for i in firsts] if len(firsts) < n else list(texts)
        utok = [tokens[i] for i in firsts] if use_tok and tokens is not None else None
        urole = [roles[i] for i in firsts] if roles is not None else None
        uq = [qs[i] for i in firsts] if qs is not None else None
        inputs = (utexts, utok, urole, uq)
        if self._engine is not None:
            return slot, self._engine.decide(*inputs), inputs
        return slot, self._decide_python(*inputs), inputs

    def redecide(self, inputs: tuple, which: list[int]) -> dict[int, list[Hit]]:
        """The hits of the distinct inputs ``which`` (indices into ``inputs``, from :meth:`_decide_distinct`), decided
        again: :class:`~qualcode.AutoCoder` keeps the coding rows, not the hits, and makes ``matches_`` this way
        when it is first read."""
        utexts, utok, urole, uq = inputs
        sub = ([utexts[k] for k in which], [utok[k] for k in which] if utok is not None else None,
               [urole[k] for k in which] if urole is not None else None,
               [uq[k] for k in which] if uq is not None else None)
        with gc_paused():
            if self._engine is not None:
                got = [self.hits_of(raw) for raw in self._engine.decide(*sub)]
            else:
                got = self._decide_python(*sub)
        return dict(zip(which, got))

    def hits_of(self, raw) -> list[Hit]:
        """:class:`Hit` objects of the compiled engine's ``(rule index, words, spans, evidence)`` tuples."""
        rules = self.rules
        return [Hit(rules[r].code, rules[r].rid, "hit", list(words), list(spans), evidence)
                for r, words, spans, evidence in raw]

    def rows_distinct(self, decided: list, texts: list[str]) -> tuple[list[tuple], list[int]]:
        """The coding rows of each distinct input's decision (:meth:`decide_distinct`): ``(code, evidence, rule
        ids, terms, spans)`` per code present (codebook order, several rules of one code joined; ``terms[i]`` is the
        text at ``spans[i]``), and the number of rows of each input."""
        rules = self.rules
        if self._engine is not None:
            if self._rule_cols is None:
                rank = {cid: i for i, cid in enumerate(self.codebook.ids)}
                self._rule_cols = ([r.code for r in rules], [r.rid for r in rules],
                                   [rank.get(r.code, 0) for r in rules])
            return _engine_mod.rows_of(decided, texts, *self._rule_cols)
        return _rows_per_input(decided, texts, self.codebook)

    def _decide_python(self, utexts: list[str], utok, urole, uq) -> list[list[Hit]]:
        """The pure-Python twin of the compiled engine: each distinct input decided by :meth:`_decide_fast`."""
        # ---- the terms of each distinct text (one automaton call per text; spans grouped only where needed)
        finder = self._finder
        first = itemgetter(0)
        found_of: dict[str, tuple] = {}
        founds: list[set[int]] = []
        raw: list = []
        for text in utexts:
            got = found_of.get(text)
            if got is None:
                ms = finder(text)
                got = found_of[text] = (set(map(first, ms)), ms)
            founds.append(got[0])
            raw.append(got[1])
        trig = self._wake(founds)
        # ---- decide each distinct input
        decided: list[list[Hit]] = []
        always = self._always
        answer = bool(self.answer_rules)
        for k, text in enumerate(utexts):
            found = founds[k]
            question = uq[k] if uq is not None else None
            if not found and not always and not (question and answer):
                decided.append([])
                continue
            decided.append(self._decide_fast(text, found, raw[k], utok[k] if utok is not None else None, trig,
                                             urole[k] if urole is not None else None, question))
        return decided

    def _wake(self, founds: list[set[int]]) -> dict[int, list[int]]:
        """Which rules each found term wakes, for these texts: an ``any`` rule its terms; an ``all`` rule the terms
        of the group found in the fewest texts; a regex rule, per regex, the literals of the required set (see
        :func:`regex_requirements`) found in the fewest texts. A rule none of whose trigger sets occurs is never
        looked at."""
        df: dict[int, int] = Counter(chain.from_iterable(founds))
        present = set(df)
        trig: dict[int, list[int]] = {}
        static = self._static_wake
        for t in present:
            got = static.get(t)
            if got is not None:
                trig[t] = list(got)
        cost = [[0] * len(opts) for _ri, opts in self._slots]
        member = self._member
        for t, c in df.items():
            for sl, op in member.get(t, ()):
                cost[sl][op] += c
        for sl, (ri, opts) in enumerate(self._slots):
            row = cost[sl]
            best = min(range(len(row)), key=row.__getitem__)
            if row[best]:  # (0: no text has this group / what this regex needs: it wakes nothing)
                for t in opts[best] & present:
                    trig.setdefault(t, []).append(ri)
        return trig

    def _decide_fast(self, text: str, found: set[int], matches, tokens, trig: dict, role, question) -> list[Hit]:
        """:meth:`decide` without ``explain``: the same hits, with the rules that cannot fire skipped first.
        ``found`` is the set of term ids in ``text``, ``matches`` the automaton's (term id, start, end) list."""
        cand: set[int] = set(self._always)
        if question:
            cand.update(self.answer_rules)
        for tid in found:
            got = trig.get(tid)
            if got is not None:
                cand.update(got)
        if not cand:
            return []
        rules = self.rules
        ctx = None
        hits: list[Hit] = []
        problem_ok = None
        for ri in sorted(cand) if len(cand) > 1 else cand:
            rule = rules[ri]
            kind = rule.kind
            if rule.roles is not None and not rule.applies_to(role):
                continue
            if kind == "all":
                for g in rule.groups:  # (woken by any one group: all must be there)
                    if g.isdisjoint(found):
                        break
                else:
                    g = None
                if g is not None:
                    continue
            elif kind == "regex":
                # a regex rule fires at one of its matches: none (a required literal is missing, or the regex does
                # not match), nothing to decide
                for rx, req in rule.rx_req:
                    for g in req:
                        if g.isdisjoint(found):
                            break
                    else:
                        if rx.search(text):
                            break
                else:
                    continue
            if rule.question and not (question and any(q in question for q in rule.question)):
                continue
            if rule.polarity == "problem" and kind != "answer":
                # a problem needs a problem cue or a negator (which flips a positive cue or negates the topic)
                if problem_ok is None:
                    problem_ok = (not self._problem_tids.isdisjoint(found)) or bool(self.negator_re.search(text))
                if not problem_ok:
                    continue
            if ctx is None:
                spans: dict[int, list[tuple[int, int]]] = {}
                for tid, s, e in matches:  # in order of the end: per term, in order of the start
                    sp = spans.get(tid)
                    if sp is None:
                        spans[tid] = [(s, e)]
                    else:
                        sp.append((s, e))
                ctx = Context(self, text, spans, tokens, question)
            hits.extend(ctx.run(rule, False))
        return hits

    def decide(self, text: str, found: dict[int, list[tuple[int, int]]], tokens: Sequence[str] | None = None,
               explain: bool = False, role: Any = None, question: str | None = None) -> list[Hit]:
        cand: set[int] = set(self.regex_rules)
        if not isinstance(question, str):
            question = None
        if question:
            cand.update(self.answer_rules)
        for tid in found:
            for ri in self.by_term.get(tid, ()):
                cand.add(ri)
        if not cand:
            return []
        ctx = Context(self, text, found, tokens, question)
        hits: list[Hit] = []
        for ri in sorted(cand):
            rule = self.rules[ri]
            if rule.roles is not None and not rule.applies_to(role):
                continue
            if rule.kind == "all" and not explain and any(g.isdisjoint(found) for g in rule.groups[1:]):
                continue  # a required group is absent: cannot fire
            if rule.question and not (question and any(q in question for q in rule.question)):
                continue
            hits.extend(ctx.run(rule, explain))
        return hits



def compile_codebook(codebook: Codebook, backend: str = "ahocorasick_rs", engine: str | None = None
                     ) -> CompiledCodebook:
    """Compile every rule of ``codebook`` (validated rule mappings in ``Code.rules``) for matching.

    ``backend`` is ``"ahocorasick_rs"`` (default) or ``"pyahocorasick"``; both give the same matches (they serve
    :meth:`CompiledCodebook.match` with ``explain`` and the pure-Python engine). ``engine`` decides many texts at
    once (:meth:`CompiledCodebook.match_many`, :class:`qualcode.AutoCoder`): ``"compiled"`` (the Cython extension
    ``qualcode.coding._engine``; an error when it is not built), ``"python"`` (the pure-Python twin) or ``"auto"``
    (compiled when built); None reads the ``QUALCODE_ENGINE`` environment variable (default ``"auto"``). Both give
    the same hits."""
    engine = _engine_choice(engine)
    with gc_paused():  # (many small objects, none cyclic)
        return _compile(codebook, backend, engine)


def _compile(codebook: Codebook, backend: str, engine: str) -> CompiledCodebook:
    table = TermTable(codebook.settings.get("lexicon") or {})
    rules, code_unless = read_rules(codebook, table)  # (term ids in this order: rules, polarity, regex literals)
    pol = read_polarity(codebook, table)
    ix = index_rules(rules, table)
    terms, eval_polarity = table.terms, pol.evaluation
    negators, not_negators, fillers = pol.negators, list(DEFAULT_POLARITY["not_negators"]), pol.fillers
    cb = CompiledCodebook(
        codebook=codebook,
        terms=terms,
        rules=rules,
        code_unless={k: frozenset(v) for k, v in code_unless.items()},
        by_term=ix.by_term,
        regex_rules=ix.regex_rules,
        answer_rules=ix.answer_rules,
        eval_polarity=eval_polarity,
        negator_re=alternation(negators),
        not_negator_re=alternation(not_negators),
        filler_re=alternation(fillers),
        window=pol.window,
        reach=pol.reach,
        backend=backend,
        tokens_needed=any(r.match == "tokens" for r in rules),
    )
    cb.word_polarity = {terms[t]: pol for t, pol in eval_polarity.items()}
    cb._static_wake = {t: tuple(sorted(set(r))) for t, r in ix.triggers.items()}
    cb._slots = ix.slots
    member: dict[int, list[tuple[int, int]]] = {}
    for sl, (_ri, opts) in enumerate(ix.slots):
        for op, tids in enumerate(opts):
            for t in tids:
                member.setdefault(t, []).append((sl, op))
    cb._member = member
    cb._always = tuple(ix.always)
    cb._problem_tids = frozenset(t for t, pol in eval_polarity.items() if pol == "problem")
    cb._has_roles = any(r.roles is not None for r in rules)
    cb._has_questions = bool(ix.answer_rules) or any(r.question for r in rules)
    cb.automaton, cb._finder = _automaton(terms, backend)
    if engine == "compiled":
        cb._engine = _engine_mod.Engine(cb, negators, not_negators, fillers, BARE_NO, BARE_YES, CLAUSE_END,
                                        SENTENCE_END)
    cb.engine = engine
    return cb


ENGINES = ("auto", "compiled", "python")


def compiled_engine_available() -> bool:
    """Whether the compiled rule engine (the Cython extension ``qualcode.coding._engine``) is built."""
    return _engine_mod is not None


def _engine_choice(engine: str | None) -> str:
    if engine is None:
        engine = os.environ.get("QUALCODE_ENGINE", "auto") or "auto"
    if engine not in ENGINES:
        raise ValueError(f"engine == {engine!r}, must be 'auto', 'compiled' or 'python'.")
    if engine == "compiled" and _engine_mod is None:
        raise ImportError("engine == 'compiled' but the compiled rule engine (qualcode.coding._engine) is not "
                          "built; reinstall qualcode with a C compiler (pip install --force-reinstall qualcode), "
                          "or use engine='python'")
    if engine == "auto":
        engine = "compiled" if _engine_mod is not None else "python"
    return engine


def _distinct_python(texts: Sequence[str], tokens, roles, qs) -> tuple[list[int], list[int]]:
    """``(slot, firsts)``: the id of each row's distinct input (text, and tokens / role / question where given) and
    a row holding each distinct input, in order of first appearance (every row its own input when a role or a
    token is unhashable)."""
    n = len(texts)
    parts: list[Sequence] = [texts]
    if tokens is not None:
        parts.append([tuple(t) if t is not None else None for t in tokens])
    if roles is not None:
        parts.append(roles)
    if qs is not None:
        parts.append(qs)
    keys: Sequence = texts if len(parts) == 1 else list(zip(*parts))
    try:
        ids: dict = dict.fromkeys(keys)
    except TypeError:  # an unhashable role or token: no sharing
        return list(range(n)), list(range(n))
    if len(ids) == n:  # every input distinct
        return list(range(n)), list(range(n))
    for k, key in enumerate(ids):
        ids[key] = k
    slot = list(map(ids.__getitem__, keys))
    rep = dict(zip(slot, range(n)))  # an index holding each distinct input
    return slot, [rep[k] for k in range(len(ids))]


def _automaton(terms: list[str], backend: str):
    if not terms:
        return None, lambda text: ()
    if backend == "ahocorasick_rs":
        ahocorasick_rs = require("ahocorasick_rs", package="ahocorasick-rs", purpose="codebook matching")
        ac = ahocorasick_rs.AhoCorasick(terms, matchkind=ahocorasick_rs.MatchKind.Standard)

        def finder(text: str):
            return ac.find_matches_as_indexes(text, overlapping=True)

        return ac, finder
    if backend == "pyahocorasick":
        ahocorasick = require("ahocorasick", package="pyahocorasick", extra="pyahocorasick",
                              purpose="codebook matching with backend=\"pyahocorasick\"")
        auto = ahocorasick.Automaton()
        for i, t in enumerate(terms):
            auto.add_word(t, (i, len(t)))
        auto.make_automaton()

        def finder(text: str):
            return [(i, end - n + 1, end + 1) for end, (i, n) in auto.iter(text)]

        return auto, finder
    raise ValueError(f"backend == {backend!r}, must be 'ahocorasick_rs' or 'pyahocorasick'")


def _rows_per_input(decided: list[list[Hit]], texts: list[str], codebook: Codebook) -> tuple[list[tuple], list[int]]:
    """The coding rows of each distinct input, once: ``(code, evidence, rules, terms, relative spans)`` per code
    present (codebook order, several rules of one code joined; ``terms[i]`` is the text at ``spans[i]``), and the
    number of rows of each input."""
    order = {cid: i for i, cid in enumerate(codebook.ids)}
    rows: list[tuple] = []
    count = [0] * len(decided)
    for k, hits in enumerate(decided):
        if not hits:
            continue
        by_code: dict[str, list[Hit]] = {}
        for h in hits:
            by_code.setdefault(h.code, []).append(h)
        keys = sorted(by_code, key=lambda c: order.get(c, 0)) if len(by_code) > 1 else list(by_code)
        for c in keys:
            hs = by_code[c]
            spans = tuple(sorted({sp for h in hs for sp in h.spans}))
            terms = tuple(texts[k][s:e] for s, e in spans)
            rows.append((c, " | ".join(h.evidence for h in hs), tuple(h.rule for h in hs), terms, spans))
        count[k] = len(keys)
    return rows, count
