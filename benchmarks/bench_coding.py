"""Coding speed: AutoCoder vs bare multi-pattern matching, and recoding after a codebook edit.

    /work/venv/bin/python benchmarks/bench_coding.py [--no-write]

1. Throughput: AutoCoder(children_in_distress).code(segments) on the bundled corpus's respondent sentences, against
   bare Aho-Corasick matching (ahocorasick_rs, overlapping) of the same codebook's terms over the same sentence
   texts, one call per sentence, matches materialised. Both are timed as the best of several repeats; the text is
   the corpus repeated so that one run takes long enough to time.
2. Recode after an edit: the codebook file is edited (one term added, one window changed), then the corpus is read,
   segmented with the cache warm (the segmenter's result cache, same user words), the codebook re-loaded and the corpus
   re-coded. Target < 1 s. Writes docs/benchmarks.md, section ``coding``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd  # noqa: E402

from _report import REPO, machine, update_section  # noqa: E402

from qualcode.autocode import AutoCoder  # noqa: E402
from qualcode.codebook import codebook_terms, load_codebook  # noqa: E402
from qualcode.ingest import read_corpus  # noqa: E402
from qualcode.segment import Segmenter  # noqa: E402

COMMAND = "/work/venv/bin/python benchmarks/bench_coding.py"
CODEBOOK = REPO / "codebooks" / "children_in_distress.yaml"
CORPUS = REPO / "corpora" / "chifeng"
REPEAT_TEXT = 20


def best(fn, repeats: int = 7) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def throughput(segs: pd.DataFrame, codebook) -> dict:
    import ahocorasick_rs

    big = pd.concat([segs.assign(seg_id=segs["seg_id"] + f"#{k}") for k in range(REPEAT_TEXT)], ignore_index=True)
    texts = big["text"].tolist()
    n_chars = sum(map(len, texts))
    out = {"sentences": len(big), "chars": n_chars}
    for backend in ("ahocorasick_rs", "pyahocorasick"):
        coder = AutoCoder(codebook, backend=backend)
        coder.code(big)  # compile once
        out[f"code_{backend}"] = best(lambda: coder.code(big), 5)
        out[f"engine_{backend}"] = best(lambda: coder.compiled_.match_many(texts), 5)
    terms = AutoCoder(codebook).compiled_.terms
    ac = ahocorasick_rs.AhoCorasick(terms, matchkind=ahocorasick_rs.MatchKind.Standard)

    def bare():
        for t in texts:
            ac.find_matches_as_indexes(t, overlapping=True)

    out["bare"] = best(bare, 7)

    # a plain dictionary coder: the same automaton, every term hit assigns the codes whose rules mention the term
    compiled = AutoCoder(codebook).compiled_
    code_of: dict[int, set[str]] = {}
    for tid, rule_ids in compiled.by_term.items():
        code_of[tid] = {compiled.rules[r].code for r in rule_ids}

    def dictionary_coder():
        result = []
        for t in texts:
            codes: set[str] = set()
            for tid, _s, _e in ac.find_matches_as_indexes(t, overlapping=True):
                got = code_of.get(tid)
                if got:
                    codes |= got
            result.append(codes)
        return result

    out["dictionary"] = best(dictionary_coder, 5)
    out["terms"] = len(terms)
    out["codings"] = len(AutoCoder(codebook).code(big))
    return out


def recode_after_edit(tmp: Path) -> dict:
    cache = tmp / "cache"
    path = tmp / "codebook.yaml"
    shutil.copy(CODEBOOK, path)
    codebook = load_codebook(path)
    words = codebook_terms(codebook)
    Segmenter(user_words=words, cache_dir=cache).segment(read_corpus(CORPUS))  # warm the cache
    text = path.read_text(encoding="utf-8")
    edited = text.replace("[才知道, 才晓得,", "[才知道, 才晓得, 方才得知,", 1).replace("window: 14", "window: 16", 1)
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    t0 = time.perf_counter()
    cb = load_codebook(path)
    corpus = read_corpus(CORPUS)
    t1 = time.perf_counter()
    segs = Segmenter(user_words=words, cache_dir=cache).segment(corpus)
    t2 = time.perf_counter()
    codings = AutoCoder(cb).code(segs)
    t3 = time.perf_counter()
    return {"load": t1 - t0, "segment_cached": t2 - t1, "code": t3 - t2, "total": t3 - t0,
            "segments": len(segs), "codings": len(codings), "docs": len(corpus)}


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    codebook = load_codebook(CODEBOOK)
    corpus = read_corpus(CORPUS)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        segs = Segmenter(user_words=codebook_terms(codebook), cache_dir=tmp / "c0").segment(corpus)
        segs = segs[segs["speaker_kind"] == "respondent"]
        tp = throughput(segs, codebook)
        rc = recode_after_edit(tmp)
    ratio = tp["bare"] / tp["code_ahocorasick_rs"]
    ratio_engine = tp["bare"] / tp["engine_ahocorasick_rs"]
    mchars = tp["chars"] / 1e6
    print(tp)
    print(rc)
    md = f"""## coding: AutoCoder speed

Command: `{COMMAND}`  
Machine: {machine()} (shared with other jobs while measured; best of 5-7 repeats)

**Throughput.** Codebook codebooks/children_in_distress.yaml ({tp['terms']} distinct terms incl. polarity cues, one
automaton), the bundled corpus's respondent sentences repeated {REPEAT_TEXT}x: {tp['sentences']} sentences,
{tp['chars']:,} characters, {tp['codings']} codings.

| step | seconds | chars / s | vs bare matching |
|---|---|---|---|
| bare ahocorasick_rs matching, one call per sentence (no rules) | {tp['bare']:.4f} | {mchars / tp['bare']:,.1f} M | 1 |
| plain dictionary coder (same automaton; any term hit assigns its codes, no rules) | {tp['dictionary']:.4f} | {mchars / tp['dictionary']:,.1f} M | {tp['bare'] / tp['dictionary']:.2f} |
| rule engine only (`CompiledCodebook.match_many`, ahocorasick_rs) | {tp['engine_ahocorasick_rs']:.4f} | {mchars / tp['engine_ahocorasick_rs']:,.1f} M | {ratio_engine:.2f} |
| `AutoCoder.code` (engine + codings table), ahocorasick_rs | {tp['code_ahocorasick_rs']:.4f} | {mchars / tp['code_ahocorasick_rs']:,.1f} M | {ratio:.2f} |
| `AutoCoder.code`, pyahocorasick backend | {tp['code_pyahocorasick']:.4f} | {mchars / tp['code_pyahocorasick']:,.1f} M | {tp['bare'] / tp['code_pyahocorasick']:.2f} |

Target was >= 0.5 of bare matching: **{'met' if ratio >= 0.5 else 'not met'}** ({ratio:.2f}). All terms are found in one
automaton pass over all sentences and each regex runs once over all of them, but deciding the rules (co-occurrence
windows, clause scopes, the polarity of the nearest evaluation, negators, `unless`) is Python work per candidate
match (every candidate rule of every sentence, including regexes anchored on a literal prefix that the automaton
finds), while bare matching is one C call per sentence. In absolute terms coding runs at about
{mchars / tp['code_ahocorasick_rs'] * 1000:,.0f} thousand characters per second on this machine, so a study-sized corpus
(tens of interviews) is coded in well under a second, which is what the recode target below needs. Timings on this
shared 2-CPU machine vary by a factor of 2-3 between runs (load average above 4 while measured).

**Recode after a codebook edit** (one term added, one window changed; {rc['docs']} documents, {rc['segments']}
segments, segmentation served from the segmenter's cache):

| step | seconds |
|---|---|
| load the edited codebook + read the corpus | {rc['load']:.3f} |
| segment (cache hit) | {rc['segment_cached']:.3f} |
| code | {rc['code']:.3f} |
| **total** | **{rc['total']:.3f}** (target < 1 s: {'met' if rc['total'] < 1 else 'not met'}) |
"""
    if "--no-write" not in argv:
        print(f"wrote {update_section('benchmarks.md', 'coding', md)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
