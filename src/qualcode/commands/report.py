"""qualcode report DIR --codebook FILE --out OUTDIR"""

from __future__ import annotations

import sys

from qualcode.cli import COMMANDS
from qualcode.commands._options import add_corpus_options, corpus_kwargs, load_codebook_for, parse_ks
from qualcode.ingest import read_corpus
from qualcode.report import write_study
from qualcode.study import run_study


def add_study_options(p) -> None:
    p.add_argument("--study", metavar="FILE", help="the study description (default: DIR/study.yaml when present): "
                                                 "title, note, codebook, gold, questionnaire columns")
    p.add_argument("--by", default=None, help="respondent attribute to compare (default: the study's, else role)")
    p.add_argument("--unit", choices=["sentence", "turn"], default=None,
                   help="coding unit (default: the codebook's settings.unit, else sentence)")
    p.add_argument("--k", type=int, help="number of topics (default: chosen by a sweep)")
    p.add_argument("--ks", type=parse_ks, default=parse_ks("4..10"),
                   help="topic sweep range, e.g. 4..12 (default: 4..10)")
    p.add_argument("--topic-method", choices=["lda", "nmf", "sklearn_lda", "tomotopy"], default="lda")
    p.add_argument("--backend", default="auto", help="segmenter backend: auto, jieba, rjieba, pkuseg")
    p.add_argument("--gold", nargs="*", help="human gold coding files (default: the study's, else DIR/gold/*.csv)")
    p.add_argument("--survey", help="questionnaire table (default: the study's; its columns are study settings)")
    p.add_argument("--no-pseudonyms", action="store_true",
                   help="show quotes as they are (default: names and numbers are pseudonymised)")
    p.add_argument("--no-cache", action="store_true", help="recompute everything (default: reuse cached work)")
    p.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples for intervals (default: 1000)")
    p.add_argument("--validated", type=int, default=None, metavar="N",
                   help="certify codes and correct counts from a random sample of N gold turns, as if coders had "
                        "validated only those (default: every gold turn)")
    p.add_argument("--lang", choices=["zh", "en", "both"], default="both",
                   help="language of the report's own text: headings, explanations, notes (default: both)")
    p.add_argument("--project", metavar="STORE", default=None,
                   help="project store whose coders reviewed the auto-codes (qualcode review): add their agreement "
                        "with the auto-codes and the auto-codes' precision and recall to the report")


def study_from_args(args, corpus=None, codebook=None):
    """:func:`qualcode.run_study` with the options of ``qualcode report`` / ``reproduce`` (``corpus`` and
    ``codebook``: paths or loaded objects; default: ``args.corpus`` and ``args.codebook``)."""
    corpus = args.corpus if corpus is None else corpus
    if isinstance(corpus, str):
        corpus = read_corpus(corpus, **corpus_kwargs(args))
    return run_study(corpus, args.codebook if codebook is None else codebook, study=args.study, gold=args.gold,
                     survey=args.survey,
                     by=args.by, unit=args.unit, ks=args.ks, k=args.k, topic_method=args.topic_method,
                     backend=args.backend, pseudonymise=not args.no_pseudonyms,
                     cache_dir=False if args.no_cache else None, keep_going=args.keep_going, n_boot=args.n_boot,
                     validated=args.validated, project=args.project)


def run_and_write(args, corpus, codebook) -> int:
    res = study_from_args(args, corpus, codebook)
    written = write_study(res, args.out, lang=args.lang)
    for issue in res.notes:
        print(issue, file=sys.stderr)
    print(res.findings.drop(columns=["quotes", "stage_en", "test", "note"], errors="ignore").to_string(index=False))
    if res.evaluation is not None:
        ev = res.evaluation[res.evaluation["code"].isin(["macro", "micro"])]
        print()
        print("auto-coding vs human gold:")
        print(ev[["split", "code", "precision", "recall", "f1", "kappa", "n_units"]].to_string(index=False))
    if res.review_agreement is not None:
        print()
        print("auto-coding vs reviewers (store):")
        print(res.review_agreement[res.review_agreement["code"] == "(overall)"].round(3).to_string(index=False))
    print()
    print(f"report: {written['index.html']}")
    print(f"tables: {written.get('tables.xlsx')}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("report", help=COMMANDS["report"],
                       description="Run the analysis (segment, auto-code, themes by role, topics, and agreement "
                                   "with gold coding / questionnaire tables where given) and write OUTDIR/index.html "
                                   "(self-contained), tables.xlsx, figures/*.svg|png and the main tables as CSV.")
    p.add_argument("corpus", metavar="DIR")
    p.add_argument("--codebook", help="codebook YAML (default: the one named in the study description)")
    p.add_argument("--out", required=True, metavar="OUTDIR")
    add_study_options(p)
    add_corpus_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    return run_and_write(args, args.corpus, load_codebook_for(args) if args.codebook else None)
