"""What changed in the bundled study's findings when 'qualcode reproduce' started coding through the one pipeline.

    python benchmarks/eval_pipeline_change.py

Before issue 10, run_study segmented respondent turns only, so the study codebook's answer rules (which judge a
short answer by the interviewer's question) never fired in 'qualcode reproduce', 'qualcode report', the README
snippet or the notebooks, while 'qualcode code' applied them. This script codes the bundled corpus both ways on the
same segments (AutoCoder(questions=False) is exactly the old behaviour) and writes the ``pipeline-change`` section of
docs/accuracy.md: codings, respondents per theme and role, and the scores against the gold coding.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


import qualcode as qc  # noqa: E402
from _report import REPO, machine, update_section  # noqa: E402

COMMAND = "python benchmarks/eval_pipeline_change.py"


def main() -> None:
    corpus = qc.read_corpus(REPO / "corpora" / "chifeng")
    codebook = qc.load_codebook(REPO / "codebooks" / "children_in_distress.yaml")
    gold = qc.read_gold(sorted((REPO / "corpora" / "chifeng" / "gold").glob("*.csv")))
    coded = qc.code_corpus(corpus, codebook)
    before = qc.AutoCoder(codebook, questions=False).code(coded.segments)
    now = coded.codings
    themes = [c.id for c in codebook.codes if c.rules]
    ct = {name: qc.crosstab(c, coded.segments, by="role", unit="respondent", codebook=codebook, codes=themes)
          for name, c in (("before", before), ("now", now))}
    merged = ct["before"].merge(ct["now"], on=["code", "group"], suffixes=("_before", "_now"))
    changed = merged[merged["n_before"] != merged["n_now"]]
    rows = [f"| {r.code} | {r.group} | {r.n_before}/{r.total_now} | {r.n_now}/{r.total_now} |"
            for r in changed.itertuples(index=False)]
    ev = {name: qc.evaluate(c, gold, codes=themes).set_index("code") for name, c in (("before", before), ("now", now))}
    md = ["## pipeline-change: answer rules now fire in `qualcode reproduce` (issue 10)", "",
          f"Command: `{COMMAND}`  ", f"Machine: {machine()}", "",
          "Before, `run_study` (behind `qualcode reproduce`, `qualcode report`, the README and the notebooks) "
          "segmented respondent turns only, so the codebook's answer rules, which judge a short answer such as "
          "没有。 by the interviewer's question before it, never fired there, while `qualcode code` applied them. "
          "Every entry point now codes through `qualcode.code_corpus` (tests/test_one_pipeline.py). On the bundled "
          f"corpus: **{len(before)} codings before, {len(now)} now** "
          f"({len(now) - len(before):+d}, all from answer rules).", "",
          "Respondents raising a theme (findings table cells) that changed:", "",
          "| theme | role | before | now |", "|---|---|---|---|", *(rows or ["| (none) | | | |"]), "",
          "Scores against the human gold coding (all 374 respondent turns of corpora/chifeng, tuned on):", "",
          "| | macro-F1 | micro-F1 | macro recall | macro precision |", "|---|---|---|---|---|"]
    for name in ("before", "now"):
        t = ev[name]
        md.append(f"| {name} | {t.loc['macro', 'f1']:.3f} | {t.loc['micro', 'f1']:.3f} "
                  f"| {t.loc['macro', 'recall']:.3f} | {t.loc['macro', 'precision']:.3f} |")
    md += ["", "The accuracy figures in the `coding` section below were already measured with the answer rules "
           "(benchmarks/eval_chifeng.py segmented all speakers); they do not change."]
    print("\n".join(md))
    update_section("accuracy.md", "pipeline-change", "\n".join(md))


if __name__ == "__main__":
    main()
