"""A spaCy view of a Segmenter: ``spacy.blank("zh")`` whose tokenizer is the segmenter (no model download)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

__all__ = ["SegmenterTokenizer", "make_nlp"]


class SegmenterTokenizer:
    """spaCy tokenizer built on a :class:`~qualcode.segment.Segmenter`.

    Docs reproduce the text exactly (``doc.text == text``); word tokens have the same offsets (``token.idx``) as
    :meth:`Segmenter.tokens_with_offsets`; punctuation is kept as tokens; each bracketed transcriber note is one token
    and is listed in ``doc.spans["notes"]``. Serialising the pipeline (``nlp.to_disk``) is not supported.
    """

    def __init__(self, vocab, segmenter):
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str):
        from spacy.tokens import Doc
        from spacy.util import get_words_and_spaces

        pieces = self.segmenter._pieces(text)
        words, spaces = get_words_and_spaces([p[0] for p in pieces], text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        notes = [doc.char_span(s, e) for _t, s, e, kind in pieces if kind == "note"]
        doc.spans["notes"] = [span for span in notes if span is not None]
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator:
        for text in texts:
            yield self(text)


def make_nlp(segmenter):
    import spacy

    nlp = spacy.blank("zh")
    nlp.tokenizer = SegmenterTokenizer(nlp.vocab, segmenter)
    return nlp
