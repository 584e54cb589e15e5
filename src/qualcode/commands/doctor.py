"""``qualcode doctor DIR [--codebook F]``: everything that could make counts wrong, before any analysis."""

from __future__ import annotations

import argparse

from qualcode.cli import COMMANDS
from qualcode.commands._options import add_corpus_options, corpus_kwargs
from qualcode.study import doctor


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "doctor", help=COMMANDS["doctor"],
        description="Read a corpus folder (and the codebook it will be coded with) and list, as path:line with a "
                    "hint, everything that could make counts wrong: unreadable files, undeclared speaker labels and "
                    "how they were read, documents without a respondent turn, respondents without a role (group "
                    "interviews too), roles used by the codebook's rules that no respondent has, Traditional script "
                    "against a Simplified codebook, header blocks read as metadata, links not followed, suspicious "
                    "ids, duplicate transcripts and very long unpunctuated turns. Exit status: 0 when there is "
                    "nothing but notes, 1 when there are warnings, 2 when a file cannot be read.")
    p.add_argument("corpus", metavar="DIR", help="corpus folder (or one transcript file)")
    p.add_argument("--codebook", metavar="FILE", help="the codebook the corpus will be coded with")
    add_corpus_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    kwargs = {k: v for k, v in corpus_kwargs(args).items() if k != "keep_going"}
    issues = doctor(args.corpus, args.codebook, **kwargs)
    for issue in issues:
        print(issue)
    counts = {s: sum(1 for i in issues if i.severity == s) for s in ("error", "warning", "note")}
    print(f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['note']} note(s)")
    if counts["error"]:
        return 2
    return 1 if counts["warning"] else 0
