"""``qualcode codebook``: check, show, export and import codebooks."""

from __future__ import annotations

import argparse

from qualcode.coding import load_codebook, save_codebook, validate_codebook
from qualcode.exchange import read_qdc, write_qdc


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "codebook", help="check, show, export or import a codebook",
        description="Work with a YAML codebook (format: docs/codebook.md).")
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    c = sub.add_parser("check", help="list every problem as path:line: message (hint); exit 2 on errors")
    c.add_argument("file")
    s = sub.add_parser("show", help="the code tree with labels and rule counts")
    s.add_argument("file")
    e = sub.add_parser("export", help="write the codebook as a REFI-QDA codebook (.qdc)")
    e.add_argument("file")
    e.add_argument("--out", required=True, metavar="X.qdc")
    i = sub.add_parser("import", help="read a REFI-QDA codebook (.qdc) and write it as YAML")
    i.add_argument("file", metavar="X.qdc")
    i.add_argument("--out", required=True, metavar="Y.yaml")
    p.set_defaults(func=run, _parser=p)


def run(args: argparse.Namespace) -> int:
    if not getattr(args, "action", None):
        args._parser.print_help()
        return 0
    if args.action == "check":
        issues = validate_codebook(args.file)
        for issue in issues:
            print(issue)
        n_err = sum(1 for i in issues if i.is_error)
        n_warn = len(issues) - n_err
        if not issues:
            print(f"{args.file}: ok")
        else:
            print(f"{args.file}: {n_err} error{'s' if n_err != 1 else ''}, "
                  f"{n_warn} warning{'s' if n_warn != 1 else ''}")
        return 2 if n_err else 0
    if args.action == "show":
        print(show_tree(load_codebook(args.file)))
        return 0
    if args.action == "export":
        codebook = load_codebook(args.file)
        out = write_qdc(codebook, args.out)
        print(f"wrote {out} ({len(codebook)} codes)")
        return 0
    if args.action == "import":
        codebook = read_qdc(args.file)
        out = save_codebook(codebook, args.out)
        print(f"wrote {out} ({len(codebook)} codes)")
        return 0
    return 0  # pragma: no cover


def show_tree(codebook) -> str:
    """The code tree: one line per code, indented by level, with labels and the number of rules."""
    lines = [f"{codebook.name} (version {codebook.version}, {len(codebook)} codes)"]

    def n_rules(code) -> int:
        return sum(1 for r in code.rules if not set(r) <= {"unless", "id", "note"})

    def walk(parent, depth):
        for code in codebook.children(parent):
            label = " ".join(x for x in (code.label, f"({code.label_en})" if code.label_en else "") if x)
            k = n_rules(code)
            lines.append(f"{'  ' * depth}{code.id}  {label}  [{k} rule{'s' if k != 1 else ''}]")
            walk(code.id, depth + 1)

    walk(None, 1)
    return "\n".join(lines)
