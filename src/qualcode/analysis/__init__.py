"""Themes by respondent group: cross-tabulation, association tests, co-occurrence and exemplar quotes.

Free functions over the segments and codings tables (docs/design.md)::

    crosstab(codings, segments, by="role", unit="respondent", codebook=cb, level=1)
    association(codings, segments, by="role", unit="respondent")
    cooccurrence(codings, unit="segment")
    exemplars(codings, segments, code="publicity_weak", by="role", n=3)

Only respondent segments count (interviewer rows are left out); denominators are every respondent (or segment) of a
group, coded or not.
"""

from qualcode.analysis._association import association
from qualcode.analysis._cooccurrence import cooccurrence
from qualcode.analysis._crosstab import crosstab
from qualcode.analysis._exemplars import evidence_strength, exemplars

__all__ = ["association", "cooccurrence", "crosstab", "evidence_strength", "exemplars"]
