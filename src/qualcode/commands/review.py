"""``qualcode review STORE --coder NAME``: review machine codes in the browser (a local web server)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from qualcode._io import read_table
from qualcode.cli import COMMANDS
from qualcode.errors import InputError, Issue, require
from qualcode.validation import Project, parse_filter
from qualcode.validation.review import ReviewService, bind, check_coder, serve
from qualcode.validation.review._server import check_host


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "review", help=COMMANDS["review"],
        description="Start the review app on this computer and print the address to open (with a random access "
                    "token). Each item shows the segment with the interviewer's question and the neighbouring "
                    "turns, the respondent's attributes and the machine's codes with their evidence; every decision "
                    "is written to the store at once, with coder, time and codebook version. Keys: a accept, "
                    "r reject, 1-9 toggle a code, c add a code, u uncertain, s skip, z undo, m memo, d dashboard, "
                    "? help. Needs the 'review' extra (pip install 'qualcode[review]').")
    p.add_argument("store", metavar="STORE", help="project store (e.g. study.qualcode)")
    p.add_argument("--coder", help="your name as a coder (required; not starting with 'auto')")
    p.add_argument("--blind", action="store_true",
                   help="hide machine codes and other coders' decisions: code from the codebook alone")
    p.add_argument("--queue", default=None, metavar="NAME|FILE",
                   help="what to review: a saved queue name ('sample', from 'qualcode sample --project'; "
                        "'suggest', from 'qualcode suggest --project --queue'), a table with a seg_id column, or "
                        "'all' (default: the saved sample when there is one, else all respondent segments)")
    p.add_argument("--filter", action="append", metavar="KEY=VALUE",
                   help="keep only some segments: code=X, doc=F01, coder=NAME, role=VALUE (any attribute), "
                        "'disagreement', 'unchecked' (machine coded, nobody decided); repeatable")
    p.add_argument("--order", default=None,
                   help="queue order: source (default), document, random, uncertainty (the model's least sure "
                        "codes first), or module:function (a callable order(candidates, codings))")
    p.add_argument("--seed", type=int, default=0, help="seed of --order random")
    p.add_argument("--machine", default="auto:rules", help="machine coder compared on the dashboard")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0: any free port)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1, this computer only); another address exposes "
                        "the project to the network and needs --password")
    p.add_argument("--password", default=None, help="password for the login page (required with --host)")
    p.set_defaults(func=run)


def _source(store: Project, value: str | None):
    if value is None or value == "all":
        return value
    if value in store.queue_names():
        return value
    if not Path(value).is_file():
        raise InputError([Issue("<command line>", None, f"--queue {value}: no saved queue or file of that name",
                                hint=f"saved queues: {', '.join(store.queue_names()) or 'none'}; or give a table "
                                     "with a seg_id column")])
    table = read_table(value)
    table.attrs["path"] = value
    return table


def run(args: argparse.Namespace) -> int:
    # check everything that needs no store first: nothing is opened or written when an argument is wrong
    coder = check_coder(args.coder)
    check_host(args.host, args.password)
    require("flask", extra="review", purpose="the review app")
    require("waitress", extra="review", purpose="the review app")
    flt = dataclasses.replace(parse_filter(args.filter), machine=args.machine)
    sock = bind(args.host, args.port)
    try:
        project = Project.open(args.store)
    except BaseException:
        sock.close()
        raise
    try:
        service = ReviewService(args.store, coder, blind=args.blind, source=_source(project, args.queue), flt=flt,
                                order=args.order, seed=args.seed, machine=args.machine, project=project,
                                worker=True)
    except BaseException:
        project.close()
        sock.close()
        raise
    try:
        serve(service, sock, host=args.host, password=args.password)
    finally:
        service.close()
    return 0
