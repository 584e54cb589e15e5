"""Validated inputs as frozen dataclasses, and the column schemas of qualcode's long tables.

Text lives in one place, :attr:`Document.text` (the decoded source file). Everything else is stand-off: turns,
segments and codings carry ``doc_id`` plus character offsets ``start``/``end`` such that
``document.text[start:end] == text``.

Offsets count Python ``str`` characters (Unicode code points) in the decoded source: the byte-order mark is not part
of the text, and CRLF line ends are kept as they are in the file (two characters), so offsets also hold for a
program that opens the file with ``newline=""``. Line breaking treats ``\\r\\n``, ``\\r`` and ``\\n`` alike.
"""

from __future__ import annotations

import copyreg
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import pandas as pd

__all__ = [
    "CODING_COLUMNS",
    "EVIDENCE_COLUMNS",
    "KEY_COLUMNS",
    "Code",
    "Codebook",
    "Corpus",
    "Document",
    "SEGMENT_COLUMNS",
    "TIME_COLUMNS",
    "TURN_COLUMNS",
    "Turn",
    "seg_id",
    "seg_ids",
]

#: Columns of the turns table (plus one column per respondent attribute, e.g. ``role``).
TURN_COLUMNS = ["doc_id", "respondent_id", "turn", "speaker", "speaker_kind", "start", "end", "line", "text"]
#: Recording times of a turn in seconds (``time_start``, ``time_end``), added to the turns table after
#: :data:`TURN_COLUMNS` when any turn of the corpus has one (speech-to-text exports, subtitles, timestamped
#: transcripts), and carried like attributes into the segments and codings tables; NaN where a turn has no time.
TIME_COLUMNS = ["time_start", "time_end"]
#: Columns of the segments table (plus respondent attributes). ``tokens`` is a list of str in memory and a
#: space-joined string in CSV files. ``seg_id`` is ``doc:turn`` (turn unit) or ``doc:turn:sentence``.
SEGMENT_COLUMNS = [
    "seg_id", "doc_id", "respondent_id", "turn", "sentence", "speaker", "speaker_kind", "start", "end", "text",
    "tokens",
]
#: Columns of a codings table (plus respondent attributes). One row per (segment, code, coder). ``doc_id``, ``turn``
#: and ``sentence`` are the key (joins use them); ``seg_id`` is the display id made by :func:`seg_id`.
#: ``evidence`` is the readable explanation; :data:`EVIDENCE_COLUMNS` hold the same as data.
CODING_COLUMNS = ["seg_id", "doc_id", "turn", "sentence", "start", "end", "code", "coder", "evidence", "rules",
                  "terms", "spans"]
#: The evidence of a machine coding as data: ``rules`` (ids of the codebook rules that fired for the code, a tuple
#: of str), ``terms`` (the matched words, a tuple of str) and ``spans`` (their ``(start, end)`` offsets into
#: ``Document.text``, a tuple of int pairs). Empty tuples for human codings. In CSV files: ``r1 | r2``,
#: ``宣传 | 不到位`` and ``120-122 126-129`` (see :mod:`qualcode._io`).
EVIDENCE_COLUMNS = ["rules", "terms", "spans"]
#: The key of a segment (and of a coding) in every table.
KEY_COLUMNS = ["doc_id", "turn", "sentence"]

SPEAKER_KINDS = ("interviewer", "respondent")


def _freeze(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


def _reduce_mappingproxy(proxy: MappingProxyType) -> tuple:
    return _freeze, (dict(proxy),)


# frozen mappings pickle and deep-copy as what they are, so that a Codebook (and a fitted coder holding one) can be
# saved in a project store and passed through sklearn.clone
copyreg.pickle(MappingProxyType, _reduce_mappingproxy)


@dataclass(frozen=True)
class Turn:
    """One speaker turn. ``text == document.text[start:end]`` (the speaker tag is not part of it).

    ``notes`` holds absolute ``(start, end)`` offsets of bracketed transcriber notes such as （笑） or [停顿] inside the
    turn; they stay in the text and analysis can blank them out (see :func:`qualcode.ingest.mask_notes`).

    ``time_start``/``time_end`` are the turn's times in the recording, in seconds, where the file gives them (None
    otherwise; an end time is never inferred from the next turn). ``respondent_id`` names the person speaking when
    a document holds several respondents (a group interview; None: the document's respondent), and ``attributes``
    holds what belongs to this turn only: the speaker's own attributes in a group interview (``role``, ...) and
    per-turn table columns; they override the document's attributes in the tables.
    """

    doc_id: str
    turn: int
    speaker: str
    speaker_kind: str
    start: int
    end: int
    text: str
    line: int
    notes: tuple[tuple[int, int], ...] = ()
    time_start: float | None = None
    time_end: float | None = None
    respondent_id: str | None = None
    attributes: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "attributes", _freeze(self.attributes))


@dataclass(frozen=True)
class Document:
    """One transcript (or one group of table rows), decoded, with its respondent attributes.

    ``path`` is relative to the corpus folder; ``sha256`` is the hash of the source file's bytes (for a table, of the
    whole table file). For table sources (``source_kind == "table"``) ``text`` is built by joining the document's
    cells with newlines, and for .docx sources by joining paragraphs and table rows with newlines; offsets refer to
    that text; the source itself is never rewritten.

    ``metadata`` is the header block read before the first turn (never speech): ``title`` (an unlabelled first
    line, a merged title row, a WebVTT header), ``fields`` (``访谈时间：…`` lines, label -> value), ``other``
    (other unlabelled header lines) and ``lines`` (first and last line of the block); empty when there is none.
    """

    doc_id: str
    path: str
    sha256: str
    encoding: str
    text: str
    turns: tuple[Turn, ...]
    attributes: Mapping[str, Any] = field(default_factory=dict)
    source_kind: str = "text"
    #: Same-length Simplified-Chinese copy of ``text`` for matching (``read_corpus(convert="t2s")``), else None.
    match_text: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "attributes", _freeze(self.attributes))
        object.__setattr__(self, "metadata", _freeze(self.metadata))

    def __deepcopy__(self, memo: dict) -> Document:  # immutable: a copy is the document itself
        return self

    def __repr__(self) -> str:  # the text can be long: show its size, not the text
        return (f"Document(doc_id={self.doc_id!r}, path={self.path!r}, role={self.role!r}, turns={len(self.turns)}, "
                f"chars={len(self.text)}, encoding={self.encoding!r})")

    @property
    def respondent_id(self) -> str:
        return str(self.attributes.get("respondent_id", self.doc_id))

    @property
    def role(self) -> str | None:
        value = self.attributes.get("role")
        return None if value is None else str(value)


@dataclass(frozen=True)
class Corpus:
    """A folder of transcripts read by :func:`qualcode.read_corpus`.

    ``problems`` lists files that could not be loaded (only non-empty when loading with ``keep_going=True``) and
    warnings about loaded ones; nothing is skipped without a record here.
    """

    root: str
    documents: tuple[Document, ...]
    name: str = "corpus"
    problems: tuple = ()
    config: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "config", _freeze(self.config))

    def __deepcopy__(self, memo: dict) -> Corpus:  # immutable: a copy is the corpus itself
        return self

    def __getstate__(self) -> dict:  # the memoised turns table is not sent to other processes
        return {k: v for k, v in self.__dict__.items() if k != "_turns_table"}

    def __repr__(self) -> str:
        bad = sum(1 for i in self.problems if getattr(i, "is_error", False))
        return (f"Corpus(name={self.name!r}, root={self.root!r}, documents={len(self.documents)}, "
                f"turns={sum(len(d.turns) for d in self.documents)}, problems={bad})")

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, doc_id: str) -> Document:
        for doc in self.documents:
            if doc.doc_id == doc_id:
                return doc
        raise KeyError(doc_id)

    @property
    def attribute_names(self) -> list[str]:
        """Respondent (and turn) attribute names, in order of first appearance."""
        names: list[str] = []
        for doc in self.documents:
            keys = list(doc.attributes)
            for t in doc.turns:
                keys.extend(k for k in t.attributes if k not in keys)
            for key in keys:
                if key not in names and key not in _INTERNAL and not str(key).startswith("_"):
                    names.append(key)
        return names

    @property
    def has_times(self) -> bool:
        """True when some turn has a recording time (then the tables have :data:`TIME_COLUMNS`)."""
        return any(t.time_start is not None or t.time_end is not None for d in self.documents for t in d.turns)

    def respondents(self) -> pd.DataFrame:
        """One row per respondent: doc_id, respondent_id, path, sha256, encoding, n_turns, n_chars and attributes.

        A document is one respondent unless its turns name several (a group interview): then each respondent of it
        has a row, with their own attributes and the number of turns and characters they spoke.
        """
        names = self.attribute_names
        rows = []
        for doc in self.documents:
            base = {"doc_id": doc.doc_id, "path": doc.path, "sha256": doc.sha256, "encoding": doc.encoding}
            people = _people(doc)
            if not people:
                rows.append({**base, "respondent_id": doc.respondent_id, "n_turns": len(doc.turns),
                             "n_chars": len(doc.text), **{k: _scalar(doc.attributes.get(k)) for k in names}})
                continue
            for rid, turns in people.items():
                attrs = {**doc.attributes, **turns[0].attributes}
                rows.append({**base, "respondent_id": rid, "n_turns": len(turns),
                             "n_chars": sum(len(t.text) for t in turns),
                             **{k: _scalar(attrs.get(k)) for k in names}})
        cols = ["doc_id", "respondent_id", "path", "sha256", "encoding", "n_turns", "n_chars", *names]
        return pd.DataFrame(rows, columns=cols)

    def turns(self, *, text: bool = True) -> pd.DataFrame:
        """The long turns table: :data:`TURN_COLUMNS`, :data:`TIME_COLUMNS` when some turn has a time, then every
        respondent attribute (a turn's own attributes override its document's). ``text=False``: without the ``text``
        column, the costly one to build for a large corpus when only keys and attributes are needed. Built column by
        column (a dict per turn cost more than the rest of reading a large corpus).

        Built once per corpus (a study asked for it four times, 1 s each at 10 M characters); every call returns its
        own copy, so changing it leaves the corpus's table as it was."""
        made = self.__dict__.setdefault("_turns_table", {})  # text -> table (a frozen dataclass: no attribute set)
        if True in made:
            return made[True].copy() if text else made[True].drop(columns="text")
        if text not in made:
            made[text] = self._build_turns(text)
        return made[text].copy()

    def _build_turns(self, text: bool) -> pd.DataFrame:
        names = self.attribute_names
        times = self.has_times
        docs = self.documents
        turns = [t for doc in docs for t in doc.turns]
        per_doc = [len(doc.turns) for doc in docs]

        def repeat(values: list) -> list:
            return [v for v, n in zip(values, per_doc) for _ in range(n)]

        columns: dict[str, list] = {
            "doc_id": repeat([doc.doc_id for doc in docs]),
            "respondent_id": [t.respondent_id or rid for t, rid in
                              zip(turns, repeat([doc.respondent_id for doc in docs]))],
            "turn": [t.turn for t in turns],
            "speaker": [t.speaker for t in turns],
            "speaker_kind": [t.speaker_kind for t in turns],
            "start": [t.start for t in turns],
            "end": [t.end for t in turns],
            "line": [t.line for t in turns],
        }
        if text:
            columns["text"] = [t.text for t in turns]
        if times:
            columns["time_start"] = [t.time_start for t in turns]
            columns["time_end"] = [t.time_end for t in turns]
        for key in names:
            columns[key] = repeat([_scalar(doc.attributes.get(key)) for doc in docs])
        for i, t in enumerate(turns):  # (group interviews: a speaker's own attributes)
            if t.attributes:
                for k, v in t.attributes.items():
                    if k in columns and k in names:
                        columns[k][i] = _scalar(v)
        order = [c for c in [*TURN_COLUMNS, *(TIME_COLUMNS if times else []), *names] if text or c != "text"]
        out = pd.DataFrame(columns if turns else [], columns=order)
        if times:
            out[TIME_COLUMNS] = out[TIME_COLUMNS].astype(float)
        return out


_INTERNAL = ("id", "respondent_id", "speakers")


def _people(doc: Document) -> dict[str, list[Turn]]:
    """The respondents of a group document (respondent_id -> their respondent turns); empty for a document whose
    respondent turns are all the document's own respondent."""
    people: dict[str, list[Turn]] = {}
    if not any(t.respondent_id for t in doc.turns):
        return people
    for t in doc.turns:
        if t.speaker_kind == "respondent":
            people.setdefault(t.respondent_id or doc.respondent_id, []).append(t)
    return people


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, Mapping):
        return ";".join(f"{k}={v}" for k, v in value.items())
    return value


@dataclass(frozen=True)
class Code:
    """One code of a codebook.

    ``rules`` holds the validated rule mappings exactly as written in the codebook (the rule language is documented in
    docs/codebook.md and compiled by :class:`qualcode.AutoCoder`); keeping them as data lets every exchange format
    round-trip them. ``line`` is the line of the code's entry in its source file, for error messages.
    """

    id: str
    label: str = ""
    label_en: str = ""
    parent: str | None = None
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    memo: str = ""
    color: str | None = None
    rules: tuple[Mapping[str, Any], ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Codebook:
    """A hierarchical codebook: codes in file order, parents before or after children."""

    codes: tuple[Code, ...]
    name: str = "codebook"
    version: str = "1"
    description: str = ""
    path: str | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "settings", _freeze(self.settings))

    def __deepcopy__(self, memo: dict) -> Codebook:  # immutable: a copy is the codebook itself (sklearn.clone)
        return self

    def __iter__(self) -> Iterator[Code]:
        return iter(self.codes)

    def __len__(self) -> int:
        return len(self.codes)

    def __contains__(self, code_id: object) -> bool:
        return any(c.id == code_id for c in self.codes)

    def __getitem__(self, code_id: str) -> Code:
        for code in self.codes:
            if code.id == code_id:
                return code
        raise KeyError(code_id)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.codes]

    def children(self, code_id: str | None) -> list[Code]:
        return [c for c in self.codes if c.parent == code_id]

    def ancestors(self, code_id: str) -> list[str]:
        """Parent, grandparent, ... of ``code_id`` (nearest first)."""
        out: list[str] = []
        seen = {code_id}
        parent = self[code_id].parent
        while parent is not None and parent not in seen and parent in self:
            out.append(parent)
            seen.add(parent)
            parent = self[parent].parent
        return out

    def level(self, code_id: str) -> int:
        """1 for top-level codes, 2 for their children, ..."""
        return len(self.ancestors(code_id)) + 1

    def at_level(self, code_id: str, level: int) -> str:
        """The ancestor of ``code_id`` at ``level`` (or the code itself when it is at or above that level)."""
        chain = [code_id, *self.ancestors(code_id)]
        chain.reverse()  # root first
        return chain[min(level, len(chain)) - 1]

    @property
    def leaves(self) -> list[Code]:
        parents = {c.parent for c in self.codes}
        return [c for c in self.codes if c.id not in parents]

    def to_frame(self) -> pd.DataFrame:
        """One row per code: id, label, label_en, parent, level, n_rules, definition."""
        return pd.DataFrame(
            [
                {
                    "id": c.id,
                    "label": c.label,
                    "label_en": c.label_en,
                    "parent": c.parent,
                    "level": self.level(c.id),
                    "n_rules": len(c.rules),
                    "definition": c.definition,
                }
                for c in self.codes
            ],
            columns=["id", "label", "label_en", "parent", "level", "n_rules", "definition"],
        )


def seg_id(doc_id: str, turn: int, sentence: int = 0) -> str:
    """The display id of a segment: ``"F01:4"`` for a turn (``sentence == 0``), ``"F01:4:2"`` for a sentence.

    The one place ids are made. Tables are joined on ``doc_id, turn, sentence``; the id is for people (coding sheets,
    reports) and for files keyed by it (gold codings), which are matched to segments as a whole, never split apart.
    Document ids cannot contain ``:`` (ingest rejects them), so ids are unique.
    """
    return f"{doc_id}:{int(turn)}" if not sentence else f"{doc_id}:{int(turn)}:{int(sentence)}"


def seg_ids(doc_ids: Any, turns: Any, sentences: Any) -> list[str]:
    """:func:`seg_id` over columns (lists, arrays or Series of equal length)."""
    return [f"{d}:{t}" if not s else f"{d}:{t}:{s}" for d, t, s in zip(doc_ids, map(int, turns), map(int, sentences))]
