"""Scale: a 10-million-character study, memory on 100 million characters, Dask overhead, recode, --help.

    python benchmarks/bench_scale.py [--chars 10000000] [--big-chars 100000000] [--skip-big]

Synthetic corpora are built in a temporary folder from the bundled transcripts (benchmarks/_synth.py: turns
recombined clause by clause, so text is not repeated) and deleted afterwards. Every command runs in a fresh
process with an empty cache; wall-clock and CPU seconds (user + system of the process and its children) and peak
resident memory are reported, since the 2 cores of this machine are shared with other jobs (CPU seconds are the
steadier figure). Writes the `scale` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import REPO, machine, update_section
from _synth import make_corpus

PY = sys.executable
CODEBOOK = str(REPO / "codebooks/children_in_distress.yaml")
_RUNNER = r"""
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
stamps = []
p = subprocess.Popen(sys.argv[1:], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
for line in p.stderr:
    stamps.append((round(time.perf_counter() - t0, 2), line.rstrip()))
rc = p.wait()
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "peak_mb": ru.ru_maxrss / 1024,
                  "stamps": stamps}))
"""


def timed(cmd: list[str], env: dict) -> dict:
    """Run ``cmd`` in a fresh process: wall and CPU seconds, peak resident memory, stderr lines with times."""
    out = subprocess.run([PY, "-c", _RUNNER, *cmd], capture_output=True, text=True, env=env, check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    if got["rc"] != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n" + "\n".join(s for _t, s in got["stamps"][-20:]))
    return got


def qualcode(*args: str) -> list[str]:
    return [PY, "-m", "qualcode.cli", *args]


def env_with(cache: Path) -> dict:
    env = dict(os.environ, QUALCODE_CACHE_DIR=str(cache), QUALCODE_PROGRESS="0")
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def bench_reproduce(tmp: Path, corpus: Path) -> dict:
    cache = tmp / "cache-reproduce"
    first = timed(qualcode("reproduce", "--corpus", str(corpus), "--out", str(tmp / "out1")), env_with(cache))
    again = timed(qualcode("reproduce", "--corpus", str(corpus), "--out", str(tmp / "out2")), env_with(cache))
    same = all((tmp / "out1" / n).read_bytes() == (tmp / "out2" / n).read_bytes()
               for n in ("codings.csv", "findings.csv"))
    return {"first": first, "again": again, "same": same}


def bench_memory(tmp: Path, corpus: Path, label: str) -> dict:
    env = env_with(tmp / f"cache-{label}")
    code = timed(qualcode("code", str(corpus), "--codebook", CODEBOOK, "--engine", "chunks",
                          "--out", str(tmp / f"{label}.parquet")), env)
    cross = timed(qualcode("crosstab", str(corpus), "--codebook", CODEBOOK, "--engine", "chunks",
                           "--out", str(tmp / f"{label}-crosstab.csv")), env)
    return {"code": code, "crosstab": cross, "parquet_mb": (tmp / f"{label}.parquet").stat().st_size / 1e6}


def bench_memory_engine(tmp: Path, corpus: Path) -> dict:
    env = env_with(tmp / "cache-memory-engine")
    return timed(qualcode("code", str(corpus), "--codebook", CODEBOOK, "--engine", "memory",
                          "--out", str(tmp / "memory.csv")), env)


_DASK = r"""
import json, sys, time, os
from pathlib import Path
import pandas as pd
sys.path.insert(0, os.environ["QC_SRC"])
from qualcode.scale import code_scaled
corpus, codebook, what = sys.argv[1], sys.argv[2], sys.argv[3]
def run(**kw):
    t = time.perf_counter(); c = time.process_time()
    r = code_scaled(corpus, codebook, collect=True, cache_dir=False, **kw)
    return r, time.perf_counter() - t
if __name__ == "__main__":
    if what == "cluster":
        from distributed import Client, LocalCluster
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
                Client(cl) as client:
            client.run(lambda: None)
            r, wall = run(engine="dask", scheduler=client)
    elif what == "chunks":
        r, wall = run(engine="chunks")
    else:
        r, wall = run(engine="dask", scheduler="processes", workers=int(what))
    r.codings.to_pickle(sys.argv[4])
    print(json.dumps({"wall": wall, "chunks": r.n_chunks, "codings": r.n_codings}))
"""


def bench_dask(tmp: Path, corpus: Path) -> dict:
    env = env_with(tmp / "cache-dask")
    env["QC_SRC"] = str(REPO / "src")
    script = tmp / "dask_run.py"
    script.write_text(_DASK, encoding="utf-8")
    out = {}
    for what in ("chunks", "1", "2", "cluster"):
        res = subprocess.run([PY, str(script), str(corpus), CODEBOOK, what, str(tmp / f"dask-{what}.pkl")],
                             capture_output=True, text=True, env=env, check=True)
        out[what] = json.loads(res.stdout.strip().splitlines()[-1])
    import pandas as pd

    base = pd.read_pickle(tmp / "dask-chunks.pkl")
    out["identical"] = all(pd.read_pickle(tmp / f"dask-{w}.pkl").equals(base) for w in ("1", "2", "cluster"))
    return out


def bench_help(tmp: Path) -> dict:
    env = env_with(tmp / "cache-help")
    best = {}
    for name, cmd in (("qualcode --help", qualcode("--help")), ("import qualcode", [PY, "-c", "import qualcode"]),
                      ("python -c pass", [PY, "-c", "pass"])):
        times = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run(cmd, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - t)
        best[name] = min(times)
    return best


def fmt(r: dict) -> str:
    return f"{r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU, peak {r['peak_mb']:.0f} MB"


def steps(r: dict) -> str:
    return "; ".join(f"{t:.0f} s {s.replace('[qualcode] ', '')}" for t, s in r["stamps"] if "[qualcode]" in s)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--chars", type=int, default=10_000_000)
    ap.add_argument("--big-chars", type=int, default=100_000_000)
    ap.add_argument("--dask-chars", type=int, default=3_000_000)
    ap.add_argument("--skip-big", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        syn = make_corpus(tmp / "syn", args.chars, seed=0)
        rep = bench_reproduce(tmp, tmp / "syn")
        mem_small = bench_memory(tmp, tmp / "syn", "small")
        mem_engine = bench_memory_engine(tmp, tmp / "syn")
        dsyn = make_corpus(tmp / "dsyn", args.dask_chars, seed=2)
        dask = bench_dask(tmp, tmp / "dsyn")
        helps = bench_help(tmp)
        big = None
        if not args.skip_big:
            bsyn = make_corpus(tmp / "big", args.big_chars, seed=1)
            big = (bsyn, bench_memory(tmp, tmp / "big", "big"))
    lines = [
        "## scale: large corpora",
        "",
        f"Command: `python benchmarks/bench_scale.py --chars {args.chars} --big-chars {args.big_chars}`  ",
        f"Machine: {machine()}; the 2 cores were shared with other developers' jobs while measured, so wall-clock "
        "times are inflated by an unknown factor: CPU seconds (user + system, the process and its children) are the "
        "steadier figure.",
        "",
        f"Synthetic corpora from the bundled transcripts (benchmarks/_synth.py; clauses recombined so that text is "
        f"not repeated): {syn['chars']:,} characters in {syn['documents']:,} interviews"
        + (f"; {big[0]['chars']:,} characters in {big[0]['documents']:,} interviews" if big else "") + ".",
        "",
        "| run | result |",
        "|---|---|",
        f"| `qualcode reproduce --corpus` (10 M), empty cache | {fmt(rep['first'])} |",
        f"| same, rerun (cache warm) | {fmt(rep['again'])}; codings and findings identical: "
        f"{'yes' if rep['same'] else 'NO'} |",
        f"| `qualcode code --engine memory` (10 M) | {fmt(mem_engine)} |",
        f"| `qualcode code --engine chunks` (10 M, .parquet) | {fmt(mem_small['code'])} |",
        f"| `qualcode crosstab --engine chunks` (10 M) | {fmt(mem_small['crosstab'])} |",
    ]
    if big:
        lines += [
            f"| `qualcode code --engine chunks` (100 M, .parquet, {big[1]['parquet_mb']:.0f} MB) | "
            f"{fmt(big[1]['code'])} |",
            f"| `qualcode crosstab --engine chunks` (100 M) | {fmt(big[1]['crosstab'])} |",
        ]
    lines += [
        "",
        f"Steps of the first reproduce (seconds since start): {steps(rep['first'])}.",
        "",
        f"**Dask** ({dsyn['chars']:,} characters, {dask['chunks']['chunks']} chunks of 6 MB of files, no cache; "
        f"codings identical on every engine: {'yes' if dask['identical'] else 'NO'}):",
        "",
        "| engine | wall seconds | vs chunks in one process |",
        "|---|---|---|",
    ]
    base = dask["chunks"]["wall"]
    for key, name in (("chunks", "chunks, one process"), ("1", "dask, local processes, 1 worker"),
                      ("2", "dask, local processes, 2 workers"),
                      ("cluster", "dask.distributed LocalCluster, 2 workers")):
        lines.append(f"| {name} | {dask[key]['wall']:.1f} | {base / dask[key]['wall']:.2f}x |")
    lines += [
        "",
        "**Start-up** (best of 5, fresh processes): " + ", ".join(f"`{k}` {v:.2f} s" for k, v in helps.items()) + ".",
    ]
    md = "\n".join(lines)
    update_section("benchmarks.md", "scale", md)
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
