"""``qualcode project``: create a project store, load codings into it, show its status."""

from __future__ import annotations

import argparse

from qualcode._io import read_table, write_table
from qualcode._progress import step
from qualcode.coding import code_corpus
from qualcode.coding._codebook import load_codebook
from qualcode.commands._options import add_corpus_options, load_codebook_for, load_corpus
from qualcode.errors import InputError, Issue
from qualcode.segment import Segmenter
from qualcode.validation._store import Project


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "project", help="create and inspect a project store (one SQLite file)",
        description="A project store holds the corpus, its segments, codebook versions, every coder's codings and "
                    "review decisions in one SQLite file; every write is all-or-nothing.")
    sub = parser.add_subparsers(dest="project_command", metavar="ACTION")
    p = sub.add_parser("init", help="create a new store, optionally loading a corpus folder and its segments")
    p.add_argument("path", help="the store file to create (e.g. study.qcp)")
    p.add_argument("--corpus", metavar="DIR", help="corpus folder to read, segment and store")
    p.add_argument("--unit", default=None, help="segment unit passed to the segmenter (turn or sentence)")
    add_corpus_options(p)
    p.add_argument("--codebook", metavar="FILE", help="(with --corpus) store this codebook and its auto-codes "
                                                      "(coder auto:rules), made by the one coding pipeline")
    p.set_defaults(func=run_init)
    s = sub.add_parser("status", help="counts of documents, segments, codings per coder, reviewed segments")
    s.add_argument("path")
    s.set_defaults(func=run_status)
    a = sub.add_parser("add-codings", help="add a codings table (CSV/XLSX) for one coder")
    a.add_argument("path", help="the store")
    a.add_argument("file", help="codings table with at least seg_id and code columns")
    a.add_argument("--coder", help="coder name (auto:rules, auto:model or a person); default: the file's coder column")
    a.add_argument("--codebook-version", type=int, default=None, help="stored codebook version the codes refer to")
    a.add_argument("--replace", action="store_true", help="first remove this coder's stored codings")
    a.set_defaults(func=run_add_codings)
    d = sub.add_parser("add-decisions", help="append review decisions (seg_id, code, decision[, note])")
    d.add_argument("path", help="the store")
    d.add_argument("file", help="table with seg_id, code, decision (accepted/rejected/corrected/added) and "
                                "optionally coder, note, at")
    d.add_argument("--coder", help="reviewer name (default: the file's coder column)")
    d.set_defaults(func=run_add_decisions)
    c = sub.add_parser("add-codebook", help="store a codebook version (YAML)")
    c.add_argument("path", help="the store")
    c.add_argument("codebook", help="codebook YAML file")
    c.add_argument("--label", default="", help="a note for this version (e.g. 'after round 2')")
    c.set_defaults(func=run_add_codebook)
    k = sub.add_parser("codings", help="the codings implied by review decisions, as a codings table",
                       description="Turn coders' review decisions (from the review app, sheets or add-decisions) "
                                   "into a codings table with the standard columns, for 'qualcode qdpx export' "
                                   "and 'qualcode agree'. With --coder auto:rules (or another stored coder) the "
                                   "stored codings of that coder instead.")
    k.add_argument("path", help="the store")
    k.add_argument("--coder", help="one reviewer (default: every reviewer)")
    k.add_argument("--out", required=True, help="codings table to write (CSV/XLSX)")
    k.add_argument("--seen-rows", action="store_true",
                   help="add a row with an empty code per reviewed segment (for 'qualcode agree --seen rows'; "
                        "not for qdpx export)")
    k.set_defaults(func=run_codings)
    b = sub.add_parser("backup", help="copy the store safely (even while it is in use)")
    b.add_argument("path", help="the store")
    b.add_argument("dest", help="new file for the copy")
    b.set_defaults(func=run_backup)
    parser.set_defaults(func=lambda args: _help(parser))


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def _read_corpus(args):
    return load_corpus(args)  # (tests replace this)


def _segment(corpus, unit=None):

    seg = Segmenter(unit=unit) if unit else Segmenter()
    return seg.segment(corpus)


def run_init(args) -> int:
    if args.codebook and not args.corpus:
        raise InputError([Issue("<command line>", None, "--codebook needs --corpus",
                                hint="qualcode project init STORE --corpus DIR --codebook FILE")])
    codebook = load_codebook_for(args) if args.codebook else None
    proj = Project.init(args.path)
    with proj:
        msg = [f"created {args.path}"]
        if args.corpus:
            step(f"reading corpus {args.corpus}")
            corpus = _read_corpus(args)
            proj.add_corpus(corpus)
            msg.append(f"{len(corpus)} documents")
            if codebook is not None:
                step(f"segmenting and coding with {codebook.name}")
                coded = code_corpus(corpus, codebook, unit=args.unit)
                proj.add_segments(coded.segments)
                version = proj.add_codebook(codebook)
                n = proj.add_codings(coded.codings, coder="auto:rules", codebook_version=version)
                msg += [f"{len(coded.segments)} segments", f"codebook version {version}", f"{n} auto:rules codings"]
            else:
                step("segmenting")
                segs = _segment(corpus, args.unit) if args.unit else _segment(corpus)
                proj.add_segments(segs)
                msg.append(f"{len(segs)} segments")
        print(", ".join(msg))
    return 0


def run_codings(args) -> int:
    with Project.open(args.path) as proj:
        reviewers = set(proj.decisions()["coder"])
        if args.coder and args.coder not in reviewers:
            table = proj.codings(args.coder)
            if not len(table):
                raise InputError([Issue(args.path, None, f"coder {args.coder!r} has no decisions or codings",
                                        hint=f"coders: {', '.join(proj.coders()) or 'none'}")])
        else:
            table = proj.review_codings(args.coder, seen_rows=args.seen_rows)
    write_table(table, args.out, sheet_name="codings")
    coders = ", ".join(sorted(set(table["coder"]))) or "none"
    print(f"wrote {len(table)} codings ({coders}) -> {args.out}")
    return 0


def run_status(args) -> int:

    with Project.open(args.path) as proj:
        table = proj.status_table()
    print(table.to_string(index=False))
    return 0


def run_add_codings(args) -> int:

    df = read_table(args.file)
    with Project.open(args.path) as proj:
        n = proj.add_codings(df, coder=args.coder, codebook_version=args.codebook_version, replace=args.replace,
                             source=str(args.file))
    print(f"added {n} codings to {args.path}")
    return 0


def run_add_decisions(args) -> int:

    df = read_table(args.file)
    with Project.open(args.path) as proj:
        n = proj.add_decisions(df, coder=args.coder, source=str(args.file))
        st = proj.status()
    print(f"added {n} decisions to {args.path}; {st['reviewed_segments']} of {st['segments']} segments reviewed")
    return 0


def run_add_codebook(args) -> int:

    codebook = load_codebook(args.codebook)
    with Project.open(args.path) as proj:
        version = proj.add_codebook(codebook, label=args.label)
    print(f"codebook {codebook.name!r} ({len(codebook)} codes) stored as version {version}")
    return 0


def run_backup(args) -> int:

    with Project.open(args.path) as proj:
        proj.backup(args.dest)
        st = proj.status()
    print(f"copied {args.path} -> {args.dest} ({st['segments']} segments, {st['decisions']} decisions)")
    return 0
