"""Write a pseudonymised copy of a corpus folder, with the pseudonym map kept apart.

The source folder is only read. Every output goes through :func:`qualcode._io.atomic_write`. What is written:

* every transcript (.txt/.md) with PI replaced; front matter and speaker tags stay where they are (a speaker tag
  that is a name, such as ``王奶奶：``, becomes ``人员C奶奶：`` everywhere in that file, front matter included, so
  the copy parses the same way). Files are written as UTF-8; CRLF line ends are kept;
* a .docx transcript as ``<stem>.txt`` holding the text qualcode read from it;
* tables (.csv/.xlsx transcripts, respondents.csv/.xlsx) with PI replaced in every text cell except id and role
  columns; corpus.yaml with PI replaced;
* nothing else: other files of the folder (README, gold codings, notes) are listed in ``skipped`` for the user to
  check by hand.

The pseudonym map (``original, pseudonym, type, doc_id, start, end, new_start, new_end, path, context,
check_edge``) is written to
``map_path`` -- by default ``<out_dir>_pseudonym_map.csv`` next to, never inside, the new corpus -- and a warning is
printed to store it securely.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode._io import atomic_write, write_table
from qualcode.errors import InputError, Issue, TranscriptError
from qualcode.ingest import read_corpus
from qualcode.ingest._tables import TEXT_COLUMNS, _find, read_frame
from qualcode.privacy._edges import edge_doubt
from qualcode.privacy._pseudonymise import MAP_COLUMNS, OffsetMap, PseudonymisedCorpus, Pseudonymiser

__all__ = ["default_map_path", "transform_corpus"]

_KEEP_COLUMNS = {"doc_id", "id", "respondent_id", "编号", "受访者编号", "文档", "role", "speaker_kind", "turn",
                 "line"}
#: Columns of a respondents table whose cells are person names.
NAME_COLUMNS = {"name", "names", "full_name", "respondent_name", "interviewer", "姓名", "名字", "受访者姓名", "访谈者",
                "访谈员", "监护人", "guardian"}
MAP_WARNING = ("qualcode: the pseudonym map {path} links every pseudonym to the real name or number: store it "
               "securely (encrypted, access-restricted, not in the shared project folder) and never share it with "
               "the pseudonymised corpus; under PIPL information on children under 14 is sensitive personal "
               "information.")


def default_map_path(out_dir: str | os.PathLike) -> Path:
    """``<out_dir>_pseudonym_map.csv`` beside the output folder (outside it)."""
    out = Path(out_dir)
    return out.parent / f"{out.name}_pseudonym_map.csv"


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.relative_to(parent)
    except ValueError:
        return False
    return True


def _check_paths(root: Path, out: Path, map_path: Path, overwrite: bool) -> None:
    issues: list[Issue] = []
    src = root.resolve()
    src_dir = src if src.is_dir() else src.parent
    dst = out.resolve()
    mp = map_path.resolve()
    if dst == src_dir:
        issues.append(Issue(str(out), None, "the output folder is the source corpus folder",
                            "give a new folder: the source is never modified"))
    elif _inside(dst, src_dir) and src.is_dir():
        issues.append(Issue(str(out), None, f"the output folder is inside the source corpus folder {root}",
                            "put it beside the source, e.g. --out ../mystudy_pseudonymised"))
    if dst.exists() and not dst.is_dir():
        issues.append(Issue(str(out), None, "the output path exists and is a file", "give a new folder"))
    elif dst.exists() and any(dst.iterdir()) and not overwrite:
        issues.append(Issue(str(out), None, "the output folder exists and is not empty",
                            "choose a new folder, or pass overwrite=True (--force) to write into it"))
    if _inside(mp, dst):
        issues.append(Issue(str(map_path), None, "the pseudonym map would be inside the pseudonymised corpus",
                            "keep the map apart: --map outside the output folder (default: next to it)"))
    if src.is_dir() and _inside(mp, src_dir):
        issues.append(Issue(str(map_path), None, "the pseudonym map would be inside the source corpus folder",
                            "write it outside both corpus folders"))
    if issues:
        raise InputError(issues, summary="cannot write the pseudonymised corpus")


#: Characters of the source shown on each side of a replacement in the map's ``context`` column.
CONTEXT_CHARS = 8


def _map_row(text: str, span: Any, rep: str, path: str, doc_id: str = "",
             new: tuple[int | None, int | None] = (None, None)) -> dict:
    """One row of the pseudonym map: what was replaced, by what, where, and the source around it with the replaced
    part in 【】 (图们【吉日嘎拉】他去年: a name replaced in part shows its rest beside the brackets), and which edges
    of a found person's name were a close call (a name from the names table is taken as given)."""
    s, e = span.start, span.end
    context = f"{text[max(0, s - CONTEXT_CHARS):s]}【{text[s:e]}】{text[e:e + CONTEXT_CHARS]}"
    check = edge_doubt(text, s, e, span.suffix) if span.type == "person" and span.rule != "names" else ""
    return {"original": span.text, "pseudonym": rep, "type": span.type, "doc_id": doc_id, "start": s, "end": e,
            "new_start": new[0], "new_end": new[1], "path": path, "context": " ".join(context.split()),
            "check_edge": check}


def _table_texts(frame: pd.DataFrame) -> list[str]:
    return [v for c in frame.columns if c.lower() not in _KEEP_COLUMNS for v in frame[c].tolist()
            if isinstance(v, str) and v]


def _pseudonymise_frame(frame: pd.DataFrame, ps: Pseudonymiser, rel: str, rows: list[dict],
                        skip: tuple[str, ...] = ()) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        if col.lower() in _KEEP_COLUMNS or col in skip:
            continue
        values = []
        for i, v in enumerate(out[col].tolist()):
            if isinstance(v, str) and v:
                new, _omap, done = ps.transform_spans(v)
                rows.extend(_map_row(v, span, rep, f"{rel}:{i + 2}:{col}") for span, rep in done)
                values.append(new)
            else:
                values.append(v)
        out[col] = values
    return out


def transform_corpus(corpus: Any, out_dir: str | os.PathLike, map_path: str | os.PathLike | None = None, *,
                     pseudonymiser: Pseudonymiser | None = None, names: Any = None, overwrite: bool = False,
                     keep_going: bool = False, quiet: bool = False) -> PseudonymisedCorpus:
    """Write a pseudonymised copy of ``corpus`` (a folder path or a :class:`~qualcode.model.Corpus`) to ``out_dir``.

    The pseudonymiser (built from ``names`` when not given) is fitted on the whole corpus first -- transcripts,
    respondents table and corpus.yaml -- so that a person has one pseudonym everywhere. Raises
    :class:`~qualcode.errors.InputError` when ``out_dir`` is the source folder or inside it, when it is a non-empty
    folder (unless ``overwrite``), or when ``map_path`` lies inside either corpus folder. Returns a
    :class:`~qualcode.privacy._pseudonymise.PseudonymisedCorpus`.
    """

    out = Path(out_dir)
    map_file = Path(map_path) if map_path is not None else default_map_path(out)
    if isinstance(corpus, (str, os.PathLike)):
        root = Path(corpus)
        _check_paths(root, out, map_file, overwrite)  # before reading: refuse early
        corpus = read_corpus(root, keep_going=keep_going)
    else:
        root = Path(corpus.root)
        _check_paths(root, out, map_file, overwrite)
    base = root if root.is_dir() else root.parent
    ps = pseudonymiser if pseudonymiser is not None else Pseudonymiser(names=names)
    side_tables, config_text = _read_side_files(root)
    _fit(ps, corpus, side_tables, config_text)

    rows: list[dict] = []
    offset_maps: dict[str, OffsetMap] = {}
    new_texts: dict[str, str] = {}
    written, table_docs = _write_documents(corpus, ps, base, out, rows, offset_maps, new_texts)
    for rel_str, docs in table_docs.items():
        _write_table_transcript(corpus, ps, base, out, rel_str, docs, offset_maps, new_texts)
        written.append(rel_str)
    for path, frame in side_tables:
        write_table(_pseudonymise_frame(frame, ps, path.name, rows), out / path.name)
        written.append(path.name)
    if config_text:
        written.append(_write_config(ps, out, config_text, rows))
    skipped = _skipped(root, base, corpus, side_tables, config_text)

    mapping = pd.DataFrame(rows, columns=MAP_COLUMNS)
    for col in ("start", "end", "new_start", "new_end"):
        mapping[col] = mapping[col].astype("Int64")
    out.mkdir(parents=True, exist_ok=True)
    write_table(mapping, map_file)
    if not quiet:
        print(MAP_WARNING.format(path=map_file), file=sys.stderr)
        if skipped:
            print(f"qualcode: {len(skipped)} file(s) of {root} were not copied (check them for personal "
                  f"information by hand): {', '.join(skipped[:10])}{' ...' if len(skipped) > 10 else ''}",
                  file=sys.stderr)
    return PseudonymisedCorpus(out, map_file, mapping, offset_maps, new_texts, tuple(written), tuple(skipped))


def _read_side_files(root: Path) -> tuple[list[tuple[Path, pd.DataFrame]], tuple[str, str] | None]:
    """The respondents table(s) and corpus.yaml of a corpus folder."""
    side_tables: list[tuple[Path, pd.DataFrame]] = []
    config_text = None
    if root.is_dir():
        for name in ("respondents.csv", "respondents.xlsx"):
            path = root / name
            if path.is_file():
                frame, _enc, issues = read_frame(path.read_bytes(), str(path))
                if frame is None:
                    raise TranscriptError(issues)
                side_tables.append((path, frame))
        for name in ("corpus.yaml", "corpus.yml"):
            if (root / name).is_file():
                config_text = (name, (root / name).read_text(encoding="utf-8-sig"))
    return side_tables, config_text


def _fit(ps: Pseudonymiser, corpus: Any, side_tables: list[tuple[Path, pd.DataFrame]],
         config_text: tuple[str, str] | None) -> None:
    """Fit ``ps`` on the whole corpus (unless fitted already) and teach it the names of name columns."""
    if not hasattr(ps, "_table_"):
        texts: list = list(corpus.documents)
        for _p, frame in side_tables:
            texts += _table_texts(frame)
        if config_text:
            texts.append(config_text[1])
        ps.fit(texts)
    for _p, frame in side_tables:  # a name column holds names even without any cue around them
        for col in frame.columns:
            if col.strip().lower() in NAME_COLUMNS:
                ps.learn_names(v for v in frame[col].tolist() if isinstance(v, str))


def _write_documents(corpus: Any, ps: Pseudonymiser, base: Path, out: Path, rows: list[dict],
                     offset_maps: dict[str, OffsetMap], new_texts: dict[str, str]
                     ) -> tuple[list[str], dict[str, list]]:
    """Pseudonymise every document (filling ``rows``, ``offset_maps``, ``new_texts``) and write the text ones;
    returns the written paths and the documents of table transcripts by path (written afterwards)."""
    written: list[str] = []
    targets: dict[Path, str] = {}
    sources = {(base / doc.path).resolve() for doc in corpus.documents}
    table_docs: dict[str, list] = {}
    for doc in corpus.documents:
        new_text, omap, done = ps.transform_spans(doc.text, getattr(doc, "match_text", None))
        offset_maps[doc.doc_id] = omap
        new_texts[doc.doc_id] = new_text
        rows.extend(_map_row(doc.text, span, rep, doc.path, doc.doc_id, (ns, ne))
                    for (span, rep), (_a, _b, ns, ne) in zip(done, omap.edits))
        if doc.source_kind == "table":
            table_docs.setdefault(doc.path, []).append(doc)
            continue
        rel = Path(doc.path)
        if doc.source_kind == "docx":
            rel = rel.with_suffix(".txt")
        target = out / rel
        if target.resolve() in sources or target in targets:
            raise InputError([Issue(str(target), None, "would overwrite a source file or another output file",
                                    "choose another output folder")])
        targets[target] = doc.doc_id
        with atomic_write(target, "w", encoding="utf-8", newline="") as fh:
            fh.write(new_text)
        written.append(rel.as_posix())
    return written, table_docs


def _write_table_transcript(corpus: Any, ps: Pseudonymiser, base: Path, out: Path, rel_str: str, docs: list,
                            offset_maps: dict[str, OffsetMap], new_texts: dict[str, str]) -> None:
    src = base / rel_str
    row = corpus.config.get("header_row") if isinstance(corpus.config.get("header_row"), int) else None
    frame, _enc, issues = read_frame(src.read_bytes(), str(src), header_row=row)
    if frame is None:
        raise TranscriptError(issues)
    text_col = _find(frame.columns, TEXT_COLUMNS)
    # the text cells come from the document-level replacement, so that the copy reads back into exactly
    # new_texts[doc_id] and the offset maps hold; other text cells (speaker, attributes) are replaced one by one
    new_frame = _pseudonymise_frame(frame, ps, rel_str, [], skip=(text_col,) if text_col else ())
    if text_col is not None:
        cells = new_frame[text_col].tolist()
        row_of = {line: i for i, line in enumerate(frame.attrs.get("lines") or range(2, len(frame) + 2))}
        for doc in docs:
            omap = offset_maps[doc.doc_id]
            for turn in doc.turns:
                ns, ne = omap.map_span(turn.start, turn.end)
                cells[row_of[turn.line]] = new_texts[doc.doc_id][ns:ne]
        new_frame[text_col] = cells
    write_table(new_frame, out / rel_str)


def _write_config(ps: Pseudonymiser, out: Path, config_text: tuple[str, str], rows: list[dict]) -> str:
    name, text = config_text
    new, _omap, done = ps.transform_spans(text)
    rows.extend(_map_row(text, span, rep, name) for span, rep in done)
    with atomic_write(out / name, "w", encoding="utf-8", newline="") as fh:
        fh.write(new)
    return name


def _skipped(root: Path, base: Path, corpus: Any, side_tables: list[tuple[Path, pd.DataFrame]],
             config_text: tuple[str, str] | None) -> list[str]:
    """Files of the source folder that were not copied."""
    skipped: list[str] = []
    if root.is_dir():
        done_set = {base / d.path for d in corpus.documents} | {p for p, _f in side_tables}
        if config_text:
            done_set.add(root / config_text[0])
        for path in sorted(root.rglob("*")):
            if path.is_file() and path not in done_set and not any(
                    part.startswith(".") for part in path.relative_to(root).parts):
                skipped.append(path.relative_to(root).as_posix())
    return skipped
