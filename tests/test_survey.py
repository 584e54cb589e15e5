from __future__ import annotations

import pandas as pd
import pytest

from qualcode.errors import MetadataError
from qualcode.study import read_survey, survey_tables, validate_survey


def write(tmp_path, text):
    path = tmp_path / "q.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_tables_by_role(tmp_path):
    path = write(tmp_path, "respondent_id,role,heard_of_policy,channel,satisfaction\n"
                 "Q1,family,是,学校,4\nQ2,family,否,,2\nQ3,family,否,,\nQ4,community,是,社区,5\nQ5,community,是,学校,3\n")
    tables = survey_tables(read_survey(path))
    heard = tables["heard"].set_index("role")
    assert heard.loc["family", "heard"] == 1 and heard.loc["family", "n"] == 3
    assert heard.loc["family", "percent"] == pytest.approx(100 / 3)
    assert heard.loc["family", "ci_low"] < heard.loc["family", "percent"] < heard.loc["family", "ci_high"]
    assert tables["heard_test"].loc[0, "test"] == "Fisher's exact"
    ch = tables["channel"]
    assert ch[(ch.role == "community") & (ch.channel == "学校")]["percent"].item() == pytest.approx(50.0)
    sat = tables["satisfaction"]
    assert sat[(sat.role == "family") & (sat.heard == "否")]["n"].item() == 1  # the empty answer is not counted


def test_wilson_interval_matches_scipy(tmp_path):
    from scipy.stats import binomtest

    rows = "\n".join(f"Q{i},family,{'是,其他' if i < 7 else '否,'}," for i in range(20))
    path = write(tmp_path, "respondent_id,role,heard_of_policy,channel,satisfaction\n" + rows + "\n")
    heard = survey_tables(read_survey(path))["heard"].iloc[0]
    ci = binomtest(7, 20).proportion_ci(method="wilson")
    assert heard["ci_low"] == pytest.approx(100 * ci.low) and heard["ci_high"] == pytest.approx(100 * ci.high)


def test_every_problem_reported(tmp_path):
    path = write(tmp_path, "respondent_id,role,heard_of_policy,channel,satisfaction\n"
                 "Q1,family,也许,,4\nQ1,family,否,学校,9\nQ3,,是,,\n")
    issues = [str(i) for i in validate_survey(path)]
    assert f"{path}:2: heard_of_policy is '也许' (hint: use 是 or 否 (yes/no))" in issues
    assert any(i.startswith(f"{path}:3: respondent 'Q1' appears twice") for i in issues)
    assert any(i.startswith(f"{path}:3: channel '学校' is given but heard_of_policy is 否") for i in issues)
    assert any(i.startswith(f"{path}:3: satisfaction is '9'") for i in issues)
    assert any(i.startswith(f"{path}:4: respondent 'Q3' has no role") for i in issues)
    with pytest.raises(MetadataError):
        read_survey(path)


def test_bundled_questionnaire(repo_root):
    survey = read_survey(repo_root / "corpora/chifeng/survey/questionnaire.csv")
    tables = survey_tables(survey)
    assert set(tables["heard"]["role"]) == {"family", "civil_affairs", "community"}
    assert tables["heard"]["n"].sum() == len(survey)
