"""``qualcode cache``: show, prune or clear the result cache shared by the commands (qualcode._cachedir)."""

from __future__ import annotations

import argparse

from qualcode._cachedir import KINDS, cache_info, cache_root, clear_cache, prune_cache
from qualcode.cli import COMMANDS


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "cache", help=COMMANDS["cache"],
        description="Segmentations, topic sweeps and models are cached by content hash (in $QUALCODE_CACHE_DIR, "
                    "else ~/.cache/qualcode) so that commands reuse each other's work; the folder is kept under "
                    "$QUALCODE_CACHE_MAX_MB megabytes (default 2048) by deleting the least recently used entries. "
                    "'info' (default) shows it, 'prune' applies the bound now, 'clear' deletes entries.")
    p.add_argument("action", nargs="?", choices=["info", "prune", "clear"], default="info")
    p.add_argument("--dir", metavar="DIR", help="cache folder (default: $QUALCODE_CACHE_DIR, else ~/.cache/qualcode)")
    p.add_argument("--kind", action="append", choices=list(KINDS), help="clear only this kind (repeatable)")
    p.add_argument("--older-than", type=float, metavar="DAYS", help="clear only entries unused for DAYS days")
    p.add_argument("--max-mb", type=float, metavar="MB", help="prune to this size instead of the configured bound")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    root = cache_root(args.dir)
    if args.action == "clear":
        n = clear_cache(args.dir, kinds=args.kind, older_than_days=args.older_than)
        print(f"deleted {n} cached entr{'y' if n == 1 else 'ies'} from {root}")
    elif args.action == "prune":
        if args.max_mb is not None and args.max_mb < 0:
            raise SystemExit(f"qualcode cache: --max-mb {args.max_mb}: must be >= 0")
        limit = int(args.max_mb * 1024 * 1024) if args.max_mb is not None else None
        n = prune_cache(args.dir, limit)
        print(f"deleted {n} least recently used entr{'y' if n == 1 else 'ies'} from {root}")
    info = cache_info(args.dir)
    print(f"cache: {info.attrs['root']} (bound {info.attrs['max_mb']:.0f} MB, $QUALCODE_CACHE_MAX_MB)")
    print(info.to_string(index=False))
    return 0
