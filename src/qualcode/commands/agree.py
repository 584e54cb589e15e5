"""``qualcode agree``: agreement between coders (per code and overall) with bootstrap intervals.

Also holds the small loaders the validation commands (sample, agree, suggest) share: units from a corpus folder,
a segments file or a project store.
"""

from __future__ import annotations

from pathlib import Path


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "agree", help="agreement between coders: percent agreement, kappa, Krippendorff's alpha per code",
        description="Agreement at the segment unit. Units are all (respondent) segments of the corpus, segments "
                    "file or store, so a segment no coder coded counts as 'absent' for every code; restrict them "
                    "to a review sample with --units.")
    p.add_argument("codings", nargs="*", help="codings tables (CSV/XLSX), one per coder or with a coder column")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--corpus", metavar="DIR", help="corpus folder: its segments are the units")
    src.add_argument("--segments", metavar="FILE", help="segments table: its rows are the units")
    src.add_argument("--project", metavar="STORE", help="project store: its segments, codings and review decisions")
    p.add_argument("--units", metavar="FILE",
                   help="table with a seg_id column (e.g. a review sample): only these units")
    p.add_argument("--coders", help="comma-separated coders to compare (default: all)")
    p.add_argument("--seen", choices=["all", "rows"], default="all",
                   help="'rows': a coder saw only the segments it has rows for (empty-code rows mark 'seen, no "
                        "code'); default: every coder saw every unit")
    p.add_argument("--all-speakers", action="store_true", help="keep interviewer segments as units")
    p.add_argument("--n-boot", type=int, default=1000, help="bootstrap replicates (0: no intervals)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--cluster", choices=["segment", "doc"], default="segment",
                   help="bootstrap unit: single segments (default) or whole documents (honest intervals when "
                        "segments of one interview hang together)")
    p.add_argument("--out", metavar="FILE", help="write the agreement table (CSV/XLSX)")
    p.add_argument("--disagreements", metavar="FILE", help="write the disagreements to adjudicate")
    p.add_argument("--machine", default=None,
                   help="also write precision/recall/F1 of this machine coder against the human (with --prf)")
    p.add_argument("--prf", metavar="FILE", help="file for the machine-vs-human table")
    p.add_argument("--weighted", action="store_true",
                   help="weight the machine-vs-human counts by the 'weight' column of --units (a qualcode sample), "
                        "so precision/recall estimate the whole corpus")
    p.set_defaults(func=run)


# ------------------------------------------------------------------ shared loaders
def read_codings_files(paths) -> "pd.DataFrame":
    """Concatenate codings files; a file without a coder column is named after its file stem."""
    import pandas as pd

    from qualcode._io import read_table
    from qualcode.errors import InputError, Issue

    frames, issues = [], []
    for path in paths:
        df = read_table(path)
        for col in ("seg_id", "code"):
            if col not in df.columns:
                issues.append(Issue(str(path), 1, f"column {col!r} is missing",
                                    hint="a codings table has columns seg_id, code, coder (one row per code)"))
        if "coder" not in df.columns:
            df["coder"] = Path(path).stem
        df["coder"] = df["coder"].fillna(Path(path).stem).astype(str)
        frames.append(df)
    if issues:
        raise InputError(issues)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["seg_id", "code", "coder"])


def segments_from_corpus(path, unit: str = "turn") -> "pd.DataFrame":
    """Segments of a corpus folder: the Segmenter's when available, else (turn unit) the corpus turns."""
    from qualcode.ingest import read_corpus

    corpus = read_corpus(path)
    try:
        from qualcode.segment import Segmenter
    except ImportError:
        Segmenter = None
    if Segmenter is not None:
        try:
            return Segmenter(unit=unit).segment(corpus)
        except TypeError:
            return Segmenter().segment(corpus)
    if unit != "turn":
        from qualcode.errors import StoreError

        raise StoreError("sentence units need qualcode.segment.Segmenter, which is not available")
    turns = corpus.turns()
    turns.insert(0, "seg_id", turns["doc_id"].astype(str) + ":" + turns["turn"].astype(str))
    turns["sentence"] = 0
    turns["tokens"] = [[] for _ in range(len(turns))]
    return turns


def unit_of(seg_ids) -> str:
    """``sentence`` when the ids look like ``doc:turn:sentence``, else ``turn``."""
    ids = [str(s) for s in seg_ids][:200]
    return "sentence" if ids and sum(s.count(":") >= 2 for s in ids) > len(ids) / 2 else "turn"


def load_segments(args, seg_ids=()) -> "pd.DataFrame | None":
    """Segments from --segments, --corpus or --project (None when none was given)."""
    from qualcode._io import read_table

    if getattr(args, "segments", None):
        return read_table(args.segments)
    if getattr(args, "corpus", None):
        return segments_from_corpus(args.corpus, unit_of(seg_ids))
    if getattr(args, "project", None):
        from qualcode.store import Project

        with Project.open(args.project) as proj:
            return proj.segments()
    return None


def respondent_only(segments, all_speakers: bool = False):
    if segments is None or all_speakers or "speaker_kind" not in segments.columns:
        return segments
    keep = segments["speaker_kind"].fillna("respondent") != "interviewer"
    return segments[keep]


# ------------------------------------------------------------------ run
def run(args) -> int:
    import pandas as pd

    from qualcode._io import read_table, write_table
    from qualcode._progress import step
    from qualcode.agreement import agreement, disagreements, machine_vs_human
    from qualcode.errors import InputError, Issue

    seen = args.seen
    if args.project:
        from qualcode.store import Project, decisions_to_codings

        with Project.open(args.project) as proj:
            stored = proj.codings()
            review = decisions_to_codings(proj.decisions())
            segments = proj.segments()
        extra = read_codings_files(args.codings) if args.codings else None
        codings = pd.concat([f for f in (stored, review, extra) if f is not None and len(f)], ignore_index=True)
        if seen == "all" and len(review):
            # a reviewer saw the segments it made decisions on; other coders saw every unit
            seen = {c: set(g["seg_id"]) for c, g in review.groupby("coder")}
    else:
        if not args.codings:
            raise InputError([Issue("<command line>", None, "no codings files given",
                                    hint="qualcode agree A.csv B.csv --segments segments.csv")])
        codings = read_codings_files(args.codings)
        step("loading units")
        segments = load_segments(args, codings["seg_id"])
    segments = respondent_only(segments, args.all_speakers)
    units = segments
    weights = None
    if args.units:
        sample = read_table(args.units)
        keep = set(sample["seg_id"].astype(str))
        if args.weighted:
            if "weight" not in sample.columns:
                raise InputError([Issue(str(args.units), 1, "--weighted needs a 'weight' column",
                                        hint="draw the sample with 'qualcode sample'")])
            weights = sample[["seg_id", "weight"]]
        units = segments[segments["seg_id"].astype(str).isin(keep)] if segments is not None else sorted(keep)
    if units is None:
        step("warning: no --corpus/--segments/--project: units are only the segments some coder coded")
    coders = [c.strip() for c in args.coders.split(",")] if args.coders else None
    if seen == "all":
        seen = None
    step("computing agreement")
    table = agreement(codings, units, coders=coders, seen=seen, n_boot=args.n_boot, seed=args.seed,
                      cluster="doc" if args.cluster == "doc" else None)
    if args.out:
        write_table(table, args.out, sheet_name="agreement")
    if args.disagreements:
        write_table(disagreements(codings, units, coders=coders, seen=seen), args.disagreements,
                    sheet_name="disagreements")
    if args.prf:
        prf = machine_vs_human(codings, units, machine=args.machine or "auto:rules", seen=seen, weights=weights)
        write_table(prf, args.prf, sheet_name="precision_recall")
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(f"coders: {', '.join(table.attrs['coders'])}")
        print(table.round(3).to_string(index=False))
    return 0
