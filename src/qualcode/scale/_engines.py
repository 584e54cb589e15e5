"""Where the chunks run: in this process, or on Dask (local processes or a dask.distributed cluster).

Every engine yields the chunks' results *in corpus order*, with a bounded number of chunks in flight, so the caller
can write outputs as they come with constant memory. Dask is imported only when it is used
(``pip install 'qualcode[scale]'``).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from qualcode.errors import require

__all__ = ["ENGINES", "SCHEDULER_ENV", "run_chunks", "scheduler_address"]

ENGINES = ("chunks", "dask")
#: Environment variable read for the dask.distributed scheduler address when none is given.
SCHEDULER_ENV = "QUALCODE_DASK_SCHEDULER"


def scheduler_address(scheduler: Any = None) -> Any:
    """The scheduler to use: ``scheduler`` when given (an address such as ``tcp://10.0.0.5:8786``, a
    ``distributed.Client``, or ``"processes"`` / ``"threads"`` / ``"synchronous"`` for Dask's local schedulers), else
    ``$QUALCODE_DASK_SCHEDULER``, else ``$DASK_SCHEDULER_ADDRESS``, else ``"processes"``."""
    if scheduler:
        return scheduler
    return os.environ.get(SCHEDULER_ENV) or os.environ.get("DASK_SCHEDULER_ADDRESS") or "processes"


def _apply(func: Callable, item: tuple[int, Any]) -> Any:
    return func(item[0], item[1])


def run_chunks(func: Callable[[int, Any], Any], items: Sequence[Any], *, engine: str = "chunks",
               scheduler: Any = None, workers: int | None = None) -> Iterator[Any]:
    """``func(i, items[i])`` for every item, yielded in order. ``engine="chunks"``: one after the other in this
    process; ``"dask"``: as a dask.bag with one partition per item, on the scheduler :func:`scheduler_address`
    names, at most ``2 x workers`` partitions computed ahead of the one being consumed."""
    if engine not in ENGINES:
        raise ValueError(f"engine == {engine!r}, must be one of {', '.join(map(repr, ENGINES))}")
    if workers is not None and (isinstance(workers, bool) or int(workers) < 1):
        raise ValueError(f"workers == {workers!r}, must be an int >= 1")
    if engine == "chunks":
        for i, item in enumerate(items):
            yield func(i, item)
        return
    require("dask", extra="scale", purpose="the Dask engine")
    import dask.bag as db

    bag = db.from_sequence(list(enumerate(items)), npartitions=max(1, len(items)))
    parts = bag.map(functools.partial(_apply, func)).to_delayed()
    target = scheduler_address(scheduler)
    if isinstance(target, str) and target in ("processes", "threads", "synchronous", "sync", "single-threaded"):
        yield from _local(parts, target, workers or os.cpu_count() or 1)
    else:
        yield from _distributed(parts, target)


def _local(parts: list, scheduler: str, workers: int) -> Iterator[Any]:
    import dask

    pool = None
    if scheduler == "processes":
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        # one pool for the whole run (dask would start one per compute call); fork where it exists, so workers
        # start with qualcode already imported
        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() and os.name == "posix" else "spawn")
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    window = 2 * workers
    extra = {"pool": pool} if pool is not None else {"num_workers": workers}

    def compute(lo: int) -> tuple:
        return dask.compute(*parts[lo:lo + window], scheduler=scheduler, **extra)

    # the next window is computed (in a thread that waits on the pool) while this one's results are consumed, so
    # the workers do not stand idle while the client writes outputs or a window's slowest chunk finishes; at most
    # two windows are in flight, so memory stays bounded
    from concurrent.futures import ThreadPoolExecutor

    ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qualcode-dask")
    try:
        starts = list(range(0, len(parts), window))
        nxt = ahead.submit(compute, starts[0]) if starts else None
        k = 0
        while nxt is not None:
            done = nxt.result()
            nxt = ahead.submit(compute, starts[k + 1]) if k + 1 < len(starts) else None
            k += 1
            for part in done:
                yield from part
    finally:
        ahead.shutdown(wait=True, cancel_futures=True)
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _distributed(parts: list, target: Any) -> Iterator[Any]:
    require("distributed", extra="scale", purpose="running on a Dask cluster")
    from distributed import Client

    client = target if isinstance(target, Client) else Client(target)
    try:
        n = max(1, len(client.nthreads()))
        window = 2 * n
        pending = [client.compute(p) for p in parts[:window]]
        nxt = len(pending)
        while pending:
            fut = pending.pop(0)
            result = fut.result()
            fut.release()
            if nxt < len(parts):
                pending.append(client.compute(parts[nxt]))
                nxt += 1
            yield from result
    finally:
        if client is not target:
            client.close()
