"""``qualcode train``: train the hybrid coder on every coder decision in a project store and save it there."""

from __future__ import annotations

import argparse

from qualcode._io import read_table
from qualcode._progress import step
from qualcode.cli import COMMANDS
from qualcode.coding import HybridCoder, load_codebook, unit_labels
from qualcode.errors import InputError, Issue
from qualcode.validation import coder_labels
from qualcode.validation._store import Project


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "train", help=COMMANDS["train"],
        description="Train the hybrid coder (the codebook's rules + a text model) on every decision coders made: the "
                    "store's review decisions and human codings, plus any --labels files (filled coding sheets' "
                    "decisions, human codings, gold units). The model is saved in the store with the codebook "
                    "version and the training set; 'qualcode code DIR --model STORE' then codes with it. With no "
                    "decisions yet, the saved coder is the rules.")
    p.add_argument("project", metavar="STORE")
    p.add_argument("--labels", metavar="FILE", nargs="*", default=[],
                   help="more training labels: decisions (seg_id, code, decision), codings (seg_id, code) or gold "
                        "units (seg_id, codes)")
    p.add_argument("--codebook", metavar="FILE", help="codebook YAML (default: the store's latest version)")
    p.add_argument("--codebook-version", type=int, default=None, help="stored codebook version to use")
    p.add_argument("--unit", choices=["turn", "segment"], default=None,
                   help="unit the coder decides on (default: turn; a decision on a sentence counts for its turn, so "
                        "review whole turns, or use 'segment' to learn and code the stored segments as they are)")
    p.add_argument("--name", default="hybrid", help="name the model is saved under")
    p.set_defaults(func=run)


def _codebook(args, proj: Project):
    if args.codebook:
        return load_codebook(args.codebook), None
    import tempfile
    from pathlib import Path

    text = proj.codebook_text(args.codebook_version)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "codebook.yaml"
        path.write_text(text, encoding="utf-8")
        return load_codebook(path), args.codebook_version


def run(args: argparse.Namespace) -> int:
    with Project.open(args.project) as proj:
        codebook, version = _codebook(args, proj)
        segments = proj.segments()
        labels = coder_labels(proj, extra=[read_table(f) for f in args.labels])
        if not len(segments):
            raise InputError([Issue(args.project, None, "the store holds no segments",
                                    hint="create it with 'qualcode project init STORE --corpus DIR'")])
        unit = args.unit or "turn"
        model = HybridCoder(codebook, unit=unit)
        step(f"training on {labels['seg_id'].nunique()} checked segments")
        model.fit(segments, labels if len(labels) else None)
        got = unit_labels(segments, labels, unit) if len(labels) else {}
        model_id = proj.save_model(model, name=args.name, codebook_version=version, labels=got)
    summary = model.training_summary().to_string(index=False)
    print(f"trained {args.name!r} on {model.n_train_} {unit}s in {model.fit_seconds_:.2f} s "
          f"(model {model_id} in {args.project})")
    print(summary.rstrip())
    if not model.n_train_:
        print("no coder decisions yet: the saved coder codes with the rules alone")
    return 0
