"""Where a turn starts: speaker tags, timestamps and the layouts of speech-to-text exports.

A *layout* is a list of line matchers; a line that one of them matches starts a turn, and the text after the match
(on the same line) plus the lines below it until the next turn start are the turn's text. The layouts:

``tagged``
    ``访谈者：…`` with a known or declared label, optionally with a timestamp before the tag (``[00:03:15] 访谈者：``,
    ``00:03:15 受访者：``, ``（03:15）访谈者：``), after it (``访谈者（25:10）：``, ``陈某(00:00:12): `` as Tencent
    Meeting writes it) or right after the colon (``访谈者：（03:15）…``). A timestamped tag may be any name.
``speech_to_text`` (aliases ``iflytek``, ``feishu``, ``tingwu``, ``dingtalk``)
    a header line holding only a speaker label and a time (``说话人1 00:01:23``, ``发言人 2  01:23``,
    ``张老师 00:00:05.000``), the paragraphs below it are the turn; also one-line ``发言人1 01:20 text`` for the
    machine labels 说话人N / 发言人N / Speaker N.
``tencent_meeting``
    ``name(HH:MM:SS): text`` and the ``tagged`` forms.
``auto`` (default)
    all of the above; the speech-to-text header line only counts once a document has two of them.

A ``turn_pattern`` in corpus.yaml replaces the layout: a regular expression matched at the start of a line with a
named group ``speaker`` and optional groups ``time`` and ``end``; the rest of the line starts the turn's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Layout", "TurnStart", "compile_turn_pattern", "make_layout", "parse_time"]

#: ``MM:SS`` or ``H:MM:SS``, optionally with milliseconds (``,mmm`` or ``.mmm``).
TIME = r"(?:\d{1,2}:)?\d{1,2}:[0-5]\d(?:[.,]\d{1,3})?"
_SP = r"[ \t\u3000]"
_BRACKETED = rf"[\[【（(]{_SP}*(?:{TIME}){_SP}*[\]】）)]"
#: A name used as a speaker label: no blanks, punctuation or brackets, not starting with a digit.
_NAME_STOPS = r"：:，,。！？!?、；;“”\"'‘’（）()\[\]【】<>|《》"  # punctuation and brackets a name cannot hold
NAME = rf"[^\s\d{_NAME_STOPS}][^\s{_NAME_STOPS}]{{0,11}}?"
#: Machine speaker labels of speech-to-text services.
MACHINE = r"(?:说话人|發言人|说話人|發话人|发言人|讲话人|講話人|Speaker|SPEAKER|speaker)[ _]?\d{1,3}"
MACHINE_RE = re.compile(MACHINE)
#: Words that can stand before a time on a header line without being a speaker (``下午 3:05``).
_NOT_SPEAKERS = {"上午", "下午", "中午", "晚上", "早上", "凌晨", "时间", "時間", "日期", "录音", "錄音", "时长", "時長",
                 "开始", "結束", "结束", "AM", "PM", "am", "pm"}

LAYOUT_NAMES = ("auto", "tagged", "speech_to_text", "iflytek", "feishu", "tingwu", "dingtalk", "tencent_meeting")


def parse_time(value: str) -> float | None:
    """Seconds of ``MM:SS`` / ``HH:MM:SS`` with optional ``,mmm`` / ``.mmm`` (None when it is not a time)."""
    value = value.strip().strip("[]【】（）()").strip()
    m = re.fullmatch(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?", value)
    if not m:
        return None
    h, mi, s, ms = m.groups()
    total: float = int(h or 0) * 3600 + int(mi) * 60 + int(s)
    if ms:
        total += int(ms.ljust(3, "0")) / 1000
    return float(total)


@dataclass(frozen=True)
class TurnStart:
    """A line that starts a turn: the speaker label as written, where the turn's text starts in the line, the
    times (seconds) and how it was recognised (``tag``, ``timed`` (a timestamped name), ``header`` (a
    speech-to-text header line) or ``pattern``)."""

    speaker: str
    text_at: int
    time_start: float | None
    time_end: float | None
    how: str


@dataclass(frozen=True)
class Layout:
    """The matchers of one layout: ``match(line) -> TurnStart | None``; ``header_lines`` is True when the layout
    reads speech-to-text header lines (needed to decide the layout of a document)."""

    name: str
    matchers: tuple[Callable[[str], TurnStart | None], ...]
    header_lines: bool = False

    def match(self, line: str, allow_header: bool = True) -> TurnStart | None:
        for m in self.matchers:
            got = m(line)
            if got is not None and (allow_header or got.how != "header"):
                return got
        return None


def _times(m: re.Match, *groups: str) -> float | None:
    names = m.re.groupindex
    for g in groups:
        value = m.group(g) if g in names else None
        if value:
            return parse_time(value)
    return None


#: After a label's number: not a time that ends the line (``说话人1 00:00`` is a header line, not ``说话人1 00：``).
_NOT_TIME = rf"(?![：:]\d{{2}}(?::\d{{2}})?(?:[.,]\d{{1,3}})?{_SP}*$)"


def _tag_regex(labels: Sequence[str]) -> re.Pattern:
    alt = "|".join(re.escape(x) for x in sorted(set(labels), key=len, reverse=True)) or r"(?!)"
    return re.compile(
        rf"^{_SP}*(?:(?P<t1>{_BRACKETED}|{TIME}(?={_SP})){_SP}*)?"
        rf"(?P<tag>(?:{alt})(?:[ \t]?\d{{1,3}}{_NOT_TIME})?){_SP}*"
        rf"(?:(?P<t2>{_BRACKETED}){_SP}*)?[：:]{_SP}*(?:(?P<t3>{_BRACKETED}){_SP}*)?", re.I)


_TIMED_NAME = re.compile(
    rf"^{_SP}*(?:(?P<t1>{_BRACKETED}|{TIME}(?={_SP})){_SP}*(?P<a>{NAME}(?:[ \t]\d{{1,3}})?){_SP}*[：:]"
    rf"|(?P<b>{NAME}(?:[ \t]\d{{1,3}})?){_SP}*(?P<t2>{_BRACKETED}){_SP}*[：:]){_SP}*")
_HEADER = re.compile(
    rf"^{_SP}*(?P<tag>{NAME}(?:[ \t]\d{{1,3}})?){_SP}+(?P<t1>{TIME})"
    rf"(?:{_SP}*(?:-->|—|–|-|~|～){_SP}*(?P<end>{TIME}))?{_SP}*$")
_MACHINE_LINE = re.compile(rf"^{_SP}*(?P<tag>{MACHINE}){_SP}+(?P<t1>{TIME}){_SP}+(?=\S)")


def _tagged(labels: Sequence[str]) -> Callable[[str], TurnStart | None]:
    rx = _tag_regex(labels)

    def match(line: str) -> TurnStart | None:
        m = rx.match(line)
        if not m:
            return None
        t = _times(m, "t1", "t2", "t3")
        return TurnStart(m.group("tag").strip(), m.end(), t, None, "tag" if t is None else "timed")

    return match


def _timed_name(line: str) -> TurnStart | None:
    m = _TIMED_NAME.match(line)
    if not m:
        return None
    name = (m.group("a") or m.group("b")).strip()
    if name in _NOT_SPEAKERS:
        return None
    return TurnStart(name, m.end(), _times(m, "t1", "t2"), None, "timed")


def _header_line(line: str) -> TurnStart | None:
    m = _HEADER.match(line)
    if m:
        name = m.group("tag").strip()
        if name in _NOT_SPEAKERS:
            return None
        return TurnStart(name, len(line), parse_time(m.group("t1")), _times(m, "end"), "header")
    m = _MACHINE_LINE.match(line)
    if m:
        return TurnStart(m.group("tag").strip(), m.end(), parse_time(m.group("t1")), None, "timed")
    return None


def make_layout(name: str, labels: Sequence[str]) -> Layout:
    """The layout ``name`` (see the module docstring) for the known speaker ``labels``."""
    tagged = _tagged(labels)
    if name == "tagged":
        return Layout(name, (tagged,))
    if name in ("speech_to_text", "iflytek", "feishu", "tingwu", "dingtalk"):
        return Layout(name, (_header_line,), header_lines=True)
    if name == "tencent_meeting":
        return Layout(name, (tagged, _timed_name))
    if name == "auto":
        return Layout(name, (tagged, _timed_name, _header_line), header_lines=True)
    raise ValueError(f"layout == {name!r}, must be one of {', '.join(LAYOUT_NAMES)}")


def compile_turn_pattern(pattern: str) -> tuple[Layout | None, str | None]:
    """A layout from a user's ``turn_pattern`` regex, or ``(None, reason)`` when it cannot be used."""
    try:
        rx = re.compile(pattern)
    except re.error as exc:
        return None, f"turn_pattern is not a valid regular expression: {exc}"
    if "speaker" not in rx.groupindex:
        return None, "turn_pattern needs a named group (?P<speaker>...) for the speaker label"

    def match(line: str) -> TurnStart | None:
        m = rx.match(line)
        if not m or not (m.group("speaker") or "").strip():
            return None
        return TurnStart(m.group("speaker").strip(), m.end(), _times(m, "time"), _times(m, "end"), "pattern")

    return Layout("pattern", (match,)), None
