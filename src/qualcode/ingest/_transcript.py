"""Parse a decoded transcript: optional YAML front matter, then one turn per speaker-tagged line.

    ---
    id: F07
    role: family
    speakers: {王奶奶: respondent}
    ---
    访谈者：您好，能说说家里的情况吗？
    受访者：孩子他爸在外地打工，……
    没有标签的行接着上一轮。

A speaker tag is a known label at the start of a line, optionally followed by a number (受访者2, Q1), ending with a
full-width or ASCII colon. Lines without a tag continue the previous turn. Offsets are into the decoded text
exactly as given (CRLF kept), so ``text[turn.start:turn.end] == turn.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

import yaml

from qualcode.errors import Issue
from qualcode.model import Turn
from qualcode.ingest._notes import find_notes

__all__ = ["DEFAULT_LABELS", "ParsedTranscript", "SpeakerLabels", "parse_transcript", "split_lines"]

DEFAULT_LABELS: dict[str, tuple[str, ...]] = {
    "interviewer": ("访谈者", "访谈员", "访问者", "采访者", "调查员", "调研员", "研究者", "主持人", "问", "Q", "I",
                    "訪談者", "訪談員", "採訪者", "調查員", "研究者", "問"),
    "respondent": ("受访者", "被访者", "被访人", "受访人", "答", "A", "R", "受訪者", "被訪者", "受訪人"),
}

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
_TAGLIKE_RE = re.compile(r"^[ \t\u3000]*([^\s：:，,。！？!?“”\"'（）()]{1,10})[ \t\u3000]*[：:]")


def split_lines(text: str) -> list[tuple[int, int, int]]:
    """``(start, end_without_break, end_with_break)`` for every line; ``\\r\\n``, ``\\r`` and ``\\n`` end a line."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _LINE_RE.match(text, pos)
        line = m.group(0)
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body), pos + len(line)))
        if not line:
            break
        pos += len(line)
    return out


@dataclass(frozen=True)
class SpeakerLabels:
    """Which tags mark interviewer and respondent turns. Names map to a kind (``{"王奶奶": "respondent"}``)."""

    interviewer: tuple[str, ...] = DEFAULT_LABELS["interviewer"]
    respondent: tuple[str, ...] = DEFAULT_LABELS["respondent"]
    names: Mapping[str, str] = field(default_factory=dict)

    def with_names(self, names: Mapping[str, str]) -> "SpeakerLabels":
        merged = dict(self.names)
        merged.update(names)
        return SpeakerLabels(self.interviewer, self.respondent, merged)

    def regex(self) -> re.Pattern:
        labels = sorted({*self.interviewer, *self.respondent, *self.names}, key=len, reverse=True)
        alt = "|".join(re.escape(lbl) for lbl in labels)
        return re.compile(rf"^[ \t\u3000]*((?:{alt})(?:[ \t]?\d{{1,3}})?)[ \t\u3000]*[：:][ \t\u3000]*", re.I)

    def kind(self, tag: str) -> str:
        base = re.sub(r"[ \t]?\d{1,3}$", "", tag)
        if base in self.names:
            return self.names[base]
        low = base.lower()
        if low in (x.lower() for x in self.interviewer):
            return "interviewer"
        return "respondent"


@dataclass
class ParsedTranscript:
    attributes: dict[str, Any]
    turns: list[Turn]
    issues: list[Issue]
    id_line: int | None = None


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


def _speaker_names(attrs: dict[str, Any], path: str, issues: list[Issue]) -> dict[str, str]:
    raw = attrs.get("speakers")
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        issues.append(Issue(path, 2, "'speakers' must map names to interviewer or respondent",
                            "write e.g. speakers: {王奶奶: respondent, 小李: interviewer}"))
        return {}
    out = {}
    for name, kind in raw.items():
        kind = str(kind).strip().lower()
        if kind not in ("interviewer", "respondent"):
            issues.append(Issue(path, 2, f"speaker {name!r} has kind {kind!r}",
                                "use 'interviewer' or 'respondent'"))
            continue
        out[str(name)] = kind
    return out


def parse_transcript(text: str, path: str, labels: SpeakerLabels | None = None, doc_id: str = "",
                     default_id: str | None = None) -> ParsedTranscript:
    """Parse ``text`` (already decoded). Problems are returned as issues, never raised. The turns carry ``doc_id``,
    or with ``default_id`` the front matter's ``id`` (else ``default_id``), as :func:`qualcode.read_corpus` names
    documents."""
    labels = labels or SpeakerLabels()
    issues: list[Issue] = []
    lines = split_lines(text)
    attrs, body_start, id_line = _front_matter(text, lines, path, issues)
    if default_id is not None:
        doc_id = str(attrs.get("id", "") or default_id).strip()
    labels = labels.with_names(_speaker_names(attrs, path, issues))
    tag_re = labels.regex()
    kinds: dict[str, str] = {}  # speaker tag -> kind (tags repeat on every turn)

    turns: list[Turn] = []
    current: dict[str, Any] | None = None
    orphan_line: int | None = None
    orphan_count = 0

    def close(cur: dict[str, Any] | None) -> None:
        if cur is None:
            return
        start, end = cur["start"], cur["end"]
        body = text[start:end]
        stripped = body.rstrip()
        end = start + len(stripped)
        turns.append(Turn(
            doc_id=doc_id, turn=len(turns) + 1, speaker=cur["speaker"], speaker_kind=cur["kind"], start=start,
            end=end, text=text[start:end], line=cur["line"],
            notes=tuple((start + s, start + e) for s, e in find_notes(text[start:end])),
        ))

    for idx in range(body_start, len(lines)):
        ls, le, _ = lines[idx]
        line_text = text[ls:le]
        m = tag_re.match(line_text)
        if m:
            close(current)
            tag = m.group(1)
            kind = kinds.get(tag)
            if kind is None:
                kind = kinds[tag] = labels.kind(tag)
            current = {"speaker": tag, "kind": kind, "start": ls + m.end(), "end": le, "line": idx + 1}
            continue
        if not line_text.strip():
            continue
        if current is None:
            orphan_count += 1
            if orphan_line is None:
                orphan_line = idx + 1
            continue
        current["end"] = le
        tl = _TAGLIKE_RE.match(line_text)
        if tl and len(tl.group(1)) >= 2 and not re.search(r"[说讲道问想是]", tl.group(1)) and (
            attrs.get("speakers") is None
        ):
            # a name-like tag that is not declared: continue the turn, but tell the user once per name
            name = tl.group(1)
            if not any(i.message.startswith(f"'{name}'") for i in issues):
                issues.append(Issue(path, idx + 1, f"'{name}' looks like a speaker tag but is not a known label; "
                                    "the line was read as a continuation of the previous turn",
                                    f"declare it in the front matter: speakers: {{{name}: respondent}}",
                                    severity="warning"))
    close(current)

    if orphan_line is not None:
        more = f" ({orphan_count} lines in all)" if orphan_count > 1 else ""
        issues.append(Issue(path, orphan_line, f"text before the first speaker tag{more}",
                            "start every turn with a tag such as '受访者：' or '访谈者：' (labels can be set in "
                            "corpus.yaml or the front matter 'speakers:')"))
    if not turns and not any(i.is_error for i in issues):
        issues.append(Issue(path, None if not lines else 1, "empty transcript: no speaker turns found",
                            "add turns such as '受访者：……', or remove the file from the corpus"))
    if turns and all(not t.text.strip() for t in turns):
        issues.append(Issue(path, turns[0].line, "every turn is empty", "write the spoken text after the tag"))
    return ParsedTranscript(attrs, turns, issues, id_line)
