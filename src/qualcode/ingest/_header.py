"""The header block of a transcript: title, ``访谈时间：…`` fields and other lines before the first turn.

Chinese transcripts usually open with a heading::

    内蒙古农村独居老人照护研究 访谈记录            <- title

    访谈编号：I01                                  <- fields
    访谈时间：2025年7月12日
    受访者：李某某，男，72岁，独居                  <- looks like a turn, but is a field
    访谈者：陈某

    访谈者：李大爷，您好……                         <- the first turn

The rule (documented in docs/corpus.md): starting at the top, each run of non-blank lines ("block") is header when it
holds no turn start other than speaker tags with a short value (no 。？！, at most 60 characters), and either holds a
known field label (访谈时间, 访谈地点, 编号, 记录人, 备注, 参会人, 会议主题, 关键词 ... or a label ending in 时间 / 地点
/ 编号 / 对象 / 人员 / 主题 ...) or only unlabelled short lines (a title, a date line). The first block that is not
header ends the header; in it, the lines before its first turn are header when they are unlabelled short lines,
field lines, or speaker tags whose value describes a person (某, 男/女, N岁). The first unlabelled line that is not a
date is the title; a field with an empty value takes the next unlabelled line (Feishu's ``关键词:``); section markers
(``文字记录:``) are skipped. A system trailer as the last line (``以上内容由AI生成，仅供参考``) is a footer, not speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from qualcode.ingest._layouts import _SP

__all__ = ["Header", "find_footer", "read_header"]

_FIELD_RE = re.compile(rf"^{_SP}*(?P<label>[^\s：:，,。！？!?、（）()\[\]【】|]{{1,12}}?){_SP}*[：:]{_SP}*"
                       rf"(?P<value>.*?){_SP}*$")
_SPEECH_RE = re.compile(r"[。！？!?…]")
_DATE_RE = re.compile(r"^\s*(?:\d{4}\s*[年/.\-]|\d{1,2}月\d{1,2}日|\d{1,2}:\d{2})")
_PERSON_RE = re.compile(r"^.{1,3}某|(?:^|[，,、（(\s])[男女](?:[，,、）)\s]|$)|\d{1,3}\s*[岁歲]")
_FOOTER_RE = re.compile(r"^\s*(?:以上内容由\s*AI\s*生成|以上內容由\s*AI\s*生成|本(?:文|内容)由.{0,12}(?:AI|自动)"
                        r".{0,6}生成|(?:转写|轉寫)(?:结果|結果)?仅供参考)")

#: Labels of header fields (Simplified; Traditional labels are mapped character by character).
FIELD_LABELS = frozenset("""
访谈编号 编号 访谈时间 时间 访谈日期 日期 访谈地点 地点 访谈对象 对象 访谈方式 方式 访谈人 访谈员 记录人 记录员 记录
整理人 整理 转录人 转录 转写人 备注 说明 座谈时间 座谈地点 参加人员 参会人 参会人员 会议主题 会议时间 会议地点 主题
关键词 关键字 时长 录音时长 录音文件 文件名 访谈主题 项目 课题 主持 基本情况 受访者基本情况 受访者信息 访谈类型 访谈形式
来源 标题 地址
""".split())
_FIELD_SUFFIXES = ("时间", "日期", "地点", "编号", "对象", "人员", "主题", "方式", "时长", "备注", "记录人", "整理人",
                   "情况", "信息", "单位", "年龄", "性别", "职业", "身份")
#: Section markers: a label with an empty value that introduces the turns.
MARKERS = frozenset("文字记录 转写内容 转写结果 访谈内容 访谈记录 会议记录 正文 原文 内容 访谈正文 发言记录 "
                    "对话内容".split())
_T2S_LABEL = str.maketrans("訪談編號時間記錄錄點對參會員題關鍵詞長備註說內態轉寫來標題址項課類單齡職業別",
                           "访谈编号时间记录录点对参会员题关键词长备注说内态转写来标题址项课类单龄职业别")


def normalise_label(label: str) -> str:
    """A header label with Traditional characters mapped to Simplified (for recognising 訪談時間 etc.)."""
    return label.strip().translate(_T2S_LABEL)


def is_field_label(label: str) -> bool:
    lab = normalise_label(label)
    return lab in FIELD_LABELS or (len(lab) <= 8 and lab.endswith(_FIELD_SUFFIXES))


@dataclass
class Header:
    """The header block: ``first``/``last`` line indices (0-based), ``end`` the index of the first line after it."""

    first: int
    last: int
    end: int
    title: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    other: list[str] = field(default_factory=list)

    def as_metadata(self) -> dict[str, Any]:
        return {"title": self.title, "fields": dict(self.fields), "other": list(self.other),
                "lines": (self.first + 1, self.last + 1)}


def find_footer(text: str, lines, start: int) -> int:
    """Index of a system trailer line at the end (the last non-blank line), else ``len(lines)``."""
    for idx in range(len(lines) - 1, start - 1, -1):
        ls, le, _ = lines[idx]
        body = text[ls:le]
        if body.strip():
            return idx if _FOOTER_RE.match(body) and len(body.strip()) <= 40 else len(lines)
    return len(lines)


def _short(value: str) -> bool:
    return len(value) <= 60 and not _SPEECH_RE.search(value)


def _classify(line: str, match_turn: Callable[[str], Any]) -> tuple[str, str, str]:
    """(class, label, value): class is turn, meta (a speaker tag with a short value), field, marker, label (an
    unknown label with a short value), plain (unlabelled short line) or speech."""
    got = match_turn(line)
    if got is not None:
        value = line[got.text_at:].strip()
        if got.how == "tag" and _short(value) and value:
            return "meta", got.speaker, value
        return "turn", "", ""
    m = _FIELD_RE.match(line)
    if m:
        label, value = m.group("label"), m.group("value")
        if normalise_label(label) in MARKERS and not value:
            return "marker", label, ""
        if is_field_label(label):
            return "field", label, value
        return ("label" if _short(value) else "speech"), label, value
    return ("plain" if _short(line.strip()) else "speech"), "", line.strip()


def _blocks(text: str, lines, start: int, stop: int):
    """Runs of non-blank lines, each an iterator of (index, line text) (read lazily)."""
    idx = start
    while idx < stop:
        while idx < stop and not text[lines[idx][0]:lines[idx][1]].strip():
            idx += 1
        if idx >= stop:
            return
        first = idx
        while idx < stop and text[lines[idx][0]:lines[idx][1]].strip():
            idx += 1
        yield ((i, text[lines[i][0]:lines[i][1]]) for i in range(first, idx))


def read_header(text: str, lines, start: int, stop: int, match_turn: Callable[[str], Any]) -> Header | None:
    """The header block at the top of ``lines[start:stop]`` (see the module docstring), or None."""
    taken: list[tuple[int, str, str, str]] = []  # (index, class, label, value)
    for block in _blocks(text, lines, start, stop):
        lead: list[tuple[int, str, str, str]] = []
        mixed = False
        for idx, body in block:  # classified up to the first turn only (a block can be the whole transcript)
            c = (idx, *_classify(body, match_turn))
            if c[1] in ("turn", "speech"):
                mixed = True
                break
            lead.append(c)
        kinds = {c[1] for c in lead}
        if not mixed and (kinds & {"field", "marker"} or kinds == {"plain"}):
            taken.extend(lead)
            continue
        if not mixed:  # short speaker lines only (访谈者：您好): turns; a title above them is still a title
            n = next((k for k, c in enumerate(lead) if c[1] != "plain"), len(lead))
            taken.extend(lead[:n])
            break
        if kinds & {"field", "marker"}:
            while lead and lead[-1][1] in ("meta", "label") and not _PERSON_RE.search(lead[-1][3]):
                lead.pop()  # a speaker tag right before the turns is a turn unless it describes a person
        else:
            n = next((k for k, c in enumerate(lead) if c[1] != "plain"), len(lead))
            lead = lead[:n]  # without a field, only title lines
        taken.extend(lead)
        break
    if not taken:
        return None
    # keep a contiguous prefix (a dropped line ends the header)
    out = Header(first=taken[0][0], last=taken[0][0], end=taken[0][0] + 1)
    pending: str | None = None
    for idx, cls, label, value in taken:
        out.last, out.end = idx, idx + 1
        if cls == "plain":
            if pending is not None:
                out.fields[pending] = value
                pending = None
            elif out.title is None and not out.fields and not out.other and not _DATE_RE.match(value):
                out.title = value
            else:
                out.other.append(value)
            continue
        pending = None
        if cls == "marker":
            continue
        out.fields[label.strip()] = value
        if not value:
            pending = label.strip()
    # blank lines after the header belong to it
    while out.end < stop and not text[lines[out.end][0]:lines[out.end][1]].strip():
        out.end += 1
    return out
