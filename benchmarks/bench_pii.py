"""Speed of person-name detection (``find_names``) and of all PII detection (``detect_pii``), against the detector
before issue 11 on the same text, in the same process.

    python benchmarks/bench_pii.py [--before 255f148] [--repeat 3]

Writes the ``pii`` section of docs/benchmarks.md. Text: every transcript of the bundled corpora (corpora/*, about
0.4 million characters, no text repeated), one call per document as the pseudonymiser makes them. The old detector
is the package at ``--before`` imported from git side by side (benchmarks/_legacy.py); it tagged words with jieba's
pure-Python part-of-speech HMM. The new one tags with the dictionary route of rjieba (``backend="rjieba"``) or, when
rjieba is not installed, of jieba (``backend="jieba"``): both rows are measured. Calls alternate between detectors
and the best of ``--repeat`` runs is kept, so machine load hits all alike. Accuracy: benchmarks/eval_pii.py.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _legacy import BEFORE_ISSUE_11, load_legacy  # noqa: E402
from _report import REPO, machine, update_section  # noqa: E402
from qualcode.privacy import detect_pii  # noqa: E402
from qualcode.privacy._name_tokens import resolve_name_backend  # noqa: E402
from qualcode.privacy._names import find_names  # noqa: E402

COMMAND = "python benchmarks/bench_pii.py"
#: The detector before the learned name model (qualcode.privacy._name_model): what the model costs.
BEFORE_NAME_MODEL = "75e4ca6"
#: The detector before every mention of a name was looked at together (round 5): what that costs.
BEFORE_MENTIONS = "c7a0d91"


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted((REPO / "corpora").rglob("*.txt")):
        texts.append(path.read_bytes().decode("utf-8", "replace"))
    return texts


def best(fn, texts: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - t0)
    return min(times)


def measure(texts: list[str], rev: str, repeat: int) -> dict[str, float]:
    legacy = load_legacy(rev).privacy
    runs = {
        "find_names, before": legacy._names.find_names,
        "find_names, rjieba": lambda t: find_names(t, "rjieba"),
        "find_names, jieba": lambda t: find_names(t, "jieba"),
        "detect_pii, before": legacy.detect_pii,
        f"detect_pii, {BEFORE_NAME_MODEL} (before the name model)": load_legacy(BEFORE_NAME_MODEL).privacy.detect_pii,
        f"detect_pii, {BEFORE_MENTIONS} (before the mention steps)": load_legacy(BEFORE_MENTIONS).privacy.detect_pii,
        "detect_pii, now": detect_pii,
    }
    if resolve_name_backend() != "rjieba":
        del runs["find_names, rjieba"]
    for fn in runs.values():  # load every dictionary before timing
        fn("我叫张伟，乌日娜也来了。")
    out = {name: [] for name in runs}
    for _ in range(repeat):  # alternate, so that load on the shared machine hits all alike
        for name, fn in runs.items():
            out[name].append(best(fn, texts, 1))
    return {name: min(ts) for name, ts in out.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", default=BEFORE_ISSUE_11)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = corpus_texts()
    chars = sum(map(len, texts))
    t = measure(texts, args.before, args.repeat)
    rows = ["| call | seconds | characters/s | speed-up over the old call |", "|---|---:|---:|---:|"]
    for name, sec in t.items():
        old = t["find_names, before"] if name.startswith("find_names") else t["detect_pii, before"]
        rows.append(f"| `{name}` | {sec:.2f} | {chars / sec:,.0f} | {old / sec:.1f}x |")
    command = COMMAND if args.before == BEFORE_ISSUE_11 else f"{COMMAND} --before {args.before}"
    md = f"""## PII detection speed (`pii`)

Command: `{command}` (best of {args.repeat}, calls alternating) — machine: {machine()}.

Text: the {len(texts)} transcripts of corpora/ ({chars:,} characters, none repeated), one call per document. "Before"
is the detector at commit `{args.before}` (jieba's part-of-speech HMM over every clause where a name might hide),
imported from git and run in the same process on the same text. Now: jieba's dictionary route without the HMM
(rjieba, or jieba when rjieba is not installed: the same words and results, see tests/test_pii_issue11.py), a
surname + given-name character merge instead of the HMM, and the rules over parallel word lists. The row at
`{BEFORE_NAME_MODEL}` is the detector before the learned name model (its fitting, once per process, is not timed: about
half a second, with the dictionaries); the row at `{BEFORE_MENTIONS}` the one before the mention steps (every mention
of a name looked at together, names after role words).

{chr(10).join(rows)}

`detect_pii` also finds numbers, addresses, QQ/WeChat ids and schools (the old one had no QQ, WeChat or schools);
its address pattern now runs only near the words every address contains. Recall and precision of both detectors,
per category, are in docs/accuracy.md (`pii`).
"""
    path = update_section("benchmarks.md", "pii", md)
    print(md)
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
