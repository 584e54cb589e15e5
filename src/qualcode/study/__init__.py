"""A whole study in one call: :func:`run_study` chains the library's steps and returns every table.

Modules (private): ``_run`` (:func:`run_study`, :class:`StudyResults`), ``_spec`` (the study description,
``study.yaml``), ``_findings`` (the findings table), ``_topics`` (the topic step), ``_survey`` (questionnaire
tables), ``_doctor`` (:func:`doctor`, everything that could make a study's counts wrong, before any analysis).
"""

from __future__ import annotations

from qualcode.study._doctor import doctor
from qualcode.study._findings import findings_table
from qualcode.study._run import StudyResults, find_gold, run_study, score_against_gold
from qualcode.study._spec import STUDY_FILE, Study, SurveySpec, find_study, read_study
from qualcode.study._survey import read_survey, survey_tables, validate_survey

__all__ = [
    "STUDY_FILE",
    "Study",
    "StudyResults",
    "SurveySpec",
    "doctor",
    "find_gold",
    "find_study",
    "findings_table",
    "read_study",
    "read_survey",
    "run_study",
    "score_against_gold",
    "survey_tables",
    "validate_survey",
]
