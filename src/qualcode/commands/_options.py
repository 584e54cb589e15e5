"""Options and argument types shared by the commands (parsing only: the work is done by the library)."""

from __future__ import annotations

import argparse
import os
import sys

import pandas as pd

from qualcode._io import read_table
from qualcode._progress import step
from qualcode.coding import corpus_segmenter
from qualcode.ingest import read_corpus
from qualcode.ingest._layouts import LAYOUT_NAMES
from qualcode.model import Codebook, Corpus

__all__ = ["add_corpus_options", "add_engine_options", "add_segments_options", "corpus_kwargs", "load_codebook_for",
           "load_corpus", "load_segments", "parse_ks", "parse_seeds", "print_issues", "print_problems",
           "raise_together", "resolve_engine", "scale_kwargs"]


def add_corpus_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by every command that reads a corpus folder (the arguments of :func:`qualcode.read_corpus`;
    each overrides corpus.yaml)."""
    parser.add_argument("--keep-going", action="store_true",
                        help="load the good files and list the bad ones instead of stopping")
    parser.add_argument("--encoding", help="force one encoding for every file (default: detect per file)")
    parser.add_argument("--t2s", action="store_true",
                        help="match on a Simplified-Chinese copy of Traditional text (needs qualcode[opencc])")
    parser.add_argument("--layout", choices=LAYOUT_NAMES, default=None,
                        help="where turns start (default: auto; see docs/corpus.md)")
    parser.add_argument("--header-row", type=int, default=None, metavar="N",
                        help="spreadsheet row holding the column names (default: detected)")
    parser.add_argument("--follow-links", action="store_true",
                        help="also read symbolic links that point outside the corpus folder")


def corpus_kwargs(args: argparse.Namespace) -> dict:
    """The keyword arguments of :func:`qualcode.read_corpus` given by :func:`add_corpus_options`."""
    return {"keep_going": getattr(args, "keep_going", False), "encoding": getattr(args, "encoding", None),
            "convert": "t2s" if getattr(args, "t2s", False) else None, "layout": getattr(args, "layout", None),
            "header_row": getattr(args, "header_row", None),
            "follow_links": bool(getattr(args, "follow_links", False))}


def print_issues(issues) -> None:
    """Errors and warnings in full on stderr; notes (header blocks read as metadata, ...) counted, with the
    command that lists them."""
    notes = [i for i in issues if i.severity == "note"]
    for issue in issues:
        if issue.severity != "note":
            print(str(issue), file=sys.stderr)
    if notes:
        files = len({i.path for i in notes})
        print(f"{len(notes)} note(s) in {files} file(s) (e.g. {notes[0].message[:60]}...); "
              "'qualcode doctor DIR' lists them", file=sys.stderr)


def print_problems(corpus: Corpus) -> None:
    """Every problem the corpus reader recorded (warnings, and the bad files skipped with --keep-going)."""
    print_issues(corpus.problems)
    bad = {i.path for i in corpus.problems if i.is_error}
    if bad:
        print(f"skipped {len(bad)} bad file(s); loaded {len(corpus)} document(s)", file=sys.stderr)


def load_corpus(args: argparse.Namespace, path: str | None = None) -> Corpus:
    """Read the corpus named by ``args.corpus`` (or ``path``) with the reading options, and print its problems."""
    corpus = read_corpus(path or args.corpus, **corpus_kwargs(args))
    print_problems(corpus)
    return corpus


def raise_together(errors: list, files: str) -> None:
    """Raise the problems of the files one command read as one error, so that one run names every problem of every
    file it reads (``path:line: message (hint)``); a single file's error as it is. No errors: nothing happens."""
    from qualcode.errors import InputError

    if len(errors) == 1:
        raise errors[0]
    if errors:
        problems = [issue for error in errors for issue in error.issues]
        raise InputError(problems, summary=f"{sum(i.is_error for i in problems)} problems in {files} (use "
                                           "--keep-going to load the good transcripts)") from None


def load_codebook_for(args: argparse.Namespace):
    """The codebook ``args.codebook``. When it has problems and the command reads a corpus folder too
    (``args.corpus``), the folder is read as well and the problems of both are raised together."""
    from qualcode.coding import load_codebook
    from qualcode.errors import InputError

    try:
        return load_codebook(args.codebook)
    except InputError as exc:
        errors = [exc]
        folder = getattr(args, "corpus", None)
        if folder and not getattr(args, "segments", None) and os.path.isdir(folder):
            try:
                print_problems(read_corpus(folder, **corpus_kwargs(args)))
            except InputError as corpus_exc:
                errors.append(corpus_exc)
        raise_together(errors, "the codebook and the corpus")  # (always raises: errors holds the codebook's)
        raise


def load_corpus_and_names(args: argparse.Namespace, names_path: str | pd.DataFrame | None):
    """(corpus, names table or None): both read before either is reported, so that the problems of the names table
    and of the transcripts are listed together (:func:`raise_together`), as every command that reads both must."""
    from qualcode.errors import InputError
    from qualcode.privacy import load_names

    errors: list = []
    names = corpus = None
    try:
        names = load_names(names_path) if names_path is not None else None
    except InputError as exc:
        errors.append(exc)
    try:
        corpus = load_corpus(args)
    except InputError as exc:
        errors.append(exc)
    raise_together(errors, "the names table and the corpus")
    return corpus, names


def add_segments_options(parser: argparse.ArgumentParser, *, unit_flag: str = "--unit") -> None:
    """DIR or --segments FILE, shared by the analysis commands (``unit_flag`` names the segment-unit option)."""
    parser.add_argument("corpus", metavar="DIR", nargs="?", help="corpus folder (or use --segments)")
    parser.add_argument("--segments", metavar="FILE", help="a saved segments table (.csv/.xlsx) instead of DIR")
    parser.add_argument(unit_flag, dest="unit", choices=["sentence", "turn"], default=None,
                        help="segment unit when reading DIR (default: the codebook's unit, else sentence)")
    add_corpus_options(parser)


def load_segments(args: argparse.Namespace, codebook: Codebook | None = None) -> pd.DataFrame:
    """The segments table named by ``--segments``, or DIR segmented by the pipeline's segmenter (the codebook's
    terms kept whole, all speakers, so that ``code``, ``crosstab`` and ``topics`` share one segmentation)."""
    if getattr(args, "segments", None):
        return read_table(args.segments)
    if not args.corpus:
        raise SystemExit(f"qualcode {args.command}: give a corpus folder DIR or --segments FILE")
    corpus = load_corpus(args)
    segmenter = corpus_segmenter(codebook, unit=args.unit)
    step(f"segmenting {len(corpus)} document(s) into {segmenter.unit}s")
    return segmenter.segment(corpus)


def parse_ks(text: str) -> list[int]:
    """``"8"`` -> [8]; ``"4..12"`` -> [4, ..., 12]; ``"4,6,8"`` -> [4, 6, 8] (items may be ranges too)."""
    ks: list[int] = []
    for part in str(text).split(","):
        part = part.strip()
        try:
            if ".." in part:
                lo, hi = (int(x) for x in part.split("..", 1))
                if lo > hi:
                    raise argparse.ArgumentTypeError(f"--k {text!r}: range {lo}..{hi} is empty (write low..high)")
                ks.extend(range(lo, hi + 1))
            else:
                ks.append(int(part))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"--k {text!r}: expected a number (8), a range (4..12) or a list (4,6,8)") from None
    if not ks or min(ks) < 2:
        raise argparse.ArgumentTypeError(f"--k {text!r}: numbers of topics must be >= 2")
    return sorted(set(ks))


def parse_seeds(text: str) -> list[int]:
    """``"0,1,2"`` -> [0, 1, 2] (random seeds)."""
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"--random-seeds {text!r}: expected integers like 0,1,2") from None


#: Above this many bytes of transcript files, ``--engine auto`` streams the corpus in chunks (about 10 million
#: Chinese characters; below it the whole corpus is held in memory, which is a little faster).
AUTO_CHUNK_BYTES = 32_000_000


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    """--engine, --scheduler, --workers, --chunk-mb: how a large corpus is processed (qualcode.scale)."""
    g = parser.add_argument_group("large corpora (docs/scale.md)")
    g.add_argument("--engine", choices=["auto", "memory", "chunks", "dask"], default="auto",
                   help="memory: the whole corpus at once; chunks: stream documents in chunks with constant memory, "
                        "writing outputs as they go; dask: the chunks on Dask (local processes or a cluster); auto "
                        f"(default): chunks above {AUTO_CHUNK_BYTES // 1_000_000} MB of transcripts, else memory. "
                        "Results are identical")
    g.add_argument("--scheduler", metavar="ADDRESS",
                   help="dask.distributed scheduler for --engine dask (default: $QUALCODE_DASK_SCHEDULER, else "
                        "$DASK_SCHEDULER_ADDRESS, else local processes)")
    g.add_argument("--workers", type=int, metavar="N", help="local processes for --engine dask (default: one per CPU)")
    g.add_argument("--chunk-mb", type=float, default=6.0, metavar="MB",
                   help="megabytes of transcript files per chunk (default 6, about 2 million characters)")


def resolve_engine(args: argparse.Namespace, corpus_dir: str | None) -> str:
    """The engine --engine names; ``auto`` looks at the size of the corpus folder's transcripts."""
    engine = getattr(args, "engine", "memory") or "memory"
    if engine != "auto":
        return engine
    if not corpus_dir:
        return "memory"
    from qualcode.ingest._corpus import corpus_files

    total = sum(p.stat().st_size for p in corpus_files(corpus_dir))
    return "chunks" if total > AUTO_CHUNK_BYTES else "memory"


def scale_kwargs(args: argparse.Namespace, engine: str) -> dict:
    """Keyword arguments of :func:`qualcode.scale.code_scaled` given by :func:`add_engine_options` and
    :func:`add_corpus_options`."""
    if args.chunk_mb <= 0:
        raise SystemExit(f"qualcode {args.command}: --chunk-mb {args.chunk_mb}: must be > 0")
    return {"engine": engine, "scheduler": args.scheduler, "workers": args.workers,
            "chunk_bytes": int(args.chunk_mb * 1_000_000), **corpus_kwargs(args)}
