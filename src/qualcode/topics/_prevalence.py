"""Topic prevalence by respondent attribute, with bootstrap intervals over respondents."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qualcode.errors import InputError, Issue
from qualcode.topics._model import TopicModel

MISSING_GROUP = "(missing)"


def topics_by(segments_or_model: Any, by: str = "role", n_boot: int = 1000, random_state: int = 0,
              level: float = 0.95, segments: pd.DataFrame | None = None) -> pd.DataFrame:
    """How much each group of respondents talks about each topic, with a bootstrap interval.

    ``segments_or_model`` is a fitted :class:`TopicModel` (its training segments, or ``segments`` transformed by it)
    or a long doc-topics table (``TopicModel.doc_topics()``: ``respondent_id``, ``topic``, ``proportion`` and the
    ``by`` column). Prevalence is the mean topic proportion over the group's segments. The interval is a percentile
    bootstrap (``n_boot`` resamples, ``level`` coverage) that resamples *respondents* within each group, keeping all
    their segments together, because segments of one interview are not independent.

    Returns ``topic, group, prevalence, ci_low, ci_high, n_respondents, n_segments`` (like STM's estimateEffect or
    BERTopic's topics_per_class). A group of one respondent gets ci_low == ci_high: there is nothing to resample.
    Missing attribute values form the group ``"(missing)"``.
    """

    if isinstance(segments_or_model, TopicModel):
        table = segments_or_model.transform(segments) if segments is not None else segments_or_model.doc_topics()
    elif isinstance(segments_or_model, pd.DataFrame):
        table = segments_or_model
    else:
        raise TypeError("topics_by needs a fitted TopicModel or its doc_topics() table, "
                        f"not {type(segments_or_model).__name__}")
    need = [c for c in ("topic", "proportion", by) if c not in table.columns]
    if need:
        hint = (f"'{by}' is not a respondent attribute of these segments; available: "
                f"{', '.join(c for c in table.columns if c not in ('topic', 'proportion'))}") if by in need else \
            "pass TopicModel.doc_topics() or the fitted model"
        raise InputError([Issue("<doc_topics>", None, f"missing column '{c}'", hint) for c in need])
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 0:
        raise ValueError(f"n_boot == {n_boot!r}, must be an int >= 0")
    if not 0 < level < 1:
        raise ValueError(f"level == {level!r}, must be between 0 and 1")
    resp_col = "respondent_id" if "respondent_id" in table.columns else "doc_id"
    seg_col = "seg_id" if "seg_id" in table.columns else None
    t = table.copy()
    t["_group"] = t[by].astype(object).where(t[by].notna(), MISSING_GROUP).astype(str)
    topics = sorted(t["topic"].unique())
    # per respondent: sum of proportions per topic and number of segments
    wide = t.pivot_table(index=["_group", resp_col], columns="topic", values="proportion", aggfunc="sum",
                         fill_value=0.0)[topics]
    n_seg = (t.groupby(["_group", resp_col])[seg_col].nunique() if seg_col else
             t.groupby(["_group", resp_col]).size() / len(topics)).reindex(wide.index)
    rng = np.random.default_rng(random_state)
    alpha = (1 - level) / 2
    rows = []
    for group in sorted(wide.index.get_level_values(0).unique()):
        sums = wide.loc[group].to_numpy(dtype=float)
        counts = n_seg.loc[group].to_numpy(dtype=float)
        point = sums.sum(axis=0) / counts.sum()
        n_resp = len(counts)
        if n_boot > 0 and n_resp > 1:
            idx = rng.integers(0, n_resp, size=(n_boot, n_resp))
            boot = sums[idx].sum(axis=1) / counts[idx].sum(axis=1)[:, None]
            low, high = np.quantile(boot, [alpha, 1 - alpha], axis=0)
        else:
            low = high = point
        for j, topic in enumerate(topics):
            rows.append((topic, group, float(point[j]), float(low[j]), float(high[j]), n_resp, int(counts.sum())))
    out = pd.DataFrame(rows, columns=["topic", "group", "prevalence", "ci_low", "ci_high", "n_respondents",
                                      "n_segments"])
    return out.sort_values(["topic", "group"], kind="stable").reset_index(drop=True)
