"""Coding time against unit length: speech-to-text output without sentence punctuation.

    python benchmarks/bench_long_units.py [--sizes 250000,1000000,4000000] [--before SRC] [--no-write]

The bundled corpus's respondent text is repeated to each size and written as one respondent turn, once with its
punctuation and once with 。！？；… and line breaks removed (what a speech-to-text service without punctuation gives).
Timed, alternating so that both see the same load of this shared machine: the pipeline (``code_corpus``: segmenting
and coding, cache off) on each, and beside it the bare baseline, one Aho-Corasick pass of the codebook's terms over
the same text (ahocorasick_rs, overlapping). Sentences are capped at 200 characters (cut at pauses), so the
unpunctuated text costs about what the punctuated one does; coding the whole turn as one unit (``unit="turn"``) is
timed too, where the rule engine's work must stay linear in the unit's length.
``--before SRC`` also times an earlier qualcode (its ``src`` folder, e.g. a checkout of the commit before issue 11)
on the unpunctuated text, in a subprocess, beside this version in another. Writes docs/benchmarks.md, section
``long_units``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import REPO, machine, update_section  # noqa: E402
from qualcode.coding import AutoCoder, code_corpus, codebook_terms, corpus_segmenter, load_codebook  # noqa: E402
from qualcode.ingest import read_corpus  # noqa: E402

COMMAND = "python benchmarks/bench_long_units.py"
CODEBOOK = REPO / "codebooks" / "children_in_distress.yaml"


def source_text() -> str:
    corpus = read_corpus(REPO / "corpora" / "chifeng")
    return "".join(t.text for d in corpus for t in d.turns if t.speaker_kind == "respondent")


def corpus_of(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "L1.txt").write_text("---\nid: L1\nrole: family\n---\n访谈者：您说说吧。\n受访者：" + body + "\n",
                                   encoding="utf-8")
    return folder


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def bare(terms, text: str):
    import ahocorasick_rs

    ac = ahocorasick_rs.AhoCorasick(terms, matchkind=ahocorasick_rs.MatchKind.Standard)
    return lambda: ac.find_matches_as_indexes(text, overlapping=True)


_VERSION_RUN = """
import json, re, sys, tempfile, time
from pathlib import Path
import qualcode as qc
repo = Path(sys.argv[1]); sizes = [int(x) for x in sys.argv[2].split(",")]
cb = qc.load_codebook(repo / "codebooks" / "children_in_distress.yaml")
corpus = qc.read_corpus(repo / "corpora" / "chifeng")
flat = re.sub(r"[。！？!?；;…\\r\\n]", "", "".join(t.text for d in corpus for t in d.turns
                                              if t.speaker_kind == "respondent"))
out = []
for n in sizes:
    d = Path(tempfile.mkdtemp())
    (d / "L1.txt").write_text("---\\nid: L1\\nrole: family\\n---\\n访谈者：您说说吧。\\n受访者："
                              + (flat * (n // len(flat) + 1))[:n] + "\\n", encoding="utf-8")
    c = qc.read_corpus(d)
    t0 = time.perf_counter()
    coded = qc.code_corpus(c, cb, cache_dir=False)
    out.append([n, time.perf_counter() - t0, len(coded.segments), len(coded.codings)])
print(json.dumps(out))
"""


def version_run(src: str, sizes: list[int]) -> list[list]:
    """``code_corpus`` on unpunctuated text of each size, with the qualcode found in ``src``, in a subprocess."""
    env = {**os.environ, "PYTHONPATH": src}
    got = subprocess.run([sys.executable, "-c", _VERSION_RUN, str(REPO), ",".join(map(str, sizes))], env=env,
                         capture_output=True, text=True, check=True, timeout=3600)
    return json.loads(got.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="250000,1000000,4000000")
    ap.add_argument("--before", metavar="SRC", help="the src folder of an earlier qualcode to time beside this one")
    ap.add_argument("--before-name", default="an earlier version",
                    help="what --before is, for the page (e.g. 'commit 255f148, before issue 11')")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    codebook = load_codebook(CODEBOOK)
    terms = codebook_terms(codebook)
    base = source_text()
    flat = re.sub(r"[。！？!?；;…\r\n]", "", base)
    tmp = Path(tempfile.mkdtemp())
    rows = []
    try:
        for n in sizes:
            punct = (base * (n // len(base) + 1))[:n].replace("\n", "")
            plain = (flat * (n // len(flat) + 1))[:n]
            cp = read_corpus(corpus_of(tmp / f"p{n}", punct))
            cu = read_corpus(corpus_of(tmp / f"u{n}", plain))
            t_bare_p, _ = timed(bare(terms, punct))
            t_p, coded_p = timed(lambda cp=cp: code_corpus(cp, codebook, cache_dir=False))
            t_bare_u, _ = timed(bare(terms, plain))
            t_u, coded_u = timed(lambda cu=cu: code_corpus(cu, codebook, cache_dir=False))
            rows.append((n, "sentences, with punctuation", t_p, t_bare_p, len(coded_p.segments), len(coded_p.codings)))
            rows.append((n, "sentences, no punctuation", t_u, t_bare_u, len(coded_u.segments), len(coded_u.codings)))
            if n <= 1_000_000:
                segs = corpus_segmenter(codebook, unit="turn", cache_dir=False).segment(cu)
                t_turn, codings = timed(lambda segs=segs: AutoCoder(codebook, unit="turn").code(segs))
                rows.append((n, "one turn unit, no punctuation (coding only)", t_turn, t_bare_u, len(segs),
                             len(codings)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    lines = ["## Long units: speech-to-text output without punctuation", "",
             f"Command: `{COMMAND} --sizes {args.sizes}"
             + (f" --before SRC --before-name '{args.before_name}'" if args.before else "") + "`  ",
             f"Machine: {machine()} (shared with other jobs; one run each, the pipeline and its baseline run side by "
             "side)", "",
             "The bundled corpus's respondent text repeated to each size as one respondent turn, with its punctuation "
             "and without (。！？；… and line breaks removed). *time*: `code_corpus` (segmenting and coding, cache "
             "off), or the coding alone where said; *baseline*: one bare Aho-Corasick pass of the codebook's "
             f"{len(terms)} terms over the same text. A whole unpunctuated turn as one unit is one scope, so "
             "`unless` terms anywhere in it block a code: no codings there, which is why units are capped.", "",
             "| characters | units | time (s) | baseline (s) | ratio | segments | codings |",
             "|---:|---|---:|---:|---:|---:|---:|"]
    for n, what, t, b, nseg, ncod in rows:
        lines.append(f"| {n:,} | {what} | {t:.2f} | {b:.3f} | {t / b:.0f}x | {nseg:,} | {ncod:,} |")
    lines += ["", "Before this change (issue 11) one unpunctuated run was one sentence and the rule engine compared "
              "every pair of matches in it (reported: 1 MB took 55 s, 4 MB did not finish in 150 s, against 1.5 s "
              "for the same text with punctuation). Sentences are now capped at 200 characters (cut at pauses) and "
              "the engine looks only at matches near each other, so time grows with length, not its square."]
    if args.before:
        small = [62_500, 125_000, 250_000]
        old, new = version_run(args.before, small), version_run(str(REPO / "src"), small)
        lines += ["", f"The version before (SRC: the `src` folder of {args.before_name}) and this one, each in its "
                  "own process, `code_corpus` on the text without punctuation:", "",
                  "| characters | before: time (s) | segments | codings | now: time (s) | segments | codings |",
                  "|---:|---:|---:|---:|---:|---:|---:|"]
        lines += [f"| {a[0]:,} | {a[1]:.2f} | {a[2]:,} | {a[3]:,} | {b[1]:.2f} | {b[2]:,} | {b[3]:,} |"
                  for a, b in zip(old, new)]
        lines += ["", "Before, the whole run was one sentence: no code at all (its `unless` terms are somewhere in "
                  "it), in time that grew with the square of its length."]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        update_section("benchmarks.md", "long_units", text)


if __name__ == "__main__":
    main()
