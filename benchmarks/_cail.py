"""CAIL2019 element-identification data (../shared/data/cail2019_element_multilabel): loader and the fixed split.

The split is by document (line of the .jsonl file): 0-based line index even -> ``train``, odd -> ``test``. Codebooks
and classifiers are written or trained on ``train`` only and scored on ``test``; every benchmark uses this function
so that the rule-based and learned numbers in docs/accuracy.md are comparable.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd

DOMAINS = ("labor", "divorce")


def load(data_dir: Path, domain: str) -> tuple[pd.DataFrame, dict[str, str]]:
    """Sentences as a table ``seg_id, doc, doc_id, turn, sentence, text, labels (list), split`` (each sentence is
    one unit, keyed by doc_id and turn like a turn of an interview) and the code->Chinese-name map."""
    folder = Path(data_dir) / "cail2019_element_multilabel"
    rows = []
    with open(folder / f"{domain}_data_small_selected.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(ln for ln in fh if ln.strip()):
            for j, item in enumerate(json.loads(line)):
                rows.append({
                    "seg_id": f"{domain}{i:04d}:{j + 1}",
                    "doc": i,
                    "doc_id": f"{domain}{i:04d}",
                    "turn": j + 1,
                    "sentence": j + 1,
                    "text": item["sentence"],
                    "labels": list(item["labels"]),
                    "split": "train" if i % 2 == 0 else "test",
                })
    with open(folder / f"{domain}_tags.csv", encoding="utf-8") as fh:
        names = {r["code"]: r["name_zh"] for r in csv.DictReader(fh)}
    return pd.DataFrame(rows), names
