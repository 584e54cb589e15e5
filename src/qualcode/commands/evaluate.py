"""``qualcode evaluate``: score codings against human gold coding (per code P/R/F1/kappa at the turn level)."""

from __future__ import annotations

import argparse

from qualcode._io import read_table, write_table
from qualcode.coding._evaluate import evaluate, read_gold


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "evaluate", help="score codings against gold coding (precision, recall, F1, kappa per code)",
        description="Compare a codings table with gold units (seg_id,doc_id,turn,role,split,codes; codes "
                    "';'-separated) at the turn level; sentence codings are aggregated to their turn.")
    p.add_argument("codings", metavar="CODINGS")
    p.add_argument("gold", metavar="GOLD", nargs="+", help="one or more gold CSV files (concatenated)")
    p.add_argument("--split", default=None, help="only gold rows of this split (e.g. dev, test)")
    p.add_argument("--codes", default=None, help="comma-separated codes to score (default: all seen)")
    p.add_argument("--coder", default=None, help="only codings of this coder (e.g. auto:rules)")
    p.add_argument("--out", default=None, metavar="F", help="also write the table (.csv or .xlsx)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import pandas as pd


    codings = read_table(args.codings)
    gold = read_gold(args.gold)
    codes = [c.strip() for c in args.codes.split(",") if c.strip()] if args.codes else None
    table = evaluate(codings, gold, split=args.split, codes=codes, coder=args.coder)
    shown = table.copy()
    for col in ("precision", "recall", "f1", "kappa"):
        shown[col] = shown[col].map(lambda v: "nan" if pd.isna(v) else f"{v:.3f}")
    print(shown.to_string(index=False))
    if args.out:
        write_table(table, args.out)
    return 0
