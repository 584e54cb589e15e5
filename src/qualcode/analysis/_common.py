"""Shared steps of the themes-by-group analyses: check tables, pick one coder, roll codes up, attach groups."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import pandas as pd

from qualcode.coding._codebook import load_codebook
from qualcode.errors import InputError, Issue
from qualcode.model import KEY_COLUMNS, Codebook

MISSING_GROUP = "(missing)"
UNITS = ("respondent", "segment")


def warn(message: str) -> None:
    """A UserWarning attributed to the first caller outside qualcode.analysis (the user's line)."""
    import sys
    from types import FrameType

    level = 2
    frame: FrameType | None = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith("qualcode.analysis"):
        level += 1
        frame = frame.f_back
    warnings.warn(message, UserWarning, stacklevel=level)


def table_issue(where: str, message: str, hint: str | None = None) -> InputError:
    return InputError([Issue(where, None, message, hint)])


def check_columns(table: Any, name: str, needed: Sequence[str], hint: str | None = None) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame, not {type(table).__name__}")
    missing = [c for c in needed if c not in table.columns]
    if missing:
        raise InputError([Issue(f"<{name}>", None, f"missing column '{c}'", hint) for c in missing],
                         summary=f"the {name} table cannot be used")
    return table


def check_unit(unit: str) -> str:
    if unit not in UNITS:
        raise ValueError(f"unit == {unit!r}, must be 'respondent' or 'segment'")
    return unit


def respondent_segments(segments: pd.DataFrame, by: str | None) -> pd.DataFrame:
    """Respondent rows of a segments table with ``_unit_resp`` and the ``_group`` column for ``by``."""
    check_columns(segments, "segments", ["seg_id"], "pass the table Segmenter.segment returns")
    segs = segments
    if "speaker_kind" in segs.columns:
        segs = segs[segs["speaker_kind"].fillna("respondent") != "interviewer"]
    segs = segs.copy()
    if "respondent_id" not in segs.columns:
        if "doc_id" not in segs.columns:
            raise table_issue("<segments>", "missing column 'respondent_id' (and 'doc_id')",
                              "pass the table Segmenter.segment returns")
        segs["respondent_id"] = segs["doc_id"]
    segs["_resp"] = segs["respondent_id"].astype(str)
    if by is not None:
        if by not in segs.columns:
            attrs = [c for c in segments.columns if c not in ("seg_id", "text", "tokens", "start", "end", "turn",
                                                               "sentence", "speaker", "speaker_kind")]
            raise table_issue("<segments>", f"no respondent attribute '{by}'",
                              f"available columns: {', '.join(map(str, attrs))}")
        segs["_group"] = segs[by].astype(object).where(segs[by].notna(), MISSING_GROUP).astype(str)
    return segs


def select_coder(codings: pd.DataFrame, coder: str | None) -> pd.DataFrame:
    """Rows of one coder. With several coders in the table and ``coder=None`` this raises: counting the union of
    several coders' codes would mix their judgements."""
    if "coder" not in codings.columns:
        if coder is not None:
            raise table_issue("<codings>", f"coder == {coder!r} but the codings table has no 'coder' column")
        return codings
    coders = sorted(codings["coder"].dropna().astype(str).unique())
    if coder is None:
        if len(coders) > 1:
            raise table_issue("<codings>", f"the codings table holds {len(coders)} coders: {', '.join(coders)}",
                              "choose one with coder=... (--coder), e.g. the adjudicated or the machine codes")
        return codings
    if coder not in coders:
        raise table_issue("<codings>", f"no codings by coder {coder!r}", f"coders in the table: {', '.join(coders)}")
    return codings[codings["coder"].astype(str) == coder]


def roll_up_codes(codings: pd.DataFrame, codebook: Codebook | None, level: int | None) -> pd.DataFrame:
    """Replace each code by its ancestor at ``level`` (codes not in the codebook stay as they are, with a warning)."""
    if level is None:
        return codings
    if codebook is None:
        raise ValueError(f"level == {level!r} needs a codebook (codebook=...) to know the code hierarchy")
    if isinstance(level, bool) or not isinstance(level, int) or level < 1:
        raise ValueError(f"level == {level!r}, must be an int >= 1")
    known = set(codebook.ids)
    unknown = sorted(set(codings["code"].astype(str)) - known)
    if unknown:
        warn(f"codes not in the codebook are reported as they are: {', '.join(unknown[:10])}")
    out = codings.copy()
    out["code"] = out["code"].astype(str).map(lambda c: codebook.at_level(c, level) if c in known else c)
    return out


def code_order(codebook: Codebook | None, level: int | None, present: Sequence[str],
               codes: Sequence[str] | None) -> list[str]:
    """Codes to report: ``codes`` when given; else every codebook code at the chosen view (codes at ``level``, or
    the leaves plus any coded parent when ``level`` is None) followed by other coded codes; else the coded codes."""
    if codes is not None:
        return list(dict.fromkeys(str(c) for c in codes))
    present = list(dict.fromkeys(str(c) for c in present))
    if codebook is None:
        return sorted(present)
    if level is not None:
        view = list(dict.fromkeys(codebook.at_level(c, level) for c in codebook.ids))
    else:
        leaves = {c.id for c in codebook.leaves}
        view = [c for c in codebook.ids if c in leaves or c in present]
    return view + [c for c in sorted(present) if c not in view]


def code_labels(codebook: Codebook | None) -> dict[str, str]:
    return {c.id: c.label for c in codebook.codes} if codebook is not None else {}


def attach(codings: pd.DataFrame, segs: pd.DataFrame, unit: str | None = None) -> pd.DataFrame:
    """Codings joined to their segment, with ``_seg``, ``_resp`` and ``_group``.

    Codings find their segment by the key ``doc_id, turn, sentence``: the same key; a sentence coding on turn
    segments by its turn; a turn coding on sentence segments by the first sentence of that turn (right for
    respondents and for co-occurrence within a turn; for ``unit="segment"`` percentages it warns, since the
    denominators count sentences). Codings without the key columns (a table from elsewhere) are matched by their
    whole ``seg_id``. Codings on no respondent segment are dropped with a warning that counts them."""
    check_columns(codings, "codings", ["seg_id", "code"], "pass the table AutoCoder.code returns")
    cod = codings.copy()
    cod["_seg"] = _segment_of(cod, segs, unit)
    lost = cod["_seg"].isna()
    if lost.any():
        warn(f"{int(lost.sum())} coding(s) are on no respondent segment of the segments table and are left out "
             f"(e.g. {str(cod.loc[lost, 'seg_id'].iloc[0])!r}); pass the segments the codings were made on")
        cod = cod[~lost]
    cols = ["seg_id", "_resp"] + (["_group"] if "_group" in segs.columns else [])
    info = segs[cols].drop_duplicates("seg_id").rename(columns={"seg_id": "_seg"})
    info["_seg"] = info["_seg"].astype(str)
    cod = cod.drop(columns=[c for c in ("_resp", "_group") if c in cod.columns])
    return cod.merge(info, on="_seg", how="left")


def _segment_of(cod: pd.DataFrame, segs: pd.DataFrame, unit: str | None) -> pd.Series:
    """The ``seg_id`` of the segment each coding belongs to (NaN: none), joined on the typed key."""
    if not set(KEY_COLUMNS) <= set(cod.columns) or not set(KEY_COLUMNS) <= set(segs.columns):
        return _segment_by_id(cod, segs)
    key = segs[[*KEY_COLUMNS, "seg_id"]].astype({"doc_id": str, "turn": int, "sentence": int})
    keyed = cod[KEY_COLUMNS].notna().all(axis=1)
    if not keyed.all():  # rows without the key (added from elsewhere) are matched by their whole id
        got = _segment_by_id(cod, segs)
        got[keyed] = _segment_of(cod[keyed], segs, unit)
        return got
    c = cod[KEY_COLUMNS].astype({"doc_id": str, "turn": int, "sentence": int}).reset_index(drop=True)
    exact = c.merge(key, on=KEY_COLUMNS, how="left")["seg_id"]
    if exact.notna().all():  # every coding on its own segment (the usual case): the fallbacks would change nothing
        exact.index = cod.index
        return exact
    turns = key[key["sentence"] == 0].drop(columns="sentence")  # a sentence coding on turn segments
    on_turn = c.merge(turns, on=["doc_id", "turn"], how="left")["seg_id"]
    first = key[key["sentence"] > 0].sort_values("sentence").drop_duplicates(["doc_id", "turn"])
    first = first.drop(columns="sentence")  # a turn coding on sentence segments: the turn's first sentence
    on_first = c.merge(first, on=["doc_id", "turn"], how="left")["seg_id"].where(c["sentence"] == 0)
    by_turn = exact.isna() & on_turn.isna() & on_first.notna()
    if by_turn.any() and unit == "segment":
        warn(f"{int(by_turn.sum())} coding(s) are on turns but the segments are sentences: each coded turn counts "
             "as one of its sentences, so segment percentages are too low; pass turn segments (Segmenter("
             "unit='turn'), --segment-unit turn) or count respondents")
    got = exact.fillna(on_turn).fillna(on_first)
    got.index = cod.index
    return got


def _segment_by_id(cod: pd.DataFrame, segs: pd.DataFrame) -> pd.Series:
    """The ``seg_id`` of each coding when it is the whole id of a segment (NaN: none). A left join on the id (an
    ``isin`` with a set of a million ids converts every id to an Arrow scalar in pandas 3)."""
    ids = cod["seg_id"].astype(str)
    known = pd.DataFrame({"_id": segs["seg_id"].astype(str).drop_duplicates().to_numpy(), "_hit": True})
    hit = pd.DataFrame({"_id": ids.to_numpy()}).merge(known, on="_id", how="left")["_hit"].fillna(False)
    return ids.where(hit.to_numpy(dtype=bool))


def prepare(codings: pd.DataFrame, segments: pd.DataFrame, by: str | None, codebook: Any, level: int | None,
            coder: str | None, unit: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame, Codebook | None]:
    """The common first steps: respondent segments with groups, one coder's codings rolled up and attached."""
    cb = load(codebook)
    segs = respondent_segments(segments, by)
    check_columns(codings, "codings", ["seg_id", "code"], "pass the table AutoCoder.code returns")
    cod = select_coder(codings, coder)
    cod = roll_up_codes(cod, cb, level)
    cod = attach(cod, segs, unit)
    cod["code"] = cod["code"].astype(str)
    return segs, cod, cb


def load(codebook: Any) -> Codebook | None:
    if codebook is None or isinstance(codebook, Codebook):
        return codebook

    return load_codebook(codebook)
