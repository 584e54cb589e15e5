"""qualcode keyness DIR --by role [--reference rest|general]: the key words of each group."""

from __future__ import annotations

from qualcode.cli import COMMANDS
from qualcode.commands._explore import add_explore_options, print_table, segments_input, write_out
from qualcode.explore import keyness


def register(sub) -> None:
    p = sub.add_parser("keyness", help=COMMANDS["keyness"],
                       description="Words each group of --by uses more (+) or less (-) than the other respondents "
                                   "(--reference rest) or than general Chinese (--reference general: the word "
                                   "frequencies shipped in jieba's dictionary, MIT licence): log-likelihood G2, "
                                   "adjusted p-value and log ratio, with frequency floors.")
    add_explore_options(p, by_default="role")
    p.add_argument("--reference", choices=["rest", "general"], default="rest",
                   help="compare with the other groups (default) or with general Chinese")
    p.add_argument("--min-count", type=int, default=5, help="frequency floor (default: 5)")
    p.add_argument("--min-respondents", type=int, default=2,
                   help="respondents who must use a key word (default: 2)")
    p.add_argument("--p", type=float, default=0.05, help="adjusted p-value threshold (default: 0.05)")
    p.add_argument("--top", type=int, default=20, help="words per group and direction (default: 20)")
    p.set_defaults(func=run)


def run(args) -> int:
    table = keyness(segments_input(args), by=args.by, reference=args.reference, min_count=args.min_count,
                    min_respondents=args.min_respondents, p=args.p, top=args.top)
    print_table(table.drop(columns=["p_value"]), max_rows=400)
    write_out(table, args.out, "keyness")
    return 0
