"""How well the pseudonym map's ``check_edge`` column points at names replaced in part.

For every set of tests/pii (the development sets and every held-out set, or the sets named on the command line), it
runs the detector as ``qualcode pseudonymise`` does and counts, per set: person replacements, those with an edge
marked (:func:`qualcode.privacy._edges.edge_doubt`), the edges through which a gold name was left in part (a found
person span that overlaps a gold name without covering it, on the side the rest of the name stands), and how many of
those edges were marked. A reader who checks the marked rows of the map reads the first share and finds the second.

    python benchmarks/eval_edges.py [holdout140 holdout141 ...]

Prints a Markdown table; nothing is written. The threshold is a stated prior (``DOUBT_ODDS``), not fitted here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from _report import REPO  # noqa: E402  (also puts src/ on sys.path)
from qualcode.privacy import detect_pii, load_names  # noqa: E402
from qualcode.privacy._edges import DOUBT_ODDS, edge_doubt  # noqa: E402

PII = REPO / "tests" / "pii"


def sets(names: list[str]) -> list[Path]:
    if names:
        return [PII / n for n in names]
    held = sorted((p for p in PII.glob("holdout*") if p.name[7:].isdigit()), key=lambda p: int(p.name[7:]))
    return [PII, PII / "tuning_i11", *held]


def measure(folder: Path) -> dict[str, int]:
    """Counts of one set (see the module docstring)."""
    names_path = folder / "names.csv"
    names = load_names(names_path) if names_path.is_file() else None
    gold = pd.read_csv(folder / "answer_key.csv", dtype={"doc_id": str}, encoding="utf-8")
    gold = gold[gold["type"] == "person"]
    out = {"replaced": 0, "marked": 0, "cut_edges": 0, "cut_marked": 0}
    for path in sorted(folder.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        people = [x for x in detect_pii(text, names=names) if x.type == "person"]
        marks = {(x.start, x.end): edge_doubt(text, x.start, x.end, x.suffix).split() if x.rule != "names" else []
                 for x in people}
        out["replaced"] += len(people)
        out["marked"] += sum(bool(m) for m in marks.values())
        for row in gold[gold["doc_id"] == path.stem].itertuples(index=False):
            s, e = int(str(row.start)), int(str(row.end))
            for x in people:
                if x.start < e and s < x.end:
                    for side, cut in (("start", s < x.start), ("end", x.end < e)):
                        if cut:
                            out["cut_edges"] += 1
                            out["cut_marked"] += side in marks[(x.start, x.end)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="folders under tests/pii (default: all)")
    args = ap.parse_args(argv)
    rows, total = [], {"replaced": 0, "marked": 0, "cut_edges": 0, "cut_marked": 0}
    for folder in sets(args.sets):
        if not (folder / "answer_key.csv").is_file():
            print(f"{folder}: no answer_key.csv", file=sys.stderr)
            return 2
        m = measure(folder)
        rows.append((folder.relative_to(PII).as_posix() or ".", m))
        for k in total:
            total[k] += m[k]
    print(f"Edges marked at odds 1:{DOUBT_ODDS:g}\n")
    print("| set | person replacements | marked | share | edges of names left in part | marked |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, m in [*rows, ("**all**", total)]:
        share = m["marked"] / m["replaced"] if m["replaced"] else 0.0
        print(f"| {name} | {m['replaced']} | {m['marked']} | {share:.3f} | {m['cut_edges']} | {m['cut_marked']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
