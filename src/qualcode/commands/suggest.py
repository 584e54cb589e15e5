"""``qualcode suggest``: train a classifier on coders' validated codings and suggest codes for unreviewed segments;
optionally write the review queue (model-only suggestions first, then low-confidence rule codes)."""

from __future__ import annotations

from qualcode._io import read_table, write_table
from qualcode._progress import step
from qualcode.coding._suggest import CodeSuggester, review_queue
from qualcode.errors import InputError, Issue
from qualcode.validation._store import Project, decisions_to_codings


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "suggest", help="learned code suggestions (auto:model) from validated codings, and a review queue",
        description="Training units are the segments coders validated: in a store, segments with review decisions "
                    "or human codings; from files, the rows of --train (a gold-units table with a 'codes' column, "
                    "or a codings table whose rows, empty-code rows included, mark the coded segments).")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--project", metavar="STORE", help="project store (segments, decisions, codings)")
    src.add_argument("--segments", metavar="FILE", help="segments table (with --train)")
    p.add_argument("--train", metavar="FILE", help="validated codings or gold units table (with --segments)")
    p.add_argument("--split", default=None, help="train only on rows of --train with this split value")
    p.add_argument("--rules", metavar="FILE", help="rule codings for the review queue (with --segments)")
    p.add_argument("--out", required=True, metavar="FILE", help="suggested codings (CSV/XLSX)")
    p.add_argument("--threshold", type=float, default=0.5, help="probability at which a code is suggested")
    p.add_argument("--model", choices=["svm", "logreg"], default="svm")
    p.add_argument("--all", action="store_true", help="suggest for every segment, not only unvalidated ones")
    p.add_argument("--save", action="store_true", help="(store) save the suggestions as coder auto:model")
    p.add_argument("--queue", metavar="FILE", help="write the review queue (with --project also saved in the store as "
                                                  "queue 'suggest', for 'qualcode review --queue suggest')")
    p.set_defaults(func=run)


def _train_from_file(path, segments, split):

    train = read_table(path)
    if "seg_id" not in train.columns:
        raise InputError([Issue(str(path), 1, "column 'seg_id' is missing")])
    if split is not None:
        if "split" not in train.columns:
            raise InputError([Issue(str(path), 1, f"--split {split} given but the table has no 'split' column")])
        train = train[train["split"].astype(str) == split]
    ids = set(train["seg_id"].astype(str))
    units = segments[segments["seg_id"].astype(str).isin(ids)]
    if "codes" in train.columns:
        codes = dict(zip(train["seg_id"].astype(str), train["codes"].fillna("")))
        labels = [codes.get(s, "") for s in units["seg_id"].astype(str)]
    elif "code" in train.columns:
        labels = train
    else:
        raise InputError([Issue(str(path), 1, "neither a 'codes' (gold units) nor a 'code' (codings) column")])
    return units, labels


def run(args) -> int:
    import pandas as pd


    decisions = None
    rules = None
    if args.project:

        with Project.open(args.project) as proj:
            segments = proj.segments()
            decisions = proj.decisions()
            stored = proj.codings()
        human = decisions_to_codings(decisions)
        by_people = stored[~stored["coder"].astype(str).str.startswith("auto")]
        labels = pd.concat([human[["seg_id", "code"]], by_people[["seg_id", "code"]]], ignore_index=True)
        train_ids = set(labels["seg_id"].astype(str))
        units = segments[segments["seg_id"].astype(str).isin(train_ids)]
        rules = stored[stored["coder"] == "auto:rules"]
    else:
        if not args.segments or not args.train:
            raise InputError([Issue("<command line>", None, "give --project, or --segments with --train")])
        segments = read_table(args.segments)
        units, labels = _train_from_file(args.train, segments, args.split)
        train_ids = set(units["seg_id"].astype(str))
        if args.rules:
            rules = read_table(args.rules)
    if not len(units):
        raise InputError([Issue(args.project or args.train, None, "no validated segments to train on",
                                hint="review some segments first (qualcode sample, then record decisions)")])
    step(f"training on {len(units)} segments")
    model = CodeSuggester(model=args.model, threshold=args.threshold).fit(units, labels)
    targets = segments if args.all else segments[~segments["seg_id"].astype(str).isin(train_ids)]
    if "speaker_kind" in targets.columns:
        targets = targets[targets["speaker_kind"].fillna("respondent") != "interviewer"]
    step(f"suggesting codes for {len(targets)} segments")
    suggestions = model.suggest(targets, threshold=args.threshold)
    write_table(suggestions, args.out, sheet_name="suggestions")
    if args.save and args.project:

        with Project.open(args.project) as proj:
            proj.add_codings(suggestions, coder="auto:model", replace=True)
    if args.queue:
        if rules is None:
            rules = pd.DataFrame(columns=["seg_id", "code", "evidence"])
        proba = model.predict_proba(targets)
        queue = review_queue(rules, proba, decisions, threshold=args.threshold, segments=segments)
        write_table(queue, args.queue, sheet_name="review_queue")
        if args.project and len(queue):
            with Project.open(args.project) as proj:
                proj.save_queue("suggest", queue)
    untrained = f" (not learnable: {', '.join(model.untrainable_)})" if model.untrainable_ else ""
    print(f"trained on {len(units)} segments, {len(model.classes_)} codes{untrained}")
    print(f"suggested {len(suggestions)} codes on {suggestions['seg_id'].nunique()} of {len(targets)} segments "
          f"-> {args.out}")
    if args.queue:
        print(f"review queue: {len(queue)} items -> {args.queue}")
    return 0
