"""A surname the text has shown, said with a title or 老/小 (禚主任 after 禚文亮, 小向 after 我姓向).

The title and kin rules take a surname only from the lists (王主任, 老张); a rare surname (禚, 喇, 旃) or one that is
above all a grammar word (向 'towards', 把 'take') is in no list they trust. But a text that has named the person
in full (大名禚文亮) or declared the surname (我姓向，, “要不要”的要) has shown it is a surname here, and people go on
to say it the short way: 禚主任, 向哥, 小向, 老把. Those are names too, and left in clear they give the surname away.

A grammar word takes the short form only after a naming verb (都叫我|向哥, 村里人都叫他|老把): 老把 is also
'always take' (老把东西放错) and 把老师 'take the teacher'.
"""

from __future__ import annotations

import re

from qualcode.privacy._after_role import declared_surnames
from qualcode.privacy._name_data import CJK, TITLE_RE, WORDLIKE_SURNAMES
from qualcode.privacy._name_rules import Ctx, NameCandidate
from qualcode.privacy._syllables import syllables, transliterated

__all__ = ["rule_text_surnames"]

#: Rules whose names were found after a naming cue: their surname is one.
_NAMED_BY = frozenset({"cue", "named", "declared", "register", "role"})
#: A naming verb right before a short form of a grammar-word surname (叫我, 喊他 ...).
_NAMING = re.compile(r"(?:叫|喊|称呼?)(?:我|他|她|您|你)?\Z")


def rule_text_surnames(ctx: Ctx, out: list) -> None:
    """Append title and 老/小 candidates for the surnames the text has shown (see the module docstring)."""
    text = ctx.text
    shown = declared_surnames(text) | {
        c.key[0] for c in out if c.rule in _NAMED_BY and len(c.key) == 3 and c.key == text[c.start:c.end]
        and c.key[0] not in ctx.common and c.key[0] not in syllables() and not transliterated(c.key)}
    for sur in shown:
        for m in re.finditer(re.escape(sur), text):
            s = m.start()
            title = TITLE_RE.match(text, s + 1)
            if title is not None and _ends(ctx, title.end()) and (sur not in WORDLIKE_SURNAMES or _named(text, s)):
                out.append(NameCandidate(s, title.end(), 1, "title", f"{sur}·{title.group(0)}", title.group(0)))
            if s and text[s - 1] in "老小" and _ends(ctx, s + 1) \
                    and (sur not in WORDLIKE_SURNAMES or _named(text, s - 1)):
                out.append(NameCandidate(s - 1, s + 1, 2, "kin", text[s - 1:s + 1], ""))


def _ends(ctx: Ctx, e: int) -> bool:
    return e >= len(ctx.text) or not CJK.match(ctx.text[e]) or e in ctx.by_start and e in ctx.by_end


def _named(text: str, p: int) -> bool:
    return _NAMING.search(text, max(0, p - 3), p) is not None
