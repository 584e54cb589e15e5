"""Property tests of the readers of new layouts: whatever the text, they never raise and every offset holds; and
the sentence cap keeps units short without moving an offset."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.ingest import parse_transcript
from qualcode.ingest._options import ReadOptions
from qualcode.ingest._subtitles import parse_subtitles
from qualcode.segment import Segmenter
from qualcode.segment._sentences import MAX_SENTENCE_CHARS, split_sentences

PIECES = ["说话人1 00:00", "说话人 2 01:23 ", "发言人1 00:05 你好", "张老师 00:00:05.000", "[00:03:15] 访谈者：",
          "00:31:02 受访者：", "（03:15）访谈者：", "访谈者（25:10）：", "陈某(00:00:12): ", "王主任：", "老人：",
          "访谈时间：2025年", "受访者：李某某，男，72岁", "文字记录:", "关键词:", "以上内容由AI生成，仅供参考",
          "标题行", "2025年7月14日 上午 9:32|47分钟", "我跟她说：", "你好。", "冬天冷", "（笑）", "\n", "\n\n", "\r\n",
          " ", "\u3000", "：", ":", "---\n", "id: x\n", "speakers: {王主任: respondent}\n", "1", "00:01", "-->",
          "\ufeff"]
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
CUES = st.lists(st.tuples(st.sampled_from(["00:00:01,000 --> 00:00:02,500", "00:01.000 --> 00:02.000",
                                           "00:00:03.5 --> x", "WEBVTT", "NOTE", "1", ""]),
                          st.sampled_from(["访谈者：你好", "<v 老人>好的</v>", "<v.slow 女儿>我来", "说话人 2: 缺人。",
                                           "（众人笑）", "", "<i>嗯</i>", "文本\n第二行"])),
                max_size=12).map(lambda cs: "\n\n".join(f"{a}\n{b}" for a, b in cs))


def _check(text, parsed):
    n_lines = max(1, text.count("\n") + text.count("\r") + 1)
    for issue in parsed.issues:
        assert issue.line is None or 1 <= issue.line <= n_lines, str(issue)
    for t in parsed.turns:
        assert 0 <= t.start <= t.end <= len(text)
        assert text[t.start:t.end] == t.text
        for a, b in t.notes:
            assert t.start <= a < b <= t.end
        assert t.speaker_kind in ("interviewer", "respondent")


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, layout=st.sampled_from(["auto", "tagged", "speech_to_text", "tencent_meeting"]))
def test_transcript_parser_never_raises_and_offsets_hold(text, layout):
    _check(text, parse_transcript(text, "fuzz.txt", options=ReadOptions(layout=layout)))


@settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(CUES, CUES.map(lambda t: "WEBVTT - 标题\n\n" + t), st.text(max_size=200)),
       suffix=st.sampled_from([".srt", ".vtt"]))
def test_subtitle_parser_never_raises_and_offsets_hold(text, suffix):
    _check(text, parse_subtitles(text, f"fuzz{suffix}", suffix))


RUNS = st.lists(st.sampled_from(["我们", "村里", "老人", "，", "、", " ", "冬天取暖", "嗯", "。", "\n", "（笑）",
                                 "说话人", "a", "1"]), max_size=400).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=RUNS)
def test_sentences_are_capped_and_offsets_hold(text):
    for s, e, sentence in split_sentences(text):
        assert text[s:e] == sentence
        assert 0 < e - s <= MAX_SENTENCE_CHARS
        assert sentence == sentence.strip()


def test_segmenter_sentences_agree_with_split_sentences_on_long_unpunctuated_turns(tmp_path):
    from qualcode.ingest import read_corpus

    body = "老人一个人在家冬天取暖很难 村医隔一阵子送药 孩子们在外地打工" * 40 + "，" + "嗯" * 450
    (tmp_path / "a.txt").write_text("受访者：" + body + "\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    segs = Segmenter(cache_dir=False).segment(corpus)
    doc = corpus["a"]
    want = [(doc.turns[0].start + s, doc.turns[0].start + e) for s, e, _ in split_sentences(doc.turns[0].text)]
    assert list(zip(segs["start"], segs["end"])) == want
    assert segs["text"].str.len().max() <= MAX_SENTENCE_CHARS and len(segs) >= 10
    assert all(doc.text[s:e] == t for s, e, t in zip(segs["start"], segs["end"], segs["text"]))
