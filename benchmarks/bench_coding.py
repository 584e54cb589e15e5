"""Coding speed: AutoCoder against bare multi-pattern matching, on new text and on repeated text, and the recode of
the bundled study after a one-line codebook edit.

    python benchmarks/bench_coding.py [--chars 2000000] [--no-write]

The baseline ("bare") is ahocorasick_rs over the same sentence texts, one call per sentence with the matches
materialised (overlapping), with the codebook's terms as the engine compiles them: what a dictionary coder that
decides nothing costs. Every timing is the best of several runs, each coding run alternating with a bare run so that
both see the same load; CPU seconds of this process (time.process_time) are the figures of record, because the
2-core machine is shared and wall-clock time then measures the other jobs too (wall-clock ratios are printed beside
them).

1. New text: a synthetic corpus (benchmarks/_synth.py: interviews recombined clause by clause from the bundled ones,
   never committed) segmented by the pipeline's segmenter; its respondent sentences as they come (short answers such
   as 是的。 repeat; the engines decide each distinct input once), and the same sentences each taken once.
2. Repeated text: the bundled corpus's respondent sentences 20 times (the benchmark of the first version).
3. Recode after a codebook edit (one term added, one window changed) in process: ``coded.recode(codebook)`` on the
   already segmented corpus, against ``code_corpus`` again (which segments again: the new term changes the
   segmenter's dictionary).
4. Where the time of ``AutoCoder.code`` goes, step by step (CPU seconds, new text).

Writes docs/benchmarks.md, section ``coding``.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd  # noqa: E402

import qualcode as qc  # noqa: E402
from _report import REPO, machine, update_section  # noqa: E402
from qualcode.coding import AutoCoder, compile_codebook, compiled_engine_available, corpus_segmenter, load_codebook  # noqa: E402

COMMAND = "python benchmarks/bench_coding.py"
CODEBOOK = REPO / "codebooks" / "children_in_distress.yaml"
CORPUS = REPO / "corpora" / "chifeng"
REPEAT_TEXT = 20
LOAD = [0.0, 0.0]  # load average at the start and at the end


def timed(fn) -> tuple[float, float]:
    gc.collect()
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.process_time() - c0, time.perf_counter() - w0


def best_pair(*fns, repeats: int = 7) -> list[tuple[float, float]]:
    """(CPU, wall) best times of functions run alternately, so that all see the same load of the shared machine."""
    got: list[list[tuple[float, float]]] = [[] for _ in fns]
    for _ in range(repeats):
        for fn, out in zip(fns, got):
            out.append(timed(fn))
    return [(min(c for c, _w in out), min(w for _c, w in out)) for out in got]


def bare_fn(terms: list[str], texts: list[str]):
    import ahocorasick_rs

    ac = ahocorasick_rs.AhoCorasick(terms, matchkind=ahocorasick_rs.MatchKind.Standard)

    def bare():
        for t in texts:
            ac.find_matches_as_indexes(t, overlapping=True)

    return bare


def coder(codebook, engine: str) -> AutoCoder:
    got = AutoCoder(codebook, engine=engine)
    assert got.compiled_.engine == engine
    return got


def new_text(codebook, chars: int, tmp: Path) -> dict:
    """Section 1: the synthetic corpus's respondent sentences, as they come and each once."""
    from _synth import make_corpus

    made = make_corpus(tmp / "synth", chars)
    corpus = qc.read_corpus(tmp / "synth")
    segs = corpus_segmenter(codebook, cache_dir=tmp / "cache").segment(corpus)
    resp = segs[segs["speaker_kind"] == "respondent"]
    texts = resp["text"].tolist()
    out = {"docs": made["documents"], "chars_all": sum(map(len, segs["text"])), "segments": len(segs),
           "sentences": len(texts), "chars": sum(map(len, texts)), "distinct": len(set(texts))}
    fast, slow = coder(codebook, "compiled"), coder(codebook, "python")
    terms = fast.compiled_.terms
    fast.code(segs), slow.code(segs)
    out["codings"] = len(fast.code(segs))
    assert fast.code(segs).equals(slow.code(segs))
    (out["bare"], out["code"], out["code_py"]) = best_pair(bare_fn(terms, texts), lambda: fast.code(segs),
                                                           lambda: slow.code(segs), repeats=5)
    # the rule engine alone (distinct inputs found and decided; no table)
    units = fast._units(segs)
    questions = fast._questions_for(segs, units)
    utexts, uroles, uq = units["text"].tolist(), units["role"].tolist(), questions
    ccb, pcb = fast.compiled_, slow.compiled_
    (_b, out["engine"], out["engine_py"]) = best_pair(bare_fn(terms, texts), lambda: ccb.decide_distinct(
        utexts, None, uroles, uq), lambda: pcb.decide_distinct(utexts, None, uroles, uq), repeats=5)
    # every sentence once (no repeated input at all)
    once = resp.drop_duplicates("text").reset_index(drop=True)
    once_texts = once["text"].tolist()
    out["once_sentences"], out["once_chars"] = len(once), sum(map(len, once_texts))
    fast.code(once)
    (out["once_bare"], out["once_code"], out["once_engine"]) = best_pair(
        bare_fn(terms, once_texts), lambda: fast.code(once), lambda: ccb.decide_distinct(once_texts), repeats=7)
    out["steps"] = steps(fast, segs)
    out["terms"] = len(terms)
    return out


def steps(auto: AutoCoder, segs: pd.DataFrame) -> dict:
    """Section 4: CPU seconds of each step of AutoCoder.code (best of 5)."""
    from qualcode._gc import gc_paused
    from qualcode.coding._autocoder import _codings_table

    cb = auto.compiled_
    best: dict[str, float] = {}
    for _ in range(5):
        with gc_paused():
            t = [time.process_time()]
            units = auto._units(segs)
            t.append(time.process_time())
            texts = units["text"].fillna("").tolist()
            roles = units["role"].tolist()
            t.append(time.process_time())
            questions = auto._questions_for(segs, units)
            t.append(time.process_time())
            slot, decided, inputs = cb._decide_distinct(texts, None, roles, questions)
            t.append(time.process_time())
            rows = cb.rows_distinct(decided, inputs[0])
            t.append(time.process_time())
            _codings_table(units, slot, rows)
            t.append(time.process_time())
        names = ["select the units", "texts and roles", "questions before answers", "decide (distinct inputs)",
                 "coding rows per input", "codings table"]
        for name, a, b in zip(names, t, t[1:]):
            best[name] = min(best.get(name, 1e9), b - a)
    total = timed(lambda: auto.code(segs))[0]
    best["whole `AutoCoder.code` (separately)"] = total
    return best


def repeated(codebook) -> dict:
    """Section 2: the bundled corpus's respondent sentences repeated."""
    segs = qc.code_corpus(qc.read_corpus(CORPUS), codebook).segments
    resp = segs[segs["speaker_kind"] == "respondent"]
    big = pd.concat([resp.assign(seg_id=resp["seg_id"] + f"#{k}") for k in range(REPEAT_TEXT)], ignore_index=True)
    texts = big["text"].tolist()
    fast, slow = coder(codebook, "compiled"), coder(codebook, "python")
    fast.code(big), slow.code(big)
    out = {"sentences": len(big), "chars": sum(map(len, texts)), "distinct": len(set(texts))}
    (out["bare"], out["code"], out["code_py"]) = best_pair(
        bare_fn(fast.compiled_.terms, texts), lambda: fast.code(big), lambda: slow.code(big), repeats=7)
    return out


def recode(tmp: Path) -> dict:
    """Section 3: a one-line edit, then recode in process."""
    path = tmp / "codebook.yaml"
    shutil.copy(CODEBOOK, path)
    corpus = qc.read_corpus(CORPUS)
    coded = qc.code_corpus(corpus, load_codebook(path), cache_dir=tmp / "rc")
    text = path.read_text(encoding="utf-8")
    out: dict = {"runs": []}
    for k in range(5):  # a new term each time (a new dictionary for the segmenter), and a changed window
        edited = text.replace("[才知道, 才晓得,", f"[才知道, 才晓得, 方才得知{k},", 1).replace(
            "window: 14", f"window: {15 + k}", 1)
        assert edited != text
        path.write_text(edited, encoding="utf-8")
        c0, w0 = time.process_time(), time.perf_counter()
        cb = load_codebook(path)
        c1, w1 = time.process_time(), time.perf_counter()
        compile_codebook(cb)
        c2, w2 = time.process_time(), time.perf_counter()
        again = coded.recode(cb)
        c3, w3 = time.process_time(), time.perf_counter()
        fresh = qc.code_corpus(corpus, cb, cache_dir=tmp / "rc")
        c4, w4 = time.process_time(), time.perf_counter()
        assert again.codings.equals(fresh.codings)
        out["runs"].append({"load": (c1 - c0, w1 - w0), "compile": (c2 - c1, w2 - w1),
                            "recode": (c3 - c2 + c1 - c0, w3 - w2 + w1 - w0), "fresh": (c4 - c3, w4 - w3)})
    for key in ("load", "compile", "recode", "fresh"):
        out[key] = (min(r[key][0] for r in out["runs"]), min(r[key][1] for r in out["runs"]))
    out["segments"], out["codings"] = len(coded.segments), len(coded.codings)
    return out


def markdown(nt: dict, rp: dict, rc: dict, chars: int) -> str:
    def row(label: str, got: tuple[float, float], bare: tuple[float, float], n_chars: int) -> str:
        return (f"| {label} | {got[0]:.3f} | {got[1]:.3f} | {n_chars / got[0] / 1e6:.1f} M | "
                f"**{bare[0] / got[0]:.2f}** | {bare[1] / got[1]:.2f} |")

    head = "| step | CPU s | wall s | chars / CPU s | vs bare (CPU) | vs bare (wall) |\n|---|---|---|---|---|---|"
    ratio = nt["bare"][0] / nt["code"][0]
    once_ratio = nt["once_bare"][0] / nt["once_code"][0]
    steps = "\n".join(f"| {k} | {v:.3f} |" for k, v in nt["steps"].items())
    us_bare = nt["once_bare"][0] / nt["once_sentences"] * 1e6
    us_engine = nt["once_engine"][0] / nt["once_sentences"] * 1e6
    us_rest = (nt["once_code"][0] - nt["once_engine"][0]) / nt["once_sentences"] * 1e6
    met = "met" if min(ratio, once_ratio) >= 0.5 else "not met"
    return f"""## coding: AutoCoder speed

Command: `{COMMAND} --chars {chars}`

Machine: {machine()}, shared with other developers' jobs while measured (load average {LOAD[0]:.1f} at the start,
{LOAD[1]:.1f} at the end, on 2 cores): wall-clock times move with the other jobs, so the ratios of record are CPU
seconds of this process (`time.process_time`), each coding run alternating with a bare run, best of 5-7.

Codebook codebooks/children_in_distress.yaml ({nt['terms']} terms in the automaton: rule, `unless` and polarity
terms and the literals its regexes need). **Bare** = ahocorasick_rs over the same sentence texts, one call per
sentence, matches materialised: a dictionary lookup that decides nothing. The compiled engine
(`qualcode.coding._engine`, Cython, the default when built) and its pure-Python twin (`QUALCODE_ENGINE=python`)
give the same codings (tests/test_autocode_equivalence.py runs both against the frozen reference; the benchmark
checks it again).

### New text (the target: >= 0.5 of bare matching)

Synthetic corpus (`benchmarks/_synth.py`, {nt['docs']} interviews recombined clause by clause from the bundled ones,
{nt['chars_all']:,} characters, {nt['segments']:,} sentence segments); its {nt['sentences']:,} respondent sentences
({nt['chars']:,} characters, {nt['distinct']:,} distinct: short answers such as 是的。 recur),
{nt['codings']:,} codings.

{head}
{row("bare ahocorasick_rs matching", nt["bare"], nt["bare"], nt["chars"])}
{row("**`AutoCoder.code`, compiled engine** (segments in, codings out)", nt["code"], nt["bare"], nt["chars"])}
{row("`AutoCoder.code`, pure-Python engine (before)", nt["code_py"], nt["bare"], nt["chars"])}
{row("rule engine alone, compiled (`decide_distinct`)", nt["engine"], nt["bare"], nt["chars"])}
{row("rule engine alone, pure Python", nt["engine_py"], nt["bare"], nt["chars"])}

The same sentences **each once** (nothing repeats; {nt['once_sentences']:,} sentences, {nt['once_chars']:,}
characters):

{head}
{row("bare ahocorasick_rs matching", nt["once_bare"], nt["once_bare"], nt["once_chars"])}
{row("**`AutoCoder.code`, compiled engine**", nt["once_code"], nt["once_bare"], nt["once_chars"])}
{row("rule engine alone, compiled", nt["once_engine"], nt["once_bare"], nt["once_chars"])}

Target >= 0.5 of bare matching for `AutoCoder.code` on new text: **{met}** ({ratio:.2f} as the corpus comes,
{once_ratio:.2f} with every sentence once; the pure-Python engine: {nt['bare'][0] / nt['code_py'][0]:.2f}). The compiled
engine is {nt['code_py'][0] / nt['code'][0]:.1f}x faster than the pure-Python one on the same table. Why 0.5 is not
reached (profile below, and perf on the engine): bare matching costs {us_bare:.1f} microseconds a sentence; the rule
engine alone, {us_engine:.1f} microseconds per distinct sentence, of which its own automaton (a character trie, faster
than ahocorasick_rs's call) is about a sixth, Python's `re` on the regexes that pass every literal filter about a
tenth, and making the Python objects of each hit (words, spans, evidence) and the rule checks the rest; around it,
`AutoCoder.code` reads the table's columns, finds the questions, builds the codings table (pandas) and pays one pass of
the garbage collector over the objects it made: {us_rest:.1f} microseconds a sentence that bare matching does not
have. Reaching 0.5 would take the whole table path (columns in, codings out) in compiled code as well, not only the
decisions.

### Repeated text (the first benchmark)

The bundled corpus's respondent sentences {REPEAT_TEXT} times: {rp['sentences']:,} sentences ({rp['distinct']:,}
distinct), {rp['chars']:,} characters.

{head}
{row("bare ahocorasick_rs matching", rp["bare"], rp["bare"], rp["chars"])}
{row("**`AutoCoder.code`, compiled engine**", rp["code"], rp["bare"], rp["chars"])}
{row("`AutoCoder.code`, pure-Python engine", rp["code_py"], rp["bare"], rp["chars"])}

### Recode the bundled study after a one-line codebook edit (target < 0.2 s)

A term added to a list (it changes the segmenter's dictionary) and a window changed, five times; {rc['segments']:,}
segments, {rc['codings']} codings. In a notebook: `coded = qc.code_corpus(corpus, codebook)` once, then after each
edit `coded = coded.recode(qc.load_codebook(path))` (the same segments, coded again; identical codings to a fresh
`code_corpus`, checked each time).

| step | CPU s | wall s |
|---|---|---|
| load the edited codebook | {rc['load'][0]:.3f} | {rc['load'][1]:.3f} |
| compile it (automaton, compiled engine) | {rc['compile'][0]:.3f} | {rc['compile'][1]:.3f} |
| **`coded.recode(load_codebook(path))`** (load + compile + code) | **{rc['recode'][0]:.3f}** | \
**{rc['recode'][1]:.3f}** |
| `code_corpus(corpus, codebook)` again (segments the corpus again: new dictionary) | {rc['fresh'][0]:.3f} | \
{rc['fresh'][1]:.3f} |

### Where `AutoCoder.code` spends its time (new text, CPU seconds, best of 5)

| step | CPU s |
|---|---|
{steps}
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--chars", type=int, default=2_000_000, help="size of the synthetic corpus")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    if not compiled_engine_available():
        raise SystemExit("the compiled engine is not built (pip install . with a C compiler)")
    codebook = load_codebook(CODEBOOK)
    LOAD[0] = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        nt = new_text(codebook, args.chars, tmp)
        print(nt)
        rp = repeated(codebook)
        print(rp)
        rc = recode(tmp)
        print({k: v for k, v in rc.items() if k != "runs"})
    LOAD[1] = os.getloadavg()[0]
    md = markdown(nt, rp, rc, args.chars)
    if not args.no_write:
        print(f"wrote {update_section('benchmarks.md', 'coding', md)}")
    else:
        print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
