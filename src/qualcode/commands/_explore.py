"""Shared parts of the word-exploration commands (freq, keyness, kwic, collocations, network, ca, newwords)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from qualcode._io import write_table
from qualcode._progress import step
from qualcode.coding import code_corpus
from qualcode.commands._options import (
    add_segments_options,
    load_codebook_for,
    load_corpus,
    load_segments,
    print_issues,
)

__all__ = ["add_explore_options", "coded_corpus", "coded_inputs", "print_table", "segments_input", "write_out"]


def add_explore_options(p: argparse.ArgumentParser, *, by_default: str | None = None,
                        unit_flag: str = "--unit") -> None:
    """DIR or --segments, --codebook (its terms stay whole words), --by and --out."""
    add_segments_options(p, unit_flag=unit_flag)
    p.add_argument("--codebook", metavar="FILE",
                   help="codebook YAML: its terms are kept whole by the segmenter, as in the pipeline")
    p.add_argument("--by", default=by_default,
                   help="respondent attribute to compare (role, district, ..., respondent_id)"
                        + (f" (default: {by_default})" if by_default else ""))
    p.add_argument("--out", metavar="FILE", help="also write the table (.csv or .xlsx)")


def segments_input(args: argparse.Namespace) -> pd.DataFrame:
    codebook = load_codebook_for(args) if args.codebook else None
    return load_segments(args, codebook)


def coded_inputs(args: argparse.Namespace):
    """(segments, codings, codebook) from the pipeline (DIR and --codebook are needed)."""
    if not args.codebook or not args.corpus:
        raise SystemExit(f"qualcode {args.command}: give a corpus folder DIR and --codebook FILE (codes are needed)")
    codebook = load_codebook_for(args)
    coded = coded_corpus(args, codebook)
    return coded.segments, coded.codings, codebook


def coded_corpus(args: argparse.Namespace, codebook):
    """The corpus DIR read, segmented and coded by the pipeline (:func:`qualcode.code_corpus`), with the reading
    problems and the coding warnings (e.g. a Traditional-script corpus against a Simplified codebook) printed."""
    corpus = load_corpus(args)
    step(f"segmenting and coding {len(corpus)} document(s) with {args.codebook}")
    coded = code_corpus(corpus, codebook, unit=args.unit)
    print_issues(coded.issues)
    return coded


def print_table(table: pd.DataFrame, max_rows: int = 60) -> None:
    """The table on stdout, Chinese columns aligned (pandas counts East Asian characters as two columns)."""
    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.max_rows", max_rows,
                           "display.unicode.east_asian_width", True, "display.float_format", "{:.3f}".format):
        print(table.head(max_rows).to_string(index=False) if len(table) else "(no rows)")
    if len(table) > max_rows:
        print(f"... {len(table) - max_rows} more rows (--out FILE writes them all)")


def write_out(table: pd.DataFrame, path: str | None, sheet: str) -> None:
    if path:
        written = write_table(table, Path(path), sheet_name=sheet)
        print(f"wrote {written}")
