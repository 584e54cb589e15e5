"""qualcode reproduce [--corpus DIR --codebook FILE] --out OUTDIR: the bundled study end to end."""

from __future__ import annotations

from pathlib import Path

from qualcode.cli import COMMANDS
from qualcode.commands._options import add_corpus_options
from qualcode.commands.report import add_study_options, run_and_write
from qualcode.errors import InputError, Issue

DEFAULT_CORPUS = "corpora/chifeng"


def register(sub) -> None:
    p = sub.add_parser("reproduce", help=COMMANDS["reproduce"],
                       description="Ingest, segment, auto-code, topic sweep and final model, themes by role with "
                                   "statistics, questionnaire tables, agreement of the auto-codes with the human gold "
                                   "coding, and the HTML report, for the bundled study corpora/chifeng (run from "
                                   "the repository root), or for another study with --corpus (its study.yaml names "
                                   "the codebook, gold and questionnaire) or --corpus and --codebook.")
    p.add_argument("--corpus", default=DEFAULT_CORPUS, help=f"corpus folder (default: {DEFAULT_CORPUS})")
    p.add_argument("--codebook", help="codebook (default: the one named in DIR/study.yaml)")
    p.add_argument("--out", default="out", metavar="OUTDIR", help="output folder (default: out)")
    add_study_options(p)
    add_corpus_options(p)
    # the bundled study shows certification and corrected counts as a researcher gets them: from a validation
    # sample (150 of its 374 gold turns), so the corrected counts can be compared with the full human coding
    p.set_defaults(func=run, validated=150)


def run(args) -> int:
    problems = []
    for what, path in (("corpus folder", args.corpus), ("codebook", args.codebook)):
        if path and not Path(path).exists():
            problems.append(Issue(path, None, f"{what} not found",
                                  "run 'qualcode reproduce' from the root of the qualcode repository, or pass "
                                  "--corpus and --codebook"))
    if problems:
        raise InputError(problems)
    return run_and_write(args, args.corpus, args.codebook)
