"""Subtitle files as transcripts: SubRip (.srt) and WebVTT (.vtt).

Every cue is one turn (consecutive cues of one speaker are not merged), with the cue's start and end times. The
speaker is a ``name：`` / ``name: `` prefix on the cue's first line (SRT, by convention; accepted when the name is a
known label or starts at least two cues) or a WebVTT voice tag ``<v name>`` (``<v.class name>``, with or without
``</v>``). A cue without a speaker continues the previous cue's speaker (its speaker column stays empty). Offsets
are into the file's text: a turn is the cue's payload without the prefix or voice tag; other inline WebVTT tags
(``<i>``, ``<c.x>``, ``<00:01.000>``) are recorded as notes, which analysis blanks out. The WebVTT header text (after
``WEBVTT``) is the title and ``NOTE`` blocks are metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from qualcode.errors import Issue
from qualcode.ingest._layouts import MACHINE_RE, parse_time
from qualcode.ingest._options import ReadOptions
from qualcode.ingest._speakers import SpeakerLabels
from qualcode.ingest._transcript import ParsedTranscript, RawTurn, _declared, build_turns, split_lines

__all__ = ["SUBTITLE_SUFFIXES", "parse_subtitles"]

SUBTITLE_SUFFIXES = (".srt", ".vtt")
_TS = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_TIMING = re.compile(rf"^\s*(?P<a>{_TS})\s*-->\s*(?P<b>{_TS})(?P<settings>.*)$")
_PREFIX = re.compile(r"^(?P<name>[^\s：:，,。！？!?“”\"'（）()\[\]【】<>]{1,12}?(?:[ \t]\d{1,3})?|\[[^\]\n]{1,20}\])"
                     r"[ \t\u3000]*(?:[：:]|(?<=\])(?=[ \t\u3000]))[ \t\u3000]*")
_VOICE = re.compile(r"^<v(?:\.[^\s>]+)*(?:[ \t]+(?P<name>[^>]*))?>[ \t]*")
_INLINE_TAG = re.compile(r"</?[a-z]+(?:\.[^\s>]*)?(?:[ \t][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>")
_VERBS = re.compile(r"[说讲道问想是說講問]")


def _blocks(text: str, lines) -> list[list[int]]:
    out, cur = [], []
    for idx, (ls, le, _) in enumerate(lines):
        if text[ls:le].strip():
            cur.append(idx)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _cues(text: str, lines, blocks, vtt: bool, issues: list[Issue], path: str) -> tuple[list[dict], dict]:
    """Cue dicts (timing line index, payload line indices, times) and the WebVTT title / NOTE texts."""
    meta: dict[str, Any] = {"title": None, "fields": {}, "other": []}
    cues = []
    for n, block in enumerate(blocks):
        first = text[lines[block[0]][0]:lines[block[0]][1]].strip()
        if vtt and n == 0 and first.startswith("WEBVTT"):
            rest = first[len("WEBVTT"):].strip()
            meta["title"] = re.sub(r"^[-–—:：]\s*", "", rest) or None
            continue
        if vtt and (first.startswith("NOTE") or first in ("STYLE", "REGION") or first.startswith(("STYLE ",
                                                                                                   "REGION "))):
            if first.startswith("NOTE"):
                body = [first[4:].strip()] + [text[lines[i][0]:lines[i][1]].strip() for i in block[1:]]
                meta["other"].append("\n".join(b for b in body if b))
            continue
        found = next(((k, m) for k, idx in enumerate(block[:3])
                      if (m := _TIMING.match(text[lines[idx][0]:lines[idx][1]])) is not None), None)
        if found is None:
            issues.append(Issue(path, block[0] + 1, "subtitle block without a timing line "
                                "('00:00:01,000 --> 00:00:02,000'); skipped", severity="warning"))
            continue
        timing, m = found
        cues.append({"line": block[timing] + 1, "payload": block[timing + 1:], "a": parse_time(m.group("a")),
                     "b": parse_time(m.group("b"))})
    return cues, meta


def _speaker_prefix(text: str, cue: dict, lines, vtt: bool) -> tuple[str, int]:
    """(speaker, offset where the text starts) of a cue's payload."""
    ls, le, _ = lines[cue["payload"][0]]
    line = text[ls:le]
    if vtt:
        m = _VOICE.match(line)
        if m:
            return (m.group("name") or "").strip(), ls + m.end()
        return "", ls
    m = _PREFIX.match(line)
    if m and line[m.end():].strip():
        return m.group("name").strip("[] "), ls + m.end()
    return "", ls


def parse_subtitles(text: str, path: str, suffix: str, labels: SpeakerLabels | None = None, doc_id: str = "", *,
                    options: ReadOptions | None = None) -> ParsedTranscript:
    """Parse an SRT or WebVTT file's text into turns (see the module docstring)."""
    opts = options or ReadOptions()
    labels = labels or opts.labels
    issues: list[Issue] = []
    vtt = suffix.lower() == ".vtt"
    lines = split_lines(text)
    cues, meta = _cues(text, lines, _blocks(text, lines), vtt, issues, path)
    if vtt and lines and not text[lines[0][0]:lines[0][1]].strip().startswith("WEBVTT"):
        issues.append(Issue(path, 1, "a WebVTT file starts with the line 'WEBVTT'", severity="warning"))
    prefixes = []
    for cue in cues:
        if cue["payload"]:
            prefixes.append(_speaker_prefix(text, cue, lines, vtt))
        else:
            prefixes.append(("", 0))
    counts = Counter(p[0] for p in prefixes if p[0])
    raw: list[RawTurn] = []
    for cue, (name, at) in zip(cues, prefixes):
        if not cue["payload"]:
            continue
        keep = vtt or labels.known(name) is not None or (counts[name] >= 2 and (
            MACHINE_RE.fullmatch(name) is not None or not _VERBS.search(name)))
        if name and not keep:
            name, at = "", lines[cue["payload"][0]][0]
        end = lines[cue["payload"][-1]][1]
        body = text[at:end].rstrip()
        if vtt and body.endswith("</v>"):
            body = body[:-4].rstrip()
        end = at + len(body)
        notes = tuple((at + m.start(), at + m.end()) for m in _INLINE_TAG.finditer(body)) if vtt else None
        raw.append(RawTurn(name, at, end, cue["line"] + 1, cue["a"], cue["b"], notes))
    declared = _declared({}, doc_id, opts, path, issues)
    labels = labels.with_names({k: d.kind or "respondent" for k, d in declared.items()})
    turns, more = build_turns(text, raw, labels, declared, doc_id, path)
    issues += more
    if not turns:
        issues.append(Issue(path, 1, "no subtitle cues found", "a cue is a timing line '00:00:01,000 --> "
                                                               "00:00:02,000' followed by its text"))
    metadata = meta if (meta["title"] or meta["other"]) else {}
    return ParsedTranscript({}, turns, issues, None, metadata, doc_id)
