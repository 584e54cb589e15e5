"""The hybrid coder on CAIL2019 element identification (real expert coding), beside the rules and the learned model.

    python benchmarks/eval_cail_hybrid.py [--no-write]

Same data, split and scorer as sections cail-rules and cail-model (benchmarks/_cail.py: documents with an even line
number are train, odd are test; unit = the sentence as given; qualcode.coding.evaluate, macro = unweighted mean over
all 20 codes). Three coders from one class, HybridCoder(codebook, unit="segment") with its defaults, trained on the
train half: the rules alone (no training data), the learned model alone (rules=False) and the hybrid. The codebooks
codebooks/cail_labor.yaml and cail_divorce.yaml were written from the train half only. Nothing here was tuned on
CAIL: the defaults are the ones chosen on the Chifeng training data (section hybrid-cv).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd  # noqa: E402

import _cail  # noqa: E402
from _report import REPO, machine, shared_data, update_section  # noqa: E402
from eval_cail_rules import segments as cail_segments  # noqa: E402
from qualcode.coding import HybridCoder, evaluate, load_codebook  # noqa: E402

COMMAND = "python benchmarks/eval_cail_hybrid.py"
CODERS = {"rules": None, "learned model": {"rules": False}, "hybrid": {}}


def score(domain: str, data_dir: Path) -> list[dict]:
    df, names = _cail.load(data_dir, domain)
    codebook = load_codebook(REPO / "codebooks" / f"cail_{domain}.yaml")
    codes = sorted(names, key=lambda c: int(c[2:]))
    train, test = df[df["split"] == "train"], df[df["split"] == "test"]
    tr_seg, te_seg = cail_segments(train), cail_segments(test)
    gold_tr, gold_te = (pd.DataFrame({"seg_id": d["seg_id"], "doc_id": d["doc_id"], "turn": d["turn"],
                                      "codes": d["labels"].map(";".join)}) for d in (train, test))
    rows = []
    for name, params in CODERS.items():
        t0 = time.perf_counter()
        coder = HybridCoder(codebook, unit="segment", codes=codes, **(params or {}))
        coder.fit(tr_seg, None if params is None else gold_tr)
        codings = coder.code(te_seg, explain=False)
        seconds = time.perf_counter() - t0
        ev = evaluate(codings, gold_te, codes=codes).set_index("code")
        rows.append({"domain": domain, "coder": name, "train": len(train), "test": len(test),
                     "micro_p": ev.loc["micro", "precision"], "micro_r": ev.loc["micro", "recall"],
                     "micro_f1": ev.loc["micro", "f1"], "macro_f1": ev.loc["macro", "f1"],
                     "micro_kappa": ev.loc["micro", "kappa"], "seconds": seconds,
                     "per_code": ev.loc[codes, "f1"].to_dict(), "names": names})
        print(f"{domain} {name}: micro-F1 {rows[-1]['micro_f1']:.3f} macro-F1 {rows[-1]['macro_f1']:.3f} "
              f"({seconds:.0f} s)", flush=True)
    return rows


def markdown(rows: list[dict]) -> str:
    lines = ["## cail-hybrid: rules, learned model and hybrid on CAIL2019", "", f"Command: `{COMMAND}`  ",
             f"Machine: {machine()}", "", " ".join(__doc__.split("\n\n")[2].split()), "",
             "| domain | coder | train sentences | test sentences | micro P | micro R | micro F1 | macro F1 | "
             "micro kappa | fit + code s |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['domain']} | {r['coder']} | {r['train']} | {r['test']} | {r['micro_p']:.3f} | "
                     f"{r['micro_r']:.3f} | {r['micro_f1']:.3f} | {r['macro_f1']:.3f} | {r['micro_kappa']:.3f} | "
                     f"{r['seconds']:.0f} |")
    for domain in dict.fromkeys(r["domain"] for r in rows):
        got = [r for r in rows if r["domain"] == domain]
        names = got[0]["names"]
        lines += ["", f"### {domain}: F1 per code (test half)", "",
                  "| code | name | " + " | ".join(r["coder"] for r in got) + " |", "|---|---|" + "---|" * len(got)]
        for code in got[0]["per_code"]:
            lines.append(f"| {code} | {names.get(code, '')} | " +
                         " | ".join(f"{r['per_code'][code]:.2f}" for r in got) + " |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    data = shared_data()
    rows = [r for d in _cail.DOMAINS for r in score(d, data)]
    text = markdown(rows)
    print(text)
    if "--no-write" not in argv:
        print(f"wrote {update_section('accuracy.md', 'cail-hybrid', text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
