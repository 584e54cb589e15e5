"""The corpus doctor: everything that could make counts wrong, listed before any analysis.

:func:`doctor` reads a corpus (and optionally the codebook it will be coded with) and returns every finding as an
:class:`~qualcode.errors.Issue` (``path:line: message (hint: ...)``), sorted by file and line:

* what reading found: unreadable files, undeclared speaker labels and how they were read, header blocks taken as
  metadata (notes), links not followed, documents without a role;
* documents without a respondent turn (nothing of them is coded) and respondents without a role, including the
  speakers of a group interview, and group interviews whose speakers all share the document's role;
* duplicate transcripts: the same bytes, or the same text in another encoding or with other line ends;
* suspicious document ids: full-width letters or digits, blanks, ids that differ only in case or width, copies
  made by a file manager (``I01 (2)``, ``I01 - 副本``);
* very long turns without sentence punctuation (speech-to-text output), which are cut into sentences at pauses;
* with a codebook: its own problems, roles used by its rules that no respondent has (a typo in ``roles:
  ["!养老院工作人"]`` silently applies the rule to everyone), and a Traditional-script corpus against a Simplified
  codebook.

Errors are things that stop reading; warnings can make counts wrong; notes are what the user should know.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

from qualcode.coding._codebook import _read as read_codebook
from qualcode.coding._pipeline import script_issues
from qualcode.errors import Issue, TranscriptError
from qualcode.ingest import read_corpus
from qualcode.model import Codebook, Corpus, Document
from qualcode.segment._sentences import MAX_SENTENCE_CHARS, SENTENCE_END

__all__ = ["doctor"]

_COPY_RE = re.compile(r"(?:\s*\(\d+\)|\s*（\d+）|\s*[-_ ]\s*(?:副本|复制|拷贝|copy|Copy|COPY)(?:\s*\(\d+\))?)$")
_WIDE_RE = re.compile(r"[\uff01-\uff5e\u3000]")
_RUN_RE = re.compile(rf"[^{SENTENCE_END}\n\r]{{{MAX_SENTENCE_CHARS + 1},}}")


def _where(corpus: Corpus, doc: Document) -> str:
    root = Path(corpus.root)
    return str(root / doc.path) if root.is_dir() else str(root)


def _no_respondent(corpus: Corpus) -> list[Issue]:
    out = []
    for doc in corpus.documents:
        if doc.turns and not any(t.speaker_kind == "respondent" for t in doc.turns):
            labels = ", ".join(dict.fromkeys(t.speaker for t in doc.turns if t.speaker)) or "none"
            out.append(Issue(_where(corpus, doc), doc.turns[0].line, f"document {doc.doc_id!r} has no respondent "
                             f"turn (speakers: {labels}): nothing of it is coded or counted",
                             "declare the respondent's label (front matter speakers:, corpus.yaml or "
                             "respondents.csv)", severity="warning"))
    return out


def _roles(corpus: Corpus) -> list[Issue]:
    out = []
    for doc in corpus.documents:
        people: dict[str, Any] = {}
        for t in doc.turns:
            if t.speaker_kind == "respondent" and t.respondent_id:
                people.setdefault(t.respondent_id, t)
        for rid, t in people.items():
            role = t.attributes.get("role") or doc.attributes.get("role")
            if not role:
                out.append(Issue(_where(corpus, doc), t.line, f"respondent {rid!r} ({t.speaker}) has no role",
                                 "give each speaker of a group interview a role: front matter speakers: {王大爷: "
                                 "{role: elder}} or respondents.csv rows with id, speaker, role", severity="warning"))
        own = [t for t in people.values() if t.attributes.get("role")]
        if len(people) > 1 and not own and doc.attributes.get("role"):
            names = ", ".join(t.speaker for t in people.values())
            out.append(Issue(_where(corpus, doc), next(iter(people.values())).line,
                             f"document {doc.doc_id!r} has {len(people)} respondents ({names}) who all share the "
                             f"document's role {doc.attributes['role']!r}",
                             "give each speaker their own role if they differ (an old man and his daughter)",
                             severity="warning"))
    return out


def _normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def _duplicates(corpus: Corpus) -> list[Issue]:
    out = []
    seen_bytes: dict[str, Document] = {}
    seen_text: dict[str, Document] = {}
    for doc in corpus.documents:
        if doc.source_kind == "table":
            continue  # (rows of one table share its hash)
        first = seen_bytes.get(doc.sha256)
        text_key = hashlib.sha256(_normalised(doc.text).encode("utf-8")).hexdigest()
        if first is not None:
            out.append(Issue(_where(corpus, doc), 1, f"document {doc.doc_id!r} is a byte-for-byte copy of "
                             f"{first.doc_id!r} ({first.path})", "keep one of them (a copy counts every respondent "
                             "twice)", severity="warning"))
        elif text_key in seen_text:
            other = seen_text[text_key]
            out.append(Issue(_where(corpus, doc), 1, f"document {doc.doc_id!r} has the same text as {other.doc_id!r} "
                             f"({other.path}; saved in another encoding or with other line ends)",
                             "keep one of them (a copy counts every respondent twice)", severity="warning"))
        seen_bytes.setdefault(doc.sha256, doc)
        seen_text.setdefault(text_key, doc)
    return out


def _ids(corpus: Corpus) -> list[Issue]:
    out = []
    folded: dict[str, Document] = {}
    for doc in corpus.documents:
        where = _where(corpus, doc)
        line = 1
        reasons = []
        if _WIDE_RE.search(doc.doc_id):
            reasons.append("holds full-width characters")
        if re.search(r"\s", doc.doc_id):
            reasons.append("holds blanks")
        if _COPY_RE.search(doc.doc_id):
            reasons.append("looks like a copy made by a file manager")
        if len(doc.doc_id) > 40:
            reasons.append(f"is {len(doc.doc_id)} characters long")
        key = unicodedata.normalize("NFKC", doc.doc_id).casefold()
        if key in folded:
            reasons.append(f"differs from {folded[key].doc_id!r} only in case or width")
        folded.setdefault(key, doc)
        if reasons:
            out.append(Issue(where, line, f"document id {doc.doc_id!r} " + "; ".join(reasons),
                             "set a short id with id: in the front matter (ids appear in every table and quote)",
                             severity="warning"))
    return out


def _long_runs(corpus: Corpus) -> list[Issue]:
    out = []
    for doc in corpus.documents:
        long = [(t, m) for t in doc.turns if t.speaker_kind == "respondent"
                for m in [_RUN_RE.search(t.text)] if m is not None]
        if long:
            t, m = long[0]
            size = max(len(x.group()) for _t, x in long)
            out.append(Issue(_where(corpus, doc), t.line, f"{len(long)} turn(s) of {doc.doc_id!r} run up to {size} "
                             f"characters without sentence punctuation (。！？); they are cut into sentences of at "
                             f"most {MAX_SENTENCE_CHARS} characters at pauses",
                             "speech-to-text output without punctuation: counts by sentence depend on where it is "
                             "cut; code by turn (--unit turn) or punctuate the transcript", severity="warning"))
    return out


def _rule_roles(codebook: Codebook, corpus: Corpus) -> list[Issue]:
    """Roles named in the codebook's rules that no respondent has (one finding per code and role)."""
    frame = corpus.respondents()
    have = sorted({str(r) for r in frame["role"].dropna() if str(r)} if "role" in frame.columns else set())
    if not have:
        return []  # (no respondent has a role: every document is already reported)
    found: dict[tuple[str, str], list[str]] = {}
    for code in codebook.codes:
        for n, rule in enumerate(code.rules, start=1):
            value = rule.get("roles") if isinstance(rule, dict) else None
            for item in [value] if isinstance(value, str) else list(value or []):
                if str(item).lstrip("!") not in have:
                    found.setdefault((code.id, str(item)), []).append(str(rule.get("id") or f"r{n}"))
    out = []
    for (code_id, item), rules in found.items():
        role = item.lstrip("!")
        close = difflib.get_close_matches(role, have, n=1, cutoff=0.5)
        effect = ("excludes nobody: the rules apply to every respondent" if item.startswith("!") else
                  "never fires for a respondent with a role")
        shown = ", ".join(rules[:5]) + (f" and {len(rules) - 5} more" if len(rules) > 5 else "")
        out.append(Issue(codebook.path or "<codebook>", codebook[code_id].line,
                         f"code {code_id!r}: roles: {item!r} (rule{'s' if len(rules) > 1 else ''} {shown}) names "
                         f"a role no respondent has, so it {effect}",
                         f"did you mean {close[0]!r}? (roles in the corpus: {', '.join(have)})" if close else
                         f"roles in the corpus: {', '.join(have)}", severity="warning"))
    return out


def doctor(corpus: str | os.PathLike | Corpus, codebook: str | os.PathLike | Codebook | None = None,
           **read_options: Any) -> list[Issue]:
    """Every finding about ``corpus`` (a folder, a file or a read :class:`~qualcode.model.Corpus`) and, when given,
    the ``codebook`` it will be coded with (see the module docstring). ``read_options`` are those of
    :func:`qualcode.read_corpus` (``encoding``, ``convert``, ``layout`` ...). Never raises on bad input files:
    their problems are in the list."""
    issues: list[Issue] = []
    if not isinstance(corpus, Corpus):
        try:
            corpus = read_corpus(corpus, keep_going=True, **read_options)
        except TranscriptError as exc:
            return exc.issues
    issues += list(corpus.problems)
    issues += _no_respondent(corpus) + _roles(corpus) + _duplicates(corpus) + _ids(corpus) + _long_runs(corpus)
    if codebook is not None:
        if not isinstance(codebook, Codebook):  # (read once: its problems, and the codebook when it has no error)
            loaded, found = read_codebook(codebook)
            issues += found
            codebook = None if any(i.is_error for i in found) else loaded
        if codebook is not None:
            issues += _rule_roles(codebook, corpus) + script_issues(corpus, codebook)
    order = {"error": 0, "warning": 1, "note": 2}
    unique = list(dict.fromkeys(issues))
    return sorted(unique, key=lambda i: (i.path, i.line or 0, order.get(i.severity, 3)))
