"""qualcode ingest DIR --out turns.csv"""

from __future__ import annotations

import sys


def add_corpus_options(parser) -> None:
    """Options shared by every command that reads a corpus folder."""
    parser.add_argument("--keep-going", action="store_true",
                        help="load the good files and list the bad ones instead of stopping")
    parser.add_argument("--encoding", help="force one encoding for every file (default: detect per file)")
    parser.add_argument("--t2s", action="store_true",
                        help="match on a Simplified-Chinese copy of Traditional text (needs qualcode[opencc])")


def load_corpus(args):
    """Read the corpus named by ``args.corpus`` and print problems (warnings or, with --keep-going, bad files)."""
    from ..ingest import read_corpus

    corpus = read_corpus(args.corpus, keep_going=getattr(args, "keep_going", False),
                         encoding=getattr(args, "encoding", None), convert="t2s" if getattr(args, "t2s", False) else None)
    for issue in corpus.problems:
        print(str(issue), file=sys.stderr)
    bad = {i.path for i in corpus.problems if i.is_error}
    if bad:
        print(f"skipped {len(bad)} bad file(s); loaded {len(corpus)} document(s)", file=sys.stderr)
    return corpus


def summary_lines(corpus) -> list[str]:
    turns = corpus.turns()
    lines = [
        f"corpus: {corpus.name}",
        f"documents: {len(corpus)}",
        f"turns: {len(turns)} ({int((turns['speaker_kind'] == 'respondent').sum()) if len(turns) else 0} respondent)",
        f"characters: {sum(len(d.text) for d in corpus)}",
    ]
    roles: dict[str, int] = {}
    for doc in corpus:
        roles[doc.role or "(no role)"] = roles.get(doc.role or "(no role)", 0) + 1
    lines.append("respondents per role:")
    lines += [f"  {role}\t{n}" for role, n in sorted(roles.items())]
    return lines


def register(sub) -> None:
    p = sub.add_parser("ingest", help="read transcripts and write the turns table",
                       description="Read a corpus folder (.txt/.md/.docx/.csv/.xlsx + respondents.csv) and write one "
                                   "row per speaker turn with exact character offsets and respondent attributes.")
    p.add_argument("corpus", metavar="DIR", help="corpus folder (or one transcript file)")
    p.add_argument("--out", help="turns table to write (.csv or .xlsx)")
    add_corpus_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from .._io import write_table

    corpus = load_corpus(args)
    if args.out:
        write_table(corpus.turns(), args.out, sheet_name="turns")
        print(f"wrote {args.out}")
    print("\n".join(summary_lines(corpus)))
    return 0
