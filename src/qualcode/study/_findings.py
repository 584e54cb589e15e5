"""The study's findings in its own structure: one row per theme, grouped by stage (the theme's top-level code)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import numpy as np
import pandas as pd

from qualcode.model import Codebook
from qualcode.study._trust import trust_columns

__all__ = ["findings_table", "theme_codes"]


def _stage_of(codebook: Codebook, code: str) -> str:
    chain = [code, *codebook.ancestors(code)]
    return chain[-1]


def theme_codes(codebook: Codebook) -> list[str]:
    """Codes that carry rules (the themes), in codebook order."""
    return [c.id for c in codebook.codes if c.rules]


def _stage_order(codebook: Codebook, report_order: Sequence[str] = ()) -> list[str]:
    tops = [c.id for c in codebook.codes if c.parent is None]
    order = list(report_order) or (codebook.settings.get("report_order") if codebook.settings else None)
    if order:
        return [t for t in order if t in tops] + [t for t in tops if t not in order]
    return tops


def findings_table(codebook: Codebook, crosstab: pd.DataFrame, association: pd.DataFrame,
                   exemplars: pd.DataFrame, n_quotes: int = 3, report_order: Sequence[str] = (),
                   certification: pd.DataFrame | None = None, corrected: pd.DataFrame | None = None) -> pd.DataFrame:
    """The study's findings in its own structure: one row per theme, grouped by the theme's top-level code (stage).

    Columns: ``stage`` (top-level code label), ``theme`` (id), ``label``, one column per group ``"<group>"`` with
    ``n/N (p%)`` of respondents raising the theme, ``respondents`` (total n), ``cramers_v``, ``p_adjusted``,
    ``test``, ``note`` (from :func:`qualcode.association`) and ``quotes`` (up to ``n_quotes`` exemplars, each with
    its document id). Everything is taken from the tables passed in; nothing is typed in by hand. Stages follow
    ``report_order`` (a study's setting), else the codebook's ``settings.report_order``, else codebook order.
    With ``certification`` (:func:`qualcode.validation.certify`) a ``certified`` column gives each theme's status
    ("certified: kappa 0.86 ...", "not yet: 32 more validated turns needed"); with ``corrected``
    (:func:`qualcode.validation.corrected_counts`) a ``"<group> corrected"`` column per group gives the count
    corrected for the machine's measured error, e.g. ``9 of 14 (95% CI 7-11)``.
    """
    groups = [g for g in dict.fromkeys(crosstab["group"]) if g != "(all)"]
    assoc = association.set_index("code") if len(association) else pd.DataFrame()
    rows = []
    themes = theme_codes(codebook)
    order = {s: i for i, s in enumerate(_stage_order(codebook, report_order))}
    position = {c: i for i, c in enumerate(themes)}
    themes.sort(key=lambda c: (order.get(_stage_of(codebook, c), 99), position[c]))
    for code in themes:
        row = _finding(codebook, code, crosstab[crosstab["code"] == code], groups, assoc, exemplars, n_quotes)
        trust_columns(row, code, groups, certification, corrected)
        rows.append(row)
    return pd.DataFrame(rows)


def _finding(codebook: Codebook, code: str, sub: pd.DataFrame, groups: list, assoc: pd.DataFrame,
             exemplars: pd.DataFrame, n_quotes: int) -> dict[str, Any]:
    """One row of the findings table."""
    stage = _stage_of(codebook, code)
    row: dict[str, Any] = {
        "stage": codebook[stage].label or stage,
        "stage_en": codebook[stage].label_en or stage,
        "theme": code,
        "label": codebook[code].label or code,
    }
    total_n = 0
    for g in groups:
        cell = sub[sub["group"] == g]
        if len(cell):
            n, tot = int(cell["n"].iloc[0]), int(cell["total"].iloc[0])
            total_n += n
            row[str(g)] = f"{n}/{tot} ({100 * n / tot:.0f}%)" if tot else "0/0"
        else:
            row[str(g)] = ""
    row["respondents"] = total_n
    if code in assoc.index:
        a = assoc.loc[code]
        row["cramers_v"] = a.get("cramers_v", np.nan)
        row["p_adjusted"] = a.get("p_adjusted", np.nan)
        row["test"] = a.get("test", "")
        row["note"] = a.get("note", "")
    quotes = exemplars[exemplars["code"] == code].sort_values(["rank", "group"]) if len(exemplars) else exemplars
    picked, seen_docs = [], set()
    for q in quotes.itertuples(index=False):
        if q.doc_id in seen_docs:
            continue
        seen_docs.add(q.doc_id)
        picked.append(f"「{cast(str, q.text).strip()}」({q.doc_id!s}, {q.group!s})")  # quotes are text
        if len(picked) >= n_quotes:
            break
    row["quotes"] = "\n".join(picked)
    return row


