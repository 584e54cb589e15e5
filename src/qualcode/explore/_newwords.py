"""New-word discovery: multi-character words the segmenter splits, found by cohesion (pointwise mutual information)
and freedom (left and right branching entropy) over character n-gram counts, and fed back in one step.

Counts are numeric and mergeable: the text is read in chunks (a list of segments tables, or one table cut into
pieces), each chunk gives n-gram counts keyed by the n characters' code points packed into one 64-bit integer
(up to 4 characters of the Basic Multilingual Plane), and chunks are combined by adding counts. A second pass counts
the neighbours and the segmenter's token boundaries of the candidates only.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from qualcode._io import atomic_write
from qualcode.explore._common import check_positive, respondent_rows, stopword_set, unique
from qualcode.model import Codebook
from qualcode.segment import Segmenter

__all__ = ["NEWWORD_COLUMNS", "accept_words", "discover_words", "ngram_counts"]

NEWWORD_COLUMNS = ["word", "length", "count", "pmi", "left_entropy", "right_entropy", "score", "aligned", "split",
                   "segmented_as", "respondents", "example"]
MAX_LEN = 4
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x3007, 0x3007))


def _codepoints(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Code points of the texts joined by a 0 separator, every non-Han character set to 0; and each text's start."""
    raw = np.frombuffer("\x00".join(texts).encode("utf-32-le"), dtype=np.uint32)
    han = np.zeros(len(raw), dtype=bool)
    for lo, hi in _HAN:
        han |= (raw >= lo) & (raw <= hi)
    cps = np.where(han, raw, 0).astype(np.uint64)
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]]) if len(texts) else np.zeros(0, np.int64)
    return cps, starts


def _ngrams(cps: np.ndarray, max_len: int) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """``(n, keys, starts)`` of the n-grams of Han characters for n = 2..max_len, each built from the one before
    with one shift of the code points (no gather)."""
    key, ok = cps, cps != 0
    for n in range(2, max_len + 1):
        m = len(cps) - n + 1
        if m <= 0:
            yield n, np.zeros(0, np.uint64), np.zeros(0, np.int64)
            continue
        nxt = cps[n - 1:n - 1 + m]
        key = key[:m] << np.uint64(16)
        key |= nxt
        ok = ok[:m] & (nxt != 0)
        pos = np.flatnonzero(ok)
        yield n, key[pos], pos


def _unpack(key: int, n: int) -> str:
    return "".join(chr((int(key) >> (16 * (n - 1 - j))) & 0xFFFF) for j in range(n))


Counts = dict  # n -> (sorted unique packed keys, counts)


def _count(texts: Sequence[str], max_len: int) -> Counts:
    return _count_codes(_codepoints(list(texts))[0], max_len)


def _count_codes(cps: np.ndarray, max_len: int) -> Counts:
    single = np.bincount(cps[cps > 0].astype(np.int64), minlength=1 << 16)  # Han code points are < 2^16
    chars = np.flatnonzero(single).astype(np.uint64)
    out = {1: (chars, single[chars.astype(np.int64)].astype(np.int64))}
    for n, key, _pos in _ngrams(cps, max_len):
        out[n] = np.unique(key, return_counts=True)
    return out



def ngram_counts(texts: Sequence[str], max_len: int = MAX_LEN) -> dict[int, pd.Series]:
    """Counts of the Han character n-grams (n = 1..``max_len``, at most 4) of ``texts``: ``{n: Series(count,
    index=packed key)}``. Counts of two chunks combine by adding (``a[n].add(b[n], fill_value=0)``)."""
    if not 1 <= max_len <= MAX_LEN:
        raise ValueError(f"max_len == {max_len!r}, must be between 1 and {MAX_LEN}")
    return {n: pd.Series(c, index=k, dtype=np.int64) for n, (k, c) in _count(texts, max_len).items()}


def _merge(a: Counts | None, b: Counts) -> Counts:
    """Add the counts of two chunks (sorted keys stay sorted)."""
    if a is None:
        return b
    out = {}
    for n in b:
        (ka, ca), (kb, cb) = a[n], b[n]
        keys = unique(np.concatenate([ka, kb]))  # both sorted: a sort, no argsort
        counts = np.zeros(len(keys), np.int64)
        counts[np.searchsorted(keys, ka)] += ca
        counts[np.searchsorted(keys, kb)] += cb
        out[n] = (keys, counts)
    return out


def _lookup(counts: tuple[np.ndarray, np.ndarray], keys: np.ndarray) -> np.ndarray:
    """Counts of ``keys`` (0 for a key not counted)."""
    uniq, cnt = counts
    if not len(uniq):
        return np.zeros(len(keys), np.int64)
    i = np.minimum(np.searchsorted(uniq, keys), len(uniq) - 1)
    return np.where(uniq[i] == keys, cnt[i], 0)


def _entropy(counts: np.ndarray, boundary: np.ndarray, total: np.ndarray, groups: np.ndarray, n_groups: int):
    """Branching entropy per candidate from (candidate, neighbour) pair counts; each occurrence at a text boundary is
    a distinct neighbour."""
    p = counts / total[groups]
    h = np.bincount(groups, weights=-p * np.log2(p), minlength=n_groups)
    with np.errstate(divide="ignore", invalid="ignore"):
        hb = np.where(boundary > 0, boundary / total * np.log2(total), 0.0)
    return h + hb


def _chunks(segments: Any, chunk_rows: int) -> list[pd.DataFrame]:
    if isinstance(segments, pd.DataFrame):
        segs = respondent_rows(segments)
        return [segs.iloc[i:i + chunk_rows] for i in range(0, max(len(segs), 1), chunk_rows)]
    return [respondent_rows(s) for s in segments]


def _token_edges(starts: np.ndarray, texts: list[str], token_lists, size: int) -> np.ndarray:
    """``edge[i]``: a token of the segmenter starts or ends at position ``i`` of the joined texts."""
    edge = bytearray(size + 1)
    for base, text, tokens in zip(starts.tolist(), texts, token_lists):
        pos = 0
        find = text.find
        for tok in tokens:
            i = find(tok, pos)
            if i < 0:
                continue
            pos = i + len(tok)
            edge[base + i] = 1
            edge[base + pos] = 1
    return np.frombuffer(bytes(edge), dtype=np.uint8).astype(bool)


def _find_candidates(chunk: pd.DataFrame, cps: np.ndarray, index: dict[int, pd.Index], tally: dict) -> dict:
    """Pass 2, first part, over one chunk (``cps``: its code points from pass 1): the occurrences of the candidates
    (``idx``: the candidate's position in ``index[n]``, a hash lookup; ``pos``: where it starts) and the
    segmenter's token boundaries (``edge``); adds each candidate's occurrences, aligned occurrences and aligned
    occurrences cut inside to ``tally[n]``."""
    texts = chunk["text"].tolist()
    starts = np.concatenate([[0], np.cumsum(np.fromiter(map(len, texts), np.int64, len(texts)) + 1)[:-1]])
    edge = _token_edges(starts, texts, chunk["tokens"].tolist(), len(cps))
    found: dict = {"edge": edge, "starts": starts}
    for n, key, pos in _ngrams(cps, max(index, default=1)):
        if n not in index:
            continue
        cand = index[n]
        idx = cand.get_indexer(pd.Index(key, copy=False)) if len(cand) else np.full(len(key), -1)
        hit = idx >= 0
        idx, pos = idx[hit].astype(np.int32), pos[hit].astype(np.int32)
        aligned = edge[pos] & edge[pos + n]
        inside = np.zeros(len(pos), dtype=bool)
        for j in range(1, n):
            inside |= edge[pos + j]
        for name, which in (("occ", idx), ("aligned", idx[aligned]), ("split", idx[aligned & inside])):
            tally[n][name] += np.bincount(which, minlength=len(cand))
        found[n] = (idx, pos)
    return found


def _occurrences(found: dict, cps: np.ndarray, n: int, ok: np.ndarray, offset: int) -> dict[str, np.ndarray]:
    """Pass 2, second part: neighbours, token-boundary alignment, the segmenter's cut and the segment (``row``:
    ``offset`` + position in the chunk) of every occurrence in one chunk of the candidates ``ok`` keeps."""
    idx, pos = found[n]
    sel = ok[idx]
    idx, pos = idx[sel].astype(np.int64), pos[sel].astype(np.int64)
    edge = found["edge"]
    left = np.where(pos > 0, cps[np.maximum(pos - 1, 0)], 0).astype(np.uint64)
    right = np.where(pos + n < len(cps), cps[np.minimum(pos + n, len(cps) - 1)], 0).astype(np.uint64)
    cut = np.zeros(len(pos), dtype=np.int64)  # bit j-1: the segmenter cut after the j-th character
    for j in range(1, n):
        cut |= edge[pos + j].astype(np.int64) << (j - 1)
    aligned = edge[pos] & edge[pos + n]
    row = offset + np.searchsorted(found["starts"], pos, side="right") - 1
    return {"idx": idx, "left": left, "right": right, "aligned": aligned, "cut": np.where(aligned, cut, -1),
            "row": row}


def discover_words(segments: Any, *, min_len: int = 2, max_len: int = MAX_LEN, min_count: int = 5,
                   min_pmi: float = 4.0, min_entropy: float = 1.0, min_aligned: float = 0.6, stopwords: Any = None,
                   segmenter: Segmenter | None = None, top: int | None = 100,
                   chunk_rows: int = 200_000) -> pd.DataFrame:
    """Candidate words: strings of 2..``max_len`` Han characters that hold together and occur in free contexts, and
    that the segmenter cuts into pieces.

    ``segments``: the pipeline's segments table (respondent rows are read) or an iterable of such tables (chunks).
    For each n-gram ``w`` seen at least ``min_count`` times: ``pmi`` (cohesion) is the smallest, over the ways of
    cutting ``w`` in two, of ``log2(f(w) N / (f(a) f(b)))`` (N: Han characters); ``left_entropy`` and
    ``right_entropy`` are the entropies (bits) of the characters just before and after it (an occurrence at a text
    edge counts as its own neighbour). Kept: ``pmi >= min_pmi``, both entropies ``>= min_entropy``, at least
    ``min_aligned`` of its occurrences starting and ending on the segmenter's token boundaries (``aligned``), and cut
    inside by the segmenter in most of those (``split`` > 0.5: a word it already keeps whole is not new); candidates
    whose first or last piece is a stop word or filler are dropped. ``score = pmi * min(left, right entropy)``, then
    candidates contained in a higher-scoring candidate with the same count are dropped.

    Returns ``word, length, count, pmi, left_entropy, right_entropy, score, aligned, split, segmented_as`` (how the
    segmenter cut it in the corpus, most often), ``respondents`` and ``example`` (a seg_id), best first; ``top`` rows.
    Review them (e.g. in a spreadsheet) and pass the ones to keep to :func:`accept_words`.
    """
    check_positive("min_len", min_len, 2)
    check_positive("min_count", min_count)
    if max_len < min_len or max_len > MAX_LEN:
        raise ValueError(f"max_len == {max_len!r}, must be between min_len ({min_len}) and {MAX_LEN}")
    chunks = _chunks(segments, chunk_rows)
    counts = None
    codes = []  # the Han code points of each chunk (16 bits each), kept for pass 2
    for chunk in chunks:  # pass 1: n-gram counts, chunk by chunk
        cps, _starts = _codepoints(chunk["text"].tolist())
        codes.append(cps.astype(np.uint16))
        counts = _merge(counts, _count_codes(cps, max_len))
    if counts is None or not len(counts[1][0]):
        return pd.DataFrame(columns=NEWWORD_COLUMNS)
    total = float(counts[1][1].sum())
    cand: dict[int, np.ndarray] = {}
    pmis: dict[int, pd.Series] = {}
    for n in range(min_len, max_len + 1):
        often = counts[n][1] >= min_count
        keys, c = counts[n][0][often], counts[n][1][often]
        pmi = np.full(len(c), np.inf)
        for k in range(1, n):
            shift = np.uint64(16 * (n - k))
            fa = _lookup(counts[k], keys >> shift).astype(float)
            fb = _lookup(counts[n - k], keys & ((np.uint64(1) << shift) - np.uint64(1))).astype(float)
            pmi = np.minimum(pmi, np.log2(c * total / (fa * fb)))
        keep = pmi >= min_pmi
        cand[n], pmis[n] = keys[keep], pd.Series(pmi[keep], index=keys[keep])
    index = {n: pd.Index(keys) for n, keys in cand.items()}
    tally = {n: {name: np.zeros(len(keys), np.int64) for name in ("occ", "aligned", "split")}
             for n, keys in cand.items()}
    found = [_find_candidates(chunk, cps.astype(np.uint64), index, tally) for chunk, cps in zip(chunks, codes)]
    offsets = np.cumsum([0, *map(len, chunks)])
    resp_codes = pd.factorize(np.concatenate([c["respondent_id"].astype(str).to_numpy() for c in chunks]))[0]
    seg_ids = np.concatenate([c["seg_id"].astype(str).to_numpy() for c in chunks])
    floors = (min_entropy, min_aligned)
    rows = []
    for n, t in tally.items():
        # alignment and split first: most n-grams do not sit on token boundaries
        with np.errstate(invalid="ignore", divide="ignore"):
            ok = (t["aligned"] / t["occ"] >= min_aligned) & (t["split"] > 0.5 * np.maximum(t["aligned"], 1))
        parts = [_occurrences(f, cps.astype(np.uint64), n, ok, int(o)) for f, cps, o in zip(found, codes, offsets)]
        occ = {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}
        rows.append(_candidate_rows(n, occ, ok, t, pmis[n], counts[n], floors, resp_codes, seg_ids))
    table = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=NEWWORD_COLUMNS)
    table = _drop_stop_edges(table, stopword_set(stopwords, segmenter))
    table = table.sort_values(["score", "count", "word"], ascending=[False, False, True], kind="stable")
    table = _drop_contained(table, top).reset_index(drop=True)
    return table.head(top)[NEWWORD_COLUMNS] if top else table[NEWWORD_COLUMNS]


def _pieces(word: str, cut: int) -> str:
    """The word cut where the bits of ``cut`` say (bit j-1: after the j-th character), pieces joined by spaces."""
    out, last = [], 0
    for j in range(1, len(word)):
        if cut >= 0 and cut >> (j - 1) & 1:
            out.append(word[last:j])
            last = j
    out.append(word[last:])
    return " ".join(out)


def _candidate_rows(n: int, occ: dict[str, np.ndarray], ok: np.ndarray, tally: dict[str, np.ndarray],
                    pmi: pd.Series, counts: tuple, floors: tuple[float, float], resp_codes: np.ndarray,
                    seg_ids: np.ndarray) -> pd.DataFrame:
    """The candidates of length ``n`` that pass the entropy, alignment and split floors, with their measures.
    ``occ``: one array per field of :func:`_occurrences`, one element per occurrence of a candidate ``ok`` keeps
    (those aligned and split often enough), in reading order; ``tally``: every candidate's occurrences, aligned
    occurrences and aligned occurrences cut inside."""
    min_entropy, min_aligned = floors
    keys_all = pmi.index.to_numpy(dtype=np.uint64)  # the sorted candidate keys
    new = np.cumsum(ok) - 1  # the kept candidates numbered in key order
    k = int(ok.sum())
    grp = new[occ["idx"]]
    keys = keys_all[ok]
    n_aligned, n_split = tally["aligned"][ok], tally["split"][ok]
    aligned = n_aligned / tally["occ"][ok]
    first = np.full(k, np.iinfo(np.int64).max)
    np.minimum.at(first, grp, occ["row"])
    n_resp = int(resp_codes.max()) + 1 if len(resp_codes) else 1
    respondents = np.bincount(unique(grp * n_resp + resp_codes[occ["row"]]) // n_resp, minlength=k)
    total = _lookup(counts, keys).astype(float)
    ent = {side: _side_entropy(grp, occ[side], total, k) for side in ("left", "right")}
    out = pd.DataFrame({"key": keys, "length": n, "count": total.astype(np.int64), "pmi": pmi.to_numpy()[ok],
                        "left_entropy": ent["left"], "right_entropy": ent["right"], "aligned": aligned,
                        "split": np.where(n_aligned > 0, n_split / np.maximum(n_aligned, 1), 0.0),
                        "respondents": respondents, "example": seg_ids[first] if k else seg_ids[:0]})
    kept = ((out["left_entropy"] >= min_entropy) & (out["right_entropy"] >= min_entropy)
            & (out["aligned"] >= min_aligned) & (out["split"] > 0.5)).to_numpy()
    out = out[kept]
    usual = _usual_cuts(grp, occ["cut"], kept)  # the segmenter's most frequent cut of each kept candidate
    words = [_unpack(key, n) for key in out["key"].tolist()]
    out.insert(1, "word", words)
    out["segmented_as"] = [_pieces(w, c) for w, c in zip(words, usual[kept].tolist())]
    out["score"] = out["pmi"] * np.minimum(out["left_entropy"], out["right_entropy"])
    return out.drop(columns="key")


def _side_entropy(grp: np.ndarray, neighbour: np.ndarray, total: np.ndarray, k: int) -> np.ndarray:
    """Branching entropy of each of ``k`` candidates from its occurrences' neighbours (0: a text edge)."""
    inner = neighbour != 0
    pair, c = np.unique(grp[inner].astype(np.uint64) << np.uint64(16) | neighbour[inner], return_counts=True)
    edges = np.bincount(grp[~inner], minlength=k).astype(float)
    return _entropy(c.astype(float), edges, total, (pair >> np.uint64(16)).astype(np.int64), k)


def _usual_cuts(grp: np.ndarray, cut: np.ndarray, kept: np.ndarray) -> np.ndarray:
    """Per candidate, its most frequent cut among the aligned occurrences (ties: the smaller bit set), -1 if none."""
    out = np.full(len(kept), -1, np.int64)
    take = (cut >= 0) & kept[grp]
    if not take.any():
        return out
    pair, c = np.unique(grp[take] * (1 << MAX_LEN) + cut[take], return_counts=True)
    g, v = pair >> MAX_LEN, pair & ((1 << MAX_LEN) - 1)
    order = np.lexsort((v, -c, g))  # by candidate, then count (descending), then cut
    g, v = g[order], v[order]
    head = np.r_[True, g[1:] != g[:-1]]
    out[g[head]] = v[head]
    return out


def _drop_stop_edges(table: pd.DataFrame, stop: frozenset[str]) -> pd.DataFrame:
    """Drop candidates whose first or last piece (as the segmenter cuts them) is a stop word or filler."""
    if not len(table):
        return table
    pieces = [p.split() for p in table["segmented_as"]]
    bad = [bool(p) and (p[0] in stop or p[-1] in stop) for p in pieces]
    return table[~np.asarray(bad, dtype=bool)]


def _drop_contained(table: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Drop a candidate inside a better-ranked one that occurs as often (it only occurs as part of it); stop once
    ``top`` candidates are kept."""
    kept: list[tuple[str, int]] = []
    keep = []
    for word, count in zip(table["word"], table["count"]):
        if top is not None and len(kept) >= top:
            keep.append(False)
            continue
        drop = any(word in w and word != w and count <= c for w, c in kept)
        keep.append(not drop)
        if not drop:
            kept.append((word, count))
    return table[np.asarray(keep, dtype=bool)] if len(table) else table


def accept_words(words: Iterable[str] | pd.DataFrame, *, codebook: Codebook | None = None,
                 lexicon: str = "discovered", user_dict: str | os.PathLike | None = None,
                 freq: int | None = None) -> Codebook | None:
    """Feed reviewed words back in one step: append them to the jieba-format ``user_dict`` file (created if missing;
    words already in it are not repeated) and return ``codebook`` with them added to its lexicon list ``lexicon``.

    Every lexicon term is a user word of the pipeline's segmenter (:func:`qualcode.coding.corpus_segmenter`), so the
    returned codebook keeps the words whole the next time :func:`qualcode.code_corpus` runs; save it with
    :func:`qualcode.save_codebook`. ``words``: words, or a :func:`discover_words` table (with a ``keep`` column, only
    the rows marked yes/y/1/true/x/是 are taken). ``freq``: the frequency written to the dictionary (default: none,
    so the segmenter's user-word frequency applies).
    """
    if isinstance(words, pd.DataFrame):
        table = words
        if "keep" in table.columns:
            marks = table["keep"].astype(str).str.strip().str.lower()
            table = table[marks.isin(["yes", "y", "1", "true", "x", "是", "1.0"])]
        words = table["word"].astype(str).tolist()
    words = list(dict.fromkeys(w.strip() for w in words if isinstance(w, str) and w.strip()))
    bad = [w for w in words if any(ch.isspace() for ch in w)]
    if bad:
        raise ValueError(f"words contain whitespace: {bad[:3]}; a dictionary word is one string without spaces")
    if user_dict is not None:
        path = Path(user_dict)
        old = path.read_text(encoding="utf-8-sig") if path.exists() else ""
        known = {line.split()[0] for line in old.splitlines() if line.strip() and not line.startswith("#")}
        new = [w for w in words if w not in known]
        with atomic_write(path) as fh:
            fh.write(old + ("" if not old or old.endswith("\n") else "\n")
                     + "".join(f"{w} {freq}\n" if freq else f"{w}\n" for w in new))
    if codebook is None:
        return None
    settings = dict(codebook.settings)
    lex = {k: list(v) for k, v in (settings.get("lexicon") or {}).items()}
    lex[lexicon] = list(dict.fromkeys([*lex.get(lexicon, []), *words]))
    settings["lexicon"] = lex
    return dataclasses.replace(codebook, settings=settings)
