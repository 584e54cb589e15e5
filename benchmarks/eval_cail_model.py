"""Accuracy of learned code suggestions (qualcode.coding._suggest.CodeSuggester) on real human coding: CAIL2019 element
identification (labour and divorce judgments, sentences expert-coded with 20 codes per domain).

Trains on the ``train`` half of benchmarks/_cail.py's fixed document-level split and scores the ``test`` half with
the default threshold (0.5; not tuned on the test half). Writes section ``cail-model`` of docs/accuracy.md, beside
the rule-based codebook numbers of section ``cail-rules`` (same data, same split).

    python benchmarks/eval_cail_model.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import _report  # noqa: E402
from _cail import DOMAINS, load  # noqa: E402

COMMAND = "python benchmarks/eval_cail_model.py"
THRESHOLDS = (0.3, 0.4, 0.5)
#: Learning curve: training sentences drawn as whole train-half documents (seeded), the size of a review round.
CURVE = (100, 300, 1000)


def subset(train: pd.DataFrame, n_sentences: int, seed: int = 0) -> pd.DataFrame:
    """Whole documents of the train half, in a seeded random order, until at least ``n_sentences`` sentences."""
    docs = np.random.default_rng(seed).permutation(train["doc"].unique())
    sizes = train.groupby("doc").size()
    keep, total = [], 0
    for d in docs:
        keep.append(d)
        total += int(sizes[d])
        if total >= n_sentences:
            break
    return train[train["doc"].isin(keep)]


def score(units: pd.DataFrame, proba, classes, threshold, gold: pd.DataFrame, codes) -> pd.DataFrame:
    """qualcode.evaluate's table (per code + micro + macro), exactly as section cail-rules scores the rules."""
    from qualcode.coding import evaluate

    i, j = np.nonzero(proba >= threshold)
    codings = pd.DataFrame({"seg_id": units["seg_id"].to_numpy()[i], "doc_id": units["doc_id"].to_numpy()[i],
                            "turn": units["turn"].to_numpy()[i], "code": np.asarray(classes, dtype=object)[j],
                            "coder": "auto:model"})
    return evaluate(codings, gold, codes=codes).set_index("code")


def fmt(x: float) -> str:
    return "–" if x != x else f"{x:.3f}"




def main() -> int:
    from qualcode.coding import CodeSuggester

    data = _report.shared_data()
    parts = [
        "## cail-model: learned suggestions (CodeSuggester) on CAIL2019",
        "",
        f"Command: `{COMMAND}`  ",
        f"Machine: {_report.machine()}",
        "",
        "`CodeSuggester()` with its defaults (word TF-IDF over jieba tokens + character 1-3-gram TF-IDF, one "
        "calibrated LinearSVC per code, class_weight=balanced, threshold 0.5), trained on the `train` half of the "
        "fixed document-level split in benchmarks/_cail.py and scored on the `test` half, sentence by sentence, "
        "multi-label, with `qualcode.coding._evaluate` exactly as section `cail-rules` scores the codebook rules (same "
        "sentences, same split, same scorer: macro = unweighted mean over the codes whose scores are defined "
        "(undefined ratios are NaN)), so the "
        "two sections sit side by side. The rules need no training data; the model needs coded examples — here "
        "thousands of expert-coded sentences, far more than a review sample gives — and cannot learn codes with "
        "a handful of positives (the rare codes), where hand-written rules still score.",
        "",
    ]
    overview = ["| domain | train sentences | test sentences | codes | micro P | micro R | micro F1 | macro F1 | "
                "micro kappa | fit+predict s |", "|---|---|---|---|---|---|---|---|---|---|"]
    sweep = ["| domain | threshold | micro P | micro R | micro F1 | macro F1 |", "|---|---|---|---|---|---|"]
    detail = []
    curve = ["| domain | training sentences | documents | codes with positives | micro F1 | macro F1 |",
             "|---|---|---|---|---|---|"]
    for domain in DOMAINS:
        df, names = load(data, domain)
        train, test = df[df["split"] == "train"], df[df["split"] == "test"]
        codes = sorted(names, key=lambda c: int("".join(ch for ch in c if ch.isdigit()) or 0))
        t0 = time.perf_counter()
        model = CodeSuggester().fit(train, "labels", codes=codes)
        proba = model.proba_matrix(test)
        seconds = time.perf_counter() - t0
        gold = pd.DataFrame({"seg_id": test["seg_id"], "doc_id": test["doc_id"], "turn": test["turn"],
                             "codes": test["labels"].map(";".join), "split": "test"})
        for th in THRESHOLDS:
            table = score(test, proba, model.classes_, th, gold, codes)
            micro, macro = table.loc["micro"], table.loc["macro"]
            sweep.append(f"| {domain} | {th} | {fmt(micro['precision'])} | {fmt(micro['recall'])} | "
                         f"{fmt(micro['f1'])} | {fmt(macro['f1'])} |")
            if th == model.threshold:
                overview.append(f"| {domain} | {len(train)} | {len(test)} | {len(codes)} | {fmt(micro['precision'])} "
                                f"| {fmt(micro['recall'])} | {fmt(micro['f1'])} | {fmt(macro['f1'])} | "
                                f"{fmt(micro['kappa'])} | {seconds:.1f} |")
                detail += [f"### {domain} (threshold {th})", "",
                           "| code | name | train positives | test support | precision | recall | F1 | kappa |",
                           "|---|---|---|---|---|---|---|---|"]
                for code in codes:
                    r = table.loc[code]
                    name = names.get(code, "").replace("|", "/")
                    detail.append(f"| {code} | {name} | {model.n_positive_.get(code, 0)} | {int(r['support'])} | "
                                  f"{fmt(r['precision'])} | {fmt(r['recall'])} | {fmt(r['f1'])} | {fmt(r['kappa'])} |")
                detail += [f"| **micro** | | | {int(micro['support'])} | {fmt(micro['precision'])} | "
                           f"{fmt(micro['recall'])} | {fmt(micro['f1'])} | {fmt(micro['kappa'])} |",
                           f"| **macro** | | | | {fmt(macro['precision'])} | {fmt(macro['recall'])} | "
                           f"{fmt(macro['f1'])} | {fmt(macro['kappa'])} |", ""]
        for n in CURVE:
            part = subset(train, n)
            small = CodeSuggester().fit(part, "labels", codes=codes)
            table = score(test, small.proba_matrix(test), small.classes_, small.threshold, gold, codes)
            learnable = sum(kind != "constant" for kind in small.kind_.values())
            curve.append(f"| {domain} | {len(part)} | {part['doc'].nunique()} | {learnable} | "
                         f"{fmt(table.loc['micro', 'f1'])} | {fmt(table.loc['macro', 'f1'])} |")
        curve.append(f"| {domain} | {len(train)} (all) | {train['doc'].nunique()} | "
                     f"{sum(k != 'constant' for k in model.kind_.values())} | {overview[-1].split(' | ')[6]} | "
                     f"{overview[-1].split(' | ')[7]} |")
        print(f"{domain}: done in {seconds:.1f}s", file=sys.stderr)
    parts += overview + ["", "Threshold sensitivity (reported, not used to pick the default):", ""] + sweep + [""]
    parts += ["Learning curve: trained on whole train-half documents drawn at random (seed 0) until the number of "
              "sentences is reached — the size of one or a few review rounds — and scored on the same test half "
              "(threshold 0.5):", ""] + curve + [""]
    parts += detail
    _report.update_section("accuracy.md", "cail-model", "\n".join(parts))
    print("\n".join(overview))
    return 0


if __name__ == "__main__":
    sys.exit(main())
