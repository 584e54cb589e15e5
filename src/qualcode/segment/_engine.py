"""The segmentation core: many turn texts in, sentence (or turn) rows with word tokens out.

Work is done column-wise to keep Python overhead per token near zero: the turn texts of a batch are joined with
``"\\n"`` (a hard boundary for every backend) and cut with ONE backend call. Before the call
(:func:`prepare_batch`), one table lookup over the batch's code points classifies every character (space, line
break, sentence punctuation, closer, letter or digit) and the sentences are found from the few positions of spaces and
punctuation with array operations (:func:`qualcode.segment._sentences.sentence_bounds`, the same spans as the
sentence regex). After it (:func:`finish_batch`), token boundaries come from the tokens' lengths, one join compared
with the text proves the tokens reproduce it, "is a word" comes from a cumulative count of letters and digits,
word tokens are picked with ``itertools.compress`` and assigned to sentences with ``numpy.searchsorted``. Only
per-sentence work happens in Python. A backend that releases the GIL while it cuts (rjieba) cuts the next batches in
a second thread meanwhile (:func:`run_pipelined`).

Transcriber notes (:func:`qualcode.ingest._notes.find_notes`, the rule ingest uses for ``Turn.notes``) are replaced
by blanks of the same length before cutting, so they never become tokens and offsets are unchanged. A token "is a
word" when it contains a letter or digit (``str.isalnum``): whitespace, punctuation, symbols and emoji are not word
tokens. A sentence is kept when it contains a letter or digit; this does not depend on the backend, so sentence
numbers (and ``seg_id``) are the same for every backend and dictionary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress

import numpy as np

from qualcode.ingest._notes import mask_notes
from qualcode.segment._sentences import MAX_SENTENCE_CHARS, WORD, cap_spans, char_classes, sentence_bounds

__all__ = ["Batch", "Rows", "align", "cut_aligned", "finish_batch", "prepare_batch", "run_batch", "run_pipelined"]

SEP = "\x00"  # separates tokens when a batch result is sent between processes or cached
def is_word(tok: str) -> bool:
    """True when ``tok`` is a word token (contains a letter or a digit)."""
    return any(c.isalnum() for c in tok)


def align(text: str, toks: Sequence[str]) -> list[str]:
    """Tokens that concatenate exactly to ``text``: whitespace the backend dropped is put back as tokens.

    Raises ValueError when the tokens do not reproduce the text (a backend that rewrote characters).
    """
    out: list[str] = []
    pos = 0
    for t in toks:
        if not t:
            continue
        i = text.find(t, pos)
        if i < 0 or (i > pos and text[pos:i].strip()):
            raise ValueError(f"segmenter tokens do not reproduce the text: token {t!r} does not follow offset {pos} "
                             f"(text there: {text[pos:pos + 20]!r})")
        if i > pos:
            out.append(text[pos:i])
        out.append(t)
        pos = i + len(t)
    if pos < len(text):
        if text[pos:].strip():
            raise ValueError(f"segmenter tokens do not reproduce the text: {text[pos:pos + 20]!r} at offset {pos} "
                             "is not covered")
        out.append(text[pos:])
    return out


def cut_aligned(cut: Callable[[str], list[str]], text: str, exact: bool = True) -> list[str]:
    """``cut(text)`` checked (or re-aligned) so that ``"".join(tokens) == text``."""
    toks = cut(text)
    if exact and "".join(toks) == text:
        return toks
    return align(text, toks)


def _split_at(toks: list[str], ends: np.ndarray, cuts: np.ndarray) -> list[str]:
    """Split tokens so that every offset in ``cuts`` is a token boundary (rare: a backend token crossed a sentence
    or turn boundary)."""
    cuts = np.unique(cuts)
    starts = ends - np.fromiter(map(len, toks), np.int64, len(toks))
    out: list[str] = []
    k = 0
    for tok, s, e in zip(toks, starts.tolist(), ends.tolist()):
        while k < len(cuts) and cuts[k] <= s:
            k += 1
        if k < len(cuts) and cuts[k] < e:
            pos = s
            j = k
            while j < len(cuts) and cuts[j] < e:
                out.append(tok[pos - s:cuts[j] - s])
                pos = int(cuts[j])
                j += 1
            out.append(tok[pos - s:])
        else:
            out.append(tok)
    return out


@dataclass
class Rows:
    """Segment rows of a batch of turn texts. ``tpos`` indexes the batch's texts; ``start``/``end`` are relative
    to that text; ``sentence`` is 1-based (0 for the turn unit); ``tokens`` holds one list of word tokens a row."""

    tpos: np.ndarray
    sentence: np.ndarray
    start: np.ndarray
    end: np.ndarray
    tokens: list

    def __len__(self) -> int:
        return len(self.tpos)

    # compact form for inter-process transfer and the cache: numbers as lists, tokens as one string
    def encode(self) -> dict:
        counts = [len(t) for t in self.tokens]
        joined: str | list = SEP.join(chain.from_iterable(self.tokens))
        if joined.count(SEP) != max(sum(counts) - 1, 0):  # a token holds the separator: send the plain list
            joined = list(chain.from_iterable(self.tokens))
        return {"t": self.tpos.tolist(), "s": self.sentence.tolist(), "a": self.start.tolist(),
                "b": self.end.tolist(), "c": counts, "w": joined}

    @classmethod
    def decode(cls, d: dict) -> Rows:
        counts = d["c"]
        n = len(counts)
        if not (len(d["t"]) == len(d["s"]) == len(d["a"]) == len(d["b"]) == n):
            raise ValueError("inconsistent segment rows")
        w = d["w"]
        flat = w if isinstance(w, list) else (w.split(SEP) if w else [])
        if len(flat) != sum(counts):
            raise ValueError("token count mismatch")
        offs = list(accumulate(counts, initial=0))
        tokens = [flat[a:b] for a, b in zip(offs, offs[1:])]
        return cls(np.asarray(d["t"], np.int64), np.asarray(d["s"], np.int64), np.asarray(d["a"], np.int64),
                   np.asarray(d["b"], np.int64), tokens)

    def shifted(self, by: int) -> Rows:
        return Rows(self.tpos + by, self.sentence, self.start, self.end, self.tokens)

    def take(self, lo: int, hi: int, tpos_base: int = 0) -> Rows:
        return Rows(self.tpos[lo:hi] - tpos_base, self.sentence[lo:hi], self.start[lo:hi], self.end[lo:hi],
                    self.tokens[lo:hi])

    @classmethod
    def concat(cls, parts: Sequence[Rows]) -> Rows:
        if not parts:
            z = np.zeros(0, np.int64)
            return cls(z, z, z, z, [])
        tokens: list = []
        for p in parts:
            tokens.extend(p.tokens)
        return cls(np.concatenate([p.tpos for p in parts]), np.concatenate([p.sentence for p in parts]),
                   np.concatenate([p.start for p in parts]), np.concatenate([p.end for p in parts]), tokens)


def _codes(text: str) -> np.ndarray:
    """Code points of ``text`` as a uint32 array."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)


def _token_ends(toks: list[str], text: str) -> np.ndarray | None:
    """End offsets of ``toks`` in ``text`` when the tokens concatenate exactly to ``text``, else None.

    Two C-level passes over the tokens (their lengths, and one join compared with the text, which proves the tokens
    reproduce it); no per-token Python code.
    """
    n = len(toks)
    if n == 0:
        return np.zeros(0, np.int64) if not text else None
    ends = np.cumsum(np.fromiter(map(len, toks), np.int64, n))
    if int(ends[-1]) != len(text) or "".join(toks) != text:
        return None
    return ends


@dataclass
class Batch:
    """A batch of turn texts ready for the backend: ``text`` (the turns joined with line breaks, transcriber notes
    blanked), ``bases`` (where each turn starts in it, and the end), and the candidate segments ``tpos`` (turn of
    each), ``seg_s``/``seg_e`` (offsets in ``text``)."""

    text: str
    classes: np.ndarray
    bases: np.ndarray
    tpos: np.ndarray
    seg_s: np.ndarray
    seg_e: np.ndarray
    unit: str


def prepare_batch(texts: Sequence[str], unit: str) -> Batch:
    """The work before the backend call: join, blank the notes, find the sentences."""
    big = mask_notes("\n".join(texts))
    classes = char_classes(_codes(big))
    lens_t = np.fromiter(map(len, texts), np.int64, len(texts))
    bases = np.zeros(len(texts) + 1, np.int64)
    np.cumsum(lens_t + 1, out=bases[1:])
    if unit == "turn":
        seg_s = bases[:-1].copy()
        seg_e = seg_s + lens_t
        tpos = np.arange(len(texts), dtype=np.int64)
    else:
        seg_s, seg_e = sentence_bounds(classes)
        if len(seg_s) and int((seg_e - seg_s).max()) > MAX_SENTENCE_CHARS:  # cut long unpunctuated runs
            arr = np.asarray(cap_spans(big, np.stack([seg_s, seg_e], 1).tolist()), np.int64).reshape(-1, 2)
            seg_s, seg_e = arr[:, 0].copy(), arr[:, 1].copy()
        tpos = np.searchsorted(bases, seg_s, side="right") - 1
    return Batch(big, classes, bases, tpos, seg_s, seg_e, unit)


def finish_batch(batch: Batch, toks: list[str], exact: bool) -> Rows:
    """The work after the backend call: token offsets (checked against the text), word tokens, their segments."""
    big, bases, tpos, seg_s, seg_e = batch.text, batch.bases, batch.tpos, batch.seg_s, batch.seg_e
    ends = _token_ends(toks, big) if exact else None
    if ends is None:
        toks = align(big, toks)
        ends = np.cumsum(np.fromiter(map(len, toks), np.int64, len(toks)))
    lens = np.diff(ends, prepend=0)
    # number of letters/digits before each offset: a token is a word iff it contains one
    alnum_before = np.zeros(len(big) + 1, np.int32 if len(big) < 2**31 - 1 else np.int64)
    np.cumsum((batch.classes & WORD) != 0, out=alnum_before[1:])
    for _attempt in range(2):
        starts = ends - lens
        fl = alnum_before[ends] > alnum_before[starts]
        kept = list(compress(toks, fl.tolist()))
        kends = ends[fl]
        kstarts = starts[fl]
        i = np.searchsorted(kstarts, seg_s, side="left")
        j = np.searchsorted(kstarts, seg_e, side="left")
        # a word token that starts before a segment boundary must end at or before it
        if len(kends):
            bad = ((i > 0) & (kends[np.maximum(i - 1, 0)] > seg_s)) | ((j > 0) & (kends[np.maximum(j - 1, 0)] > seg_e))
        else:
            bad = np.zeros(len(i), bool)
        if not bad.any():
            break
        toks = _split_at(toks, ends, np.concatenate([seg_s, seg_e, bases]))
        lens = np.fromiter(map(len, toks), np.int64, len(toks))
        ends = np.cumsum(lens)
    else:  # pragma: no cover - splitting at every boundary always succeeds
        raise RuntimeError("could not align tokens to segment boundaries")

    if batch.unit == "turn":
        sentence = np.zeros(len(tpos), np.int64)
    else:
        keep = j > i
        tpos, seg_s, seg_e, i, j = tpos[keep], seg_s[keep], seg_e[keep], i[keep], j[keep]
        m = len(tpos)
        idx = np.arange(m, dtype=np.int64)
        first = np.ones(m, bool)
        first[1:] = tpos[1:] != tpos[:-1]
        sentence = idx - np.maximum.accumulate(np.where(first, idx, 0)) + 1
    tokens = [kept[a:b] for a, b in zip(i.tolist(), j.tolist())]
    base = bases[tpos]
    return Rows(tpos, sentence, seg_s - base, seg_e - base, tokens)


def run_batch(cut: Callable[[str], list[str]], exact: bool, texts: Sequence[str], unit: str) -> Rows:
    """Segment a batch of turn texts into rows of ``unit`` (transcriber notes are blanked out first)."""
    batch = prepare_batch(texts, unit)
    return finish_batch(batch, cut(batch.text) if batch.text else [], exact)


def run_pipelined(cut: Callable[[str], list[str]], exact: bool, batches: Sequence[Sequence[str]], unit: str,
                  ahead: int = 2) -> list[Rows]:
    """:func:`run_batch` over ``batches`` with the backend calls in a second thread, for a backend that releases
    the GIL while it cuts (rjieba): this thread prepares the next batches and finishes the previous one meanwhile.
    The results are those of :func:`run_batch` (each batch is cut by the same call on the same text)."""
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    out: list[Rows] = []
    pending: deque = deque()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="qualcode-segment") as pool:
        for texts in batches:
            batch = prepare_batch(texts, unit)
            pending.append((batch, pool.submit(cut, batch.text) if batch.text else None))
            if len(pending) > ahead:
                done, fut = pending.popleft()
                out.append(finish_batch(done, fut.result() if fut is not None else [], exact))
        while pending:
            done, fut = pending.popleft()
            out.append(finish_batch(done, fut.result() if fut is not None else [], exact))
    return out
