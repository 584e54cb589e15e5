"""The exploration tables of a study run (what :func:`qualcode.run_study` adds to the report), and KWIC lines made
safe to publish (pseudonymised whole, then trimmed to the window)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from qualcode.explore._ca import correspondence
from qualcode.explore._common import records
from qualcode.explore._frequency import encode_tokens, frequency_of, group_word_counts
from qualcode.explore._keyness import keyness_of
from qualcode.explore._kwic import _highlight, kwic
from qualcode.explore._network import code_network
from qualcode.model import Codebook

__all__ = ["publish", "pseudonymise_kwic", "study_tables", "study_tables_raw"]

_OPEN, _CLOSE, _HI, _LO = "\x02", "\x03", "\x04", "\x05"  # match start/end, highlight start/end
_MARGIN = 12  # extra context pseudonymised with the line, so that a name cut by the window is replaced whole


def pseudonymise_kwic(lines: pd.DataFrame, pseudonymiser: Any, window: int) -> pd.DataFrame:
    """KWIC lines with names and numbers replaced in ``left``, ``match`` and ``right`` (each line is pseudonymised
    as one text, then cut to ``window`` characters each side) and ``marked``: the match with every matched word
    between ``\\x04`` and ``\\x05`` (for highlighting). Lines should come from :func:`kwic` with a window at least
    12 characters wider, so that names cut at its edge are replaced whole."""
    left, match, right, marked = [], [], [], []
    for row in records(lines):
        inner = _highlight(row._replace(spans=row.spans or ((row.start, row.end),)), (_HI, _LO))
        text = f"{row.left}{_OPEN}{inner}{_CLOSE}{row.right}"
        new = pseudonymiser.transform_text(text)[0] if pseudonymiser is not None else text
        a, rest = new.split(_OPEN, 1)
        m, b = rest.split(_CLOSE, 1)
        left.append(a[-window:] if window else "")
        right.append(b[:window])
        marked.append(m)
        match.append(m.replace(_HI, "").replace(_LO, ""))
    return lines.assign(left=left, match=match, right=right, marked=marked)


def study_tables(segments: pd.DataFrame, codings: pd.DataFrame, codebook: Codebook, *, by: str = "role",
                 codes: Sequence[str] | None = None, pseudonymiser: Any = None, top: int = 20,
                 window: int = 20, lines_per_theme: int = 5) -> dict[str, Any]:
    """Frequency and keyness by ``by``, KWIC lines of each theme's coded passages, the code co-occurrence network
    (respondents) and the correspondence analysis of codes by ``by``: what the report shows next to the themes.

    Returns ``{"frequency", "keyness", "kwic", "code_network" (a Network), "ca" (a CA)}`` as :func:`publish` makes
    them with ``pseudonymiser`` (None: quotes as they are); ``"ca"`` is None when the table is too small. To fit a
    pseudonymiser on the interviews the KWIC lines quote first, call :func:`study_tables_raw`, then :func:`publish`.
    """
    raw = study_tables_raw(segments, codings, codebook, by=by, codes=codes, top=top, window=window,
                           lines_per_theme=lines_per_theme)
    return publish(raw, pseudonymiser)


def study_tables_raw(segments: pd.DataFrame, codings: pd.DataFrame, codebook: Codebook, *, by: str = "role",
                     codes: Sequence[str] | None = None, top: int = 20, window: int = 20,
                     lines_per_theme: int = 5) -> dict[str, Any]:
    """The tables of :func:`study_tables` before :func:`publish`: KWIC lines (``"kwic"``, with ``doc_id``) carry
    12 more characters of context each side, so that names cut at the window's edge are replaced whole."""
    codes = list(codes) if codes is not None else [c.id for c in codebook.codes if c.rules]
    parts = []
    present = set(codings["code"].astype(str))
    wanted = [c for c in codes if c in present]
    # one KWIC pass for every theme (each pass reads the whole segments table), then the lines of each theme
    every = kwic(segments, code=wanted, codings=codings, window=window + _MARGIN, by=by) if wanted else None
    for code in wanted:
        assert every is not None
        lines = every[every["code"] == code]
        # round robin over the groups, so that each group is quoted
        lines = lines.assign(_k=lines.groupby(by, sort=False).cumcount()).sort_values("_k", kind="stable")
        parts.append(lines.head(lines_per_theme).drop(columns="_k"))
    try:
        ca = correspondence(segments, by=by, codings=codings, codebook=codebook, codes=codes)
    except ValueError:  # fewer than two groups or codes with counts
        ca = None
    enc = encode_tokens(segments)  # (the word frequencies and the key words count the same tokens: once)
    counted = group_word_counts(enc, by)
    return {"frequency": frequency_of(enc, *counted, by, top=top), "keyness": keyness_of(enc, *counted, by, top=top),
            "kwic": pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["doc_id"]),
            "code_network": code_network(codings, segments, unit="respondent", codebook=codebook, codes=codes),
            "ca": ca, "window": window}


def publish(raw: dict[str, Any], pseudonymiser: Any = None) -> dict[str, Any]:
    """The tables of :func:`study_tables_raw` as they leave the machine: KWIC lines pseudonymised whole and cut to
    the window (:func:`pseudonymise_kwic`), and the word columns of the frequency and keyness tables passed through
    the pseudonymiser too (a name can be a frequent word). ``pseudonymiser=None`` only cuts the lines."""
    out = {k: v for k, v in raw.items() if k != "window"}
    lines = raw["kwic"]
    out["kwic"] = pseudonymise_kwic(lines, pseudonymiser, raw["window"]) if len(lines) else lines
    if pseudonymiser is not None:
        for name in ("frequency", "keyness"):
            table = raw[name]
            out[name] = table.assign(word=[pseudonymiser.transform_text(w)[0] for w in table["word"]])
    return out
