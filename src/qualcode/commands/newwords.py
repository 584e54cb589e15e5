"""qualcode newwords DIR --out candidates.csv; then --accept candidates.csv: find and feed back new words."""

from __future__ import annotations

import sys

from qualcode._io import read_table
from qualcode.cli import COMMANDS
from qualcode.coding import load_codebook, save_codebook
from qualcode.commands._explore import add_explore_options, print_table, segments_input, write_out
from qualcode.explore import accept_words, discover_words


def register(sub) -> None:
    p = sub.add_parser("newwords", help=COMMANDS["newwords"],
                       description="Find multi-character words the segmenter splits (cohesion by pointwise mutual "
                                   "information, left and right branching entropy), ranked for review. Mark the "
                                   "rows to keep (column keep: yes) in the written table, then run again with "
                                   "--accept FILE to append them to a user dictionary (--user-dict) and to the "
                                   "codebook's lexicon (--codebook-out), in one step.")
    add_explore_options(p)
    p.add_argument("--top", type=int, default=100, help="candidates listed (default: 100)")
    p.add_argument("--min-count", type=int, default=5, help="occurrences a candidate needs (default: 5)")
    p.add_argument("--min-pmi", type=float, default=4.0, help="cohesion floor in bits (default: 4)")
    p.add_argument("--min-entropy", type=float, default=1.0, help="branching entropy floor in bits (default: 1)")
    p.add_argument("--accept", metavar="FILE", help="a reviewed candidates table (rows with keep = yes are taken)")
    p.add_argument("--user-dict", metavar="FILE", help="append accepted words to this jieba-format dictionary")
    p.add_argument("--lexicon", default="discovered", help="codebook lexicon list for accepted words "
                                                          "(default: discovered)")
    p.add_argument("--codebook-out", metavar="FILE", help="write the codebook with the accepted words here")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.accept:
        if not (args.user_dict or args.codebook_out):
            raise SystemExit("qualcode newwords --accept: give --user-dict FILE and/or --codebook-out FILE")
        if args.codebook_out and not args.codebook:
            raise SystemExit("qualcode newwords --accept: --codebook-out needs --codebook FILE")
        table = read_table(args.accept)
        if "word" not in table.columns:
            raise SystemExit(f"qualcode newwords: {args.accept} has no 'word' column")
        codebook = load_codebook(args.codebook) if args.codebook else None
        updated = accept_words(table, codebook=codebook if args.codebook_out else None, lexicon=args.lexicon,
                               user_dict=args.user_dict)
        if updated is not None:
            save_codebook(updated, args.codebook_out)
            n = len(updated.settings["lexicon"][args.lexicon])
            print(f"wrote {args.codebook_out} (lexicon '{args.lexicon}': {n} words)")
        if args.user_dict:
            print(f"updated {args.user_dict}")
        return 0
    table = discover_words(segments_input(args), min_count=args.min_count, min_pmi=args.min_pmi,
                           min_entropy=args.min_entropy, top=args.top)
    print_table(table.drop(columns=["example"]), max_rows=args.top)
    if args.out:
        write_out(table.assign(keep=""), args.out, "candidates")
        print("mark the words to keep (keep: yes), then: qualcode newwords --accept FILE --user-dict FILE "
              "[--codebook FILE --codebook-out FILE]", file=sys.stderr)
    return 0
