"""Hostile input: a large corpus with a handful of broken files, and fuzzing of the transcript reader.

The corpus is built in tmp_path: 1000 small good transcripts (UTF-8, UTF-8 with BOM, GBK, CRLF, front matter or
not) and broken files of every kind a real folder holds (a binary file, undecodable bytes, Latin-1 text, broken
front matter, unclosed front matter, an empty file, text before the first speaker tag, a duplicate id). A file with
one huge line of several MB is not broken: it must load intact.
"""

from __future__ import annotations

import io
import os
import random
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.errors import InputError, TranscriptError
from qualcode.ingest import parse_transcript, read_corpus
from qualcode.ingest._encoding import DecodeFailure, decode_bytes

N_GOOD = 1000
HUGE_CHARS = 3_000_000  # about 9 MB of UTF-8 on one line

SENTENCES = ["家里现在几口人？", "孩子他爸在外地打工，一年回来一趟。", "补助每个月十号到账。",
             "村里没人来说过这个政策。", "老人身体不好，常年吃药。", "学校减免了住宿费。", "（笑）说起来也是赶巧了。",
             "[停顿] 那倒没有。"]

def _random_bytes(seed: int, n: int, lo: int, hi: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(lo, hi) for _ in range(n))


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/sharedStrings.xml", "<sst>" + "受访者：你好" * 200 + "</sst>")
    return buf.getvalue()


#: file name -> (bytes, the line the problem must be reported on (whole-file problems on line 1), a word of the
#: message)
BROKEN: dict[str, tuple[bytes, int | None, str]] = {
    "zz_binary.txt": (_random_bytes(1, 4096, 0, 256), 1, "binary"),
    "zz_zip_renamed.txt": (_zip_bytes(), 1, "binary"),  # an .xlsx/.docx saved under a .txt name
    "zz_undecodable.txt": (_random_bytes(2, 600, 0x80, 0x100), 1, "decode"),
    "zz_latin1.txt": ("---\nid: L1\nrole: family\n---\nR: café résumé naïve\n".encode("latin-1"), 1, "decode"),
    "zz_broken_front_matter.txt": ("---\nid: B1\nrole: [family\n---\n受访者：你好。\n".encode(), 3, "front matter"),
    "zz_unclosed_front_matter.txt": ("---\nid: B2\nrole: family\n受访者：你好。\n".encode(), 1, "not closed"),
    "zz_empty.txt": (b"", 1, "empty"),
    "zz_no_tags.txt": ("---\nid: B3\nrole: family\n---\n这一段没有说话人标签。\n第二行。\n".encode(), 5,
                       "before the first"),
    "zz_duplicate_id.txt": ("---\nid: T0001\nrole: family\n---\n受访者：你好。\n".encode(), 2, "duplicate"),
}


def _good(i: int, rng: random.Random) -> bytes:
    turns = []
    for k in range(rng.randrange(2, 6)):
        tag = "访谈者" if k % 2 == 0 else "受访者"
        turns.append(f"{tag}：{''.join(rng.sample(SENTENCES, 2))}")
    body = "\n".join(turns) + "\n"
    style = i % 5
    if style == 0:
        return f"---\nid: T{i:04d}\nrole: family\n---\n{body}".encode()
    if style == 1:
        return b"\xef\xbb\xbf" + f"---\nid: T{i:04d}\nrole: staff\n---\n{body}".encode()  # UTF-8 with BOM
    if style == 2:
        return f"---\nid: T{i:04d}\nrole: family\n---\n{body}".encode("gbk")
    if style == 3:
        return f"---\nid: T{i:04d}\nrole: staff\n---\n{body}".replace("\n", "\r\n").encode()  # CRLF
    return body.encode()  # no front matter: id from the file name, role missing (a warning only)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    rng = random.Random(7)
    for i in range(N_GOOD):
        name = f"T{i:04d}.txt"
        sub = root / ("batch2" if i >= 500 else "")  # subfolders are read too
        sub.mkdir(exist_ok=True)
        (sub / name).write_bytes(_good(i, rng))
    (root / "T9999_huge.txt").write_text("---\nid: HUGE\nrole: family\n---\n受访者：" + "很" * HUGE_CHARS + "\n",
                                         encoding="utf-8")
    for name, (data, _line, _word) in BROKEN.items():
        (root / name).write_bytes(data)
    return root


def test_keep_going_loads_every_good_file_and_reports_every_bad_one(hostile):
    corpus = read_corpus(hostile, keep_going=True)
    ids = {d.doc_id for d in corpus.documents}
    assert len(corpus.documents) == N_GOOD + 1
    assert {f"T{i:04d}" for i in range(N_GOOD)} | {"HUGE"} == ids
    errors = [i for i in corpus.problems if i.is_error]
    by_file = {Path(i.path).name: i for i in errors}
    assert set(by_file) == set(BROKEN), sorted(by_file)
    for name, (_data, line, word) in BROKEN.items():
        issue = by_file[name]
        assert issue.line == line, str(issue)
        assert word in str(issue), str(issue)
        where = f"{issue.path}:{line}: " if line is not None else f"{issue.path}: "
        assert str(issue).startswith(where)
    # the good files are read exactly: offsets hold, encodings are detected, CRLF and BOM handled
    for doc in corpus.documents:
        assert doc.turns, doc.doc_id
        for t in doc.turns:
            assert doc.text[t.start:t.end] == t.text
            assert "\ufeff" not in t.text
    encodings = {d.encoding for d in corpus.documents}
    assert "gb18030" in encodings and any(e.startswith("utf-8") for e in encodings)
    huge = corpus["HUGE"]
    assert len(huge.turns) == 1 and len(huge.turns[0].text) == HUGE_CHARS


def test_without_keep_going_one_error_lists_every_bad_file(hostile):
    with pytest.raises(TranscriptError) as info:
        read_corpus(hostile)
    message = str(info.value)
    assert message.startswith(f"{len(BROKEN)} problems in {len(BROKEN)} files (use --keep-going")
    for name in BROKEN:
        assert name in message
    assert {Path(i.path).name for i in info.value.errors} == set(BROKEN)


# ------------------------------------------------------------------------------------------------ fuzzing
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(["---", "id: x", "role: a", "受访者：", "访谈者：", "A:", "Q：", "问：", "\r\n", "\n",
                              "\r", "：", "王奶奶：", "speakers: {王奶奶: respondent}", "speakers: [1, 2]", "（笑）",
                              "[", "---\n", "...", " ", "\t", "\u3000", "\ufeff", "\x00", "你好。", "id: [", "'", '"']),
             max_size=40).map("".join),
)


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_parser_never_raises_and_offsets_hold(text):
    parsed = parse_transcript(text, "fuzz.txt")
    for issue in parsed.issues:
        assert issue.path == "fuzz.txt"
        assert issue.line is None or 1 <= issue.line <= max(1, text.count("\n") + text.count("\r") + 1)
    for turn in parsed.turns:
        assert 0 <= turn.start <= turn.end <= len(text)
        assert text[turn.start:turn.end] == turn.text
        for a, b in turn.notes:
            assert turn.start <= a < b <= turn.end


@settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600))
def test_decoder_only_raises_decode_failure(data):
    try:
        text, encoding = decode_bytes(data)
    except DecodeFailure as exc:
        assert isinstance(exc, ValueError) and exc.reason and exc.hint
        return
    assert isinstance(text, str) and isinstance(encoding, str)


@settings(max_examples=60, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=400), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_read_corpus_on_arbitrary_bytes_raises_only_input_errors(data):
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "x.txt").write_bytes(data)
        for keep_going in (False, True):
            try:
                corpus = read_corpus(tmp, keep_going=keep_going)
            except InputError as exc:
                assert exc.issues and all(str(i).startswith(os.path.join(tmp, "x.txt")) or i.path == tmp
                                          for i in exc.issues)
                continue
            for doc in corpus.documents:
                for t in doc.turns:
                    assert doc.text[t.start:t.end] == t.text


# ------------------------------------------------------------------------------------------------ known ingest bugs
# Found by fuzzing ingest (alias bombs, deep nesting, GBK file names); fixed there, kept here as regressions.

def test_front_matter_alias_bomb_is_refused(tmp_path):
    lines = ["---", "id: BOMB", "role: family", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
        prev = name
    (tmp_path / "x.txt").write_text("\n".join([*lines, "---", "受访者：你好。", ""]), encoding="utf-8")
    (tmp_path / "ok.txt").write_text("---\nrole: family\n---\n受访者：你好。\n", encoding="utf-8")
    corpus = read_corpus(tmp_path, keep_going=True)  # fast: the expansion would happen later, in respondents()/turns()
    ids = [d.doc_id for d in corpus.documents]  # never let pytest print the documents: their repr expands a bomb
    refused = [str(i) for i in corpus.problems if "x.txt" in i.path and i.is_error]
    del corpus
    assert ids == ["ok"]
    assert refused and "x.txt:4: broken front matter: YAML anchors (&name) are not allowed here" in refused[0]


def test_deeply_nested_front_matter_is_an_input_error(tmp_path):
    (tmp_path / "x.txt").write_text("---\nid: D\nrole: family\nx: " + "[" * 5000 + "]" * 5000
                                    + "\n---\n受访者：你好。\n", encoding="utf-8")
    with pytest.raises(TranscriptError, match="x.txt"):
        read_corpus(tmp_path)


def test_deeply_nested_corpus_yaml_is_an_input_error(tmp_path):
    (tmp_path / "a.txt").write_text("---\nid: A\nrole: family\n---\n受访者：你好。\n", encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text("name: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(TranscriptError, match="corpus.yaml"):
        read_corpus(tmp_path, keep_going=True)


@pytest.mark.skipif(os.name != "posix", reason="byte file names are a POSIX thing")
def test_gbk_file_name_does_not_break_table_output(tmp_path):
    from qualcode._io import write_table

    folder = os.fsencode(tmp_path)
    with open(folder + b"/" + "测试访谈".encode("gbk") + b".txt", "wb") as fh:
        fh.write("---\nrole: family\n---\n受访者：你好。\n".encode())
    corpus = read_corpus(tmp_path, keep_going=True)
    write_table(corpus.turns(), tmp_path.parent / f"{tmp_path.name}_turns.csv")


def test_atheris_harness_skips_cleanly_without_atheris(monkeypatch, capsys):
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "fuzz_transcript.py"
    spec = importlib.util.spec_from_file_location("fuzz_transcript", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setitem(sys.modules, "atheris", None)
    assert module.main(["fuzz_transcript.py"]) == 0
    assert "atheris is not installed: skipping" in capsys.readouterr().out
    module.check("---\nid: x\n---\n受访者：你好\r\n继续。".encode())  # the harness's own check passes on good input
    module.check(b"\xff\x00\x01")
