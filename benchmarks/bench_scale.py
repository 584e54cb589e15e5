"""Scale: a 10-million-character study, memory on 100 million characters, Dask overhead and workers, start-up.

    python benchmarks/bench_scale.py [--parts reproduce,memory,dask,big,help] [--chars 10000000]
                                     [--big-chars 100000000] [--dask-chars 3000000]

Synthetic corpora are built in a temporary folder from the bundled transcripts (benchmarks/_synth.py: turns
recombined clause by clause, so text is not repeated) and deleted afterwards. Every command runs in a fresh process
with an empty cache; wall-clock and CPU seconds (user + system of the process and all its children, e.g. the topic
sweep's workers) and peak resident memory (the largest single process) are reported with the load average, since
the 2 cores of this machine are shared with other jobs (CPU seconds are the steadier figure).

The parts can be run one at a time (the machine is shared: one heavy job at a time); each part's results are kept
in benchmarks/.results/scale.json and the `scale` section of docs/benchmarks.md is written from every part measured
so far. ``big`` codes and cross-tabulates 100 million characters with the chunks engine: run it once.
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
RESULTS = REPO / "benchmarks" / ".results" / "scale.json"
PARTS = ("reproduce", "memory", "dask", "big", "help")
_RUNNER = r"""
import json, os, resource, subprocess, sys, time
t0 = time.perf_counter()
load0 = os.getloadavg()
stamps = []
p = subprocess.Popen(sys.argv[1:], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
for line in p.stderr:
    stamps.append((round(time.perf_counter() - t0, 2), line.rstrip()))
rc = p.wait()
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "peak_mb": ru.ru_maxrss / 1024,
                  "load": [load0, os.getloadavg()], "stamps": stamps}))
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
    args = ["reproduce", "--corpus", str(corpus), "--codebook", CODEBOOK]
    first = timed(qualcode(*args, "--out", str(tmp / "out1")), env_with(cache))
    again = timed(qualcode(*args, "--out", str(tmp / "out2")), env_with(cache))
    same = all((tmp / "out1" / n).read_bytes() == (tmp / "out2" / n).read_bytes()
               for n in ("codings.csv", "findings.csv"))
    return {"first": first, "again": again, "same": same}


def bench_code_crosstab(tmp: Path, corpus: Path, label: str) -> dict:
    env = env_with(tmp / f"cache-{label}")
    code = timed(qualcode("code", str(corpus), "--codebook", CODEBOOK, "--engine", "chunks",
                          "--out", str(tmp / f"{label}.parquet")), env)
    cross = timed(qualcode("crosstab", str(corpus), "--codebook", CODEBOOK, "--engine", "chunks",
                           "--out", str(tmp / f"{label}-crosstab.csv")), env)
    return {"code": code, "crosstab": cross, "parquet_mb": (tmp / f"{label}.parquet").stat().st_size / 1e6}


def bench_memory(tmp: Path, corpus: Path) -> dict:
    out = bench_code_crosstab(tmp, corpus, "small")
    env = env_with(tmp / "cache-memory-engine")
    out["memory_engine"] = timed(qualcode("code", str(corpus), "--codebook", CODEBOOK, "--engine", "memory",
                                          "--out", str(tmp / "memory.csv")), env)
    return out


_DASK = r"""
import json, os, resource, sys, time
sys.path.insert(0, os.environ["QC_SRC"])
from qualcode.scale import code_scaled
corpus, codebook, what, chunk_bytes = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[5])
def run(**kw):
    t = time.perf_counter()
    r = code_scaled(corpus, codebook, collect=True, cache_dir=False, chunk_bytes=chunk_bytes, **kw)
    return r, time.perf_counter() - t
if __name__ == "__main__":
    if what.startswith("cluster"):
        from distributed import Client, LocalCluster
        n = int(what.split(":")[1])
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
                Client(cl) as client:
            client.run(lambda: None)
            r, wall = run(engine="dask", scheduler=client)
    elif what == "chunks":
        r, wall = run(engine="chunks")
    else:
        r, wall = run(engine="dask", scheduler="processes", workers=int(what))
    r.codings.to_pickle(sys.argv[4])
    ru = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    print(json.dumps({"wall": wall, "cpu": sum(u.ru_utime + u.ru_stime for u in ru), "chunks": r.n_chunks,
                      "codings": r.n_codings, "load": os.getloadavg()}))
"""


def bench_dask(tmp: Path, corpus: Path, chunk_bytes: int) -> dict:
    """The same chunks in one process, on Dask's local process scheduler with 1 and 2 workers, and on a
    dask.distributed LocalCluster with 1 and 2 workers (cluster start-up not timed; the client's CPU only)."""
    env = env_with(tmp / "cache-dask")
    env["QC_SRC"] = str(REPO / "src")
    script = tmp / "dask_run.py"
    script.write_text(_DASK, encoding="utf-8")
    out = {}
    for what in ("chunks", "1", "2", "cluster:1", "cluster:2"):
        res = subprocess.run([PY, str(script), str(corpus), CODEBOOK, what, str(tmp / f"dask-{what}.pkl"),
                              str(chunk_bytes)],
                             capture_output=True, text=True, env=env, check=True)
        out[what] = json.loads(res.stdout.strip().splitlines()[-1])
        print(what, out[what], flush=True)
    import pandas as pd

    base = pd.read_pickle(tmp / "dask-chunks.pkl")
    out["identical"] = all(pd.read_pickle(tmp / f"dask-{w}.pkl").equals(base)
                           for w in ("1", "2", "cluster:1", "cluster:2"))
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
    load = r.get("load")
    shown = f"; load {load[0][0]:.1f} -> {load[1][0]:.1f}" if load else ""
    return f"{r['wall']:.1f} s wall, **{r['cpu']:.1f} s CPU**, peak {r['peak_mb']:.0f} MB{shown}"


def steps(r: dict) -> str:
    return "; ".join(f"{t:.0f} s {s.replace('[qualcode] ', '')}" for t, s in r["stamps"] if "[qualcode]" in s)


REPRODUCE_NOTES = """\
**Where the CPU of `reproduce` goes at 10 M characters** (cProfile of the run, `python -m cProfile -o` with an empty
cache; each step again in one process with `time.process_time`, since the profiler's wall clock is inflated by the
load). Before and after branch reproduce-perf, side by side (the same command in fresh processes with empty caches,
alternating, rebased on main 40d78aa; load 1.7-3.1): main 67.3, 67.4, 66.9 s CPU (48.9 and 48.8 s wall at load 2),
the branch 67.5, 65.1, 63.0 s CPU (47.4 and 45.7 s wall): about 2 CPU seconds less, close to the noise of a shared
machine; peak memory 60 MB higher (the turns table kept with the corpus). The topic sweep is about 36 of the 65 CPU
seconds: 21 gensim LDA fits on a sample of 1000 respondent turns, in 2 worker processes that run while this process
codes (then the themes step waits for them: the gap between "themes" and "topic model" above); gensim's
`LdaModel.inference` is about 70% of it and the three `CoherenceModel`s per fit about 17%, both inside gensim, with
the same results only from the same computation. Then segmenting and coding (12 s: the segmenter's rjieba pipeline
and the per-sentence rule decisions), exploring the words (explore/, another developer's area: KWIC, keyness and
frequency are 13, 5 and 5 of its 26 profiled seconds), pseudonymising the shown quotes (privacy/, another
developer's: name detection on the quoted interviews, 11 profiled seconds, and `pseudonymise_table` 4), writing the
four CSV tables (3.3 s, pandas `to_csv`; Arrow strings cost only 10% more than object columns there) and the figures
(matplotlib, 2-3 s), reading (3.6 s). Cut on branch reproduce-perf, every output byte-identical before and after
(codings, segments, turns, findings, index.html, figures; tables.xlsx sheet by sheet, its zip differing only in the
creation time): the Traditional-script check with one regular expression per script instead of a Python loop over
every character (1.8 -> 0.4 s); `Corpus.turns()` built once per corpus instead of four times (about 1 s each); each
transcript line matched against the layout once instead of twice (reading 4.7 -> 3.6 s CPU); codings joined to their
segment with one join when every coding is on its own segment (themes 2.95 -> 2.6 s); the topic token filter judging
each distinct token once (every fit of the sweep filtered the same turns again). Segmenting twice costs little: the
topic turns are the 1000 sampled turns (1 s), not the corpus; building them from the sentence segments' tokens would
make the sweep wait for the coding it now overlaps, and tokens cut at sentence ends are not always the turn's tokens."""


def markdown(res: dict, args: argparse.Namespace) -> str:
    lines = [
        "## scale: large corpora",
        "",
        "Command: `python benchmarks/bench_scale.py --parts " + ",".join(p for p in PARTS if p in res)
        + f" --chars {args.chars} --big-chars {args.big_chars} --dask-chars {args.dask_chars} --dask-chunk-bytes "
        f"{args.dask_chunk_bytes}` (parts run one at a "
        "time, the results of each kept)  ",
        f"Machine: {machine()}; the 2 cores were shared with other developers' jobs while measured (load averages "
        "beside each run: above 2 the machine was oversubscribed), so wall-clock times are inflated by an unknown "
        "factor: CPU seconds (user + system, the process and its children) are the steadier figure.",
        "",
        "Synthetic corpora from the bundled transcripts (benchmarks/_synth.py; clauses recombined so that text is not "
        "repeated).",
        "",
        "| run | result |",
        "|---|---|",
    ]
    if "reproduce" in res:
        r = res["reproduce"]
        lines += [
            f"| `qualcode reproduce --corpus` ({r['chars']:,} characters), empty cache | {fmt(r['first'])} |",
            f"| same, rerun (cache warm) | {fmt(r['again'])}; codings and findings identical: "
            f"{'yes' if r['same'] else 'NO'} |",
        ]
    if "memory" in res:
        m = res["memory"]
        lines += [
            f"| `qualcode code --engine memory` ({m['chars']:,} characters, .csv) | {fmt(m['memory_engine'])} |",
            f"| `qualcode code --engine chunks` ({m['chars']:,} characters, .parquet) | {fmt(m['code'])} |",
            f"| `qualcode crosstab --engine chunks` ({m['chars']:,} characters) | {fmt(m['crosstab'])} |",
        ]
    if "big" in res:
        b = res["big"]
        lines += [
            f"| `qualcode code --engine chunks` ({b['chars']:,} characters, {b['documents']:,} interviews, "
            f".parquet of {b['parquet_mb']:.0f} MB) | {fmt(b['code'])} |",
            f"| `qualcode crosstab --engine chunks` ({b['chars']:,} characters) | {fmt(b['crosstab'])} |",
        ]
    if "reproduce" in res:
        lines += ["", f"Steps of the first reproduce (seconds since start): {steps(res['reproduce']['first'])}.",
                  "", REPRODUCE_NOTES]
    if "dask" in res:
        d = res["dask"]
        base = d["chunks"]["wall"]
        lines += [
            "",
            f"**Dask** ({d['chars']:,} characters, {d['chunks']['chunks']} chunks of "
            f"{d.get('chunk_bytes', 6_000_000) / 1e6:g} MB of files, no cache; codings "
            f"identical on every engine: {'yes' if d['identical'] else 'NO'}; wall seconds of `code_scaled`, "
            "cluster start-up not included):",
            "",
            "| engine | wall s | CPU s (all processes) | speed-up vs chunks in one process | load |",
            "|---|---|---|---|---|",
        ]
        for key, name in (("chunks", "chunks, one process"), ("1", "dask, local processes, 1 worker"),
                          ("2", "dask, local processes, 2 workers"),
                          ("cluster:1", "dask.distributed LocalCluster, 1 worker"),
                          ("cluster:2", "dask.distributed LocalCluster, 2 workers")):
            if key in d:
                lines.append(f"| {name} | {d[key]['wall']:.1f} | {d[key]['cpu']:.1f} | {base / d[key]['wall']:.2f}x | "
                             f"{d[key]['load'][0]:.1f} |")
        if max(d[k]["load"][0] for k in d if isinstance(d[k], dict) and "load" in d[k]) > 2:
            lines += ["", "With the load above 2 on 2 cores there was no idle core for a second worker: these runs "
                      "show what each engine costs (CPU seconds: the distributed scheduler's processes add to the "
                      "work), not how it scales, which needs free cores and was not measurable on this machine."]
    if "help" in res:
        lines += ["", "**Start-up** (best of 5, fresh processes): "
                  + ", ".join(f"`{k}` {v:.2f} s" for k, v in res["help"].items() if k != "chars") + "."]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parts", default="reproduce,memory,dask,help",
                    help=f"comma-separated, of {', '.join(PARTS)} (default: all but big)")
    ap.add_argument("--chars", type=int, default=10_000_000)
    ap.add_argument("--big-chars", type=int, default=100_000_000)
    ap.add_argument("--dask-chars", type=int, default=10_000_000)
    ap.add_argument("--dask-chunk-bytes", type=int, default=2_000_000,
                    help="bytes of files per chunk in the Dask part (default 2 MB: about 15 chunks of 10 M characters)")
    ap.add_argument("--no-write", action="store_true", help="print only, do not update docs/benchmarks.md")
    args = ap.parse_args()
    parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        raise SystemExit(f"unknown part(s) {unknown}; choose from {', '.join(PARTS)}")
    res = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.is_file() else {}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if "reproduce" in parts or "memory" in parts:
            syn = make_corpus(tmp / "syn", args.chars, seed=0)
            if "reproduce" in parts:
                res["reproduce"] = {**bench_reproduce(tmp, tmp / "syn"), **syn}
                print(json.dumps(res["reproduce"]["first"]["stamps"]), flush=True)
            if "memory" in parts:
                res["memory"] = {**bench_memory(tmp, tmp / "syn"), **syn}
        if "dask" in parts:
            dsyn = make_corpus(tmp / "dsyn", args.dask_chars, seed=2)
            res["dask"] = {**bench_dask(tmp, tmp / "dsyn", args.dask_chunk_bytes), **dsyn,
                           "chunk_bytes": args.dask_chunk_bytes}
        if "help" in parts:
            res["help"] = bench_help(tmp)
        if "big" in parts:
            bsyn = make_corpus(tmp / "big", args.big_chars, seed=1)
            res["big"] = {**bench_code_crosstab(tmp, tmp / "big", "big"), **bsyn}
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    md = markdown(res, args)
    if not args.no_write:
        update_section("benchmarks.md", "scale", md)
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
