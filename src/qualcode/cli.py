"""The ``qualcode`` command.

Each subcommand lives in ``qualcode/commands/<module>.py`` and exposes ``register(subparsers)``, which adds its
parser and sets ``func`` to a ``run(args) -> int`` function: parse, call the library, print. Only the module of the
command being run is imported, so ``qualcode --help`` imports no analysis library. Problems in user files are
printed as ``path:line: message (hint)``, all at once, with exit status 2; other qualcode errors exit with 1.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
from collections.abc import Sequence

from qualcode import __version__
from qualcode.errors import InputError, QualcodeError

#: Subcommands in the order they appear in ``--help`` (the order of a study), with their one-line help.
COMMANDS: dict[str, str] = {
    "ingest": "read transcripts and write the turns table",
    "doctor": "list everything in a corpus (and codebook) that could make counts wrong",
    "segment": "cut transcripts into sentences/turns and words (segments table)",
    "freq": "word and document frequency over respondent segments, by any attribute",
    "keyness": "key words of each group (log-likelihood, log ratio) against the others or general Chinese",
    "kwic": "keyword in context: words, regular expressions or coded passages, aligned, linked to their source",
    "collocations": "word pairs and n-grams ranked by PMI, log-likelihood and t-score",
    "newwords": "find words the segmenter splits (PMI, branching entropy) and feed them back",
    "codebook": "check, show, export or import a codebook",
    "code": "auto-code a corpus with a codebook's rules",
    "evaluate": "score codings against a human gold coding",
    "topics": "fit topic models; compare numbers of topics",
    "crosstab": "themes by respondent group: counts, percentages and tests",
    "network": "co-occurrence networks of words or codes: communities, centrality, GraphML/GEXF, figure",
    "ca": "correspondence analysis of codes or words by group, with a biplot",
    "report": "analyse a corpus with a codebook and write the HTML report",
    "project": "create and inspect a project store (one SQLite file)",
    "sample": "draw a stratified review sample of segments (codes x roles, plus uncoded segments)",
    "sheet": "export a coding sheet for coders, or import a filled-in one",
    "review": "review machine codes in the browser: a local, keyboard-first review app over a project store",
    "qdpx": "exchange projects with NVivo, ATLAS.ti, MAXQDA and QualCoder (REFI-QDA .qdpx)",
    "agree": "agreement between coders: percent agreement, kappa, Krippendorff's alpha per code",
    "suggest": "learned code suggestions (auto:model) from validated codings, and a review queue",
    "train": "train the hybrid coder (rules + learned model) on coders' decisions and save it in the store",
    "pseudonymise": "write a pseudonymised copy of a corpus (names, numbers, addresses replaced)",
    "reproduce": "run the bundled reference study end to end",
    "cache": "show, prune or clear the cache of segmentations and topic models shared by the commands",
}
#: The names of the subcommand modules (one per command).
COMMAND_MODULES = list(COMMANDS)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser (every subcommand's options), or with ``only`` the options of that one subcommand and the
    one-line help of the others."""
    parser = argparse.ArgumentParser(
        prog="qualcode",
        description="Computer-assisted qualitative analysis of Chinese interview transcripts.",
        epilog="Run 'qualcode COMMAND --help' for the options of one step.",
    )
    parser.add_argument("--version", action="version", version=f"qualcode {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        if only is not None and name != only:
            sub.add_parser(name, help=help_text, add_help=False)
        else:
            importlib.import_module(f"qualcode.commands.{name}").register(sub)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    for arg in argv:
        if not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    name = _command_in(argv)
    parser = build_parser(only=name or "")
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    signal.signal(signal.SIGTERM, _terminate)  # unwind on `kill`, so that temporary files are removed
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        print(f"qualcode {args.command}: {exc}", file=sys.stderr)
        return 2
    except QualcodeError as exc:
        print(f"qualcode {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # a parameter out of range (the library names it and its value)
        print(f"qualcode {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # pragma: no cover
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
