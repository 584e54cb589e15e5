"""qualcode collocations DIR [--window 5 | --window sentence] [--n 3] [--node WORD]: words that go together."""

from __future__ import annotations

import argparse

from qualcode.cli import COMMANDS
from qualcode.commands._explore import add_explore_options, print_table, segments_input, write_out
from qualcode.explore import collocations


def _window(text: str):
    if text in ("sentence", "segment"):
        return text
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--window {text!r}: a number of words, or 'sentence'") from None


def register(sub) -> None:
    p = sub.add_parser("collocations", help=COMMANDS["collocations"],
                       description="Word pairs within a window of content words (or within a segment: --window "
                                   "sentence) and n-grams, ranked by log-likelihood, PMI or t-score.")
    add_explore_options(p)
    p.add_argument("--window", type=_window, default=5, help="words after the first word, or 'sentence' (default: 5)")
    p.add_argument("--n", type=int, default=2, help="2 for pairs, 3+ for contiguous n-grams (default: 2)")
    p.add_argument("--node", help="only pairs with this word")
    p.add_argument("--sort", choices=["log_likelihood", "pmi", "t_score", "count"], default="log_likelihood")
    p.add_argument("--min-count", type=int, default=3, help="leave out rarer pairs (default: 3)")
    p.add_argument("--top", type=int, default=40, help="rows per group (default: 40)")
    p.set_defaults(func=run)


def run(args) -> int:
    table = collocations(segments_input(args), window=args.window, n=args.n, by=args.by, node=args.node,
                         min_count=args.min_count, sort=args.sort, top=args.top)
    print_table(table, max_rows=args.top * 12)
    write_out(table, args.out, "collocations")
    return 0
