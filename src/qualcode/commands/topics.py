"""qualcode topics DIR --k 4..12 | --k 8  (topic models over respondents' segments)"""

from __future__ import annotations

import argparse
import sys
from typing import cast

import pandas as pd

from qualcode._io import write_table
from qualcode._progress import step
from qualcode.cli import COMMANDS
from qualcode.commands._options import (
    add_segments_options,
    load_codebook_for,
    load_segments,
    parse_ks,
    parse_seeds,
)
from qualcode.topics import TopicModel, recommend_k, seeds_from_codebook, sweep_k


def register(sub) -> None:
    p = sub.add_parser(
        "topics", help=COMMANDS["topics"],
        description="With a range (--k 4..12) fit models for each k and several random seeds and print coherence and "
                    "stability per k with a recommended k; with one k (--k 8) fit one model and print its top terms "
                    "and representative quotes.")
    add_segments_options(p)
    p.add_argument("--k", type=parse_ks, default=parse_ks("4..12"), metavar="K",
                   help="number of topics: 8, 4..12 or 4,6,8 (default 4..12)")
    p.add_argument("--method", choices=["lda", "nmf", "sklearn_lda", "tomotopy"], default="lda",
                   help="gensim LDA (default), NMF on TF-IDF, scikit-learn LDA, or tomotopy LDA (Gibbs sampling; "
                        "needs qualcode[tomotopy])")
    p.add_argument("--random-seeds", type=parse_seeds, default=[0, 1, 2], metavar="S,S",
                   help="random seeds per k for the sweep (default 0,1,2); the first one for a single fit")
    p.add_argument("--codebook", metavar="FILE", help="seed topics with the codebook's terms and label topics by it")
    p.add_argument("--level", type=int, help="codebook level to seed and label with (default: every code)")
    p.add_argument("--top", type=int, default=10, help="terms per topic (default 10)")
    p.add_argument("--min-df", type=float, default=2,
                   help="keep terms in at least this many segments (a share when below 1; default 2)")
    p.add_argument("--max-df", type=float, default=0.5,
                   help="keep terms in at most this share of segments (a count when above 1; default 0.5)")
    p.add_argument("--out", metavar="FILE", help="write the sweep table or the top-terms table (.csv/.xlsx)")
    p.set_defaults(func=run)


def _min_df(value: float) -> float | int:
    """--min-df: a share of segments below 1, else a number of segments."""
    return float(value) if value < 1 else int(value)


def _max_df(value: float) -> float | int:
    """--max-df: a share of segments up to 1 (so 1 means every segment), else a number of segments."""
    return float(value) if value <= 1 else int(value)


def run(args: argparse.Namespace) -> int:
    codebook = load_codebook_for(args) if args.codebook else None
    segments = load_segments(args, codebook)
    params = {"method": args.method, "min_df": _min_df(args.min_df), "max_df": _max_df(args.max_df)}
    seeds = seeds_from_codebook(codebook, level=args.level) if codebook is not None else None
    if seeds:
        params["seed_terms"] = seeds
    if len(args.k) > 1:
        return _sweep(args, segments, params)
    k = args.k[0]
    step(f"fitting one {args.method} model with {k} topics")
    model = TopicModel(n_topics=k, random_state=args.random_seeds[0] if args.random_seeds else 0, **params)
    model.fit(segments)
    terms = model.top_terms(args.top)
    labels = model.label_topics(codebook, level=args.level) if codebook is not None else None
    coh = model.coherence(topn=args.top, by_topic=True)
    per_topic = coh.pivot(index="topic", columns="measure", values="coherence")
    for t, group in terms.groupby("topic"):
        name = ""
        if labels is not None:
            topic = cast(int, t)  # the topic column holds topic numbers
            label = cast(str, labels.loc[topic, "label"])
            seeded = cast(str, labels.loc[topic, "seeded"])  # "" when not seeded
            name = f" [{label}{'; seeded ' + seeded if seeded else ''}]"
        print(f"topic {t}{name} (c_v {per_topic.loc[t, 'c_v']:.3f}): {' '.join(group['term'])}")
    means = coh.groupby("measure", sort=False)["coherence"].mean()  # (the mean over topics, computed once)
    print("coherence: " + ", ".join(f"{m} {v:.3f}" for m, v in means.items()))
    for _, q in model.representative_quotes(1).iterrows():
        print(f"  topic {q['topic']} e.g. {q['seg_id']}: {str(q['text'])[:60]}")
    if args.out:
        out = terms if labels is None else terms.merge(labels[["topic", "label"]], on="topic")
        write_table(out, args.out, sheet_name="top_terms")
        print(f"wrote {args.out}")
    return 0


def _sweep(args: argparse.Namespace, segments: pd.DataFrame, params: dict) -> int:
    step(f"fitting {len(args.k)} values of k x {len(args.random_seeds)} seeds ({args.method})")
    table = sweep_k(segments, args.k, seeds=args.random_seeds, topn=args.top, **params)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    try:
        best = recommend_k(table)
        print(f"\nrecommended k: {best} (smallest k whose mean of min-max scaled c_v, c_npmi and stability is "
              "within 0.02 of the best; see qualcode.topics.recommend_k)")
    except ValueError as exc:
        print(f"\nno k recommended: {exc}", file=sys.stderr)
    if args.out:
        write_table(table, args.out, sheet_name="k_sweep")
        print(f"wrote {args.out}")
    return 0
