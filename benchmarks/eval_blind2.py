"""The new blind set, scored ONCE: rules, learned model and hybrid coder on corpora/chifeng_blind2.

    python benchmarks/eval_blind2.py

corpora/chifeng_blind2: 24 interviews, 241 respondent turns in five voices used nowhere else, coded independently by
two coders from THEMES.md (human-human kappa 0.979) and adjudicated. Nobody who wrote the rules or the hybrid coder
opened it. This script is the only code that reads it; it is run once, on a committed, frozen coder, and records
the commit it scored; rules, features and parameters are not changed after it because of it.

Coders: the codebook's rules alone; the learned model alone (HybridCoder(rules=False)); the hybrid (HybridCoder()
with its defaults), both trained on all training data (corpora/chifeng, chifeng_blind and chifeng_train: 1,982
human-coded respondent turns). Unit: the respondent turn; scores from qualcode.coding.evaluate (macro over the nine
themes). Themes by role: respondents of each role raising each theme by the human coding, with a 95% Wilson
interval, beside each coder's count; Spearman correlation of the coders' counts with the human counts.

``--dry-run DIR`` runs the same protocol on another corpus (with the training data minus that corpus) and writes
nothing: to check the script before its one real run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import _hybrid_data as D  # noqa: E402
from _report import REPO, machine, update_section  # noqa: E402
from qualcode.coding import HybridCoder, code_corpus, coding_units, evaluate, read_gold, split_codes  # noqa: E402
from qualcode.ingest import read_corpus  # noqa: E402

COMMAND = "python benchmarks/eval_blind2.py"
BLIND2 = REPO / "corpora" / "chifeng_blind2"
SECTION = "hybrid-blind2"
PAGE = REPO / "docs" / "accuracy.md"


def commit() -> str:
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "src", "codebooks"], cwd=REPO,
                           capture_output=True, text=True).stdout.strip()
    return head + (" (with uncommitted changes in src/ or codebooks/!)" if dirty else "")


def gold_files(folder: Path) -> list[Path]:
    """The adjudicated gold: ``gold/gold_*.csv`` (the single coders' files beside it are not the gold)."""
    return sorted((folder / "gold").glob("gold_*.csv")) or sorted((folder / "gold").glob("*.csv"))


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return n * max(0.0, centre - half), n * min(1.0, centre + half)


def role_counts(unit_codes: dict[str, set[str]], units: pd.DataFrame) -> pd.DataFrame:
    """Respondents per (role, theme) with the theme on at least one of their turns."""
    rows = []
    for (role, resp), grp in units.groupby(["role", "respondent_id"]):
        codes = set().union(*[unit_codes.get(u, set()) for u in grp["seg_id"]])
        rows += [{"role": role, "respondent_id": resp, "code": c, "has": c in codes} for c in D.THEMES]
    df = pd.DataFrame(rows)
    return df.groupby(["role", "code"])["has"].agg(["sum", "count"]).reset_index()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", metavar="DIR", help="another corpus folder: check the script, write nothing")
    ap.add_argument("--again", metavar="REASON", help="score again (the same frozen coder) and say why in the section")
    args = ap.parse_args(argv)
    target = Path(args.dry_run) if args.dry_run else BLIND2
    if (not args.dry_run and not args.again and PAGE.exists()
            and f"<!-- BEGIN {SECTION} -->" in PAGE.read_text(encoding="utf-8")):
        raise SystemExit(f"{PAGE} already holds section {SECTION}: the blind set has been scored; it is scored once.")
    t0 = time.perf_counter()
    scored = commit()
    codebook, train_segs, train_gold = D.load()
    if args.dry_run:
        held = set(read_gold(gold_files(target))["doc_id"])
        train_segs = train_segs[~train_segs["doc_id"].isin(held)]
        train_segs.attrs["speakers"] = "all"
        train_gold = train_gold[~train_gold["doc_id"].isin(held)]
    segments = code_corpus(read_corpus(target), codebook).segments
    gold = read_gold(gold_files(target))
    units = coding_units(segments)
    units = units[units["seg_id"].isin(set(gold["seg_id"]))]
    truth = {s: set(split_codes(c)) for s, c in zip(gold["seg_id"], gold["codes"])}
    coders = {"rules": HybridCoder(codebook).fit(train_segs, None),
              "learned model": HybridCoder(codebook, rules=False).fit(train_segs, train_gold),
              "hybrid": HybridCoder(codebook).fit(train_segs, train_gold)}
    tables, counts = {}, {"human": role_counts(truth, units)}
    for name, coder in coders.items():
        codings = coder.code(segments, explain=False)
        tables[name] = evaluate(codings, gold, codes=D.THEMES).set_index("code")
        got: dict[str, set[str]] = {}
        for s, c in zip(codings["seg_id"], codings["code"]):
            got.setdefault(s, set()).add(c)
        counts[name] = role_counts(got, units)
        print(f"{name}: macro-F1 {tables[name].loc['macro', 'f1']:.3f} kappa {tables[name].loc['macro', 'kappa']:.3f}")
    text = markdown(tables, counts, scored, len(gold), segments, time.perf_counter() - t0)
    if args.again:
        text = text.replace(", scored once\n\n", ", scored once, then rescored after a scoring fix\n\n"
                            f"**Scored again, same coder, because:** {args.again}\n\n", 1)
    print(text)
    if not args.dry_run:
        print(f"wrote {update_section('accuracy.md', SECTION, text)}")
    return 0


def markdown(tables, counts, scored, n_units, segments, seconds) -> str:
    from scipy.stats import spearmanr

    n_docs = segments["doc_id"].nunique()
    lines = [f"## {SECTION}: the new blind set (corpora/chifeng_blind2), scored once", "",
             f"Command: `{COMMAND}`  ", f"Machine: {machine()}; {seconds:.0f} s  ", f"Commit scored: `{scored}`", "",
             " ".join(__doc__.split("\n\n")[2].split()) + " " + " ".join(__doc__.split("\n\n")[3].split()), "",
             f"{n_docs} interviews, {n_units} respondent turns.", "",
             "| coder | macro-F1 | macro kappa | macro precision | macro recall | micro-F1 |",
             "|---|---|---|---|---|---|"]
    for name, t in tables.items():
        m = t.loc["macro"]
        lines.append(f"| {name} | {m['f1']:.3f} | {m['kappa']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} | "
                     f"{t.loc['micro', 'f1']:.3f} |")
    lines += ["", "Per theme (F1 / kappa; the hybrid's precision and recall):", "",
              "| theme | support | rules F1 | rules kappa | learned F1 | learned kappa | hybrid F1 | hybrid kappa | "
              "hybrid P | hybrid R |", "|---|---|---|---|---|---|---|---|---|---|"]
    for code in D.THEMES:
        r, m, h = (tables[k].loc[code] for k in ("rules", "learned model", "hybrid"))
        lines.append(f"| {code} | {int(h['support'])} | {r['f1']:.2f} | {r['kappa']:.2f} | {m['f1']:.2f} | "
                     f"{m['kappa']:.2f} | {h['f1']:.2f} | {h['kappa']:.2f} | {h['precision']:.2f} | "
                     f"{h['recall']:.2f} |")
    human = counts["human"].set_index(["role", "code"])
    lines += ["", "Themes by role: respondents raising each theme (human coding, with a 95% Wilson interval) and "
              "each coder's count; ✓ = inside the human interval:", "",
              "| role | theme | N | human [95% CI] | rules | learned | hybrid |", "|---|---|---|---|---|---|---|"]
    inside = {k: 0 for k in tables}
    for (role, code), row in human.iterrows():
        lo, hi = wilson(int(row["sum"]), int(row["count"]))
        cells = []
        for name in tables:
            n = int(counts[name].set_index(["role", "code"]).loc[(role, code), "sum"])
            ok = lo - 1e-9 <= n <= hi + 1e-9
            inside[name] += ok
            cells.append(f"{n}{' ✓' if ok else ''}")
        lines.append(f"| {role} | {code} | {int(row['count'])} | {int(row['sum'])} [{lo:.1f}-{hi:.1f}] | "
                     + " | ".join(cells) + " |")
    lines += ["", "| coder | cells inside the human interval | Spearman with human counts |", "|---|---|---|"]
    for name in tables:
        rho = spearmanr(human["sum"].to_numpy(), counts[name].set_index(["role", "code"]).loc[human.index, "sum"])[0]
        lines.append(f"| {name} | {inside[name]} of {len(human)} | {rho:.2f} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
