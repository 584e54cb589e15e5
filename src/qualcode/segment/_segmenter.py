"""The :class:`Segmenter`: Chinese word segmentation of transcripts into the segments table."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import numpy as np

from qualcode import __version__
from qualcode._gc import gc_paused
from qualcode._params import Params
from qualcode.ingest._notes import find_notes
from qualcode.model import SEGMENT_COLUMNS, TURN_COLUMNS, Corpus, seg_ids
from qualcode.segment._backends import USER_WORD_MIN_FREQ, Backend, backend_version, resolve_backend, shared_backend
from qualcode.segment._cache import SegmentCache, default_cache_dir
from qualcode.segment._dictionary import domain_dict_path, entries_hash, read_dictionary, words_entries
from qualcode.segment._engine import Rows, cut_aligned, is_word, run_batch, run_pipelined
from qualcode.segment._sentences import mask_spans
from qualcode.segment._spacy_view import make_nlp
from qualcode.segment._words import load_fillers, load_stopwords

__all__ = ["Segmenter"]

UNITS = ("sentence", "turn")
SPEAKERS = ("respondent", "all")
_REQUIRED = ("doc_id", "turn", "speaker_kind", "start", "end", "text")

_WORKER: Segmenter | None = None  # the segmenter of a worker process (see Segmenter.segment with n_jobs > 1)


def _worker_init(segmenter: Segmenter) -> None:
    global _WORKER
    _WORKER = segmenter
    segmenter.backend_  # noqa: B018 - load once per process (already loaded when the worker was forked)


def _worker_run(texts: list[str]) -> dict:
    assert _WORKER is not None
    with gc_paused():
        return _WORKER._run(texts).encode()


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class Segmenter(Params):
    """Segment Chinese transcripts into words, by sentence or by turn, with exact character offsets.

    Parameters (stored as given; checked when the segmenter is first used, scikit-learn style):

    backend : ``"auto"`` (rjieba when installed, else jieba), ``"jieba"``, ``"rjieba"`` or ``"pkuseg"``.
        Each segmenter owns its backend instance; jieba's global tokenizer is never used or changed.
    unit : ``"sentence"`` (split on 。！？!?；;… and line breaks, closing quotes kept) or ``"turn"``.
    user_dict : path of a dictionary file in jieba's format (``word [freq] [tag]`` a line), added after the shipped
        domain dictionary. Bad lines are reported as ``path:line``.
    user_words : iterable of words that must stay whole (e.g. the codebook's terms); each gets a frequency of at
        least ``USER_WORD_MIN_FREQ`` so that it wins in context.
    stopwords, fillers : word sets for :meth:`content_tokens`: None = shipped list (spaCy's Chinese stop words;
        spoken fillers such as 嗯 啊 那个 就是说), False = none, a file path or an iterable of words.
    speakers : ``"respondent"`` (only respondent turns) or ``"all"`` (interviewer turns too, marked by
        ``speaker_kind``).
    cache_dir : folder of the result cache; None = ``$QUALCODE_CACHE_DIR`` or ``~/.cache/qualcode``; False = off.
    n_jobs : processes for :meth:`segment` (1 = in this process; -1 = one per CPU). Results are identical.
    domain_dict : True = load the shipped domain dictionary (困境儿童, 事实无人抚养儿童, 儿童主任, 低保, 嘎查 ...),
        False = plain backend dictionary, or a path to a replacement dictionary file.

    Attributes set on first use: ``backend_`` (the loaded backend object), ``backend_name_``, ``dictionary_hash_``,
    ``stopwords_`` (stop words plus fillers), ``stats_`` (cache hits/misses and counts of the last :meth:`segment`
    call). A one-shot ``user_words`` iterable (a generator) is stored as a tuple on first use.

    Example::

        seg = Segmenter(user_words=["困境儿童补助"])
        segs = seg.segment(corpus)            # the segments table
        seg.tokenize("事实无人抚养儿童的监护人")  # ['事实无人抚养儿童', '的', '监护人']
    """

    #: Below this many characters to segment, ``n_jobs > 1`` still works in-process (starting workers costs more).
    MIN_PARALLEL_CHARS = 200_000
    #: Characters per backend call in-process (bounds the memory of one call).
    BATCH_CHARS = 1_000_000
    #: Smallest batch when a backend that releases the GIL (rjieba) cuts in a second thread while this one prepares
    #: and finishes the other batches (used from twice this many characters, with more than one usable CPU).
    PIPELINE_MIN_CHARS = 50_000

    def __init__(self, backend: str = "auto", unit: str = "sentence", user_dict: str | os.PathLike | None = None,
                 user_words: Iterable[str] = (), stopwords: Any = None, fillers: Any = None,
                 speakers: str = "respondent", cache_dir: str | os.PathLike | bool | None = None, n_jobs: int = 1,
                 domain_dict: bool | str | os.PathLike = True):
        self.backend = backend
        self.unit = unit
        self.user_dict = user_dict
        self.user_words = user_words
        self.stopwords = stopwords
        self.fillers = fillers
        self.speakers = speakers
        self.cache_dir = cache_dir
        self.n_jobs = n_jobs
        self.domain_dict = domain_dict

    # ------------------------------------------------------------------ parameters (get/set_params: Params)
    def __getstate__(self) -> dict:  # pickles as its parameters; a worker reloads the backend
        params = self.get_params()
        if not isinstance(params["user_words"], (list, tuple)):
            params["user_words"] = tuple(params["user_words"])
        return params

    def __setstate__(self, state: dict) -> None:
        Segmenter.__init__(self, **state)

    def _reset(self) -> None:
        for name in ("backend_", "backend_name_", "dictionary_hash_", "_entries", "_stop", "_nlp", "_config",
                     "_backend", "_backend_for"):
            self.__dict__.pop(name, None)

    # ------------------------------------------------------------------ validation and loading
    def _check(self) -> dict[str, Any]:
        cfg = self.__dict__.get("_config")
        if cfg is not None and cfg["params"] == repr(self.get_params()):
            return cfg
        self._reset()
        if self.user_words is not None and not isinstance(self.user_words, (list, tuple, set, frozenset, str)):
            self.user_words = tuple(self.user_words)  # a one-shot iterable (generator) is kept as a tuple
        params_repr = repr(self.get_params())
        name = resolve_backend(self.backend)
        if self.unit not in UNITS:
            raise ValueError(f"unit == {self.unit!r}: must be 'sentence' or 'turn'")
        if self.speakers not in SPEAKERS:
            raise ValueError(f"speakers == {self.speakers!r}: must be 'respondent' or 'all'")
        n_jobs = self.n_jobs
        if isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)) or (n_jobs < 1 and n_jobs != -1):
            raise ValueError(f"n_jobs == {n_jobs!r}: must be an int >= 1, or -1 for one process per CPU")
        n_jobs = (os.cpu_count() or 1) if n_jobs == -1 else int(n_jobs)
        cache = self.cache_dir
        if cache is True or cache is None:

            cache = default_cache_dir()
        elif cache is not False and not isinstance(cache, (str, os.PathLike)):
            raise ValueError(f"cache_dir == {cache!r}: must be None, False or a folder path")
        # dictionaries: shipped domain dictionary, then user_dict, then user_words
        entries: list[tuple[list, int | None]] = []
        parts: list[bytes] = [f"min_freq={USER_WORD_MIN_FREQ}".encode()]
        if self.domain_dict is True:
            e, data = read_dictionary(domain_dict_path())
            entries.append((e, None))
            parts.append(b"domain:" + data)
        elif self.domain_dict is not False:
            if not isinstance(self.domain_dict, (str, os.PathLike)):
                raise ValueError(f"domain_dict == {self.domain_dict!r}: must be True, False or a dictionary path")
            e, data = read_dictionary(self.domain_dict)
            entries.append((e, None))
            parts.append(b"domain:" + data)
        if self.user_dict is not None:
            if not isinstance(self.user_dict, (str, os.PathLike)):
                raise ValueError(f"user_dict == {self.user_dict!r}: must be None or the path of a dictionary file")
            e, data = read_dictionary(self.user_dict)
            entries.append((e, None))
            parts.append(b"user:" + data)
        words = words_entries(self.user_words if self.user_words is not None else ())
        if words:
            entries.append((words, USER_WORD_MIN_FREQ))
            parts.append(b"words:" + "\n".join(w.word for w in words).encode("utf-8"))
        self._entries = entries
        self.dictionary_hash_ = entries_hash(parts)
        self.backend_name_ = name
        cfg = {"params": params_repr, "backend": name, "n_jobs": n_jobs, "cache": cache}
        self._config = cfg
        return cfg

    @property
    def backend_(self) -> Backend:
        """The loaded backend (with the dictionaries); loaded on first access and shared by every segmenter of the
        same configuration (backend and dictionaries) in this process (``_backends.shared_backend``)."""
        b = self.__dict__.get("_backend")
        cfg = self._check()
        if b is None or self.__dict__.get("_backend_for") != cfg["params"]:
            b = shared_backend(cfg["backend"], self.dictionary_hash_, self._entries)  # one per configuration
            self.__dict__["_backend"] = b
            self.__dict__["_backend_for"] = cfg["params"]
        return b

    @backend_.setter
    def backend_(self, value: Backend) -> None:  # lets tests wrap the backend (e.g. to count calls)
        self._check()
        self.__dict__["_backend"] = value
        self.__dict__["_backend_for"] = self._config["params"]

    # ------------------------------------------------------------------ single texts
    def _run(self, texts: list[str]) -> Rows:
        b = self.backend_
        return run_batch(b.cut, b.exact, texts, self.unit)

    def _pieces(self, text: str) -> list[tuple[str, int, int, str]]:
        """Non-blank pieces of ``text`` in order: ``(piece, start, end, kind)``, kind ``word``/``punct``/``note``."""

        if not isinstance(text, str):
            raise ValueError(f"text == {text!r}: must be a str")
        b = self.backend_
        notes = find_notes(text)
        masked = mask_spans(text, notes)
        toks = cut_aligned(b.cut, masked, b.exact) if masked else []
        out: list[tuple[str, int, int, str]] = []
        pos = 0
        for t in toks:
            s, pos = pos, pos + len(t)
            if t.isspace():
                continue
            out.append((t, s, pos, "word" if is_word(t) else "punct"))
        if notes:
            out.extend((text[s:e], s, e, "note") for s, e in notes)
            out.sort(key=lambda p: p[1])
        return out

    def tokens_with_offsets(self, text: str) -> list[tuple[str, int, int]]:
        """Word tokens of ``text`` with offsets: ``[(token, start, end), ...]`` and ``text[start:end] == token``.

        Whitespace, punctuation, symbols and bracketed transcriber notes are not word tokens.
        """
        return [(t, s, e) for t, s, e, kind in self._pieces(text) if kind == "word"]

    def tokenize(self, text: str) -> list[str]:
        """Word tokens of ``text`` (see :meth:`tokens_with_offsets`)."""
        return [t for t, _s, _e in self.tokens_with_offsets(text)]

    __call__ = tokenize

    # ------------------------------------------------------------------ stop words
    def get_stopwords(self) -> frozenset[str]:
        """Stop words plus fillers used by :meth:`content_tokens`."""
        stop = self.__dict__.get("_stop")
        if stop is None:

            stop = load_stopwords(self.stopwords) | load_fillers(self.fillers)
            self._stop = stop
        return stop

    @property
    def stopwords_(self) -> frozenset[str]:
        """The resolved stop words plus fillers (same as :meth:`get_stopwords`)."""
        return self.get_stopwords()

    def content_tokens(self, tokens: Iterable[str]) -> list[str]:
        """``tokens`` without stop words and spoken fillers (for topic models and keyword lists)."""
        if isinstance(tokens, str):
            raise ValueError(f"tokens == {tokens!r}: must be a list of tokens (use tokenize() on a text first)")
        stop = self.get_stopwords()
        return [t for t in tokens if t not in stop]

    # ------------------------------------------------------------------ spaCy
    @property
    def nlp(self):
        """A ``spacy.blank("zh")`` pipeline whose tokenizer is this segmenter (no model download)."""
        nlp = self.__dict__.get("_nlp")
        if nlp is None:

            nlp = make_nlp(self)
            self._nlp = nlp
        return nlp

    def to_doc(self, text: str):
        """A spaCy ``Doc`` of ``text`` tokenized by this segmenter; notes are in ``doc.spans["notes"]``."""
        return self.nlp.make_doc(text)

    # ------------------------------------------------------------------ the segments table
    def segment(self, corpus_or_turns) -> Any:
        """Segment a :class:`~qualcode.model.Corpus` or a turns table into the segments table.

        Returns a DataFrame with the columns ``seg_id, doc_id, respondent_id, turn, sentence, speaker,
        speaker_kind, start, end, text, tokens`` followed by every respondent attribute column of the input
        (``role``, ``district``, ...). ``seg_id`` is ``doc:turn:sentence`` (``doc:turn`` for ``unit="turn"``);
        ``sentence`` is 1-based (0 for turns); ``start``/``end`` are offsets into ``Document.text`` with
        ``text == document.text[start:end]``; ``tokens`` is a list of word tokens (no whitespace, punctuation or
        transcriber notes). With ``speakers="respondent"`` only respondent turns are returned.

        For a corpus read with ``convert="t2s"`` the words are cut from the Simplified copy ``Document.match_text``
        (same length, so offsets are unchanged) and ``tokens`` are Simplified; ``text`` stays the original and a
        column ``match_text`` (after ``tokens``) holds the Simplified copy of each segment, which the coder,
        the suggester and every other word matcher read instead of ``text``.
        """
        cfg = self._check()
        turns, texts, match = _turns_input(corpus_or_turns)
        with gc_paused():
            table = self._segment(turns, texts, match, cfg)
        table.attrs["speakers"] = self.speakers  # AutoCoder checks that answer rules can see the questions
        return table

    def _segment(self, turns, texts: list[str], match, cfg):
        import pandas as pd

        pos = None  # positions of the kept turns in the input, when not all of them in order
        if self.speakers == "respondent":
            keep = (turns["speaker_kind"] == "respondent").to_numpy()
            if not keep.all():
                turns = turns[keep]
                pos = np.flatnonzero(keep)
        # stable order: documents in order of first appearance, turns in order
        doc_codes, doc_order = pd.factorize(turns["doc_id"], sort=False)
        order = np.lexsort((turns["turn"].to_numpy(), doc_codes))
        if not np.array_equal(order, np.arange(len(order))):
            turns = turns.iloc[order]
            doc_codes = doc_codes[order]
            pos = order if pos is None else pos[order]
        turns = turns.reset_index(drop=True)
        if pos is not None:
            picked = pos.tolist()
            texts = [texts[i] for i in picked]
            if match is not None:
                match = [match[i] for i in picked]
        cut_texts = texts if match is None else match  # Simplified copies (same length) when read with t2s
        n = len(texts)
        bounds = np.flatnonzero(np.r_[True, doc_codes[1:] != doc_codes[:-1], True]) if n else np.array([0])
        doc_ranges = list(zip(bounds[:-1].tolist(), bounds[1:].tolist()))

        cache = None
        if cfg["cache"] is not False:

            cache = SegmentCache(cfg["cache"], [__version__, self.backend_name_, backend_version(self.backend_name_),
                                                self.dictionary_hash_, self.unit, self.speakers])
        results: dict[int, Rows] = {}
        keys: dict[int, str] = {}
        todo: list[int] = []
        for k, (lo, hi) in enumerate(doc_ranges):
            if cache is not None:
                keys[k] = cache.key(cut_texts[lo:hi])
                rows = cache.get(keys[k], hi - lo)
                if rows is not None:
                    results[k] = rows.shifted(lo)
                    continue
            todo.append(k)

        if todo:
            computed = self._compute([doc_ranges[k] for k in todo], cut_texts, cfg["n_jobs"])
            for k, rows in zip(todo, computed):
                results[k] = rows
                if cache is not None:
                    lo, _hi = doc_ranges[k]
                    cache.put(keys[k], rows.shifted(-lo))
        if cache is not None:
            cache.close()
        rows = Rows.concat([results[k] for k in range(len(doc_ranges)) if k in results])
        self.stats_ = {"documents": len(doc_ranges), "turns": n, "segments": len(rows),
                       "cache_hits": cache.hits if cache else 0, "cache_misses": cache.misses if cache else 0,
                       "computed_documents": len(todo)}
        return _build_table(turns, texts, rows, self.unit, [str(d) for d in doc_order], doc_codes,
                            match=None if match is None else cut_texts)

    def _compute(self, ranges: list[tuple[int, int]], texts: list[str], n_jobs: int) -> list[Rows]:
        """Rows for each turn range (global turn positions), in-process or in worker processes.

        Contiguous ranges are cut into batches of whole turns (one backend call each): about BATCH_CHARS characters
        in-process, about total / (12 * n_jobs) characters for worker processes (small batches keep the workers
        evenly busy when other programs share the CPUs). Joining turns with a line break never changes their tokens,
        so the batching does not change the result.
        """
        total = sum(len(texts[i]) + 1 for lo, hi in ranges for i in range(lo, hi))
        parallel = n_jobs > 1 and total >= self.MIN_PARALLEL_CHARS
        pipelined = (not parallel and getattr(self.backend_, "releases_gil", False)
                     and total >= 2 * self.PIPELINE_MIN_CHARS and _usable_cpus() > 1)
        if parallel:
            target = max(20_000, total // (12 * n_jobs))
        elif pipelined:  # small batches: only the first cut and the last finish are not overlapped
            target = min(self.BATCH_CHARS, max(self.PIPELINE_MIN_CHARS, total // 8))
        else:
            target = self.BATCH_CHARS
        batches: list[tuple[int, int]] = []
        cur_lo = cur_hi = -1
        size = 0
        for lo, hi in ranges:
            if cur_hi != lo and cur_hi > cur_lo:
                batches.append((cur_lo, cur_hi))
                cur_lo, size = lo, 0
            if cur_hi != lo:
                cur_lo = lo
            for i in range(lo, hi):
                size += len(texts[i]) + 1
                if size >= target:
                    batches.append((cur_lo, i + 1))
                    cur_lo, size = i + 1, 0
            cur_hi = hi
        if cur_hi > cur_lo:
            batches.append((cur_lo, cur_hi))

        if pipelined:
            b = self.backend_
            done = run_pipelined(b.cut, b.exact, [texts[lo:hi] for lo, hi in batches], self.unit)
            parts = [rows.shifted(lo) for (lo, _hi), rows in zip(batches, done)]
        elif not parallel:
            parts = [self._run(texts[lo:hi]).shifted(lo) for lo, hi in batches]
        else:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            self.backend_  # noqa: B018 - load before forking so that workers inherit it
            methods = mp.get_all_start_methods()
            ctx = mp.get_context("fork" if "fork" in methods and os.name == "posix" else None)
            with ProcessPoolExecutor(max_workers=n_jobs, mp_context=ctx, initializer=_worker_init,
                                     initargs=(self,)) as pool:
                encoded = pool.map(_worker_run, [texts[lo:hi] for lo, hi in batches])
                parts = [Rows.decode(enc).shifted(lo) for (lo, _hi), enc in zip(batches, encoded)]
        rows = Rows.concat(parts)
        out = []
        for lo, hi in ranges:
            a, b = np.searchsorted(rows.tpos, [lo, hi], side="left").tolist()
            out.append(rows.take(a, b))
        return out


# ---------------------------------------------------------------------- input and output tables
def _turns_input(obj):
    """The turns table of a Corpus or a checked turns DataFrame, and the texts to cut when they differ from the
    turn texts (the same-length Simplified copy ``Document.match_text`` of a corpus read with ``convert="t2s"``)."""
    import pandas as pd


    if isinstance(obj, Corpus):
        match = None
        if any(getattr(d, "match_text", None) for d in obj.documents):
            match = []
            for d in obj.documents:
                mt = getattr(d, "match_text", None)
                src = mt if mt and len(mt) == len(d.text) else None
                match.extend(src[t.start:t.end] if src else t.text for t in d.turns)
        return obj.turns(text=False), [t.text for d in obj.documents for t in d.turns], match
    if not isinstance(obj, pd.DataFrame):
        raise ValueError(f"corpus_or_turns is a {type(obj).__name__}: give a qualcode Corpus "
                         "(qualcode.read_corpus) or a turns DataFrame (Corpus.turns())")
    missing = [c for c in _REQUIRED if c not in obj.columns]
    if missing:
        raise ValueError(f"turns table lacks column(s) {', '.join(missing)}; expected the columns of "
                         f"Corpus.turns(): {', '.join(TURN_COLUMNS)}")
    turns = obj
    if "respondent_id" not in turns.columns or "speaker" not in turns.columns:
        turns = turns.copy()
        if "respondent_id" not in turns.columns:
            turns["respondent_id"] = turns["doc_id"]
        if "speaker" not in turns.columns:
            turns["speaker"] = turns["speaker_kind"]
    kinds = set(turns["speaker_kind"].unique().tolist()) - {"interviewer", "respondent"}
    if kinds:
        raise ValueError(f"turns table: speaker_kind has value(s) {sorted(map(str, kinds))}; "
                         "must be 'interviewer' or 'respondent'")
    dup = turns.duplicated(["doc_id", "turn"]).to_numpy()
    if dup.any():
        i = int(np.flatnonzero(dup)[0])
        raise ValueError(f"turns table: row {i} repeats doc_id {turns['doc_id'].iloc[i]!r}, turn "
                         f"{turns['turn'].iloc[i]}; (doc_id, turn) must be unique")
    texts = turns["text"].tolist()
    bad_text = [i for i, t in enumerate(texts) if not isinstance(t, str)]
    if bad_text:
        raise ValueError(f"turns table: text of row {bad_text[0]} is {texts[bad_text[0]]!r}, not a str")
    span = (turns["end"].to_numpy() - turns["start"].to_numpy())
    lens = np.fromiter(map(len, texts), np.int64, len(texts))
    wrong = np.flatnonzero(span != lens)
    if len(wrong):
        i = int(wrong[0])
        raise ValueError(f"turns table: row {i} (doc_id {turns['doc_id'].iloc[i]!r}, turn {turns['turn'].iloc[i]}) "
                         f"has end - start == {int(span[i])} but its text has {int(lens[i])} characters; offsets "
                         "must satisfy document.text[start:end] == text")
    return turns, texts, None


def _build_table(turns, texts: list[str], rows: Rows, unit: str, doc_names: list[str], doc_codes: np.ndarray,
                 match: list[str] | None = None):
    """The segments table, built column by column (``doc_names[doc_codes[i]]`` is the doc_id of turn ``i``; with
    ``match_text``, the Simplified copy of each segment's text, when the turns were cut from one)."""
    import pandas as pd

    attrs = [c for c in turns.columns if c not in TURN_COLUMNS]
    tpos = rows.tpos
    carry = turns[["doc_id", "respondent_id", "turn", "speaker", "speaker_kind", *attrs]].iloc[tpos]
    carry = carry.reset_index(drop=True)
    starts = turns["start"].to_numpy().astype(np.int64)[tpos]
    doc_ids = [doc_names[c] for c in np.asarray(doc_codes)[tpos].tolist()]
    turn_no = turns["turn"].to_numpy()[tpos].tolist()
    tl = tpos.tolist()
    a = rows.start.tolist()
    b = rows.end.tolist()
    seg_id = seg_ids(doc_ids, turn_no, rows.sentence.tolist())
    if unit == "turn":
        text = [texts[i] for i in tl]
    else:
        text = [texts[i][x:y] for i, x, y in zip(tl, a, b)]
    out = pd.DataFrame({
        "seg_id": seg_id,
        "doc_id": carry["doc_id"],
        "respondent_id": carry["respondent_id"],
        "turn": carry["turn"],
        "sentence": rows.sentence,
        "speaker": carry["speaker"],
        "speaker_kind": carry["speaker_kind"],
        "start": starts + rows.start,
        "end": starts + rows.end,
        "text": text,
        "tokens": pd.Series(rows.tokens, dtype=object) if len(rows) else pd.Series([], dtype=object),
    })
    extra = []
    if match is not None:
        out["match_text"] = [match[i] for i in tl] if unit == "turn" else [match[i][x:y] for i, x, y in zip(tl, a, b)]
        extra = ["match_text"]
    for col in attrs:
        out[col] = carry[col]
    return out[[*SEGMENT_COLUMNS, *extra, *attrs]]
