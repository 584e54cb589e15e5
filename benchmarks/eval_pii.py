"""Recall and precision of qualcode's PII detector on the constructed test set in tests/pii/.

    python benchmarks/eval_pii.py

Writes the ``pii`` section of docs/accuracy.md: the tuning set (P01-P14, written before the detector and then used
to tune it), held-out set 1 (H01-H04, written after the first tuning round; its misses then informed a second round)
and held-out set 2 (H05-H08, written after the second round and never tuned on: the honest estimate).
A gold item counts as found when a predicted span of the same type overlaps it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

from _report import REPO, machine, update_section  # noqa: E402  (also puts src/ on sys.path)

from qualcode.privacy import detect_pii, load_names, score_pii  # noqa: E402

PII = REPO / "tests" / "pii"
COMMAND = "python benchmarks/eval_pii.py"


def evaluate(folder: Path, names_path: Path | None) -> tuple[pd.DataFrame, float, int]:
    names = load_names(names_path) if names_path is not None and names_path.is_file() else None
    gold = pd.read_csv(folder / "answer_key.csv", dtype={"doc_id": str}, encoding="utf-8")
    predicted = {}
    chars = 0
    t0 = time.perf_counter()
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        predicted[path.stem] = detect_pii(text, names=names)
    return score_pii(predicted, gold), time.perf_counter() - t0, chars


def table(scores: pd.DataFrame) -> str:
    lines = ["| type | gold | predicted | recall | precision | exact boundaries |", "|---|---:|---:|---:|---:|---:|"]
    for r in scores.itertuples(index=False):
        rec = "-" if pd.isna(r.recall) else f"{r.recall:.3f}"
        prec = "-" if pd.isna(r.precision) else f"{r.precision:.3f}"
        name = f"**{r.type}**" if r.type == "all" else r.type
        lines.append(f"| {name} | {r.n_gold} | {r.n_pred} | {rec} | {prec} | {r.exact}/{r.n_gold} |")
    return "\n".join(lines)


def main() -> int:
    detect_pii("我叫张伟。")  # load jieba's dictionary before timing
    tune, t_tune, c_tune = evaluate(PII, PII / "names.csv")
    hold, t_hold, c_hold = evaluate(PII / "holdout", None)
    hold2, t_hold2, c_hold2 = evaluate(PII / "holdout2", None)
    t_hold += t_hold2
    c_all = c_tune + c_hold + c_hold2
    md = f"""## PII detection (`pii`)

Command: `{COMMAND}` — machine: {machine()}.

Constructed transcripts seeded with known personal information (tests/pii/README.md). A gold item is found when a
predicted span of the same type overlaps it; a prediction is correct when it overlaps a gold item of its type.

**Tuning set** (tests/pii/P01-P14, {c_tune} characters, names.csv used; written before the detector, then used to
tune it, so these numbers are optimistic):

{table(tune)}

**Held-out set 2** (tests/pii/holdout2/H05-H08, {c_hold2} characters, no names.csv; written after all tuning and
never tuned on — the honest estimate, on a small sample):

{table(hold2)}

**Held-out set 1** (tests/pii/holdout/H01-H04, {c_hold} characters, no names.csv). Its first run gave person recall
19/22 = 0.864 (precision 1.000, every structured type 1.000); its misses (names with no cue: 大的石磊磊上初二,
娘家兄弟傅春雷, 校长龙建华很重视) led to a second tuning round (a surname token followed by a name-tagged given-name
token; more kinship words), so today's numbers on it are optimistic too:

{table(hold)}

Names without a surname (Mongolian names such as 巴特尔, 乌云其其格) are only found through a names table.
Detection speed: {c_all / (t_tune + t_hold):,.0f} characters/s (jieba loaded; shared 2-core machine).
"""
    path = update_section("accuracy.md", "pii", md)
    print(md)
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
