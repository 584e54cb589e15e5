"""Review queues: which segments a coder reviews, and in what order.

A queue is built from a *source* (the project's saved sample, a saved queue such as the one ``qualcode suggest
--queue`` writes, a table with a ``seg_id`` column, or every respondent segment), narrowed by a
:class:`QueueFilter` and put in order by an *ordering*: a name from :data:`QUEUE_ORDERS` or any callable
``order(candidates, codings) -> seg_ids or scores`` (``candidates``: one row per segment with ``seg_id, doc_id,
ord, rank`` and the segment's attributes; ``codings``: the stored machine codings of those segments with their
``probability``). A callable returns the seg_ids in review order (ids it leaves out are dropped) or one number per
candidate row (lowest first) — so an uncertainty function from a learned coder plugs in unchanged.

Estimate agreement, precision and recall on a random stratified sample only: an ordering that puts likely errors
first makes review efficient and its results biased (docs/validation.md).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from qualcode.errors import InputError, Issue
from qualcode.validation._store import Project, decisions_to_codings

__all__ = ["QUEUE_ORDERS", "QueueFilter", "build_queue", "disagreeing_segments", "order_by_uncertainty",
           "resolve_order"]

MACHINE_PREFIX = "auto"


@dataclass(frozen=True)
class QueueFilter:
    """Which segments of the source to keep (all criteria must hold; None/False means "any").

    ``code``: segments some coder (machine or human) gave this code; ``attributes``: respondent attributes that
    must match, e.g. ``{"role": "official"}``; ``doc``: one document; ``coder``: segments this coder coded;
    ``disagreement``: segments on which coders who saw them (the reviewers, human codings and the machine coder
    ``machine``) disagree; ``unchecked``: a machine gave a code and no human has decided anything on the segment
    yet ("machine said yes, nobody checked").
    """

    code: str | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)
    doc: str | None = None
    coder: str | None = None
    disagreement: bool = False
    unchecked: bool = False
    machine: str = "auto:rules"

    def describe(self) -> str:
        parts = [f"code={self.code}" if self.code else "", f"doc={self.doc}" if self.doc else "",
                 f"coder={self.coder}" if self.coder else "", "disagreement" if self.disagreement else "",
                 "unchecked" if self.unchecked else ""]
        parts += [f"{k}={v}" for k, v in self.attributes.items()]
        return ", ".join(p for p in parts if p) or "none"


def order_by_uncertainty(candidates: pd.DataFrame, codings: pd.DataFrame) -> np.ndarray:
    """Least sure first: per segment the smallest ``|p - 0.5|`` over its machine codings with a probability;
    segments without any probability come last (in source order)."""
    if "probability" not in codings.columns or not len(codings):
        return np.full(len(candidates), np.inf)
    p = codings.dropna(subset=["probability"])
    margin = (p["probability"].astype(float) - 0.5).abs().groupby(p["seg_id"]).min()
    return candidates["seg_id"].map(margin).fillna(np.inf).to_numpy()


def _by_source(candidates: pd.DataFrame, codings: pd.DataFrame) -> np.ndarray:
    return candidates["rank"].to_numpy()


def _by_document(candidates: pd.DataFrame, codings: pd.DataFrame) -> np.ndarray:
    return candidates["ord"].to_numpy()


def _random(seed: int) -> Callable[[pd.DataFrame, pd.DataFrame], np.ndarray]:
    def order(candidates: pd.DataFrame, codings: pd.DataFrame) -> np.ndarray:
        return np.random.default_rng(seed).permutation(len(candidates))
    return order


#: Named orderings: ``source`` (the sample's or saved queue's own order; document order for all segments),
#: ``document`` (transcript order), ``random`` (seeded), ``uncertainty`` (the model's least sure codes first).
QUEUE_ORDERS: dict[str, Callable[..., Any]] = {
    "source": _by_source,
    "document": _by_document,
    "random": _random,
    "uncertainty": order_by_uncertainty,
}


def resolve_order(order: str | Callable | None, seed: int = 0) -> Callable[[pd.DataFrame, pd.DataFrame], Any]:
    """An ordering callable from a name of :data:`QUEUE_ORDERS`, a ``module:function`` path, a callable or None
    (source order)."""
    if order is None:
        return _by_source
    if callable(order):
        return order
    if order == "random":
        return _random(seed)
    if order in QUEUE_ORDERS:
        return QUEUE_ORDERS[order]
    if ":" in order:
        module, _, name = order.partition(":")
        try:
            fn = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError) as exc:
            raise InputError([Issue("<command line>", None, f"cannot import the ordering {order!r} ({exc})",
                                    hint="give module:function, importable from this Python")]) from exc
        if not callable(fn):
            raise InputError([Issue("<command line>", None, f"{order!r} is not callable")])
        return fn
    raise InputError([Issue("<command line>", None, f"unknown queue order {order!r}",
                            hint=f"one of {', '.join(QUEUE_ORDERS)}, or module:function")])


def _source(project: Project, source: str | pd.DataFrame) -> pd.DataFrame:
    """seg_id and rank of the source's segments."""
    if isinstance(source, pd.DataFrame):
        if "seg_id" not in source.columns:
            raise InputError([Issue(str(source.attrs.get("path", "<queue>")), 1, "column 'seg_id' is missing",
                                    hint="a queue or sample table has a seg_id column")])
        ids = source["seg_id"].astype(str)
        known = {r[0] for r in project._conn.execute("SELECT seg_id FROM segments")}
        bad = [(i, s) for i, s in enumerate(ids) if s not in known]
        if bad:
            where = str(source.attrs.get("path", "<queue>"))
            raise InputError([Issue(where, i + 2, f"segment {s!r} is not in the store",
                                    hint="the queue must come from this project") for i, s in bad])
        out = pd.DataFrame({"seg_id": ids})
    elif source == "all":
        out = pd.read_sql_query("SELECT seg_id FROM segments WHERE COALESCE(speaker_kind, 'respondent') "
                                "!= 'interviewer' ORDER BY ord", project._conn)
    else:
        name = source.split(":", 1)[1] if source.startswith("queue:") else source
        out = project.queue(name)[["seg_id"]]
    out = out.drop_duplicates("seg_id").reset_index(drop=True)
    out["rank"] = np.arange(len(out))
    return out


def _candidates(project: Project, src: pd.DataFrame) -> pd.DataFrame:
    seg = pd.read_sql_query("SELECT seg_id, doc_id, ord, attributes FROM segments", project._conn)
    out = src.merge(seg, on="seg_id", how="left")
    attrs = pd.DataFrame([json.loads(a) for a in out.pop("attributes")], index=out.index)
    return pd.concat([out, attrs.drop(columns=[c for c in attrs.columns if c in out.columns])], axis=1)


def _machine_codings(project: Project, ids: set[str] | None = None) -> pd.DataFrame:
    df = pd.read_sql_query("SELECT seg_id, code, coder, probability FROM codings WHERE coder LIKE ?",
                           project._conn, params=(f"{MACHINE_PREFIX}%",))
    return df if ids is None else df[df["seg_id"].isin(ids)]


def disagreeing_segments(project: Project, machine: str | None = "auto:rules") -> set[str]:
    """Segments reviewed by someone on which the coders who saw them (reviewers, human codings, and ``machine``,
    which saw every segment; None: every ``auto*`` coder) do not give the same codes."""
    review = decisions_to_codings(project.decisions())
    if not len(review):
        return set()
    reviewed = set(review["seg_id"])
    stored = pd.read_sql_query("SELECT seg_id, code, coder FROM codings", project._conn)
    stored = stored[stored["seg_id"].isin(reviewed)]
    if machine is not None:
        stored = stored[~stored["coder"].str.startswith(MACHINE_PREFIX) | (stored["coder"] == machine)]
    both = pd.concat([stored, review[["seg_id", "code", "coder"]]], ignore_index=True)
    reviewers = review.groupby("seg_id")["coder"].agg(set).to_dict()
    review_coders = set(review["coder"])
    always = set(stored["coder"]) - review_coders  # (coders of stored codings saw every reviewed segment)
    sets = both[both["code"] != ""].groupby(["seg_id", "coder"])["code"].agg(frozenset).to_dict()
    out = set()
    for seg_id in reviewed:
        saw = reviewers.get(seg_id, set()) | always
        if len({sets.get((seg_id, c), frozenset()) for c in saw}) > 1:
            out.add(seg_id)
    return out


def _apply_filter(project: Project, cand: pd.DataFrame, flt: QueueFilter) -> pd.DataFrame:
    keep = pd.Series(True, index=cand.index)
    for key, value in flt.attributes.items():
        if key not in cand.columns:
            names = [c for c in cand.columns if c not in ("seg_id", "doc_id", "ord", "rank")]
            raise InputError([Issue("<filter>", None, f"segments have no attribute {key!r}",
                                    hint=f"attributes: {', '.join(names)}")])
        keep &= cand[key].astype(str) == str(value)
    if flt.doc:
        keep &= cand["doc_id"] == flt.doc
    q = project._conn.execute
    if flt.code:
        coded = {r[0] for r in q("SELECT seg_id FROM codings WHERE code = ?", (flt.code,))}
        dec = project.decisions()
        coded |= set(dec.loc[(dec["code"] == flt.code) & (dec["decision"] != "rejected"), "seg_id"])
        keep &= cand["seg_id"].isin(coded)
    if flt.coder:
        keep &= cand["seg_id"].isin({r[0] for r in q("SELECT seg_id FROM codings WHERE coder = ?", (flt.coder,))})
    if flt.unchecked:
        machine = {r[0] for r in q("SELECT DISTINCT seg_id FROM codings WHERE coder LIKE ?", (f"{MACHINE_PREFIX}%",))}
        checked = set(project.decisions()["seg_id"])
        keep &= cand["seg_id"].isin(machine - checked)
    if flt.disagreement:
        keep &= cand["seg_id"].isin(disagreeing_segments(project, flt.machine))
    return cand[keep]


def _ordered(cand: pd.DataFrame, codings: pd.DataFrame, fn: Callable) -> list[str]:
    result = fn(cand.reset_index(drop=True), codings)
    values = list(result) if not isinstance(result, (np.ndarray, pd.Series)) else result
    if len(values) and isinstance(values[0], str):
        allowed = set(cand["seg_id"])
        return [s for s in dict.fromkeys(values) if s in allowed]
    scores = np.asarray(values, dtype=float)
    if len(scores) != len(cand):
        raise ValueError(f"queue order returned {len(scores)} scores for {len(cand)} candidates; return one score "
                         "per candidate row or a list of seg_ids.")
    idx = np.lexsort((cand["rank"].to_numpy(), scores))
    return cand["seg_id"].to_numpy()[idx].tolist()


def build_queue(project: Project, *, source: str | pd.DataFrame = "sample", flt: QueueFilter | None = None,
                order: str | Callable | None = None, seed: int = 0) -> list[str]:
    """The seg_ids to review, in order: ``source`` (``"sample"`` or another saved queue name, ``"queue:NAME"``,
    ``"all"`` respondent segments, or a table with ``seg_id``), filtered by ``flt`` and ordered by ``order``
    (see the module docstring). What a coder already decided is left out by the review app, not here."""
    src = _source(project, source)
    cand = _candidates(project, src)
    if flt is not None:
        cand = _apply_filter(project, cand, flt)
    if not len(cand):
        return []
    fn = resolve_order(order, seed)
    if fn is _by_source and isinstance(source, str) and source == "all":
        fn = _by_document
    return _ordered(cand, _machine_codings(project, set(cand["seg_id"])), fn)


def parse_filter(values: Sequence[str] | None) -> QueueFilter:
    """A :class:`QueueFilter` from ``key=value`` words (``code=X``, ``doc=F01``, ``coder=li``, ``role=official``
    or any other attribute) and the flags ``disagreement`` and ``unchecked``."""
    kw: dict[str, Any] = {"attributes": {}}
    issues = []
    for word in values or []:
        key, eq, value = word.partition("=")
        key = key.strip()
        if not eq:
            if key in ("disagreement", "unchecked"):
                kw[key] = True
            else:
                issues.append(Issue("<command line>", None, f"filter {word!r} is not key=value",
                                    hint="code=X, doc=F01, coder=li, role=official, disagreement, unchecked"))
        elif key in ("code", "doc", "coder"):
            kw[key] = value.strip()
        else:
            kw["attributes"][key] = value.strip()
    if issues:
        raise InputError(issues)
    return QueueFilter(**kw)
