"""Training and development data of the hybrid coder, and document-grouped cross-validation.

The corpora read here are corpora/chifeng, corpora/chifeng_blind (the first blind set, spent) and
corpora/chifeng_train. corpora/chifeng_blind2 (the new blind set) is NEVER read here: only
benchmarks/eval_blind2.py reads it, once, for the final score.

Groups for cross-validation: ``doc_id`` (an interview) and ``writer`` (who wrote it, in which voices: TA dialect
elders + herders, TB hurried officials + pastoral cadres, TC rambling, TD speech-to-text + terse, chifeng, blind1),
so that leave-one-writer-out estimates how the coder does on voices it has never seen.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import REPO  # noqa: E402
from qualcode.coding import code_corpus, evaluate, load_codebook, read_gold  # noqa: E402
from qualcode.ingest import read_corpus  # noqa: E402

CODEBOOK = REPO / "codebooks" / "children_in_distress.yaml"
TRAIN_CORPORA = ("chifeng", "chifeng_blind", "chifeng_train")
THEMES = ["publicity_weak", "misreporting", "communication_poor", "supervision_weak", "leadership_system",
          "diversified_rescue", "fund_guarantee", "staff_capacity", "family_hardship"]


def writer_of(doc_id: str, corpus: str) -> str:
    if corpus == "chifeng_train":
        return doc_id[:2]
    return {"chifeng": "chifeng", "chifeng_blind": "blind1"}[corpus]


def load(corpora=TRAIN_CORPORA):
    """``(codebook, segments, gold)``: the pipeline's segments of every corpus (all speakers, sentences) and the
    gold units with ``corpus`` and ``writer`` columns."""
    assert "chifeng_blind2" not in corpora
    codebook = load_codebook(CODEBOOK)
    segs, golds = [], []
    for name in corpora:
        folder = REPO / "corpora" / name
        coded = code_corpus(read_corpus(folder), codebook)
        s = coded.segments.assign(corpus=name)
        segs.append(s)
        g = read_gold(sorted((folder / "gold").glob("*.csv")))
        g = g.assign(corpus=name, writer=[writer_of(d, name) for d in g["doc_id"]])
        golds.append(g)
    segments = pd.concat(segs, ignore_index=True)
    segments.attrs["speakers"] = "all"
    gold = pd.concat(golds, ignore_index=True)
    gold["codes"] = gold["codes"].fillna("")
    if "voice" not in gold.columns:
        voice = segments.drop_duplicates("doc_id").set_index("doc_id")["voice"] if "voice" in segments else {}
        gold["voice"] = gold["doc_id"].map(voice).fillna(gold["corpus"])
    return codebook, segments, gold


def folds(gold: pd.DataFrame, by: str, n: int = 5, seed: int = 0):
    """Lists of held-out doc_ids: ``by="doc"`` n folds of whole interviews; ``by="writer"`` one fold per writer."""
    if by == "writer":
        return [sorted(set(gold.loc[gold["writer"] == w, "doc_id"])) for w in sorted(gold["writer"].unique())]
    docs = np.array(sorted(gold["doc_id"].unique()))
    rng = np.random.default_rng(seed)
    rng.shuffle(docs)
    return [sorted(docs[i::n]) for i in range(n)]


def crossval(make, codebook, segments, gold, by="writer", n=5, seed=0, extra=None):
    """Out-of-fold codings of every gold unit: ``make()`` returns an unfitted coder with fit(segments, labels) and
    code(segments). Returns (codings table of all folds, per-fold list of (held-out docs, evaluate table))."""
    parts, per_fold = [], []
    for held in folds(gold, by, n, seed):
        held = set(held)
        train_docs = set(gold["doc_id"]) - held
        tr_seg = segments[segments["doc_id"].isin(train_docs)]
        te_seg = segments[segments["doc_id"].isin(held)]
        tr_seg.attrs["speakers"] = te_seg.attrs["speakers"] = "all"
        coder = make().fit(tr_seg, gold[gold["doc_id"].isin(train_docs)])
        cod = coder.code(te_seg, explain=False)
        parts.append(cod)
        per_fold.append((sorted(held), evaluate(cod, gold[gold["doc_id"].isin(held)], codes=THEMES)))
    return pd.concat(parts, ignore_index=True), per_fold


def summary(codings, gold) -> dict:
    ev = evaluate(codings, gold, codes=THEMES).set_index("code")
    return {"macro_f1": ev.loc["macro", "f1"], "kappa": ev.loc["macro", "kappa"], "micro_f1": ev.loc["micro", "f1"],
            "table": ev}
