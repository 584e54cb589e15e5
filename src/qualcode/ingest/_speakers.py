"""Who speaks: speaker labels, their kind (interviewer / respondent), and the respondent each one is.

A label's kind comes from, in this order: the respondents table (rows keyed by document *and* speaker), the front
matter's ``speakers:``, the labels of corpus.yaml, the default labels (访谈者, 受访者, 问, 答, ...; a number may follow:
受访者2). A label declared nowhere is *undeclared* and read by this rule (documented in docs/corpus.md): when the
document has no declared interviewer, the label of its first turn is the interviewer; every other undeclared label
is a respondent. Every undeclared label is reported in one warning per document, so that nothing is silently
misread. A turn without a label (a subtitle cue without a speaker) continues the previous turn's speaker.

A document with more than one respondent label (a group interview, a focus group, an old man and his daughter) has
one respondent per label: ``respondent_id`` is the declared id, else ``<doc_id>/<label>``; with one respondent label
the respondent is the document's own (``respondent_id`` = the document's). Respondent attributes declared for a
speaker (``role``, ...) belong to that speaker's turns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from qualcode.errors import Issue

__all__ = ["DEFAULT_LABELS", "Declared", "SpeakerLabels", "declared_from_front_matter", "resolve_speakers"]

DEFAULT_LABELS: dict[str, tuple[str, ...]] = {
    "interviewer": ("访谈者", "访谈员", "访问者", "采访者", "调查员", "调研员", "研究者", "主持人", "问", "Q", "I",
                    "訪談者", "訪談員", "採訪者", "調查員", "研究者", "問"),
    "respondent": ("受访者", "被访者", "被访人", "受访人", "答", "A", "R", "受訪者", "被訪者", "受訪人"),
}
KINDS = ("interviewer", "respondent")
_NUM_RE = re.compile(r"[ \t]?\d{1,3}$")


def base_label(tag: str) -> str:
    """The label without a trailing number (受访者2 -> 受访者)."""
    return _NUM_RE.sub("", tag)


@dataclass(frozen=True)
class SpeakerLabels:
    """Which tags mark interviewer and respondent turns. Names map to a kind (``{"王奶奶": "respondent"}``)."""

    interviewer: tuple[str, ...] = DEFAULT_LABELS["interviewer"]
    respondent: tuple[str, ...] = DEFAULT_LABELS["respondent"]
    names: Mapping[str, str] = field(default_factory=dict)

    def with_names(self, names: Mapping[str, str]) -> SpeakerLabels:
        merged = dict(self.names)
        merged.update(names)
        return SpeakerLabels(self.interviewer, self.respondent, merged)

    @property
    def all_labels(self) -> list[str]:
        return sorted({*self.interviewer, *self.respondent, *self.names}, key=len, reverse=True)

    def regex(self) -> re.Pattern:
        alt = "|".join(re.escape(lbl) for lbl in self.all_labels)
        return re.compile(rf"^[ \t\u3000]*((?:{alt})(?:[ \t]?\d{{1,3}})?)[ \t\u3000]*[：:][ \t\u3000]*", re.I)

    def known(self, tag: str) -> str | None:
        """The kind of ``tag`` when it is a known label or name (with or without a trailing number), else None."""
        for cand in dict.fromkeys((tag, base_label(tag))):
            if cand in self.names:
                return self.names[cand]
            low = cand.lower()
            if low in (x.lower() for x in self.interviewer):
                return "interviewer"
            if low in (x.lower() for x in self.respondent):
                return "respondent"
        return None

    def kind(self, tag: str) -> str:
        """The kind of ``tag``: interviewer for interviewer labels, else respondent."""
        return self.known(tag) or "respondent"


@dataclass(frozen=True)
class Declared:
    """A speaker declared for one document: kind (None: not said, a respondent), respondent id, attributes, and
    where it was declared (for messages)."""

    kind: str | None = None
    respondent_id: str | None = None
    attributes: Mapping[str, Any] = field(default_factory=dict)
    path: str = ""
    line: int | None = None


def declared_from_front_matter(raw: Any, path: str, line: int, issues: list[Issue]) -> dict[str, Declared]:
    """``speakers:`` of the front matter: ``{name: interviewer|respondent}`` or ``{name: {kind: respondent, role:
    elder, id: I06-wang, ...}}``."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        issues.append(Issue(path, line, "'speakers' must map names to interviewer or respondent",
                            "write e.g. speakers: {王奶奶: respondent, 小李: interviewer}"))
        return {}
    out: dict[str, Declared] = {}
    for name, value in raw.items():
        attrs: dict[str, Any] = {}
        rid = None
        if isinstance(value, dict):
            attrs = {str(k): v for k, v in value.items()}
            kind = str(attrs.pop("kind", "respondent")).strip().lower()
            rid = attrs.pop("id", None) or attrs.pop("respondent_id", None)
        else:
            kind = str(value).strip().lower()
        if kind not in KINDS:
            issues.append(Issue(path, line, f"speaker {name!r} has kind {kind!r}", "use 'interviewer' or 'respondent'"))
            continue
        if rid is not None and (":" in str(rid) or any(ord(c) < 32 for c in str(rid))):
            issues.append(Issue(path, line, f"speaker {name!r}: respondent id {str(rid)!r} contains ':' or a control "
                                            "character", "use letters, digits, '-', '_' or '/'"))
            rid = None
        out[str(name)] = Declared(kind, None if rid is None else str(rid).strip(), attrs, path, line)
    return out


def _kind_of(label: str, labels: SpeakerLabels, declared: Mapping[str, Declared]) -> str | None:
    for cand in dict.fromkeys((label, base_label(label))):
        if cand in declared:
            return declared[cand].kind or "respondent"
    return labels.known(label) if label else None


def resolve_speakers(speakers: Sequence[tuple[str, int]], labels: SpeakerLabels, declared: Mapping[str, Declared],
                     doc_id: str, path: str) -> tuple[list[tuple[str, str | None, Mapping[str, Any]]], list[Issue]]:
    """For each turn ``(label, line)``: ``(kind, respondent_id or None, attributes)``, and the warnings.

    ``declared`` holds the speakers declared for this document (front matter and respondents table)."""
    kinds: dict[str, str] = {}
    undeclared: dict[str, int] = {}
    for label, line in speakers:
        if label and label not in kinds:
            got = _kind_of(label, labels, declared)
            if got is None:
                undeclared.setdefault(label, line)
            else:
                kinds[label] = got
    issues: list[Issue] = []
    if undeclared:
        first = next((lbl for lbl, _ in speakers if lbl), "")
        read_as = {}
        for label in undeclared:
            as_iv = label == first and "interviewer" not in kinds.values()
            read_as[label] = "interviewer" if as_iv else "respondent"
        kinds.update(read_as)
        issues.append(_undeclared_issue(undeclared, read_as, speakers, path))
    resp_labels = [lbl for lbl in dict.fromkeys(lbl for lbl, _ in speakers) if lbl and kinds[lbl] == "respondent"]
    group = len(resp_labels) > 1
    out: list[tuple[str, str | None, Mapping[str, Any]]] = []
    prev: tuple[str, str | None, Mapping[str, Any]] = ("respondent", None, {})
    for label, _line in speakers:
        if not label:
            out.append(prev)
            continue
        kind = kinds[label]
        decl = declared.get(label) or declared.get(base_label(label))
        rid = None
        attrs: Mapping[str, Any] = {}
        if kind == "respondent":
            attrs = decl.attributes if decl else {}
            rid = decl.respondent_id if decl and decl.respondent_id else (f"{doc_id}/{label}" if group else None)
        prev = (kind, rid, attrs)
        out.append(prev)
    if speakers and not any(lbl for lbl, _ in speakers):
        issues.append(Issue(path, speakers[0][1], f"no speaker labels: all {len(speakers)} turns were read as one "
                                                  "respondent's", "add speaker names to the cues (访谈者：…) if "
                                                  "the interviewer speaks too", severity="warning"))
    return out, issues


def _undeclared_issue(undeclared: dict[str, int], read_as: dict[str, str], speakers, path: str) -> Issue:
    counts: dict[str, int] = {}
    for label, _ in speakers:
        counts[label] = counts.get(label, 0) + 1
    parts = []
    for label, line in undeclared.items():
        why = " (the first to speak, and no interviewer label is declared)" if read_as[label] == "interviewer" else ""
        parts.append(f"{label} -> {read_as[label]}{why}, {counts[label]} turn{'s' if counts[label] != 1 else ''} "
                     f"from line {line}")
    example = ", ".join(f"{lbl}: {kind}" for lbl, kind in list(read_as.items())[:3])
    return Issue(path, min(undeclared.values()),
                 f"speaker label{'s' if len(parts) > 1 else ''} not declared: " + "; ".join(parts),
                 f"check and declare them in the front matter (speakers: {{{example}}}), in corpus.yaml "
                 "(speakers: {interviewer: [...], respondent: [...]}) or in respondents.csv (columns id, speaker, "
                 "role)", severity="warning")
