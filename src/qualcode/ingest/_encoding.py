"""Decode transcript bytes: UTF-8 (with or without BOM), GB18030/GBK, Big5, UTF-16/32; refuse binary files.

Detection order: a byte-order mark decides; then strict UTF-8 (most files); then UTF-16 without BOM when the bytes
hold NULs in a regular pattern; then charset-normalizer restricted to the Chinese encodings. GBK and GB2312 are
reported as GB18030, their superset, so that rare characters outside GBK still decode.
"""

from __future__ import annotations

import codecs
import unicodedata

__all__ = ["DecodeFailure", "decode_bytes"]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CANDIDATES = ["gb18030", "big5", "utf_16_le", "utf_16_be"]
_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "hz": "gb18030", "cp936": "gb18030", "cp950": "big5",
            "big5hkscs": "big5", "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be"}


class DecodeFailure(ValueError):
    """The bytes are not text in a supported encoding; ``reason`` says why, for the user's message."""

    def __init__(self, reason: str, hint: str):
        super().__init__(reason)
        self.reason = reason
        self.hint = hint


def _mostly_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\r\n\t\f")
    return bad / len(text) < 0.01


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``; the BOM is not part of ``text``. Raise :class:`DecodeFailure`."""
    if encoding:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise DecodeFailure(f"cannot decode as {encoding}: {exc}", "check the encoding given in corpus.yaml or"
                                " the encoding= argument") from None
        return text.lstrip("\ufeff") if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else text, encoding
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name).lstrip("\ufeff"), name
            except UnicodeDecodeError as exc:
                raise DecodeFailure(f"starts with a {name} byte-order mark but is not valid {name} ({exc.reason} at "
                                    f"byte {exc.start})", "re-save the file as UTF-8") from None
    utf8: str | None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None:
        if "\x00" in utf8 and not _mostly_text(utf8):
            raise DecodeFailure("looks like a binary file (NUL bytes), not text",
                                "remove it from the corpus folder or list it under exclude: in corpus.yaml")
        return utf8, "utf-8"
    if b"\x00" in data:
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _mostly_text(text) and "\x00" not in text:
                return text, name
        raise DecodeFailure("looks like a binary file (NUL bytes), not text",
                            "remove it from the corpus folder or list it under exclude: in corpus.yaml")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None:
        name = _ALIASES.get(best.encoding, best.encoding)
        guessed: str | None
        try:
            guessed = data.decode(name)
        except UnicodeDecodeError:
            guessed = None
        if guessed is not None and _mostly_text(guessed):
            return guessed, name
    raise DecodeFailure("cannot decode: not text in UTF-8, GB18030/GBK, Big5 or UTF-16",
                        "save the transcript as UTF-8, or set encoding: in corpus.yaml")
