"""Property tests: offsets hold for arbitrary CJK / emoji / CRLF / note-laden text, for sentences, tokens and tables."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.ingest import find_notes
from qualcode.model import Corpus, Document, Turn
from qualcode.segment import Segmenter, split_sentences

PIECES = st.sampled_from([
    "困境儿童", "的", "低保", "我们", "嗯", "，", "。", "！", "？", "!", "?", ";", "；", "…", "……", "”", "“", "）",
    "（笑）", "[停顿]", "【听不清】", "(inaudible)", " ", "  ", "\r\n", "\n", "\r", "\t", "😀", "👍🏽", "𠀀", "ab",
    "C3", "3.5%", "１２", "—", "·", "\u3000", "é", "e\u0301", "甲乙丙", "x", "〔", "〕", "'", '"',
])
TEXTS = st.one_of(st.lists(PIECES, max_size=25).map("".join), st.text(max_size=40))

_SEGS: dict[tuple, Segmenter] = {}


def seg_for(backend: str, unit: str = "sentence") -> Segmenter:
    """Segmenters loaded once per module (loading a dictionary costs ~0.3-1 s)."""
    key = (backend, unit)
    if key not in _SEGS:
        _SEGS[key] = Segmenter(backend=backend, unit=unit, speakers="all", cache_dir=False)
        if (backend, "sentence") in _SEGS:
            _SEGS[key].backend_ = _SEGS[(backend, "sentence")].backend_  # same dictionary, share the tokenizer
    return _SEGS[key]


def _outside_notes(text: str):
    notes = find_notes(text)
    return [i for i, c in enumerate(text) if c.isalnum() and not any(s <= i < e for s, e in notes)]


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_sentences_keep_offsets_and_cover_every_word_character(text):
    sents = split_sentences(text)
    prev = 0
    for start, end, s in sents:
        assert text[start:end] == s and s == s.strip() and start >= prev and end > start
        prev = end
    covered = {i for start, end, _ in sents for i in range(start, end)}
    assert set(_outside_notes(text)) <= covered


SENTENCE_CHARS = st.sampled_from(list("我们好的ab1 \t\r\n\u3000\u2028\x85\xa0。！？!?；;…⋯”’\"'"
                                      "」』）)]】》〉（([【x𠀀😀"))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(SENTENCE_CHARS, max_size=40).map("".join), TEXTS, st.text(max_size=60)))
def test_array_sentence_bounds_equal_the_regex(text):
    """The segmenter finds sentences with array operations; they must be the spans of SENTENCE_RE (the spec)."""
    from qualcode.segment._engine import _codes
    from qualcode.segment._sentences import char_classes, sentence_bounds, sentence_spans

    starts, ends = sentence_bounds(char_classes(_codes(text)))
    assert list(zip(starts.tolist(), ends.tolist())) == sentence_spans(text)


@pytest.mark.parametrize("backend", ["jieba", "rjieba"])
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_tokens_with_offsets_hold(backend, text):
    out = seg_for(backend).tokens_with_offsets(text)
    prev = 0
    for tok, start, end in out:
        assert text[start:end] == tok and start >= prev
        assert any(c.isalnum() for c in tok) and not any(c.isspace() for c in tok)
        prev = end
    notes = find_notes(text)
    assert not any(s <= start < e for _, start, _ in out for s, e in notes)
    covered = {i for _, start, end in out for i in range(start, end)}
    assert set(_outside_notes(text)) <= covered


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), TEXTS), min_size=1, max_size=6), st.sampled_from(["\n", "\r\n"]),
       st.sampled_from(["sentence", "turn"]))
def test_segments_table_offsets_hold(turn_specs, newline, unit):
    text = "标题" + newline
    turns = []
    for k, (is_resp, body) in enumerate(turn_specs, start=1):
        body = body.replace("\r", " ").replace("\n", " ")  # a turn is one line here
        prefix = "受访者：" if is_resp else "访谈者："
        start = len(text) + len(prefix)
        text += prefix + body + newline
        turns.append(Turn("D1", k, prefix[:-1], "respondent" if is_resp else "interviewer", start,
                          start + len(body), body, k + 1))
    corpus = Corpus("p", (Document("D1", "D1.txt", "0" * 64, "utf-8", text, tuple(turns), {"role": "r"}),))
    seg = seg_for("rjieba", unit)
    df = seg.segment(corpus)
    for row in df.itertuples():
        assert text[row.start:row.end] == row.text
        assert "".join(row.tokens) == "".join(t for t, _, _ in seg.tokens_with_offsets(row.text)) or unit == "turn"
    if unit == "turn":
        assert len(df) == len(turns)
