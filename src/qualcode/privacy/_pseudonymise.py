"""Consistent pseudonyms for a corpus, offset maps that keep codings aligned, pseudonymised copies of a corpus.

Choices (documented in docs/privacy.md):

* A person gets ``人员A``, ``人员B`` ... in order of first appearance in the corpus given to :meth:`Pseudonymiser.fit`
  (``人员Z`` is followed by ``人员AA``). The same *form* is always the same pseudonym across the corpus: 张伟 is
  always 人员A; a three-character name's given part (伟 alone is not, but 子涵 of 王子涵 is) shares it.
* A title or kinship form keeps its title: 刘主任 -> 人员C主任, 张姐 -> 人员D姐. A surname-only title form is keyed on
  surname + title, so 刘主任 and 刘会计 (often two people) get different letters; 刘建国主任 shares 刘建国's.
* 老张 / 小刘 / 张某 / 张某某 become a bare pseudonym (人员E); 老 and 小 are dropped.
* Structured identifiers become typed placeholders: [身份证号] [手机号] [座机号] [银行卡号] [邮箱] [地址] [出生日期]
  [QQ号] [微信号]. A detected school with its class becomes ``学校A`` (the same school phrase, the same letter).
* Names-table entries use their ``pseudonym`` column when given, otherwise ``地点A`` (place), ``机构A`` (org),
  ``学校A`` (school), ``人员A`` (person), ``名称A`` (any other type).
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from qualcode._io import read_table
from qualcode._params import Params
from qualcode.errors import InputError, Issue, NotFittedError
from qualcode.privacy._detect import PII_TYPES, PLACEHOLDERS, NamesLike, Span, detect_pii, load_names
from qualcode.privacy._name_data import COMMON_WORDS
from qualcode.privacy._name_tokens import word_freq

if TYPE_CHECKING:
    from qualcode.segment import Segmenter

__all__ = ["MAP_COLUMNS", "OffsetMap", "Pseudonymiser", "PseudonymisedCorpus", "names_from_map", "pseudonymise_table",
           "remap"]

#: Columns of the pseudonym map (``pseudonym_map.csv``); ``context`` is the source around the replacement, the
#: replaced part in 【】, for checking its edges; ``check_edge`` names the edges of a person's name that were a close
#: call (``start``, ``end``, ``start end``: :func:`qualcode.privacy._edges.edge_doubt`), the rows to read first.
MAP_COLUMNS = ["original", "pseudonym", "type", "doc_id", "start", "end", "new_start", "new_end", "path", "context",
               "check_edge"]

_PREFIX = {"person": "人员", "place": "地点", "org": "机构", "school": "学校"}


def _letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (spreadsheet column letters)."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


# ------------------------------------------------------------------------------------------------ offset maps
@dataclass(frozen=True)
class OffsetMap:
    """How offsets of an original text move in its pseudonymised copy.

    ``edits`` holds ``(old_start, old_end, new_start, new_end)`` for every replaced span, in text order; text outside
    the edits is unchanged, only shifted. :meth:`map_span` maps a segment: a boundary inside a replaced span snaps
    outward to the replacement's boundary, so a segment that contained a name contains its pseudonym.
    """

    edits: tuple[tuple[int, int, int, int], ...] = ()
    old_length: int = 0
    new_length: int = 0
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(e[0] for e in self.edits))

    def map_offset(self, pos: int, side: str = "start") -> int:
        """New offset of old offset ``pos``. ``side`` decides a position strictly inside a replaced span:
        ``"start"`` snaps to the replacement's start, ``"end"`` to its end."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos
        os_, oe, ns, ne = self.edits[i]
        if pos == os_:
            return ns
        if pos < oe:
            return ns if side == "start" else ne
        return pos + (ne - oe)

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        """New ``(start, end)`` of an old segment."""
        new_start = self.map_offset(start, "start")
        new_end = self.map_offset(end, "end") if end > start else new_start
        return new_start, max(new_start, new_end)

    def overlaps(self, start: int, end: int) -> bool:
        """True when the old segment ``[start, end)`` touches a replaced span."""
        return any(os_ < end and start < oe for os_, oe, _ns, _ne in self.edits)


def remap(table: pd.DataFrame, offset_map: OffsetMap | Mapping[str, OffsetMap],
          new_texts: Mapping[str, str] | None = None) -> pd.DataFrame:
    """A copy of a segments/codings/turns table with ``start``/``end`` moved into the pseudonymised text.

    ``offset_map`` is one :class:`OffsetMap` (applied to every row) or a mapping ``doc_id -> OffsetMap`` (rows are
    matched on ``doc_id``; rows of documents without a map keep their offsets). With ``new_texts`` (``doc_id ->
    pseudonymised text``) the ``text`` column is refreshed from the new text, so ``new_text[start:end] == text``
    holds again. Every other column is kept as it is.
    """
    for col in ("start", "end"):
        if col not in table.columns:
            raise InputError([Issue("<table>", None, f"table has no {col!r} column",
                                    "remap works on tables with start/end offsets (segments, codings, turns)")])
    out = table.copy()
    maps: dict[str, OffsetMap] | None = None
    single = offset_map if isinstance(offset_map, OffsetMap) else None
    if not isinstance(offset_map, OffsetMap):
        maps = dict(offset_map)
        if "doc_id" not in out.columns:
            raise InputError([Issue("<table>", None, "table has no 'doc_id' column",
                                    "pass a single OffsetMap for a one-document table")])
    starts, ends = [], []
    docs = out["doc_id"].astype(str).tolist() if "doc_id" in out.columns else [None] * len(out)
    for doc, s, e in zip(docs, out["start"].tolist(), out["end"].tolist()):
        m = single if maps is None else maps.get(str(doc))
        if m is None or pd.isna(s) or pd.isna(e):
            starts.append(s)
            ends.append(e)
            continue
        ns, ne = m.map_span(int(s), int(e))
        starts.append(ns)
        ends.append(ne)
    out["start"] = starts
    out["end"] = ends
    if new_texts is not None and "text" in out.columns and "doc_id" in out.columns:
        out["text"] = [new_texts[d][int(s):int(e)] if d in new_texts and not pd.isna(s) else t
                       for d, s, e, t in zip(docs, starts, ends, out["text"].tolist())]
    return out


# ------------------------------------------------------------------------------------------------ pseudonymiser
def _iter_texts(corpus: Any) -> Iterable[tuple[str, str, str | None]]:
    """(doc_id, text, match_text) from a Corpus, documents, a mapping doc_id -> text, or a list of strings."""
    if isinstance(corpus, str):
        yield "0", corpus, None
        return
    if isinstance(corpus, Mapping):
        for k, v in corpus.items():
            yield str(k), str(v), None
        return
    for i, item in enumerate(corpus):
        if isinstance(item, str):
            yield str(i), item, None
        elif hasattr(item, "doc_id") and hasattr(item, "text"):
            yield str(item.doc_id), item.text, getattr(item, "match_text", None)
        else:
            raise TypeError(f"cannot read text from {type(item).__name__}: give a Corpus, Documents, "
                            "a dict doc_id -> text or a list of strings")


class Pseudonymiser(Params):
    """Replace personal information with consistent pseudonyms and typed placeholders.

    Parameters
    ----------
    names:
        Names table (path to ``names.csv`` with ``name,type[,pseudonym]``, DataFrame, mapping or list): names always
        replaced, with their own pseudonym when given.
    types:
        PI types to replace (default: all of :data:`~qualcode.privacy._detect.PII_TYPES` plus names-table types).
    label:
        Prefix of person pseudonyms (default ``"人员"``).
    segmenter:
        The :class:`~qualcode.segment.Segmenter` whose words a replacement never cuts in part (default: the
        pipeline's, ``Segmenter()``). Give the coding segmenter (:func:`qualcode.coding.corpus_segmenter` of the
        codebook) so that quotes are cut into the same words as they were coded.

    ``fit(corpus)`` assigns pseudonyms in order of first appearance; ``transform_text`` replaces. A name met for the
    first time in ``transform_text`` gets the next free pseudonym (it is added to ``pseudonyms_``) rather than being
    left in clear. Fitted attributes: ``pseudonyms_`` (DataFrame ``key, type, pseudonym, original``), ``names_``.
    """

    def __init__(self, names: NamesLike = None, types: Sequence[str] | None = None, label: str = "人员",
                 segmenter: Segmenter | None = None):
        self.names = names
        self.types = types
        self.label = label
        self.segmenter = segmenter

    def _check_fitted(self) -> None:
        if not hasattr(self, "_table_"):
            raise NotFittedError("this Pseudonymiser is not fitted yet: call fit(corpus) first, so that the same "
                                 "person gets the same pseudonym in every document")

    def _types(self) -> set[str] | None:
        if self.types is None:
            return None
        unknown = [t for t in self.types if t not in PII_TYPES and t not in set(self.names_["type"])]
        if unknown:
            raise ValueError(f"types == {unknown!r}: unknown PI type; choose from {', '.join(PII_TYPES)} "
                             "or a type of the names table")
        return set(self.types)

    def fit(self, corpus: Any) -> Pseudonymiser:
        """Detect PI in every document and assign pseudonyms in order of first appearance. Returns ``self``."""
        self.names_ = load_names(self.names)
        self._wanted = self._types()
        self._table_: dict[tuple[str, str], str] = {}
        self._original_: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self._known_: dict[str, str] = {}
        for _doc_id, text, match_text in _iter_texts(corpus):
            for span in self.detect(text, match_text):
                self._pseudonym(span)
                self._learn(span)
        return self

    def learn_names(self, names: Iterable[str]) -> Pseudonymiser:
        """Treat these strings as person names from now on (e.g. the cells of a ``name`` column). Returns ``self``."""
        self._check_fitted()
        for name in names:
            name = str(name).strip()
            if len(name) >= 2:
                self._known_.setdefault(name, name)
        return self

    def _learn(self, span: Span) -> None:
        """Remember a detected person name so that it is replaced in every document, not only where found."""

        if span.type != "person" or span.rule.split("+")[0] in ("names", "title", "kin", "mou", "xing"):
            return  # (nor a title form another step grew: 隔壁的|诺日|吉玛大姐 is 'title+words', its title kept)
        name = "".join(span.text[:len(span.text) - len(span.suffix)].split())  # (赵 德 胜 is searched as 赵德胜)
        if len(name) < 2 or name in COMMON_WORDS or word_freq(name) > 100:
            return
        self._known_.setdefault(name, span.key or name)

    def detect(self, text: str, match_text: str | None = None) -> list[Span]:
        """The spans this pseudonymiser would replace in ``text`` (searched in ``match_text`` when given)."""
        names = getattr(self, "names_", None)
        if names is None:
            names = self.names_ = load_names(self.names)
            self._wanted = self._types()
        return detect_pii(text, names=names, types=self._wanted, known=getattr(self, "_known_", None),
                          match_text=match_text, segmenter=self.segmenter)

    def _pseudonym(self, span: Span) -> str:
        if span.type in PLACEHOLDERS:
            return PLACEHOLDERS[span.type]
        key = (span.type, span.key or span.text)
        if key not in self._table_:
            given = ""
            if span.rule == "names":
                row = self.names_[self.names_["name"] == span.text]
                given = str(row["pseudonym"].iloc[0]) if len(row) else ""
            if not given:
                prefix = self.label if span.type == "person" else _PREFIX.get(span.type, "名称")
                taken = set(self._table_.values()) | set(self.names_["pseudonym"])
                n = self._counters.get(prefix, 0)
                while f"{prefix}{_letters(n)}" in taken:  # never reuse a names-table pseudonym
                    n += 1
                self._counters[prefix] = n + 1
                given = f"{prefix}{_letters(n)}"
            self._table_[key] = given
            self._original_[key] = span.text
        return self._table_[key]

    def replacement(self, span: Span) -> str:
        """The text that replaces ``span`` (pseudonym plus a kept title, or a placeholder)."""
        return self._pseudonym(span) + (span.suffix if span.type == "person" else "")

    @property
    def pseudonyms_(self) -> pd.DataFrame:
        """Assigned pseudonyms: ``key, type, pseudonym, original`` (first form seen)."""
        self._check_fitted()
        rows = [{"key": k[1], "type": k[0], "pseudonym": v, "original": self._original_[k]}
                for k, v in self._table_.items()]
        return pd.DataFrame(rows, columns=["key", "type", "pseudonym", "original"])

    def transform_spans(self, text: str, match_text: str | None = None
                        ) -> tuple[str, OffsetMap, list[tuple[Span, str]]]:
        """Like :meth:`transform_text`, also returning each replaced span with its replacement."""
        self._check_fitted()
        spans = self.detect(text, match_text)
        parts: list[str] = []
        edits: list[tuple[int, int, int, int]] = []
        done: list[tuple[Span, str]] = []
        pos = new_pos = 0
        for span in spans:
            parts.append(text[pos:span.start])
            new_pos += span.start - pos
            rep = self.replacement(span)
            parts.append(rep)
            edits.append((span.start, span.end, new_pos, new_pos + len(rep)))
            done.append((span, rep))
            new_pos += len(rep)
            pos = span.end
        parts.append(text[pos:])
        new_text = "".join(parts)
        return new_text, OffsetMap(tuple(edits), len(text), len(new_text)), done

    def transform_text(self, text: str, match_text: str | None = None) -> tuple[str, OffsetMap]:
        """``(new_text, offset_map)``: ``text`` with every detected PI replaced; see :func:`remap`.

        ``match_text`` is a same-length copy searched instead (``Document.match_text``, Simplified Chinese of a
        Traditional transcript); the replacement is made in ``text``.
        """
        new_text, omap, _ = self.transform_spans(text, match_text)
        return new_text, omap

    def fit_transform_text(self, text: str) -> tuple[str, OffsetMap]:
        return self.fit([text]).transform_text(text)

    def transform_corpus(self, corpus: Any, out_dir: str | os.PathLike, map_path: str | os.PathLike | None = None,
                         *, overwrite: bool = False, quiet: bool = False) -> PseudonymisedCorpus:
        """Write a pseudonymised copy of a corpus (folder path or Corpus) to ``out_dir`` and the pseudonym map apart.

        See :func:`qualcode.privacy._corpus.transform_corpus`; the source folder is never modified.
        """

        from qualcode.privacy._corpus import transform_corpus  # (here: _corpus is built on this module)

        return transform_corpus(corpus, out_dir, map_path, pseudonymiser=self, overwrite=overwrite, quiet=quiet)


@dataclass(frozen=True)
class PseudonymisedCorpus:
    """What :meth:`Pseudonymiser.transform_corpus` wrote.

    ``mapping`` has :data:`MAP_COLUMNS` (one row per replaced occurrence; keep it secret); ``offset_maps`` maps
    doc_id -> :class:`OffsetMap` for :func:`remap`; ``new_texts`` doc_id -> pseudonymised text; ``skipped`` lists
    files of the source folder that were not copied (they may hold personal information: check them by hand).
    """

    out_dir: Path
    map_path: Path
    mapping: pd.DataFrame
    offset_maps: Mapping[str, OffsetMap]
    new_texts: Mapping[str, str]
    files: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()


def names_from_map(map_path: str | os.PathLike, names: NamesLike = None) -> pd.DataFrame:
    """A names table (``name, type, pseudonym``) that replays an earlier pseudonym map, plus ``names`` if given.

    Use it when transcripts are added to a corpus that was pseudonymised before, so that everyone keeps their
    pseudonym: ``Pseudonymiser(names=names_from_map("old_map.csv", "names.csv"))`` (CLI: ``--reuse-map``). Only
    names (person and names-table types) are replayed; numbers get placeholders anyway.
    """

    path = Path(map_path)
    if not path.is_file():
        raise InputError([Issue(str(path), None, "pseudonym map not found", "give the map written by an earlier run")])
    table = read_table(path)
    missing = [c for c in ("original", "pseudonym", "type") if c not in table.columns]
    if missing:
        raise InputError([Issue(str(path), 1, f"not a pseudonym map: no column {', '.join(map(repr, missing))}",
                                f"a pseudonym map has the columns {', '.join(MAP_COLUMNS)}")])
    rows = table[~table["type"].isin(list(PLACEHOLDERS))][["original", "type", "pseudonym"]]
    rows = rows.rename(columns={"original": "name"}).drop_duplicates("name")
    rows = rows[rows["name"].astype(str).str.len() >= 2]
    extra = load_names(names)
    out = pd.concat([extra, rows[~rows["name"].isin(set(extra["name"]))]], ignore_index=True)
    return load_names(out.reset_index(drop=True))


# ------------------------------------------------------------------------------------------------ tables
def pseudonymise_table(df: pd.DataFrame, columns: Sequence[str] = ("text",),
                       pseudonymiser: Pseudonymiser | None = None) -> pd.DataFrame:
    """A copy of a table (quotes, segments, coding sheet) with PI replaced in ``columns``.

    The pseudonymiser is fitted on the table itself when none is given (or when it is not fitted yet), so that
    consistency holds within the table; pass the corpus-fitted one for consistency with other outputs. A ``tokens``
    column (list of str) is rebuilt for rows whose ``text`` changed: tokens inside a replaced span are merged into
    the replacement. ``start``/``end`` are not changed here (use :func:`remap` with the corpus offset maps).
    """
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise InputError([Issue("<table>", None, f"table has no column {c!r}",
                                f"columns are: {', '.join(map(str, df.columns))}") for c in missing])
    ps = pseudonymiser if pseudonymiser is not None else Pseudonymiser()
    if not hasattr(ps, "_table_"):
        texts = [v for c in columns for v in df[c].tolist() if isinstance(v, str)]
        ps.fit(texts)
    out = df.copy()
    for col in columns:
        new_vals: list[Any] = []
        maps: list[tuple[str, str, OffsetMap] | None] = []
        for value in out[col].tolist():
            if isinstance(value, str):
                new, omap = ps.transform_text(value)
                new_vals.append(new)
                maps.append((value, new, omap))
            else:
                new_vals.append(value)
                maps.append(None)
        out[col] = new_vals
        if col == "text" and "tokens" in out.columns:
            out["tokens"] = [_retokenise(tokens, m) if m is not None and m[2].edits else tokens
                             for tokens, m in zip(out["tokens"].tolist(), maps)]
    return out


def _retokenise(tokens: Any, mapping: tuple[str, str, OffsetMap]) -> Any:
    if isinstance(tokens, str):
        tokens = tokens.split(" ") if tokens else []
        as_str = True
    elif isinstance(tokens, (list, tuple)):
        as_str = False
    else:
        return tokens
    old, new, omap = mapping
    out: list[str] = []
    pos = 0
    last_edit = None
    for tok in tokens:
        at = old.find(tok, pos) if tok else -1
        if at < 0:  # tokens do not tile the text: fall back to per-token replacement of known originals
            return _retokenise_loose(tokens, old, new, omap, as_str)
        s, e = at, at + len(tok)
        pos = e
        edit = next((ed for ed in omap.edits if ed[0] < e and s < ed[1]), None)
        if edit is None:
            out.append(tok)
        elif edit != last_edit:
            out.append(new[edit[2]:edit[3]])
        last_edit = edit if edit is not None else last_edit
    return " ".join(out) if as_str else out


def _retokenise_loose(tokens, old, new, omap, as_str):
    originals = {old[a:b]: new[c:d] for a, b, c, d in omap.edits}
    out = []
    for tok in tokens:
        hit = next((rep for orig, rep in originals.items() if tok and tok in orig), None)
        out.append(tok if hit is None else hit)
    dedup = [t for i, t in enumerate(out) if i == 0 or t != out[i - 1] or t not in originals.values()]
    return " ".join(dedup) if as_str else dedup
