"""Checking a codebook's YAML: the parser that remembers lines, and every check of the format (docs/codebook.md).

Each problem becomes an :class:`~qualcode.errors.Issue` with the line of the offending node; all are collected.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from qualcode.coding._regex import regex_problem
from qualcode.errors import Issue

__all__ = ["Checker", "Located", "check_codebook_data", "fullwidth_colons", "parse_yaml"]

TOP_KEYS = ("name", "version", "description", "settings", "lexicon", "codes")
SETTINGS_KEYS = ("unit", "match", "speakers", "window", "scope", "polarity", "report_order")
POLARITY_KEYS = ("negators", "intensifiers", "positive", "problem", "window", "negation_reach")
CODE_KEYS = (
    "id", "label", "label_en", "parent", "definition", "inclusion", "exclusion", "examples", "counter_examples",
    "memo", "color", "rules", "unless",
)
RULE_KEYS = ("id", "any", "all", "regex", "window", "scope", "match", "unless", "polarity", "roles", "question",
             "note")
TEXT_FIELDS = ("label", "label_en", "definition", "inclusion", "exclusion", "memo")
CHOICES = {
    "unit": ("sentence", "turn"),
    "match": ("chars", "tokens"),
    "speakers": ("respondent", "interviewer", "all"),
    "scope": ("sentence", "clause", "unit"),
    "polarity": ("problem", "positive"),
}
ID_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_ALL_KEYS = set(TOP_KEYS) | set(SETTINGS_KEYS) | set(POLARITY_KEYS) | set(CODE_KEYS) | set(RULE_KEYS)
COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


# --------------------------------------------------------------------------------------------------------- parsing
class Located:
    """Plain Python data from a YAML file plus the line of every mapping key and sequence item."""

    def __init__(self) -> None:
        self.lines: dict[tuple, int] = {}

    def line(self, path: tuple, default: int | None = None) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), default)


def _compose(loader_class: Any, text: str) -> Any:
    loader = loader_class(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


_YAML_HINT = "check indentation and quoting; terms with ':' or '#' need quotes"
#: A line whose key is typed with a full-width colon (``codes：``, ``- any：[...]``).
_FULLWIDTH_LINE = re.compile(r"^\s*(?:-\s*)?([A-Za-z_][A-Za-z0-9_]*)\s*：")


def fullwidth_colons(text: str, path: str) -> list[Issue]:
    """Lines whose key is typed with a Chinese input method's full-width colon: YAML does not see a key there."""
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        m = _FULLWIDTH_LINE.match(line)
        if m and m.group(1) in _ALL_KEYS:
            out.append(Issue(path, n, f"'{m.group(1)}：' is written with a full-width colon '：', which YAML does not "
                                      "read as a key", f"type an ASCII colon and a space: '{m.group(1)}: ' (switch the "
                                                       "input method to English punctuation)"))
    return out


def parse_yaml(text: str, path: str, issues: list[Issue]) -> tuple[Any, Located]:
    import yaml

    loc = Located()
    colons = fullwidth_colons(text, path)
    issues.extend(colons)
    try:
        try:  # libyaml when PyYAML has it (ten times faster); a broken file is re-read by the Python parser so that
            # the message is the same everywhere
            node = _compose(getattr(yaml, "CSafeLoader", yaml.SafeLoader), text)
        except yaml.YAMLError:
            node = _compose(yaml.SafeLoader, text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        hint = "a full-width colon '：' above is the likely cause" if colons else _YAML_HINT
        issues.append(Issue(path, line, f"not valid YAML: {problem}", hint))
        return None, loc
    if node is None:
        return None, loc
    constructor = yaml.SafeLoader("")
    budget = [200_000]  # nodes visited: YAML aliases can make a small file expand exponentially

    def walk(n, where: tuple):
        budget[0] -= 1
        if budget[0] < 0:
            raise yaml.YAMLError("the file expands to too many values (YAML aliases used recursively?)")
        loc.lines.setdefault(where, n.start_mark.line + 1)
        if isinstance(n, yaml.MappingNode):
            out: dict = {}
            for key_node, value_node in n.value:
                key = constructor.construct_object(key_node, deep=True)
                if not isinstance(key, str):
                    key = str(key)
                if key in out:
                    issues.append(Issue(path, key_node.start_mark.line + 1, f"key '{key}' appears twice in one mapping",
                                        "the second value would silently replace the first; merge them"))
                loc.lines[where + (key,)] = key_node.start_mark.line + 1
                out[key] = walk(value_node, where + (key,))
            return out
        if isinstance(n, yaml.SequenceNode):
            return [walk(item, where + (i,)) for i, item in enumerate(n.value)]
        return constructor.construct_object(n, deep=True)

    try:
        return walk(node, ()), loc
    except (yaml.YAMLError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc) or "nested too deeply"
        issues.append(Issue(path, line, f"not valid YAML: {problem}", _YAML_HINT))
        return None, loc


# ------------------------------------------------------------------------------------------------------ validation
class Checker:
    def __init__(self, path: str, loc: Located, issues: list[Issue]):
        self.path = path
        self.loc = loc
        self.issues = issues

    def err(self, where: tuple, message: str, hint: str | None = None) -> None:
        self.issues.append(Issue(self.path, self.loc.line(where), message, hint))

    def warn(self, where: tuple, message: str, hint: str | None = None) -> None:
        self.issues.append(Issue(self.path, self.loc.line(where), message, hint, severity="warning"))

    def keys(self, mapping: Mapping, allowed: Iterable[str], where: tuple, what: str) -> None:
        allowed = list(allowed)
        for key in mapping:
            if key in allowed:
                continue
            fixed = _FULLWIDTH_KEY.match(str(key))
            if fixed and fixed.group(1) in allowed:
                self.err(where + (key,), f"{what}: '{key}' is written with a full-width colon '：'",
                         f"YAML needs an ASCII colon and a space: '{fixed.group(1)}: ...' (switch the input method "
                         "to English punctuation)")
                continue
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.5)
            hint = f"did you mean '{close[0]}'?" if close else f"valid keys: {', '.join(allowed)}"
            self.err(where + (key,), f"{what}: unknown key '{key}'", hint)

    def choice(self, value: Any, name: str, where: tuple, what: str) -> None:
        if value is not None and (not isinstance(value, str) or value not in CHOICES[name]):
            close = difflib.get_close_matches(str(value), CHOICES[name], n=1, cutoff=0.5)
            hint = f"did you mean '{close[0]}'?" if close else f"one of: {', '.join(CHOICES[name])}"
            self.err(where, f"{what}: {name} '{value}' is not one of {', '.join(CHOICES[name])}", hint)

    def positive_int(self, value: Any, name: str, where: tuple, what: str) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.err(where, f"{what}: {name} == {value!r}, must be a positive integer (characters)",
                     f"write e.g. '{name}: 10'")


#: A key typed with a Chinese input method's full-width colon (``codes：`` parses as the key ``codes：``).
_FULLWIDTH_KEY = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*：")
#: Separators of a list typed inside one term by a Chinese input method: ``[丢人，笑话，闲话]`` is one term.
_LIST_IN_TERM = re.compile(r"[，,；;]")


def _term_list(raw: Any, chk: Checker, where: tuple, what: str, lexicon: Mapping[str, Any]) -> list[str]:
    """Validate a term list (a string or a list of strings; '@name' refers to the lexicon); return the terms."""
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not items:
        chk.err(where, f"{what}: expected a non-empty list of terms, got {type(raw).__name__} {raw!r}",
                "write e.g. [宣传, 告知]")
        return []
    terms: list[str] = []
    for i, item in enumerate(items):
        at = where + (i,) if isinstance(raw, list) else where
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str):
            chk.err(at, f"{what}: term {item!r} is not a string", "terms are plain strings; quote them")
            continue
        if not item.strip():
            chk.err(at, f"{what}: empty term", "remove it")
            continue
        if item.startswith("@"):
            terms.extend(_lexicon_terms(item[1:], chk, at, what, lexicon))
            continue
        _term_shape(item, chk, at, what, single=isinstance(raw, str))
        terms.append(item)
    return terms


def _lexicon_terms(name: str, chk: Checker, at: tuple, what: str, lexicon: Mapping[str, Any]) -> list[str]:
    if name not in lexicon:
        close = difflib.get_close_matches(name, [str(k) for k in lexicon], n=1, cutoff=0.5)
        chk.err(at, f"{what}: lexicon list '@{name}' is not defined",
                f"did you mean '@{close[0]}'?" if close else "define it under the top-level 'lexicon'")
        return []
    listed = lexicon[name]
    listed = [listed] if isinstance(listed, str) else listed if isinstance(listed, list) else []
    return [t for t in listed if isinstance(t, str)]  # (a malformed lexicon list is reported where it is defined)


def _term_shape(term: str, chk: Checker, at: tuple, what: str, single: bool) -> None:
    """What Chinese input methods put into a term: a list typed with full-width commas or 顿号, spaces between
    words -- one term that never matches."""
    parts = [p.strip() for p in re.split(r"[，,；;、\s]+", term) if p.strip()]
    example = "[" + ", ".join(parts) + "]"
    listed = _LIST_IN_TERM.search(term)
    if listed is not None:
        sep = listed.group(0)
        chk.err(at, f"{what}: term '{term}' contains '{sep}', so it is one term that matches only the whole text "
                    "'" + term + "'", f"write several terms as a list with ASCII commas: {example}"
                + (" (a string where a list is meant)" if single else ""))
    elif "、" in term and len(parts) > 1 and single:
        chk.err(at, f"{what}: '{term}' is one string with '、' (顿号), so it is one term matched only as a whole",
                f"a string where a list is meant: write {example}")
    elif "、" in term and len(parts) > 1:
        chk.warn(at, f"{what}: term '{term}' contains '、' (顿号): it is one term, matched only as a whole",
                 f"if it lists several terms, write them as a list: {example}")
    elif re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", term):
        chk.err(at, f"{what}: term '{term}' has spaces between words, so it is one term that never matches text "
                    "written without them", f"write several terms as a list: {example}")


def _check_regex(raw: Any, chk: Checker, where: tuple, what: str) -> list[str]:
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not items:
        chk.err(where, f"{what}: regex must be a string or a list of strings, got {raw!r}")
        return []
    out = []
    for i, pattern in enumerate(items):
        at = where + (i,) if isinstance(raw, list) else where
        if not isinstance(pattern, str) or not pattern:
            chk.err(at, f"{what}: regex {pattern!r} is not a non-empty string")
            continue
        try:
            compiled = re.compile(pattern)
        except (re.error, RecursionError, OverflowError) as exc:
            chk.err(at, f"{what}: invalid regex {pattern!r}: {exc}", "escape ( ) [ ] ? * + with a backslash")
            continue
        if compiled.match(""):
            chk.err(at, f"{what}: regex {pattern!r} matches the empty string", "it would code every segment")
        problem = regex_problem(pattern)
        if problem is not None:
            chk.err(at, f"{what}: {problem[0]}", problem[1])
            continue
        out.append(pattern)
    return out


def _check_rule(rule: Any, chk: Checker, where: tuple, what: str, lexicon: Mapping[str, Any]) -> set[str]:
    """Validate one rule mapping; return the literal terms it matches (for the sibling-overlap warning)."""
    if not isinstance(rule, dict):
        chk.err(where, f"{what}: a rule must be a mapping with 'any', 'all' or 'regex', got {rule!r}",
                "write e.g. '- any: [宣传, 告知]'")
        return set()
    chk.keys(rule, RULE_KEYS, where, what)
    terms: set[str] = set()
    if "question" in rule:
        _term_list(rule["question"], chk, where + ("question",), what + " question", lexicon)
        if not any(k in rule for k in ("any", "all", "regex")) and rule.get("polarity") not in ("problem", "positive"):
            chk.err(where, f"{what}: an answer rule (question without any/all/regex) needs 'polarity: problem' or "
                           "'polarity: positive'", "the answer's first clause is judged by its polarity")
    elif not any(k in rule for k in ("any", "all", "regex")):
        chk.err(where, f"{what}: rule has none of 'any', 'all', 'regex'", "a rule needs something to match")
    if "id" in rule and (not isinstance(rule["id"], str) or not ID_RE.match(rule["id"])):
        chk.err(where + ("id",), f"{what}: rule id {rule['id']!r} is not a plain identifier", "use e.g. r1, topic_cue")
    if "any" in rule:
        terms |= set(_term_list(rule["any"], chk, where + ("any",), what + " any", lexicon))
    if "all" in rule:
        _check_all(rule["all"], chk, where + ("all",), what, lexicon)
    if "regex" in rule:
        _check_regex(rule["regex"], chk, where + ("regex",), what)
    if "unless" in rule:
        _term_list(rule["unless"], chk, where + ("unless",), what + " unless", lexicon)
    _check_rule_options(rule, chk, where, what)
    return terms


def _check_all(groups: Any, chk: Checker, where: tuple, what: str, lexicon: Mapping[str, Any]) -> None:
    if not isinstance(groups, list) or len(groups) < 2:
        chk.err(where, f"{what}: 'all' needs a list of at least two term groups, got {groups!r}",
                "write e.g. all: [[宣传, 通知], [不到位, 没人讲]]; use 'any' for one group")
        return
    for i, group in enumerate(groups):
        # checked only: the terms of an 'all' group are conditional, not "claimed" by the code
        _term_list(group, chk, where + (i,), f"{what} all[{i + 1}]", lexicon)


def _check_rule_options(rule: dict, chk: Checker, where: tuple, what: str) -> None:
    chk.positive_int(rule.get("window"), "window", where + ("window",), what)
    if "window" in rule and "all" not in rule:
        chk.err(where + ("window",), f"{what}: 'window' only applies to 'all' (terms that must co-occur)",
                "remove it, or turn the rule into 'all: [[topic...], [cue...]]'")
    for name in ("scope", "match", "polarity"):
        if name in rule:
            chk.choice(rule[name], name, where + (name,), what)
    if "roles" in rule:
        roles = rule["roles"]
        items = [roles] if isinstance(roles, str) else roles
        if not isinstance(items, list) or not items or not all(isinstance(r, str) and r.strip("!") for r in items):
            chk.err(where + ("roles",),
                    f"{what}: roles must be a list of role names (prefix ! to exclude), got {roles!r}",
                    "e.g. roles: [family] or roles: ['!family']")
    if "note" in rule and not isinstance(rule["note"], str):
        chk.err(where + ("note",), f"{what}: note must be text")


# ------------------------------------------------------------------------------------------------- the codebook
def check_codebook_data(data: Any, chk: Checker) -> dict | None:
    """Every check of a parsed codebook; returns ``data`` when it can be built (errors may still be listed)."""
    if data is None:
        chk.err((), "the codebook is empty", "start from the example in docs/codebook.md")
        return None
    if not isinstance(data, dict):
        chk.err((), f"the codebook must be a mapping with 'codes', got a {type(data).__name__}")
        return None
    chk.keys(data, TOP_KEYS, (), "codebook")
    for key in ("name", "description"):
        if key in data and not isinstance(data[key], str):
            chk.err((key,), f"codebook: {key} must be text, got {data[key]!r}")
    settings = _check_settings(data, chk)
    lexicon = _check_lexicon(data, chk)
    _check_polarity(settings, chk, lexicon)
    codes = data.get("codes")
    _check_report_order(settings, codes, chk)
    if not isinstance(codes, list) or not codes:
        chk.err(("codes",), "codebook: 'codes' must be a non-empty list of codes", "see docs/codebook.md")
        return None
    parents, terms_of = _check_codes(codes, chk, lexicon)
    _check_hierarchy(parents, chk)
    _check_empty_codes(codes, parents, chk)
    _check_siblings(parents, terms_of, chk)
    return data


def _check_settings(data: dict, chk: Checker) -> dict:
    settings = data.get("settings") or {}
    if not isinstance(settings, dict):
        chk.err(("settings",), "settings must be a mapping", "e.g. settings: {unit: sentence}")
        return {}
    chk.keys(settings, SETTINGS_KEYS, ("settings",), "settings")
    for name in ("unit", "match", "speakers", "scope"):
        chk.choice(settings.get(name), name, ("settings", name), "settings")
    chk.positive_int(settings.get("window"), "window", ("settings", "window"), "settings")
    return settings


def _check_report_order(settings: dict, codes: Any, chk: Checker) -> None:
    order = settings.get("report_order")
    if order is None:
        return
    if not isinstance(order, list) or not all(isinstance(x, str) for x in order):
        chk.err(("settings", "report_order"), "report_order must be a list of top-level code ids",
                "e.g. report_order: [achievements, operation]")
        return
    ids = {c.get("id") for c in codes if isinstance(c, dict) and isinstance(c.get("id"), str)} \
        if isinstance(codes, list) else set()
    for x in order:
        if x not in ids:
            chk.err(("settings", "report_order"), f"report_order names unknown code '{x}'",
                    "list ids of top-level codes")


def _check_lexicon(data: dict, chk: Checker) -> dict:
    lexicon = data.get("lexicon") or {}
    if not isinstance(lexicon, dict):
        chk.err(("lexicon",), "lexicon must be a mapping of name -> list of terms", "e.g. lexicon: {problem: [不到位]}")
        return {}
    for name, terms in lexicon.items():
        if not ID_RE.match(str(name)):
            chk.err(("lexicon", name), f"lexicon: name '{name}' is not a plain identifier", "use e.g. problem_cues")
        if isinstance(terms, list) and any(isinstance(t, str) and t.startswith("@") for t in terms):
            chk.err(("lexicon", name), f"lexicon '{name}': lists cannot refer to other lists", "write the terms out")
        else:
            _term_list(terms, chk, ("lexicon", name), f"lexicon '{name}'", {})
    return lexicon


def _check_polarity(settings: dict, chk: Checker, lexicon: dict) -> None:
    pol = settings.get("polarity")
    if pol is None:
        return
    if not isinstance(pol, dict):
        chk.err(("settings", "polarity"), "settings: polarity must be a mapping")
        return
    chk.keys(pol, POLARITY_KEYS, ("settings", "polarity"), "settings polarity")
    for name in ("negators", "intensifiers", "positive", "problem"):
        if name in pol:
            _term_list(pol[name], chk, ("settings", "polarity", name), f"settings polarity {name}", lexicon)
    for name in ("window", "negation_reach"):
        chk.positive_int(pol.get(name), name, ("settings", "polarity", name), "settings polarity")


def _check_codes(codes: list, chk: Checker, lexicon: dict) -> tuple[dict[str, Any], dict[str, set[str]]]:
    """Check every code; return code id -> (parent, where) and code id -> the literal terms of its rules."""
    seen: dict[str, int] = {}
    parents: dict[str, Any] = {}
    terms_of: dict[str, set[str]] = {}
    for i, code in enumerate(codes):
        where = ("codes", i)
        if not isinstance(code, dict):
            chk.err(where, f"code #{i + 1}: must be a mapping with at least 'id'", "e.g. - id: publicity_weak")
            continue
        cid = code.get("id")
        what = f"code '{cid}'" if isinstance(cid, str) else f"code #{i + 1}"
        chk.keys(code, CODE_KEYS, where, what)
        if cid is None:
            chk.err(where, f"{what}: missing 'id'", "every code needs a unique id such as publicity_weak")
            continue
        if not isinstance(cid, str) or not ID_RE.match(cid):
            chk.err(where + ("id",), f"{what}: id {cid!r} is not a plain identifier",
                    "letters, digits and _ . - ; start with a letter; put the Chinese name in 'label'")
            cid = str(cid)
        if cid in seen:
            chk.err(where + ("id",), f"{what}: duplicate id (first defined on line {seen[cid]})", "ids must be unique")
            continue
        seen[cid] = chk.loc.line(where + ("id",)) or 0
        parent = code.get("parent")
        if parent is not None and not isinstance(parent, str):
            chk.err(where + ("parent",), f"{what}: parent {parent!r} is not a code id", "write the id of one code")
            parent = None
        parents[cid] = (parent, where)
        _check_code_fields(code, chk, where, what)
        terms_of[cid] = _check_code_rules(code, chk, where, what, lexicon)
    return parents, terms_of


def _check_code_fields(code: dict, chk: Checker, where: tuple, what: str) -> None:
    for field in TEXT_FIELDS:
        if field in code and code[field] is not None and not isinstance(code[field], (str, int, float)):
            chk.err(where + (field,), f"{what}: {field} must be text")
    for field in ("examples", "counter_examples"):
        if field in code and not (isinstance(code[field], list) and all(isinstance(x, str) for x in code[field])):
            chk.err(where + (field,), f"{what}: {field} must be a list of quotations (strings)")
    if code.get("color") is not None and not (isinstance(code["color"], str) and COLOR_RE.match(code["color"])):
        chk.err(where + ("color",), f"{what}: color {code['color']!r} is not #RRGGBB", "e.g. color: '#1f77b4'")


def _check_code_rules(code: dict, chk: Checker, where: tuple, what: str, lexicon: dict) -> set[str]:
    rules = code.get("rules")
    terms: set[str] = set()
    if rules is not None:
        if not isinstance(rules, list):
            chk.err(where + ("rules",), f"{what}: rules must be a list of rule mappings")
        else:
            rule_ids: set[str] = set()
            for j, rule in enumerate(rules):
                terms |= _check_rule(rule, chk, where + ("rules", j), f"{what} rule {j + 1}", lexicon)
                rid = rule.get("id") if isinstance(rule, dict) else None
                if isinstance(rid, str):  # (a malformed id is reported by _check_rule)
                    if rid in rule_ids:
                        chk.err(where + ("rules", j, "id"), f"{what}: duplicate rule id '{rid}'")
                    rule_ids.add(rid)
    if "unless" in code:
        _term_list(code["unless"], chk, where + ("unless",), f"{what} unless", lexicon)
    return terms


def _check_hierarchy(parents: dict[str, Any], chk: Checker) -> None:
    """Undefined parents and parent cycles."""
    for cid, (parent, where) in parents.items():
        if parent is not None and parent not in parents:
            close = difflib.get_close_matches(str(parent), list(parents), n=1, cutoff=0.6)
            chk.err(where + ("parent",), f"code '{cid}': parent '{parent}' is not defined",
                    f"did you mean '{close[0]}'?" if close else "add that code or fix the spelling")
    reported: set[str] = set()
    for cid in parents:
        chain, node = [cid], parents[cid][0]
        while node is not None and node in parents and node not in chain:
            chain.append(node)
            node = parents[node][0]
        if node is not None and node in chain and node == cid and cid not in reported:
            cycle = chain[chain.index(node):] + [node]
            reported.update(cycle)
            chk.err(parents[cid][1] + ("parent",), f"code '{cid}': parent cycle {' -> '.join(cycle)}",
                    "a code cannot be its own ancestor")


def _check_empty_codes(codes: list, parents: dict[str, Any], chk: Checker) -> None:
    has_children = {p for p, _ in parents.values() if p is not None}
    for i, code in enumerate(codes):
        if isinstance(code, dict) and isinstance(code.get("id"), str) and code["id"] in parents:
            if not code.get("rules") and code["id"] not in has_children:
                chk.warn(("codes", i), f"code '{code['id']}' has no rule and no child code",
                         "AutoCoder will never assign it; add a rule, or keep it for coding by hand")


def _check_siblings(parents: dict[str, Any], terms_of: dict[str, set[str]], chk: Checker) -> None:
    """A term claimed by two sibling codes."""
    by_parent: dict[Any, list[str]] = {}
    for cid, (parent, _) in parents.items():
        by_parent.setdefault(parent, []).append(cid)
    for siblings in by_parent.values():
        for a in range(len(siblings)):
            for b in range(a + 1, len(siblings)):
                shared = terms_of.get(siblings[a], set()) & terms_of.get(siblings[b], set())
                if shared:
                    words = ", ".join(sorted(shared)[:5])
                    chk.warn(parents[siblings[b]][1] + ("rules",),
                             f"codes '{siblings[a]}' and '{siblings[b]}' are siblings and both match {words}",
                             "a segment with this term gets both codes; narrow one rule (all/unless) if unintended")
