"""Learning curve of the hybrid coder: macro-F1 after 0, 50, 100, 200 and 400 coder decisions, with the review
queue ordered by active learning (least sure first, rule/model disagreement first) against a random order.

    python benchmarks/learning_curve.py [--seeds 0,1,2] [--no-write]

Protocol: leave one writer out. For each of the four training writers of corpora/chifeng_train (TA dialect elders
and herders, TB officials and cadres, TC rambling, TD speech-to-text and terse answers), its interviews are the
test set; the pool a coder reviews is everything else (the other three writers, corpora/chifeng and
corpora/chifeng_blind). A decision = one respondent turn coded in full (its gold codes). 0 decisions = the rules
alone. Both orders start with the same 25 random turns (the first batch: nothing is learned yet); then the active
order takes the next 25 least-sure turns of the pool by the coder retrained on everything decided so far, the random
order 25 more at random, and so on up to 400. Scores: macro-F1 and macro kappa over the nine themes on the test
writer, averaged over the four writers; mean and range over the seeds. corpora/chifeng_blind2 is not read.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import _hybrid_data as D  # noqa: E402
from _report import machine, update_section  # noqa: E402
from qualcode.coding import HybridCoder, evaluate, next_batch  # noqa: E402

COMMAND = "python benchmarks/learning_curve.py"
SIZES = (0, 50, 100, 200, 400)
BATCH = 25
WRITERS = ("TA", "TB", "TC", "TD")


def _score(coder, test_segs, test_gold) -> tuple[float, float]:
    ev = evaluate(coder.code(test_segs, explain=False), test_gold, codes=D.THEMES).set_index("code")
    return float(ev.loc["macro", "f1"]), float(ev.loc["macro", "kappa"])


def curve(codebook, segments, gold, writer: str, strategy: str, seed: int, params: dict) -> list[dict]:
    test_docs = set(gold.loc[gold["writer"] == writer, "doc_id"])
    pool_segs = segments[~segments["doc_id"].isin(test_docs)]
    test_segs = segments[segments["doc_id"].isin(test_docs)]
    pool_segs.attrs["speakers"] = test_segs.attrs["speakers"] = "all"
    pool_gold = gold[~gold["doc_id"].isin(test_docs)].set_index("seg_id")
    test_gold = gold[gold["doc_id"].isin(test_docs)]
    rng = np.random.default_rng(seed)
    chosen: list[str] = []
    rows = []
    coder = HybridCoder(codebook, **params).fit(pool_segs, None)
    ids = list(pool_gold.index)
    for size in SIZES:
        while len(chosen) < size:
            n = min(BATCH, size - len(chosen))
            if strategy == "random" or not chosen:
                left = [u for u in ids if u not in set(chosen)]
                chosen += [left[i] for i in rng.permutation(len(left))[:n]]
            else:
                chosen += next_batch(coder, pool_segs, n, exclude=chosen, seed=seed)
            labels = pool_gold.loc[chosen].reset_index()
            coder = HybridCoder(codebook, **params).fit(pool_segs, labels)
        f1, kappa = _score(coder, test_segs, test_gold)
        rows.append({"writer": writer, "strategy": strategy, "seed": seed, "decisions": size, "f1": f1,
                     "kappa": kappa})
        print(f"{writer} {strategy:11s} seed {seed} {size:4d} decisions: macro-F1 {f1:.3f} kappa {kappa:.3f}",
              flush=True)
    return rows


def full_pool(codebook, segments, gold, writer: str, params: dict) -> dict:
    test_docs = set(gold.loc[gold["writer"] == writer, "doc_id"])
    pool_segs = segments[~segments["doc_id"].isin(test_docs)]
    test_segs = segments[segments["doc_id"].isin(test_docs)]
    pool_segs.attrs["speakers"] = test_segs.attrs["speakers"] = "all"
    pool_gold = gold[~gold["doc_id"].isin(test_docs)]
    coder = HybridCoder(codebook, **params).fit(pool_segs, pool_gold)
    f1, kappa = _score(coder, test_segs, gold[gold["doc_id"].isin(test_docs)])
    return {"writer": writer, "decisions": len(pool_gold), "f1": f1, "kappa": kappa}


def markdown(res: pd.DataFrame, full: pd.DataFrame, seeds: list[int], seconds: float) -> str:
    lines = ["## hybrid-learning-curve: learning from coders, active vs random order", "",
             f"Command: `{COMMAND}`  ", f"Machine: {machine()}; {seconds / 60:.0f} min", "",
             __doc__.split("\n\n", 2)[2].strip().replace("\n", " "), "",
             f"Macro-F1 (macro kappa) on the held-out writer, mean over {len(WRITERS)} writers; mean [min-max] over "
             f"seeds {', '.join(map(str, seeds))}:", "",
             "| decisions | random order | active learning (least sure first) |", "|---|---|---|"]
    per_seed = res.groupby(["strategy", "decisions", "seed"])[["f1", "kappa"]].mean().reset_index()
    for size in SIZES:
        cells = []
        for strategy in ("random", "uncertainty"):
            s = per_seed[(per_seed["strategy"] == strategy) & (per_seed["decisions"] == size)]
            cells.append(f"{s['f1'].mean():.3f} [{s['f1'].min():.3f}-{s['f1'].max():.3f}] "
                         f"({s['kappa'].mean():.3f})")
        lines.append(f"| {size}{' (rules alone)' if size == 0 else ''} | {cells[0]} | {cells[1]} |")
    lines.append(f"| whole pool ({int(full['decisions'].mean())} on average) | {full['f1'].mean():.3f} "
                 f"({full['kappa'].mean():.3f}) | |")
    lines += ["", "Per writer (mean over seeds, macro-F1):", "",
              "| writer | strategy | " + " | ".join(str(s) for s in SIZES) + " | whole pool |",
              "|---|---|" + "---|" * (len(SIZES) + 1)]
    for w in WRITERS:
        for strategy in ("random", "uncertainty"):
            s = res[(res["writer"] == w) & (res["strategy"] == strategy)].groupby("decisions")["f1"].mean()
            lines.append(f"| {w} | {strategy} | " + " | ".join(f"{s.get(n, np.nan):.3f}" for n in SIZES)
                         + f" | {full.set_index('writer').loc[w, 'f1']:.3f} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",")]
    t0 = time.perf_counter()
    codebook, segments, gold = D.load()
    params: dict = {}  # HybridCoder's defaults
    rows = []
    for writer in WRITERS:
        for seed in seeds:
            for strategy in ("random", "uncertainty"):
                rows += curve(codebook, segments, gold, writer, strategy, seed, params)
    full = pd.DataFrame([full_pool(codebook, segments, gold, w, params) for w in WRITERS])
    res = pd.DataFrame(rows)
    text = markdown(res, full, seeds, time.perf_counter() - t0)
    print(text)
    if not args.no_write:
        print(f"wrote {update_section('accuracy.md', 'hybrid-learning-curve', text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
