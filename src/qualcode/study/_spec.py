"""A study description, ``study.yaml`` beside the corpus: what is particular to one study lives there, never in the
library (title, the note shown at the top of the report, the codebook, the gold coding, the questionnaire's
columns, the order of the findings).

    title: 赤峰市困境儿童政策执行研究（构造示范语料）
    note: The bundled corpus is CONSTRUCTED for demonstration ...
    codebook: ../../codebooks/children_in_distress.yaml     # paths are relative to study.yaml
    by: role                                                 # respondent attribute to compare
    gold: [gold/*.csv]                                       # human coding to score the auto-codes against
    report_order: [achievements, operation, implementation, follow_up, context]
    survey:
      file: survey/questionnaire.csv
      id: respondent_id
      group: role
      yes_no: heard_of_policy        # a yes/no question whose share is reported by group
      yes_no_label: heard of the policy 听说过政策
      follow_up: channel             # asked only after "yes" (e.g. through which channel)
      rating: satisfaction           # a 1-5 rating

:func:`read_study` checks every field and reports each problem as ``path:line``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qualcode.coding._codebook_check import parse_yaml
from qualcode.errors import Issue, MetadataError, raise_if_errors

__all__ = ["STUDY_FILE", "Study", "SurveySpec", "find_study", "read_study"]

#: The file name of a study description in a corpus folder.
STUDY_FILE = "study.yaml"
_KEYS = ("title", "note", "codebook", "by", "gold", "report_order", "survey")
_SURVEY_KEYS = ("file", "id", "group", "yes_no", "yes_no_label", "follow_up", "rating")


@dataclass(frozen=True)
class SurveySpec:
    """Which columns of a questionnaire mean what (see :func:`qualcode.read_survey`)."""

    file: str | None = None
    yes_no: str = ""
    id: str = "respondent_id"
    group: str = "role"
    yes_no_label: str = ""
    follow_up: str | None = None
    rating: str | None = None


@dataclass(frozen=True)
class Study:
    """A study description (``study.yaml``); paths are resolved against its folder."""

    path: str | None = None
    title: str = ""
    note: str = ""
    codebook: str | None = None
    by: str = "role"
    gold: tuple[str, ...] = ()
    report_order: tuple[str, ...] = ()
    survey: SurveySpec | None = None


def find_study(corpus_dir: str | os.PathLike) -> Path | None:
    """``<corpus_dir>/study.yaml`` when it exists."""
    path = Path(corpus_dir) / STUDY_FILE
    return path if path.is_file() else None


def read_study(path: str | os.PathLike) -> Study:
    """Read and check a study description; raises :class:`~qualcode.errors.MetadataError` listing every problem."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise MetadataError([Issue(shown, 1, f"cannot read the study description: {exc}",
                                   "save study.yaml as UTF-8 text")]) from None
    issues: list[Issue] = []
    data, loc = parse_yaml(text, shown, issues)
    raise_if_errors(issues, MetadataError)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise MetadataError([Issue(shown, 1, "a study description is a mapping of settings",
                                   "e.g. title: ..., codebook: ..., survey: {...}")])
    base = Path(path).parent

    def where(*keys: Any) -> int | None:
        return loc.line(tuple(keys), 1)

    for key in data:
        if key not in _KEYS:
            issues.append(Issue(shown, where(key), f"unknown setting {key!r}", f"settings: {', '.join(_KEYS)}"))
    texts = {k: _text(data, k, shown, where, issues) for k in ("title", "note", "codebook", "by")}
    codebook = str(base / texts["codebook"]) if texts["codebook"] else None
    gold = tuple(str(base / g) for g in _strings(data, "gold", shown, where, issues))
    order = tuple(_strings(data, "report_order", shown, where, issues))
    survey = _survey(data.get("survey"), base, shown, where, issues)
    raise_if_errors(issues, MetadataError)
    return Study(path=shown, title=texts["title"] or "", note=texts["note"] or "", codebook=codebook,
                 by=texts["by"] or "role", gold=gold, report_order=order, survey=survey)


def _text(data: dict, key: str, shown: str, where: Any, issues: list[Issue]) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        issues.append(Issue(shown, where(key), f"{key} must be text, not {type(value).__name__}"))
        return None
    return str(value).strip()


def _strings(data: dict, key: str, shown: str, where: Any, issues: list[Issue]) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
        issues.append(Issue(shown, where(key), f"{key} must be a list of text items", f"e.g. {key}: [a, b]"))
        return []
    return [v.strip() for v in items]


def _survey(raw: Any, base: Path, shown: str, where: Any, issues: list[Issue]) -> SurveySpec | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        issues.append(Issue(shown, where("survey"), "survey must be a mapping of column names",
                            "e.g. survey: {file: survey/q.csv, yes_no: heard_of_policy}"))
        return None
    for key in raw:
        if key not in _SURVEY_KEYS:
            issues.append(Issue(shown, where("survey", key), f"unknown survey setting {key!r}",
                                f"survey settings: {', '.join(_SURVEY_KEYS)}"))
    got = {k: _text(raw, k, shown, lambda *k2: where("survey", *k2), issues) for k in _SURVEY_KEYS}
    if not got["yes_no"]:
        issues.append(Issue(shown, where("survey"), "survey needs yes_no: the column of the yes/no question whose "
                                                    "share is reported by group", "e.g. yes_no: heard_of_policy"))
    return SurveySpec(file=str(base / got["file"]) if got["file"] else None, yes_no=got["yes_no"] or "",
                      id=got["id"] or "respondent_id", group=got["group"] or "role",
                      yes_no_label=got["yes_no_label"] or got["yes_no"] or "", follow_up=got["follow_up"],
                      rating=got["rating"])
