"""qualcode ingest DIR --out turns.csv"""

from __future__ import annotations

from qualcode._io import write_table
from qualcode.cli import COMMANDS
from qualcode.commands._options import add_corpus_options, load_corpus


def summary_lines(corpus) -> list[str]:
    turns = corpus.turns()
    lines = [
        f"corpus: {corpus.name}",
        f"documents: {len(corpus)}",
        f"turns: {len(turns)} ({int((turns['speaker_kind'] == 'respondent').sum()) if len(turns) else 0} respondent)",
        f"characters: {sum(len(d.text) for d in corpus)}",
    ]
    roles: dict[str, int] = {}
    people = corpus.respondents()  # one row per respondent (each speaker of a group interview)
    for role in (people["role"] if "role" in people.columns else [None] * len(people)):
        key = str(role) if isinstance(role, str) and role else "(no role)"
        roles[key] = roles.get(key, 0) + 1
    if corpus.has_times:
        lines.append("recording times: yes (time_start, time_end columns)")
    lines.append("respondents per role:")
    lines += [f"  {role}\t{n}" for role, n in sorted(roles.items())]
    return lines


def register(sub) -> None:
    p = sub.add_parser("ingest", help=COMMANDS["ingest"],
                       description="Read a corpus folder (.txt/.md/.docx/.csv/.xlsx + respondents.csv) and write one "
                                   "row per speaker turn with exact character offsets and respondent attributes.")
    p.add_argument("corpus", metavar="DIR", help="corpus folder (or one transcript file)")
    p.add_argument("--out", help="turns table to write (.csv or .xlsx)")
    add_corpus_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    corpus = load_corpus(args)
    if args.out:
        write_table(corpus.turns(), args.out, sheet_name="turns")
        print(f"wrote {args.out}")
    print("\n".join(summary_lines(corpus)))
    return 0
