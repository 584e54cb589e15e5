"""The reading options of a corpus (corpus.yaml, ``read_corpus`` arguments and the commands' options)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from qualcode.ingest._speakers import Declared, SpeakerLabels

__all__ = ["ReadOptions"]


@dataclass(frozen=True)
class ReadOptions:
    """How transcripts are read.

    ``labels``: speaker labels; ``encoding``: force one encoding; ``layout``: turn layout (see
    :mod:`qualcode.ingest._layouts`); ``turn_pattern``: a user regex replacing the layout; ``header_row``: the header
    row of spreadsheets (1-based; None = detect); ``follow_links``: read symbolic links that point out of the corpus
    folder; ``speakers``: speakers declared per document by the respondents table (doc_id -> label -> Declared).
    """

    labels: SpeakerLabels = field(default_factory=SpeakerLabels)
    encoding: str | None = None
    layout: str = "auto"
    turn_pattern: str | None = None
    header_row: int | None = None
    follow_links: bool = False
    speakers: Mapping[str, Mapping[str, Declared]] = field(default_factory=dict)
