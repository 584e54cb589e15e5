"""Score codings against a human gold coding at the turn level: precision, recall, F1, Cohen's kappa per code.

Gold units (docs/design.md): a table ``seg_id, doc_id, turn, role, split, codes`` with one row per respondent turn
and ``codes`` ``;``-separated (empty = no code). :func:`read_gold` is the one parser of gold files: it checks every
row and returns ``codes`` as a tuple of code ids. Codings made on sentences count for their turn (joined on
``doc_id`` and ``turn``); a turn has a code when any of its sentences has it. Scores come from
:func:`qualcode.coding._metrics.binary_scores` (one convention for undefined values: NaN).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from qualcode._io import read_table
from qualcode.coding._metrics import binary_scores, macro_average
from qualcode.errors import ExchangeError, InputError, Issue

__all__ = ["EVAL_COLUMNS", "evaluate", "gold_sets", "read_gold", "split_codes"]

#: Columns of :func:`evaluate`'s result.
EVAL_COLUMNS = ["code", "precision", "recall", "f1", "kappa", "support", "predicted", "tp", "fp", "fn", "n_units"]
#: Columns a gold file must have.
GOLD_COLUMNS = ["seg_id", "doc_id", "turn", "codes"]


def split_codes(value: object) -> tuple[str, ...]:
    """``"a;b"`` (also with the full-width ``；``) -> ``("a", "b")``; a tuple or list as it is; empty -> ()."""
    if isinstance(value, (tuple, list)):
        return tuple(str(v) for v in value if str(v).strip())
    if not isinstance(value, str):
        return ()
    return tuple(c.strip() for c in value.replace("；", ";").split(";") if c.strip())


def read_gold(paths: Sequence[str | os.PathLike]) -> pd.DataFrame:
    """Read gold unit files into one table (``codes`` as tuples), checking every row; every problem of every file is
    reported as ``path:line`` at once (:class:`~qualcode.errors.InputError`)."""
    frames, issues = [], []
    for p in paths:
        df = read_table(p)
        missing = [c for c in GOLD_COLUMNS if c not in df.columns]
        if missing:
            issues.append(Issue(str(p), 1, f"gold file lacks column(s) {', '.join(missing)}",
                                "one row per coded unit: seg_id,doc_id,turn,role,split,codes (codes separated by "
                                "';', empty = no code)"))
            continue
        issues += _row_issues(df, str(p))
        frames.append(df.assign(codes=df["codes"].map(split_codes), doc_id=df["doc_id"].astype(str)))
    if issues:
        raise InputError(issues)
    if not frames:
        return pd.DataFrame(columns=GOLD_COLUMNS)
    gold = pd.concat(frames, ignore_index=True)
    gold["turn"] = gold["turn"].astype(int)
    return gold


def _row_issues(df: pd.DataFrame, path: str) -> list[Issue]:
    issues = []
    turns = pd.to_numeric(df["turn"], errors="coerce")
    seen: dict[tuple, int] = {}
    for i, (doc, turn, t) in enumerate(zip(df["doc_id"], df["turn"], turns)):
        line = i + 2
        if not isinstance(doc, str) or not doc.strip():
            issues.append(Issue(path, line, "doc_id is empty", "every gold row names its document"))
        if pd.isna(t) or t != int(t) or t < 1:
            issues.append(Issue(path, line, f"turn {turn!r} is not a turn number", "turns are numbered 1, 2, ..."))
            continue
        key = (doc, int(t))
        if key in seen:
            issues.append(Issue(path, line, f"turn {int(t)} of {doc} is coded twice (first on line {seen[key]})",
                                "keep one row per turn"))
        seen.setdefault(key, line)
    return issues


def gold_sets(gold: pd.DataFrame, split: str | None = None) -> dict[tuple[str, int], set[str]]:
    """``{(doc_id, turn): set of codes}`` for the gold units (of one ``split`` when given)."""
    missing = [c for c in ("doc_id", "turn", "codes") if c not in gold.columns]
    if missing:
        raise ExchangeError([Issue("<gold>", None, f"gold table lacks column(s) {', '.join(missing)}",
                                   "read gold files with qualcode.read_gold (columns seg_id,doc_id,turn,role,"
                                   "split,codes)")])
    g = gold
    if split is not None:
        if "split" not in g.columns:
            raise ExchangeError([Issue("<gold>", None,
                                       f"split={split!r} asked but the gold table has no 'split' column")])
        g = g[g["split"].astype(str) == split]
        if g.empty:
            values = sorted(set(gold["split"].astype(str)))
            raise ExchangeError([Issue("<gold>", None, f"no gold rows with split == {split!r}",
                                       f"splits present: {', '.join(values)}")])
    out: dict[tuple[str, int], set[str]] = {}
    for doc, turn, codes in zip(g["doc_id"].astype(str), g["turn"].astype(int), g["codes"]):
        out.setdefault((doc, turn), set()).update(split_codes(codes))
    return out


def coded_turns(codings: pd.DataFrame, coder: str | None = None) -> pd.DataFrame:
    """The distinct ``doc_id, turn, code`` of a codings table (sentence codings count for their turn)."""
    c = codings
    if coder is not None and "coder" in c.columns:
        c = c[c["coder"] == coder]
    missing = [col for col in ("doc_id", "turn", "code") if col not in c.columns]
    if missing:
        raise InputError([Issue("<codings>", None, f"codings table lacks column(s) {', '.join(missing)}",
                                "qualcode code writes doc_id, turn and sentence with every coding")])
    out = c[["doc_id", "turn", "code"]].dropna().astype({"doc_id": str, "turn": int, "code": str})
    return out.drop_duplicates()


def evaluate(codings: pd.DataFrame, gold: pd.DataFrame, split: str | None = None,
             codes: Iterable[str] | None = None, coder: str | None = None) -> pd.DataFrame:
    """Per-code agreement of ``codings`` with ``gold`` over the gold units (respondent turns).

    ``split`` keeps only gold rows of that split; ``codes`` fixes the codes scored (default: every code in the gold
    or the codings); ``coder`` keeps only codings of that coder. Codings outside the gold units are ignored.

    Returns one row per code and two summary rows, ``micro`` (pooled decisions) and ``macro`` (unweighted mean over
    codes of the defined scores), with columns :data:`EVAL_COLUMNS`. Undefined ratios are NaN (see
    :mod:`qualcode.coding._metrics`).
    """
    truth = gold_sets(gold, split)
    units = sorted(truth)
    pred: dict[tuple[str, int], set[str]] = {u: set() for u in units}
    for doc, turn, code in coded_turns(codings, coder).itertuples(index=False):
        if (doc, turn) in pred:
            pred[(doc, turn)].add(code)
    if codes is None:
        codes = sorted(set().union(*truth.values(), *pred.values())) if units else []
    codes = list(codes)
    rows, all_y, all_p = [], [], []
    for code in codes:
        y = np.array([code in truth[u] for u in units], dtype=int)
        p = np.array([code in pred[u] for u in units], dtype=int)
        all_y.append(y)
        all_p.append(p)
        rows.append({"code": code, **binary_scores(y, p), "n_units": len(units)})
    table = pd.DataFrame(rows, columns=EVAL_COLUMNS)
    if codes:
        micro = {"code": "micro", **binary_scores(np.concatenate(all_y), np.concatenate(all_p)),
                 "n_units": len(units)}
        macro = {"code": "macro", **macro_average(rows), "n_units": len(units),
                 **{k: int(table[k].sum()) for k in ("support", "predicted", "tp", "fp", "fn")}}
        table = pd.concat([table, pd.DataFrame([micro, macro], columns=EVAL_COLUMNS)], ignore_index=True)
    return table
