"""FROZEN reference copy of the rule engine (qualcode.rules as of commit fd79487), used only as the specification.

A test oracle, not part of the library: :func:`reference_code` codes a segments table with this engine, the way
``AutoCoder.code`` did before it was optimised, and tests/test_autocode_equivalence.py checks that the library's
engine (qualcode.coding) gives exactly the same codings and matches. Do not optimise this file: it is the spec.
Its original module docstring follows.

The rule engine behind :class:`qualcode.AutoCoder`: compile a codebook's rules once, match one text.

All literal terms of a codebook (rule terms, ``unless`` terms, polarity cues) go into ONE Aho-Corasick automaton
(``ahocorasick_rs``, overlapping matches), so a text is scanned once whatever the number of terms; regular
expressions are compiled once. Only rules whose terms were found are then evaluated.

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

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from qualcode.coding._terms import expand_terms
from qualcode.model import Codebook

__all__ = ["CompiledCodebook", "DEFAULT_POLARITY", "Hit", "compile_codebook"]

#: Built-in polarity lexicon; a codebook's ``settings.polarity`` lists are added to these.
DEFAULT_POLARITY: dict[str, Any] = {
    "negators": [
        "不", "没", "没有", "未", "无", "并不", "并没", "并没有", "从不", "从没", "从没有", "从来不", "从来没",
        "从来没有", "不太", "不大", "不怎么", "不是", "没怎么", "没能", "未能", "毫无", "谈不上", "算不上",
        "称不上", "缺乏", "缺少", "不够", "不再", "很难", "难以",
    ],
    "not_negators": [
        "不管", "不仅", "不但", "不光", "不过", "不论", "无论", "不错", "不少", "不断", "不停", "不得不", "不然",
        "不如", "没想到", "无非", "未来", "别人", "别的", "不久", "不一定", "差不多", "无所谓", "不同",
    ],
    "intensifiers": [
        "很", "非常", "比较", "挺", "蛮", "特别", "十分", "相当", "还算", "还", "算", "太", "更", "最", "极", "极其",
        "基本", "基本上", "完全", "一直", "真", "真的", "都", "也", "总体", "总的来说", "那么", "这么", "怎么", "多",
    ],
    "fillers": ["是", "得", "的", "地", "做", "搞", "弄", "到", "去", "给", "把", "能", "会", "有", "人", "我们",
                "他们"],
    "positive": [
        "到位", "通畅", "顺畅", "畅通", "及时", "清楚", "明白", "了解", "知道", "晓得", "听说", "听过", "熟悉", "很高",
        "比较高", "挺高", "较高", "充足", "充分", "足够", "够用", "很好", "挺好", "比较好", "较好", "良好", "还好",
        "不错", "满意", "有效", "落实", "规范", "准确", "细致", "认真", "完善", "健全", "全面", "定期", "经常", "按时",
        "准时", "专业", "顺利", "方便", "简单", "容易", "积极", "重视", "周到", "有保障", "稳定", "透明", "公开",
        "一致", "明确", "管用", "有用", "见效", "落到实处", "紧密", "密切", "很快", "比较快", "迅速", "高效", "精准",
        "建立起来", "建起来", "整合", "理顺", "打通", "回音", "答复", "公示", "专业化",
        "没问题", "没什么问题", "没啥问题", "没有问题",
        "齐全", "到了", "来过", "上过门", "说过", "讲过", "告诉过", "通知过",
    ],
    "problem": [
        "不到位", "不够", "不足", "缺乏", "缺少", "欠缺", "没人", "没有人", "很少", "太少", "较少", "比较少", "极少",
        "偏少", "少得可怜", "很难", "太难", "难以", "难办", "不容易", "困难", "麻烦", "复杂", "太绕", "很绕",
        "绕来绕去", "看不懂", "听不懂", "搞不懂", "弄不懂", "不懂", "不知道", "不清楚", "不了解", "不晓得", "不明白",
        "没听说", "没听过", "滞后", "太晚", "很晚", "晚了", "迟了", "拖延", "拖拉", "拖着", "太慢", "很慢", "不及时",
        "很差", "太差", "较差", "比较差", "薄弱", "偏低", "很低", "太低", "不高", "不畅", "不通", "脱节", "断档",
        "不一致", "不统一", "走过场", "走形式", "形式主义", "流于形式", "应付", "敷衍", "名存实亡", "石沉大海",
        "没下文", "没有下文", "不了了之", "没人管", "没人问", "没人过问", "推诿", "扯皮", "踢皮球", "推来推去", "遗漏",
        "漏掉", "落下", "偏差", "出错", "问题很多", "问题不少",
        "问题多", "问题大", "有些问题", "存在问题", "出问题", "出了问题", "老问题",
        "不行", "不好", "不合理", "不准", "不准确", "不规范", "不完善", "不健全", "空白", "盲区", "死角", "模糊",
        "太官方", "生硬", "一刀切", "跟不上", "顾不上", "顾不过来", "忙不过来", "忙不完", "吃力", "力不从心",
        "欠账", "短板", "不重视", "没重视", "不积极", "壁垒", "单一", "严重", "隐瞒", "虚假", "一次都没",
        "一次也没", "没几个", "没多少", "不多", "没有专门", "没有固定", "摸不着头脑", "稀里糊涂", "一问三不知",
    ],
    "window": 12,
    "negation_reach": 4,
}

SENTENCE_END = "。！？!?；;…\n\r"
CLAUSE_END = SENTENCE_END + "，,、：:—"
_SENTENCE_RE = re.compile("[" + re.escape(SENTENCE_END) + "]")
#: A bare negative / affirmative short answer (the whole first clause).
_BARE_NO = re.compile(r"^\s*(没有|没|没呢|还没|还没有|不|不是|不多|很少|不太|不怎么|没怎么|没几回|一次也没|一回也没|"
                      r"从来没有|从没有|谈不上|算不上)"
                      r"[吧呀啊呢哦嘛了过]*\s*$")
_BARE_YES = re.compile(r"^\s*(有|有的|有过|是|是的|对|对的|准时|按时|挺好|还行|都有|来过|都来|经常|定期|准|及时|没问题)"
                       r"[吧呀啊呢哦嘛了过的]*\s*$")
_CLAUSE_RE = re.compile("[" + re.escape(CLAUSE_END) + "]")


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
class _Rule:
    code: str
    rid: str
    groups: list[frozenset]            # term ids per group (any: one group; all: several)
    regexes: list[re.Pattern]
    window: int | None
    scope: str
    match: str
    unless: list[int]
    polarity: str | None
    kind: str
    roles: tuple[frozenset, frozenset] | None = None   # (allowed, excluded) values of the segment's role
    question: tuple[str, ...] = ()     # terms one of which the preceding interviewer turn must contain

    def applies_to(self, role: Any) -> bool:
        if self.roles is None or role is None or (isinstance(role, float) and role != role):
            return True
        allowed, excluded = self.roles
        role = str(role)
        return role not in excluded and (not allowed or role in allowed)


@dataclass
class CompiledCodebook:
    """A codebook compiled for matching: one automaton, compiled regexes, rules indexed by their topic terms."""

    codebook: Codebook
    terms: list[str]
    rules: list[_Rule]
    code_unless: dict[str, list[int]]
    by_term: dict[int, list[int]]
    regex_rules: list[int]
    unanchored: list[int]
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
    _bulk_regex: dict = field(default_factory=dict, repr=False)
    word_polarity: dict = field(default_factory=dict, repr=False)

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
        """:meth:`match` for many texts at once: ONE automaton pass over all of them (joined by a separator that no
        term contains) and one pass per regular expression, so only texts with a candidate rule are looked at."""
        n = len(texts)
        if tokens is None:
            tokens = [None] * n
        if roles is None:
            roles = [None] * n
        if questions is None:
            questions = [None] * n
        sep = "\x00"
        starts: list[int] = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + 1
        big = sep.join(texts)
        found: list[dict[int, list[tuple[int, int]]]] = [{} for _ in range(n)]
        seg = 0
        bisect_right = bisect.bisect_right
        # matches come in order of their end; they never cross the separator, so the segment index only grows
        nxt = starts[1] if n > 1 else len(big) + 1
        base = 0
        for tid, s, e in sorted(self._finder(big), key=lambda m: m[1]):
            if s >= nxt:
                seg = bisect_right(starts, s) - 1
                base = starts[seg]
                nxt = starts[seg + 1] if seg + 1 < n else len(big) + 1
            found[seg].setdefault(tid, []).append((s - base, e - base))
        regex_cand: list[list[int]] = [[] for _ in range(n)]
        # unanchored regexes run once over all texts, joined by line breaks and with ^ $ matching at each line, so
        # that this pass finds a superset of the texts where they match; each candidate is then decided on its own
        lines = "\n".join(texts) if self.unanchored else ""
        for ri in self.unanchored:
            for rx in self.rules[ri].regexes:
                bulk = self._bulk_regex.get(rx.pattern)
                if bulk is None:
                    bulk = self._bulk_regex[rx.pattern] = re.compile(rx.pattern, rx.flags | re.MULTILINE)
                for m in bulk.finditer(lines):
                    first = bisect_right(starts, m.start()) - 1
                    last = bisect_right(starts, max(m.start(), m.end() - 1)) - 1
                    for k in range(first, last + 1):
                        if not regex_cand[k] or regex_cand[k][-1] != ri:
                            regex_cand[k].append(ri)
        out: list[list[Hit]] = []
        for i in range(n):
            if not found[i] and not regex_cand[i] and not (questions[i] and self.answer_rules):
                out.append([])
                continue
            out.append(self.decide(texts[i], found[i], tokens[i], regex_rules=regex_cand[i], role=roles[i],
                                   question=questions[i]))
        return out

    def decide(self, text: str, found: dict[int, list[tuple[int, int]]], tokens: Sequence[str] | None = None,
               explain: bool = False, regex_rules: Sequence[int] | None = None, role: Any = None,
               question: str | None = None) -> list[Hit]:
        cand: set[int] = set(self.regex_rules if regex_rules is None else regex_rules)
        if not isinstance(question, str):
            question = None
        if question:
            cand.update(self.answer_rules)
        for tid in found:
            for ri in self.by_term.get(tid, ()):
                cand.add(ri)
        if not cand:
            return []
        ctx = _Context(self, text, found, tokens, question)
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


class _Context:
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

    # -- scopes
    def scope_id(self, scope: str, pos: int) -> int:
        if scope == "unit":
            return 0
        b = self._bounds.get(scope)
        if b is None:
            rx = _SENTENCE_RE if scope == "sentence" else _CLAUSE_RE
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
        kept: list = []
        for c in cues:
            if any(k[0] <= c[0] and c[1] <= k[1] and (k[1] - k[0]) > (c[1] - c[0]) for k in kept):
                continue
            kept = [k for k in kept if not (c[0] <= k[0] and k[1] <= c[1] and (c[1] - c[0]) > (k[1] - k[0]))]
            kept.append(c)
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

    def nearest_evaluation(self, s: int, e: int, window: int):
        sent = self.scope_id("sentence", s)
        clause = self.scope_id("clause", s)
        best, best_key = None, None
        for es, ee, pol, desc in self.evaluations():
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
    def occurrences(self, rule: _Rule, group: frozenset):
        terms = self.cb.terms
        occ = [(s, e, terms[tid]) for tid, spans in self.found.items() if tid in group for s, e in spans]
        occ.sort()
        return occ

    def run(self, rule: _Rule, explain: bool) -> list[Hit]:
        cb = self.cb
        tag = f"{rule.code}#{rule.rid}"
        suppressed: list[Hit] = []
        if rule.kind == "answer":
            return self.answer(rule, tag, explain)
        if rule.kind == "regex":
            topics = [(m.start(), m.end(), m.group()) for rx in rule.regexes for m in rx.finditer(self.text)
                      if m.end() > m.start()]
        else:
            topics = self.occurrences(rule, rule.groups[0])
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
                best = None
                for os_, oe, w in self.occurrences(rule, group):
                    if self.scope_id(rule.scope, os_) != scope:
                        continue
                    if rule.match == "tokens" and not self.token_ok(os_, oe):
                        continue
                    if os_ < e and s < oe and (os_, oe) == (s, e):
                        continue
                    gap = max(0, os_ - e, s - oe)
                    if rule.window is not None and gap > rule.window:
                        continue
                    if best is None or gap < best[0]:
                        best = (gap, os_, oe, w)
                if best is None:
                    ok = False
                    break
                words.append(best[3])
                spans.append((best[1], best[2]))
            if not ok:
                continue
            detail = ""
            if rule.polarity is not None:
                matched = list(zip(words, spans))  # the topic and, for `all`, the co-occurring terms
                if rule.polarity == "problem":
                    ev = None
                    for w, (ws, we) in matched:  # a negated matched word is itself a problem (没有回访) -
                        neg = self.negator_before(ws)  # unless the word is a problem cue (没有不知道的)
                        if neg:
                            flipped = "positive" if cb.word_polarity.get(w) == "problem" else "problem"
                            ev = (ws, we, flipped, f"{neg}…{w}")
                            break
                    if ev is None:  # else the nearest evaluation to any matched word decides
                        best = None
                        for w, (ws, we) in matched:
                            cand_ev = self.nearest_evaluation(ws, we, cb.window)
                            if cand_ev is not None:
                                gap = max(0, cand_ev[0] - we, ws - cand_ev[1])
                                if best is None or gap < best[0]:
                                    best = (gap, cand_ev)
                        ev = best[1] if best else None
                    if ev is None:
                        if explain:
                            suppressed.append(Hit(rule.code, rule.rid, "suppressed", [word], [(s, e)],
                                                  f"{tag}: {word}", f"polarity: no problem cue within {cb.window}"))
                        continue
                    if ev[2] != "problem":
                        if explain:
                            suppressed.append(Hit(rule.code, rule.rid, "suppressed", [word, ev[3]],
                                                  [(s, e), (ev[0], ev[1])], f"{tag}: {word}",
                                                  f"polarity: '{ev[3]}' is positive"))
                        continue
                    if (ev[0], ev[1]) not in spans:
                        words.append(ev[3])
                        spans.append((ev[0], ev[1]))
                    detail = f" [problem: {ev[3]}]"
                else:
                    negated = None
                    for w, (ws, we) in matched:  # no matched word may be negated (补贴发得不及时)
                        neg = self.negator_before(ws)
                        if neg:
                            negated = (w, neg)
                            break
                    if negated:
                        if explain:
                            suppressed.append(Hit(rule.code, rule.rid, "suppressed", [word], [(s, e)],
                                                  f"{tag}: {word}", f"negated by '{negated[1]}' ({negated[0]})"))
                        continue
            blocker = (self.blocked(rule.unless, rule.scope, s)
                       or self.blocked(cb.code_unless.get(rule.code, ()), rule.scope, s))
            if blocker:
                if explain:
                    suppressed.append(Hit(rule.code, rule.rid, "suppressed", words, spans, f"{tag}: {word}",
                                          f"unless: '{blocker}'"))
                continue
            if rule.kind == "regex":
                ev_text = f"{tag}: /{_short(rule.regexes[0].pattern)}/ {word}"
            else:
                ev_text = f"{tag}: " + " + ".join(words[: len(rule.groups)])
                if len(rule.groups) > 1:
                    ev_text += f" (within {rule.window})" if rule.window is not None else f" (same {rule.scope})"
            ev_text += detail
            return [Hit(rule.code, rule.rid, "hit", words, spans, ev_text)] + (suppressed if explain else [])
        return suppressed

    def answer(self, rule: _Rule, tag: str, explain: bool) -> list[Hit]:
        """A short answer judged against the interviewer's question: the first clause of the answer must carry the
        rule's polarity (没有。/ 很少来。 / 不顺。 are problems; 有。/ 准时。 are positive)."""
        qword = next(q for q in rule.question if q in (self.question or ""))
        bounds = self.scope_bounds("clause")
        end = bounds[0] if bounds else len(self.text)
        head = self.text[:end]
        if not head.strip():
            return []
        verdict, word, span = None, head.strip(), (0, end)
        bare = _BARE_NO.match(head) if rule.polarity == "problem" else _BARE_YES.match(head)
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
        target = None
        for tid, spans in self.found.items():
            if tid in tids:
                if target is None:
                    target = self.scope_id(scope, s)
                for os_, oe in spans:
                    if self.scope_id(scope, os_) == target and not self.negator_before(os_):
                        return self.cb.terms[tid]  # a negated exclusion term (没有拖欠过) does not exclude
        return None


def regex_prefixes(pattern: str) -> list[str] | None:
    """Literal strings one of which starts every match of ``pattern`` (e.g. ``(没人|从来没)...`` -> 没人, 从来没),
    or None when there is no such set. Anchored regexes are only run on texts where the automaton found an anchor."""
    if "(?" in pattern or pattern.startswith("^"):
        return None
    try:
        import re._constants as sc
        import re._parser as sp
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_constants as sc  # type: ignore[no-redef]
        import sre_parse as sp  # type: ignore[no-redef]
    try:
        parsed = sp.parse(pattern)
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


def _roles(value: Any) -> tuple[frozenset, frozenset] | None:
    if not value:
        return None
    items = [value] if isinstance(value, str) else list(value)
    allowed = frozenset(str(v) for v in items if not str(v).startswith("!"))
    excluded = frozenset(str(v)[1:] for v in items if str(v).startswith("!"))
    return allowed, excluded


def _short(pattern: str, n: int = 24) -> str:
    return pattern if len(pattern) <= n else pattern[: n - 1] + "…"


def _alternation(words: Sequence[str]) -> re.Pattern:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) if words else r"(?!x)x")


def compile_codebook(codebook: Codebook, backend: str = "ahocorasick_rs") -> CompiledCodebook:
    """Compile every rule of ``codebook`` (validated rule mappings in ``Code.rules``) for matching.

    ``backend`` is ``"ahocorasick_rs"`` (default) or ``"pyahocorasick"``; both give the same matches."""
    lexicon: Mapping[str, Any] = codebook.settings.get("lexicon") or {}
    settings = codebook.settings
    pol_cfg = dict(settings.get("polarity") or {})
    terms: list[str] = []
    index: dict[str, int] = {}

    def tid(term: str) -> int:
        if term not in index:
            index[term] = len(terms)
            terms.append(term)
        return index[term]

    def ids(items) -> list[int]:
        return [tid(t) for t in expand_terms(items, lexicon)]

    default_scope = settings.get("scope", "sentence")
    default_match = settings.get("match", "chars")
    default_window = settings.get("window")
    rules: list[_Rule] = []
    code_unless: dict[str, list[int]] = {}
    for code in codebook.codes:
        n = 0
        for raw in code.rules:
            if set(raw) <= {"unless", "id", "note"} and "unless" in raw:
                code_unless.setdefault(code.id, []).extend(ids(raw["unless"]))
                continue
            n += 1
            rid = str(raw.get("id") or f"r{n}")
            unless = frozenset(ids(raw["unless"])) if "unless" in raw else frozenset()
            qterms = raw.get("question")
            qterms = tuple(expand_terms(qterms, lexicon)) if qterms else ()
            common = dict(scope=raw.get("scope", default_scope), match=raw.get("match", default_match),
                          unless=unless, polarity=raw.get("polarity"), roles=_roles(raw.get("roles")),
                          question=qterms)
            if qterms and not any(k in raw for k in ("any", "all", "regex")):
                rules.append(_Rule(code.id, rid, [], [], None, kind="answer", **common))
                continue
            if "any" in raw or "all" in raw:
                if "all" in raw:
                    groups = [frozenset(ids(g)) for g in raw["all"]]
                    if "any" in raw:  # any + all: the any-list is one more required group, the topic
                        groups.insert(0, frozenset(ids(raw["any"])))
                    window = raw.get("window", default_window)
                    rules.append(_Rule(code.id, rid, groups, [], window, kind="all", **common))
                else:
                    rules.append(_Rule(code.id, rid, [frozenset(ids(raw["any"]))], [], None, kind="any", **common))
            if "regex" in raw:
                pats = raw["regex"] if isinstance(raw["regex"], list) else [raw["regex"]]
                rx_id = rid if not ("any" in raw or "all" in raw) else rid + "re"
                rules.append(_Rule(code.id, rx_id, [], [re.compile(p) for p in pats], None, kind="regex", **common))
    positive = list(DEFAULT_POLARITY["positive"]) + expand_terms(pol_cfg.get("positive", []), lexicon)
    problem = list(DEFAULT_POLARITY["problem"]) + expand_terms(pol_cfg.get("problem", []), lexicon)
    eval_polarity: dict[int, str] = {}
    for t in positive:
        eval_polarity[tid(t)] = "positive"
    for t in problem:
        eval_polarity[tid(t)] = "problem"
    negators = list(DEFAULT_POLARITY["negators"]) + expand_terms(pol_cfg.get("negators", []), lexicon)
    fillers = list(DEFAULT_POLARITY["intensifiers"]) + list(DEFAULT_POLARITY["fillers"]) + expand_terms(
        pol_cfg.get("intensifiers", []), lexicon)
    by_term: dict[int, list[int]] = {}
    regex_rules: list[int] = []
    unanchored: list[int] = []
    answer_rules: list[int] = []
    for ri, rule in enumerate(rules):
        if rule.kind == "answer":
            answer_rules.append(ri)
            continue
        if rule.kind == "regex":
            regex_rules.append(ri)
            anchors: set[str] | None = set()
            for rx in rule.regexes:
                got = regex_prefixes(rx.pattern)
                if got is None or anchors is None:
                    anchors = None
                else:
                    anchors.update(got)
            if anchors:
                for a in anchors:
                    by_term.setdefault(tid(a), []).append(ri)
            else:
                unanchored.append(ri)
        else:
            for t in set(rule.groups[0]):
                by_term.setdefault(t, []).append(ri)
    cb = CompiledCodebook(
        codebook=codebook,
        terms=terms,
        rules=rules,
        code_unless=code_unless,
        by_term=by_term,
        regex_rules=regex_rules,
        unanchored=unanchored,
        answer_rules=answer_rules,
        eval_polarity=eval_polarity,
        negator_re=_alternation(negators),
        not_negator_re=_alternation(DEFAULT_POLARITY["not_negators"]),
        filler_re=_alternation(fillers),
        window=int(pol_cfg.get("window", DEFAULT_POLARITY["window"])),
        reach=int(pol_cfg.get("negation_reach", DEFAULT_POLARITY["negation_reach"])),
        backend=backend,
        tokens_needed=any(r.match == "tokens" for r in rules),
    )
    cb.code_unless = {k: frozenset(v) for k, v in code_unless.items()}
    cb.word_polarity = {terms[t]: pol for t, pol in eval_polarity.items()}
    cb.automaton, cb._finder = _automaton(terms, backend)
    return cb


def _automaton(terms: list[str], backend: str):
    if not terms:
        return None, lambda text: ()
    if backend == "ahocorasick_rs":
        from qualcode.errors import require

        ahocorasick_rs = require("ahocorasick_rs", package="ahocorasick-rs", purpose="codebook matching")
        ac = ahocorasick_rs.AhoCorasick(terms, matchkind=ahocorasick_rs.MatchKind.Standard)

        def finder(text: str):
            return ac.find_matches_as_indexes(text, overlapping=True)

        return ac, finder
    if backend == "pyahocorasick":
        from qualcode.errors import require

        ahocorasick = require("ahocorasick", package="pyahocorasick", purpose="codebook matching")
        auto = ahocorasick.Automaton()
        for i, t in enumerate(terms):
            auto.add_word(t, (i, len(t)))
        auto.make_automaton()

        def finder(text: str):
            return [(i, end - n + 1, end + 1) for end, (i, n) in auto.iter(text)]

        return auto, finder
    raise ValueError(f"backend == {backend!r}, must be 'ahocorasick_rs' or 'pyahocorasick'")


# ---------------------------------------------------------------------------------------------- the oracle
def reference_code(coder, segments):
    """``(codings, matches)`` of ``coder`` (a configured qualcode.AutoCoder) on ``segments``, decided by this frozen
    engine one text at a time (``CompiledCodebook.match_many``), with the rows built one by one as the original
    ``AutoCoder.code`` built them (plus the evidence columns rules, terms and spans)."""
    import pandas as pd

    from qualcode.coding._autocoder import CODER, MATCH_COLUMNS
    from qualcode.model import CODING_COLUMNS, SEGMENT_COLUMNS

    coder._check_params()
    units = coder._units(segments)
    cb = compile_codebook(coder.codebook, backend=coder.backend)
    attr_cols = [c for c in units.columns if (c not in SEGMENT_COLUMNS or c == "respondent_id")
                 and c not in CODING_COLUMNS]
    order = {cid: i for i, cid in enumerate(coder.codebook.ids)}
    has_tokens = "tokens" in units.columns and cb.tokens_needed
    texts = [t if isinstance(t, str) else "" for t in units["text"].tolist()]
    tokens = units["tokens"].tolist() if has_tokens else [None] * len(units)
    roles = units["role"].tolist() if "role" in units.columns else None
    questions = coder._questions_for(segments, units)
    decided = cb.match_many(texts, tokens, roles, questions)
    rows, matches = [], []
    for i, row in enumerate(units.to_dict("records")):
        hits = decided[i]
        base = row["start"]
        by_code: dict = {}
        for h in hits:
            matches.append((row["seg_id"], row["doc_id"], row["turn"], row["sentence"], h.code, h.rule, h.status,
                            h.words, [(base + s, base + e) for s, e in h.spans], h.evidence, h.reason))
            by_code.setdefault(h.code, []).append(h)
        for code in sorted(by_code, key=lambda c: order.get(c, 0)):
            hs = by_code[code]
            rel = sorted({sp for h in hs for sp in h.spans})
            rows.append((row["seg_id"], row["doc_id"], row["turn"], row["sentence"], row["start"], row["end"], code,
                         CODER, " | ".join(h.evidence for h in hs), tuple(h.rule for h in hs),
                         tuple(texts[i][s:e] for s, e in rel), tuple((base + s, base + e) for s, e in rel),
                         *[row[c] for c in attr_cols]))
    out = pd.DataFrame(rows, columns=[*CODING_COLUMNS, *attr_cols])
    for col in ("turn", "sentence", "start", "end"):
        out[col] = out[col].astype("int64")
    return out, pd.DataFrame(matches, columns=MATCH_COLUMNS)
