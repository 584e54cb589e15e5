"""``qualcode code``: auto-code a corpus with a codebook's rules, or with the hybrid coder trained in a store."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from qualcode._io import write_table
from qualcode._progress import step
from qualcode.cli import COMMANDS
from qualcode.coding import code_corpus, dump_codebook
from qualcode.commands._options import (
    add_corpus_options,
    add_engine_options,
    load_codebook_for,
    load_corpus,
    print_issues,
    resolve_engine,
    scale_kwargs,
)
from qualcode.errors import InputError, Issue
from qualcode.validation._store import Project


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "code", help=COMMANDS["code"],
        description="Read a corpus folder, segment it (codebook terms added to the dictionary, interviewer turns "
                    "kept as context for answer rules), apply the codebook's rules and write the codings table "
                    "(seg_id, doc_id, turn, sentence, start, end, code, coder, evidence, rules, terms, spans, ...).")
    p.add_argument("corpus", metavar="DIR")
    p.add_argument("--codebook", metavar="FILE", help="codebook YAML (needed unless --model gives the coder)")
    p.add_argument("--model", metavar="STORE", help="code with the hybrid coder trained in this project store "
                                                    "('qualcode train STORE'): rules + a model learned from coders, "
                                                    "one row per respondent turn and code, with its probability")
    p.add_argument("--model-name", default="hybrid", help="name of the saved model (with --model)")
    p.add_argument("--out", required=True, metavar="codings.csv",
                   help="the codings table: .csv, .xlsx or .parquet (.parquet reads back much faster when large)")
    p.add_argument("--unit", choices=["sentence", "turn"], default=None,
                   help="unit coded (default: the codebook's settings.unit, else sentence)")
    p.add_argument("--speakers", choices=["respondent", "interviewer", "all"], default=None,
                   help="whose turns are coded (default: the codebook's settings.speakers, else respondent)")
    p.add_argument("--matches", metavar="FILE", help="also write every rule decision (hits and suppressed)")
    add_corpus_options(p)
    add_engine_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    model = None
    if args.model:
        with Project.open(args.model) as proj:
            model = proj.load_model(args.model_name)
    if args.codebook:
        codebook = load_codebook_for(args)
    elif model is not None:
        codebook = model.codebook
    else:
        raise InputError([Issue("<command line>", None, "give --codebook FILE (or --model STORE)")])
    if model is not None and args.codebook and dump_codebook(codebook) != dump_codebook(model.codebook):
        print("note: --codebook differs from the codebook the model was trained with; the model's rules are used",
              file=sys.stderr)
    if model is not None and getattr(args, "engine", "memory") not in ("memory", "auto"):
        raise InputError([Issue("<command line>", None, f"--model codes in memory; --engine {args.engine} is for "
                                "the rules alone")])
    engine = "memory" if model is not None else resolve_engine(args, args.corpus)
    if engine != "memory":
        return _run_scaled(args, codebook, engine)
    step(f"reading {args.corpus}")
    corpus = load_corpus(args)
    step(f"segmenting {len(corpus)} documents and coding with {codebook.name} ({len(codebook)} codes)"
         + (f" and the model of {args.model}" if model is not None else ""))
    coded = code_corpus(corpus, codebook, unit=args.unit, speakers=args.speakers, model=model)
    print_issues(coded.issues)
    codings = coded.codings
    out = write_table(codings, args.out)
    if model is not None:
        n_units = len(model.units(coded.segments))
        print(f"wrote {out}: {len(codings)} codings of {codings['seg_id'].nunique() if len(codings) else 0} "
              f"of {n_units} {model.unit}s (hybrid coder trained on {model.n_train_} units)")
    else:
        if args.matches:
            write_table(coded.coder.matches_, args.matches)
        units = coded.coder.units_
        print(f"wrote {out}: {len(codings)} codings of {codings['seg_id'].nunique() if len(codings) else 0} "
              f"of {len(units)} {coded.coder.unit_ or 'segment'}s")
    if len(codings):
        cols = ["code", "role"] if "role" in codings.columns else ["code"]
        print(_counts(codings[cols].fillna({"role": "-"}).value_counts(sort=False), codebook.ids))
    return 0


def _run_scaled(args: argparse.Namespace, codebook, engine: str) -> int:
    from qualcode.scale import code_scaled

    if str(args.out).lower().endswith(".xlsx"):
        raise SystemExit(f"qualcode code: --engine {engine} writes .csv or .parquet, not .xlsx")
    step(f"coding {args.corpus} in chunks ({engine}) with {codebook.name} ({len(codebook)} codes)")
    run = code_scaled(args.corpus, codebook, out=args.out, matches_out=args.matches, unit=args.unit,
                      speakers=args.speakers, by="role", count_units=(), **scale_kwargs(args, engine))
    for issue in run.problems:
        print(str(issue), file=sys.stderr)
    print(f"wrote {run.outputs['codings']}: {run.n_codings} codings of {run.n_coded_units} of {run.n_units} "
          f"{run.unit or 'segment'}s ({run.n_documents} documents in {run.n_chunks} chunks)")
    if run.n_codings:
        print(_counts(run.code_counts, codebook.ids))
    return 0


def _counts(counts: pd.Series, order: list[str]) -> str:
    """Codings per code (and per role when the corpus has roles), codebook order, from the counts of (code[, role])
    pairs."""
    if counts.index.nlevels > 1:
        table = counts.unstack(fill_value=0)
        table = table.reindex(columns=sorted(table.columns, key=str))
        table["total"] = table.sum(axis=1)
        table.loc["total"] = table.sum(axis=0)
        table.columns.name = "role"
    else:
        table = counts.rename("total").to_frame()
    table.index.name = "code"
    rows = [c for c in order if c in table.index] + [c for c in table.index if c not in order]
    return table.loc[rows].astype(int).to_string()
