"""The result of a review round as tables: agreement of the machine coder with every reviewer, and the machine's
precision and recall against each of them, on the same units. What ``qualcode report --project`` and the study
runner show; the review app's dashboard computes the same figures live."""

from __future__ import annotations

import pandas as pd

from qualcode.validation._agreement import agreement, machine_vs_human
from qualcode.validation._inputs import project_codings
from qualcode.validation._store import Project

__all__ = ["review_results"]


def review_results(project: Project, *, machine: str = "auto:rules", codes: list[str] | None = None,
                   n_boot: int = 1000, seed: int = 0, cluster: str | None = "doc") -> dict[str, pd.DataFrame]:
    """``{"agreement": ..., "precision_recall": ...}`` for the reviews in ``project`` (empty dict when nobody
    reviewed or the machine coder has no codings).

    Units are the segments every reviewer saw (with one reviewer: the segments they reviewed), so machine-human
    and human-human figures are on the same units. ``agreement`` is :func:`qualcode.agreement` over the machine and
    every reviewer (kappa, alpha with bootstrap intervals; ``cluster="doc"`` resamples whole interviews);
    ``precision_recall`` is :func:`qualcode.machine_vs_human` per reviewer (a ``coder`` column), weighted by the
    saved sample's ``weight`` when the units all come from it (estimates for the whole corpus, as
    ``qualcode agree --weighted``); ``.attrs["weighted"]`` says which.
    """
    codings, seen = project_codings(project)
    if not seen or machine not in set(codings["coder"]):
        return {}
    reviewers = sorted(seen)
    ids = sorted(set.intersection(*(set(seen[r]) for r in reviewers)))
    if not ids:
        return {}
    docs = dict(project._conn.execute("SELECT seg_id, doc_id FROM segments"))
    units = pd.DataFrame({"seg_id": ids, "doc_id": [docs.get(s) for s in ids]})  # doc_id: for cluster="doc"
    codings = pd.concat([codings[codings["coder"].isin([machine, *reviewers])],
                         pd.DataFrame({"seg_id": ids, "code": "", "coder": machine})], ignore_index=True)
    table = agreement(codings, units, coders=[machine, *reviewers], codes=codes, seen=seen, n_boot=n_boot,
                      seed=seed, cluster=cluster)
    weights = None
    if "sample" in project.queue_names():
        sample = project.queue("sample")
        if set(ids) <= set(sample["seg_id"]) and sample["weight"].notna().all():
            weights = sample[["seg_id", "weight"]]
    parts = []
    for who in reviewers:
        prf = machine_vs_human(codings, units, machine=machine, human=who, codes=codes, seen=seen, weights=weights)
        parts.append(prf.assign(coder=who))
    prf = pd.concat(parts, ignore_index=True)
    prf.attrs["weighted"] = weights is not None
    table.attrs["units"] = len(ids)
    return {"agreement": table, "precision_recall": prf}
