"""What the review app does, without the web: one coder's session over a project store (queue, items, decisions,
undo, memos) and the dashboard figures. The web layer (:mod:`._app`) only turns requests into these calls, so the
logic is tested and benchmarked without a server, and another framework could serve it unchanged.

One :class:`ReviewService` serves one coder (a second coder starts a second server on the same store). Store calls
are serialised by a lock: the SQLite connection is shared by the server's worker threads.
"""

from __future__ import annotations

import importlib
import math
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from qualcode.errors import InputError, Issue
from qualcode.validation._agreement import agreement, disagreements, machine_vs_human
from qualcode.validation._queue import MACHINE_PREFIX, QueueFilter, build_queue
from qualcode.validation._store import Project, decisions_to_codings

__all__ = ["ReviewService", "check_coder"]

DONE = ("decide", "uncertain")


def check_coder(coder: str | None) -> str:
    """The coder's name, stripped; a missing name or a machine's name (``auto...``) raises :class:`InputError`."""
    name = (coder or "").strip()
    if not name:
        raise InputError([Issue("<command line>", None, "no coder name given",
                                hint="start the review with --coder NAME (your name or initials)")])
    if name.lower().startswith(MACHINE_PREFIX):
        raise InputError([Issue("<command line>", None, f"coder name {name!r} is reserved for machine coders",
                                hint="names starting with 'auto' mark auto-codes; use a person's name")])
    return name


def _finite(value: Any) -> Any:
    """JSON-safe: NaN/inf -> None, numpy scalars -> Python."""
    if isinstance(value, (np.floating, float)):
        return None if not math.isfinite(float(value)) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    return value


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): _finite(v) for k, v in rec.items()} for rec in df.to_dict("records")]


class ReviewService:
    """One coder's review session over the store at ``path``.

    ``source``/``flt``/``order``: the queue (see :func:`qualcode.validation.build_queue`; ``source=None`` takes
    the saved sample when there is one, else every respondent segment). ``blind``: machine codes and other coders'
    decisions are hidden and every code is chosen from the codebook. ``machine``: the machine coder the dashboard
    compares with the coders. ``n_boot``: bootstrap replicates for the dashboard's intervals. ``worker``: compute
    the dashboard in a separate process (the server does), so that it never holds up the next item.
    """

    def __init__(self, path: str | Path, coder: str, *, blind: bool = False, source: str | pd.DataFrame | None = None,
                 flt: QueueFilter | None = None, order: str | Callable | None = None, seed: int = 0,
                 machine: str = "auto:rules", n_boot: int = 500, project: Project | None = None,
                 worker: bool = False):
        self.coder = check_coder(coder)
        self.blind = blind
        self.machine = machine
        self.n_boot = n_boot
        self.lock = threading.RLock()
        self.project = project or Project.open(path)
        if source is None:
            source = "sample" if "sample" in self.project.queue_names() else "all"
        self.source = source
        self.filter = flt or QueueFilter()
        self.queue = build_queue(self.project, source=source, flt=flt, order=order, seed=seed)
        self._pos = {s: i for i, s in enumerate(self.queue)}
        self._state = {s: k for s, k in self.project.review_state(self.coder).items() if s in self._pos}
        self._cursor = 0
        self._dashboard: tuple[Any, dict] | None = None
        self._dashboard_lock = threading.Lock()
        self._recomputing = threading.Event()
        self._last_action = time.monotonic()
        self._pool = (ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                          initializer=_watch_parent, initargs=(os.getpid(),)) if worker else None)
        self.codebook_version = self.project.latest_codebook_version()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        with self.lock:
            self.project.close()

    def warm_up(self) -> None:
        """Import what the dashboard's statistics need (scikit-learn, scipy: seconds on a cold start) and compute
        the dashboard once, so that the first time a coder opens it takes no longer than the next. The server runs
        this in a background thread while the coder reviews."""
        if self._pool is not None:
            self._pool.submit(_warm_worker).result()
        else:
            _warm_worker()
        self.dashboard()

    # ------------------------------------------------------------------ configuration
    def config(self) -> dict[str, Any]:
        """What the page needs once: coder, mode, queue description and the codebook (codes with labels, parents
        and definitions)."""
        with self.lock:
            codes = self.project.codes() if self.codebook_version is not None else pd.DataFrame()
        source = self.source if isinstance(self.source, str) else "file"
        return {"coder": self.coder, "blind": self.blind, "project": self.project.path.name,
                "queue": {"source": source, "filter": self.filter.describe(), "size": len(self.queue)},
                "codebook_version": self.codebook_version, "codes": _records(codes.fillna(""))}

    # ------------------------------------------------------------------ queue
    def progress(self) -> dict[str, int]:
        done = sum(1 for k in self._state.values() if k in DONE)
        return {"done": done, "skipped": sum(1 for k in self._state.values() if k == "skip"),
                "total": len(self.queue)}

    def _next_id(self) -> str | None:
        while self._cursor < len(self.queue) and self._state.get(self.queue[self._cursor]) in DONE:
            self._cursor += 1
        for i in range(self._cursor, len(self.queue)):
            if self.queue[i] not in self._state:
                return self.queue[i]
        for seg_id in self.queue:  # only skipped ones are left: serve them again, in queue order
            if self._state.get(seg_id) == "skip":
                return seg_id
        return None

    def next_item(self) -> dict[str, Any]:
        """The next segment to review (``item`` None when the queue is done) with the progress."""
        with self.lock:
            seg_id = self._next_id()
            item = self.item(seg_id) if seg_id is not None else None
            return {"item": item, "progress": self.progress()}

    def item(self, seg_id: str, context: int = 2) -> dict[str, Any]:
        """One review item as the page shows it; in blind mode without machine codes or other coders' decisions.
        ``proposed`` lists the machine's codes; ``mine`` the coder's decisions in force (code -> decision)."""
        with self.lock:
            raw = self.project.review_item(seg_id, context=context)
        machine = [c for c in raw["codings"] if c["coder"].startswith(MACHINE_PREFIX)]
        others = [c for c in raw["codings"] if not c["coder"].startswith(MACHINE_PREFIX)]
        mine = {d["code"]: d["decision"] for d in raw["decisions"] if d["coder"] == self.coder and d["code"]}
        seen = any(d["coder"] == self.coder for d in raw["decisions"])
        memos = raw["memos"]
        if self.blind:
            machine, others = [], []
            memos = [m for m in memos if m["coder"] == self.coder]
        other_decisions = [] if self.blind else [d for d in raw["decisions"] if d["coder"] != self.coder]
        return {"segment": raw["segment"], "context": raw["context"], "machine": machine, "human_codings": others,
                "other_decisions": other_decisions, "mine": mine, "seen": seen, "state": self._state.get(seg_id),
                "memos": _records(pd.DataFrame(memos)) if memos else [],
                "position": self._pos.get(seg_id)}

    # ------------------------------------------------------------------ actions
    def decide(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Record one action from the page and return the next item.

        ``payload``: ``token`` (the page's id for this action), ``seg_id``, ``kind`` (``decide``, ``uncertain``,
        ``skip``) and for ``decide`` ``codes``: code -> true/false, the coder's final state of the segment's codes.
        A machine code set true is ``accepted``, false ``rejected``; another code true is ``added``; a code the coder
        had added and now set false is ``rejected``; nothing true records "reviewed, nothing to add".
        """
        self._last_action = time.monotonic()
        seg_id, kind = str(payload.get("seg_id", "")), str(payload.get("kind", "decide"))
        with self.lock:
            rows = self._decision_rows(seg_id, payload.get("codes") or {}) if kind == "decide" else []
            out = self.project.record(self.coder, seg_id, kind, decisions=rows, token=payload.get("token"),
                                      mode="blind" if self.blind else "review",
                                      codebook_version=self.codebook_version)
            if seg_id in self._pos:
                self._state[seg_id] = kind
            nxt = self.next_item()
        return {**out, **nxt}

    def _decision_rows(self, seg_id: str, codes: dict[str, Any]) -> list[tuple[str, str]]:
        if not isinstance(codes, dict):
            raise InputError([Issue("<review>", None, "'codes' must map code -> true/false")])
        codings, decisions = self.project._decision_basis(seg_id)  # (not the whole review_item: no context, memos)
        machine = set() if self.blind else {code for coder, code in codings if coder.startswith(MACHINE_PREFIX)}
        mine = {d["code"] for d in decisions if d["coder"] == self.coder and d["code"]}
        rows = []
        for code, on in codes.items():
            if code in machine:
                rows.append((code, "accepted" if on else "rejected"))
            elif on:
                rows.append((code, "added"))
            elif code in mine:
                rows.append((code, "rejected"))
        if not any(d == "accepted" or d == "added" for _c, d in rows):
            rows.append(("", "accepted"))  # reviewed: the segment counts as seen even with every code rejected
        return rows

    def undo(self) -> dict[str, Any]:
        """Undo the coder's latest action; return it and the segment it was on, to show again."""
        self._last_action = time.monotonic()
        with self.lock:
            done = self.project.undo(self.coder)
            if done is None:
                return {"undone": None, **self.next_item()}
            seg_id = done["seg_id"]
            if seg_id in self._pos and done["kind"] != "memo":
                state = self.project.review_state(self.coder).get(seg_id)
                if state is None:
                    self._state.pop(seg_id, None)
                else:
                    self._state[seg_id] = state
                self._cursor = min(self._cursor, self._pos[seg_id])
            item = self.item(seg_id) if seg_id is not None else None
            return {"undone": done, "item": item, "progress": self.progress()}

    def memo(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Write a memo on a segment (``seg_id``) or on a code (``code``, with the segment it was written on)."""
        self._last_action = time.monotonic()
        with self.lock:
            seg_id = payload.get("seg_id") or None
            out = self.project.record(self.coder, seg_id, "memo", memo=str(payload.get("text", "")),
                                      memo_code=str(payload.get("code") or ""), token=payload.get("token"),
                                      mode="blind" if self.blind else "review",
                                      codebook_version=self.codebook_version)
            memos = self.project.memos(seg_id) if seg_id else self.project.memos(code=payload.get("code"))
        if self.blind:
            memos = memos[memos["coder"] == self.coder]
        return {**out, "memos": _records(memos)}

    # ------------------------------------------------------------------ dashboard
    def _store_key(self) -> tuple:
        return self.project._conn.execute(
            "SELECT (SELECT COUNT(*) FROM decisions), (SELECT COALESCE(MAX(id), 0) FROM actions), "
            "(SELECT COUNT(*) FROM actions WHERE undone_at IS NOT NULL)").fetchone()

    def dashboard(self, *, wait: bool = True) -> dict[str, Any]:
        """Progress per coder, agreement per code (human-human and machine-human on the same units, with
        bootstrap intervals), the machine's precision and recall against each coder, and the disagreements.
        Cached until the next action in the store (by any coder); one computation at a time, so a request that
        comes during a background computation waits for it and gets its result. With ``worker=True`` the figures
        are computed in a separate process, so that computing them never slows the next item.

        ``wait=False``: when the store changed since the figures were last computed, answer at once with those
        figures marked ``"stale": True`` and recompute in the background (the page shows them as being updated
        and asks again with ``wait=True``); the answer is ``"stale": False`` when the figures are current."""
        if not wait:
            with self.lock:
                cached, key = self._dashboard, self._store_key()
            if cached is not None and cached[0] != key:
                self._recompute_in_background()
                return {**cached[1], "stale": True}
            if cached is not None:
                return {**cached[1], "stale": False}
        return {**self._current_dashboard(), "stale": False}

    def _recompute_in_background(self) -> None:
        if self._recomputing.is_set():
            return
        self._recomputing.set()

        def run() -> None:
            try:
                self._current_dashboard()
            except Exception:  # noqa: BLE001 - the page's next request computes again and shows the error
                pass
            finally:
                self._recomputing.clear()
        threading.Thread(target=run, daemon=True, name="qualcode-dashboard-now").start()

    def _current_dashboard(self) -> dict[str, Any]:
        with self._dashboard_lock:
            with self.lock:
                key = self._store_key()
                if self._dashboard is not None and self._dashboard[0] == key:
                    return self._dashboard[1]
                if self._pool is None:
                    inputs = dashboard_inputs(self.project, self.machine)
            if self._pool is not None:
                out = self._pool.submit(_dashboard_in_worker, str(self.project.path), self.machine,
                                        self.n_boot).result()
            else:
                out = dashboard_figures(*inputs, n_boot=self.n_boot)
            with self.lock:
                self._dashboard = (key, out)  # the key read first: a later action makes the next call recompute
            return out

    def idle(self) -> float:
        """Seconds since this coder's last action (or since the session started)."""
        return time.monotonic() - self._last_action

    def keep_dashboard_fresh(self, stop: threading.Event, *, idle: float = 1.0, every: float = 0.5) -> None:
        """Run in a background thread: every ``every`` seconds, when the store changed (this coder's or another
        coder's actions) and this coder has not acted for ``idle`` seconds (reading, not deciding), recompute the
        dashboard, so that opening it shows current figures at once without slowing the next item."""
        while not stop.wait(every):
            if self.idle() < idle:
                continue
            with self.lock:
                stale = self._dashboard is None or self._dashboard[0] != self._store_key()
            if stale:
                try:
                    self._current_dashboard()
                except Exception:  # noqa: BLE001 - shown when the coder opens the dashboard
                    pass



def _stored_codings(project: Project, ids: list[str]) -> pd.DataFrame:
    if not ids:
        return pd.DataFrame(columns=["seg_id", "code", "coder"])
    c = project._conn
    c.execute("CREATE TEMP TABLE IF NOT EXISTS _reviewed (seg_id TEXT PRIMARY KEY)")
    c.execute("DELETE FROM _reviewed")
    c.executemany("INSERT INTO _reviewed VALUES (?)", [(s,) for s in ids])
    return pd.read_sql_query("SELECT c.seg_id, c.code, c.coder FROM codings c JOIN _reviewed r ON r.seg_id = c.seg_id",
                             c)


def dashboard_inputs(project: Project, machine: str) -> tuple:
    """What the dashboard reads from the store (quick; under the service's lock when the connection is shared)."""
    decisions = project.decisions()
    ids = sorted(set(decisions["seg_id"]))
    stored = _stored_codings(project, ids)
    texts = (pd.read_sql_query("SELECT s.seg_id, s.doc_id, s.text FROM segments s JOIN _reviewed r "
                               "ON r.seg_id = s.seg_id ORDER BY s.ord", project._conn) if ids
             else pd.DataFrame(columns=["seg_id", "doc_id", "text"]))
    sample = set(project.queue("sample")["seg_id"]) if "sample" in project.queue_names() else None
    has_machine = project._conn.execute("SELECT 1 FROM codings WHERE coder = ? LIMIT 1", (machine,)).fetchone()
    return decisions, project.actions(), stored, texts, machine if has_machine else None, sample


def _dashboard_in_worker(path: str, machine: str, n_boot: int) -> dict[str, Any]:
    """The dashboard computed in a worker process, over its own connection to the store."""
    with Project.open(path, upgrade=False) as project:
        inputs = dashboard_inputs(project, machine)
    return dashboard_figures(*inputs, n_boot=n_boot)


def _watch_parent(parent: int) -> None:
    """In the dashboard worker: exit when the server that started it is gone (even killed with SIGKILL)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _warm_worker() -> None:
    for module in ("sklearn.metrics", "krippendorff"):
        importlib.import_module(module)


def dashboard_figures(decisions: pd.DataFrame, actions: pd.DataFrame, stored: pd.DataFrame, texts: pd.DataFrame,
                      machine: str | None, sample: set[str] | None, *, n_boot: int) -> dict[str, Any]:
    """The dashboard's figures; ``machine`` None when the store has no codings of the machine coder."""
    review = decisions_to_codings(decisions)
    seen = {str(c): set(g["seg_id"]) for c, g in review.groupby("coder")} if len(review) else {}
    humans = sorted(seen)
    progress = []
    for who in humans:
        acts = actions[actions["coder"] == who]
        progress.append({"coder": who, "reviewed": len(seen[who]),
                         "in_sample": len(seen[who] & sample) if sample is not None else None,
                         "uncertain": int((acts["kind"] == "uncertain").sum()),
                         "blind": bool((acts["mode"] == "blind").any()),
                         "last": acts["at"].max() if len(acts) else None})
    out: dict[str, Any] = {"progress": progress, "sample_size": len(sample) if sample is not None else None,
                           "humans": humans, "machine": machine, "human_human": None, "machine_human": [],
                           "precision_recall": [], "disagreements": [], "units": 0}
    if not humans:
        return out
    # the same units for every comparison: segments every reviewer saw (with one reviewer: what they saw)
    common = set.intersection(*(seen[h] for h in humans))
    units = sorted(common)
    out["units"] = len(units)
    frames = [stored[["seg_id", "code", "coder"]], review[["seg_id", "code", "coder"]]]
    if machine is not None:  # the machine saw every unit, also those it left uncoded
        frames.append(pd.DataFrame({"seg_id": units, "code": "", "coder": machine}))
    codings = pd.concat(frames, ignore_index=True)
    if len(humans) >= 2 and units:
        table = agreement(codings, units, coders=humans, seen=seen, n_boot=n_boot, seed=0)
        out["human_human"] = _records(table)
    if machine is not None and units:
        for who in humans:
            table = agreement(codings, units, coders=[machine, who], seen=seen, n_boot=n_boot, seed=0)
            prf = machine_vs_human(codings, units, machine=machine, human=who, seen=seen)
            out["machine_human"].append({"coder": who, "table": _records(table)})
            out["precision_recall"].append({"coder": who, "table": _records(prf)})
    if units:
        compared = humans + ([machine] if machine is not None else [])
        dis = disagreements(codings, texts[texts["seg_id"].isin(common)], coders=compared, seen=seen)
        out["disagreements"] = _records(dis.head(500))
        out["n_disagreements"] = len(dis)
    return out
