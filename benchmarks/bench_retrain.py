"""Retraining speed of the hybrid coder on 1,000 coder decisions (target: under 2 s on a 2-core machine).

    python benchmarks/bench_retrain.py [--repeats 5] [--no-write]

1,000 respondent turns of corpora/chifeng_train (the first ones in document order) with their gold codes stand for
1,000 decisions. Timed, side by side in the same process, alternating, median of ``--repeats``:

* **retrain**: ``HybridCoder(codebook).fit(segments, labels)`` over segments whose rule evidence was computed before
  (as in a review session: the rules ran when the corpus was coded; :func:`qualcode.coding.rule_evidence` keeps the
  last results in memory) - the cost of learning from one more decision;
* **first fit**: the same on a fresh copy of the segments, so the rules run too;
* **bare baseline**: scikit-learn alone on the same turns: TF-IDF of the tokens and a LinearSVC per code (9 codes),
  no calibration, no rules, no question features.

Writes docs/benchmarks.md, section ``retrain``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

from _report import REPO, machine, update_section  # noqa: E402
from qualcode.coding import HybridCoder, code_corpus, coding_units, load_codebook, read_gold, split_codes  # noqa: E402
from qualcode.ingest import read_corpus  # noqa: E402

COMMAND = "python benchmarks/bench_retrain.py"
N = 1000


def bare(units, labels, codes):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    X = TfidfVectorizer(analyzer=lambda t: t, sublinear_tf=True).fit_transform(units["tokens"])
    for code in codes:
        y = np.array([code in labels[u] for u in units["seg_id"]], dtype=int)
        LinearSVC(C=0.5).fit(X, y)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    codebook = load_codebook(REPO / "codebooks" / "children_in_distress.yaml")
    folder = REPO / "corpora" / "chifeng_train"
    segments = code_corpus(read_corpus(folder), codebook).segments
    gold = read_gold(sorted((folder / "gold").glob("*.csv")))
    units = coding_units(segments)
    units = units[units["seg_id"].isin(set(gold["seg_id"]))].head(N)
    decided = gold[gold["seg_id"].isin(set(units["seg_id"]))]
    docs = set(units["doc_id"])
    segs = segments[segments["doc_id"].isin(docs)]
    segs.attrs["speakers"] = "all"
    labels = {s: set(split_codes(c)) for s, c in zip(decided["seg_id"], decided["codes"])}
    codes = [c.id for c in codebook.codes if c.rules]
    HybridCoder(codebook).fit(segs, decided)  # warm-up: imports, and the rules' evidence for these segments
    times: dict[str, list[float]] = {"retrain": [], "first fit": [], "bare baseline": []}
    for _ in range(args.repeats):
        t = time.perf_counter()
        HybridCoder(codebook).fit(segs, decided)
        times["retrain"].append(time.perf_counter() - t)
        fresh = segs.copy()
        fresh["text"] = fresh["text"] + ""  # same content, new object: the evidence cache is keyed by content
        fresh["start"] = fresh["start"] + 0
        from qualcode.coding import _units

        _units._CACHE.clear()
        t = time.perf_counter()
        HybridCoder(codebook).fit(fresh, decided)
        times["first fit"].append(time.perf_counter() - t)
        t = time.perf_counter()
        bare(units, labels, codes)
        times["bare baseline"].append(time.perf_counter() - t)
    med = {k: statistics.median(v) for k, v in times.items()}
    lines = ["## retrain: the hybrid coder learning from 1,000 decisions", "", f"Command: `{COMMAND}`  ",
             f"Machine: {machine()}", "", " ".join(__doc__.split("\n\n")[2].split("Writes")[0].split()), "",
             f"{len(decided)} decisions (respondent turns), {len(segs)} segments; median of {args.repeats} "
             "alternating runs:", "", "| run | seconds | ratio to bare baseline |", "|---|---|---|"]
    for k, v in med.items():
        lines.append(f"| {k} | {v:.2f} | {v / med['bare baseline']:.1f}x |")
    lines += ["", f"Target: retrain under 2 s: {'met' if med['retrain'] < 2 else 'NOT met'} "
              f"({med['retrain']:.2f} s)."]
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_write:
        print(f"wrote {update_section('benchmarks.md', 'retrain', text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
