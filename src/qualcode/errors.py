"""Exceptions and user-facing problem reports.

Exception tree (every exception also subclasses a builtin, so ``except ValueError`` keeps working)::

    QualcodeError(Exception)
    ├── InputError(QualcodeError, ValueError)        .issues: list[Issue]
    │   ├── TranscriptError                          a transcript / corpus folder is broken
    │   ├── CodebookError                            a codebook (YAML or REFI .qdc) is broken
    │   ├── MetadataError                            respondents table, front matter conflicts
    │   └── ExchangeError                            coding sheets, .qdpx projects
    ├── NotFittedError(QualcodeError, ValueError, AttributeError)
    ├── StoreError(QualcodeError, RuntimeError)      the project store
    └── MissingDependencyError(QualcodeError, ImportError)

A problem in a user's file is an :class:`Issue`; it prints as
``path:line: message (hint: ...)``. Loaders collect every issue of a file (or a whole corpus) and raise once, so a
user sees all their mistakes at once; notebook-friendly ``validate_*`` twins return the list instead of raising.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "CodebookError",
    "ExchangeError",
    "InputError",
    "Issue",
    "MetadataError",
    "MissingDependencyError",
    "NotFittedError",
    "QualcodeError",
    "StoreError",
    "TranscriptError",
    "require",
]

MAX_LISTED = 20


@dataclass(frozen=True)
class Issue:
    """One problem at one place in a user file.

    ``line`` is 1-based; ``None`` when the problem concerns the whole file. ``severity`` is ``"error"``,
    ``"warning"`` or ``"note"``; warnings (something may be read wrong) and notes (something was read in a way the
    user should know, e.g. a header block taken as metadata) are reported but do not stop loading.
    """

    path: str
    line: int | None
    message: str
    hint: str | None = None
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else f"{self.path}"
        text = f"{where}: {self.message}"
        if self.severity in ("warning", "note"):
            text = f"{where}: {self.severity}: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def format_issues(issues: Sequence[Issue], limit: int = MAX_LISTED) -> str:
    shown = [str(i) for i in issues[:limit]]
    if len(issues) > limit:
        shown.append(f"... and {len(issues) - limit} more")
    return "\n".join(shown)


class QualcodeError(Exception):
    """Base class of every error qualcode raises on purpose."""


class InputError(QualcodeError, ValueError):
    """A user file has one or more problems; ``.issues`` lists every one of them."""

    def __init__(self, issues: Iterable[Issue] | str, *, summary: str | None = None):
        if isinstance(issues, str):
            issues = [Issue("<input>", None, issues)]
        self.issues: list[Issue] = list(issues)
        n_err = sum(1 for i in self.issues if i.is_error)
        head = summary or f"{n_err} problem{'s' if n_err != 1 else ''} found"
        super().__init__(f"{head}:\n{format_issues(self.issues)}")

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]


class TranscriptError(InputError):
    """A transcript file or corpus folder cannot be read as given."""


class CodebookError(InputError):
    """A codebook file is malformed."""


class MetadataError(InputError):
    """Respondent attributes are missing, malformed or contradict each other."""


class ExchangeError(InputError):
    """A coding sheet or REFI-QDA file cannot be imported."""


class NotFittedError(QualcodeError, ValueError, AttributeError):
    """A model was used before ``fit``."""


class StoreError(QualcodeError, RuntimeError):
    """The project store cannot do what was asked (wrong schema version, locked, corrupt)."""


class MissingDependencyError(QualcodeError, ImportError):
    """An optional package is not installed; the message says what to install."""

    def __init__(self, package: str, extra: str | None = None, purpose: str | None = None):
        self.package = package
        self.extra = extra
        what = f" for {purpose}" if purpose else ""
        how = f"pip install 'qualcode[{extra}]'" if extra else f"pip install {package}"
        super().__init__(f"{package} is needed{what} but is not installed (hint: {how})")


def require(module: str, *, package: str | None = None, extra: str | None = None, purpose: str | None = None):
    """Import an optional module or raise :class:`MissingDependencyError` with an install hint."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - exercised through monkeypatched imports in tests
        raise MissingDependencyError(package or module, extra=extra, purpose=purpose) from exc


def raise_if_errors(issues: Sequence[Issue], exc_type: type[InputError] = InputError, summary: str | None = None):
    """Raise ``exc_type`` carrying all issues when any of them is an error; warnings alone pass."""
    if any(i.is_error for i in issues):
        raise exc_type(issues, summary=summary)
