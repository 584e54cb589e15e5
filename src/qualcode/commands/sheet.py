"""qualcode sheet export --segments S --codings C --out sheet.xlsx
qualcode sheet import sheet.xlsx --segments S --codebook CB --out decisions.csv"""

from __future__ import annotations

import argparse

from qualcode._io import read_table, write_table
from qualcode.commands.qdpx import _load_codebook
from qualcode.privacy import Pseudonymiser
from qualcode.validation._sheets import export_sheet, import_sheet


def register(sub) -> None:
    p = sub.add_parser("sheet", help="coding sheets (.xlsx/.csv) for human coders: export, import",
                       description="Export a spreadsheet in which coders accept, reject or correct machine codes, "
                                   "one row per segment; import the filled sheet as code-level decisions.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB")
    p.set_defaults(func=lambda args: (p.print_help(), 0)[1])

    ex = verbs.add_parser("export", help="segments + machine codings -> sheet.xlsx / sheet.csv")
    ex.add_argument("--segments", required=True, help="segments table (.csv/.xlsx from 'qualcode segment')")
    ex.add_argument("--codings", nargs="*", default=[], metavar="FILE", help="codings tables to check")
    ex.add_argument("--codebook", help="codebook (.yaml or .qdc): adds labels and a codebook tab")
    ex.add_argument("--sample", help="table with a seg_id column: only these segments get a row")
    ex.add_argument("--context", type=int, default=1, help="segments of context before and after (default 1)")
    ex.add_argument("--include-interviewer", action="store_true", help="rows for interviewer segments too")
    ex.add_argument("--no-pseudonyms", action="store_true",
                    help="keep names, phone numbers, IDs ... as they are (default: replaced by pseudonyms, "
                         "qualcode.privacy; share such a file only with people allowed to see them)")
    ex.add_argument("--pseudonymise", action="store_true", help=argparse.SUPPRESS)  # the default; kept for old scripts
    ex.add_argument("--names", help="table of known names to replace")
    ex.add_argument("--out", required=True, help="sheet to write (.xlsx or .csv)")
    ex.set_defaults(func=run_export)

    im = verbs.add_parser("import", help="filled sheet -> decisions table (seg_id, code, decision, coder, note)")
    im.add_argument("sheet", help="filled sheet (.xlsx or .csv)")
    im.add_argument("--segments", required=True, help="the segments table the sheet was made from")
    im.add_argument("--codebook", required=True, help="codebook (.yaml or .qdc)")
    im.add_argument("--sample", help="table with a seg_id column: rows outside it are errors")
    im.add_argument("--coder", help="coder name for rows whose coder cell is empty")
    im.add_argument("--out", help="decisions table to write (.csv/.xlsx); omitted: print the report only")
    im.set_defaults(func=run_import)


def _codebook(path):

    return _load_codebook(path) if path else None


def _sample(path):
    if not path:
        return None

    return read_table(path)


def run_export(args) -> int:
    import pandas as pd


    segments = read_table(args.segments)
    tables = [read_table(p) for p in args.codings]
    codings = pd.concat(tables, ignore_index=True) if tables else None
    pseudonymiser = None
    if not args.no_pseudonyms:

        pseudonymiser = Pseudonymiser(names=args.names).fit(list(segments["text"].astype(str)))
    target = export_sheet(segments, codings, args.out, codebook=_codebook(args.codebook), context=args.context,
                          sample_ids=_sample(args.sample), include_interviewer=args.include_interviewer,
                          pseudonymise=pseudonymiser)
    n = len(read_table(target)) if target.suffix.lower() == ".csv" else None
    print(f"wrote {target}" + (f": {n} rows" if n is not None else ""))
    return 0


def run_import(args) -> int:

    segments = read_table(args.segments)
    decisions, report = import_sheet(args.sheet, segments, _codebook(args.codebook), _sample(args.sample),
                                     coder=args.coder)
    print(str(report))
    if args.out:
        write_table(decisions, args.out)
        print(f"wrote {args.out}: {len(decisions)} decisions")
    return 0
