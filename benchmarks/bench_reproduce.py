"""Time of the whole study (qualcode reproduce) on the bundled corpus: first run with an empty cache, then a rerun.

    python benchmarks/bench_reproduce.py

Writes the `reproduce` section of docs/benchmarks.md. The rerun reuses the segmentation and topic-sweep caches; the
tables it produces are compared with the first run's (they must be identical).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from _report import REPO, machine, update_section


def main() -> int:
    from qualcode.report import write_study
    from qualcode.study import run_study

    corpus, codebook = REPO / "corpora/chifeng", REPO / "codebooks/children_in_distress.yaml"
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        times, outs = [], []
        for run in ("first run (empty cache)", "rerun (cache warm)"):
            t0 = time.perf_counter()
            res = run_study(corpus, codebook, cache_dir=cache)
            written = write_study(res, Path(tmp) / f"out{len(times)}", constructed=True)
            times.append((run, time.perf_counter() - t0))
            outs.append(written)
        same = all(outs[0][n].read_bytes() == outs[1][n].read_bytes()
                   for n in ("codings.csv", "segments.csv", "findings.csv"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = "\n".join(f"| {name} | {sec:.1f} |" for name, sec in times)
    command = "Command: `python benchmarks/bench_reproduce.py`  "  # two spaces: a Markdown line break
    md = f"""## reproduce: the whole study on the bundled corpus

{command}
Machine: {machine()}

`run_study` + `write_study` with the defaults of `qualcode reproduce` (sentence coding unit, topic sweep k = 4..10 x 3
seeds on turns, seeded final model, 1000 bootstrap resamples, pseudonymised quotes), timed in one process; package
installation is not included.

| run | seconds |
|---|---|
{rows}

Rerun / first run: {times[1][1] / times[0][1]:.2f}. Codings, segments and findings identical between the runs:
{"yes" if same else "NO"}. Peak resident memory {peak:.0f} MB.
"""
    update_section("benchmarks.md", "reproduce", md)
    print(md)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
