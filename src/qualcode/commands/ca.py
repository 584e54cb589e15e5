"""qualcode ca DIR --codebook FILE [--by role] [--words]: correspondence analysis with a biplot."""

from __future__ import annotations

from pathlib import Path

from qualcode.cli import COMMANDS
from qualcode.commands._explore import add_explore_options, coded_inputs, print_table, segments_input, write_out
from qualcode.explore import correspondence
from qualcode.report import ca_biplot


def register(sub) -> None:
    p = sub.add_parser("ca", help=COMMANDS["ca"],
                       description="Correspondence analysis of the codes (respondents coded, per group) or of the "
                                   "most frequent words (--words) by the groups of --by: principal inertias, "
                                   "coordinates, masses and quality, and a biplot (--figure).")
    add_explore_options(p, by_default="role", unit_flag="--segment-unit")
    p.add_argument("--words", action="store_true", help="analyse words instead of codes")
    p.add_argument("--unit", dest="count_unit", choices=["respondent", "segment"], default="respondent",
                   help="count respondents (default) or segments coded with each code")
    p.add_argument("--top-words", type=int, default=60, help="words analysed with --words (default: 60)")
    p.add_argument("--figure", metavar="FILE.svg", help="write the biplot (SVG; a PNG beside it with a CJK font)")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.words:
        ca = correspondence(segments_input(args), by=args.by, what="words", top_words=args.top_words)
    else:
        segments, codings, codebook = coded_inputs(args)
        ca = correspondence(segments, by=args.by, codings=codings, codebook=codebook, unit=args.count_unit,
                            codes=[c.id for c in codebook.codes if c.rules])
    print(f"total inertia {ca.total_inertia:.4f}")
    print_table(ca.eigenvalues)
    print()
    print_table(ca.coordinates, max_rows=200)
    write_out(ca.coordinates, args.out, "correspondence")
    if args.figure:
        fig = ca_biplot(ca)
        path = Path(args.figure)
        fig.save(path)
        print(f"wrote {path}")
    return 0
