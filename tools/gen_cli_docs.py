"""Write docs/commands.md from the argparse parsers, so the command reference cannot drift from the code.

    python tools/gen_cli_docs.py          # rewrite docs/commands.md
    python tools/gen_cli_docs.py --check  # exit 1 when docs/commands.md is out of date (used by the tests)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def render() -> str:
    sys.path.insert(0, str(REPO / "src"))
    from qualcode.cli import build_parser

    parser = build_parser()
    parts = ["# Command reference", "",
             "Generated from the code by `python tools/gen_cli_docs.py`; `qualcode COMMAND --help` shows the same.", "",
             "```text", parser.format_help().replace("usage: ", "usage: ", 1).rstrip(), "```", ""]
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subs.choices.items():
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        parts += [f"## qualcode {name}", "", "```text", sub.format_help().rstrip(), "```", ""]
        for action in nested:
            for subname, subsub in action.choices.items():
                parts += [f"### qualcode {name} {subname}", "", "```text", subsub.format_help().rstrip(), "```", ""]
    return "\n".join(parts)


def main() -> int:
    import os

    os.environ["COLUMNS"] = "100"
    text = render()
    target = REPO / "docs" / "commands.md"
    if "--check" in sys.argv:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print("docs/commands.md is out of date: run python tools/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
