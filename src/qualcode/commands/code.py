"""``qualcode code``: auto-code a corpus with a codebook's rules."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "code", help="auto-code a corpus with a codebook's rules",
        description="Read a corpus folder, segment it (codebook terms added to the dictionary), apply the codebook's "
                    "rules and write the codings table (seg_id, doc_id, start, end, code, coder, evidence, ...).")
    p.add_argument("corpus", metavar="DIR")
    p.add_argument("--codebook", required=True, metavar="FILE")
    p.add_argument("--out", required=True, metavar="codings.csv")
    p.add_argument("--unit", choices=["sentence", "turn"], default=None,
                   help="unit coded (default: the codebook's settings.unit, else sentence)")
    p.add_argument("--speakers", choices=["respondent", "interviewer", "all"], default=None,
                   help="whose turns are coded (default: the codebook's settings.speakers, else respondent)")
    p.add_argument("--matches", metavar="FILE", help="also write every rule decision (hits and suppressed)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import pandas as pd

    from .._io import write_table
    from .._progress import step
    from ..autocode import AutoCoder
    from ..codebook import codebook_terms, load_codebook
    from ..ingest import read_corpus
    from ..segment import Segmenter

    codebook = load_codebook(args.codebook)
    unit = args.unit or codebook.settings.get("unit", "sentence")
    speakers = args.speakers or codebook.settings.get("speakers", "respondent")
    step(f"reading {args.corpus}")
    corpus = read_corpus(args.corpus)
    step(f"segmenting {len(corpus)} documents ({unit}; interviewer turns kept as context for answer rules)")
    segments = Segmenter(unit=unit, user_words=codebook_terms(codebook), speakers="all").segment(corpus)
    step(f"coding with {codebook.name} ({len(codebook)} codes)")
    coder = AutoCoder(codebook, unit=unit, speakers=speakers)
    codings = coder.code(segments)
    out = write_table(codings, args.out)
    if args.matches:
        m = coder.matches_.copy()
        m["words"] = m["words"].map(" + ".join)
        m["spans"] = m["spans"].map(lambda sp: " ".join(f"{s}-{e}" for s, e in sp))
        write_table(m, args.matches)
    print(f"wrote {out}: {len(codings)} codings of {codings['seg_id'].nunique() if len(codings) else 0} "
          f"of {len(coder.units_)} {unit}s")
    if len(codings):
        by = "role" if "role" in codings.columns else None
        if by:
            table = pd.crosstab(codings["code"], codings[by].fillna("-"), margins=True, margins_name="total")
        else:
            table = codings["code"].value_counts().rename("total").to_frame()
        order = [c for c in codebook.ids if c in table.index] + [c for c in table.index if c not in codebook.ids]
        print(table.loc[order].to_string())
    return 0
