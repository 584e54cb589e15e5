"""qualcode pseudonymise DIR --out NEWDIR [--names names.csv] [--map MAPFILE]"""

from __future__ import annotations

import sys

from qualcode.commands._options import add_corpus_options, load_corpus_and_names
from qualcode.privacy import Pseudonymiser, names_from_map, transform_corpus
from qualcode.privacy._corpus import _check_paths, default_map_path


def register(sub) -> None:
    p = sub.add_parser(
        "pseudonymise", aliases=["pseudonymize"],
        help="write a copy of a corpus with names, ID/phone/card numbers, addresses and birth dates replaced",
        description="Write a NEW copy of a corpus folder in which every person gets a consistent pseudonym (人员A, "
                    "人员B ...; 刘主任 -> 人员C主任) and ID numbers, phones, bank cards, e-mail, exact addresses and "
                    "birth dates become placeholders ([身份证号] ...). The source folder is never modified. The "
                    "pseudonym map (real name -> pseudonym) is written apart, next to the new folder by default: "
                    "store it securely.")
    p.add_argument("corpus", metavar="DIR", help="corpus folder to read (never modified)")
    p.add_argument("--out", required=True, metavar="NEWDIR", help="new folder for the pseudonymised copy")
    p.add_argument("--names", metavar="CSV", help="names table: name,type[,pseudonym] (names always replaced)")
    p.add_argument("--map", metavar="MAPFILE",
                   help="where to write the pseudonym map (default: NEWDIR_pseudonym_map.csv beside NEWDIR)")
    p.add_argument("--reuse-map", metavar="OLDMAP",
                   help="pseudonym map of an earlier run: everyone named there keeps their pseudonym")
    p.add_argument("--types", metavar="LIST",
                   help="comma-separated PI types to replace (default: all): person,id_number,mobile,landline,"
                        "bank_card,email,address,birth_date and names-table types")
    p.add_argument("--force", action="store_true", help="write into NEWDIR even when it is not empty")
    add_corpus_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from pathlib import Path

    out = Path(args.out)
    map_path = Path(args.map) if args.map else default_map_path(out)
    _check_paths(Path(args.corpus), out, map_path, args.force)  # refuse before reading anything
    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    names = args.names
    if args.reuse_map:
        names = names_from_map(args.reuse_map, args.names)
    corpus, table = load_corpus_and_names(args, names)
    ps = Pseudonymiser(names=table, types=types)
    result = transform_corpus(corpus, out, map_path, pseudonymiser=ps, overwrite=args.force)
    counts = result.mapping["type"].value_counts()
    print(f"wrote {len(result.files)} file(s) to {result.out_dir}")
    print(f"replaced {len(result.mapping)} occurrence(s): "
          + (", ".join(f"{t} {n}" for t, n in counts.items()) if len(counts) else "none"))
    print(f"pseudonym map: {result.map_path} (keep it secret)")
    if types is None or "person" in types:  # (the count above is of what was found, not of every name there is)
        people = result.mapping[result.mapping["type"] == "person"]
        doubtful = int((people["check_edge"].fillna("") != "").sum())
        print("qualcode: names are found automatically: some are missed and a few are replaced only in part (rates "
              "measured on blind test sets: docs/privacy.md, 'How well it works'); read the copy before sharing it "
              "(the map's context column shows each replacement among its neighbours: a name's rest beside 【】 is a "
              "partial replacement)"
              + ("" if args.names else ", and list every name that must go in a names table (--names)"),
              file=sys.stderr)
        if doubtful:
            print(f"qualcode: {doubtful} of {len(people)} name replacement(s) have an edge that was a close call "
                  "(the map's check_edge column says which: start or end); read those rows first -- about half of "
                  "the names replaced only in part on the blind test sets were among them (docs/privacy.md, 'Edges "
                  "to check')", file=sys.stderr)
    return 0
