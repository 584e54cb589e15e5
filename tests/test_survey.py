"""Questionnaire tables and the study description (study.yaml) that names the questionnaire's columns."""

from __future__ import annotations

import pytest

from qualcode.errors import MetadataError
from qualcode.study import SurveySpec, read_study, read_survey, survey_tables, validate_survey

SPEC = SurveySpec(yes_no="heard_of_policy", follow_up="channel", rating="satisfaction")


def write(tmp_path, text, name="q.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_tables_by_role(tmp_path):
    path = write(tmp_path, "respondent_id,role,heard_of_policy,channel,satisfaction\n"
                 "Q1,family,是,学校,4\nQ2,family,否,,2\nQ3,family,否,,\nQ4,community,是,社区,5\nQ5,community,是,学校,3\n")
    tables = survey_tables(read_survey(path, SPEC))
    yes = tables["yes"].set_index("role")
    assert yes.loc["family", "yes"] == 1 and yes.loc["family", "n"] == 3
    assert yes.loc["family", "percent"] == pytest.approx(100 / 3)
    assert yes.loc["family", "ci_low"] < yes.loc["family", "percent"] < yes.loc["family", "ci_high"]
    assert tables["yes_test"].loc[0, "test"] == "Fisher's exact"
    fu = tables["follow_up"]
    assert fu[(fu.role == "community") & (fu.follow_up == "学校")]["percent"].item() == pytest.approx(50.0)
    rating = tables["rating"]
    assert rating[(rating.role == "family") & (rating.yes == "否")]["n"].item() == 1  # the empty answer: not counted


def test_column_names_are_the_studys_setting(tmp_path):
    """Another study's questionnaire: other column names, no follow-up, no rating."""
    path = write(tmp_path, "编号,身份,是否知道低保,备注\nA,老人,是,\nB,老人,否,\nC,子女,是,\n")
    spec = SurveySpec(id="编号", group="身份", yes_no="是否知道低保")
    tables = survey_tables(read_survey(path, spec), by="身份")
    assert tables["yes"].set_index("身份").loc["老人", "yes"] == 1
    assert tables["follow_up"].empty and tables["rating"].empty
    with pytest.raises(MetadataError, match="questionnaire has no 'heard_of_policy' column"):
        read_survey(path, SPEC)


def test_wilson_interval_matches_scipy(tmp_path):
    from scipy.stats import binomtest

    rows = "\n".join(f"Q{i},family,{'是,其他' if i < 7 else '否,'}," for i in range(20))
    path = write(tmp_path, "respondent_id,role,heard_of_policy,channel,satisfaction\n" + rows + "\n")
    yes = survey_tables(read_survey(path, SPEC))["yes"].iloc[0]
    ci = binomtest(7, 20).proportion_ci(method="wilson")
    assert yes["ci_low"] == pytest.approx(100 * ci.low) and yes["ci_high"] == pytest.approx(100 * ci.high)


def test_every_problem_reported(tmp_path):
    path = write(tmp_path, "respondent_id,role,heard_of_policy,channel,satisfaction\n"
                 "Q1,family,也许,,4\nQ1,family,否,学校,9\nQ3,,是,,\n")
    issues = [str(i) for i in validate_survey(path, SPEC)]
    assert f"{path}:2: heard_of_policy is '也许' (hint: use 是 or 否 (yes/no))" in issues
    assert any(i.startswith(f"{path}:3: respondent 'Q1' appears twice") for i in issues)
    assert any(i.startswith(f"{path}:3: channel '学校' is given but heard_of_policy is 否") for i in issues)
    assert any(i.startswith(f"{path}:3: satisfaction is '9'") for i in issues)
    assert any(i.startswith(f"{path}:4: respondent 'Q3' has no role") for i in issues)
    with pytest.raises(MetadataError):
        read_survey(path, SPEC)


def test_bundled_questionnaire_through_the_study_description(repo_root):
    study = read_study(repo_root / "corpora/chifeng/study.yaml")
    assert study.codebook.endswith("children_in_distress.yaml") and study.survey.yes_no == "heard_of_policy"
    survey = read_survey(study.survey.file, study.survey)
    tables = survey_tables(survey)
    assert set(tables["yes"]["role"]) == {"family", "civil_affairs", "community"}
    assert tables["yes"]["n"].sum() == len(survey)


def test_study_description_problems_are_path_line(tmp_path):
    path = write(tmp_path, "title: 一个研究\nby: [role]\ncolour: red\nsurvey:\n  file: q.csv\n  id: 编号\n  other: x\n",
                 "study.yaml")
    with pytest.raises(MetadataError) as err:
        read_study(path)
    msg = str(err.value)
    assert f"{path}:2: by must be text, not list" in msg
    assert f"{path}:3: unknown setting 'colour'" in msg
    assert f"{path}:7: unknown survey setting 'other'" in msg
    assert f"{path}:4: survey needs yes_no" in msg
