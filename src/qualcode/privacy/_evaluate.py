"""Score PII detection against an answer key (recall and precision per type)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from qualcode.privacy._detect import Span

__all__ = ["PII_SCORE_COLUMNS", "score_pii"]

#: Columns of :func:`score_pii`.
PII_SCORE_COLUMNS = ["type", "n_gold", "n_pred", "found", "correct", "exact", "recall", "precision"]


def score_pii(predicted: Mapping[str, Sequence[Span]], gold: pd.DataFrame, by: str = "type") -> pd.DataFrame:
    """Recall and precision per PI type (or per gold ``category``), plus an ``all`` row.

    ``predicted`` maps doc_id -> spans; ``gold`` has columns ``doc_id, start, end, type``. A gold item is *found*
    when a predicted span of the same type overlaps it; a predicted span is *correct* when it overlaps a gold item
    of the same type; ``exact`` counts gold items whose span was predicted with the very same boundaries.
    Returns ``type, n_gold, n_pred, found, correct, exact, recall, precision``.

    ``by="category"`` groups the gold items by their ``category`` column instead (e.g. person names split into
    han / spaced / compound / minority); the ``type`` column then holds the category, and ``n_pred``, ``correct``
    and ``precision`` are left empty (a prediction has a type, not a category) except in the ``all`` row.
    """
    if by not in ("type", "category"):
        raise ValueError(f"by == {by!r}, must be 'type' or 'category'")
    if by == "category":
        return _score_by_category(predicted, gold)
    gold_by_doc: dict[str, list[tuple[int, int, str]]] = {}
    for doc, gs, ge, gt in zip(gold["doc_id"].tolist(), gold["start"].tolist(), gold["end"].tolist(),
                               gold["type"].tolist()):
        gold_by_doc.setdefault(str(doc), []).append((int(gs), int(ge), str(gt)))
    types = sorted({str(t) for t in gold["type"]} | {s.type for spans in predicted.values() for s in spans})
    stats = {t: dict(n_gold=0, n_pred=0, found=0, correct=0, exact=0) for t in types}
    for doc_id in sorted(set(gold_by_doc) | set(predicted)):
        g = gold_by_doc.get(doc_id, [])
        p = list(predicted.get(doc_id, []))
        for s, e, t in g:
            stats[t]["n_gold"] += 1
            hits = [x for x in p if x.type == t and x.start < e and s < x.end]
            if hits:
                stats[t]["found"] += 1
            if any(x.start == s and x.end == e for x in hits):
                stats[t]["exact"] += 1
        for x in p:
            stats[x.type]["n_pred"] += 1
            if any(t == x.type and x.start < e and s < x.end for s, e, t in g):
                stats[x.type]["correct"] += 1
    rows = []
    total = dict(n_gold=0, n_pred=0, found=0, correct=0, exact=0)
    for t in types:
        st = stats[t]
        for k in total:
            total[k] += st[k]
        rows.append({"type": t, **st})
    rows.append({"type": "all", **total})
    out = pd.DataFrame(rows)
    out["recall"] = out["found"] / out["n_gold"].where(out["n_gold"] > 0)
    out["precision"] = out["correct"] / out["n_pred"].where(out["n_pred"] > 0)
    return out[PII_SCORE_COLUMNS]


def _score_by_category(predicted: Mapping[str, Sequence[Span]], gold: pd.DataFrame) -> pd.DataFrame:
    if "category" not in gold.columns:
        raise ValueError("gold has no 'category' column: score by='type' instead")
    by_type = score_pii(predicted, gold)
    stats: dict[str, dict[str, int]] = {}
    columns = (gold[c].tolist() for c in ("doc_id", "start", "end", "type", "category"))
    for doc_id, s, e, t, category in zip(*columns):
        st = stats.setdefault(str(category), dict(n_gold=0, found=0, exact=0))
        s, e, t = int(s), int(e), str(t)
        hits = [x for x in predicted.get(str(doc_id), ()) if x.type == t and x.start < e and s < x.end]
        st["n_gold"] += 1
        st["found"] += bool(hits)
        st["exact"] += any(x.start == s and x.end == e for x in hits)
    rows = [{"type": c, **st, "n_pred": pd.NA, "correct": pd.NA} for c, st in sorted(stats.items())]
    rows.append(by_type[by_type["type"] == "all"].iloc[0].to_dict())
    out = pd.DataFrame(rows)
    out["recall"] = out["found"] / out["n_gold"].where(out["n_gold"] > 0)
    out["precision"] = [r.correct / r.n_pred if c == "all" and r.n_pred else float("nan")
                        for c, r in zip(out["type"], out.itertuples())]
    return out[PII_SCORE_COLUMNS]
