"""Reading transcripts: encodings, front matter, speaker turns, tables, respondent attributes."""

from qualcode.ingest._corpus import TRANSCRIPT_SUFFIXES, read_corpus, read_transcript, validate_corpus
from qualcode.ingest._notes import find_notes, mask_notes
from qualcode.ingest._transcript import DEFAULT_LABELS, SpeakerLabels, parse_transcript

__all__ = [
    "DEFAULT_LABELS",
    "SpeakerLabels",
    "TRANSCRIPT_SUFFIXES",
    "find_notes",
    "mask_notes",
    "parse_transcript",
    "read_corpus",
    "read_transcript",
    "validate_corpus",
]
