"""qualcode qdpx export DIR --codebook FILE --codings FILE [FILE ...] --out PROJECT.qdpx
qualcode qdpx import PROJECT.qdpx --out DIR"""

from __future__ import annotations

import argparse
import sys

from qualcode._io import read_table
from qualcode._progress import step
from qualcode.coding._codebook import load_codebook
from qualcode.commands._options import add_corpus_options, load_corpus_and_names, raise_together
from qualcode.errors import InputError
from qualcode.exchange._refi_codebook import read_qdc
from qualcode.exchange._refi_project import export_qdpx, load_qdpx, write_imported_corpus
from qualcode.privacy import Pseudonymiser


def register(sub) -> None:
    p = sub.add_parser("qdpx", help="exchange projects with ATLAS.ti, MAXQDA, NVivo, QualCoder (REFI-QDA .qdpx)",
                       description="Export a corpus with its codebook and codings as a REFI-QDA project (.qdpx), or "
                                   "import a project coded in another program as a corpus folder.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB")
    p.set_defaults(func=_help(p))

    ex = verbs.add_parser("export", help="corpus + codebook + codings -> PROJECT.qdpx",
                          description="Write the transcripts (as text sources), respondents (as cases with "
                                      "variables), coders (as users) and codings (as text selections) to a .qdpx.")
    ex.add_argument("corpus", metavar="DIR", help="corpus folder")
    ex.add_argument("--codebook", required=True, help="codebook (.yaml, or .qdc)")
    ex.add_argument("--codings", nargs="*", default=[], metavar="FILE",
                    help="codings tables (.csv/.xlsx), e.g. from 'qualcode code'; one or more coders each")
    ex.add_argument("--name", help="project name (default: the corpus name)")
    ex.add_argument("--out", required=True, help="project file to write (.qdpx)")
    add_corpus_options(ex)
    ex.add_argument("--no-pseudonyms", action="store_true",
                    help="keep names, phone numbers, IDs ... as they are (default: replaced by pseudonyms, "
                         "qualcode.privacy; share such a file only with people allowed to see them)")
    ex.add_argument("--pseudonymise", action="store_true", help=argparse.SUPPRESS)  # the default; kept for old scripts
    ex.add_argument("--names", help="table of known names to replace (see docs/privacy.md)")
    ex.set_defaults(func=run_export)

    im = verbs.add_parser("import", help="PROJECT.qdpx -> corpus folder with codebook and codings per coder",
                          description="Write DIR/transcripts/*.txt (source texts byte for byte), DIR/respondents.csv, "
                                      "DIR/codebook.yaml and DIR/codings/<coder>.csv. Problems (selections whose "
                                      "positions do not match their text, ...) are listed on stderr.")
    im.add_argument("project", metavar="PROJECT", help=".qdpx (or .qde) file")
    im.add_argument("--out", required=True, metavar="DIR", help="folder to write")
    im.add_argument("--strict", action="store_true", help="fail on any mismatch instead of warning")
    im.set_defaults(func=run_import)


def _help(parser):
    def run(args) -> int:
        parser.print_help()
        return 0
    return run


def _load_codebook(path: str):
    if path.lower().endswith((".qdc", ".qde", ".qdpx")):

        return read_qdc(path)

    return load_codebook(path)


def run_export(args) -> int:

    errors: list = []  # the codebook's, the names table's and the corpus's problems, listed together
    try:
        codebook = _load_codebook(args.codebook)
    except InputError as exc:
        errors.append(exc)
    try:
        corpus, names = load_corpus_and_names(args, None if args.no_pseudonyms else args.names)
    except InputError as exc:
        errors.append(exc)
    raise_together(errors, "the codebook, the names table and the corpus" if args.names
                   else "the codebook and the corpus")
    tables = []
    for path in args.codings:
        df = read_table(path)
        df.attrs["path"] = path
        tables.append(df)
    pseudonymiser = None
    if not args.no_pseudonyms:

        step("finding personal information to pseudonymise")
        pseudonymiser = Pseudonymiser(names=names).fit(corpus)
    step(f"exporting {len(corpus)} documents, {sum(len(t) for t in tables)} codings")
    target = export_qdpx(corpus, codebook, tables, args.out, pseudonymiser, name=args.name)
    coders = sorted({str(c) for t in tables if "coder" in t.columns for c in t["coder"].dropna()})
    print(f"wrote {target}: {len(corpus)} sources, {len(codebook)} codes, "
          f"{sum(len(t) for t in tables)} codings by {len(coders)} coder(s){': ' if coders else ''}{', '.join(coders)}")
    return 0


def run_import(args) -> int:

    result = load_qdpx(args.project, strict=args.strict)
    for issue in result.issues:
        print(str(issue), file=sys.stderr)
    written = write_imported_corpus(result, args.out)
    n_codings = {c: len(df) for c, df in result.codings_by_coder.items()}
    print(f"imported {args.project}: {len(result.corpus)} documents, {len(result.codebook)} codes, "
          f"{sum(n_codings.values())} codings, {len(result.issues)} warning(s)")
    for coder, n in n_codings.items():
        print(f"  {coder}\t{n}")
    for paths in written.values():
        for path in paths:
            print(f"wrote {path}")
    return 0
