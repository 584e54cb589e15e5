"""How far the study's machine codes can be trusted: certification per theme and counts of respondents corrected for
the machine's measured error, from the human-coded (validated) turns (:mod:`qualcode.validation._certify`,
:mod:`qualcode.validation._corrected`)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from qualcode.validation._certify import certify, validation_table
from qualcode.validation._corrected import corrected_counts, trust_units

__all__ = ["trust_columns", "trust_tables"]


def trust_tables(codings: pd.DataFrame, segments: pd.DataFrame, gold: pd.DataFrame, codes: Sequence[str], *,
                 by: str = "role", validated: int | None = None, n_boot: int = 1000, seed: int = 0,
                 ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Certification per code and corrected counts per code and group, from the human-coded units ``gold`` (all
    of them, or a random sample of ``validated`` units standing in for a coders' validation sample). The
    corrected table gets a ``human`` column: the respondents the full gold coding gives each group, to compare."""
    sample = gold if validated is None or validated >= len(gold) else gold.sample(n=validated, random_state=seed)
    certification = certify(validation_table(codings, sample, codes=codes, segments=segments), n_boot=n_boot,
                            seed=seed, unit_name="turns")
    full = trust_units(codings, segments, gold, codes=codes)
    units = full if sample is gold else trust_units(codings, segments, sample, codes=codes)  # (read, not changed)
    corrected = corrected_counts(units, by=by, codes=codes, n_boot=n_boot, seed=seed)
    full = full[full["human"].notna()]
    human = (full.assign(h=full["human"] == 1).groupby(["code", full[by].fillna("(missing)").astype(str),
                                                        "respondent_id"])["h"].any()
             .groupby(level=[0, 1]).sum())
    corrected["human"] = [int(human.get((c, str(g)), 0)) for c, g in zip(corrected["code"], corrected["group"])]
    return certification, corrected


def trust_columns(row: dict, code: str, groups: list, certification: pd.DataFrame | None,
                  corrected: pd.DataFrame | None) -> None:
    """Add a theme's ``certified`` status and its ``"<group> corrected"`` counts to a findings row."""
    if certification is not None and len(certification):
        got = certification[certification["code"] == code]
        row["certified"] = str(got["status"].iloc[0]) if len(got) else ""
    if corrected is not None and len(corrected):
        for g in groups:
            got = corrected[(corrected["code"] == code) & (corrected["group"].astype(str) == str(g))]
            row[f"{g} corrected"] = str(got["text"].iloc[0]) if len(got) else ""
