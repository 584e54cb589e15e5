"""``qualcode sample``: draw segments for coders to check (stratified by machine code and role, with uncoded
segments so recall can be estimated)."""

from __future__ import annotations

from qualcode._io import read_table, write_table
from qualcode.errors import InputError, Issue
from qualcode.validation._sampling import sample_for_review
from qualcode.validation._store import Project


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "sample", help="draw a stratified review sample of segments (codes x roles, plus uncoded segments)",
        description="Without --n the size is chosen so the agreement estimate reaches --halfwidth at 95 percent "
                    "(normal approximation with finite-population correction; see docs/validation.md).")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--project", metavar="STORE", help="take segments and machine codings from a project store")
    src.add_argument("--segments", metavar="FILE", help="segments table")
    p.add_argument("--codings", metavar="FILE", help="machine codings table (with --segments)")
    p.add_argument("--coder", default=None, help="machine coder to stratify by (default: auto:rules in a store, "
                                                  "every row of --codings)")
    p.add_argument("--out", required=True, metavar="FILE", help="sample table to write (CSV/XLSX)")
    p.add_argument("--n", type=int, default=None, help="sample size (default: from the precision target)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--by", default="code,role", help="stratum keys (default: code,role)")
    p.add_argument("--halfwidth", type=float, default=0.1, help="target half-width of the agreement CI")
    p.add_argument("--expected", type=float, default=0.8, help="expected agreement (proportion)")
    p.add_argument("--no-uncoded", action="store_true", help="leave out segments without machine codes")
    p.add_argument("--include-reviewed", action="store_true", help="(store) also draw already reviewed segments")
    p.add_argument("--name", default="sample",
                   help="(store) also save the sample in the store under this name, for 'qualcode review' "
                        "(default: sample)")
    p.set_defaults(func=run)


def run(args) -> int:

    exclude: list[str] = []
    coder = args.coder
    if args.project:

        with Project.open(args.project) as proj:
            segments = proj.segments()
            coder = coder or "auto:rules"
            codings = proj.codings(coder)
            if not args.include_reviewed:
                exclude = list(proj.decisions()["seg_id"].unique())
    else:
        if not args.segments or not args.codings:
            raise InputError([Issue("<command line>", None, "give --segments and --codings (or --project)")])
        segments = read_table(args.segments)
        codings = read_table(args.codings)
    by = tuple(k.strip() for k in args.by.split(",") if k.strip())
    if "role" in by and "role" not in segments.columns:
        by = tuple(k for k in by if k != "role")
    sample = sample_for_review(segments, codings, n=args.n, by=by, include_uncoded=not args.no_uncoded,
                               seed=args.seed, target_ci_halfwidth=args.halfwidth, expected_agreement=args.expected,
                               coder=coder, exclude=exclude)
    if "text" in segments.columns:
        text = dict(zip(segments["seg_id"].astype(str), segments["text"]))
        sample["text"] = sample["seg_id"].map(text)
    write_table(sample, args.out, sheet_name="sample")
    if args.project:
        with Project.open(args.project) as proj:
            proj.save_queue(args.name, sample)
    print(f"sampled {len(sample)} of {sample.attrs['population']} segments in {sample['stratum'].nunique()} strata "
          f"-> {args.out}")
    print(f"size: {'--n' if args.n is not None else sample.attrs['formula']}")
    print(sample.groupby("stratum").agg(n=("seg_id", "size"), stratum_size=("stratum_size", "first"))
          .to_string())
    if args.project:
        print(f"saved in {args.project} as queue {args.name!r}: review it with 'qualcode review {args.project} "
              f"--coder NAME'")
    return 0
