"""Topic models on labelled Chinese text: do topics recover known categories, how coherent are they, how fast?

Data: THUCNews news titles (../shared/data/thucnews_titles/test_balanced_5k.tsv, 10 categories x 500). Titles are
very short (about 19 characters), so this is a hard lower bound for topic models, not a picture of interview data.

For each method, qualcode's TopicModel is fitted with k = 10 and the same vocabulary, and we report
- NMI: sklearn normalized_mutual_info_score of each title's main topic vs its category;
- c_v and c_npmi coherence of the top-10 terms (gensim CoherenceModel on the same tokens, for every method);
- seconds for the fit (wall clock and CPU time of this process).
The anchors are the bare libraries (gensim LdaModel, scikit-learn NMF and LatentDirichletAllocation) fitted on the
same bag of words, timed the same way, so the cost of qualcode's wrapper is visible.

Run:  python benchmarks/bench_topics.py [--n 3000] [--k 10]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _report  # noqa: E402  (puts src/ on sys.path)

#: Codebook-style seeds: three everyday words per category, written once by hand from the category names (not
#: tuned on the titles). They show what seeding (TopicModel(seed_terms=...)) adds when themes are known.
SEEDS = {"finance": ["基金", "理财", "银行"], "realty": ["楼盘", "房价", "开盘"], "stocks": ["股票", "涨停", "大盘"],
         "education": ["考研", "高考", "留学"], "science": ["手机", "电脑", "互联网"],
         "society": ["男子", "女子", "警方"], "politics": ["总统", "外交", "政府"], "sports": ["比赛", "球员", "NBA"],
         "game": ["游戏", "网游", "玩家"], "entertainment": ["电影", "明星", "导演"]}


def load_titles(n: int, seed: int = 0):
    import random

    path = _report.shared_data() / "thucnews_titles" / "test_balanced_5k.tsv"
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    by_label: dict[str, list] = {}
    for r in rows:
        by_label.setdefault(r["label"], []).append(r)
    rng = random.Random(seed)
    per = n // len(by_label)
    picked = [r for label in sorted(by_label) for r in rng.sample(by_label[label], per)]
    rng.shuffle(picked)
    return picked, path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000, help="titles (balanced over the 10 categories)")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=3, help="time each fit this many times and report the fastest")
    ap.add_argument("--no-write", action="store_true", help="print only; do not update docs/benchmarks.md")
    args = ap.parse_args(argv)

    import numpy as np
    import pandas as pd
    from sklearn.metrics import normalized_mutual_info_score as nmi

    from qualcode.segment import Segmenter
    from qualcode.topics import TopicModel
    from qualcode.topics._model import coherence_per_topic

    rows, path = load_titles(args.n)
    seg = Segmenter()
    t0 = time.perf_counter()
    tokens = [seg.tokenize(r["text"]) for r in rows]
    t_seg = time.perf_counter() - t0
    segments = pd.DataFrame({
        "seg_id": [f"t{i}" for i in range(len(rows))], "doc_id": [f"t{i}" for i in range(len(rows))],
        "respondent_id": [f"t{i}" for i in range(len(rows))], "text": [r["text"] for r in rows], "tokens": tokens,
        "category": [r["label"] for r in rows],
    })
    labels = segments.set_index("seg_id")["category"]
    k = args.k
    results = []

    def score(name, impl, seconds, topic_terms, main_topics, seg_ids, texts, dictionary, note=""):
        coh = coherence_per_topic(topic_terms, texts, dictionary, ["c_v", "c_npmi"], 10)
        results.append({
            "method": name, "implementation": impl, "NMI": nmi(labels.loc[seg_ids], main_topics),
            "c_v": float(np.mean(coh["c_v"])), "c_npmi": float(np.mean(coh["c_npmi"])), "seconds": seconds[0],
            "cpu_seconds": seconds[1],
            "note": note,
        })
        print(f"{name:<22} {impl:<26} NMI {results[-1]['NMI']:.3f}  c_v {results[-1]['c_v']:.3f}  "
              f"c_npmi {results[-1]['c_npmi']:.3f}  {seconds[0]:.1f}s (cpu {seconds[1]:.1f}s)", flush=True)

    def timed(fit):
        """Run ``fit`` args.repeat times; return (last result, (fastest wall, fastest CPU seconds)). The machine is
        shared, so the fastest run is the least disturbed one."""
        best, cpu, out = float("inf"), float("inf"), None
        for _ in range(max(1, args.repeat)):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                t0, c0 = time.perf_counter(), time.process_time()
                out = fit()
                best = min(best, time.perf_counter() - t0)
                cpu = min(cpu, time.process_time() - c0)
        return out, (best, cpu)

    reference = None
    for method, impl in [("lda", "gensim LdaModel"), ("nmf", "scikit-learn NMF"),
                         ("sklearn_lda", "scikit-learn LDA (batch)"), ("tomotopy", "tomotopy LDAModel")]:
        model, seconds = timed(lambda method=method: TopicModel(n_topics=k, method=method,
                                                                random_state=0).fit(segments))
        reference = reference or model
        score(f"TopicModel({method})", impl, seconds, model._topic_term_lists(10), model.doc_topic_.argmax(1),
              model.segments_["seg_id"], model.tokens_, model._gensim_dictionary())

    if k == len(SEEDS):
        for method in ("lda", "tomotopy"):
            model, seconds = timed(lambda method=method: TopicModel(n_topics=k, method=method, seed_terms=SEEDS,
                                                                    random_state=0).fit(segments))
            score(f"TopicModel({method}, seeded)", "gensim LdaModel" if method == "lda" else "tomotopy LDAModel",
                  seconds, model._topic_term_lists(10), model.doc_topic_.argmax(1), model.segments_["seg_id"],
                  model.tokens_, model._gensim_dictionary(), "3 seed words per category, seed_weight 5")

    # anchors: the bare libraries on the same bag of words (vocabulary and filtered tokens of the reference model)
    from gensim.models import LdaModel
    from scipy import sparse
    from sklearn.decomposition import NMF, LatentDirichletAllocation
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs, vocab, dictionary = reference.tokens_, reference.vocabulary_, reference._gensim_dictionary()
    ids = reference.segments_["seg_id"]
    bow = reference._bow(docs)
    lda, seconds = timed(lambda: LdaModel(corpus=bow, id2word=dictionary, num_topics=k, passes=10, iterations=50,
                                          eval_every=None, random_state=0))
    theta = np.array([[p for _, p in lda.get_document_topics(b, minimum_probability=0.0)] for b in bow])
    score("gensim (bare)", "gensim LdaModel", seconds,
          [[vocab[i] for i in np.argsort(-row)[:10]] for row in lda.get_topics()], theta.argmax(1), ids, docs,
          dictionary, "passes=10, iterations=50")

    counts = sparse.csr_matrix(([c for d in bow for _, c in d], ([i for i, d in enumerate(bow) for _ in d],
                                                                  [j for d in bow for j, _ in d])),
                               shape=(len(bow), len(vocab)))
    def fit_nmf():
        tfidf = TfidfVectorizer(analyzer=lambda x: x, vocabulary=vocab, lowercase=False).fit_transform(docs)
        nmf = NMF(n_components=k, init="nndsvda", max_iter=400, random_state=0)
        return nmf, nmf.fit_transform(tfidf)

    (nmf, w), seconds = timed(fit_nmf)
    score("scikit-learn (bare)", "scikit-learn NMF", seconds,
          [[vocab[i] for i in np.argsort(-row)[:10]] for row in nmf.components_], w.argmax(1), ids, docs,
          dictionary, "TF-IDF + NMF, nndsvda")
    def fit_sklearn_lda():
        sk = LatentDirichletAllocation(n_components=k, learning_method="batch", max_iter=10, random_state=0)
        return sk, sk.fit_transform(counts)

    (sk, theta), seconds = timed(fit_sklearn_lda)
    score("scikit-learn (bare)", "scikit-learn LDA (batch)", seconds,
          [[vocab[i] for i in np.argsort(-row)[:10]] for row in sk.components_], theta.argmax(1), ids, docs,
          dictionary, "max_iter=10")

    table = pd.DataFrame(results)
    md = [
        "## topics",
        "",
        f"Topic models on {len(segments)} THUCNews titles (10 categories, {len(segments) // 10} each, from "
        f"`{path.name}`), k = {k}, random_state 0. Tokens from qualcode's Segmenter "
        f"({t_seg:.1f} s), default stop words, min_df 2, max_df 0.5: {len(vocab)} terms, {len(docs)} titles with at "
        "least one term. NMI: main topic vs category (sklearn `normalized_mutual_info_score`); coherence of the "
        "top-10 terms by gensim `CoherenceModel` on the same tokens for every method. Seconds (wall clock) and "
        f"CPU seconds (this process, all threads): fastest of {args.repeat} fits on a machine shared with other "
        "jobs, so compare CPU seconds and treat wall-clock differences under about 2x as noise; qualcode rows "
        "include building the vocabulary and inferring every "
        "title's topic proportions (gensim: one more E-step over the corpus). The 'bare' rows are the libraries "
        "called directly on the same bag of words: the anchors for the timings.",
        "",
        "| method | implementation | NMI | c_v | c_npmi | seconds | CPU seconds | note |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        md.append(f"| {r['method']} | {r['implementation']} | {r['NMI']:.3f} | {r['c_v']:.3f} | {r['c_npmi']:.3f} "
                  f"| {r['seconds']:.1f} | {r['cpu_seconds']:.1f} | {r['note']} |")
    best = max(results[:4], key=lambda r: r["NMI"])
    seeded = {r["method"]: r["NMI"] for r in results if "seeded" in r["method"]}
    md += [
        "",
        f"Best category recovery here: {best['method']} (NMI {best['NMI']:.3f}). Variational LDA (gensim, "
        "scikit-learn) barely separates titles of four or five tokens, while collapsed Gibbs sampling (tomotopy) "
        "and NMF on TF-IDF do better: for sentence-level interview segments, compare methods with "
        "`qualcode topics --method` rather than trusting the default. "
        + (f"Seeding each topic with three words of its category (`SEEDS` in the script, written once by hand, not "
           f"tuned) gives NMI {seeded.get('TopicModel(lda, seeded)', float('nan')):.3f} for gensim LDA and "
           f"{seeded.get('TopicModel(tomotopy, seeded)', float('nan')):.3f} for tomotopy (unseeded: "
           f"{results[0]['NMI']:.3f} and {results[3]['NMI']:.3f}). " if seeded else "")
        + "Titles are about 19 characters, so every model is far from the categories; use this as a lower bound and "
        "as a check that the methods rank sensibly, not as a forecast for interviews.",
        "",
        f"Command: `python benchmarks/bench_topics.py --n {args.n} --k {k}`  ",
        f"Machine: {_report.machine()}",
    ]
    text = "\n".join(md)
    print(table.to_string(index=False))
    if not args.no_write:
        print(f"updated {_report.update_section('benchmarks.md', 'topics', text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
