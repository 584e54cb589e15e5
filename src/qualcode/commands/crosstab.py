"""qualcode crosstab DIR --codebook FILE --by role --unit respondent  (themes by group, with tests)"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from qualcode._io import read_table, write_table
from qualcode._progress import step
from qualcode.analysis import association, crosstab
from qualcode.cli import COMMANDS
from qualcode.commands._explore import coded_corpus
from qualcode.commands._options import (
    add_engine_options,
    add_segments_options,
    load_codebook_for,
    load_segments,
    resolve_engine,
    scale_kwargs,
)


def register(sub) -> None:
    p = sub.add_parser(
        "crosstab", help=COMMANDS["crosstab"],
        description="Count, for each theme, the respondents (or segments) of each group that carry it, over all "
                    "respondents of the group, and test whether groups differ (chi-square, or an exact test when "
                    "counts are small; Holm-adjusted p-values). Reads a corpus folder and codes it with the "
                    "codebook, or works from saved --codings and --segments tables.")
    add_segments_options(p, unit_flag="--segment-unit")
    p.add_argument("--codebook", metavar="FILE", help="codebook YAML (needed to code DIR, and for --level)")
    p.add_argument("--codings", metavar="FILE", help="a saved codings table (.csv/.xlsx) instead of auto-coding")
    p.add_argument("--by", default="role", help="respondent attribute to compare (default: role)")
    p.add_argument("--unit", dest="count_unit", choices=["respondent", "segment"], default="respondent",
                   help="count respondents who mention a theme at least once (default) or segments")
    p.add_argument("--level", type=int, help="roll codes up to this codebook level (1 = top-level themes)")
    p.add_argument("--coder", help="which coder's codings to count when the table holds several")
    p.add_argument("--adjust", choices=["holm", "bh", "none"], default="holm",
                   help="multiple-comparison adjustment of p-values (default: holm)")
    p.add_argument("--margins", action="store_true", help="add an '(all)' group with the totals")
    p.add_argument("--out", metavar="FILE", help="write the cross-tab (.csv/.xlsx); the tests go to FILE-stats")
    add_engine_options(p)
    p.set_defaults(func=run)


def _inputs(args: argparse.Namespace, codebook) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(segments, codings): saved tables, or the corpus coded by the pipeline (exactly as ``qualcode code``)."""
    if args.codings:
        if not (args.segments or args.corpus):
            raise SystemExit("qualcode crosstab: --codings needs the segments they were made on (--segments FILE "
                             "or DIR)")
        return load_segments(args, codebook), read_table(args.codings)
    if codebook is None:
        raise SystemExit("qualcode crosstab: give --codebook FILE (to code the corpus) or --codings FILE")
    if args.segments:
        raise SystemExit("qualcode crosstab: --segments needs --codings (to code, give the corpus folder DIR)")
    if not args.corpus:
        raise SystemExit("qualcode crosstab: give a corpus folder DIR or --segments FILE with --codings FILE")
    coded = coded_corpus(args, codebook)
    return coded.segments, coded.codings


def format_table(table: pd.DataFrame, count_unit: str) -> str:
    cells = table.assign(cell=[f"{n}/{t} ({p:.0f}%)" if t else "-" for n, t, p in
                               zip(table["n"], table["total"], table["percent"].fillna(0))])
    wide = cells.pivot(index="code", columns="group", values="cell")
    wide = wide.reindex(list(dict.fromkeys(table["code"])))
    labels = dict(zip(table["code"], table["label"]))
    if any(labels.values()):
        wide.index = [f"{c} {labels[c]}".strip() for c in wide.index]
    wide.index.name = f"theme ({count_unit}s)"
    with pd.option_context("display.width", 200, "display.max_columns", 50, "display.unicode.east_asian_width", True):
        return wide.to_string()


def format_stats(stats: pd.DataFrame) -> str:
    lines = []
    for _, r in stats.iterrows():
        if r["test"]:
            head = (f"{r['code']}: {r['test']} chi2={r['chi2']:.2f} df={int(r['dof'])} p={r['p_value']:.4f} "
                    f"p_{r['adjustment']}={r['p_adjusted']:.4f} V={r['cramers_v']:.2f}")
            if r["largest_residual_group"]:
                head += f"; most different: {r['largest_residual_group']} ({r['largest_residual']:+.1f})"
        else:
            head = f"{r['code']}: not tested"
        if r["note"]:
            head += f"  [{r['note']}]"
        lines.append(head)
    return "\n".join(lines)


def _scaled(args: argparse.Namespace, codebook, engine: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The tables of the whole corpus, coded chunk by chunk and tallied per chunk (qualcode.scale)."""
    from qualcode.scale import code_scaled

    step(f"coding {args.corpus} in chunks ({engine}) with {args.codebook}")
    run = code_scaled(args.corpus, codebook, unit=args.unit, by=args.by, count_units=(args.count_unit,),
                      level=args.level, **scale_kwargs(args, engine))
    for issue in run.problems:
        print(str(issue), file=sys.stderr)
    return (run.crosstab(args.count_unit, margins=args.margins),
            run.association(args.count_unit, adjust=args.adjust))


def run(args: argparse.Namespace) -> int:
    codebook = load_codebook_for(args) if args.codebook else None
    engine = "memory" if args.codings or args.segments or codebook is None else resolve_engine(args, args.corpus)
    if engine != "memory":
        table, stats = _scaled(args, codebook, engine)
    else:
        segments, codings = _inputs(args, codebook)
        opts = dict(by=args.by, unit=args.count_unit, codebook=codebook, level=args.level, coder=args.coder)
        table = crosstab(codings, segments, margins=args.margins, **opts)
        stats = association(codings, segments, adjust=args.adjust, **opts)
    print(format_table(table, args.count_unit))
    print()
    print(format_stats(stats))
    if args.out:
        out = Path(args.out)
        write_table(table, out, sheet_name="crosstab")
        stats_path = out.with_name(f"{out.stem}-stats{out.suffix}")
        write_table(stats, stats_path, sheet_name="association")
        print(f"wrote {out} and {stats_path}")
    return 0
