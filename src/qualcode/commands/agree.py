"""``qualcode agree``: agreement between coders (per code and overall) with bootstrap intervals."""

from __future__ import annotations

import argparse

import pandas as pd

from qualcode._io import read_table, write_table
from qualcode._progress import step
from qualcode.cli import COMMANDS
from qualcode.commands._options import add_corpus_options, load_codebook_for, load_corpus
from qualcode.errors import InputError, Issue
from qualcode.validation import (
    Project,
    agreement,
    disagreements,
    machine_vs_human,
    project_codings,
    read_codings,
    segments_for_codings,
)


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "agree", help=COMMANDS["agree"],
        description="Agreement at the segment unit. Units are all (respondent) segments of the corpus, segments "
                    "file or store, so a segment no coder coded counts as 'absent' for every code; restrict them "
                    "to a review sample with --units.")
    p.add_argument("codings", nargs="*", help="codings tables (CSV/XLSX), one per coder or with a coder column")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--corpus", metavar="DIR", help="corpus folder: its segments are the units")
    src.add_argument("--segments", metavar="FILE", help="segments table: its rows are the units")
    src.add_argument("--project", metavar="STORE", help="project store: its segments, codings and review decisions")
    p.add_argument("--codebook", metavar="FILE", help="(with --corpus) the codebook the codings were made with, so "
                                                      "the corpus is segmented exactly as it was for coding")
    p.add_argument("--units", metavar="FILE",
                   help="table with a seg_id column (e.g. a review sample): only these units")
    p.add_argument("--coders", help="comma-separated coders to compare (default: all)")
    p.add_argument("--seen", choices=["all", "rows"], default="all",
                   help="'rows': a coder saw only the segments it has rows for (empty-code rows mark 'seen, no "
                        "code'); default: every coder saw every unit")
    p.add_argument("--all-speakers", action="store_true", help="keep interviewer segments as units")
    p.add_argument("--n-boot", type=int, default=1000, help="bootstrap replicates (0: no intervals)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--cluster", choices=["segment", "doc"], default="segment",
                   help="bootstrap unit: single segments (default) or whole documents (honest intervals when "
                        "segments of one interview hang together)")
    p.add_argument("--out", metavar="FILE", help="write the agreement table (CSV/XLSX)")
    p.add_argument("--disagreements", metavar="FILE", help="write the disagreements to adjudicate")
    p.add_argument("--machine", default=None,
                   help="also write precision/recall/F1 of this machine coder against the human (with --prf)")
    p.add_argument("--prf", metavar="FILE", help="file for the machine-vs-human table")
    p.add_argument("--weighted", action="store_true",
                   help="weight the machine-vs-human counts by the 'weight' column of --units (a qualcode sample), "
                        "so precision/recall estimate the whole corpus")
    add_corpus_options(p)
    p.set_defaults(func=run)


def _inputs(args: argparse.Namespace) -> tuple[pd.DataFrame, pd.DataFrame | None, object]:
    """(codings, segments or None, seen) from a store, or from codings files and --corpus/--segments."""
    if args.project:
        with Project.open(args.project) as proj:
            codings, seen = project_codings(proj, read_codings(args.codings) if args.codings else None)
            segments = proj.segments()
        return codings, segments, seen if args.seen == "all" else args.seen
    if not args.codings:
        raise InputError([Issue("<command line>", None, "no codings files given",
                                hint="qualcode agree A.csv B.csv --segments segments.csv")])
    codings = read_codings(args.codings)
    step("loading units")
    units: pd.DataFrame | None = None
    if args.segments:
        units = read_table(args.segments)
    elif args.corpus:
        codebook = load_codebook_for(args) if args.codebook else None
        units = segments_for_codings(load_corpus(args, args.corpus), codings, codebook)
    return codings, units, None if args.seen == "all" else args.seen


def _units(args: argparse.Namespace, segments: pd.DataFrame | None):
    """The units compared (respondent segments unless --all-speakers, restricted to --units) and the weights."""
    if segments is not None and not args.all_speakers and "speaker_kind" in segments.columns:
        segments = segments[segments["speaker_kind"].fillna("respondent") != "interviewer"]
    if not args.units:
        return segments, None
    sample = read_table(args.units)
    keep = set(sample["seg_id"].astype(str))
    weights = None
    if args.weighted:
        if "weight" not in sample.columns:
            raise InputError([Issue(str(args.units), 1, "--weighted needs a 'weight' column",
                                    hint="draw the sample with 'qualcode sample'")])
        weights = sample[["seg_id", "weight"]]
    units = segments[segments["seg_id"].astype(str).isin(keep)] if segments is not None else sorted(keep)
    return units, weights


def run(args: argparse.Namespace) -> int:
    codings, segments, seen = _inputs(args)
    units, weights = _units(args, segments)
    if units is None:
        step("warning: no --corpus/--segments/--project: units are only the segments some coder coded")
    coders = [c.strip() for c in args.coders.split(",")] if args.coders else None
    step("computing agreement")
    table = agreement(codings, units, coders=coders, seen=seen, n_boot=args.n_boot, seed=args.seed,
                      cluster="doc" if args.cluster == "doc" else None)
    if args.out:
        write_table(table, args.out, sheet_name="agreement")
    if args.disagreements:
        write_table(disagreements(codings, units, coders=coders, seen=seen), args.disagreements,
                    sheet_name="disagreements")
    if args.prf:
        prf = machine_vs_human(codings, units, machine=args.machine or "auto:rules", seen=seen, weights=weights)
        write_table(prf, args.prf, sheet_name="precision_recall")
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(f"coders: {', '.join(table.attrs['coders'])}")
        print(table.round(3).to_string(index=False))
    return 0
