# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False, cdivision=True
"""The compiled twin of the rule decisions (:mod:`qualcode.coding._decide` and ``CompiledCodebook._decide_fast``).

Built from a :class:`~qualcode.coding._compiled.CompiledCodebook` (its term list, rules and polarity lexicon), an
:class:`Engine` decides many texts at once with the same results as the pure-Python engine, hit for hit (words,
spans, evidence): tests/test_autocode_equivalence.py runs the frozen reference, the pure-Python engine and this one
on the same inputs. What it does differently is only *how*:

* the terms are matched by a character trie walked from every position of the text (a dense table for the first
  character, sorted child arrays below), over a C array of code points, with no Python object per match;
* a rule's groups, ``unless`` terms and regex literals are sorted arrays of term ids; scopes are prefix counts of
  the boundary characters; negators, the words that only look like negators, and fillers are small tries scanned
  exactly as the regular expressions of the Python engine scan them (leftmost, longest word first, no overlaps);
* Python objects are made only for what is returned (the words, spans and evidence of a hit), and regular
  expressions (regex rules, bare short answers) are still run by Python's ``re``, only where the filters let them.

A hit is returned as a tuple ``(rule index, words, spans, evidence)`` (words and spans as tuples: no list
for the collector to follow); :func:`rows_of` turns the hits of one text
into its coding rows (one per code: evidence joined, rule ids, terms and spans sorted).
"""

cimport cython
from libc.stdlib cimport malloc, calloc, realloc, free
from cpython.bytearray cimport PyByteArray_AS_STRING
from cpython.unicode cimport Py_UNICODE_ISSPACE
from libc.string cimport memset

import functools
import re

from qualcode.coding._regex import regex_requirements, regex_starts

cdef enum:
    K_ANY = 0
    K_ALL = 1
    K_REGEX = 2
    K_ANSWER = 3
    S_UNIT = 0
    S_SENTENCE = 1
    S_CLAUSE = 2
    P_NONE = 0
    P_POSITIVE = 1
    P_PROBLEM = 2

cdef tuple EMPTY = ()


cdef extern from "Python.h":
    void PyObject_GC_UnTrack(void* op)


cdef inline tuple _frozen(tuple t):
    """``t``, untracked by the cyclic collector: a tuple of str, int and such tuples can never be part of a cycle
    (CPython untracks them itself, but only when a collection first looks at them; coding makes many and keeps them,
    so that first look would cost a pass over all of them)."""
    PyObject_GC_UnTrack(<void*>t)
    return t


cdef struct _Edge:
    unsigned int node
    Py_UCS4 ch
    int kid


cdef inline unsigned int _hash(unsigned int node, Py_UCS4 c) noexcept nogil:
    cdef unsigned int h = node * 2654435761u ^ (<unsigned int>c * 2246822519u)
    return h ^ (h >> 15)


cdef inline bint _among(Py_UCS4 c, Py_UCS4* chars, int n) noexcept nogil:
    cdef int i
    for i in range(n):
        if chars[i] == c:
            return True
    return False


cdef void* _grow(void* p, Py_ssize_t n, Py_ssize_t size) except NULL:
    cdef void* q = realloc(p, (n if n > 0 else 1) * size)
    if q == NULL:
        raise MemoryError()
    return q


@cython.final
cdef class Trie:
    """A character trie over a word list (word ``i`` has id ``i``; empty words are left out)."""

    cdef int n_nodes
    cdef int* word
    cdef int* off
    cdef int* cnt
    cdef Py_UCS4* ch
    cdef int* kid
    cdef int* root
    cdef _Edge* h
    cdef unsigned int h_mask

    def __cinit__(self, words):
        cdef list nodes = [{}]
        cdef list wid = [-1]
        cdef int node, i, k, j
        for i, w in enumerate(words):
            if not w:
                continue
            node = 0
            for c in w:
                d = nodes[node]
                nxt = d.get(c)
                if nxt is None:
                    nxt = len(nodes)
                    d[c] = nxt
                    nodes.append({})
                    wid.append(-1)
                node = nxt
            if wid[node] < 0:
                wid[node] = i
        self.n_nodes = len(nodes)
        n = self.n_nodes
        edges = n - 1
        self.word = <int*>_grow(NULL, n, sizeof(int))
        self.off = <int*>_grow(NULL, n, sizeof(int))
        self.cnt = <int*>_grow(NULL, n, sizeof(int))
        self.ch = <Py_UCS4*>_grow(NULL, edges, sizeof(Py_UCS4))
        self.kid = <int*>_grow(NULL, edges, sizeof(int))
        self.root = <int*>calloc(65536, sizeof(int))
        if self.root == NULL:
            raise MemoryError()
        k = 0
        for i in range(n):
            self.word[i] = wid[i]
            self.off[i] = k
            items = sorted((ord(c), t) for c, t in nodes[i].items())
            self.cnt[i] = len(items)
            for c, t in items:
                self.ch[k] = c
                self.kid[k] = t
                if i == 0 and c < 65536:
                    self.root[c] = t
                k += 1
        # every edge also in an open-addressing hash table of (node, character) -> child
        cdef unsigned int size = 16, slot
        while size < 2 * max(edges, 1):
            size <<= 1
        self.h_mask = size - 1
        self.h = <_Edge*>calloc(size, sizeof(_Edge))
        if self.h == NULL:
            raise MemoryError()
        for i in range(n):
            for k in range(self.off[i], self.off[i] + self.cnt[i]):
                slot = _hash(i, self.ch[k]) & self.h_mask
                while self.h[slot].kid != 0:
                    slot = (slot + 1) & self.h_mask
                self.h[slot].node = i
                self.h[slot].ch = self.ch[k]
                self.h[slot].kid = self.kid[k]

    def __dealloc__(self):
        free(self.word)
        free(self.off)
        free(self.cnt)
        free(self.ch)
        free(self.kid)
        free(self.root)
        free(self.h)

    cdef inline int child(self, int node, Py_UCS4 c) noexcept nogil:
        cdef unsigned int slot
        cdef int got
        if node == 0 and c < 65536:
            return self.root[c]
        slot = _hash(node, c) & self.h_mask
        while True:
            got = self.h[slot].kid
            if got == 0 or (self.h[slot].node == <unsigned int>node and self.h[slot].ch == c):
                return got
            slot = (slot + 1) & self.h_mask

    cdef int longest(self, Py_UCS4* buf, Py_ssize_t p, Py_ssize_t limit, int* wid) noexcept nogil:
        """End of the longest word starting at ``p`` and ending at most at ``limit`` (-1: none); its id in wid."""
        cdef int node = 0
        cdef Py_ssize_t j = p
        cdef int best = -1
        while j < limit:
            node = self.child(node, buf[j])
            if node == 0:
                break
            j += 1
            if self.word[node] >= 0:
                best = <int>j
                wid[0] = self.word[node]
        return best


@cython.final
cdef class Engine:
    """The rule decisions of one compiled codebook, in C. ``Engine(compiled)``; then :meth:`decide`."""

    # ---- the codebook
    cdef Trie terms_trie, neg_trie, notneg_trie, fill_trie
    cdef list terms, neg_words, rules, r_prefix, r_suffix, r_rxreq, r_question, r_code, r_rid, r_regexes
    cdef dict word_polarity, role_memo, q_memo
    cdef int n_terms, n_real, n_rules, reach, window
    cdef char* eval_pol
    cdef char* term_ellipsis
    cdef int* g_off
    cdef int* g_len
    cdef int* g_terms
    cdef unsigned char* g_bits
    cdef Py_ssize_t g_stride
    cdef int* r_kind
    cdef int* r_scope
    cdef int* r_tokens
    cdef int* r_pol
    cdef int* r_window
    cdef int* r_g0
    cdef int* r_ng
    cdef int* r_unless
    cdef int* r_cunless
    cdef int* r_roles
    cdef int* r_rank
    cdef int* r_has_q
    cdef int* w_off
    cdef int* w_len
    cdef int* w_rules
    cdef int* always
    cdef int n_always
    cdef int* answers
    cdef int n_answers
    cdef object bare_no, bare_yes
    cdef Py_UCS4 sent_chars[64]
    cdef Py_UCS4 clause_chars[64]
    cdef int n_sent_chars, n_clause_chars
    # ---- one text
    cdef Py_UCS4* buf
    cdef Py_ssize_t n, cap
    cdef int* m_tid
    cdef int* m_s
    cdef int* m_e
    cdef Py_ssize_t nm, mcap
    cdef int* stamp
    cdef int* rstamp
    cdef int serial
    cdef int* cand
    cdef int* sent_cnt
    cdef int* clause_cnt
    cdef int* neg_memo
    cdef int* neg_stamp
    cdef char* tok_start
    cdef char* tok_end
    cdef char* mask
    cdef bint have_sent, have_clause, have_tok, have_evals
    cdef int bare_state[2]
    cdef int* ev_s
    cdef int* ev_e
    cdef int* ev_pol
    cdef int* ev_cue
    cdef int* ev_neg
    cdef int n_ev, evcap, ev_longest
    cdef int* gstamp
    cdef int* gocc_off
    cdef int* gocc_len
    cdef int* gocc_longest
    cdef int* gocc
    cdef int gocc_used, gocc_cap, n_groups
    cdef int* mw_s
    cdef int* mw_e
    cdef int* mw_tid
    cdef int mwcap
    cdef int* occ
    cdef int occcap
    cdef object text, tokens
    cdef public long long steps  # (positions looked at by the per-match searches: tests check it grows linearly)

    def __cinit__(self, cb, negators, not_negators, fillers, bare_no, bare_yes, clause_end, sentence_end):
        cdef int i, r, k, g, t
        # the codebook's terms, then the literals that start a regex's matches (regex_starts) not among them
        self.terms = list(cb.terms)
        index = {term: i for i, term in enumerate(self.terms)}
        starts_of, needs_of = {}, {}

        def tids(lits) -> list:
            for lit in lits:
                if lit not in index:
                    index[lit] = len(self.terms)
                    self.terms.append(lit)
            return [index[lit] for lit in lits]

        for rule in cb.rules:
            for rx in rule.regexes:
                got = regex_starts(rx.pattern)
                if got and getattr(rx, "match", None) is not None:  # (Python's re; RE2 regexes are searched)
                    starts_of[rx.pattern] = tids(got)
                # every set of literals a match must contain (the Python engine keeps only a few, to keep its
                # automaton small; a set more here only costs the trie a few nodes)
                if not rx.flags & re.IGNORECASE:
                    needs_of[rx.pattern] = [tids(sorted(req)) for req in regex_requirements(rx.pattern)]
        self.n_real = len(cb.terms)
        self.n_terms = len(self.terms)
        self.terms_trie = Trie(self.terms)
        self.neg_words = [str(w) for w in negators]
        self.neg_trie = Trie(self.neg_words)
        self.notneg_trie = Trie([str(w) for w in not_negators])
        self.fill_trie = Trie([str(w) for w in fillers])
        self.word_polarity = dict(cb.word_polarity)
        self.role_memo = {}
        self.q_memo = {}
        self.reach = cb.reach
        self.window = cb.window
        self.bare_no = bare_no
        self.bare_yes = bare_yes
        if len(set(clause_end)) > 64 or len(set(sentence_end)) > 64:
            raise ValueError("too many boundary characters")
        self.n_sent_chars = self.n_clause_chars = 0
        for c in sorted(set(sentence_end)):
            self.sent_chars[self.n_sent_chars] = ord(c)
            self.n_sent_chars += 1
        for c in sorted(set(clause_end)):
            self.clause_chars[self.n_clause_chars] = ord(c)
            self.n_clause_chars += 1
        nt = max(self.n_terms, 1)
        self.eval_pol = <char*>calloc(nt, 1)
        self.term_ellipsis = <char*>calloc(nt, 1)
        self.stamp = <int*>calloc(nt, sizeof(int))
        if self.eval_pol == NULL or self.term_ellipsis == NULL or self.stamp == NULL:
            raise MemoryError()
        for t, pol in cb.eval_polarity.items():
            self.eval_pol[t] = P_PROBLEM if pol == "problem" else P_POSITIVE
        for t in range(self.n_terms):
            self.term_ellipsis[t] = "…" in self.terms[t]
        # ---- rules and their term groups (sorted arrays of term ids)
        self.rules = list(cb.rules)
        self.n_rules = len(self.rules)
        nr = max(self.n_rules, 1)
        groups: list = []

        def group(ids) -> int:
            groups.append(sorted(set(ids)))
            return len(groups) - 1

        self.r_kind = <int*>_grow(NULL, nr, sizeof(int))
        self.r_scope = <int*>_grow(NULL, nr, sizeof(int))
        self.r_tokens = <int*>_grow(NULL, nr, sizeof(int))
        self.r_pol = <int*>_grow(NULL, nr, sizeof(int))
        self.r_window = <int*>_grow(NULL, nr, sizeof(int))
        self.r_g0 = <int*>_grow(NULL, nr, sizeof(int))
        self.r_ng = <int*>_grow(NULL, nr, sizeof(int))
        self.r_unless = <int*>_grow(NULL, nr, sizeof(int))
        self.r_cunless = <int*>_grow(NULL, nr, sizeof(int))
        self.r_roles = <int*>_grow(NULL, nr, sizeof(int))
        self.r_rank = <int*>_grow(NULL, nr, sizeof(int))
        self.r_has_q = <int*>_grow(NULL, nr, sizeof(int))
        self.rstamp = <int*>calloc(nr, sizeof(int))
        self.cand = <int*>_grow(NULL, nr, sizeof(int))
        self.r_prefix, self.r_suffix, self.r_rxreq, self.r_question = [], [], [], []
        self.r_code, self.r_rid, self.r_regexes = [], [], []
        rank = {cid: i for i, cid in enumerate(cb.codebook.ids)}
        kinds = {"any": K_ANY, "all": K_ALL, "regex": K_REGEX, "answer": K_ANSWER}
        scopes = {"unit": S_UNIT, "sentence": S_SENTENCE, "clause": S_CLAUSE}
        wake: dict = {}
        max_groups = 1
        cunless_of: dict = {}
        for r, rule in enumerate(self.rules):
            self.r_kind[r] = kinds[rule.kind]
            if rule.scope not in scopes:
                raise ValueError(f"scope == {rule.scope!r}")
            self.r_scope[r] = scopes[rule.scope]
            self.r_tokens[r] = rule.match == "tokens"
            self.r_pol[r] = P_NONE if rule.polarity is None else (
                P_PROBLEM if rule.polarity == "problem" else P_POSITIVE)
            self.r_window[r] = -1 if rule.window is None else int(rule.window)
            self.r_ng[r] = len(rule.groups)
            max_groups = max(max_groups, len(rule.groups))
            self.r_g0[r] = len(groups)
            for gset in rule.groups:
                group(gset)
            self.r_unless[r] = group(rule.unless) if rule.unless else -1
            cu = cb.code_unless.get(rule.code)
            if cu:
                if rule.code not in cunless_of:
                    cunless_of[rule.code] = group(cu)
                self.r_cunless[r] = cunless_of[rule.code]
            else:
                self.r_cunless[r] = -1
            self.r_roles[r] = rule.roles is not None
            self.r_rank[r] = rank.get(rule.code, 0)
            self.r_has_q[r] = bool(rule.question)
            tag = f"{rule.code}#{rule.rid}"
            self.r_code.append(rule.code)
            self.r_rid.append(rule.rid)
            self.r_question.append(tuple(rule.question))
            self.r_regexes.append(list(rule.regexes))
            if rule.kind == "regex":
                self.r_prefix.append(f"{tag}: /{_short(rule.regexes[0].pattern)}/ ")
                self.r_suffix.append("")
            else:
                self.r_prefix.append(f"{tag}: ")
                if len(rule.groups) > 1:
                    self.r_suffix.append(f" (within {rule.window})" if rule.window is not None
                                         else f" (same {rule.scope})")
                else:
                    self.r_suffix.append("")
            self.r_rxreq.append([(rx, tuple([group(s) for s in (needs_of[rx.pattern] if rx.pattern in needs_of
                                                                 else req)]),
                                  group(starts_of[rx.pattern]) if rx.pattern in starts_of else -1,
                                  _max_width(rx.pattern))
                                 for rx, req in rule.rx_req])
        # ---- what wakes each rule (an exact filter: a rule none of whose wake terms is found cannot fire)
        always, answers = [], []
        for r, rule in enumerate(self.rules):
            if rule.kind == "answer":
                answers.append(r)
            elif rule.kind == "regex":
                woken = set()
                for rx, req in rule.rx_req:
                    opts = [s for s in req]
                    if not opts:
                        if rx.pattern not in starts_of:
                            woken = None
                            break
                        opts = [starts_of[rx.pattern]]
                    woken.update(opts[0])
                if woken is None:
                    always.append(r)
                else:
                    for t in woken:
                        wake.setdefault(t, []).append(r)
            else:
                for t in rule.groups[0]:
                    wake.setdefault(t, []).append(r)
        self.n_always = len(always)
        self.always = <int*>_grow(NULL, len(always), sizeof(int))
        for i, r in enumerate(always):
            self.always[i] = r
        self.n_answers = len(answers)
        self.answers = <int*>_grow(NULL, len(answers), sizeof(int))
        for i, r in enumerate(answers):
            self.answers[i] = r
        self.w_off = <int*>calloc(nt, sizeof(int))
        self.w_len = <int*>calloc(nt, sizeof(int))
        total = sum(len(set(v)) for v in wake.values())
        self.w_rules = <int*>_grow(NULL, total, sizeof(int))
        k = 0
        for t in range(self.n_terms):
            rs = sorted(set(wake.get(t, ())))
            self.w_off[t] = k
            self.w_len[t] = len(rs)
            for r in rs:
                self.w_rules[k] = r
                k += 1
        total = sum(len(g_) for g_ in groups)
        self.g_off = <int*>_grow(NULL, len(groups), sizeof(int))
        self.g_len = <int*>_grow(NULL, len(groups), sizeof(int))
        self.g_terms = <int*>_grow(NULL, total, sizeof(int))
        k = 0
        self.n_groups = len(groups)
        self.gstamp = <int*>calloc(max(len(groups), 1), sizeof(int))
        self.gocc_off = <int*>calloc(max(len(groups), 1), sizeof(int))
        self.gocc_len = <int*>calloc(max(len(groups), 1), sizeof(int))
        self.gocc_longest = <int*>calloc(max(len(groups), 1), sizeof(int))
        if self.gstamp == NULL or self.gocc_off == NULL or self.gocc_len == NULL or self.gocc_longest == NULL:
            raise MemoryError()
        self.g_stride = (self.n_terms >> 3) + 1
        self.g_bits = <unsigned char*>calloc(max(len(groups), 1) * self.g_stride, 1)
        if self.g_bits == NULL:
            raise MemoryError()
        for g, ids in enumerate(groups):
            self.g_off[g] = k
            self.g_len[g] = len(ids)
            for t in ids:
                self.g_terms[k] = t
                self.g_bits[<Py_ssize_t>g * self.g_stride + (t >> 3)] |= 1 << (t & 7)
                k += 1
        self.mwcap = max_groups + 4
        self.mw_s = <int*>_grow(NULL, self.mwcap, sizeof(int))
        self.mw_e = <int*>_grow(NULL, self.mwcap, sizeof(int))
        self.mw_tid = <int*>_grow(NULL, self.mwcap, sizeof(int))

    def __dealloc__(self):
        free(self.eval_pol); free(self.term_ellipsis); free(self.stamp); free(self.rstamp); free(self.cand)
        free(self.r_kind); free(self.r_scope); free(self.r_tokens); free(self.r_pol); free(self.r_window)
        free(self.r_g0); free(self.r_ng); free(self.r_unless); free(self.r_cunless); free(self.r_roles)
        free(self.r_rank); free(self.r_has_q); free(self.w_off); free(self.w_len); free(self.w_rules); free(self.always)
        free(self.answers); free(self.g_off); free(self.g_len); free(self.g_terms); free(self.g_bits)
        free(self.gstamp); free(self.gocc_off); free(self.gocc_len); free(self.gocc_longest); free(self.gocc)
        free(self.buf); free(self.m_tid); free(self.m_s); free(self.m_e); free(self.sent_cnt)
        free(self.clause_cnt); free(self.neg_memo); free(self.neg_stamp); free(self.tok_start); free(self.tok_end); free(self.mask)
        free(self.ev_s); free(self.ev_e); free(self.ev_pol); free(self.ev_cue); free(self.ev_neg)
        free(self.mw_s); free(self.mw_e); free(self.mw_tid); free(self.occ)

    # ------------------------------------------------------------------------------------------- one text
    cdef int _load(self, str text) except -1:
        cdef Py_ssize_t n = len(text), i = 0
        cdef Py_UCS4 c
        if n + 1 > self.cap:
            self.cap = 2 * (n + 1)
            self.buf = <Py_UCS4*>_grow(self.buf, self.cap, sizeof(Py_UCS4))
            self.sent_cnt = <int*>_grow(self.sent_cnt, self.cap, sizeof(int))
            self.clause_cnt = <int*>_grow(self.clause_cnt, self.cap, sizeof(int))
            self.neg_memo = <int*>_grow(self.neg_memo, self.cap, sizeof(int))
            self.neg_stamp = <int*>_grow(self.neg_stamp, self.cap, sizeof(int))
            memset(self.neg_stamp, 0, self.cap * sizeof(int))
            self.tok_start = <char*>_grow(self.tok_start, self.cap, 1)
            self.tok_end = <char*>_grow(self.tok_end, self.cap, 1)
            self.mask = <char*>_grow(self.mask, self.cap, 1)
        for c in text:
            self.buf[i] = c
            i += 1
        self.n = n
        self.text = text
        if self.serial >= 2000000000:  # (stamps are compared with the serial: start again before it wraps)
            memset(self.stamp, 0, max(self.n_terms, 1) * sizeof(int))
            memset(self.rstamp, 0, max(self.n_rules, 1) * sizeof(int))
            memset(self.neg_stamp, 0, self.cap * sizeof(int))
            memset(self.gstamp, 0, max(self.n_groups, 1) * sizeof(int))
            self.serial = 0
        self.serial += 1
        self.have_sent = self.have_clause = self.have_tok = self.have_evals = False
        self.bare_state[0] = self.bare_state[1] = -1
        self.gocc_used = 0
        return 0

    cdef int _match(self) except -1:
        """Every occurrence of every term, in order of the start, then of the end; marks the terms found."""
        cdef Trie trie = self.terms_trie
        cdef Py_ssize_t i, j, n = self.n, nm = 0
        cdef int node, w, serial = self.serial
        cdef Py_UCS4* buf = self.buf
        cdef Py_UCS4 c
        cdef int* root = trie.root
        cdef int* word = trie.word
        cdef int* stamp = self.stamp
        for i in range(n):
            c = buf[i]
            node = root[c] if c < 65536 else trie.child(0, c)
            j = i + 1
            while node != 0:
                w = word[node]
                if w >= 0:
                    if nm == self.mcap:
                        self.mcap = 2 * self.mcap + 16
                        self.m_tid = <int*>_grow(self.m_tid, self.mcap, sizeof(int))
                        self.m_s = <int*>_grow(self.m_s, self.mcap, sizeof(int))
                        self.m_e = <int*>_grow(self.m_e, self.mcap, sizeof(int))
                    self.m_tid[nm] = w
                    self.m_s[nm] = <int>i
                    self.m_e[nm] = <int>j
                    nm += 1
                    stamp[w] = serial
                if j >= n or trie.cnt[node] == 0:
                    break
                node = trie.child(node, buf[j])
                j += 1
        self.nm = nm
        return 0

    cdef inline bint _in_group(self, int g, int t) noexcept nogil:
        return (self.g_bits[<Py_ssize_t>g * self.g_stride + (t >> 3)] >> (t & 7)) & 1

    cdef bint _present(self, int g) noexcept nogil:
        """Is a term of group ``g`` in the text?"""
        cdef int k, lo = self.g_off[g], n = self.g_len[g]
        if n <= self.nm:
            for k in range(lo, lo + n):
                if self.stamp[self.g_terms[k]] == self.serial:
                    return True
            return False
        for k in range(self.nm):
            if self._in_group(g, self.m_tid[k]):
                return True
        return False

    cdef int _scope(self, int scope, int pos):
        """:meth:`Context.scope_id`: how many boundary characters of the scope lie before ``pos``."""
        cdef Py_ssize_t i
        cdef int acc
        if scope == S_UNIT:
            return 0
        if scope == S_SENTENCE:
            if not self.have_sent:
                acc = 0
                for i in range(self.n):
                    self.sent_cnt[i] = acc
                    if _among(self.buf[i], self.sent_chars, self.n_sent_chars):
                        acc += 1
                self.sent_cnt[self.n] = acc
                self.have_sent = True
            return self.sent_cnt[pos]
        if not self.have_clause:
            acc = 0
            for i in range(self.n):
                self.clause_cnt[i] = acc
                if _among(self.buf[i], self.clause_chars, self.n_clause_chars):
                    acc += 1
            self.clause_cnt[self.n] = acc
            self.have_clause = True
        return self.clause_cnt[pos]

    cdef int _first_clause_end(self):
        cdef Py_ssize_t i
        for i in range(self.n):
            if _among(self.buf[i], self.clause_chars, self.n_clause_chars):
                return <int>i
        return -1

    # -------------------------------------------------------------------------------------------- tokens
    cdef bint _token_ok(self, int s, int e) except -1:
        cdef Py_ssize_t pos, i
        if not self.have_tok:
            memset(self.tok_start, 0, self.n + 1)
            memset(self.tok_end, 0, self.n + 1)
            pos = 0
            text = self.text
            for tok in self.tokens or ():
                if not tok or tok.isspace():
                    continue
                i = text.find(tok, pos)
                if i < 0:
                    continue
                self.tok_start[i] = 1
                self.tok_end[i + len(tok)] = 1
                pos = i + len(tok)
            self.have_tok = True
        return self.tok_start[s] and self.tok_end[e]

    # ------------------------------------------------------------------------------------------ polarity
    cdef int _negator_before(self, int s) except -2:
        """:meth:`Context.negator_before`: the id of the negator that negates what starts at ``s``, or -1."""
        cdef int lo, p, q, end, wid = -1, fw = -1, got, k, left, f
        cdef Py_ssize_t gap
        cdef bint masked
        if self.neg_stamp[s] == self.serial:
            return self.neg_memo[s]
        self.neg_stamp[s] = self.serial
        lo = s - self.reach - 6
        if lo < 0:
            lo = 0
        left = lo
        for k in range(s - 1, lo - 1, -1):
            if _among(self.buf[k], self.clause_chars, self.n_clause_chars):
                left = k + 1
                break
        # words that only look like negators are masked (leftmost, longest, no overlaps: re.sub)
        for k in range(left, s):
            self.mask[k] = 0
        p = left
        while p < s:
            end = self.notneg_trie.longest(self.buf, p, s, &wid)
            if end > p:
                for k in range(p, end):
                    self.mask[k] = 1
                p = end
            else:
                p += 1
        got = -1
        p = left
        while p < s:
            if self.mask[p]:
                p += 1
                continue
            end = self._longest_unmasked(self.neg_trie, p, s, &wid)
            if end <= p:
                p += 1
                continue
            # the gap after it, fillers removed (re.sub over the gap), must be short and hold no masked word
            q = end
            gap = 0
            masked = False
            while q < s:
                if self.mask[q]:
                    masked = True
                    break
                f = self._longest_unmasked(self.fill_trie, q, s, &fw)
                if f > q:
                    q = f
                else:
                    gap += 1
                    q += 1
            if not masked and gap <= self.reach:
                got = wid
                break
            p = end
        self.neg_memo[s] = got
        return got

    cdef int _longest_unmasked(self, Trie trie, int p, int limit, int* wid) noexcept:
        """The longest word of ``trie`` at ``p`` over unmasked characters only (a masked character is '\\x00' in
        the Python engine, which no word contains)."""
        cdef int node = 0, j = p, best = -1
        while j < limit and not self.mask[j]:
            node = trie.child(node, self.buf[j])
            if node == 0:
                break
            j += 1
            if trie.word[node] >= 0:
                best = j
                wid[0] = trie.word[node]
        return best

    cdef bint _any_negator(self):
        cdef Py_ssize_t i
        cdef int wid
        for i in range(self.n):
            if self.neg_trie.longest(self.buf, i, self.n, &wid) > i:
                return True
        return False

    cdef int _evaluations(self) except -1:
        """:meth:`Context.evaluations`: the cues (longest kept), each with the negator that flips it."""
        cdef int k, j, c, nk, s, e, tmp, pol, max_end, first_at_max
        if self.have_evals:
            return 0
        self.have_evals = True
        self.n_ev = 0
        if self.evcap < self.nm:
            self.evcap = <int>self.nm * 2 + 8
            self.ev_s = <int*>_grow(self.ev_s, self.evcap, sizeof(int))
            self.ev_e = <int*>_grow(self.ev_e, self.evcap, sizeof(int))
            self.ev_pol = <int*>_grow(self.ev_pol, self.evcap, sizeof(int))
            self.ev_cue = <int*>_grow(self.ev_cue, self.evcap, sizeof(int))
            self.ev_neg = <int*>_grow(self.ev_neg, self.evcap, sizeof(int))
        if self.occcap < self.nm:
            self.occcap = <int>self.nm * 2 + 8
            self.occ = <int*>_grow(self.occ, self.occcap, sizeof(int))
        # the cues in order of the start, longest first: the matches come by start then end, so each run of
        # matches with one start is reversed
        nk = 0
        for k in range(self.nm):
            if self.eval_pol[self.m_tid[k]] == P_NONE:
                continue
            self.occ[nk] = k
            nk += 1
        j = 0
        while j < nk:
            c = j
            while c + 1 < nk and self.m_s[self.occ[c + 1]] == self.m_s[self.occ[j]]:
                c += 1
            k = j
            tmp = c
            while k < tmp:
                self.occ[k], self.occ[tmp] = self.occ[tmp], self.occ[k]
                k += 1
                tmp -= 1
            j = c + 1
        # a cue inside a longer kept cue is dropped: in this order every kept cue starts at or before the cue, so one
        # contains it and is longer exactly when it ends after it, or ends with it and starts before it (as
        # Context.evaluations; no new cue can contain a kept one)
        max_end = -1
        first_at_max = -1
        self.ev_longest = 0
        for j in range(nk):
            c = self.occ[j]
            s, e = self.m_s[c], self.m_e[c]
            if max_end > e or (max_end == e and first_at_max < s):
                continue
            self.ev_s[self.n_ev], self.ev_e[self.n_ev], self.ev_cue[self.n_ev] = s, e, self.m_tid[c]
            self.n_ev += 1
            if e - s > self.ev_longest:
                self.ev_longest = e - s
            if e > max_end:
                max_end, first_at_max = e, s
        for k in range(self.n_ev):
            self.ev_neg[k] = self._negator_before(self.ev_s[k])
            pol = self.eval_pol[self.ev_cue[k]]
            if self.ev_neg[k] >= 0:
                pol = P_PROBLEM if pol == P_POSITIVE else P_POSITIVE
            self.ev_pol[k] = pol
        return 0

    cdef int _nearest(self, int s, int e, int window) except -2:
        """:meth:`Context.nearest_evaluation`: the index of the evaluation that judges the word at s:e, or -1."""
        cdef int k, sent, clause, es, ee, gap, best = -1, lo, hi
        cdef int b_other = 0, b_itself = 0, b_gap = 0, b_after = 0, other, itself, after
        self._evaluations()
        sent = self._scope(S_SENTENCE, s)
        clause = self._scope(S_CLAUSE, s)
        # only the evaluations that can be within the window (their starts are in order)
        lo = self._ev_bisect(s - window - self.ev_longest, False)
        hi = self._ev_bisect(e + window, True)
        for k in range(lo, hi):
            self.steps += 1
            es, ee = self.ev_s[k], self.ev_e[k]
            if self._scope(S_SENTENCE, es) != sent:
                continue
            gap = es - e
            if s - ee > gap:
                gap = s - ee
            if gap < 0:
                gap = 0
            if gap > window:
                continue
            other = self._scope(S_CLAUSE, es) != clause
            if other and es < s:
                continue
            itself = (s <= es and ee <= e and self.ev_pol[k] == P_POSITIVE and self.ev_neg[k] < 0
                      and not self.term_ellipsis[self.ev_cue[k]])
            after = 0 if es >= s else 1
            if best < 0 or other < b_other or (other == b_other and (itself < b_itself or (itself == b_itself and (
                    gap < b_gap or (gap == b_gap and after < b_after))))):
                best = k
                b_other, b_itself, b_gap, b_after = other, itself, gap, after
        return best

    cdef int _ev_bisect(self, int pos, bint right) noexcept:
        """bisect_left (bisect_right with ``right``) of ``pos`` in the evaluations' starts."""
        cdef int lo = 0, hi = self.n_ev, mid
        while lo < hi:
            mid = (lo + hi) >> 1
            if self.ev_s[mid] < pos or (right and self.ev_s[mid] == pos):
                lo = mid + 1
            else:
                hi = mid
        return lo

    cdef int _group_occ(self, int g) except -1:
        """The matches of group ``g`` in text order, remembered per text: their offset in ``gocc`` (count in
        ``gocc_len[g]``, longest in ``gocc_longest[g]``)."""
        cdef int k, n = 0, longest = 0, off
        if self.gstamp[g] == self.serial:
            return self.gocc_off[g]
        if self.gocc_used + self.nm > self.gocc_cap:
            self.gocc_cap = 2 * (self.gocc_used + <int>self.nm) + 64
            self.gocc = <int*>_grow(self.gocc, self.gocc_cap, sizeof(int))
        off = self.gocc_used
        for k in range(self.nm):
            if self._in_group(g, self.m_tid[k]):
                self.gocc[off + n] = k
                n += 1
                if self.m_e[k] - self.m_s[k] > longest:
                    longest = self.m_e[k] - self.m_s[k]
        self.gocc_used += n
        self.gstamp[g] = self.serial
        self.gocc_off[g] = off
        self.gocc_len[g] = n
        self.gocc_longest[g] = longest
        return off

    cdef int _occ_bisect(self, int off, int n, int pos) noexcept:
        """bisect_left of ``pos`` in the starts of the ``n`` matches at ``gocc[off:]``."""
        cdef int lo = 0, hi = n, mid
        while lo < hi:
            mid = (lo + hi) >> 1
            if self.m_s[self.gocc[off + mid]] < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    cdef int _nearest_occ(self, int g, int s, int e, int scope, int tsc, int window, bint tokens_mode) except -2:
        """:meth:`Context.nearest`: the match of group ``g`` nearest to ``s..e`` in the same scope (``tsc``) and
        within ``window`` (-1: none), the first in text order among equally near ones; -1 when there is none. Looks
        only at the matches that can beat the best found so far."""
        cdef int off = self._group_occ(g), n = self.gocc_len[g], longest = self.gocc_longest[g]
        cdef int first, i, mi, os_, oe, here, gap, fwd = -1, fwd_gap = 0, back = -1, back_gap = 0, bound
        cdef bint has_bound
        first = self._occ_bisect(off, n, e)
        for i in range(first, n):
            self.steps += 1
            mi = self.gocc[off + i]
            os_, oe = self.m_s[mi], self.m_e[mi]
            if (window >= 0 and os_ - e > window) or self._scope(scope, os_) != tsc:
                break
            if (not tokens_mode or self._token_ok(os_, oe)) and not (os_ == s and oe == e):
                fwd, fwd_gap = mi, os_ - e
                break
        has_bound = fwd >= 0 or window >= 0
        bound = fwd_gap if fwd >= 0 else window
        for i in range(first - 1, -1, -1):  # matches starting before e: gap = max(0, s - end)
            self.steps += 1
            mi = self.gocc[off + i]
            os_, oe = self.m_s[mi], self.m_e[mi]
            if has_bound and os_ < s - longest - bound:
                break
            here = self._scope(scope, os_)
            if here < tsc:  # (scopes follow the text: every earlier match is out of scope too)
                break
            if here != tsc:
                continue
            gap = s - oe if s > oe else 0
            if (has_bound and gap > bound) or not ((not tokens_mode or self._token_ok(os_, oe))
                                                   and not (os_ == s and oe == e)):
                continue
            if back < 0 or gap <= back_gap:  # (equal gap: the earlier one, which comes later in this loop)
                back, back_gap = mi, gap
                if not has_bound or gap < bound:
                    bound = gap
                has_bound = True
        if back >= 0 and (fwd < 0 or back_gap <= fwd_gap):
            return back
        return fwd

    cdef str _ev_desc(self, int k):
        cue = self.terms[self.ev_cue[k]]
        if self.ev_neg[k] >= 0:
            return self.neg_words[self.ev_neg[k]] + "…" + cue
        return cue

    cdef bint _blocked(self, int g, int scope, int s) except -1:
        """:meth:`Context.blocked` (whether, not which): a term of group ``g`` in the scope of ``s``, not negated."""
        cdef int i, mi, target, off, n, lo, hi, mid
        if g < 0:
            return False
        target = self._scope(scope, s)
        off = self._group_occ(g)
        n = self.gocc_len[g]
        lo, hi = 0, n  # (the first match of the group in the scope: scopes follow the text)
        while lo < hi:
            mid = (lo + hi) >> 1
            if self._scope(scope, self.m_s[self.gocc[off + mid]]) < target:
                lo = mid + 1
            else:
                hi = mid
        for i in range(lo, n):
            self.steps += 1
            mi = self.gocc[off + i]
            if self._scope(scope, self.m_s[mi]) != target:
                break
            if self._negator_before(self.m_s[mi]) < 0:
                return True
        return False

    # -------------------------------------------------------------------------------------------- rules
    cdef object _run(self, int r, object question):
        """:meth:`Context.run` without ``explain``: the hit of rule ``r`` (first place it fires) or None."""
        cdef int kind = self.r_kind[r], scope = self.r_scope[r], g0 = self.r_g0[r], ng = self.r_ng[r]
        cdef int window = self.r_window[r], k, gi, g, mi, os_, oe, gap, best, best_gap, nw, s, e, ws, we, ev
        cdef int ti, n_topics, tsc, neg, wpol, off0 = 0
        cdef bint has_ev
        cdef int ev_s = 0, ev_e = 0, ev_pol = 0
        cdef bint tokens_mode = self.r_tokens[r], ok
        cdef object rx_topics = None
        cdef object ev_desc = None
        if kind == K_ANSWER:
            return self._answer(r, question)
        if kind == K_REGEX:
            rx_topics = [(m.start(), m.end(), m.group()) for rx in self.r_regexes[r] for m in rx.finditer(self.text)
                         if m.end() > m.start()]
            n_topics = len(rx_topics)
        else:
            off0 = self._group_occ(g0)
            n_topics = self.gocc_len[g0]
        for ti in range(n_topics):
            if kind == K_REGEX:
                s, e, rword = rx_topics[ti]
                self.mw_tid[0] = -1
            else:
                mi = self.gocc[off0 + ti]
                s, e = self.m_s[mi], self.m_e[mi]
                if tokens_mode and not self._token_ok(s, e):
                    continue
                self.mw_tid[0] = self.m_tid[mi]
                rword = None
            self.mw_s[0], self.mw_e[0] = s, e
            nw = 1
            tsc = self._scope(scope, s)
            ok = True
            for gi in range(1, ng):
                best = self._nearest_occ(g0 + gi, s, e, scope, tsc, window, tokens_mode)
                if best < 0:
                    ok = False
                    break
                self.mw_s[nw], self.mw_e[nw], self.mw_tid[nw] = self.m_s[best], self.m_e[best], self.m_tid[best]
                nw += 1
            if not ok:
                continue
            detail = ""
            has_ev = False
            if self.r_pol[r] == P_PROBLEM:
                ev = -1
                for k in range(nw):  # a negated matched word is itself a problem, unless it is a problem cue
                    neg = self._negator_before(self.mw_s[k])
                    if neg >= 0:
                        word = self._word(k, rword)
                        wpol = self._word_pol(k, word)
                        ev_s, ev_e = self.mw_s[k], self.mw_e[k]
                        ev_pol = P_POSITIVE if wpol == P_PROBLEM else P_PROBLEM
                        ev_desc = self.neg_words[neg] + "…" + word
                        has_ev = True
                        break
                if not has_ev:
                    best = -1
                    best_gap = 0
                    for k in range(nw):
                        ws, we = self.mw_s[k], self.mw_e[k]
                        mi = self._nearest(ws, we, self.window)
                        if mi >= 0:
                            gap = self.ev_s[mi] - we
                            if ws - self.ev_e[mi] > gap:
                                gap = ws - self.ev_e[mi]
                            if gap < 0:
                                gap = 0
                            if best < 0 or gap < best_gap:
                                best, best_gap = mi, gap
                    if best >= 0:
                        has_ev = True
                        ev_s, ev_e, ev_pol = self.ev_s[best], self.ev_e[best], self.ev_pol[best]
                        ev_desc = self._ev_desc(best)
                if not has_ev or ev_pol != P_PROBLEM:
                    continue
                detail = f" [problem: {ev_desc}]"
            elif self.r_pol[r] == P_POSITIVE:
                ok = True
                for k in range(nw):  # no matched word may be negated
                    if self._negator_before(self.mw_s[k]) >= 0:
                        ok = False
                        break
                if not ok:
                    continue
            if self._blocked(self.r_unless[r], scope, s) or self._blocked(self.r_cunless[r], scope, s):
                continue
            words = [self._word(k, rword) for k in range(nw)]
            spans = [_frozen((self.mw_s[k], self.mw_e[k])) for k in range(nw)]
            if has_ev:
                for k in range(nw):
                    if self.mw_s[k] == ev_s and self.mw_e[k] == ev_e:
                        break
                else:
                    words.append(ev_desc)
                    spans.append(_frozen((ev_s, ev_e)))
            if kind == K_REGEX:
                evidence = self.r_prefix[r] + rword + detail
            else:
                evidence = self.r_prefix[r] + " + ".join(words[:ng]) + self.r_suffix[r] + detail
            return _frozen((r, _frozen(tuple(words)), _frozen(tuple(spans)), evidence))
        return None

    cdef str _word(self, int k, object rword):
        if self.mw_tid[k] < 0:
            return rword
        return self.terms[self.mw_tid[k]]

    cdef int _word_pol(self, int k, str word) except -1:
        if self.mw_tid[k] >= 0:
            return self.eval_pol[self.mw_tid[k]]
        got = self.word_polarity.get(word)
        return P_NONE if got is None else (P_PROBLEM if got == "problem" else P_POSITIVE)

    cdef object _answer(self, int r, object question):
        """:meth:`Context.answer`: a short answer judged against the interviewer's question (its first clause must
        carry the rule's polarity). Decided in C; Python strings are made only for a hit."""
        cdef int end, k, best = -1, pol = self.r_pol[r], verdict = P_NONE, which
        cdef bint blank = True
        end = self._first_clause_end()
        if end < 0:
            end = <int>self.n
        for k in range(end):
            if not Py_UNICODE_ISSPACE(self.buf[k]):
                blank = False
                break
        if blank:
            return None
        which = 0 if pol == P_PROBLEM else 1  # (the bare answer of each kind, matched once per text)
        if self.bare_state[which] < 0:
            rx = self.bare_no if which == 0 else self.bare_yes
            self.bare_state[which] = rx.match(self.text, 0, end) is not None
        if self.bare_state[which]:
            verdict = pol
        else:
            self._evaluations()
            for k in range(self.n_ev):
                if self.ev_s[k] < end and (best < 0 or self.ev_s[k] < self.ev_s[best]):
                    best = k
            if best >= 0:
                verdict = self.ev_pol[best]
        if verdict != pol:
            return None
        if self._blocked(self.r_unless[r], self.r_scope[r], 0) or self._blocked(self.r_cunless[r], self.r_scope[r],
                                                                                0):
            return None
        rule = self.rules[r]
        qword = next(q for q in rule.question if q in (question or ""))
        if best >= 0:
            word, span = self._ev_desc(best), (self.ev_s[best], self.ev_e[best])
        else:
            word, span = self.text[:end].strip(), (0, end)
        return _frozen((r, _frozen((word,)), _frozen((_frozen(span),)),
                        f"{self.r_prefix[r]}Q[{qword}] -> {word} [{rule.polarity}]"))

    cdef bint _role_ok(self, int r, object role) except -1:
        """``rules[r].applies_to(role)``, remembered per role value."""
        try:
            memo = self.role_memo.get(role)
        except TypeError:  # an unhashable role
            return self.rules[r].applies_to(role)
        if memo is None:
            memo = self.role_memo[role] = bytearray(self.n_rules)
        cdef unsigned char* m = <unsigned char*>PyByteArray_AS_STRING(memo)
        if m[r] == 0:
            m[r] = 1 if self.rules[r].applies_to(role) else 2
        return m[r] == 1

    cdef bint _wakes(self, int r, object role, object question) except -1:
        """The filters of ``_decide_fast`` before a rule's decision: roles, groups, regex literals and match,
        question terms."""
        cdef int kind = self.r_kind[r], g
        if self.r_roles[r] and not self._role_ok(r, role):
            return False
        if kind == K_ALL:
            for g in range(self.r_g0[r] + 1, self.r_g0[r] + self.r_ng[r]):
                if not self._present(g):
                    return False
            if not self._present(self.r_g0[r]):
                return False
        elif kind == K_REGEX:
            for rx, req, sg, width in self.r_rxreq[r]:
                for g in req:
                    if not self._present(g):
                        break
                else:
                    if sg < 0:
                        if rx.search(self.text) is not None:
                            break
                    elif self._match_at_starts(rx, sg, req, width):
                        break
            else:
                return False
        if self.r_has_q[r]:
            if not question:
                return False
            return self._question_ok(r, question)
        return True

    cdef bint _question_ok(self, int r, object question) except -1:
        """Does the question hold one of rule ``r``'s question terms? Remembered per question (interviewers ask
        the same questions again and again)."""
        memo = self.q_memo.get(question)
        if memo is None:
            if len(self.q_memo) > 100000:
                self.q_memo.clear()
            memo = self.q_memo[question] = bytearray(self.n_rules)
        cdef unsigned char* m = <unsigned char*>PyByteArray_AS_STRING(memo)
        if m[r] == 0:
            m[r] = 2
            for q in self.r_question[r]:
                if q in question:
                    m[r] = 1
                    break
        return m[r] == 1

    cdef bint _match_at_starts(self, object rx, int g, tuple req, int width) except -1:
        """Does ``rx`` match somewhere in the text? Tried only where one of the literals that start its matches is
        (group ``g``; see regex_starts), and only when a literal of each required set (``req``) lies within the
        longest match (``width`` characters, -1: unbounded) from there: the same answer as ``rx.search(text)``.
        With many such places (a long unit) one search is cheaper."""
        cdef int i, j, k, last = -1, p, lim, rg, off, n, roff, rn, mi
        cdef bint ok
        text = self.text
        off = self._group_occ(g)
        n = self.gocc_len[g]
        if n > 16:
            return rx.search(text) is not None
        for i in range(n):
            p = self.m_s[self.gocc[off + i]]
            if p == last:
                continue
            last = p
            if width >= 0:
                lim = p + width
                ok = True
                for rg in req:
                    roff = self._group_occ(rg)
                    off = self.gocc_off[g]  # (the buffer may have moved: offsets stay)
                    rn = self.gocc_len[rg]
                    j = self._occ_bisect(roff, rn, p)
                    for k in range(j, rn):
                        mi = self.gocc[roff + k]
                        if self.m_s[mi] > lim:
                            k = rn
                            break
                        if self.m_e[mi] <= lim:
                            break
                    else:
                        k = rn
                    if k >= rn:
                        ok = False
                        break
                if not ok:
                    continue
            if rx.match(text, p) is not None:
                return True
        return False

    cdef object _decide_one(self, str text, object tokens, object role, object question):
        cdef int k, j, r, nc = 0, t, problem_ok = -1
        cdef list hits = None
        self._load(text)
        self._match()
        if self.nm == 0 and self.n_always == 0 and not (question and self.n_answers):
            return EMPTY
        stamp = self.serial
        for k in range(self.nm):
            t = self.m_tid[k]
            for j in range(self.w_off[t], self.w_off[t] + self.w_len[t]):
                r = self.w_rules[j]
                if self.rstamp[r] != stamp:
                    self.rstamp[r] = stamp
                    self.cand[nc] = r
                    nc += 1
        for j in range(self.n_always):
            r = self.always[j]
            if self.rstamp[r] != stamp:
                self.rstamp[r] = stamp
                self.cand[nc] = r
                nc += 1
        if question:
            for j in range(self.n_answers):
                r = self.answers[j]
                if self.rstamp[r] != stamp:
                    self.rstamp[r] = stamp
                    self.cand[nc] = r
                    nc += 1
        if nc == 0:
            return EMPTY
        for k in range(1, nc):  # rules in codebook order
            r = self.cand[k]
            j = k
            while j > 0 and self.cand[j - 1] > r:
                self.cand[j] = self.cand[j - 1]
                j -= 1
            self.cand[j] = r
        self.tokens = tokens
        for k in range(nc):
            r = self.cand[k]
            if not self._wakes(r, role, question):
                continue
            if self.r_pol[r] == P_PROBLEM and self.r_kind[r] != K_ANSWER:
                if problem_ok < 0:
                    problem_ok = 0
                    for j in range(self.nm):
                        if self.eval_pol[self.m_tid[j]] == P_PROBLEM:
                            problem_ok = 1
                            break
                    if not problem_ok:
                        problem_ok = self._any_negator()
                if not problem_ok:
                    continue
            hit = self._run(r, question)
            if hit is not None:
                if hits is None:
                    hits = [hit]
                else:
                    hits.append(hit)
        self.tokens = None
        return hits if hits is not None else EMPTY

    # ------------------------------------------------------------------------------------------- public
    def decide(self, list texts, tokens=None, roles=None, questions=None):
        """The hits of each text: a list per text of ``(rule index, words, spans, evidence)`` (an empty tuple when
        none). ``tokens``, ``roles`` and ``questions`` are per-text lists or None; a question is a str or None."""
        cdef Py_ssize_t i, n = len(texts)
        cdef list out = [None] * n
        for i in range(n):
            out[i] = self._decide_one(texts[i], tokens[i] if tokens is not None else None,
                                      roles[i] if roles is not None else None,
                                      questions[i] if questions is not None else None)
        return out

    def find(self, str text):
        """Every (term id, start, end) of the text, in order of the start then of the end (for tests)."""
        self._load(text)
        self._match()
        return [(self.m_tid[k], self.m_s[k], self.m_e[k]) for k in range(self.nm) if self.m_tid[k] < self.n_real]


def rows_of(list decided, list texts, list rule_code, list rule_rid, list rule_rank):
    """The coding rows of each text's hits (``decided[k]`` for ``texts[k]``): ``(code, evidence, rule ids, terms,
    spans)`` per code in codebook order, several rules of one code joined, spans sorted and unique, ``terms[i]``
    the text at ``spans[i]``; and the number of rows of each text."""
    cdef Py_ssize_t k, n = len(decided), i, j, m
    cdef list rows = []
    counts = [0] * n
    cdef list hs
    for k in range(n):
        hs = decided[k] if decided[k] else None
        if hs is None:
            continue
        m = len(hs)
        if m > 1:
            for i in range(1, m):
                if rule_rank[hs[i][0]] < rule_rank[hs[i - 1][0]]:
                    hs = sorted(hs, key=lambda h: rule_rank[h[0]])  # (stable: rules of a code in their order)
                    break
        text = texts[k]
        i = 0
        nrows = 0
        while i < m:
            code = rule_code[hs[i][0]]
            j = i + 1
            while j < m and rule_code[hs[j][0]] == code:
                j += 1
            if j == i + 1:
                h = hs[i]
                spans = _frozen(tuple(sorted(set(h[2])))) if len(h[2]) > 1 else tuple(h[2])
                evidence = h[3]
                rids = _frozen((rule_rid[h[0]],))
            else:
                spans = _frozen(tuple(sorted({sp for h in hs[i:j] for sp in h[2]})))
                evidence = " | ".join([h[3] for h in hs[i:j]])
                rids = _frozen(tuple([rule_rid[h[0]] for h in hs[i:j]]))
            terms = _frozen(tuple([text[a:b] for a, b in spans]))
            rows.append(_frozen((code, evidence, rids, terms, spans)))
            nrows += 1
            i = j
        counts[k] = nrows
    return rows, counts


def codings_columns(list rows, list row_of, list starts):
    """The code, evidence, rules, terms and spans columns of the codings table: row ``row_of[i]`` of ``rows`` for
    coding ``i``, its spans moved by ``starts[i]`` (the unit's offset in the document)."""
    cdef Py_ssize_t i, k, n = len(row_of), m
    cdef long b
    cdef list code = [None] * n, evidence = [None] * n, rules = [None] * n, terms = [None] * n, spans = [None] * n
    cdef tuple row, rel, moved
    for i in range(n):
        row = rows[row_of[i]]
        code[i] = row[0]
        evidence[i] = row[1]
        rules[i] = row[2]
        terms[i] = row[3]
        rel = row[4]
        b = starts[i]
        if b == 0:
            spans[i] = rel
            continue
        m = len(rel)
        moved = _frozen(tuple([_frozen((a + b, e + b)) for a, e in rel]))
        spans[i] = moved
    return code, evidence, rules, terms, spans


@functools.lru_cache(maxsize=4096)
def _max_width(str pattern) -> int:
    """The length of the longest match of ``pattern`` (-1: unbounded or unknown; remembered per pattern)."""
    try:
        import re._parser as sp
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_parse as sp
    try:
        hi = sp.parse(pattern).getwidth()[1]
    except Exception:  # pragma: no cover - validated patterns parse
        return -1
    return int(hi) if hi < 1 << 20 else -1


cdef str _short(str pattern, int n=24):
    return pattern if len(pattern) <= n else pattern[: n - 1] + "…"


def distinct(list texts, list roles=None, list questions=None):
    """``(slot, firsts)``: the id of each row's distinct input (its text, role and question; a question that is not
    a non-empty str counts as None) and a row holding each distinct input, in order of first appearance. Raises
    TypeError on an unhashable role."""
    cdef Py_ssize_t i, n = len(texts)
    cdef long long t, r, q, key
    cdef dict tix = {}, rix = {}, qix = {}, kix = {}
    cdef list slot = [0] * n, firsts = []
    for i in range(n):
        text = texts[i]
        got = tix.get(text)
        if got is None:
            t = len(tix)
            tix[text] = t
        else:
            t = got
        r = 0
        if roles is not None:
            role = roles[i]
            got = rix.get(role)
            if got is None:
                r = len(rix)
                rix[role] = r
            else:
                r = got
        q = 0
        if questions is not None:
            question = questions[i]
            if isinstance(question, str) and question:
                got = qix.get(question)
                if got is None:
                    q = len(qix) + 1
                    qix[question] = q
                else:
                    q = got
        if t >= (1 << 23) or r >= (1 << 20) or q >= (1 << 20):
            keyo = (t, r, q)
        else:
            keyo = (t << 40) | (r << 20) | q
        got = kix.get(keyo)
        if got is None:
            got = len(firsts)
            kix[keyo] = got
            firsts.append(i)
        slot[i] = got
    return slot, firsts
