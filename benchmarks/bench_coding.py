"""Coding speed: AutoCoder vs bare multi-pattern matching, and recoding after a codebook edit.

    python benchmarks/bench_coding.py [--no-write]

1. Throughput: AutoCoder(children_in_distress).code(segments) on the bundled corpus's respondent sentences, against
   bare Aho-Corasick matching (ahocorasick_rs, overlapping) of the same codebook's terms over the same sentence
   texts, one call per sentence, matches materialised. Both are timed as the best of several repeats; the text is
   the corpus repeated so that one run takes long enough to time. Because the fast engine decides each distinct
   sentence once, the corpus is also timed once (no repeats), and the reference engine (engine="reference", the
   original code) beside it.
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

from qualcode.coding import AutoCoder  # noqa: E402
from qualcode.coding import codebook_terms, load_codebook  # noqa: E402
from qualcode.ingest import read_corpus  # noqa: E402
from qualcode.segment import Segmenter  # noqa: E402

COMMAND = "python benchmarks/bench_coding.py"
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


def best_pair(*fns, repeats: int = 11) -> tuple[float, ...]:
    """Best times of functions run alternately, so that all see the same load of the shared machine."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for fn, got in zip(fns, times):
            t0 = time.perf_counter()
            fn()
            got.append(time.perf_counter() - t0)
    return tuple(min(t) for t in times)


def _bare_fn(terms, texts):
    import ahocorasick_rs

    ac = ahocorasick_rs.AhoCorasick(terms, matchkind=ahocorasick_rs.MatchKind.Standard)

    def bare():
        for t in texts:
            ac.find_matches_as_indexes(t, overlapping=True)

    return bare


def rule_runs(coder, texts) -> tuple[int, int]:
    """How many rule decisions the fast engine runs on ``texts`` after its filters, and how many hits they give."""
    import qualcode.rules as rules

    count = [0]
    original = rules._Context.run

    def counting(self, rule, explain):
        count[0] += 1
        return original(self, rule, explain)

    rules._Context.run = counting
    try:
        hits = sum(map(len, coder.compiled_.match_many(texts)))
    finally:
        rules._Context.run = original
    return count[0], hits


def throughput(segs: pd.DataFrame, codebook) -> dict:
    big = pd.concat([segs.assign(seg_id=segs["seg_id"] + f"#{k}") for k in range(REPEAT_TEXT)], ignore_index=True)
    texts = big["text"].tolist()
    n_chars = sum(map(len, texts))
    out = {"sentences": len(big), "chars": n_chars, "distinct": len(set(texts))}
    reference = AutoCoder(codebook, engine="reference")
    reference.code(big)
    # "the same terms": the codebook's terms as the original engine compiles them (rule and unless terms, polarity
    # cues, regex prefixes); the fast engine's automaton also holds the literals its regexes require
    terms = reference.compiled_.terms
    bare = _bare_fn(terms, texts)
    for backend in ("ahocorasick_rs", "pyahocorasick"):
        coder = AutoCoder(codebook, backend=backend)
        coder.code(big)  # compile once
        out[f"bare_{backend}"], out[f"code_{backend}"] = best_pair(bare, lambda: coder.code(big), repeats=11)
        out[f"engine_{backend}"] = best(lambda: coder.compiled_.match_many(texts), 5)
    out["bare"] = out["bare_ahocorasick_rs"]
    out["code_reference"] = best(lambda: reference.code(big), 3)

    # a plain dictionary coder: the same automaton, every term hit assigns the codes whose rules mention the term
    import ahocorasick_rs

    ac = ahocorasick_rs.AhoCorasick(terms, matchkind=ahocorasick_rs.MatchKind.Standard)
    compiled = reference.compiled_
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
    out["terms_fast"] = len(AutoCoder(codebook).compiled_.terms)
    out["codings"] = len(AutoCoder(codebook).code(big))

    # the corpus once (no repeated sentence: the per-input cache cannot help)
    once = segs.reset_index(drop=True)
    once_texts = once["text"].tolist()
    coder = AutoCoder(codebook)
    coder.code(once)
    out["once_sentences"], out["once_chars"] = len(once), sum(map(len, once_texts))
    out["once_distinct"] = len(set(once_texts))
    out["once_runs"], out["once_hits"] = rule_runs(coder, once_texts)
    out["once_bare"], out["once_code"], out["once_reference"], out["once_engine"] = best_pair(
        _bare_fn(terms, once_texts), lambda: coder.code(once), lambda: reference.code(once),
        lambda: coder.compiled_.match_many(once_texts), repeats=15)
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
    ratio_ref = tp["bare"] / tp["code_reference"]
    once_ratio = tp["once_bare"] / tp["once_code"]
    mchars = tp["chars"] / 1e6
    ochars = tp["once_chars"] / 1e6
    print(tp)
    print(rc)

    def row(label: str, sec: float, mc: float, bare: float) -> str:
        return f"| {label} | {sec:.4f} | {mc / sec:,.1f} M | {bare / sec:.2f} |"

    md = f"""## coding: AutoCoder speed

Command: `{COMMAND}`  
Machine: {machine()} (shared with other jobs while measured; best of 3-15 repeats, each coding run alternating
with a bare-matching run so that both see the same load; absolute timings on this shared 2-CPU machine vary by up to
2x between runs, and the ratios by about +-0.2)

Codebook codebooks/children_in_distress.yaml: {tp['terms']} distinct terms incl. polarity cues and regex prefixes (bare
matching uses these; the fast engine's automaton also holds the literals its regexes require: {tp['terms_fast']}
terms). The default engine (`engine="fast"`) gives exactly the codings of the original engine (`engine="reference"`,
kept as the specification; tests/test_autocode_equivalence.py compares them on the bundled corpus, CAIL2019
sentences and random sentences).

**Throughput, the benchmark of the issue**: the bundled corpus's respondent sentences repeated {REPEAT_TEXT}x:
{tp['sentences']} sentences ({tp['distinct']} distinct), {tp['chars']:,} characters, {tp['codings']} codings.

| step | seconds | chars / s | vs bare matching |
|---|---|---|---|
{row("bare ahocorasick_rs matching, one call per sentence (no rules)", tp["bare"], mchars, tp["bare"])}
{row("plain dictionary coder (same automaton; any term hit assigns its codes, no rules)", tp["dictionary"], mchars, tp["bare"])}
{row("`AutoCoder.code`, reference engine (before)", tp["code_reference"], mchars, tp["bare"])}
{row("rule engine only (`CompiledCodebook.match_many`), fast engine", tp["engine_ahocorasick_rs"], mchars, tp["bare"])}
{row("**`AutoCoder.code`, fast engine, ahocorasick_rs (default)**", tp["code_ahocorasick_rs"], mchars, tp["bare"])}
{row("`AutoCoder.code`, fast engine, pyahocorasick backend", tp["code_pyahocorasick"], mchars, tp["bare_pyahocorasick"])}

Target >= 0.5 of bare matching: **{'met' if ratio >= 0.5 else 'not met'}** ({ratio:.2f}; the reference engine:
{ratio_ref:.2f}). This text repeats every sentence {REPEAT_TEXT} times, and the fast engine decides each distinct input
(text, plus the role / question / tokens when rules use them) once, so most of the gain here is that cache.

**Without repeats** (the honest figure for new text): the corpus once, {tp['once_sentences']} sentences
({tp['once_distinct']} distinct), {tp['once_chars']:,} characters.

| step | seconds | chars / s | vs bare matching |
|---|---|---|---|
{row("bare ahocorasick_rs matching, one call per sentence", tp["once_bare"], ochars, tp["once_bare"])}
{row("`AutoCoder.code`, reference engine (before)", tp["once_reference"], ochars, tp["once_bare"])}
{row("rule engine only, fast engine", tp["once_engine"], ochars, tp["once_bare"])}
{row("**`AutoCoder.code`, fast engine**", tp["once_code"], ochars, tp["once_bare"])}

On distinct text the target is **not met** ({once_ratio:.2f} of bare matching, {tp['once_reference'] / tp['once_code']:.1f}x
faster than the reference engine). What made the difference: every rule that cannot fire is skipped before any
per-match work - an `all` rule is woken only by its group found in the fewest texts and needs every group; a regex only
by the literals it needs (read from the pattern: `(没人|从来没)[^，。]{{0,8}}(说|讲)` needs 没人/从来没 and 说/讲, all in the
automaton, the rarest set wakes it, the others filter it) and is run only where all of them are; a `polarity: problem`
rule only where there is a problem cue or a negator; the codings table is built column-wise (`matches_` when first
read). What remains is Python work per sentence: after the filters {tp['once_runs']} rule decisions are run on these
{tp['once_sentences']} sentences and {tp['once_hits']} of them fire, each decision a few microseconds (clause scopes,
nearest evaluation, negators, `unless`, evidence text); plus, per distinct sentence, one automaton call, the set of its
terms and the check of every woken rule, about {tp['once_engine'] / tp['once_sentences'] * 1e6:.0f} microseconds per
sentence in all; bare matching is one C call of about {tp['once_bare'] / tp['once_sentences'] * 1e6:.1f} microseconds.
Reaching 0.5 on new text would need the rule decisions in compiled code.

**Recode after a codebook edit** (one term added, one window changed; {rc['docs']} documents, {rc['segments']}
segments, segmentation served from the segmenter's cache; the code step includes compiling the codebook):

| step | seconds |
|---|---|
| load the edited codebook + read the corpus | {rc['load']:.3f} |
| segment (cache hit) | {rc['segment_cached']:.3f} |
| compile + code | {rc['code']:.3f} |
| **total** | **{rc['total']:.3f}** (target < 1 s: {'met' if rc['total'] < 1 else 'not met'}) |
"""
    if "--no-write" not in argv:
        print(f"wrote {update_section('benchmarks.md', 'coding', md)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
