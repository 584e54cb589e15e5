"""Parse a decoded transcript: optional YAML front matter, a header block, then the speaker turns.

    ---
    id: F07
    role: family
    speakers: {王奶奶: respondent}
    ---
    访谈者：您好，能说说家里的情况吗？
    受访者：孩子他爸在外地打工，……
    没有标签的行接着上一轮。

Where turns start is decided by the layout (:mod:`qualcode.ingest._layouts`: speaker tags with or without
timestamps, speech-to-text header lines, Tencent Meeting lines, or a ``turn_pattern``); lines that start no turn
continue the previous one. A header block before the first turn (:mod:`qualcode.ingest._header`) is document
metadata, never speech; a system trailer at the end belongs to no turn. Speakers are resolved by
:mod:`qualcode.ingest._speakers`. Offsets are into the decoded text exactly as given (CRLF kept), so
``text[turn.start:turn.end] == turn.text``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from qualcode.errors import Issue
from qualcode.ingest._header import Header, find_footer, is_field_label, read_header
from qualcode.ingest._layouts import MACHINE_RE, Layout, compile_turn_pattern, make_layout
from qualcode.ingest._notes import find_notes
from qualcode.ingest._options import ReadOptions
from qualcode.ingest._speakers import (
    DEFAULT_LABELS,
    Declared,
    SpeakerLabels,
    declared_from_front_matter,
    resolve_speakers,
)
from qualcode.model import Turn

__all__ = ["DEFAULT_LABELS", "ParsedTranscript", "SpeakerLabels", "build_turns", "parse_transcript",
           "split_lines"]

class _SafeLoader(yaml.SafeLoader):
    """SafeLoader without anchors/aliases: front matter is a few key: value pairs, and aliases allow
    exponential "billion laughs" expansion once values are turned into text."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "YAML aliases (*name) are not allowed here",
                                              event.start_mark)
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise yaml.composer.ComposerError(None, None, "YAML anchors (&name) are not allowed here",
                                              event.start_mark)
        return super().compose_node(parent, index)


def safe_yaml(text: str):
    """Parse small user YAML: no aliases/anchors; nesting deep enough to exhaust the stack becomes a YAMLError."""
    try:
        return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - _SafeLoader is a SafeLoader
    except RecursionError:
        raise yaml.YAMLError("nested too deeply") from None


_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TAGLIKE_RE = re.compile(r"^[ \t\u3000]*([^\s：:，,。！？!?“”\"'（）()\[\]【】]{1,10})[ \t\u3000]*[：:]")
#: Characters that make a "label：" a reported speech or a list item rather than a speaker (我跟她说：, 第一：).
_NOT_NAME_RE = re.compile(r"[说讲道问想是告诉喊叫骂讲說講問話]|^第.|^\d|[0-9０-９]{2,}")
_NOT_NAMES = frozenset("""首先 其次 然后 另外 注意 比如 例如 一是 二是 三是 总之 结果 问题 原因 答案 要求 目标 任务 特点
优点 缺点 好处 坏处 建议 意见 总结 补充 原话 原文 题目 回答 提问 附 注 附件 后来 现在 以前 当时 其实 所以 但是 不过 还有
最后 一般""".split())


def split_lines(text: str) -> list[tuple[int, int, int]]:
    """``(start, end_without_break, end_with_break)`` for every line; ``\\r\\n``, ``\\r`` and ``\\n`` end a line."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _LINE_RE.match(text, pos)
        assert m is not None  # the pattern matches the empty string
        line = m.group(0)
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body), pos + len(line)))
        if not line:
            break
        pos += len(line)
    return out


@dataclass
class ParsedTranscript:
    """What :func:`parse_transcript` read: front-matter attributes, turns, issues, the line of ``id:``, the header
    block as metadata (empty when none) and the document id the turns carry."""

    attributes: dict[str, Any]
    turns: list[Turn]
    issues: list[Issue]
    id_line: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    doc_id: str = ""


def _front_matter(text: str, lines, path: str, issues: list[Issue]) -> tuple[dict[str, Any], int, int | None]:
    """Parse front matter; return (attributes, index of first body line, line number of ``id:``)."""
    if not lines or text[lines[0][0]:lines[0][1]].strip() != "---":
        return {}, 0, None
    for i in range(1, len(lines)):
        if text[lines[i][0]:lines[i][1]].strip() in ("---", "..."):
            block = text[lines[1][0]:lines[i][0]] if i > 1 else ""
            try:
                data = safe_yaml(block) if block.strip() else {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
                line = (mark.line + 2) if mark is not None else 2
                problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
                context = getattr(exc, "context", None)
                if context:
                    problem = f"{problem} ({context})"
                issues.append(Issue(path, line, f"broken front matter: {problem}",
                                    "front matter is YAML between two '---' lines, e.g. 'role: family'"))
                return {}, i + 1, None
            if data is None:
                data = {}
            if not isinstance(data, dict):
                issues.append(Issue(path, 2, f"front matter must be key: value pairs, not {type(data).__name__}",
                                    "write e.g. 'id: F07' and 'role: family' on separate lines"))
                return {}, i + 1, None
            id_line = None
            for j in range(1, i):
                if re.match(r"^\s*id\s*:", text[lines[j][0]:lines[j][1]]):
                    id_line = j + 1
            return {str(k): v for k, v in data.items()}, i + 1, id_line
    issues.append(Issue(path, 1, "front matter is not closed", "end the front matter with a line '---'"))
    return {}, len(lines), None



@dataclass
class RawTurn:
    """A turn found by a reader before speakers are resolved: label, text span, line and times."""

    speaker: str
    start: int
    end: int
    line: int
    time_start: float | None = None
    time_end: float | None = None
    notes: tuple[tuple[int, int], ...] | None = None


def build_turns(text: str, raw: list[RawTurn], labels: SpeakerLabels, declared: Mapping[str, Declared],
                doc_id: str, path: str) -> tuple[list[Turn], list[Issue]]:
    """Turns from raw turns: speakers resolved (kind, respondent, attributes), transcriber notes found."""
    resolved, issues = resolve_speakers([(r.speaker, r.line) for r in raw], labels, declared, doc_id, path)
    turns = []
    for k, (r, (kind, rid, attrs)) in enumerate(zip(raw, resolved), start=1):
        body = text[r.start:r.end]
        notes = tuple((r.start + a, r.start + b) for a, b in find_notes(body))
        if r.notes:
            notes = tuple(sorted({*notes, *r.notes}))
        turns.append(Turn(doc_id, k, r.speaker, kind, r.start, r.end, body, r.line, notes, r.time_start, r.time_end,
                          rid, attrs))
    return turns, issues


def _declared(attrs: dict[str, Any], doc_id: str, opts: ReadOptions, path: str,
              issues: list[Issue]) -> dict[str, Declared]:
    """Speakers declared by the front matter and, for this document, by the respondents table (which must agree)."""
    declared = declared_from_front_matter(attrs.get("speakers"), path, 2, issues)
    for label, row in (opts.speakers.get(doc_id) or {}).items():
        mine = declared.get(label)
        if mine is not None:
            for key, value in row.attributes.items():
                if key in mine.attributes and str(mine.attributes[key]).strip() != str(value).strip():
                    issues.append(Issue(row.path, row.line, f"{key} of speaker {label!r} in {doc_id!r} is {value!r} "
                                        f"here but {mine.attributes[key]!r} in the front matter of {path}",
                                        "make the respondents table and the front matter agree (or drop one)"))
            row = Declared(row.kind or mine.kind, row.respondent_id or mine.respondent_id,
                           {**mine.attributes, **row.attributes}, row.path, row.line)
        declared[label] = row
    return declared


def _layout(text: str, lines, start: int, labels: SpeakerLabels, opts: ReadOptions) -> tuple[Layout, bool]:
    """The layout of this document and whether speech-to-text header lines start turns (in ``auto``, only when
    the document has at least two of them)."""
    if opts.turn_pattern:
        layout, _reason = compile_turn_pattern(opts.turn_pattern)
        if layout is not None:  # (a bad pattern is reported once, for corpus.yaml)
            return layout, False
    layout = make_layout(opts.layout, labels.all_labels)
    if not layout.header_lines or opts.layout != "auto":
        return layout, layout.header_lines
    header_only = make_layout("speech_to_text", ())
    n = 0
    for ls, le, _ in lines[start:]:
        got = header_only.match(text[ls:le])
        if got is not None and got.how == "header":
            n += 1
            if n >= 2:
                return layout, True
    return layout, False


def _name_candidates(text: str, lines, start: int, stop: int, layout: Layout, header_ok: bool,
                     matches: list | None = None) -> dict[str, list[int]]:
    """Undeclared name tags (``王主任：…``) at line starts that the layout does not match: label -> line indices.
    ``matches``, when given, receives the layout's match of every line from ``start`` (for :func:`_scan`)."""
    found: dict[str, list[int]] = {}
    for idx in range(start, stop):
        ls, le, _ = lines[idx]
        line = text[ls:le]
        got = layout.match(line, header_ok)
        if matches is not None:
            matches.append(got)
        if got is not None:
            continue
        m = _TAGLIKE_RE.match(line)
        if not m or not line[m.end():].strip():
            continue
        name = m.group(1)
        machine = MACHINE_RE.fullmatch(name) is not None
        if not machine and (_NOT_NAME_RE.search(name) or name in _NOT_NAMES or is_field_label(name)):
            continue
        found.setdefault(name, []).append(idx)
    return found


def _accept_names(found: dict[str, list[int]]) -> list[str]:
    """Names read as speakers: those starting at least two lines, and, once one does, the other names too."""
    many = [n for n, idx in found.items() if len(idx) >= 2]
    return list(found) if many else []


def _scan(text: str, lines, start: int, stop: int, layout: Layout, header_ok: bool, matches: list | None = None
          ) -> tuple[list[RawTurn], list[int]]:
    """The raw turns of ``lines[start:stop]`` and the indices of lines before the first turn that start none.
    ``matches``: the layout's match of each of these lines when already known (:func:`_name_candidates`)."""
    turns: list[RawTurn] = []
    orphans: list[int] = []
    cur: RawTurn | None = None
    pending = False  # a header-line turn whose text has not started yet

    def close() -> None:
        if cur is None:
            return
        body = text[cur.start:cur.end]
        lead = len(body) - len(body.lstrip())
        cur.start = min(cur.start + lead, cur.end)
        cur.end = cur.start + len(text[cur.start:cur.end].rstrip())
        turns.append(cur)

    for idx in range(start, stop):
        ls, le, _ = lines[idx]
        line = text[ls:le]
        got = layout.match(line, header_ok) if matches is None else matches[idx - start]
        if got is not None:
            close()
            pending = got.how == "header"
            at = le if pending else ls + got.text_at
            cur = RawTurn(got.speaker, at, le if not pending else at, idx + 1, got.time_start, got.time_end)
            continue
        if not line.strip():
            continue
        if cur is None:
            orphans.append(idx)
            continue
        if pending:
            cur.start = ls
            pending = False
        cur.end = le
    close()
    return turns, orphans


def _tag_warnings(text: str, lines, raw: list[RawTurn], found: dict[str, list[int]], accepted: list[str],
                  declared: Mapping[str, Declared], path: str) -> list[Issue]:
    """A warning for each name that looks like a speaker tag but starts only one line and was read as
    continuation."""
    issues: list[Issue] = []
    if declared:
        return issues
    for name, idx in found.items():
        if name in accepted or len(name) < 2:
            continue
        line = idx[0] + 1
        if any(r.line == line for r in raw):
            continue
        issues.append(Issue(path, line, f"'{name}' looks like a speaker tag but is not a known label; the line was "
                                        "read as a continuation of the previous turn",
                            f"declare it in the front matter: speakers: {{{name}: respondent}}", severity="warning"))
    return issues


def _header_note(header: Header, path: str) -> Issue:
    parts = (["title"] if header.title else []) + list(header.fields) + (["other lines"] if header.other else [])
    return Issue(path, header.first + 1, f"header block (lines {header.first + 1}-{header.last + 1}) read as "
                                         f"document metadata, not speech: {', '.join(parts)}",
                 "the fields are in Document.metadata; if one of these lines is speech, separate the header from the "
                 "turns with a blank line", severity="note")


def parse_transcript(text: str, path: str, labels: SpeakerLabels | None = None, doc_id: str = "", *,
                     default_id: str = "", options: ReadOptions | None = None) -> ParsedTranscript:
    """Parse ``text`` (already decoded). Problems are returned as issues, never raised.

    ``doc_id`` is the id the turns carry (default: the front matter's ``id``, else ``default_id``); ``options``
    the reading options (layout, turn pattern, speakers declared by the respondents table)."""
    opts = options or ReadOptions()
    labels = labels or opts.labels
    issues: list[Issue] = []
    lines = split_lines(text)
    attrs, body_start, id_line = _front_matter(text, lines, path, issues)
    doc_id = doc_id or str(attrs.get("id") or "").strip() or default_id
    declared = _declared(attrs, doc_id, opts, path, issues)
    labels = labels.with_names({k: d.kind or "respondent" for k, d in declared.items()})
    layout, header_ok = _layout(text, lines, body_start, labels, opts)
    stop = find_footer(text, lines, body_start)
    header = read_header(text, lines, body_start, stop, lambda ln: layout.match(ln, header_ok))
    start = header.end if header else body_start
    found, accepted = {}, []
    matches: list | None = None  # each line matched once when the layout stays the same (twice cost 1 s per 10 M)
    if layout.name in ("auto", "tagged", "tencent_meeting") and not header_ok:
        matches = []
        found = _name_candidates(text, lines, start, stop, layout, header_ok, matches)
        accepted = _accept_names(found)
        if accepted:
            layout = make_layout(layout.name, [*labels.all_labels, *accepted])
            matches = None
    raw, orphans = _scan(text, lines, start, stop, layout, header_ok, matches)
    if header and not raw:  # no turn follows: the "header" is untagged text, not a heading
        header = None
        raw, orphans = _scan(text, lines, body_start, stop, layout, header_ok)
    turns, more = build_turns(text, raw, labels, declared, doc_id, path)
    issues += more + _tag_warnings(text, lines, raw, found, accepted, declared, path)
    if header:
        issues.append(_header_note(header, path))
    if stop < len(lines):
        trailer = text[lines[stop][0]:lines[stop][1]].strip()
        issues.append(Issue(path, stop + 1, f"system trailer {trailer!r} is not part of any turn",
                            "it stays in the file's text but is neither speech nor metadata", severity="note"))
    if orphans:
        more_text = f" ({len(orphans)} lines in all)" if len(orphans) > 1 else ""
        issues.append(Issue(path, orphans[0] + 1, f"text before the first speaker tag{more_text}",
                            "start every turn with a tag such as '受访者：' or '访谈者：' (labels can be set in "
                            "corpus.yaml or the front matter 'speakers:')"))
    if not turns and not any(i.is_error for i in issues):
        issues.append(Issue(path, 1, "empty transcript: no speaker turns found",
                            "add turns such as '受访者：……', or remove the file from the corpus"))
    if turns and all(not t.text.strip() for t in turns):
        issues.append(Issue(path, turns[0].line, "every turn is empty", "write the spoken text after the tag"))
    return ParsedTranscript(attrs, turns, issues, id_line, header.as_metadata() if header else {}, doc_id)
