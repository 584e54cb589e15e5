"""The ``qualcode`` command.

Each subcommand lives in ``qualcode/commands/<module>.py`` and exposes ``register(subparsers)``, which adds its
parser and sets ``func`` to a ``run(args) -> int`` function. Heavy libraries are imported inside ``run`` so that
``qualcode --help`` stays fast. Problems in user files are printed as ``path:line: message (hint)``, all at once,
with exit status 2; other qualcode errors exit with 1.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from . import __version__
from .errors import InputError, QualcodeError

#: Subcommand modules in the order they appear in ``--help`` (the order of a study).
COMMAND_MODULES = [
    "ingest",
    "segment",
    "codebook",
    "code",
    "evaluate",
    "topics",
    "crosstab",
    "report",
    "project",
    "sample",
    "sheet",
    "qdpx",
    "agree",
    "suggest",
    "pseudonymise",
    "reproduce",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qualcode",
        description="Computer-assisted qualitative analysis of Chinese interview transcripts.",
        epilog="Run 'qualcode COMMAND --help' for the options of one step.",
    )
    parser.add_argument("--version", action="version", version=f"qualcode {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"qualcode.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"qualcode.commands.{name}":
                continue  # not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        print(f"qualcode {args.command}: {exc}", file=sys.stderr)
        return 2
    except QualcodeError as exc:
        print(f"qualcode {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # pragma: no cover
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
