"""Segmenter: backends, dictionaries, offsets, sentence splitting, segments table, cache, processes, spaCy view."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from qualcode.errors import InputError, MissingDependencyError
from qualcode.model import SEGMENT_COLUMNS, Corpus, Document, Turn
from qualcode.segment import MissingModelError, Segmenter, domain_dict_path, split_sentences, validate_user_dict
from qualcode.segment._dictionary import read_dictionary

BACKENDS = ["jieba", "rjieba"]
DOMAIN_TERMS = ["困境儿童", "事实无人抚养儿童", "儿童主任", "儿童督导员", "民政局", "低保", "临时救助", "村委会",
                "嘎查", "苏木", "留守儿童", "监护人", "兜底保障"]


@pytest.fixture(scope="module")
def segs():
    """One loaded segmenter per backend (loading jieba takes ~1 s), no cache."""
    return {b: Segmenter(backend=b, cache_dir=False) for b in BACKENDS}


def make_corpus() -> Corpus:
    """Two small transcripts built by hand: offsets computed from the text, CRLF in one, notes and attributes."""
    def doc(doc_id, lines, attrs, newline="\n"):
        text = ""
        turns = []
        for k, (speaker, kind, body) in enumerate(lines, start=1):
            prefix = f"{speaker}："
            start = len(text) + len(prefix)
            text += prefix + body
            turns.append(Turn(doc_id, k, speaker, kind, start, start + len(body), body, k))
            text += newline
        return Document(doc_id, f"{doc_id}.txt", "0" * 64, "utf-8", text, tuple(turns), attrs)

    d1 = doc("F01", [
        ("访谈者", "interviewer", "您是怎么知道困境儿童补助的？"),
        ("受访者", "respondent",
         "（笑）说起来也是赶巧了。村里的儿童主任来家里，说事实无人抚养儿童能领钱！“真的？”我问。"),
        ("访谈者", "interviewer", "后来呢？"),
        ("受访者", "respondent", "低保和临时救助都申请了……民政局批下来了\r\n[停顿] 就是说，村委会帮着填的表"),
    ], {"role": "family", "district": "宁城县"}, newline="\r\n")
    d2 = doc("C01", [
        ("访谈者", "interviewer", "嘎查里有几个留守儿童？"),
        ("受访者", "respondent", "嗯，有七八个。苏木的儿童督导员每月来一次；监护人大多是爷爷奶奶。"),
    ], {"role": "community", "district": "红山区"})
    return Corpus("mem", (d1, d2))


# ---------------------------------------------------------------------------------------------- dictionary


def test_shipped_dictionary_parses_and_has_the_domain_terms():
    entries, _data = read_dictionary(domain_dict_path())
    words = {e.word for e in entries}
    assert set(DOMAIN_TERMS) <= words
    assert all(e.freq and e.freq >= 1 for e in entries)
    assert 30 <= len(entries) <= 300  # curated and modest


@pytest.mark.parametrize("backend", BACKENDS)
def test_domain_terms_stay_whole(segs, backend):
    text = ("事实无人抚养儿童的监护人去民政局申请低保和临时救助，儿童主任和儿童督导员在嘎查苏木工作，"
            "村委会关心留守儿童和困境儿童，做好兜底保障。")
    toks = segs[backend].tokenize(text)
    for term in DOMAIN_TERMS:
        assert term in toks, (term, toks)


def test_without_domain_dict_terms_split():
    toks = Segmenter(backend="rjieba", cache_dir=False, domain_dict=False).tokenize("困境儿童和事实无人抚养儿童")
    assert "困境儿童" not in toks and "事实无人抚养儿童" not in toks


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_segmenters_with_different_dictionaries_are_independent(segs, backend):
    text = "她申请了困境儿童补助金和大病救助款。"
    plain = segs[backend]
    before = plain.tokenize(text)
    assert "困境儿童补助金" not in before and "大病救助款" not in before
    custom = Segmenter(backend=backend, cache_dir=False, user_words=["困境儿童补助金", "大病救助款"])
    got = custom.tokenize(text)
    assert "困境儿童补助金" in got and "大病救助款" in got
    assert plain.tokenize(text) == before  # the other segmenter did not change
    fresh = Segmenter(backend=backend, cache_dir=False)
    assert fresh.tokenize(text) == before


def test_jieba_global_tokenizer_is_never_used(monkeypatch):
    import jieba

    def boom(*a, **k):
        raise AssertionError("jieba's global tokenizer was used")

    monkeypatch.setattr(jieba, "lcut", boom)
    monkeypatch.setattr(jieba, "cut", boom)
    monkeypatch.setattr(jieba, "add_word", boom)
    monkeypatch.setattr(jieba, "load_userdict", boom)
    seg = Segmenter(backend="jieba", cache_dir=False, user_words=["困境儿童补助金"])
    assert "困境儿童补助金" in seg.tokenize("困境儿童补助金发下来了")
    assert seg.backend_.tokenizer is not jieba.dt


def test_user_dict_file_is_loaded(tmp_path):
    path = tmp_path / "dict.txt"
    path.write_text("# my words\n困境儿童补助金 50 n\n\n大病救助款\n", encoding="utf-8")
    assert validate_user_dict(path) == []
    seg = Segmenter(backend="rjieba", cache_dir=False, user_dict=path)
    toks = seg.tokenize("困境儿童补助金和大病救助款")
    assert toks[0] == "困境儿童补助金"


def test_user_dict_bad_lines_reported_with_path_and_line(tmp_path):
    path = tmp_path / "dict.txt"
    path.write_text("好词 10 n\n坏词 abc n\n太 多 的 字段\n零频 0\n", encoding="utf-8")
    issues = validate_user_dict(path)
    assert [i.line for i in issues] == [2, 3, 4]
    with pytest.raises(InputError) as err:
        Segmenter(cache_dir=False, user_dict=path).tokenize("好词")
    msg = str(err.value)
    assert f"{path}:2: invalid dictionary entry '坏词 abc n': frequency 'abc' is not a whole number" in msg
    assert f"{path}:3: invalid dictionary entry '太 多 的 字段': 4 fields, at most 3" in msg
    assert f"{path}:4:" in msg and "must be >= 1" in msg


def test_user_dict_missing_or_not_utf8(tmp_path):
    missing = tmp_path / "nope.txt"
    assert "cannot read user dictionary" in str(validate_user_dict(missing)[0])
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("好词 10\n困境儿童 5\n".encode("gbk"))
    issue = validate_user_dict(gbk)[0]
    assert issue.line == 1 and "not UTF-8" in issue.message


def test_user_words_validated():
    with pytest.raises(ValueError, match=r"user_words == '困境儿童': must be an iterable of words"):
        Segmenter(cache_dir=False, user_words="困境儿童").tokenize("x")
    with pytest.raises(ValueError, match=r"user_words\[1\] == 'a b': a dictionary word cannot contain whitespace"):
        Segmenter(cache_dir=False, user_words=["好", "a b"]).tokenize("x")


def test_user_words_from_a_generator_are_kept():
    seg = Segmenter(backend="rjieba", cache_dir=False, user_words=(w for w in ["大病救助款"]))
    assert "大病救助款" in seg.tokenize("大病救助款")
    assert "大病救助款" in seg.tokenize("大病救助款到了")  # the generator was consumed once, the words stay


# ---------------------------------------------------------------------------------------------- backends


def test_unknown_backend_lists_the_choices():
    with pytest.raises(ValueError) as err:
        Segmenter(backend="thulac").tokenize("你好")
    assert str(err.value) == "backend == 'thulac': unknown backend; choose one of 'auto', 'jieba', 'rjieba', 'pkuseg'"


def test_auto_prefers_rjieba_and_falls_back_to_jieba(monkeypatch):
    seg = Segmenter(cache_dir=False)
    seg.tokenize("你好")
    assert seg.backend_name_ == "rjieba"
    monkeypatch.setitem(sys.modules, "rjieba", None)  # import rjieba now fails
    seg = Segmenter(cache_dir=False)
    seg.tokenize("你好")
    assert seg.backend_name_ == "jieba"


def test_missing_rjieba_gives_install_hint(monkeypatch):
    from qualcode.segment._backends import clear_shared_backends

    clear_shared_backends()  # (a backend loaded earlier in this process would be reused)
    monkeypatch.setitem(sys.modules, "rjieba", None)
    with pytest.raises(MissingDependencyError) as err:
        Segmenter(backend="rjieba", cache_dir=False).tokenize("你好")
    assert "pip install 'qualcode[fast]'" in str(err.value)


def test_missing_pkuseg_gives_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy_pkuseg", None)
    with pytest.raises(MissingDependencyError) as err:
        Segmenter(backend="pkuseg", cache_dir=False).tokenize("你好")
    assert "pip install 'qualcode[pkuseg]'" in str(err.value)


def test_pkuseg_without_model_explains_and_downloads_nothing(monkeypatch, tmp_path):
    monkeypatch.delenv("QUALCODE_PKUSEG_MODEL", raising=False)
    monkeypatch.setenv("PKUSEG_HOME", str(tmp_path))
    with pytest.raises(MissingModelError) as err:
        Segmenter(backend="pkuseg", cache_dir=False).tokenize("你好")
    assert isinstance(err.value, MissingDependencyError)
    assert "ships none" in str(err.value) and "QUALCODE_PKUSEG_MODEL" in str(err.value)
    assert list(tmp_path.iterdir()) == []  # nothing was downloaded


@pytest.mark.parametrize("params, message", [
    ({"unit": "paragraph"}, "unit == 'paragraph': must be 'sentence' or 'turn'"),
    ({"speakers": "interviewer"}, "speakers == 'interviewer': must be 'respondent' or 'all'"),
    ({"n_jobs": 0}, "n_jobs == 0: must be an int >= 1, or -1 for one process per CPU"),
    ({"cache_dir": 3}, "cache_dir == 3: must be None, False or a folder path"),
    ({"domain_dict": 1.5}, "domain_dict == 1.5: must be True, False or a dictionary path"),
])
def test_parameters_validated_on_use_with_name_and_value(params, message):
    seg = Segmenter(**{"cache_dir": False, **params})  # __init__ stores only
    assert all(getattr(seg, k) == v for k, v in params.items())
    with pytest.raises(ValueError) as err:
        seg.segment(make_corpus())
    assert str(err.value) == message


def test_get_params_set_params_and_pickle():
    import pickle

    seg = Segmenter(backend="rjieba", unit="turn", cache_dir=False)
    assert seg.get_params()["unit"] == "turn"
    assert "unit='turn'" in repr(seg)
    seg.tokenize("你好")
    clone = pickle.loads(pickle.dumps(seg))
    assert clone.get_params() == seg.get_params() and "_backend" not in clone.__dict__
    seg.set_params(unit="sentence")
    assert seg.unit == "sentence"
    with pytest.raises(ValueError, match="invalid parameter 'units'"):
        seg.set_params(units="x")


# ---------------------------------------------------------------------------------------------- tokens, sentences


@pytest.mark.parametrize("backend", BACKENDS)
def test_tokens_with_offsets_skip_notes_punctuation_and_space(segs, backend):
    text = "（笑）他说：\r\n我不知道 [停顿] 😀 ok！"
    out = segs[backend].tokens_with_offsets(text)
    assert all(text[s:e] == t for t, s, e in out)
    toks = [t for t, _, _ in out]
    assert "笑" not in toks and "停顿" not in toks and "（" not in toks and "😀" not in toks
    assert toks[:2] == ["他", "说"] and toks[-1] == "ok"
    assert segs[backend].tokenize(text) == toks


def test_split_sentences_rules():
    text = "他说：“我不去！”然后走了。（叹气）\r\n[停顿] 真的吗?是的;好……\n\n最后一句没有句号  "
    sents = split_sentences(text)
    assert [s for _, _, s in sents] == ["他说：“我不去！”", "然后走了。", "真的吗?", "是的;", "好……",
                                        "最后一句没有句号"]
    assert all(text[a:b] == s for a, b, s in sents)
    assert split_sentences("（笑）\n。。\n   ") == []


def test_content_tokens_remove_stopwords_and_fillers(segs):
    seg = segs["jieba"]
    stop = seg.get_stopwords()
    assert {"我们", "就是说", "嗯", "那个", "反正", "然后"} <= stop
    toks = ["嗯", "那个", "我们", "申请", "低保", "反正", "然后", "临时救助"]
    assert seg.content_tokens(toks) == ["申请", "低保", "临时救助"]
    assert Segmenter(stopwords=False, fillers=["嗯"]).content_tokens(toks) == [
        "那个", "我们", "申请", "低保", "反正", "然后", "临时救助"]
    with pytest.raises(ValueError, match="tokens == '嗯嗯': must be a list of tokens"):
        seg.content_tokens("嗯嗯")


def test_stopword_list_is_spacy_based_not_the_unlicensed_lists():
    from spacy.lang.zh.stop_words import STOP_WORDS

    from qualcode.segment import load_stopwords

    shipped = load_stopwords()
    assert shipped <= set(STOP_WORDS)
    assert len(shipped) > 1000


# ---------------------------------------------------------------------------------------------- segments table


def check_table(df, corpus, unit):
    docs = {d.doc_id: d.text for d in corpus}
    assert list(df.columns[: len(SEGMENT_COLUMNS)]) == SEGMENT_COLUMNS
    for row in df.itertuples():
        assert docs[row.doc_id][row.start:row.end] == row.text
        parts = row.seg_id.split(":")
        assert parts[0] == row.doc_id and int(parts[1]) == row.turn
        if unit == "sentence":
            assert len(parts) == 3 and int(parts[2]) == row.sentence >= 1
        else:
            assert len(parts) == 2 and row.sentence == 0
        pos = 0
        for tok in row.tokens:
            i = row.text.find(tok, pos)
            assert i >= 0, (tok, row.text)
            pos = i + len(tok)
            assert any(c.isalnum() for c in tok) and not any(c.isspace() for c in tok)


@pytest.mark.parametrize("backend", BACKENDS)
def test_segment_corpus_sentences(segs, backend):
    corpus = make_corpus()
    df = segs[backend].segment(corpus)
    check_table(df, corpus, "sentence")
    assert list(df.columns) == [*SEGMENT_COLUMNS, "role", "district"]
    assert set(df.speaker_kind) == {"respondent"}
    f01 = df[df.doc_id == "F01"]
    assert f01.seg_id.tolist() == ["F01:2:1", "F01:2:2", "F01:2:3", "F01:2:4", "F01:4:1", "F01:4:2", "F01:4:3"]
    assert f01.text.tolist()[:4] == ["说起来也是赶巧了。", "村里的儿童主任来家里，说事实无人抚养儿童能领钱！",
                                     "“真的？”", "我问。"]
    assert f01.text.tolist()[4:] == ["低保和临时救助都申请了……", "民政局批下来了", "就是说，村委会帮着填的表"]
    assert "笑" not in f01.tokens.iloc[0] and "停顿" not in sum(f01.tokens, [])
    assert "儿童主任" in f01.tokens.iloc[1] and "事实无人抚养儿童" in f01.tokens.iloc[1]
    assert set(f01.role) == {"family"} and set(df[df.doc_id == "C01"].district) == {"红山区"}
    # sentence numbers restart in every turn and are consecutive
    for _, grp in df.groupby(["doc_id", "turn"]):
        assert grp.sentence.tolist() == list(range(1, len(grp) + 1))


def test_segment_turn_unit_and_all_speakers(segs):
    corpus = make_corpus()
    seg = Segmenter(backend="jieba", unit="turn", speakers="all", cache_dir=False)
    seg.backend_ = segs["jieba"].backend_  # reuse the loaded tokenizer (same dictionary)
    df = seg.segment(corpus)
    check_table(df, corpus, "turn")
    assert df.seg_id.tolist() == ["F01:1", "F01:2", "F01:3", "F01:4", "C01:1", "C01:2"]
    assert df.speaker_kind.tolist() == ["interviewer", "respondent"] * 3
    t = df.set_index("seg_id").loc["F01:4"]
    assert t.text == corpus["F01"].turns[3].text and "\r\n" in t.text


def test_segment_turns_dataframe_equals_corpus(segs):
    corpus = make_corpus()
    a = segs["rjieba"].segment(corpus)
    turns = corpus.turns()
    b = segs["rjieba"].segment(turns.sample(frac=1.0, random_state=1))  # any row order
    pd.testing.assert_frame_equal(a, b)


def test_segment_rejects_bad_turns_tables(segs):
    turns = make_corpus().turns()
    with pytest.raises(ValueError, match="turns table lacks column\\(s\\) text"):
        segs["jieba"].segment(turns.drop(columns=["text"]))
    bad = turns.copy()
    bad.loc[1, "end"] += 1
    with pytest.raises(ValueError, match="row 1 .* has end - start == .* must satisfy document.text"):
        segs["jieba"].segment(bad)
    with pytest.raises(ValueError, match="give a qualcode Corpus"):
        segs["jieba"].segment(["一句话"])


def test_segment_empty_input(segs):
    df = segs["jieba"].segment(Corpus("empty", ()))
    assert len(df) == 0 and list(df.columns) == SEGMENT_COLUMNS


# ---------------------------------------------------------------------------------------------- cache, processes


class Counting:
    """Wraps a backend and counts calls to cut."""

    def __init__(self, inner):
        self.inner, self.calls = inner, 0
        self.exact, self.name, self.version = inner.exact, inner.name, inner.version

    def cut(self, text):
        self.calls += 1
        return self.inner.cut(text)


def test_cache_hit_and_invalidation(tmp_path, segs):
    corpus = make_corpus()
    first = Segmenter(backend="rjieba", cache_dir=tmp_path)
    first.backend_ = counting = Counting(segs["rjieba"].backend_)
    a = first.segment(corpus)
    assert counting.calls >= 1 and first.stats_["cache_misses"] == 2
    second = Segmenter(backend="rjieba", cache_dir=tmp_path)
    b = second.segment(corpus)
    assert second.stats_["cache_hits"] == 2 and second.stats_["computed_documents"] == 0
    assert "_backend" not in second.__dict__  # the backend was never even loaded
    pd.testing.assert_frame_equal(a, b)
    # a dictionary change (codebook terms) invalidates every entry
    third = Segmenter(backend="rjieba", cache_dir=tmp_path, user_words=["赶巧"])
    third.backend_ = counting3 = Counting(third.backend_)
    third.segment(corpus)
    assert counting3.calls >= 1 and third.stats_["cache_hits"] == 0
    # a changed unit too
    fourth = Segmenter(backend="rjieba", cache_dir=tmp_path, unit="turn")
    fourth.backend_ = segs["rjieba"].backend_
    fourth.segment(corpus)
    assert fourth.stats_["cache_hits"] == 0


def test_cache_recomputes_only_changed_documents_and_survives_corruption(tmp_path, segs):
    corpus = make_corpus()
    seg = Segmenter(backend="rjieba", cache_dir=tmp_path)
    seg.backend_ = segs["rjieba"].backend_
    seg.segment(corpus)
    d1, d2 = corpus.documents
    new_turn = Turn("C01", 2, d2.turns[1].speaker, "respondent", d2.turns[1].start, d2.turns[1].end,
                    "嗯，有八九个。" + d2.turns[1].text[7:], 2)
    changed = Corpus("mem", (d1, Document("C01", "C01.txt", "1" * 64, "utf-8",
                                          d2.text[:new_turn.start] + new_turn.text + d2.text[new_turn.end:],
                                          (d2.turns[0], new_turn), d2.attributes)))
    seg2 = Segmenter(backend="rjieba", cache_dir=tmp_path)
    seg2.backend_ = segs["rjieba"].backend_
    seg2.segment(changed)
    assert seg2.stats_["cache_hits"] == 1 and seg2.stats_["computed_documents"] == 1
    for f in (tmp_path / "segments").rglob("*.bin"):  # cache entries (marshal format)
        f.write_bytes(b"\x00 not an entry")
    seg3 = Segmenter(backend="rjieba", cache_dir=tmp_path)
    seg3.backend_ = segs["rjieba"].backend_
    out = seg3.segment(corpus)
    assert seg3.stats_["cache_hits"] == 0 and len(out) > 0


def test_cache_dir_from_environment(tmp_path, monkeypatch, segs):
    monkeypatch.setenv("QUALCODE_CACHE_DIR", str(tmp_path / "env-cache"))
    seg = Segmenter(backend="rjieba")
    seg.backend_ = segs["rjieba"].backend_
    seg.segment(make_corpus())
    assert list((tmp_path / "env-cache" / "segments").rglob("*.bin"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_processes_give_identical_results(segs, backend, monkeypatch, repo_root):
    from qualcode.ingest import read_corpus

    corpus = read_corpus(repo_root / "corpora" / "chifeng")
    one = segs[backend].segment(corpus)
    many = Segmenter(backend=backend, cache_dir=False, n_jobs=2)
    many.backend_ = segs[backend].backend_  # forked workers inherit the loaded tokenizer
    monkeypatch.setattr(Segmenter, "MIN_PARALLEL_CHARS", 0)
    pd.testing.assert_frame_equal(one, many.segment(corpus))
    # small batches in-process too (batching must not change tokens)
    monkeypatch.setattr(Segmenter, "BATCH_CHARS", 500)
    pd.testing.assert_frame_equal(one, segs[backend].segment(corpus))


def test_backend_calls_in_a_second_thread_give_identical_results(segs, monkeypatch, repo_root):
    """rjieba releases the GIL while it cuts, so batches are cut in a second thread while this one prepares and
    finishes the others; the table is the same as cutting them one after another."""
    import threading

    from qualcode.ingest import read_corpus

    corpus = read_corpus(repo_root / "corpora" / "chifeng")
    assert segs["rjieba"].backend_.releases_gil and not segs["jieba"].backend_.releases_gil
    monkeypatch.setattr(Segmenter, "PIPELINE_MIN_CHARS", 10**12)
    alone = segs["rjieba"].segment(corpus)
    threads = set()

    class Recording(Counting):
        releases_gil = True

        def cut(self, text):
            threads.add(threading.current_thread().name)
            return self.inner.cut(text)

    seg = Segmenter(backend="rjieba", cache_dir=False)
    seg.backend_ = Recording(segs["rjieba"].backend_)
    monkeypatch.setattr(Segmenter, "PIPELINE_MIN_CHARS", 2_000)
    monkeypatch.setattr("qualcode.segment._segmenter._usable_cpus", lambda: 2)
    pd.testing.assert_frame_equal(alone, seg.segment(corpus))
    assert threads and all(name.startswith("qualcode-segment") for name in threads)
    monkeypatch.setattr("qualcode.segment._segmenter._usable_cpus", lambda: 1)  # one CPU: no second thread
    threads.clear()
    pd.testing.assert_frame_equal(alone, seg.segment(corpus))
    assert threads == {threading.current_thread().name}


# ---------------------------------------------------------------------------------------------- spaCy view


@pytest.mark.parametrize("backend", BACKENDS)
def test_spacy_doc_offsets_agree(segs, backend):
    import spacy

    seg = segs[backend]
    text = "（笑）村里的儿童主任来家里，  说事实无人抚养儿童能领钱！\r\n[停顿] 就是说 ok"
    doc = seg.to_doc(text)
    assert isinstance(seg.nlp, spacy.language.Language) and seg.nlp.lang == "zh"
    assert doc.text == text
    words = {(t.idx, t.text) for t in doc}
    for tok, start, _end in seg.tokens_with_offsets(text):
        assert (start, tok) in words
    assert [s.text for s in doc.spans["notes"]] == ["（笑）", "[停顿]"]
    assert [t.text for t in seg.nlp("低保")] == ["低保"]


def test_rows_encoding_round_trips_tokens_with_the_separator():
    import numpy as np

    from qualcode.segment._engine import Rows

    rows = Rows(np.array([0, 0, 1]), np.array([1, 2, 1]), np.array([0, 3, 0]), np.array([3, 5, 2]),
                [["a\x00b", "c"], [], ["d"]])
    back = Rows.decode(rows.encode())
    assert back.tokens == rows.tokens and back.tpos.tolist() == [0, 0, 1]
    plain = Rows(rows.tpos, rows.sentence, rows.start, rows.end, [["x", "y"], [], ["z"]])
    assert isinstance(plain.encode()["w"], str) and Rows.decode(plain.encode()).tokens == plain.tokens


def test_stopwords_attribute():
    seg = Segmenter(fillers=False)
    assert "我们" in seg.stopwords_ and "反正" not in seg.stopwords_ and "反正" in Segmenter().stopwords_


def test_segment_rejects_duplicate_turns(segs):
    turns = make_corpus().turns()
    with pytest.raises(ValueError, match="repeats doc_id 'F01', turn 1; \\(doc_id, turn\\) must be unique"):
        segs["jieba"].segment(pd.concat([turns.iloc[:1], turns]))


class FakePkuseg:
    """Stands in for spacy_pkuseg.pkuseg: drops whitespace like the real one, forces user words."""

    def __init__(self, model_name, user_dict=None):
        self.model_name, self.words = model_name, list(user_dict or [])

    def cut(self, text):
        import re

        out = []
        pattern = "(" + "|".join(map(re.escape, self.words)) + ")" if self.words else None
        for chunk in text.split():
            for part in (re.split(pattern, chunk) if pattern else [chunk]):
                if part in self.words:
                    out.append(part)
                else:
                    out += [part[i:i + 2] for i in range(0, len(part), 2)]
        return out


def test_pkuseg_backend_with_a_local_model_is_realigned(monkeypatch, tmp_path):
    import types

    model = tmp_path / "model"
    model.mkdir()
    (model / "weights.npz").write_bytes(b"")
    monkeypatch.setenv("QUALCODE_PKUSEG_MODEL", str(model))
    monkeypatch.setitem(sys.modules, "spacy_pkuseg", types.SimpleNamespace(pkuseg=FakePkuseg))
    seg = Segmenter(backend="pkuseg", cache_dir=False, domain_dict=False, user_words=["困境儿童"])
    text = "他们 是困境儿童\r\n（笑） 对吧。"
    out = seg.tokens_with_offsets(text)
    assert all(text[s:e] == t for t, s, e in out)
    assert [t for t, _, _ in out] == ["他们", "是", "困境儿童", "对吧"]
    assert seg.backend_.model_dir == str(model) and seg.backend_.exact is False
    df = seg.segment(make_corpus())
    check_table(df, make_corpus(), "sentence")


def test_backend_that_rewrites_text_is_refused(segs):
    class Rewriting(Counting):
        def cut(self, text):
            return [t.replace("儿", "兒") for t in self.inner.cut(text)]

    seg = Segmenter(backend="jieba", cache_dir=False)
    seg.backend_ = Rewriting(segs["jieba"].backend_)
    with pytest.raises(ValueError, match="segmenter tokens do not reproduce the text"):
        seg.segment(make_corpus())
