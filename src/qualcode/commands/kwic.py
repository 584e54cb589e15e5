"""qualcode kwic DIR 宣传 [--window 20] [--by role] | --regex PATTERN | --code CODE: keyword in context."""

from __future__ import annotations

import sys

from qualcode.cli import COMMANDS
from qualcode.commands._explore import add_explore_options, coded_inputs, segments_input, write_out
from qualcode.explore import format_kwic, kwic


def register(sub) -> None:
    p = sub.add_parser("kwic", help=COMMANDS["kwic"],
                       description="Every occurrence of a word (as the segmenter cuts it), a character string, a "
                                   "regular expression or a code, in its context, with the keyword column aligned "
                                   "(Chinese characters count two columns) and each line's segment id; --out writes "
                                   "the lines with doc_id, turn, sentence, offsets into the source and respondent "
                                   "attributes.")
    add_explore_options(p)
    p.add_argument("query", nargs="*", help="word(s) to look for (or use --regex / --code)")
    p.add_argument("--window", type=int, default=20, help="characters of context each side (default: 20)")
    p.add_argument("--chars", action="store_true", help="match the words as character strings, inside words too")
    p.add_argument("--regex", metavar="PATTERN", help="a regular expression over the text")
    p.add_argument("--code", metavar="CODE", help="show the passages coded CODE, matched words in 【】 (needs "
                                                  "--codebook)")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.code:
        segments, codings, _cb = coded_inputs(args)
        lines = kwic(segments, code=args.code, codings=codings, window=args.window, by=args.by)
    else:
        if args.segments and args.corpus:  # 'kwic --segments FILE 宣传': the word came first among the positionals
            args.query, args.corpus = [args.corpus, *args.query], None
        segments = segments_input(args)
        if args.regex:
            lines = kwic(segments, args.regex, mode="regex", window=args.window, by=args.by)
        elif args.query:
            lines = kwic(segments, args.query, mode="chars" if args.chars else "word", window=args.window, by=args.by)
        else:
            raise SystemExit("qualcode kwic: give a word, --regex PATTERN or --code CODE")
    if args.by and len(lines):
        for group, sub in lines.groupby(args.by, sort=False):
            print(f"== {args.by} = {group} ({len(sub)})")
            print(format_kwic(sub, window=args.window))
    else:
        print(format_kwic(lines, window=args.window))
    print(f"{len(lines)} line(s)", file=sys.stderr)
    write_out(lines, args.out, "kwic")
    return 0
