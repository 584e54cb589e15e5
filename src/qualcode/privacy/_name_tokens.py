"""Words with part-of-speech tags for person-name detection, without jieba's slow part-of-speech HMM.

jieba's tagger (``jieba.posseg``) spends most of its time in a pure-Python Viterbi over runs of characters its
dictionary does not cover -- exactly where unknown names hide (22 s per million characters). Here instead:

1. the text is cut with jieba's dictionary alone (maximum-probability route over the word graph, no HMM): with
   ``rjieba`` (``pip install 'qualcode[fast]'``, jieba-rs in Rust, the same dictionary and the same route) when it
   is installed, else with qualcode's own ``jieba.Tokenizer`` -- both give the same words, so the backend changes
   the speed, never the result;
2. dictionary words get jieba's dictionary tag;
3. in a run of single characters that no dictionary word covers, a surname followed by one or two *given-name
   characters* becomes one word tagged ``nr`` (卞|佳|乐 -> 卞佳乐/nr, while 小|刘|跑|去 stays apart: 跑 is no name
   character). Given-name characters are those that occur in the given names of jieba's dictionary (words tagged
   ``nr``: surname + 1-2 characters) at least ``GIVEN_RATIO`` times per thousand of their use as a word.

Never jieba's global tokenizer: the tagger's backends come from :func:`qualcode.segment._backends.shared_backend`
(one instance per configuration in the process, the same cache the segmenters use) with their own configuration --
jieba's dictionary plus ``REGIONAL_WORDS``, no codebook terms --, so user dictionaries added elsewhere (a Segmenter's
codebook terms) never change what is detected.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import logging
from typing import NamedTuple

from qualcode.errors import MissingDependencyError, require
from qualcode.privacy._name_data import FUNCTION_SURNAMES, NOT_PERSON, ROLE_NOUNS, surnames, untrained_surnames
from qualcode.segment._backends import clear_shared_backends, shared_backend
from qualcode.segment._dictionary import DictEntry, entries_hash

__all__ = ["Words", "given_ratios", "pos_tokenizer", "reset_tagger", "resolve_name_backend", "tagged_words",
           "word_freq", "word_tag"]

NAME_BACKENDS = ("jieba", "rjieba")
#: jieba's part-of-speech tags of person names.
NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})


def resolve_name_backend(backend: str = "auto") -> str:
    """``"auto"`` -> ``"rjieba"`` when a version with ``add_word`` (0.2.2 or later) is installed, else ``"jieba"``;
    ValueError for an unknown name."""
    if backend not in ("auto", *NAME_BACKENDS):
        raise ValueError(f"backend == {backend!r}: unknown name tagger; choose 'auto', 'jieba' or 'rjieba'")
    if backend == "auto":
        return "rjieba" if _rjieba_usable() else "jieba"
    return backend


@functools.lru_cache(maxsize=1)
def _rjieba_usable() -> bool:
    if importlib.util.find_spec("rjieba") is None:
        return False
    import rjieba

    return hasattr(rjieba.Jieba, "add_word")


def _tagger_entries() -> tuple[str, list[tuple[list[DictEntry], int | None]]]:
    """The name tagger's dictionary configuration: (key, entries) for ``shared_backend``."""
    words = [DictEntry(w, 1000, "n") for w in REGIONAL_WORDS]
    key = entries_hash([b"privacy-name-tagger:" + "\n".join(REGIONAL_WORDS).encode("utf-8")])
    return key, [(words, None)]


@functools.lru_cache(maxsize=1)
def pos_tokenizer():
    """The name tagger's jieba POS tokenizer over the shared ``jieba.Tokenizer`` of its configuration (never
    jieba's global one)."""
    jieba = require("jieba", purpose="person-name detection")
    posseg = require("jieba.posseg", package="jieba", purpose="person-name detection")
    jieba.setLogLevel(logging.WARNING)
    key, entries = _tagger_entries()
    tok = shared_backend("jieba", key, entries).tokenizer
    ptok = posseg.POSTokenizer(tok)
    for word in REGIONAL_WORDS:  # (the same words, frequency and tag in both backends; rjieba keeps the
        ptok.word_tag_tab.setdefault(word, "n")  # dictionary's tag of a word it has already: 敖包/nr)
    return ptok


@functools.lru_cache(maxsize=1)
def _rjieba():
    rjieba = require("rjieba", extra="fast", purpose="the fast name tagger")
    if not hasattr(rjieba.Jieba, "add_word"):
        raise MissingDependencyError("rjieba>=0.2.2", extra="fast", purpose="the fast name tagger (add_word)")
    key, entries = _tagger_entries()
    return shared_backend("rjieba", key, entries).tokenizer


@functools.lru_cache(maxsize=1)
def _freq_table() -> dict:
    return pos_tokenizer().tokenizer.FREQ


def reset_tagger() -> None:
    """Forget the loaded tagger, dictionary and tables, and the shared backends (built again on next use)."""
    for fn in (pos_tokenizer, _rjieba, _rjieba_usable, _freq_table, given_ratios, _surname_heads):
        fn.cache_clear()
    clear_shared_backends()


def word_freq(word: str) -> int:
    """Frequency of ``word`` in jieba's dictionary (0 when it is not a dictionary word)."""
    return int(_freq_table().get(word) or 0)


def word_tag(word: str) -> str | None:
    """jieba's dictionary part-of-speech tag of ``word`` (None when it is not a dictionary word)."""
    return pos_tokenizer().word_tag_tab.get(word)


#: A character is a given-name character when (uses in given names of dictionary names) / (its frequency as a word)
#: is at least this, per thousand (伟 403, 兰 180, 国 19, 强 6.6; 跑 0, 去 0.1, 的 0.04). Two given characters after
#: a surname need GIVEN_RATIO each; a single one, which makes a two-character name, needs GIVEN_RATIO_ONE.
GIVEN_RATIO = 5.0
GIVEN_RATIO_ONE = 15.0
_NOT_IN_BUF_NAMES = set("家里们个儿")
#: Regional words that jieba's dictionary lacks: added to the tagger's dictionary so that a surname character inside
#: them (嘎查会计: 查) never starts a name.
REGIONAL_WORDS = ("嘎查", "嘎查达", "苏木", "苏木达", "敖包", "那达慕", "额吉", "乌兰牧骑", "蒙古包", "西门塔尔",
                  "经棚",
                  "微信", "抖音", "快手", "二维码", "网格员", "应保尽保", "低保户", "特困户",
                  "经名", "汉名", "藏名", "蒙古名")


@functools.lru_cache(maxsize=1)
def given_ratios() -> dict[str, float]:
    """Character -> (uses in given names of jieba's dictionary names, tagged ``nr`` or ``nrfg``: 淑 is in 30 names
    of the second kind and one of the first) * 1000 / (its frequency as a word), for characters used in at least
    five given names."""
    tags = pos_tokenizer().word_tag_tab
    single = surnames()[1] - untrained_surnames()
    counts: dict[str, int] = {}
    for word, tag in tags.items():
        if tag in ("nr", "nrfg") and len(word) in (2, 3) and word[0] in single:
            for c in word[1:]:
                counts[c] = counts.get(c, 0) + 1
    return {c: n * 1000 / (1 + word_freq(c)) for c, n in counts.items() if n >= 5 and c not in _NOT_IN_BUF_NAMES}


class Words(NamedTuple):
    """Parallel lists: the words of a text, their tags and offsets (``text[starts[i]:ends[i]] == words[i]``)."""

    words: list[str]
    flags: list[str]
    starts: list[int]
    ends: list[int]


def tagged_words(text: str, backend: str = "auto") -> Words:
    """The words of ``text`` with part-of-speech flags and offsets (they tile the text exactly)."""
    pairs = None
    if resolve_name_backend(backend) == "rjieba":
        pairs = _rjieba().tag(text, False)
        words = [w for w, _f in pairs]
        tags = pos_tokenizer().word_tag_tab  # (a word jieba's dictionary lacks is "x" in both: rjieba's has 郗/nr)
        flags = [f if w in tags else "x" for w, f in pairs]
        if sum(map(len, words)) != len(text):  # (never seen; the exact pure-Python route then)
            pairs = None
    if pairs is None:
        tags = pos_tokenizer().word_tag_tab
        words = list(pos_tokenizer().tokenizer.cut(text, HMM=False))
        flags = [tags.get(w) or "x" for w in words]
    _merge_given_names(words, flags)
    ends = list(itertools.accumulate(map(len, words)))
    starts = [0, *ends[:-1]] if ends else []
    return Words(words, flags, starts, ends)


def _merge_given_names(words: list[str], flags: list[str]) -> None:
    """In place: a common surname character followed by one or two single given-name characters (none of them
    covered by a dictionary word) becomes one word tagged ``nr`` (卞|佳|乐 -> 卞佳乐; 小|刘|跑 stays), but not over a
    surname character that starts the next name (楼|长|冯|建国)."""
    heads = _surname_heads()
    hits = [i for i, w in enumerate(words) if w in heads]
    if not hits:
        return
    ratio = given_ratios()
    n = len(words)
    for i in reversed(hits):  # from the end, so that merging keeps earlier indices valid
        if i + 1 >= n:
            continue
        r1 = ratio.get(words[i + 1], 0.0)
        r2 = ratio.get(words[i + 2], 0.0) if i + 2 < n else 0.0
        if r1 >= GIVEN_RATIO and r2 >= GIVEN_RATIO:
            k = 2
        elif r1 >= GIVEN_RATIO_ONE:
            k = 1
        else:
            continue
        while k and words[i + k] in heads and i + k + 1 < n and len(words[i + k + 1]) == 2:
            k -= 1  # (a surname before a two-character word starts the next name: 楼|长|冯|建国 is 楼长 冯建国)
        if not k:
            continue
        name = "".join(words[i:i + 1 + k])
        if any(name[a:b] in NOT_PERSON or name[a:b] in ROLE_NOUNS for a in range(k) for b in range(a + 2, k + 2)):
            continue
        words[i:i + 1 + k] = [name]
        flags[i:i + 1 + k] = ["nr"]
        n -= k


@functools.lru_cache(maxsize=1)
def _surname_heads() -> frozenset[str]:
    return frozenset(c for c in surnames()[0] if c not in FUNCTION_SURNAMES)
