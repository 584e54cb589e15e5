"""The vectorised exploration counts against straightforward reference implementations (plain Python loops and
pandas groupby): the array code that makes a 10-million-character corpus fast must give the same tables."""

from __future__ import annotations

import collections
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode import explore
from qualcode.explore import _collocations, _frequency, _keyness, _newwords
from qualcode.explore._kwic import token_offsets
from test_explore import _corpus_with_new_word, table

WORDS = ["补助", "申请", "材料", "审核", "的", "嗯", "孩子", "学校", "2020", "我们", "宣传"]

token_rows = st.lists(st.tuples(st.sampled_from("ABCD"), st.sampled_from(["family", "official"]),
                                st.lists(st.sampled_from(WORDS), max_size=12)), min_size=1, max_size=12)


def _segments(rows):
    return table([(doc, k + 1, 1, "respondent", role, tokens) for k, (doc, role, tokens) in enumerate(rows)])


def _content(segs):
    """Content tokens of each respondent segment, by the module's own stop-word set."""
    stop = explore._common.stopword_set()
    return [[t for t in toks if t not in stop and not t.isdigit()] for toks in segs["tokens"]]


# ---------------------------------------------------------------- encoding and counts
@settings(max_examples=40, deadline=None)
@given(token_rows)
def test_encoded_tokens_are_the_content_tokens_in_order(rows):
    segs = _segments(rows)
    enc = _frequency.encode_tokens(segs)
    content = _content(segs)
    flat = [t for toks in content for t in toks]
    assert enc.vocab.tolist() == list(dict.fromkeys(flat))  # first appearance order, every entry used
    assert enc.vocab[enc.word].tolist() == flat
    assert enc.row.tolist() == [i for i, toks in enumerate(content) for _t in toks]


def _group_counts_by_pandas(segs, by):
    content = _content(segs)
    long = pd.DataFrame({"g": segs[by] if by else "all", "seg": range(len(segs)), "resp": segs["respondent_id"],
                         "word": content}).explode("word").dropna(subset=["word"])
    grp = long.groupby(["g", "word"])
    return pd.DataFrame({"count": grp.size(), "segments": grp["seg"].nunique(), "respondents": grp["resp"].nunique()})


@pytest.mark.parametrize("in_array", [True, False])
@settings(max_examples=30, deadline=None)
@given(rows=token_rows)
def test_group_word_counts_match_pandas_groupby(rows, in_array):
    with pytest.MonkeyPatch.context() as mp:
        if not in_array:  # force the sort path
            mp.setattr(_frequency, "ARRAY_KEYS", 0)
            mp.setattr(_frequency, "ARRAY_KEYS_PER_TOKEN", 0)
        _check_group_word_counts(_segments(rows))


def _check_group_word_counts(segs):
    for by in ("role", None):
        out, totals = _frequency.group_word_counts(_frequency.encode_tokens(segs), by)
        ref = _group_counts_by_pandas(segs, by)
        got = out.rename(columns={by or "_group": "g"})
        if by is None:
            got["g"] = "all"
        got = got.set_index(["g", "word"]).sort_index()
        assert got.astype(int).equals(ref.sort_index().astype(int))
        assert int(totals.sum()) == sum(map(len, _content(segs)))


@settings(max_examples=30, deadline=None)
@given(token_rows)
def test_word_respondents_match_pandas(rows):
    segs = _segments(rows)
    enc = _frequency.encode_tokens(segs)
    ref = (pd.DataFrame({"resp": segs["respondent_id"], "word": _content(segs)}).explode("word").dropna()
           .groupby("word")["resp"].nunique())
    got = pd.Series(_frequency.word_respondents(enc), index=enc.vocab)
    assert got.sort_index().tolist() == ref.sort_index().tolist()


# ---------------------------------------------------------------- collocations
def _window_reference(content, window):
    pairs, segs_of, first, second = collections.Counter(), collections.defaultdict(set), collections.Counter(), \
        collections.Counter()
    for s, toks in enumerate(content):
        for i, a in enumerate(toks):
            for b in toks[i + 1:i + 1 + window]:
                pairs[a, b] += 1
                segs_of[a, b].add(s)
                first[a] += 1
                second[b] += 1
    return pairs, segs_of, first, second


@pytest.mark.parametrize("packed", [True, False])
@settings(max_examples=30, deadline=None)
@given(rows=token_rows, window=st.integers(1, 4), min_count=st.integers(1, 3))
def test_window_collocations_match_plain_counting(rows, window, min_count, packed):
    segs = _segments(rows)
    with pytest.MonkeyPatch.context() as mp:
        if not packed:  # the path for vocabularies too large to pack (pair, segment) into one integer
            mp.setattr(_collocations, "PACKED_LIMIT", 0)
        got = explore.collocations(segs, window=window, min_count=min_count)
    pairs, segs_of, first, second = _window_reference(_content(segs), window)
    n = sum(pairs.values())
    want = {p: c for p, c in pairs.items() if c >= min_count}
    assert set(zip(got["word_a"], got["word_b"])) == set(want)
    for r in got.itertuples():
        assert r.count == want[r.word_a, r.word_b] and r.segments == len(segs_of[r.word_a, r.word_b])
        assert r.count_a == first[r.word_a] and r.count_b == second[r.word_b]
        assert r.expected == pytest.approx(first[r.word_a] * second[r.word_b] / n, rel=1e-12)


# ---------------------------------------------------------------- keyness reference
def test_general_reference_is_jiebas_dictionary_added_up():
    import jieba

    words, freqs = [], []
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                words.append(parts[0])
                freqs.append(int(parts[1]))
    ref = pd.Series(freqs, index=words, dtype=np.int64).groupby(level=0).sum()
    _keyness._jieba_dictionary.cache_clear()
    got = _keyness._jieba_dictionary()
    assert got.equals(ref) and got.index.equals(ref.index)


# ---------------------------------------------------------------- new words
HAN = _newwords._HAN


def _is_han(ch):
    return any(lo <= ord(ch) <= hi for lo, hi in HAN)


def _entropy(neighbours, edges, total):
    h = -sum(c / total * math.log2(c / total) for c in neighbours.values())
    return h + (edges / total * math.log2(total) if edges else 0.0)


def _discover_reference(segs, min_count, min_pmi, min_entropy, min_aligned, max_len=4):
    """discover_words written as plain loops over the texts (before the stop-word and containment steps)."""
    texts, tokens = segs["text"].tolist(), segs["tokens"].tolist()
    counts = {n: collections.Counter() for n in range(1, max_len + 1)}
    for text in texts:
        for n in counts:
            for p in range(len(text) - n + 1):
                if all(map(_is_han, text[p:p + n])):
                    counts[n][text[p:p + n]] += 1
    total_chars = sum(counts[1].values())
    bounds = [{x for s, e in token_offsets(t, toks) if s >= 0 for x in (s, e)} for t, toks in zip(texts, tokens)]
    rows = []
    for n in range(2, max_len + 1):
        for w, c in counts[n].items():
            if c < min_count:
                continue
            pmi = min(math.log2(c * total_chars / (counts[k][w[:k]] * counts[n - k][w[k:]])) for k in range(1, n))
            if pmi < min_pmi:
                continue
            occ = []
            for i, text in enumerate(texts):
                for p in range(len(text) - n + 1):
                    if text[p:p + n] == w:
                        left = text[p - 1] if p > 0 and _is_han(text[p - 1]) else None
                        right = text[p + n] if p + n < len(text) and _is_han(text[p + n]) else None
                        aligned = p in bounds[i] and p + n in bounds[i]
                        cut = sum(1 << (j - 1) for j in range(1, n) if p + j in bounds[i])
                        occ.append((i, left, right, aligned, cut))
            n_aligned = sum(o[3] for o in occ)
            n_split = sum(1 for o in occ if o[3] and o[4])
            if not (n_aligned / len(occ) >= min_aligned and n_split > 0.5 * max(n_aligned, 1)):
                continue
            ent = []
            for side in (1, 2):
                nb = collections.Counter(o[side] for o in occ if o[side] is not None)
                ent.append(_entropy(nb, sum(1 for o in occ if o[side] is None), c))
            split = n_split / max(n_aligned, 1) if n_aligned else 0.0
            if min(ent) < min_entropy or n_aligned / len(occ) < min_aligned or split <= 0.5:
                continue
            cuts = collections.Counter(o[4] for o in occ if o[3])
            usual = min(cuts, key=lambda k: (-cuts[k], k)) if cuts else -1
            rows.append({"word": w, "length": n, "count": c, "pmi": pmi, "left_entropy": ent[0],
                         "right_entropy": ent[1], "aligned": n_aligned / len(occ), "split": split,
                         "segmented_as": _newwords._pieces(w, usual),
                         "respondents": len({segs["respondent_id"].iat[o[0]] for o in occ}),
                         "example": segs["seg_id"].iat[occ[0][0]], "score": pmi * min(ent)})
    return pd.DataFrame(rows)


def _mixed_corpus():
    segs, seg = _corpus_with_new_word()
    extra = ["孩子上学的补助申请材料要审核", "补助申请材料审核以后发放", "学校说补助申请要等审核", "靶向帮扶的材料",
             "儿童主任管困境儿童", "困境儿童的补助", "儿童主任上门", "嘎查的儿童主任说补助申请"]
    more = table([(f"R{i % 3}", 100 + i, 1, "respondent", "x", seg.tokenize(t)) for i, t in enumerate(extra * 3)])
    return pd.concat([segs, more], ignore_index=True)


@pytest.mark.parametrize("floors", [(3, 2.0, 0.0, 0.0), (2, 1.0, 0.5, 0.6), (5, 3.0, 1.0, 0.6)])
def test_discover_words_matches_plain_loops(floors):
    min_count, min_pmi, min_entropy, min_aligned = floors
    segs = _mixed_corpus()
    got = explore.discover_words(segs, min_count=min_count, min_pmi=min_pmi, min_entropy=min_entropy,
                                 min_aligned=min_aligned, stopwords=False, top=None)
    ref = _discover_reference(segs, min_count, min_pmi, min_entropy, min_aligned)
    assert len(ref) > 0
    ref = ref.sort_values(["score", "count", "word"], ascending=[False, False, True], kind="stable")
    ref = _newwords._drop_contained(ref).reset_index(drop=True)[explore.NEWWORD_COLUMNS]
    assert got["word"].tolist() == ref["word"].tolist()
    exact = ["length", "count", "respondents", "segmented_as", "example", "aligned", "split"]
    pd.testing.assert_frame_equal(got[exact], ref[exact], check_dtype=False)
    for col in ("pmi", "left_entropy", "right_entropy", "score"):
        np.testing.assert_allclose(got[col].to_numpy(float), ref[col].to_numpy(float), rtol=1e-12)
    chunked = explore.discover_words([segs.iloc[i:i + 5] for i in range(0, len(segs), 5)], min_count=min_count,
                                     min_pmi=min_pmi, min_entropy=min_entropy, min_aligned=min_aligned,
                                     stopwords=False, top=None)
    pd.testing.assert_frame_equal(got, chunked)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(-1, 7)), max_size=40),
       st.lists(st.booleans(), min_size=5, max_size=5))
def test_usual_cut_is_the_most_frequent_then_the_smallest(occurrences, kept):
    grp = np.array([g for g, _c in occurrences], dtype=np.int64)
    cut = np.array([c for _g, c in occurrences], dtype=np.int64)
    got = _newwords._usual_cuts(grp, cut, np.array(kept))
    for g in range(5):
        cuts = collections.Counter(c for gg, c in occurrences if gg == g and c >= 0)
        want = min(cuts, key=lambda c: (-cuts[c], c)) if cuts and kept[g] else -1
        assert got[g] == want
