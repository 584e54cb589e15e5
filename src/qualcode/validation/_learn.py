"""Every coder decision as training data for a learned coder: the store's review decisions, human codings stored
in it, filled coding sheets and gold-unit files, as one labels table that :meth:`qualcode.HybridCoder.fit` takes.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from qualcode.coding._evaluate import split_codes
from qualcode.validation._queue import MACHINE_PREFIX
from qualcode.validation._store import Project, decisions_to_codings

__all__ = ["coder_labels"]


def coder_labels(project: Project | None = None, *, extra: Sequence[pd.DataFrame] = ()) -> pd.DataFrame:
    """Training labels from coders: a codings table ``seg_id, code, coder, source`` where every seg_id is a unit a
    person checked (a row with an empty code: checked, and this coder gave it nothing more).

    From ``project``: the review decisions (the latest decision per segment, code and coder wins: accepted,
    corrected and added codes apply, rejected ones do not; see :func:`decisions_to_codings`) and the stored codings
    of human coders (coder names not starting with ``auto``). ``extra``: more tables, e.g. the decisions of
    :func:`qualcode.import_sheet` (``seg_id, code, decision``), a codings table of a human coder (``seg_id,
    code``) or gold units (``seg_id, codes``). When coders disagree on a unit, a code applies if any of them gave
    it (adjudicate first, e.g. with :func:`qualcode.disagreements`, for cleaner training data).
    """
    parts: list[pd.DataFrame] = []
    if project is not None:
        review = decisions_to_codings(project.decisions())
        if len(review):
            parts.append(review.assign(source="decisions"))
        stored = project.codings()
        human = stored[~stored["coder"].astype(str).str.startswith(MACHINE_PREFIX)] if len(stored) else stored
        if len(human):
            parts.append(human[["seg_id", "code", "coder"]].assign(source="codings"))
    for i, table in enumerate(extra):
        parts.append(_as_labels(table, f"extra {i + 1}"))
    cols = ["seg_id", "code", "coder", "source"]
    if not parts:
        return pd.DataFrame(columns=cols)
    out = pd.concat([p.reindex(columns=cols) for p in parts], ignore_index=True)
    out["code"] = out["code"].fillna("").astype(str)
    out["seg_id"] = out["seg_id"].astype(str)
    return out.drop_duplicates(["seg_id", "code", "coder"]).reset_index(drop=True)


def _as_labels(table: pd.DataFrame, source: str) -> pd.DataFrame:
    from qualcode.errors import InputError, Issue

    if "seg_id" not in table.columns:
        raise InputError([Issue(f"<{source}>", None, "column 'seg_id' is missing")])
    coder = table["coder"] if "coder" in table.columns else "human"
    if "decision" in table.columns:
        got = decisions_to_codings(table.assign(coder=coder))
        return got.assign(source=source)
    if "codes" in table.columns:
        rows = [(s, c) for s, v in zip(table["seg_id"].astype(str), table["codes"]) for c in (split_codes(v) or [""])]
        return pd.DataFrame(rows, columns=["seg_id", "code"]).assign(coder="gold", source=source)
    if "code" in table.columns:
        return table[["seg_id", "code"]].assign(coder=coder, source=source)
    raise InputError([Issue(f"<{source}>", None, "neither a 'decision', 'codes' nor 'code' column",
                            hint="give review decisions, gold units or a codings table")])
