"""``qualcode code``: auto-code a corpus with a codebook's rules."""

from __future__ import annotations

import argparse

import pandas as pd

from qualcode._io import write_table
from qualcode._progress import step
from qualcode.cli import COMMANDS
from qualcode.coding import code_corpus, load_codebook
from qualcode.commands._options import add_corpus_options, load_corpus


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "code", help=COMMANDS["code"],
        description="Read a corpus folder, segment it (codebook terms added to the dictionary, interviewer turns "
                    "kept as context for answer rules), apply the codebook's rules and write the codings table "
                    "(seg_id, doc_id, turn, sentence, start, end, code, coder, evidence, rules, terms, spans, ...).")
    p.add_argument("corpus", metavar="DIR")
    p.add_argument("--codebook", required=True, metavar="FILE")
    p.add_argument("--out", required=True, metavar="codings.csv")
    p.add_argument("--unit", choices=["sentence", "turn"], default=None,
                   help="unit coded (default: the codebook's settings.unit, else sentence)")
    p.add_argument("--speakers", choices=["respondent", "interviewer", "all"], default=None,
                   help="whose turns are coded (default: the codebook's settings.speakers, else respondent)")
    p.add_argument("--matches", metavar="FILE", help="also write every rule decision (hits and suppressed)")
    add_corpus_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    codebook = load_codebook(args.codebook)
    step(f"reading {args.corpus}")
    corpus = load_corpus(args)
    step(f"segmenting {len(corpus)} documents and coding with {codebook.name} ({len(codebook)} codes)")
    coded = code_corpus(corpus, codebook, unit=args.unit, speakers=args.speakers)
    codings = coded.codings
    out = write_table(codings, args.out)
    if args.matches:
        write_table(coded.coder.matches_, args.matches)
    units = coded.coder.units_
    print(f"wrote {out}: {len(codings)} codings of {codings['seg_id'].nunique() if len(codings) else 0} "
          f"of {len(units)} {coded.coder.unit_ or 'segment'}s")
    if len(codings):
        print(_counts(codings, codebook.ids))
    return 0


def _counts(codings: pd.DataFrame, order: list[str]) -> str:
    """Codings per code (and per role when the corpus has roles), codebook order."""
    if "role" in codings.columns:
        table = pd.crosstab(codings["code"], codings["role"].fillna("-"), margins=True, margins_name="total")
    else:
        table = codings["code"].value_counts().rename("total").to_frame()
    rows = [c for c in order if c in table.index] + [c for c in table.index if c not in order]
    return table.loc[rows].to_string()
