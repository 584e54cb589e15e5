"""qualcode network DIR [--codes --codebook FILE] [--by role] --out-dir DIR: co-occurrence networks."""

from __future__ import annotations

from pathlib import Path

from qualcode._io import write_table
from qualcode.cli import COMMANDS
from qualcode.commands._explore import add_explore_options, coded_inputs, print_table, segments_input
from qualcode.explore import code_network, word_network
from qualcode.report import network_figure


def register(sub) -> None:
    p = sub.add_parser("network", help=COMMANDS["network"],
                       description="The co-occurrence network of the most frequent words (or of the codes, --codes): "
                                   "Jaccard-weighted edges, communities and centrality; with --out-dir the node and "
                                   "edge tables (CSV), GraphML and GEXF files for Gephi, and the figure (SVG with "
                                   "Chinese text, PNG with a CJK font), one set per group of --by.")
    add_explore_options(p, unit_flag="--segment-unit")
    p.add_argument("--codes", action="store_true", help="a network of codes (needs --codebook) instead of words")
    p.add_argument("--unit", dest="count_unit", choices=["segment", "respondent"], default=None,
                   help="co-occurrence within a segment or a respondent (default: segment for words, respondent "
                        "for codes)")
    p.add_argument("--top-words", type=int, default=60, help="words in the network (default: 60)")
    p.add_argument("--max-edges", type=int, default=60, help="strongest edges kept (default: 60)")
    p.add_argument("--min-cooccur", type=int, default=2, help="units two words must share (default: 2)")
    p.add_argument("--out-dir", metavar="DIR", help="write nodes/edges CSV, GraphML, GEXF and figures here")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.codes:
        segments, codings, codebook = coded_inputs(args)
        net = code_network(codings, segments, by=args.by, unit=args.count_unit or "respondent", codebook=codebook,
                           codes=[c.id for c in codebook.codes if c.rules], max_edges=args.max_edges)
    else:
        net = word_network(segments_input(args), by=args.by, unit=args.count_unit or "segment",
                           top_words=args.top_words, max_edges=args.max_edges, min_cooccur=args.min_cooccur)
    print_table(net.edges, max_rows=40)
    print()
    print_table(net.nodes.sort_values("strength", ascending=False), max_rows=30)
    if args.out_dir:
        out = Path(args.out_dir)
        out.mkdir(parents=True, exist_ok=True)
        write_table(net.nodes, out / "nodes.csv")
        write_table(net.edges, out / "edges.csv")
        for group in net.groups:
            stem = f"{net.kind}_network" + (f"_{group}" if group is not None else "")
            net.write_graphml(out / f"{stem}.graphml", group)
            net.write_gexf(out / f"{stem}.gexf", group)
            fig = network_figure(net, group, name=stem)
            fig.save(out / f"{stem}.svg")
        print(f"wrote nodes.csv, edges.csv, GraphML, GEXF and figures in {out}")
    return 0
