"""Word segmentation backends, chosen by name and imported lazily.

Every backend object is private to one :class:`~qualcode.segment.Segmenter` and carries that segmenter's
dictionary; none touches a library's global default instance (``jieba.dt``, ``rjieba.cut``), so two segmenters with
different dictionaries never affect each other.

=========  ===============================================================================================
name       what it is
=========  ===============================================================================================
jieba      ``jieba.Tokenizer()`` (reference; pure Python). Dictionary words go in with ``add_word``.
rjieba     ``rjieba.Jieba()`` (Rust jieba-rs binding, ~15x faster, same dictionary and HMM). It has no
           ``load_userdict``, but ``Jieba.add_word(word, freq, tag)`` takes each entry, so it gets exactly the
           same dictionary as ``jieba`` (``pip install 'qualcode[fast]'``).
pkuseg     ``spacy_pkuseg.pkuseg`` (``pip install 'qualcode[pkuseg]'``). Its wheel ships no model and qualcode
           never downloads one: point ``QUALCODE_PKUSEG_MODEL`` at an unpacked model folder (with
           ``weights.npz``) or place it at ``$PKUSEG_HOME/spacy_ontonotes``. pkuseg takes dictionary words as
           forced words (no frequencies) and drops whitespace; qualcode re-aligns its tokens to the text.
=========  ===============================================================================================
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from qualcode.errors import MissingDependencyError, require
from qualcode.segment._dictionary import DictEntry

__all__ = ["BACKENDS", "Backend", "MissingModelError", "backend_version", "clear_shared_backends", "load_backend",
           "resolve_backend", "shared_backend"]

#: Backend names accepted by ``Segmenter(backend=...)`` besides ``"auto"``.
BACKENDS = ("jieba", "rjieba", "pkuseg")

#: Smallest frequency given to a ``user_words`` entry of two or more characters (codebook terms), so that it stays
#: one token in context.
USER_WORD_MIN_FREQ = 1000


class MissingModelError(MissingDependencyError):
    """A backend package is installed but the model it needs is not on this machine (nothing is downloaded)."""

    def __init__(self, message: str):
        self.package = "spacy_pkuseg model"
        self.extra = "pkuseg"
        ImportError.__init__(self, message)


class Backend:
    """A loaded segmenter: ``cut(text) -> list[str]``. ``exact`` says whether the tokens always concatenate to the
    text (jieba, rjieba); otherwise qualcode re-aligns them (pkuseg drops whitespace)."""

    name: str = ""
    version: str = ""
    exact: bool = True
    #: The backend lets other Python threads run while it cuts (a compiled backend that releases the GIL): the
    #: Segmenter then prepares and finishes batches in one thread while the backend cuts in another.
    releases_gil: bool = False
    cut: Callable[[str], list[str]]

    def add_entries(self, entries: Sequence[DictEntry], *, min_freq: int | None = None) -> None:
        raise NotImplementedError


def _installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def resolve_backend(name: str) -> str:
    """The concrete backend for ``name`` ("auto" -> rjieba when installed, else jieba); ValueError for unknown."""
    if not isinstance(name, str) or name not in ("auto", *BACKENDS):
        raise ValueError(f"backend == {name!r}: unknown backend; choose one of 'auto', "
                         + ", ".join(repr(b) for b in BACKENDS))
    if name == "auto":
        return "rjieba" if _installed("rjieba") else "jieba"
    return name


class JiebaBackend(Backend):
    name = "jieba"

    def __init__(self) -> None:
        jieba = require("jieba", purpose="Chinese word segmentation")
        self.version = getattr(jieba, "__version__", "")
        self.tokenizer = jieba.Tokenizer()
        logger = logging.getLogger("jieba")
        level = logger.level
        logger.setLevel(logging.WARNING)  # jieba prints "Building prefix dict ..." at DEBUG; keep stderr quiet
        try:
            self.tokenizer.initialize()
        finally:
            logger.setLevel(level)
        self.cut = self.tokenizer.lcut

    def add_entries(self, entries, *, min_freq=None):
        tok = self.tokenizer
        for e in entries:
            freq = e.freq
            if min_freq is not None:  # one character is always a candidate token: no boost needed
                freq = max(freq or 0, tok.suggest_freq(e.word, False), min_freq if len(e.word) > 1 else 1)
            tok.add_word(e.word, freq, e.tag)


class RjiebaBackend(Backend):
    name = "rjieba"
    releases_gil = True  # jieba-rs cuts with the GIL released; only building the list of str holds it

    def __init__(self) -> None:
        rjieba = require("rjieba", extra="fast", purpose="the 'rjieba' backend")
        try:
            from importlib.metadata import version

            self.version = version("rjieba")
        except Exception:  # pragma: no cover
            self.version = ""
        self.tokenizer = rjieba.Jieba()
        self.cut = self.tokenizer.cut

    def add_entries(self, entries, *, min_freq=None):
        tok = self.tokenizer
        for e in entries:
            freq = e.freq
            if min_freq is not None:  # one character is always a candidate token: no boost needed
                freq = max(freq or 0, tok.suggest_freq(e.word), min_freq if len(e.word) > 1 else 1)
            tok.add_word(e.word, freq, e.tag)


def pkuseg_model_dir() -> Path | None:
    """The local pkuseg model folder qualcode would use, or None when there is none."""
    env = os.environ.get("QUALCODE_PKUSEG_MODEL")
    home = Path(os.path.expanduser(os.environ.get("PKUSEG_HOME", "~/.pkuseg")))
    for cand in ([Path(env)] if env else []) + [home / "spacy_ontonotes"]:
        if (cand / "weights.npz").is_file():
            return cand
    return None


class PkusegBackend(Backend):
    name = "pkuseg"
    exact = False

    def __init__(self) -> None:
        require("spacy_pkuseg", package="spacy-pkuseg", extra="pkuseg", purpose="the 'pkuseg' backend")
        model = pkuseg_model_dir()
        if model is None:
            raise MissingModelError(
                "the 'pkuseg' backend needs a pkuseg model, and the spacy-pkuseg wheel ships none; qualcode never "
                "downloads one (hint: unpack spacy_ontonotes.zip from "
                "https://github.com/explosion/spacy-pkuseg/releases into a folder and set QUALCODE_PKUSEG_MODEL to "
                "it, or use backend='jieba' / 'rjieba')")
        try:
            from importlib.metadata import version

            self.version = version("spacy-pkuseg")
        except Exception:  # pragma: no cover
            self.version = ""
        self.model_dir = str(model)
        self._words: list[str] = []
        self._build()

    def _build(self) -> None:
        import spacy_pkuseg

        self.tokenizer = spacy_pkuseg.pkuseg(self.model_dir, user_dict=list(self._words) or None)
        self.cut = self.tokenizer.cut

    def add_entries(self, entries, *, min_freq=None):
        self._words.extend(e.word for e in entries)
        self._build()


_PACKAGES = {"jieba": "jieba", "rjieba": "rjieba", "pkuseg": "spacy-pkuseg"}


def backend_version(name: str) -> str:
    """Installed version of a backend's package ("" when unknown), without importing it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(_PACKAGES[resolve_backend(name)])
    except PackageNotFoundError:
        return ""


_CLASSES = {"jieba": JiebaBackend, "rjieba": RjiebaBackend, "pkuseg": PkusegBackend}


def load_backend(name: str) -> Backend:
    """A fresh backend instance for a resolved name."""
    return _CLASSES[resolve_backend(name)]()


#: Loaded backends by (backend name, dictionary key): one instance per configuration in this process.
_SHARED: dict[tuple[str, str], Backend] = {}
_SHARED_LOCK = threading.Lock()


def shared_backend(name: str, key: str,
                   entries: Sequence[tuple[Sequence[DictEntry], int | None]] = ()) -> Backend:
    """The process-wide backend of one configuration: backend ``name`` with the dictionary ``entries`` (lists of
    entries, each with its ``min_freq``), built once and reused by every segmenter -- and by privacy's name tagger
    -- with the same configuration. ``key`` identifies the entries (a hash of their source); never change the
    returned backend's dictionary."""
    resolved = resolve_backend(name)
    with _SHARED_LOCK:
        backend = _SHARED.get((resolved, key))
        if backend is None:
            backend = load_backend(resolved)
            for words, min_freq in entries:
                backend.add_entries(words, min_freq=min_freq)
            _SHARED[(resolved, key)] = backend
    return backend


def clear_shared_backends() -> None:
    """Forget every shared backend (they are loaded again on next use)."""
    with _SHARED_LOCK:
        _SHARED.clear()
