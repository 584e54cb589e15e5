"""A whole study in one call: :func:`run_study` chains the library's steps and returns every table.

Modules (private): ``_run`` (:func:`run_study`, :class:`StudyResults`), ``_survey`` (questionnaire tables).
"""

from __future__ import annotations

from qualcode.study._run import StudyResults, find_gold, find_survey, findings_table, run_study
from qualcode.study._survey import read_survey, survey_tables, validate_survey

__all__ = [
    "StudyResults",
    "find_gold",
    "find_survey",
    "findings_table",
    "read_survey",
    "run_study",
    "survey_tables",
    "validate_survey",
]
