"""Property tests: offsets always reproduce the turn text, whatever the characters, line ends or encoding."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.errors import InputError
from qualcode.ingest import parse_transcript, read_corpus
from qualcode.ingest._encoding import DecodeFailure, decode_bytes

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
EMOJI = st.sampled_from(["😀", "👨‍👩‍👧", "🇨🇳", "❤️", "𠀀"])
PUNCT = st.sampled_from(list("，。！？；：、“”（）[]【】… ,.!?:") + ["（笑）", "[停顿]"])
ASCII = st.sampled_from(list(string.ascii_letters + string.digits + " \t"))
CHUNK = st.lists(st.one_of(CJK, EMOJI, PUNCT, ASCII), min_size=0, max_size=40).map("".join)
TAG = st.sampled_from(["访谈者：", "受访者：", "问:", "答：", "Q: ", "A：", ""])
NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def transcripts(draw):
    lines = draw(st.lists(st.tuples(TAG, CHUNK), min_size=1, max_size=12))
    nl = draw(NEWLINE)
    body = [tag + chunk.replace("\n", " ").replace("\r", " ") for tag, chunk in lines]
    if draw(st.booleans()):
        body = ["---", "role: family", "---", *body]
    return nl.join(body) + draw(st.sampled_from(["", nl]))


@settings(max_examples=300, deadline=None)
@given(transcripts())
def test_offsets_reproduce_turn_text(text):
    parsed = parse_transcript(text, "p.txt")
    for i, turn in enumerate(parsed.turns, start=1):
        assert text[turn.start:turn.end] == turn.text
        assert turn.turn == i
        assert turn.speaker_kind in ("interviewer", "respondent")
        for s, e in turn.notes:
            assert turn.start <= s < e <= turn.end
    for issue in parsed.issues:
        assert issue.path == "p.txt" and issue.message


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(transcripts(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_decoded_file_offsets(tmp_path, text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    path = tmp_path / "t.txt"
    path.write_bytes(data)
    try:
        corpus = read_corpus(path)
    except InputError as exc:
        assert all(str(i).startswith(str(path)) for i in exc.issues)
        return
    for doc in corpus:
        for turn in doc.turns:
            assert doc.text[turn.start:turn.end] == turn.text
    assert path.read_bytes() == data


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decoder_never_crashes_on_arbitrary_bytes(data):
    try:
        text, enc = decode_bytes(data)
    except DecodeFailure as exc:
        assert exc.reason and exc.hint
        return
    assert isinstance(text, str) and enc
