"""qualcode freq DIR [--by role] [--top 30]: word and document frequency over respondent segments."""

from __future__ import annotations

from qualcode.cli import COMMANDS
from qualcode.commands._explore import add_explore_options, print_table, segments_input, write_out
from qualcode.explore import word_frequency


def register(sub) -> None:
    p = sub.add_parser("freq", help=COMMANDS["freq"],
                       description="Count the content words of the respondent segments (stop words and spoken fillers "
                                   "removed as in segmentation): occurrences, per 10,000 words, segments and "
                                   "respondents using each word; overall or per group of --by.")
    add_explore_options(p)
    p.add_argument("--top", type=int, default=30, help="words per group (default: 30)")
    p.add_argument("--min-count", type=int, default=1, help="leave out words used fewer times (default: 1)")
    p.set_defaults(func=run)


def run(args) -> int:
    table = word_frequency(segments_input(args), by=args.by, top=args.top, min_count=args.min_count)
    print_table(table, max_rows=args.top * 12)
    write_out(table, args.out, "frequency")
    return 0
