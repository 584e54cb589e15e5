"""Codebooks as YAML files: load, validate (every problem with its line), save, and the terms they use.

The format and the rule language are documented in docs/codebook.md. In short::

    name: children_in_distress
    version: "1"
    settings: {unit: sentence, match: chars, speakers: respondent, window: 10}
    lexicon:                       # named term lists, used in rules as "@name"
      problem: [不到位, 没人, 很少]
    codes:
      - id: operation
        label: 运行
      - id: publicity_weak
        parent: operation
        label: 政策宣传不足
        rules:
          - any: [没人上门说过, 不晓得去哪儿申请]
          - all: [[宣传, 通知], "@problem"]
            window: 8
          - any: [宣传]
            polarity: problem
        unless: [宣传很到位]

:func:`load_codebook` returns a :class:`qualcode.model.Codebook` whose codes keep their rule mappings as data
(``Code.rules``); :class:`qualcode.AutoCoder` compiles them. A code-level ``unless`` list is kept in ``Code.rules`` as
a *guard* entry (a mapping with only ``unless``), which :func:`save_codebook` writes back at code level. Named term
lists are kept in ``Codebook.settings["lexicon"]`` and written back as the top-level ``lexicon``.
"""


from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from qualcode._io import atomic_write
from qualcode.coding._codebook_check import Checker, Located, check_codebook_data, parse_yaml
from qualcode.errors import CodebookError, Issue, raise_if_errors
from qualcode.model import Code, Codebook

__all__ = ["codebook_to_dict", "dump_codebook", "load_codebook", "plain", "save_codebook", "validate_codebook"]


def _build(data: dict, path: str | None, loc: Located) -> Codebook:
    lexicon = copy.deepcopy(data.get("lexicon") or {})
    settings = dict(copy.deepcopy(data.get("settings") or {}))
    if lexicon:
        settings["lexicon"] = lexicon
    codes = []
    for i, raw in enumerate(data["codes"]):
        rules = [copy.deepcopy(r) for r in (raw.get("rules") or [])]
        if raw.get("unless"):
            unless = raw["unless"]
            rules.append({"unless": copy.deepcopy(unless if isinstance(unless, list) else [unless])})
        codes.append(Code(
            id=str(raw["id"]),
            label=str(raw.get("label") or ""),
            label_en=str(raw.get("label_en") or ""),
            parent=None if raw.get("parent") is None else str(raw["parent"]),
            definition=str(raw.get("definition") or ""),
            inclusion=str(raw.get("inclusion") or ""),
            exclusion=str(raw.get("exclusion") or ""),
            examples=tuple(raw.get("examples") or ()),
            counter_examples=tuple(raw.get("counter_examples") or ()),
            memo=str(raw.get("memo") or ""),
            color=raw.get("color"),
            rules=tuple(rules),
            line=loc.line(("codes", i)),
        ))
    return Codebook(
        codes=tuple(codes),
        name=str(data.get("name") or (Path(path).stem if path else "codebook")),
        version=str(data.get("version") if data.get("version") is not None else "1"),
        description=str(data.get("description") or ""),
        path=path,
        settings=settings,
    )


def _read(path: str | os.PathLike) -> tuple[Codebook | None, list[Issue]]:
    shown = str(path)
    issues: list[Issue] = []
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return None, [Issue(shown, None, "file not found", "check the path")]
    except OSError as exc:
        return None, [Issue(shown, None, f"cannot read the file: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Issue(shown, line, "not UTF-8 text", "save the codebook as UTF-8")]
    data, loc = parse_yaml(text, shown, issues)
    if any(i.is_error for i in issues):
        return None, issues
    chk = Checker(shown, loc, issues)
    checked = check_codebook_data(data, chk)
    if checked is None or any(i.is_error for i in issues):
        return None, issues
    return _build(checked, shown, loc), issues


def validate_codebook(path: str | os.PathLike) -> list[Issue]:
    """Every problem of a codebook file as :class:`~qualcode.errors.Issue` (errors and warnings); never raises on bad
    content. An empty list means the file loads cleanly."""
    return _read(path)[1]


def load_codebook(path: str | os.PathLike) -> Codebook:
    """Read a YAML codebook into a :class:`~qualcode.model.Codebook`.

    Raises :class:`~qualcode.errors.CodebookError` listing every error (``path:line: message (hint)``); warnings
    (e.g. a term claimed by two sibling codes) do not stop loading and are available from :func:`validate_codebook`.
    """
    codebook, issues = _read(path)
    raise_if_errors(issues, CodebookError, summary=f"codebook {path} has problems")
    assert codebook is not None
    return codebook


# ------------------------------------------------------------------------------------------------------------ save
def codebook_to_dict(codebook: Codebook) -> dict:
    """The YAML structure of a codebook (the inverse of loading): plain dicts and lists."""
    settings = {k: copy.deepcopy(v) for k, v in codebook.settings.items() if k != "lexicon"}
    out: dict[str, Any] = {"name": codebook.name, "version": str(codebook.version)}
    if codebook.description:
        out["description"] = codebook.description
    if settings:
        out["settings"] = plain(settings)
    lexicon = codebook.settings.get("lexicon")
    if lexicon:
        out["lexicon"] = plain(lexicon)
    codes = []
    for code in codebook.codes:
        entry: dict[str, Any] = {"id": code.id}
        for field in ("label", "label_en", "parent", "definition", "inclusion", "exclusion"):
            value = getattr(code, field)
            if value:
                entry[field] = value
        if code.examples:
            entry["examples"] = list(code.examples)
        if code.counter_examples:
            entry["counter_examples"] = list(code.counter_examples)
        if code.memo:
            entry["memo"] = code.memo
        if code.color:
            entry["color"] = code.color
        rules, unless = [], []
        for rule in code.rules:
            rule = plain(rule)
            if set(rule) == {"unless"}:
                unless.extend(rule["unless"] if isinstance(rule["unless"], list) else [rule["unless"]])
            else:
                rules.append(rule)
        if rules:
            entry["rules"] = rules
        if unless:
            entry["unless"] = unless
        codes.append(entry)
    out["codes"] = codes
    return out


def plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


class _Dumper:
    @staticmethod
    def make():
        import yaml

        class Dumper(yaml.SafeDumper):
            pass

        def str_rep(dumper, data):
            # YAML folds \x85, \u2028 and \u2029 (and \r) into line breaks in block and plain scalars: only a
            # double-quoted scalar, which escapes them, keeps such text exactly
            if any(ch in data for ch in "\x85\u2028\u2029\r"):
                style = '"'
            else:
                style = "|" if "\n" in data else None
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

        def list_rep(dumper, data):
            flow = len(data) > 0 and all(isinstance(x, (str, int, float)) and "\n" not in str(x) for x in data)
            return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)

        Dumper.add_representer(str, str_rep)
        Dumper.add_representer(list, list_rep)
        return Dumper


def dump_codebook(codebook: Codebook) -> str:
    """The YAML text of a codebook, as :func:`save_codebook` writes it (lexicon, settings, code-level ``unless``)."""
    import yaml

    text = yaml.dump(codebook_to_dict(codebook), Dumper=_Dumper.make(), allow_unicode=True, sort_keys=False,
                     width=110, default_flow_style=False)
    return f"# qualcode codebook '{codebook.name}' (format: docs/codebook.md)\n" + text


def save_codebook(codebook: Codebook, path: str | os.PathLike) -> Path:
    """Write a codebook as YAML, atomically (a crash leaves the old file). ``load -> save -> load`` gives equal codes
    (apart from ``Code.line`` and ``Codebook.path``, which record where they were read)."""
    text = dump_codebook(codebook)
    with atomic_write(path) as fh:
        fh.write(text)
    return Path(path)

