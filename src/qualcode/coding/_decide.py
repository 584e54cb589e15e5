"""The per-text rule decisions: scopes, token boundaries, polarity (negation, nearest evaluation) and the
decision of one rule on one text (:meth:`Context.run`).

Time is linear in the length of the text: nearest co-occurring terms and evaluations are found by binary search over
positions (only those a window or the scope allows are looked at), exclusion checks are remembered per scope, and
nothing compares every pair of matches. The results are the same as comparing every pair (the reference engine in
tests/_rules_reference.py does that)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from qualcode.coding._polarity import BARE_NO, BARE_YES, CLAUSE_END, CLAUSE_RE, SENTENCE_RE
from qualcode.coding._rule import Hit, Rule, short_pattern

if TYPE_CHECKING:
    from qualcode.coding._compiled import CompiledCodebook

__all__ = ["Context"]


class Context:
    """Per-text lazy state: sentence/clause boundaries, evaluations, token boundaries."""

    def __init__(self, cb: CompiledCodebook, text: str, found, tokens, question: str | None = None):
        self.question = question
        self.cb = cb
        self.text = text
        self.found = found
        self.tokens = tokens
        self._bounds: dict[str, list[int]] = {}
        self._evals: list | None = None
        self._tok: tuple[set[int], set[int]] | None = None
        self._neg: dict[int, str | None] = {}
        self._occ: dict[int, tuple] = {}
        self._eval_index: tuple[list[int], int] | None = None
        self._blocked: dict[tuple, str | None] = {}

    # -- scopes
    def scope_id(self, scope: str, pos: int) -> int:
        if scope == "unit":
            return 0
        b = self._bounds.get(scope)
        if b is None:
            rx = SENTENCE_RE if scope == "sentence" else CLAUSE_RE
            b = [m.start() for m in rx.finditer(self.text)]
            self._bounds[scope] = b
        if not b:
            return 0
        return bisect.bisect_left(b, pos)

    # -- tokens
    def token_ok(self, s: int, e: int) -> bool:
        if self._tok is None:
            starts, ends = set(), set()
            pos = 0
            for tok in self.tokens or ():
                if not tok or tok.isspace():
                    continue
                i = self.text.find(tok, pos)
                if i < 0:
                    continue
                starts.add(i)
                ends.add(i + len(tok))
                pos = i + len(tok)
            self._tok = (starts, ends)
        return s in self._tok[0] and e in self._tok[1]

    def token_around(self, s: int, e: int) -> str:
        pos = 0
        for tok in self.tokens or ():
            i = self.text.find(tok, pos) if tok else -1
            if i < 0:
                continue
            if i <= s and e <= i + len(tok):
                return tok
            pos = i + len(tok)
        return self.text[s:e]

    # -- polarity
    def negator_before(self, s: int) -> str | None:
        """The negator that negates what starts at ``s``, or None (remembered per position)."""
        try:
            return self._neg[s]
        except KeyError:
            got = self._neg[s] = self._negator_before(s)
            return got

    def _negator_before(self, s: int) -> str | None:
        cb = self.cb
        lo = max(0, s - cb.reach - 6)
        left = self.text[lo:s]
        for i in range(len(left) - 1, -1, -1):
            if left[i] in CLAUSE_END:
                left = left[i + 1:]
                break
        masked = cb.not_negator_re.sub(lambda m: "\x00" * len(m.group()), left)
        best = None
        for m in cb.negator_re.finditer(masked):
            gap = masked[m.end():]
            gap = cb.filler_re.sub("", gap)
            if len(gap) <= cb.reach and "\x00" not in gap:
                best = m.group()
                break
        return best

    def evaluations(self) -> list[tuple[int, int, str, str]]:
        """(start, end, polarity, description) for every evaluation cue in the text, longest cues kept."""
        if self._evals is not None:
            return self._evals
        cues = []
        for tid, spans in self.found.items():
            pol = self.cb.eval_polarity.get(tid)
            if pol is None:
                continue
            for s, e in spans:
                cues.append((s, e, pol, self.cb.terms[tid]))
        cues.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        # a cue inside a longer kept cue is dropped. In this order every kept cue starts at or before the cue, so
        # one contains it and is longer exactly when it ends after it, or ends with it and starts before it.
        kept: list = []
        max_end, first_at_max = -1, -1
        for c in cues:
            if max_end > c[1] or (max_end == c[1] and first_at_max < c[0]):
                continue
            kept.append(c)
            if c[1] > max_end:
                max_end, first_at_max = c[1], c[0]
        out = []
        for s, e, pol, cue in kept:
            neg = self.negator_before(s)
            if neg:
                flipped = "problem" if pol == "positive" else "positive"
                out.append((s, e, flipped, f"{neg}…{cue}"))
            else:
                out.append((s, e, pol, cue))
        self._evals = out
        return out

    def _evaluations_near(self, s: int, e: int, window: int) -> list:
        """The evaluations that can be at most ``window`` characters from ``s..e`` (in text order)."""
        evals = self.evaluations()
        if self._eval_index is None:
            self._eval_index = ([ev[0] for ev in evals], max((ev[1] - ev[0] for ev in evals), default=0))
        starts, longest = self._eval_index
        lo = bisect.bisect_left(starts, s - window - longest)
        hi = bisect.bisect_right(starts, e + window)
        return evals[lo:hi]

    def nearest_evaluation(self, s: int, e: int, window: int):
        sent = self.scope_id("sentence", s)
        clause = self.scope_id("clause", s)
        best, best_key = None, None
        for es, ee, pol, desc in self._evaluations_near(s, e, window):
            if self.scope_id("sentence", es) != sent:
                continue
            gap = max(0, es - e, s - ee)
            if gap > window:
                continue
            other = self.scope_id("clause", es) != clause
            if other and es < s:
                continue  # an earlier clause does not comment on this topic
            # the topic being itself a positive word (专业化, 知道) yields to a judgement later in its clause
            # (专业化程度不高, 知道的人很少)
            itself = s <= es and ee <= e and pol == "positive" and "…" not in desc
            key = (other, itself, gap, 0 if es >= s else 1)
            if best_key is None or key < best_key:
                best, best_key = (es, ee, pol, desc), key
        return best

    # -- rules
    def occurrences(self, group: frozenset):
        """(start, end, term) of every occurrence of a term of ``group``, in text order (remembered per group)."""
        return self._occurrences(group)[1]

    def _occurrences(self, group: frozenset) -> tuple:
        """(group, occurrences, their starts, the longest occurrence) for ``group`` (remembered)."""
        got = self._occ.get(id(group))
        if got is None or got[0] is not group:
            terms = self.cb.terms
            occ = [(s, e, terms[tid]) for tid, spans in self.found.items() if tid in group for s, e in spans]
            occ.sort()
            got = self._occ[id(group)] = (group, occ, [o[0] for o in occ], max((o[1] - o[0] for o in occ), default=0))
        return got

    def nearest(self, rule: Rule, group: frozenset, s: int, e: int, scope: int):
        """The occurrence of ``group`` nearest to ``s..e`` in the same scope (and within the rule's window), the
        first in text order among equally near ones: ``(gap, start, end, term)`` or None. Looks only at the
        occurrences that can beat the best found so far."""
        _g, occ, starts, longest = self._occurrences(group)
        window = rule.window
        tokens = rule.match == "tokens"

        def usable(os_: int, oe: int) -> bool:
            if tokens and not self.token_ok(os_, oe):
                return False
            return not (os_ < e and s < oe and (os_, oe) == (s, e))

        first = bisect.bisect_left(starts, e)
        fwd = None  # the first usable occurrence starting at or after e (gaps grow from there)
        for i in range(first, len(occ)):
            os_, oe, w = occ[i]
            if (window is not None and os_ - e > window) or self.scope_id(rule.scope, os_) != scope:
                break
            if usable(os_, oe):
                fwd = (os_ - e, os_, oe, w)
                break
        bound = fwd[0] if fwd is not None else (window if window is not None else None)
        back = None
        for i in range(first - 1, -1, -1):  # occurrences starting before e: gap = max(0, s - end)
            os_, oe, w = occ[i]
            if bound is not None and os_ < s - longest - bound:
                break
            here = self.scope_id(rule.scope, os_)
            if here < scope:  # (scopes follow the text: every earlier occurrence is out of scope too)
                break
            if here != scope:
                continue
            gap = max(0, s - oe)
            if (bound is not None and gap > bound) or not usable(os_, oe):
                continue
            if back is None or gap <= back[0]:  # (equal gap: the earlier one, which comes later in this loop)
                back = (gap, os_, oe, w)
                bound = gap if bound is None else min(bound, gap)
        if back is not None and (fwd is None or back[0] <= fwd[0]):
            return back
        return fwd

    def run(self, rule: Rule, explain: bool) -> list[Hit]:
        cb = self.cb
        tag = f"{rule.code}#{rule.rid}"
        suppressed: list[Hit] = []
        if rule.kind == "answer":
            return self.answer(rule, tag, explain)
        if rule.kind == "regex":
            topics = [(m.start(), m.end(), m.group()) for rx in rule.regexes for m in rx.finditer(self.text)
                      if m.end() > m.start()]
        else:
            topics = self.occurrences(rule.groups[0])
        for s, e, word in topics:
            if rule.match == "tokens" and rule.kind != "regex" and not self.token_ok(s, e):
                if explain:
                    suppressed.append(Hit(rule.code, rule.rid, "suppressed", [word], [(s, e)], f"{tag}: {word}",
                                          f"not a whole token ({word} is inside {self.token_around(s, e)})"))
                continue
            words, spans = [word], [(s, e)]
            scope = self.scope_id(rule.scope, s)
            ok = True
            for group in rule.groups[1:]:
                best = self.nearest(rule, group, s, e, scope)
                if best is None:
                    ok = False
                    break
                words.append(best[3])
                spans.append((best[1], best[2]))
            if not ok:
                continue
            detail = ""
            if rule.polarity is not None:
                checked, why = self.polarity(rule, tag, word, (s, e), words, spans)
                if checked is None:
                    if explain and why is not None:
                        suppressed.append(why)
                    continue
                detail = checked
            blocker = (self.blocked(rule.unless, rule.scope, s)
                       or self.blocked(cb.code_unless.get(rule.code, ()), rule.scope, s))
            if blocker:
                if explain:
                    suppressed.append(Hit(rule.code, rule.rid, "suppressed", words, spans, f"{tag}: {word}",
                                          f"unless: '{blocker}'"))
                continue
            if rule.kind == "regex":
                ev_text = f"{tag}: /{short_pattern(rule.regexes[0].pattern)}/ {word}"
            else:
                ev_text = f"{tag}: " + " + ".join(words[: len(rule.groups)])
                if len(rule.groups) > 1:
                    ev_text += f" (within {rule.window})" if rule.window is not None else f" (same {rule.scope})"
            ev_text += detail
            return [Hit(rule.code, rule.rid, "hit", words, spans, ev_text)] + (suppressed if explain else [])
        return suppressed

    def polarity(self, rule: Rule, tag: str, word: str, span: tuple[int, int], words: list[str],
                 spans: list[tuple[int, int]]) -> tuple[str | None, Hit | None]:
        """Check a rule's polarity on its matched words: ``(detail, None)`` when it holds (the problem cue is added
        to ``words``/``spans``), ``(None, why)`` when it does not, ``why`` being the suppressed hit."""
        matched = list(zip(words, spans))  # the topic and, for `all`, the co-occurring terms
        if rule.polarity != "problem":
            negated = self.first_negated(matched)  # no matched word may be negated (补贴发得不及时)
            if negated:
                return None, Hit(rule.code, rule.rid, "suppressed", [word], [span], f"{tag}: {word}",
                                 f"negated by '{negated[1]}' ({negated[0]})")
            return "", None
        ev = self.problem_cue(matched)
        if ev is None:
            return None, Hit(rule.code, rule.rid, "suppressed", [word], [span], f"{tag}: {word}",
                             f"polarity: no problem cue within {self.cb.window}")
        if ev[2] != "problem":
            return None, Hit(rule.code, rule.rid, "suppressed", [word, ev[3]], [span, (ev[0], ev[1])],
                             f"{tag}: {word}", f"polarity: '{ev[3]}' is positive")
        if (ev[0], ev[1]) not in spans:
            words.append(ev[3])
            spans.append((ev[0], ev[1]))
        return f" [problem: {ev[3]}]", None

    def first_negated(self, matched: list[tuple[str, tuple[int, int]]]) -> tuple[str, str] | None:
        """The first matched word with a negator before it, and the negator."""
        for w, (ws, _we) in matched:
            neg = self.negator_before(ws)
            if neg:
                return w, neg
        return None

    def problem_cue(self, matched: list[tuple[str, tuple[int, int]]]) -> tuple[int, int, str, str] | None:
        """The evaluation that decides a problem rule: a negated matched word is itself a problem (没有回访) - unless
        the word is a problem cue (没有不知道的); else the nearest evaluation to any matched word."""
        for w, (ws, we) in matched:
            neg = self.negator_before(ws)
            if neg:
                flipped = "positive" if self.cb.word_polarity.get(w) == "problem" else "problem"
                return ws, we, flipped, f"{neg}…{w}"
        best = None
        for _w, (ws, we) in matched:
            cand_ev = self.nearest_evaluation(ws, we, self.cb.window)
            if cand_ev is not None:
                gap = max(0, cand_ev[0] - we, ws - cand_ev[1])
                if best is None or gap < best[0]:
                    best = (gap, cand_ev)
        return best[1] if best else None

    def answer(self, rule: Rule, tag: str, explain: bool) -> list[Hit]:
        """A short answer judged against the interviewer's question: the first clause of the answer must carry the
        rule's polarity (没有。/ 很少来。 / 不顺。 are problems; 有。/ 准时。 are positive)."""
        qword = next(q for q in rule.question if q in (self.question or ""))
        bounds = self.scope_bounds("clause")
        end = bounds[0] if bounds else len(self.text)
        head = self.text[:end]
        if not head.strip():
            return []
        verdict, word, span = None, head.strip(), (0, end)
        bare = BARE_NO.match(head) if rule.polarity == "problem" else BARE_YES.match(head)
        if bare:
            verdict = rule.polarity
        else:
            evs = [ev for ev in self.evaluations() if ev[0] < end]
            if evs:
                es, ee, pol, desc = min(evs)
                verdict, word, span = pol, desc, (es, ee)
        if verdict != rule.polarity:
            if explain:
                suppressed = Hit(rule.code, rule.rid, "suppressed", [word], [span], f"{tag}: Q[{qword}]",
                                 f"answer is not {rule.polarity}")
                return [suppressed]
            return []
        blocker = self.blocked(rule.unless, rule.scope, 0) or self.blocked(self.cb.code_unless.get(rule.code, ()),
                                                                          rule.scope, 0)
        if blocker:
            return [Hit(rule.code, rule.rid, "suppressed", [word], [span], f"{tag}: Q[{qword}]",
                        f"unless: '{blocker}'")] if explain else []
        return [Hit(rule.code, rule.rid, "hit", [word], [span], f"{tag}: Q[{qword}] -> {word} [{rule.polarity}]")]

    def scope_bounds(self, scope: str) -> list[int]:
        self.scope_id(scope, 0)
        return self._bounds.get(scope, [])

    def blocked(self, tids, scope: str, s: int) -> str | None:
        """The first exclusion term in the scope of ``s`` that is not negated, or None."""
        if not tids:
            return None
        target = self.scope_id(scope, s)
        key = (tids, scope, target)
        if key in self._blocked:  # the same for every position of one scope
            return self._blocked[key]
        got = None
        for tid, spans in self.found.items():
            if tid in tids:
                for os_, _oe in spans:
                    if self.scope_id(scope, os_) == target and not self.negator_before(os_):
                        got = self.cb.terms[tid]  # a negated exclusion term (没有拖欠过) does not exclude
                        break
                if got is not None:
                    break
        self._blocked[key] = got
        return got


