"""qualcode segment DIR --out segments.csv"""

from __future__ import annotations

import argparse

import pandas as pd

from qualcode._io import write_table
from qualcode.cli import COMMANDS
from qualcode.commands._options import add_corpus_options, load_corpus
from qualcode.segment import BACKENDS, Segmenter


def register(sub) -> None:
    p = sub.add_parser("segment", help=COMMANDS["segment"],
                       description="Read a corpus folder, segment respondent turns into sentences (or whole turns) "
                                   "and Chinese words, and write the segments table (seg_id, offsets, text, tokens "
                                   "and respondent attributes). Results are cached by content; see --no-cache.")
    p.add_argument("corpus", metavar="DIR", help="corpus folder (or one transcript file)")
    p.add_argument("--out", help="segments table to write (.csv or .xlsx); tokens are space-separated")
    p.add_argument("--unit", choices=["sentence", "turn"], default="sentence", help="segment unit (default: sentence)")
    p.add_argument("--backend", choices=["auto", *BACKENDS], default="auto",
                   help="word segmenter (default: auto = rjieba when installed, else jieba)")
    p.add_argument("--all-speakers", action="store_true",
                   help="also segment interviewer turns (marked by speaker_kind)")
    p.add_argument("--user-dict", metavar="FILE", help="extra dictionary in jieba format (word [freq] [tag] a line)")
    p.add_argument("--no-domain-dict", action="store_true", help="do not load qualcode's shipped domain dictionary")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (-1 = one per CPU; default 1)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the segmentation cache")
    add_corpus_options(p)
    p.set_defaults(func=run)


def summary_lines(segs: pd.DataFrame, seg: Segmenter) -> list[str]:
    n_tokens = int(segs["tokens"].map(len).sum()) if len(segs) else 0
    stats = getattr(seg, "stats_", {})
    lines = [
        f"backend: {seg.backend_name_} (unit: {seg.unit}, speakers: {seg.speakers})",
        f"segments: {len(segs)}",
        f"tokens: {n_tokens}",
        f"documents: {stats.get('documents', 0)} ({stats.get('cache_hits', 0)} from cache)",
    ]
    by = "role" if "role" in segs.columns else "speaker_kind"
    if len(segs):
        lines.append(f"by {by}:")
        table = segs.assign(_n=segs["tokens"].map(len)).groupby(segs[by].fillna("(none)").astype(str), sort=True)
        for key, grp in table:
            lines.append(f"  {key}\t{len(grp)} segments\t{int(grp['_n'].sum())} tokens")
    return lines


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus(args)
    seg = Segmenter(backend=args.backend, unit=args.unit, user_dict=args.user_dict,
                    speakers="all" if args.all_speakers else "respondent",
                    cache_dir=False if args.no_cache else None, n_jobs=args.jobs,
                    domain_dict=not args.no_domain_dict)
    segs = seg.segment(corpus)
    if args.out:
        write_table(segs, args.out, sheet_name="segments")
        print(f"wrote {args.out}")
    print("\n".join(summary_lines(segs, seg)))
    return 0
