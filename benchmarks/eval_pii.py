"""Recall and precision of qualcode's PII detector on the constructed test set in tests/pii/.

    python benchmarks/eval_pii.py [--before 255f148]

Writes the ``pii`` section of docs/accuracy.md: the tuning set (P01-P14, written before the detector and then used
to tune it), held-out set 1 (H01-H04, written after the first tuning round; its misses then informed a second round),
held-out set 2 (H05-H08, written after the second round and never tuned on), held-out set 3 (H09-H16, written for
issue 11 before the detector was changed and never tuned on: recall per category) and the tuning set of issue 11
(tests/pii/tuning_i11). Every set is scored with the
current detector and with the detector as it was at ``--before`` (imported side by side from git, see _legacy.py).
A gold item counts as found when a predicted span of the same type overlaps it; a gold item is "replaced only in
part" when a predicted span of its type overlaps it without covering it (counted per category, before and now).
Held-out set 4 (tests/pii/holdout4, the blind set of the first round of "no partial replacements", now spent) and
held-out set 5 (tests/pii/holdout5, the blind set of the second round, now spent) and held-out set 6
(tests/pii/holdout6, the blind set of the third round, compared with the detector at BEFORE_ROUND3) and
held-out set 7 (tests/pii/holdout7, the blind set of the fourth round: the detector at BEFORE_ROUND4 against
the one at ROUND4, then ROUND4 against now) and held-out sets 8, 9 and 10 (the same, against ROUND4B, ROUND4C
and ROUND4D) and held-out set 11 (the blind set of the fifth round: ROUND4_END against ROUND5, then ROUND5
against now) and held-out sets 12-17 (the same, against ROUND5B-ROUND5G) and the blind sets of the sixth round
(18-23: ROUND5_END against the detector each was scored with, then that one against now) and of the seventh (24-27:
against ROUND6_END), of the eighth (28-37: against ROUND7_END), of the ninth (38-51: against ROUND8_END), of the
tenth (52-63: against ROUND9_END), of the eleventh (64-77: against ROUND10_END), of the twelfth (78-79: against
ROUND11_END), of the thirteenth (80-81: against ROUND12_END), of the fourteenth (82-83: against ROUND13_END), of
the fifteenth (84-85: against ROUND14_END), of the sixteenth (86-87: against ROUND15_END), of the seventeenth
(88-89: against ROUND16_END), of the eighteenth (90-91: against ROUND17_END), of the nineteenth (92-93: against
ROUND18_END), of the twentieth (94-95: against ROUND19_END), of the twenty-first (96-97: against ROUND20_END)
of the twenty-second (98-99: against ROUND21_END), of the twenty-third (100-101: against ROUND22_END), of the
twenty-fourth (102-103: against ROUND23_END), of the twenty-fifth (104-105: against ROUND23_END), of the
twenty-sixth (106-107: against ROUND25_END), of the twenty-seventh (108-109: against ROUND25_END), of the
twenty-eighth (110-111: against ROUND25_END), of the twenty-ninth (112-113: against ROUND28_END), of the
thirtieth (114-115: against ROUND29_END), of the thirty-first (116-117: against ROUND30_END), of the
thirty-second (118-119: against ROUND31_END), of the thirty-third (120-121: against ROUND32_END), of the
thirty-fourth (122-123: against ROUND33_END), of the thirty-fifth (124-125: against ROUND34_END) and of the
thirty-sixth (126-127: against ROUND35_END), of the thirty-seventh (128-129: against ROUND36_END), of the
thirty-eighth (130-131: against ROUND37_END), of the thirty-ninth (132-133: against ROUND38_END), of the
fortieth (134-135: against ROUND39_END), of the forty-first (136-137: against ROUND40_END), of the
forty-second (138-139: against ROUND41_END), of the forty-third (140-141: against ROUND42_END), of the
forty-fourth (142-143: against ROUND43_END), of the forty-fifth (144-145: against ROUND44_END), of the
forty-sixth (146-147: against ROUND45_END), of the forty-seventh (148-149: against ROUND46_END), of the
forty-eighth (150-151: against ROUND47_END), of the forty-ninth (152-153: against ROUND48_END), of the fiftieth
(154-155: against ROUND49_END), of the fifty-first (156-157: against ROUND50_END), of the fifty-second (158-159:
against ROUND51_END), of the fifty-third (160-161: against ROUND52_END), of the fifty-fourth (162-163: against
ROUND53_END), of the fifty-fifth (164-165: against ROUND54_END), of the fifty-sixth (166-167: against
ROUND55_END), of the fifty-seventh (168-169: against ROUND56_END), of the fifty-eighth (170-171: against
ROUND57_END), of the fifty-ninth (172-173: against ROUND58_END), of the sixtieth (174-175: against
ROUND59_END), of the sixty-first (176-177: against ROUND60_END), of the sixty-second (178-179: against
ROUND61_END), of the sixty-third (180-181: against ROUND62_END), of the sixty-fourth (182-183: against
ROUND63_END), of the sixty-fifth (184-185: against ROUND64_END), of the sixty-sixth (186-187: against
ROUND65_END), of the sixty-seventh (188-189: against ROUND66_END), of the sixty-eighth (190-191: against
ROUND67_END), of the sixty-ninth (192-193: against ROUND68_END), of the seventieth (194-195: against
ROUND69_END), of the seventy-first (196-197: against ROUND70_END), of the seventy-second (198-199: against
ROUND71_END), of the seventy-third (200-201: against ROUND72_END), of the seventy-fourth (202-203: against
ROUND73_END), of the seventy-fifth (204-205: against ROUND74_END), of the seventy-sixth (206-207: against
ROUND75_END), of the seventy-seventh (208-209: against ROUND76_END), of the seventy-eighth (210-211: against
ROUND77_END), of the seventy-ninth (212-213: against ROUND78_END), of the eightieth (214-215: against
ROUND79_END), of the eighty-first (216-217: against ROUND80_END), of the eighty-second (218-219: against
ROUND81_END), of the eighty-third (220-221: against ROUND82_END), of the eighty-fourth (222-223: against
ROUND83_END), of the eighty-fifth (224-225: against ROUND84), of the eighty-sixth (226-227: against ROUND85), of
the eighty-seventh (228-229: against ROUND86), of the eighty-eighth (230-231: against ROUND87), of the
eighty-ninth (232-233: against ROUND88) and of the ninetieth (234-235: against ROUND89) are scored when they are
present, and the learned model of name edges is simulated on the gold names of every set.
What extending spans costs is counted too: the characters replaced outside any gold item and outside the set's marked
traps (traps.csv; a kept title such as 老师 in 王老师 is not replaced and not counted), before and now.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

from _legacy import BEFORE_ISSUE_11, load_legacy  # noqa: E402
from _report import REPO, machine, update_section  # noqa: E402  (also puts src/ on sys.path)
from qualcode.privacy import Pseudonymiser, detect_pii, load_names, score_pii  # noqa: E402

PII = REPO / "tests" / "pii"
COMMAND = "python benchmarks/eval_pii.py"


def predict(folder: Path, names_path: Path | None, detect=detect_pii) -> tuple[dict, pd.DataFrame, float, int]:
    """(doc_id -> spans, gold table, seconds, characters) of one detector on one set."""
    names = load_names(names_path) if names_path is not None and names_path.is_file() else None
    gold = pd.read_csv(folder / "answer_key.csv", dtype={"doc_id": str}, encoding="utf-8")
    predicted = {}
    chars = 0
    t0 = time.perf_counter()
    for path in sorted(folder.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as fh:  # offsets count a CRLF as two characters
            text = fh.read()
        chars += len(text)
        predicted[path.stem] = detect(text, names=names)
    return predicted, gold, time.perf_counter() - t0, chars


def evaluate(folder: Path, names_path: Path | None, detect=detect_pii) -> tuple[pd.DataFrame, float, int]:
    predicted, gold, seconds, chars = predict(folder, names_path, detect)
    return score_pii(predicted, gold), seconds, chars


def versus(before: pd.DataFrame, now: pd.DataFrame, what: str, precision: bool = True) -> str:
    """Recall (and precision) before and now, side by side."""
    b = before.set_index("type")
    lines = [f"| {what} | gold | recall before | recall now | precision before | precision now |",
             "|---|---:|---:|---:|---:|---:|"]
    if not precision:
        lines = [f"| {what} | gold | recall before | recall now |", "|---|---:|---:|---:|"]
    for r in now.itertuples(index=False):
        typ, n_gold, found = str(r.type), int(r.n_gold), int(r.found)  # type: ignore[arg-type]
        old = b.loc[typ] if typ in b.index else None

        def f(x) -> str:
            return "-" if x is None or pd.isna(x) else f"{x:.3f}"

        rec_b = f(old.recall) if old is not None else "-"
        prec_b = f(old.precision) if old is not None else "-"
        name = f"**{typ}**" if typ == "all" else typ
        found_b = f" ({int(old.found)})" if old is not None and not pd.isna(old.found) else ""
        row = f"| {name} | {n_gold} | {rec_b}{found_b} | {f(r.recall)} ({found}) |"
        lines.append(row + (f" {prec_b} | {f(r.precision)} |" if precision else ""))
    return "\n".join(lines)


def partial(predicted: dict, gold: pd.DataFrame) -> dict[str, int]:
    """Gold items replaced only in part (a predicted span of the same type overlaps one without covering it), by
    category (or type when the set has no category column), with the total under "all"."""
    out: dict[str, int] = {}
    for row in gold.itertuples(index=False):
        spans = predicted.get(str(row.doc_id), [])
        if any(x.type == row.type and x.start < row.end and row.start < x.end
               and not (x.start <= row.start and row.end <= x.end) for x in spans):
            cat = str(getattr(row, "category", row.type))
            out[cat] = out.get(cat, 0) + 1
            out["all"] = out.get("all", 0) + 1
    return out


def leaking(predicted: dict, gold: pd.DataFrame) -> int:
    """Gold items replaced only in part that keep characters no span of any type replaces (the rest of a name left in
    the output; an item cut between two adjacent spans, 苏布达|其木格, loses all its characters but gets two
    pseudonyms)."""
    n = 0
    for row in gold.itertuples(index=False):
        spans = predicted.get(str(row.doc_id), [])
        start, end, text = int(str(row.start)), int(str(row.end)), str(row.text)
        if not any(x.type == row.type and x.start < end and start < x.end for x in spans):
            continue
        replaced = {i for x in spans for i in range(x.start, x.end)}  # (a kept title, 韩|主席, is by design)
        if any(i not in replaced and not text[i - start].isspace() for i in range(start, end)):
            n += 1
    return n


def over_replaced(predicted: dict, gold: pd.DataFrame, traps: pd.DataFrame | None) -> int:
    """Characters replaced (span minus its kept title) outside every gold item and every marked trap."""
    total = 0
    for doc_id, spans in predicted.items():
        inside: set[int] = set()
        for table in (gold, traps):
            if table is not None:
                for r in table[table.doc_id.astype(str) == doc_id].itertuples(index=False):
                    inside.update(range(int(r.start), int(r.end)))
        total += sum(1 for x in spans for i in range(x.start, x.end - len(x.suffix)) if i not in inside)
    return total


def read_traps(folder: Path) -> pd.DataFrame | None:
    path = folder / "traps.csv"
    return pd.read_csv(path, dtype={"doc_id": str}, encoding="utf-8") if path.is_file() else None


def show_partial(counts: dict[str, int]) -> str:
    if not counts:
        return "0"
    rest = ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if k != "all")
    return f"{counts['all']} ({rest})"


def before_and_now(folder: Path, rev: str | None, names_path: Path | None = None,
                   now_rev: str | None = None) -> tuple[str, str, float, int]:
    """(recall per category, recall and precision per type) tables, before (``rev``) and now (the current detector,
    or the one at ``now_rev``), and the number of gold items replaced only in part per category; plus seconds and
    characters of the "now" detector. A set without a ``category`` column gets only the per-type table (its first
    element is "")."""
    now_detect = load_legacy(now_rev).privacy.detect_pii if now_rev is not None else detect_pii
    pred, gold, seconds, chars = predict(folder, names_path, now_detect)
    has_cat = "category" in gold.columns
    by_cat = score_pii(pred, gold, by="category") if has_cat else None
    by_type = score_pii(pred, gold)
    old_partial = old_over = old_leak = "-"
    traps = read_traps(folder)
    if rev is not None:
        old_pred, *_ = predict(folder, names_path, load_legacy(rev).privacy.detect_pii)
        old_cat = score_pii(old_pred, gold, by="category") if has_cat else None
        old_type = score_pii(old_pred, gold)
        old_partial = show_partial(partial(old_pred, gold))
        old_over = str(over_replaced(old_pred, gold, traps))
        old_leak = str(leaking(old_pred, gold))
    else:
        old_cat = by_cat.iloc[0:0] if by_cat is not None else None
        old_type = by_type.iloc[0:0]
    typ = versus(old_type, by_type, "type") + (f"\n\nGold items replaced only in part (a span of their type overlaps "
                                               f"them without covering them): before {old_partial}, now "
                                               f"{show_partial(partial(pred, gold))}; of them, items that keep "
                                               f"characters outside every span: before {old_leak}, now "
                                               f"{leaking(pred, gold)}. Characters replaced "
                                               f"outside any gold item and any marked trap: before {old_over}, "
                                               f"now {over_replaced(pred, gold, traps)}.")
    cat = versus(old_cat, by_cat, "category", precision=False) if by_cat is not None and old_cat is not None else ""
    return cat, typ, seconds, chars


HOLDOUT5_TEXT = """**Held-out set 5 -- the blind result of the second round of "no partial replacements"**
(tests/pii/holdout5, {chars} characters, no names.csv; written on branch pii-holdout5 by someone who never saw the
detector, while the second round was built; merged and scored once, after the change was committed, and the detector
was not changed afterwards. The set is now spent.) "Before" is the detector at `{rev}`, run side by side. Recall per
category:

{cat}

{typ}

The second round reached zero partial replacements on every development set (held-out sets 3 and 4 below) but not
on this blind set. Looked at after scoring (the detector was not changed): 12 of the 32 items left in part are
cut between two person spans that touch without overlapping (苏布达|其木格, 孟克|吉日嘎拉, 叶尔森|别克,
沙吾列|古丽): every character is replaced, but by two pseudonyms, because spans are merged only when they overlap or
are joined by a dot or a space; the others are names of peoples whose syllables the inventory lacks (Kazakh
叶尔波拉提, Yi 吉伍伍沙, Tibetan 才让拉毛, 吉毛措, 华旦东周, Ewenki 卡尔他昆), a compound surname missing from the
surname list (独孤明杰), a name spaced between every character (马 合 沙 提) and a dotted name with spaces around the
dot. Merging touching person spans and a fuller syllable inventory are the next steps; both need a new blind set.
The first was then made (touching person spans are one name unless the first keeps a title; spaces round a middle
dot are allowed): on this set, now spent, items left in part fall from 32 to 20, all 20 still leaking characters of
a name (a development figure, not a blind one; zero on every other set; over-replaced characters unchanged).
The third round (a sourced syllable inventory for Kazakh/Uyghur, Yi, Amdo Tibetan and Ewenki names, the name part
across a middle dot, fully spaced and space-split names, 独孤) takes it from 20 to 4 (华旦东周 twice: 东周 is also a
dictionary word; 马海石一 twice: 一说 and 一把 are words), again a development figure: held-out set 6 is the blind one.
"""

#: The detector before round 3 of "no partial replacements" (the blind set of round 3 is compared with it).
BEFORE_ROUND3 = "d90c37e"

HOLDOUT6_TEXT = """**Held-out set 6 -- the blind result of the third round of "no partial replacements"**
(tests/pii/holdout6, {chars} characters, no names.csv; written on branch pii-holdout6 by someone who never saw the
detector, while the third round was built; merged and scored once, after the change was committed (b43027b), and the
detector was not changed afterwards. The set is now spent.) "Before" is the detector at `{rev}`, the end of the
second round, run side by side. Recall per category:

{cat}

{typ}

The third round roughly quartered partial replacements on its blind set (36 -> 10, all 10 still leaking characters)
and raised person recall (0.656 -> 0.744) at the same precision, but it did not reach zero. Looked at after scoring
(the detector was not changed): two dotted names whose other half is an ordinary dictionary word or cut by the
segmenter (索罗共·叶卡捷琳娜, 布利托天・阿纳斯塔西娅); names whose first or last syllable the segmenter glued to a
neighbouring word (村支书更|登嘉措, 沙马拉|哈贩毒, 爷爷吐尔地|阿洪); a name split by a space whose second half holds
a character outside the inventory (吉克 石呷); a Han name with a three-character given name (蒋雨欣然) and one with a
rare surname before a title (永红梅大夫); and an address whose village group (阿依小组) was found as a name. What
would close them: a character model of name boundaries learned from the lexicon rather than more listed syllables,
and a new blind set to measure it.
"""

#: The detector before round 4 of "no partial replacements" and the round-4 detector its blind set 7 was scored with.
BEFORE_ROUND4 = "75e4ca6"
ROUND4 = "f3e0323"

HOLDOUT7_TEXT = """**Held-out set 7 -- the blind result of the fourth round of "no partial replacements"**
(tests/pii/holdout7, {chars} characters, no names.csv; written on branch pii-holdout7 by someone who never saw the
detector, while the fourth round -- the learned model of name edges -- was built; merged and scored once, after the
change was committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the third
round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

The learned edge model did not change the blind count: 11 items left in part before and after, all leaking
characters. Looked at after scoring: a grammar character inside a transliterated name (敖拉·额尔很乌力吉: 很;
宝音满都: 都; 德都勒 阿木尔: 都), a dotted clan name before the dot (精奇里•琪琪格玛), place names holding 那 or 都
cut at them as if at a grammar word (提孜那甫乡, 额肯呼都格镇: four addresses and schools), and a rare surname
before a title (冮桂荣老师). The place names and the rare surname were then fixed (the address and school prefixes
no longer stop at 那/都; a rarely used character between a boundary and a given name with a title is the surname),
with a second use of the name model: Han names no rule finds (a surname and a given name the name model finds at
least e^6 times likelier as a name than jieba finds them as text). On this set, now spent, that gives (development
figures from here on; the next blind set measures them):

{cat_now}

{typ_now}
"""

#: The detector blind set 8 was scored with (round 4 with the fixes set 7 showed).
ROUND4B = "a2aeba3"

HOLDOUT8_TEXT = """**Held-out set 8 -- the blind result of the fourth round with the fixes set 7 showed**
(tests/pii/holdout8, {chars} characters, no names.csv; written on branch pii-holdout8 by someone who never saw the
detector, in voices of sets 1-7 never used, while the fixes after set 7 were built; merged and scored once, after
they were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the third
round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

The fourth round halves partial replacements on a set it never saw (17 -> 8, all 8 still leaking characters),
raises recall (0.773 -> 0.799; person 0.725 -> 0.758) at the same precision, and replaces 6 more characters outside
any gold item. It does not reach zero. Looked at after scoring: a grammar character inside a transliterated name
again (那顺都仁, Uyghur 再努尔古丽: 再), a spaced name starting with 和 (和 希 格 巴 雅 尔), a compound surname that is
also a word before a given name with a title (第五春燕阿姐), the half after a space of an Arabic-style name (穆罕麦德
尔撒), and a Hezhe name whose part after the dot is a dictionary word (毕勒达启·长顺). Also found: QQ numbers written
after a comma (有个QQ，3851027469: 4 of 6 missed, and 2 of 6 on set 7), a school whose name holds 民中 (回民中学) and a
kindergarten grade before a class (大（2）班). Fixed since (development figures from here on): a short name part
across a middle dot is taken whatever the dictionary makes of it, and so is a clan name before the dot; a spaced name
may start with a grammar character that is a syllable; a compound surname before a two-character given name is taken;
QQ numbers and WeChat ids after a comma, or a few characters after their cue (QQ，号是…); 民中 only where no 学
follows; kindergarten grades before a class; numbered lanes (社区3巷28号). On this set:

{cat_now}

{typ_now}
"""

#: The detector blind set 9 was scored with (round 4 with the fixes sets 7 and 8 showed).
ROUND4C = "f38e4d5"

HOLDOUT9_TEXT = """**Held-out set 9 -- the blind result after the fixes sets 7 and 8 showed**
(tests/pii/holdout9, {chars} characters, no names.csv; written on branch pii-holdout9 by someone who never saw the
detector, in voices of sets 1-8 never used, and asked for names holding grammar characters (都, 也, 再, 的) and rare
surnames: the weak spots sets 7 and 8 had shown; merged and scored once, after the detector was committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the third round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

On the names it was asked to stress the fourth round barely moved partial replacements (19 -> 17, all leaking) while
raising recall (0.781 -> 0.841; person 0.735 -> 0.800) at the same precision. Looked at after scoring: 10 of the 17
are names whose first syllable is a grammar word, cut off at every mention (再娜甫·吐尔地: 再; 也尔肯别克: 也; Yi
阿的莫色, 阿的日哈: 阿的); the rest are 策仁扎布都 (都 after the name, read as "all"), 吾拉孜别克, an address whose
prefix is a transliterated town name (巴拉嘎尔高勒镇) and a school after one (特木里镇). Fixed since: the characters
that stand before every mention of a name are its first syllable unless they are a verb, pronoun, kin or role word,
or a grammar word that often stands before names (development figures from here on). On this set:

{cat_now}

{typ_now}
"""

#: The detector blind set 10 was scored with (the end of round 4).
ROUND4D = "4cea3c9"

HOLDOUT10_TEXT = """**Held-out set 10 -- the blind result at the end of the fourth round** (tests/pii/holdout10, {chars}
characters, no names.csv; written on branch pii-holdout10 by someone who never saw the detector, in voices of sets
1-9 never used, with a representative mix of name forms rather than the weak spots of earlier sets; merged and scored
once, after the detector was committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the
end of the third round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

At the end of the fourth round, on names it never saw: 8 of 358 items left in part (10 at the end of the third
round), recall 0.774 -> 0.835 (person 0.708 -> 0.785) at the same precision, 13 more characters replaced outside any
gold item. Looked at after scoring: three addresses cut (a building numbered on the street, 南路3号楼1单元102室; a
place name starting with 和, read as "and": 和静镇; a resettlement site's district and row, 定居点东区3排14号), a
name split by one space whose first half stood alone (才仁 那木加甫), a fully spaced dotted name whose last syllables
were left (米 热 古 丽 · 吐 尔 逊 江), 策仁德吉德, 端木清和 (和 again) and 扎西东周 (东周 is a dictionary word). Found
whole since (development figures from here on): the three addresses, 才仁 那木加甫 (a first half of transliteration
syllables before the space is taken) and 端木清和 (a conjunction right before punctuation ends the name it follows).
On this set:

{cat_now}

{typ_now}
"""

#: The end of round 4 (the detector "before" for held-out set 11) and the detector blind set 11 was scored with (the
#: end of round 5: every mention of a name together).
ROUND4_END = "c7a0d91"
ROUND5 = "6cf2476"

HOLDOUT11_TEXT = """**Held-out set 11 -- the blind result of the fifth round** (tests/pii/holdout11, {chars} characters,
no names.csv; written on branch pii-holdout11 by someone who never saw the detector, in voices of sets 3-10 never used:
Xibe, Oroqen, Tu, Salar, Kham Tibetan, Dai/Hani/Jingpo/Lisu, Buryat and Russian-Chinese families and a Han caseworker
in Chifeng, with a representative mix of name forms; merged and scored once, after the detector was committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fourth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

The fifth round looks at every mention of a name together (a name is one person however often it is mentioned:
where the text spells a name found elsewhere, the spans over part of it become one; the characters after every
mention are scored once against the name model and at every mention against ordinary text). On this set, which it
never saw, items left in part fall from 9 to 4 (20 with the round-3 detector, 75e4ca6), recall rises from 0.804 to
0.821 (person 0.753 -> 0.775) at slightly higher precision, and over-replaced characters stay the same. Looked at
after scoring: three Oroqen names with the clan name 莫那 before a dot (莫那·吉善, 莫那·乌娜吉, spaced 莫 那 · 乌 娜
吉: 那 "that" stopped the walk over the clan name) and a Dai mother named after her son (咪岩温, "mother of 岩温").
Fixed since: the character next to a middle dot belongs to the name; for recall, Han names whose given name holds
a character the detector took for grammar, where a cue, a title or a second mention says name (王家和, 祁有福,
佟向前所长, 暴丰收场长). Still missed: the rare surname 禚, and Dai, Hani, Lisu and Russian names with no cue (玉香,
约然, 余扒四, 安娜). On this set since:

{cat_now}

{typ_now}
"""

#: The detector blind set 12 was scored with (round 5 after set 11: the dot rule, cued given names, long place
#: names, mention steps on word boundaries).
ROUND5B = "d48ae54"

HOLDOUT12_TEXT = """**Held-out set 12 -- the second blind result of the fifth round** (tests/pii/holdout12, {chars}
characters, no names.csv; written on branch pii-holdout12 by someone who never saw the detector, in voices of sets
3-11 never used: Naxi (surname 和, also "and") and Mosuo, Zhuang, Miao, Yao, Tujia, Kyrgyz and Tajik, Lahu and Wa
families, a Han migrant worker in Dongguan; merged and scored once, after the detector was committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fourth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

On peoples none of the earlier sets had, items left in part fall from 10 to 8 (13 with the round-3 detector,
75e4ca6) and recall rises from 0.705 to 0.722, but person recall is low (0.668): Miao, Yao, Lahu and Wa names are
in no lexicon and rarely tagged. Looked at after scoring: four mentions of Naxi names with the surname 和 (和秋兰,
和建梅大夫: only the given name was found), a Tibetan name ending in the dictionary word 东周 (鲁茸东周), a Lahu name
read as surname + kin word (娜|莫奶奶), a name with the surname 从 before a title (从文斌老师) and a Dongguan
dormitory address (…168号宿舍B栋507房). Fixed since: a grammar-word surname after a word that takes a noun (跟|和秋兰,
the whole name then spread to its other mentions), lettered buildings and 房; and, for recall, names no list holds
right after a role or kin noun (孩子妈|叶欧, 妹妹|妮保). On this set since:

{cat_now}

{typ_now}
"""

#: The detector blind set 13 was scored with (round 5 after set 12: grammar-word surnames after a governing word,
#: names after role nouns, lettered buildings).
ROUND5C = "b06f524"

HOLDOUT13_TEXT = """**Held-out set 13 -- the third blind result of the fifth round** (tests/pii/holdout13, {chars}
characters, no names.csv; written on branch pii-holdout13 by someone who never saw the detector, in voices of sets
3-12 never used: Bai, Qiang, Dong, Li, Yugur/Bonan/Hezhe families, a Sichuan Han grandmother, a Shandong village
doctor and a Heilongjiang community worker, Han names above all, as real transcripts have them; merged and scored
once, after the detector was committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the
end of the fourth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

On this set one item of 355 was left in part when it was scored (2 at the end of the fourth round, 4 with the
round-3 detector, 75e4ca6), recall rose from 0.823 to 0.842 (person 0.801 -> 0.825) at about the same precision
(0.898 -> 0.891), and 10 more characters were replaced outside gold items and traps. The one item: 楼长冯建国, where
the name tagger's surname + given-name merge made one "name" of 楼|长|冯 (楼 and 冯 are both surnames) and 冯建国 lost
its given name. Fixed since: the merge stops before a surname that starts the next name and never makes a role
noun, and a Han name right after a role noun is scored by the Han-name model. Still missed: nicknames that are words
(二娃, 幺妹), teknonyms (补腊旺 "father of 腊旺", 拜亚坤) and names after dialect kin words (幺爸, 嬢嬢). On this set
since:

{cat_now}

{typ_now}
"""

#: The detector blind set 14 was scored with (round 5 after set 13: the surname merge, names after role nouns scored
#: by the Han model, more kin nouns).
ROUND5D = "abc487e"

HOLDOUT14_TEXT = """**Held-out set 14 -- the fourth blind result of the fifth round** (tests/pii/holdout14, {chars}
characters, no names.csv; written on branch pii-holdout14 by someone who never saw the detector, in voices of sets
3-13 never used: She, Buyi/Shui, Jing, Uzbek/Tatar, Derung/Nu and Mongolian families in 巴林右旗, a Han grandfather
in 定西 and a Han social worker in 毕节, Han names above all; merged and scored once, after the detector was committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fourth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 359 were left in part when it was scored (4 at the end of the fourth round, 6 with the round-3
detector), recall rose from 0.869 to 0.891 (person 0.858 -> 0.885) at the same precision, and over-replaced
characters stayed about the same (118 -> 117). Both items are one name, 于海燕老师, after 班主任 and after 像: 于 is
also "at", so only 海燕老师 was found. Fixed since: a grammar-word surname right after a role noun or after 像 is the
surname. Still missed: Derung names with birth-order parts (木当南, 迪布朋), teknonyms (尼勒丙), given names with a
grammar character and no cue (陈来福, 龙再芬) and nicknames (三娃). On this set since:

{cat_now}

{typ_now}
"""

#: The detector blind set 15 was scored with (round 5 after set 14: grammar-word surnames after a role noun, 来/再
#: in given names).
ROUND5E = "c183317"

HOLDOUT15_TEXT = """**Held-out set 15 -- the fifth blind result of the fifth round** (tests/pii/holdout15, {chars}
characters, no names.csv; written on branch pii-holdout15 by someone who never saw the detector, in voices of sets
3-14 never used: Gelao, Mulao/Maonan, Achang/De'ang/Blang, Menba/Lhoba and Korean-Chinese families, a Civil Affairs
official in Chifeng, a Han grandmother in Henan and a social worker in Jiangxi, Han names above all; merged and
scored once, after the detector was committed (`{now_rev}`). The set is now spent.) "Before" is the detector at
`{rev}`, the end of the fourth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 358 were left in part when it was scored, two more than at the end of the fourth round: recall rose
(0.844 -> 0.855, person 0.826 -> 0.840) but a change of this round had broken two addresses. The address trim of
round 5 scans the place-name prefix up to the address's own numbers, and cut 罗城县四把镇… at 把 (the old trim
stopped at the first numeral, 四, and so kept it whole by accident). The other two: the school 四把镇中心小学 (cut at
把 before too) and a Blang teknonym (咪玉叫 "mother of 玉叫", cut before too). Fixed since: a stop character between
a character of a place name and the word that ends it is a syllable (四|把|镇), and a Dai, Blang or Achang teknonym
(波/咪 before a name starting with 岩/玉) is one name. On this set since:

{cat_now}

{typ_now}
"""

#: The detector blind set 16 was scored with (the end of round 5).
ROUND5F = "08a29b0"

HOLDOUT16_TEXT = """**Held-out set 16 -- the blind result at the end of the fifth round** (tests/pii/holdout16, {chars}
characters, no names.csv; written on branch pii-holdout16 by someone who never saw the detector, in voices of sets
3-15 never used: a Khorchin Mongolian grandmother in 通辽, Pumi, Jino and Hui families, a miner's widow in 吕梁, a
child director in 榆林, a grandfather in 重庆 and a Civil Affairs caseworker in 赤峰, Han names above all, numbers
written the many ways people write them; merged and scored once, after the detector was committed (`{now_rev}`).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the fourth round, run side by side with the
one at `{now_rev}`. Recall per category:

{cat}

{typ}

The best estimate of where the detector stands at the end of the fifth round: one item of 351 left in part (4 at the
end of the fourth round, 8 with the round-3 detector, 75e4ca6), recall 0.801 -> 0.855 (person 0.777 -> 0.817) at
higher precision (0.925 -> 0.929), over-replaced characters 60 -> 59; QQ, WeChat, mobiles, ID numbers, schools and
compound surnames all found. The one item: a Hui name, 马赛乃白嫂子, of which 乃白 was found; 马赛 ("Marseille") is a
dictionary word. Not fixed. On this set since:

{cat_now}

{typ_now}
"""

#: The detector blind set 17 was scored with: the same spans as ROUND5F (only speed changed in between).
ROUND5G = "bdd1db1"

HOLDOUT17_TEXT = """**Held-out set 17 -- a second blind sample of the detector at the end of the fifth round**
(tests/pii/holdout17, {chars} characters, no names.csv; written on branch pii-holdout17 by someone who never saw the
detector, in voices of sets 3-16 never used: a Mongolian herder couple in 阿鲁科尔沁旗, a Hui family in 临夏, a Uyghur
grandmother in 喀什, an Amdo Tibetan father in 黄南, a kindergarten teacher in 天津, a cadre in 湘西, a Cantonese
grandmother in 湛江 and a hospital social worker in 呼和浩特; merged and scored once, with a detector that finds the
same spans as the one set 16 was scored with (`{now_rev}`). The set is now spent.) "Before" is the detector at
`{rev}`, the end of the fourth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Five items of 346 left in part (6 at the end of the fourth round, 10 with the round-3 detector), recall 0.815 ->
0.855 (person 0.784 -> 0.818) at higher precision (0.950 -> 0.952), fewer characters over-replaced (51 -> 43).
Together with set 16, the detector at the end of round 5 left 6 of 697 blind items in part: it does not yet meet
"no partial replacements ever". The five: 才让东周 twice (the Tibetan element 东周 is a dictionary word, the fourth
blind set where it cut a name), 白玉山大夫 (山大夫 read as surname + title), a school after 和日镇 (和 read as
"and") and a Tianjin address whose entrance is a 门 (…14号楼2门301). Fixed since: 门 as an entrance, 和 starting a
town's name. On this set since:

{cat_now}

{typ_now}
"""

#: The end of the fifth round: the detector the blind sets of the sixth round are compared with.
ROUND5_END = ROUND5G
#: The detector blind set 19 was scored with (round 6: rare words glued to transliterated names, a rare word before a
#: bare surname + title), and the one set 18 was scored with (also: 小 + a character after a lone surname).
ROUND6, ROUND6B = "a4b8fcc", "cc9d0e7"
#: ... and the ones sets 21 and 20 were scored with (also: 叫他 + a nickname, two-character names joining the spans
#: they overlap, 社区/寨/庄/巷/弄 addresses, 阿-kin words, 都 joining two names; then 阿不 and 在|上都镇).
ROUND6C, ROUND6D = "b0a85c1", "040db00"
#: The end of the sixth round, which blind sets 22 and 23 were scored with.
ROUND6_END = "65b5c3b"
#: The detectors blind sets 25 and 24 of the seventh round were scored with (after the fixes found on sets 22 and 23;
#: then also 哈达|巴特尔 and 村医|古再|丽努尔).
ROUND7, ROUND7B = "434e10f", "968a744"
#: ... and set 26 (also: 和 before a particle, a pronoun one syllable before a place word, touching mentions merged).
ROUND7C = "d15cbba"
#: ... and set 27 (also: 小X after a surname that is a word, after 的: 大的|马|小龙).
ROUND7D = "709c3fc"
#: The end of the seventh round (also: the fixes found on set 27), which the blind sets of the eighth are compared with.
ROUND7_END = "8ff3648"
#: The detectors blind sets 28 and 29 of the eighth round were scored with: 119 more listed minority-name elements,
#: 由 and 常 ending a name, no surname from an occupation word (宿管|其美多杰); then also a kin word glued to a
#: listed name's first syllable (我|哥达|来扎布).
ROUND8, ROUND8B = "9459329", "3874636"
#: ... and sets 30 and 31 (also: the Manchu clans, given-name characters of names tagged nrfg; then kinds of name
#: such as 经名 as cues, 都 ending a transliterated name before punctuation, a grammar word inside a town name).
ROUND8C, ROUND8D = "60dbed8", "0f5efc5"
#: ... and sets 32 and 33 (also: a clan word that starts two names, given names with cued characters after a rare
#: compound surname, a word as given name after a role word; then a kin word's gap, 家 before a town's suffix).
ROUND8E, ROUND8F = "f79b8bd", "b29c1e2"
#: ... and sets 34 and 35 (also: a listed element before a name, spaced mentions after widening, 吐尔地 and 16 more
#: elements with their new characters kept out of the syllables; then 老头子|张福来, 子镇于|家村).
ROUND8G, ROUND8H = "d704d7d", "f99044f"
#: ... and sets 36 and 37 (also: the fixes found on set 35; then 给 before an age after a kin word).
ROUND8I, ROUND8J = "aba8fa9", "5074d26"
#: The end of the eighth round (also: the fixes found on set 37 but 于海澜 and 扎西端智), which the blind sets of the
#: ninth are compared with.
ROUND8_END = "2fb1fdb"
#: The detectors blind sets 38 and 39 of the ninth round were scored with: 于 and the other surnames seldom grammar
#: before a given name and a title (班|于|海澜老师), a one-character title form after a listed element and a syllable
#: (扎西端|智老师); then, for 40 and 41, also a lone syllable before Tibetan elements after a kin or role word
#: (向|巴群培); sets 42 and 43 met that one too.
ROUND9, ROUND9B = "23a1eb2", "83d36dc"
#: ... and sets 44 and 45 (also: a kin word is no part of a dotted name, a cued Han name's given character glued
#: into a word: 外公|龚德胜|过).
ROUND9C = "bfc046e"
#: ... and sets 46 and 47 (also the fixes found on sets 44 and 45: a floor and a dormitory block in an address, 工友
#: and other role words, syllables before a transliterated title form, a kin word's gap, a spaced run, 那 before an
#: age, 什 a syllable); sets 48 and 49 met that one too, the detector at the end of the round.
ROUND9D = "a3514e7"
#: ... and sets 50 and 51, the detector at the end of the session (also: a title form takes the part before a middle
#: dot, 老婆 a kin word; and the pseudonymiser's corpus pass learns no title form).
ROUND9E = "49e702d"
#: The end of the ninth round (also: the fixes found on sets 50 and 51 but 张来福), which the blind sets of the tenth
#: are compared with.
ROUND9_END = "fef4589"
#: The detectors blind sets 52 and 53 of the tenth round were scored with: 过 'live (with)' after a name cued by a
#: kin word (跟着舅舅|迪布朋|过), a common surname and a given character before a rare surname a title rule took
#: (的张|来|福大夫), 都 after 是 before a transliterated name, a syllable run ending at a role word inside a token
#: (蒙医白|那木吉拉); then, for 54 and 55, also the fixes found on sets 52 and 53 (a verb behind a middle dot is a
#: syllable: 艾则孜·|买|吐送; a spaced dot; 锁 a Hui surname).
ROUND10, ROUND10B = "e122477", "4b2031f"
#: ... and sets 56 and 57 (also the fixes found on sets 54 and 55: the syllables of a mention found anew, 阿不 before
#: a name, a place word glued to the next name, 吾 and 守 syllables, titles and years inside a cut token, 冯建|国家).
ROUND10C = "43316cb"
#: ... and sets 58 and 59 (also the fixes found on sets 56 and 57: a role word's gap before a transliterated title
#: form, 伊德日|胡家, listed county names for addresses and against place stems taken for names).
ROUND10D = "e12da8c"
#: ... and sets 60 and 61, the detector at the end of the session (also the fixes found on sets 58 and 59: a role
#: word's gap before a dotted name, 里 after a transliterated name before an age).
ROUND10E = "1aad92c"
#: ... and sets 62 and 63, the detector at the end of the round (the same as 1aad92c in what it finds).
ROUND10F = "63398da"
#: The end of the tenth round: the detector blind sets 64 and 65 of the eleventh round were scored with (no change
#: in between).
ROUND10_END = "786fd25"
#: ... and sets 66 and 67, after the fix found on set 64 (向 before a transliterated name in a name slot).
ROUND11 = "8b7ed60"
#: ... and sets 68 and 69 (also the fixes found on sets 66 and 67: WeChat ids that start with wx, one character
#: between a role word and a dotted name).
ROUND11B = "58dab94"
#: ... and sets 70 and 71 (also the fixes found on sets 68 and 69: a name after a verb of calling before a title,
#: 和 before a job title, a ground-floor shop in an address, a special-education track before a grade).
ROUND11C = "2443317"
#: ... and sets 72 and 73 (also the fix found on sets 70 and 71: 来, 让, 和, 才 as a name's last syllable before
#: an adverb, preposition or time word).
ROUND11D = "a4f12b3"
#: ... and sets 74 and 75 (also the fix found on set 73: 来 and 才 before 他们/她们).
ROUND11E = "fa4763f"
#: ... and sets 76 and 77, the detector at the end of the session (also the fixes found on sets 74 and 75: a village's
#: hamlet before its house number, a character glued to 家 into no word).
ROUND11F = "807e59c"

HOLDOUT66_TEXT = """**Held-out set 66 -- the third blind result of the eleventh round** (tests/pii/holdout66, {chars}
characters, no names.csv; written on branch pii-holdout66 by someone who never saw the detector, at the same time as
sets 64, 65 and 67, in voices of sets 3-65 never used: a Mongolian grandmother in 镇赉, a Tibetan father in 山南, a Hui
father in 寻甸, a grandmother in 府谷, a village doctor in 旬邑, a Uyghur mother in 乌鲁木齐 from 托克逊, a
civil-affairs officer in 延安 and a sheep farmer in 靖边; merged and scored once after the fix found on set 64 was
committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the tenth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 357 left in part (none with the detectors at the end of rounds 10, 9 and 8 either; two at the end of
rounds 7 and 5). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT68_TEXT = """**Held-out set 68 -- the fifth blind result of the eleventh round** (tests/pii/holdout68, {chars}
characters, no names.csv; written on branch pii-holdout68 by someone who never saw the detector, in voices of sets
3-67 never used: a Mongolian grandmother in 通榆, a Tibetan father in 岗巴, a Hui father in 巍山, a grandmother in 吴起,
a village doctor in 庆阳 (镇原), a Uyghur mother from 阿克苏 with a noodle shop in 石家庄, a civil-affairs officer in
绥芬河 and a soybean farmer in 讷河; merged and scored once after the fixes found on sets 66 and 67 were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the tenth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 355 left in part (the same four with the detector at the end of round 10; five at the end of rounds
9, 8 and 7, six at the end of round 5): a Hui name after a verb of calling before 姐, 都喊她|赛莉|麦姐 (the title rule
read 麦 as a surname), a Han name ending in 和 before a job title, 卫生院的赵春|和|大夫, a shop's number after a
building, 乐安小区2号楼|底商6号, and a class after a special-education track, 特殊教育学校|培智三年级（1）班. All fixed
since (up to three single characters after 叫/喊 (她) before a bare-surname title; 和 before a job title, not a kin
word; 底商/商铺/门市 + number in an address; 培智, 启智, 初中部 ... between a school and its grade). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT70_TEXT = """**Held-out set 70 -- the seventh blind result of the eleventh round** (tests/pii/holdout70, {chars}
characters, no names.csv; written on branch pii-holdout70 by someone who never saw the detector, in voices of sets
3-69 never used: a Mongolian grandmother in 大安, a Tibetan father in 康马, a Hui father in 献县, a grandmother in 逊克,
a village doctor in 林甸, a Uyghur mother from 库车 selling naan in 福州, a civil-affairs officer in 安达 and a dairy
farm worker in 依安; merged and scored once after the fixes found on sets 68 and 69 were committed (`{now_rev}`). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the tenth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

One item of 352 left in part (the same with the detectors at the end of rounds 10, 9, 8 and 7; seven at the end of
round 5): a Han name whose last given character is the verb 来 'come', 后院高福|来|也常过来. Fixed since (来, 让, 和
or 才 after a name before an adverb, preposition or time word ends the name: it can be no verb there). On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT72_TEXT = """**Held-out set 72 -- the ninth blind result of the eleventh round** (tests/pii/holdout72, {chars}
characters, no names.csv; written on branch pii-holdout72 by someone who never saw the detector, in voices of sets
3-71 never used: a Mongolian grandmother in 扶余, a Tibetan father in 白朗, a Hui father in 平泉, a grandmother in
五大连池, a village doctor in 明水, a Uyghur mother from 伊犁 with a kebab stall in 青岛, a civil-affairs officer
in 青冈 and a forestry worker in 绥棱; merged and scored once after the fixes found on sets 70 and 71 were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the tenth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 356 left in part (none with the detectors at the end of rounds 10, 9, 8 and 7 either; one at the end of
round 5). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT74_TEXT = """**Held-out set 74 -- the eleventh blind result of the eleventh round** (tests/pii/holdout74, {chars}
characters, no names.csv; written on branch pii-holdout74 by someone who never saw the detector, in voices of sets
3-73 never used: a Mongolian grandmother in 肇源, a Tibetan father in 尼木, a Hui father in 孟津, a grandmother in 蔚县,
a village doctor in 汝州, a Uyghur mother from 和田 with a restaurant in 绍兴, a civil-affairs officer in 宣化 and a
building worker from 鲁山; merged and scored once after the fix found on set 73 was committed (`{now_rev}`). The set
is now spent.) "Before" is the detector at `{rev}`, the end of the tenth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 359 left in part (the same with the detectors at the end of rounds 10, 9 and 8; four at the end of
round 7, five at the end of round 5): a Hui name whose last syllable is the adverb 都 before a verb,
邻居马尔布|都|开三轮 (an adverb stands there as often: not fixed), and a village's hamlet and house number after the
township, 华舍街道|蜀阜村新桥头12号. The address is fixed since (a village may be followed by a hamlet of two to four
characters and a house number; three gold addresses of earlier sets are now found whole too). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT76_TEXT = """**Held-out set 76 -- the thirteenth blind result of the eleventh round** (tests/pii/holdout76,
{chars} characters, no names.csv; written on branch pii-holdout76 by someone who never saw the detector, in voices of
sets 3-75 never used: a Mongolian grandmother in 泰康, a Tibetan father in 曲水, a Hui father in 伊川, a grandmother in
阳原, a village doctor in 郏县, a Uyghur mother from 疏勒 with a dried-fruit shop in 嘉兴, a civil-affairs officer in
怀安 and a beekeeper in 叶县; merged and scored once after the fixes found on sets 74 and 75 were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the tenth round, run side by side
with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 353 left in part (the same with the detector at the end of round 10; three at the end of rounds 9, 8, 7
and 5): a Mongolian name written with a space, 孙女是|乌嫩 其木格 (both halves replaced, as two people: no character of
it is left), and a Uyghur woman's name with the prefix 布威 (Buwi), 他妈叫|布威海|热·吾斯曼 (布威海 left). Not fixed.
On this set since:

{cat_now}

{typ_now}
"""

#: The end of the eleventh round (the same as 807e59c in what it finds).
ROUND11_END = "7ec77f4"
#: The twelfth round: sets 78 and 79 were scored with the detector after one change made before they were merged
#: (names after more role words; transliterated names of four or five characters after a role word).
ROUND12 = "c40c7e1"
#: The thirteenth round: sets 80 and 81 were scored with the detector after the round's changes, all made before
#: they were merged (names after naming cues, kinds of name and 叫他; ages and titles after a role word's name;
#: transliterated runs the name model takes for names).
ROUND13 = "0e2b00f"
#: The fourteenth round: sets 82 and 83 were scored with the detector after the round's two changes, both made before
#: they were merged, both for precision (a word the tagger calls a name, and a role word's slot, need given-name
#: characters without a cue).
ROUND14 = "acab5af"
#: The fifteenth round: sets 84 and 85 were scored with the detector after the round's one change, made before they
#: were merged (an inland Tibetan or Xinjiang class inside a school phrase), and a review that changed no span.
ROUND15 = "89e4e70"
#: From the twelfth round on, no change came between a pair's scoring and the next round's first change: the end
#: of a round is the detector its pair met.
ROUND12_END, ROUND13_END, ROUND14_END = ROUND12, ROUND13, ROUND14
#: ... but after the fifteenth a review (no span changed on any set, the corpora or real text) before the next.
ROUND15_END = "d867b1d"
#: The sixteenth round: sets 86 and 87 were scored with the detector after the round's four changes, all made before
#: they were merged (a surname that is also a word before a tagged given name; nicknames that are words; a surname
#: alone before a given name and a title; names after 经名 and syllables after 叫我).
ROUND16 = "ab81ce7"
#: The seventeenth round: sets 88 and 89 were scored with the detector after the round's four changes, all made
#: before they were merged (names a form wrote with spaces after 写成; a Han name after an organisation and 的; short
#: forms of minority names found whole), with no change between the sixteenth pair's scoring and the first of them.
ROUND17 = "bdf3a9e"
ROUND16_END = ROUND16
#: The eighteenth round: sets 90 and 91 were scored with the detector after the round's three changes, all made
#: before they were merged (a chain of house-number units; a kind of people after a cue is no name; names in quotes
#: after a cue and account names).
ROUND18 = "da9d031"
ROUND17_END = ROUND17
#: The nineteenth round: sets 92 and 93 were scored with the detector after the round's two changes, both made before
#: they were merged (a works' housing compound heads an address; a surname and two given characters before a title).
ROUND19 = "ec89912"
ROUND18_END = ROUND18
#: The twentieth round: sets 94 and 95 were scored with the detector after the round's two changes, both for
#: precision and made before they were merged (an autonomous county's short name is a place; a document number's
#: office before its year is no name), and a review that changed no span.
ROUND20 = "a13cc3b"
ROUND19_END = ROUND19
#: The twenty-first round: sets 96 and 97 were scored with the detector after the round's two changes, both made
#: before they were merged (a surname + 家 + given character where the grammar says person; 才 before punctuation
#: ends a name of a surname and one given character), after a review of the twentieth that changed no span.
ROUND21 = "1854268"
ROUND20_END = ROUND20
#: The twenty-second round: sets 98 and 99 were scored with the detector after the round's three changes, all made
#: before they were merged (a compound surname alone before a title; a kin character ends a run of syllables going
#: left; a 家 name before 他们家), each for an item the twenty-first round's sets left.
ROUND22 = "90b0077"
ROUND21_END = ROUND21
#: The twenty-third round: sets 100 and 101 were scored with the detector after the round's two changes, both made
#: before they were merged (a role word the dictionary lacks ends a run of syllables going left; a house number's
#: sub-number after 之), each for an item the twenty-second round's sets left, and a review that changed no span.
ROUND23 = "34a7973"
ROUND22_END = ROUND22
#: The twenty-fourth round: sets 102 and 103 were scored with the detector after the round's two changes, both made
#: before they were merged (five common Tibetan elements join the lexicon; 图们 is a cue element and a space joins two
#: elements of one name), for items the twenty-second and twenty-third rounds' sets left.
ROUND24 = "ba42b9f"
ROUND23_END = ROUND23
#: The twenty-fifth round: sets 104 and 105 were scored with the detector of the twenty-fourth round (no detector change
#: between the rounds: a second pair measured the same detector).
ROUND25 = ROUND24
ROUND24_END = ROUND24
#: The twenty-sixth round: sets 106 and 107 were scored with the detector after the round's three changes, all made
#: before they were merged (the name model's compositions chosen by a hash of the pair; 寸, 闪 and 线 are surnames;
#: a 家和 name before 是 or 家 alone, or one jieba's dictionary holds), for names set 105 missed whole.
ROUND26 = "e42c57d"
ROUND25_END = ROUND25
#: The twenty-seventh round: sets 108 and 109 were scored with the detector of the twenty-sixth round (no detector
#: change between the rounds).
ROUND27 = ROUND26
ROUND26_END = ROUND26
#: The twenty-eighth round: sets 110 and 111 were scored with the detector of the twenty-sixth round (no detector
#: change since).
ROUND28 = ROUND26
ROUND27_END = ROUND27

#: The twenty-ninth round: sets 112 and 113 were scored with the detector after the round's two changes, both made
#: before they were merged (都 before a title is a transliterated name's last syllable; a grammar-word surname before
#: a given name and a title after a boundary is the name's), for items set 110 left in part.
ROUND29 = "f5ed36a"
ROUND28_END = ROUND28

#: The thirtieth round: sets 114 and 115 were scored with the detector after the round's seven changes, all made
#: before they were merged (a place inside an address with its own row or stall number; 家在|镇安县; 各 before a pronoun
#: ends a transliterated name; 太史; a grammar-word surname after a role noun; 少 a given-name character and no name
#: over a court party; a name the tagger makes up whole may hold a cued given character), for sets 112-113.
ROUND30 = "3632931"
ROUND29_END = ROUND29

#: The thirty-first round: sets 116 and 117 were scored with the detector after the round's changes, all made before
#: they were merged (阿訇 a title, with an imam's Hui surname and the piece before it; 请 a stop character).
ROUND31 = "9ee0552"
ROUND30_END = ROUND30

#: The thirty-second round: sets 118 and 119 were scored with the detector after the round's changes, all made before
#: they were merged (和 before 和 ends a name; a declared surname; a dotted name runs back to 叫; 阿不 behind a dot;
#: 23 minority name elements).
ROUND32 = "1537e3f"
ROUND31_END = ROUND31

#: The thirty-third round: sets 120 and 121 were scored with the detector after the round's changes, all made before
#: they were merged (a grammar-word surname said where its grammar cannot stand; 培智部 and 送教上门 in a school).
ROUND33 = "33ad426"
ROUND32_END = ROUND32

#: The thirty-fourth round: sets 122 and 123 were scored with the detector after the round's changes, all made before
#: they were merged (a works dormitory or shopfront in an address; X家 before a kin title; what a form wrote after
#: 写成; 被/把 said twice; 么 after a syllable; a name in a register read out).
ROUND34 = "e6e8d59"
ROUND33_END = ROUND33

#: The thirty-fifth round: sets 124 and 125 were scored with the detector after the round's changes, all made before
#: they were merged (a grammar word said twice ends a name; 宿舍楼 no person; 归海; a longer place inside an address).
ROUND35 = "fbd0f59"
ROUND34_END = ROUND34

#: The thirty-sixth round: sets 126 and 127 were scored with the detector after the round's change, made before they
#: were merged (各 before an adverb and 和 before a lone 总 end a name).
ROUND36 = "b633148"
ROUND35_END = ROUND35

#: The thirty-seventh round: sets 128 and 129 were scored with the detector after the round's change, made before
#: they were merged (大嫂, 大叔, 大婶, 大伯 are title forms).
ROUND37 = "2993f05"
ROUND36_END = "fd8e03d"

#: The thirty-eighth round: sets 130 and 131 were scored with the detector after the round's changes, all made before
#: they were merged (学前 before a class; what a form wrote is one name; a grammar-word surname said twice before a
#: given name).
ROUND38 = "bc3351f"
ROUND37_END = ROUND37

#: The thirty-ninth round: sets 132 and 133 were scored with the detector of the thirty-eighth round; the round made
#: no change before they were merged.
ROUND39 = "bc3351f"
ROUND38_END = ROUND38

#: The fortieth round: sets 134 and 135 were scored with the detector after the round's changes, all made before they
#: were merged (a surname in no list that starts two names; a stall at a market's gate; a register after an ordinal;
#: brothers and sisters said together; a grammar-word surname before an age or said twice around a name).
ROUND40 = "385fd18"
ROUND39_END = ROUND39

#: The forty-first round: sets 136 and 137 were scored with the detector after the round's changes, all made before
#: they were merged (a title form after 叫我/喊他; grammar-word surnames said twice around a name; a register before
#: an age alone).
ROUND41 = "79922a8"
ROUND40_END = ROUND40

#: The forty-second round: sets 138 and 139 were scored with the detector after the round's change, made before they
#: were merged (向巴 listed; a cue element starting with a grammar word gives way to a listed name inside it).
ROUND42 = "3616827"
ROUND41_END = ROUND41

#: The forty-third round: sets 140 and 141 were scored with the detector after the round's changes, all made before
#: they were merged (a whole Han name takes in no verb after it; people at work and next door are role words). The
#: round before ended at bac44ff (after 3616827: a dropped person span inside an address, 单元 in an address).
ROUND43 = "8b1634e"
ROUND42_END = "bac44ff"

#: The forty-fourth round: sets 142 and 143 were scored with the detector after the round's changes, all made before
#: they were merged (a role word is the cue for given names of cue-only characters, 有才; a likely whole Han name after
#: a role word may end before any word; the surname 冒).
ROUND44 = "4d57f6d"
ROUND43_END = ROUND43

#: The forty-fifth round: sets 144 and 145 were scored with the detector after the round's changes, all made before
#: they were merged (kin by marriage and by birth order are role words; an office said by its work and 的 is a slot).
ROUND45 = "ab008ec"
ROUND44_END = ROUND44

#: The forty-sixth round: sets 146 and 147 were scored with the detector after the round's changes, all made before
#: they were merged (a building inside an address goes straight to its room; a title form said again keeps its title).
ROUND46 = "a3d331b"
ROUND45_END = ROUND45

#: The forty-seventh round: sets 148 and 149 were scored with the detector of the forty-sixth round (no detector change
#: in the round; check_edge read spaced names and forms of address since).
ROUND47 = ROUND46
ROUND46_END = ROUND46

#: The forty-eighth round: sets 150 and 151 were scored with the detector after the round's changes, all made before
#: they were merged (那 'that' before a verb ends a name after a role word; 东智 is listed). The end of the
#: forty-seventh round is the detector with check_edge (the same spans as the forty-sixth's).
ROUND48 = "432d09a"
ROUND47_END = "32994aa"

#: The forty-ninth round: sets 152 and 153 were scored with the detector after the round's changes, all made before
#: they were merged (达赖 is listed; an address takes the room after its house number).
ROUND49 = "f21d5bf"
ROUND48_END = ROUND48

#: The fiftieth round: sets 154 and 155 were scored with the detector after the round's changes, all made before
#: they were merged (有 and 来 end a Han name; a surname before one space and a short form is the form's).
ROUND50 = "4ba96f2"
ROUND49_END = ROUND49

#: The fifty-first round: sets 156 and 157 were scored with the detector after the round's changes, all made before
#: they were merged (那 after a kin word; an annex number; the syllables before a token taken whole).
ROUND51 = "26b39c2"
ROUND50_END = ROUND50

#: The fifty-second round: sets 158 and 159 were scored with the detector after the round's changes, all made before
#: they were merged (a compound surname before a longer span; 叔孙; 地 in a place inside an address).
ROUND52 = "d1cc7bf"
ROUND51_END = ROUND51

#: The fifty-third round: sets 160 and 161 were scored with the detector after the round's changes, all made before
#: they were merged (和 before 是 ends a name).
ROUND53 = "c4dab32"
ROUND52_END = ROUND52

#: The fifty-fourth round: sets 162 and 163 were scored with the detector after the round's changes, all made before
#: they were merged (a street's section; a bare flat number after its entrance).
ROUND54 = "392a4eb"
ROUND53_END = ROUND53

#: The fifty-fifth round: sets 164 and 165 were scored with the detector after the round's changes, all made before
#: they were merged (a grammar-word surname the text has shown as a family's; an adverb or preposition before a name
#: that ends a clause). The fifty-fourth ended with review mends that changed no span.
ROUND55 = "2738b98"
ROUND54_END = "9d4f593"

#: The fifty-sixth round: sets 166 and 167 were scored with the detector after the round's changes, all made before
#: they were merged (surnames declared after any word or explained by a quoted word; given names that are words after
#: a surname the text declares or says twice; a surname the text has shown, with a title or 老/小; a word across the
#: end of a town).
ROUND56 = "445176d"
ROUND55_END = ROUND55

#: The fifty-seventh round: sets 168 and 169 were scored with the detector after the round's changes, all made before
#: they were merged (the adverbs 才, 也, 要, 还 as surnames after a role or kin word; 成 in a register's name; a dotted
#: name's sides before an age and after a kin word).
ROUND57 = "86819a3"
ROUND56_END = ROUND56

#: The fifty-eighth round: sets 170 and 171 were scored with the detector after the round's changes, all made before
#: they were merged (a yard of an estate in an address; 小 + a found name's given name; a surname before one space and
#: a religious name; a Yi clan's name + a two-character given name).
ROUND58 = "3d90d68"
ROUND57_END = ROUND57

#: The fifty-ninth round: sets 172 and 173 were scored with the detector after the round's changes, all made before
#: they were merged (向 said twice after a name; an adverb surname after any kin word; 村官; a school's surname before a
#: Yi clan name's given name).
ROUND59 = "a1e98ba"
ROUND58_END = ROUND58

#: The sixtieth round: sets 174 and 175 were scored with the detector after the round's changes, all made before
#: they were merged (a stall in a market; a name after a word for its kind glued to it; 都和 before a second 和). The
#: fifty-ninth ended with review mends that changed no span.
ROUND60 = "06c4c1b"
ROUND59_END = ROUND59

#: The sixty-first round: sets 176 and 177 were scored with the detector after the round's changes, all made before
#: they were merged (a run of syllables before a middle dot; a name with 也 said three times; two names sharing a
#: surname and a generation character; a compound surname's given name glued to a verb or into its word; 抱 as a stop
#: character; a listed minority name in each spelling of its syllables).
ROUND61 = "7af9ea8"
ROUND60_END = ROUND60

#: The sixty-second round: sets 178 and 179 were scored with the detector after the round's changes, all made before
#: they were merged (places before a street over sixteen characters; a numbered building in a village; an adverb
#: surname before a given name with a title; 点成 and other cues of a name called out).
ROUND62 = "5289006"
ROUND61_END = ROUND61

#: The sixty-third round: sets 180 and 181 were scored with the detector after the round's changes, all made before
#: they were merged (an autonomous county's name the segmenter cut; a full stop typed for a name's dot; 能 before
#: punctuation ending a name), and two review mends that changed no span.
ROUND63 = "3e43444"
ROUND62_END = ROUND62

#: The sixty-fourth round: sets 182 and 183 were scored with the detector after the round's changes, all made before
#: they were merged (a compound surname that is also a word before two given-name characters; a character and a
#: dialect word for a child after 喊他, a nickname's extent fixed; the kin words of Hubei and Hunan as titles; 可 a
#: given character a second mention allows). The sixty-third ended with a review mend that changed no span.
ROUND64 = "1056a51"
ROUND63_END = ROUND63

#: The sixty-fifth round: sets 184 and 185 were scored with the detector after the round's changes, all made before
#: they were merged (阿布都 before an adverb; a dotted name found elsewhere where a full stop stands for its dot; 以 a
#: given character after a compound surname that is no word; 操 a surname the name model learns nothing from).
ROUND65 = "43d7fca"
ROUND64_END = ROUND64

#: The sixty-sixth round: sets 186 and 187 were scored with the detector after the round's changes, all made before
#: they were merged (a school class after a grade written with its numeral alone; 又 a given character a cue or a
#: second mention allows).
ROUND66 = "3b990c5"
ROUND65_END = ROUND65

#: The sixty-seventh round: sets 188 and 189 were scored with the detector after the round's changes, all made before
#: they were merged (two names joined by a full stop with a space each side), and a review mend that changed no span.
ROUND67 = "386eea8"
ROUND66_END = ROUND66

#: The sixty-eighth round: sets 190 and 191 were scored with the detector at the end of the sixty-seventh round (a
#: special school's department for deaf or blind pupils, made after sets 188-189 were scored, and a review mend that
#: changed no span), with no change of its own before they were merged.
ROUND68 = "ee7cd80"
ROUND67_END = "cc310c2"

#: The sixty-ninth round: sets 192 and 193 were scored with the detector at the end of the sixty-eighth round (what
#: sets 190-191 left in part, fixed after they were scored), with no change of its own before they were merged.
ROUND69 = "6c80883"
ROUND68_END = ROUND69

#: The seventieth round: sets 194 and 195 were scored with the detector at the end of the sixty-ninth round (what
#: sets 192-193 left in part, fixed after they were scored, a review mend and the end-of-text guard of 1b57b9a) and
#: this round's changes before the merge, made from the spent sets only (a verb glued to 人 after a Han name, a
#: character before a middle dot, 侬 as a surname, 把 after 的 before a title, 嘉|言说 after a compound surname, a
#: chain of listed names across 巴雅尔拉 'thank you').
ROUND70 = "ce1fa69"
ROUND69_END = "1b57b9a"

#: The seventy-first round: sets 196 and 197 were scored with the detector at the end of the seventieth round (what
#: sets 194-195 left, fixed after they were scored: a typed full stop in a transliterated name, a 、 list of names,
#: 代 as a surname the model learns nothing from) and this round's change before the merge, made from the spent
#: sets only (a name's character and a kin word after a calling cue: 都喊我包姐).
ROUND71 = "b21da0f"
ROUND70_END = "f7c77f8"

#: The seventy-second round: sets 198 and 199 were scored with the detector at the end of the seventy-first round
#: (what sets 196-197 left in part, fixed after they were scored: 姨姨, a cave dwelling or stall at a number, 改成)
#: and this round's change before the merge, made from the spent sets only (forms of address: 郝二嫂, 萨大姐,
#: 温妈妈, a one-character name's form found again).
ROUND72 = "d766b11"
ROUND71_END = "2b4939e"

#: The seventy-third round: sets 200 and 201 were scored with the detector at the end of the seventy-second round
#: (what sets 198-199 missed, fixed after they were scored: forms of address with 常, 二娃, 嬢嬢, 伯伯), with no change
#: of its own before they were merged.
ROUND73 = "be63395"
ROUND72_END = ROUND73

#: The seventy-fourth round: sets 202 and 203 were scored with the detector at the end of the seventy-third round
#: (what sets 200-201 left in part, fixed after they were scored: a long transliterated name after 我叫, a hospital
#: building after a number, and a review mend that changed no span), with no change of its own before the merge.
ROUND74 = "78eb22c"
ROUND73_END = ROUND74

#: The ninetieth round: sets 234 and 235 were scored with the detector after what sets 232-233 and the spent
#: sets showed was fixed (拓 and 淡 listed, a pronoun and a bare kin character of northern speech as a role word, no
#: single characters that make a word after a name), against the detector of the eighty-ninth round.
ROUND90 = "e15edd7"

HOLDOUT234_TEXT = """**Held-out set 234 -- a blind result of the ninetieth round** (tests/pii/holdout234, {chars}
characters, no names.csv; written on branch pii-holdout234 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 235, in voices of sets 3-233 never used, in 耿马 and 临翔 (临沧, Yunnan: sugar
cane and rubber on the Burmese border, tea gardens): a Khampa Tibetan father from 德钦 who cuts cane in 孟定 and married
into a Dai family, a Hui grandmother from 沙甸 selling rice noodles, a Uyghur samsa seller from 库车, a Kazakh widow of
a Va rubber tapper, the Dai child director of a cane village, a civil-affairs clerk of 临翔, a boarding teacher and a
tea-factory foreman; merged and scored once (`{now_rev}`, the detector of the ninetieth round). The set is now spent.)
"Before" is the detector at `{rev}`, that of the eighty-ninth round: the same as `{now_rev}` on this set. Recall per
category:

{cat}

{typ}

Thirteen items of 349 left in part (ten with the detectors at the end of rounds 11 and 15, which found less, thirteen
with the detector of round 89 and with this round's): a Dai orphan's name with the surname of the 土司 of 耿马, found as
a pet name without it (罕|小龙|, nine times: 罕 was in no list), a Dai woman's name whose last syllable is 叫 'call' (|
线玉|叫, four times) and a doctor whose surname is 问 'ask' before her title (问|春梅医生|). Dai, Va and Lahu names
written as Han (玉嫩, 岩恩, 召文明, 线堆称), surnames of 临沧 that are words or rare (者春娥, 起晓燕, 自红梅, 念永红, 保
金凤, 和又琼), Hui names with a Hui surname (闪玉芹, 脱阿訇) and Kazakh names said alone (萨依玛丽, 夸尼什别克) were
missed whole. Person recall 0.601 with the detector at the end of round 11, 0.655 at the end of round 15, 0.723 with the
detector of round 89 and with this round's; precision 0.893, 0.920, 0.926 and 0.926. The pseudonym map's check_edge
marked 31 of 217 person replacements (0.143) and one of the thirteen edges of names left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT235_TEXT = """**Held-out set 235 -- a blind result of the ninetieth round** (tests/pii/holdout235, {chars}
characters, no names.csv; written on branch pii-holdout235 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 234, in voices of sets 3-233 never used, in 中阳 and 交口 (吕梁, Shanxi: a
steel works, paper-cuts, coal pits and hill villages): a Mongolian shift leader from 包头, a Yi coal miner from 美姑, a
Kazakh paper-cutter from 额敏, a Kham Tibetan mother from 道孚 widowed by a forest fire, a Han grandmother speaking Jin
dialect, the child director of a hill village, the women's-federation officer of 交口 and a relief clerk; merged and
scored once (`{now_rev}`, the detector of the ninetieth round). The set is now spent.) "Before" is the detector at
`{rev}`, that of the eighty-ninth round: the same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

No item left in part (two with the detector at the end of round 11, four at the end of round 15, none with the detector
of round 89 and with this round's). Surnames of 山西 that are words or rare (续建强, 及巧云, 亢又平, 雒海生, 降福来, 问
天成, 同小娟, 原平安), a Tibetan name of 道孚 (呷绒勒珍) and a Mongolian name said alone (乌力更达赖) were missed whole.
Person recall 0.779 with the detector at the end of round 11, 0.855 at the end of round 15, 0.877 with the detector of
round 89 and with this round's; precision 0.931, 0.944, 0.945 and 0.945. The pseudonym map's check_edge marked 30 of 256
person replacements (0.117). Over the two blind sets of the ninetieth round (234-235, 699 items) thirteen items were
left in part (1.86%), all in set 234. On this set since:

{cat_now}

{typ_now}
"""

#: The eighty-ninth round: sets 232 and 233 were scored with the detector after what sets 230-231 and the spent
#: sets showed was fixed (a listed surname standing alone before a transliterated name found elsewhere, 奇 listed, a
#: works' store after a place's number, a market stall's word), against the detector of the eighty-eighth round.
ROUND89 = "c4f5547"

HOLDOUT232_TEXT = """**Held-out set 232 -- a blind result of the eighty-ninth round** (tests/pii/holdout232, {chars}
characters, no names.csv; written on branch pii-holdout232 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 233, in voices of sets 3-231 never used, in 丘北 and 富宁 (文山, Yunnan: chili
peppers and the 普者黑 lakes, and star anise and oil-tea on the Guangxi border): a Yi grandmother in the hills of 腻脚,
a Mongolian horse leader from 科右中旗 at 普者黑, a Tibetan mother from 德钦 who peels star anise in 剥隘, a Kazakh
grandfather from 额敏 raising two orphans, the Zhuang child director of a pepper village, a civil-affairs clerk of 富宁,
a Zhuang boarding-school teacher and the Zhuang leader of a star-anise cooperative; merged and scored once (`{now_rev}`,
the detector of the eighty-ninth round). The set is now spent.) "Before" is the detector at `{rev}`, that of the
eighty-eighth round: the same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

No item left in part (three with the detectors at the end of rounds 11 and 15, none with the detector of round 88 and
with this round's). Yi short names and children's Yi names after their father's surname (曲各, 阿乃, 俄嫫, 普曲各, 者俄
嫫), surnames of 文山 that are words or rare (起建明, 么德贵, 普有才, 磨惊蛰, 自凤仙, 杞科员), 迪庆 Tibetan names after
a Zhuang surname (侬格茸, 侬永初) and a Kazakh name said alone (铁列吾别尔迪) were missed whole. Person recall 0.682
with the detector at the end of round 11, 0.715 at the end of round 15, 0.869 with the detector of round 88 and with
this round's; precision 0.913, 0.943, 0.941 and 0.941. The pseudonym map's check_edge marked 43 of 253 person
replacements (0.170). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT233_TEXT = """**Held-out set 233 -- a blind result of the eighty-ninth round** (tests/pii/holdout233, {chars}
characters, no names.csv; written on branch pii-holdout233 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 232, in voices of sets 3-231 never used, in 长武 and 淳化 (咸阳, Shaanxi: loess
tableland, coal mines, apple orchards and buckwheat noodles): a Uyghur father from 伽师 who lost a leg in a coal mine
and bakes naan, a Hui grandmother from 西吉, a Mongolian widow from 鄂托克前旗, a Yi grandfather from 昭觉 in an
orchard, the child director of an orchard village, a women's-federation officer, a relief clerk and a coal-mine shift
leader, the last three speaking Guanzhong dialect; merged and scored once (`{now_rev}`, the detector of the eighty-ninth
round). The set is now spent.) "Before" is the detector at `{rev}`, that of the eighty-eighth round: the same as
`{now_rev}` on this set. Recall per category:

{cat}

{typ}

One item of 356 left in part (two with the detectors at the end of rounds 11 and 15, one with the detector of round 88
and with this round's): a Mongolian name ending in 和 before a verb (哥哥|阿拉坦珠日|和跑运输). Surnames of 陕西 that
are words or that no model learned (拓永刚, 淡红霞, 员鹏飞, 种建平, 撖文静, 巨桂兰, 党满仓, 拜守元), a Hui surname (冶占
海), Yi names said alone (惹铁, 衣嫫) and a Uyghur name said alone (努尔赛麦) were missed whole. Person recall 0.642
with the detector at the end of round 11, 0.719 at the end of round 15, 0.807 with the detector of round 88 and with
this round's; precision 0.948, 0.958, 0.962 and 0.962. The pseudonym map's check_edge marked 33 of 239 person
replacements (0.138) and the one edge of the name left in part. Over the two blind sets of the eighty-ninth round
(232-233, 705 items) one item was left in part (0.14%). On this set since:

{cat_now}

{typ_now}
"""

#: The eighty-eighth round: sets 230 and 231 were scored with the detector after what sets 228-229 and the spent
#: sets showed was fixed (a street's corner before the house number, 那 in a name after 我叫, a village's teaching
#: point), against the detector of the eighty-seventh round.
ROUND88 = "333fdf8"

HOLDOUT230_TEXT = """**Held-out set 230 -- a blind result of the eighty-eighth round** (tests/pii/holdout230, {chars}
characters, no names.csv; written on branch pii-holdout230 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 231, in voices of sets 3-229 never used, in 平塘 and 罗甸 (黔南, Guizhou: a
karst county of a great radio telescope and resettled villages, and a county of early vegetables on the 红水河): a Yi
father from 昭觉, a Hui grandmother in 边阳镇, a Uyghur kebab seller in 克度镇, a Mongolian grandfather in 沫阳镇, the
Buyei child director of a resettlement community, a civil-affairs clerk of 罗甸, a Miao boarding-school teacher and the
Buyei leader of a vegetable cooperative; merged and scored once (`{now_rev}`, the detector of the eighty-eighth round).
The set is now spent.) "Before" is the detector at `{rev}`, that of the eighty-seventh round. Recall per category:

{cat}

{typ}

Three items of 348 left in part (seven with the detectors at the end of rounds 11 and 15, three with the detector of
round 87 and with this round's): a Mongolian name found alone, then with the surname 奇 before it (一会是奇|锡林巴特|),
a compound surname's given name whose last character starts a word (农技员|拓跋雁|回教大家: 回教 'Islam') and a cold
store after the number of a vegetable base (|罗甸县沫阳镇八吉村蔬菜基地1号|冷库). Han names with surnames that are words
or rare (犹德馨, 纳光祖, 卯金花, 潘问英, 杨光彩 after 打包的), Hui and Uyghur names said alone or as a school wrote them
(再娜拜, 纳娜拜, 伊克巴尔江), Yi short names (嘎莫, 莫莫) and a teacher before 老师 whose given name holds 再 (龙再菊)
were missed whole. Person recall 0.770 with the detector at the end of round 11, 0.810 at the end of round 15, 0.885
with the detector of round 87 and with this round's; precision 0.904, 0.920, 0.922 and 0.922. The pseudonym map's
check_edge marked 29 of 258 person replacements (0.112) and one of the two edges of names left in part. On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT231_TEXT = """**Held-out set 231 -- a blind result of the eighty-eighth round** (tests/pii/holdout231, {chars}
characters, no names.csv; written on branch pii-holdout231 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 230, in voices of sets 3-229 never used, in 乡宁 and 安泽 (临汾, Shanxi: coal
mines and loess ravines, forests, forsythia and walnuts): a Kazakh mother of a mining village, a Kham Tibetan
grandmother who picks forsythia, a Hui coal-truck driver from 西吉, a Uyghur widow of a walnut farm, a Han coal-washing
shift leader speaking Jin dialect who raises his late brother's children, the child director of the mining village, a
women's-federation officer and a relief clerk; merged and scored once (`{now_rev}`, the detector of the eighty-eighth
round). The set is now spent.) "Before" is the detector at `{rev}`, that of the eighty-seventh round: the same as
`{now_rev}` on this set. Recall per category:

{cat}

{typ}

No item left in part (four with the detectors at the end of rounds 11 and 15, none with the detector of round 87 and
with this round's). The surnames of 山西 that no model learned or that are words (郄振江 after 我男人, 雒满囤 after 俺哥
, 亢, 邸, 贠, 过, 同, 喇, 可), Uyghur names said alone (木克热姆, 买热木尼萨), a Tibetan name of 理塘 (呷绒拉初), a
Kazakh name with its dot (加勒肯·托合塔尔) and an office in a town hall (安泽县和川镇政府院内民政办104室) were missed
whole. Person recall 0.682 with the detector at the end of round 11, 0.748 at the end of round 15, 0.874 with the
detector of round 87 and with this round's; precision 0.933, 0.943, 0.940 and 0.940. The pseudonym map's check_edge
marked 44 of 266 person replacements (0.165). Over the two blind sets of the eighty-eighth round (230-231, 705 items)
three items were left in part (0.43%). On this set since:

{cat_now}

{typ_now}
"""

#: The eighty-seventh round: sets 228 and 229 were scored with the detector after what sets 226-227 showed was
#: fixed (names right after a kin or role word, a factory's numbered workshop), against the detector of the
#: eighty-sixth round.
ROUND87 = "9320919"

HOLDOUT228_TEXT = """**Held-out set 228 -- a blind result of the eighty-seventh round** (tests/pii/holdout228, {chars}
characters, no names.csv; written on branch pii-holdout228 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 229, in voices of sets 3-227 never used, in 临高 and 澄迈 (north-west Hainan:
fishing ports, puppet opera and pineapple fields, coffee and a new industrial park): a Uyghur father, a Yi grandmother,
a Kazakh mother and a Mongolian grandfather who came to work or married there, the child director of a fishing village,
a civil-affairs clerk of 澄迈, the head teacher of a school at 老城 and a line leader of the 新盈 fish plant, with Han
families speaking Lingao and Hainanese; merged and scored once (`{now_rev}`, the detector of the eighty-seventh round).
The set is now spent.) "Before" is the detector at `{rev}`, that of the eighty-sixth round. Recall per category:

{cat}

{typ}

No item left in part (eight with the detectors at the end of rounds 11 and 15, none with the detector of round 86 and
with this round's). Han names with surnames that are words and no cue (万一鸣: 万一 'in case', 云海生, 陈一诺, 曾小娥 in
a teacher's roll), a form of address with 婆 after the surname 从 (从婆), Yi names in a list (马依作, 马拉体), Mongolian
and Kazakh names after the name of the people (乌兰其布日, 库万德克) and the dormitory of a building site (老城镇开发区
南一路工地宿舍B区14间) were missed whole. Person recall 0.756 with the detector at the end of round 11, 0.804 at the end
of round 15, 0.874 with the detector of round 86 and with this round's; precision 0.932, 0.960, 0.963 and 0.963. The
pseudonym map's check_edge marked 40 of 244 person replacements (0.164). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT229_TEXT = """**Held-out set 229 -- a blind result of the eighty-seventh round** (tests/pii/holdout229, {chars}
characters, no names.csv; written on branch pii-holdout229 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 228, in voices of sets 3-227 never used, in 永善 and 绥江 (昭通, Yunnan: the 金
沙江 gorges, the 溪洛渡 dam, resettled villages and a county town rebuilt higher up): a Hui grandfather of the 茂林
hills, a Yi grandmother of 马楠 raising three orphans, a Tibetan grandmother from 德钦, a Kazakh mother from 新源
married to a Han resettler, the child director of a resettlement community, a women's-federation officer, the relief
clerk of 茂林 and a dam-maintenance team leader; merged and scored once (`{now_rev}`, the detector of the eighty-seventh
round). The set is now spent.) "Before" is the detector at `{rev}`, that of the eighty-sixth round: the same as
`{now_rev}` on this set. Recall per category:

{cat}

{typ}

One item of 356 left in part (two with the detectors at the end of rounds 11 and 15, one with the detector of round 86
and with this round's): a Yi clan name before a given name that starts with the prefix 阿 (她妈阿说|阿呷嫫|; 阿说 is in
no list). The surnames of 昭通 that no list holds or that are words (犹, 却, 卯, 拜, 纳, 撒, 者, 陇, 谯, 蹇; 税金沙,
whose given name is a place), Tibetan names of 德钦 (斯那央追, 此里品措), a Kazakh name said alone (托玛丽斯), an imam
called by his surname (速阿訇) and a house now under the reservoir (桧溪镇老街下河坝17号) were missed whole. Person
recall 0.584 with the detector at the end of round 11, 0.656 at the end of round 15, 0.771 with the detector of round 86
and with this round's; precision 0.896, 0.920, 0.926 and 0.926. The pseudonym map's check_edge marked 36 of 231 person
replacements (0.156) and not the edge left in part. Over the two blind sets of the eighty-seventh round (228-229, 696
items) one item was left in part (0.14%). On this set since:

{cat_now}

{typ_now}
"""

#: The eighty-sixth round: sets 226 and 227 were scored with the detector at the end of the eighty-fifth round
#: (what sets 224-225 showed was fixed: Yi given names holding a grammar word, the regional surnames), against the
#: detector of the eighty-fifth round.
ROUND86 = "aeec5aa"

HOLDOUT226_TEXT = """**Held-out set 226 -- a blind result of the eighty-sixth round** (tests/pii/holdout226, {chars}
characters, no names.csv; written on branch pii-holdout226 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 227, in voices of sets 3-225 never used, in 洞头 and 永嘉 (Wenzhou: an island
district of fishing boats, seaweed farms and guesthouses, and the 楠溪江 valley with clan villages and valve workshops):
a Uyghur widow of 霓屿, a Kham Tibetan grandfather in 岩头镇, a Kazakh father of 瓯北 whose hand a valve factory hurt, a
Mongolian guesthouse cleaner of 东岙 whose husband is in prison, the child director of 下社村, a bureau clerk, a class
teacher of 岩头镇 and a valve-factory workshop head, with Han families speaking Wenzhounese and Minnan; merged and
scored once (`{now_rev}`, the detector of the eighty-sixth round, the same as at the end of the eighty-fifth). The set
is now spent.) "Before" is the detector at `{rev}`, that of the eighty-fifth round: the same as `{now_rev}` on this set.
Recall per category:

{cat}

{typ}

One item of 348 left in part (five with the detectors at the end of rounds 11 and 15, one with the detector of round 85
and with this round's): a Minnan grandmother's name after 阿嬷 'grandma', whose 阿 was read as a surname (|阿嬷阮|月香).
Han names with surnames that are words or rare (万海军, 于礁生, 涂月娇 after 婆婆, 来国庆 after 他爸, 全素珍, 时一鸣, 却
少华), a Minnan nickname (虾蛄弟), a Uyghur name said alone (木开热姆), short forms (吾哥, 巴兰, 小萨) and a Tibetan
name of 道孚 (泽央拉初) were missed whole. Person recall 0.773 with the detector at the end of round 11, 0.795 at the
end of round 15, 0.878 with the detector of round 85 and with this round's; precision 0.904, 0.914, 0.917 and 0.917. The
pseudonym map's check_edge marked 28 of 266 person replacements (0.105) and not the edge left in part. On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT227_TEXT = """**Held-out set 227 -- a blind result of the eighty-sixth round** (tests/pii/holdout227, {chars}
characters, no names.csv; written on branch pii-holdout227 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 226, in voices of sets 3-225 never used, in 盐津 and 大关 (昭通, Yunnan: river
gorges and old salt wells, bamboo shoots and black goats, sky-ladder villages): a Yi grandmother of the hills, a Hui
black-goat farmer, a Uyghur mother selling at 盐井镇, a Tibetan grandfather from 德钦, the Han child director of a high
village, a women's-federation officer, a relief clerk and a bamboo-processing plant foreman; merged and scored once
(`{now_rev}`, the detector of the eighty-sixth round). The set is now spent.) "Before" is the detector at `{rev}`, that
of the eighty-fifth round: the same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

One item of 358 left in part (two and three with the detectors at the end of rounds 11 and 15, one with the detector of
round 85 and with this round's): a Yi man's Han name before a word its last character starts (他儿子|禄文|才能吃苦: 才能
'ability'). Han names with surnames that are words (撒, 万, 纳, 冉, 母, 幸, 时, 安, 宁: 宁可心, 幸福来), a Hui name with
马 and no cue (马国骥), Yi short names (者且) and forms of address (禄大爹, 卯孃孃, 布爷), Tibetan names of 德钦 (此尔,
斯那此里) and a factory's workshop in a town (大关县翠华镇工业园区竹笋加工厂3号车间) were missed whole. Person recall
0.664 with the detector at the end of round 11, 0.696 at the end of round 15, 0.820 with the detector of round 85 and
with this round's; precision 0.926, 0.938, 0.947 and 0.947. The pseudonym map's check_edge marked 41 of 245 person
replacements (0.167) and the edge left in part. Over the two blind sets of the eighty-sixth round (226-227, 706 items)
two items were left in part (0.28%). On this set since:

{cat_now}

{typ_now}
"""

#: The eighty-fifth round: sets 224 and 225 were scored with the detector after what sets 222-223 showed was
#: fixed (the surname 税, 村小 before a grade), against the detector of the eighty-fourth round.
ROUND85 = "c47053f"

HOLDOUT224_TEXT = """**Held-out set 224 -- a blind result of the eighty-fifth round** (tests/pii/holdout224, {chars}
characters, no names.csv; written on branch pii-holdout224 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 225, in voices of sets 3-223 never used, in 马边 and 峨边 (two Yi autonomous
counties of steep valleys: tea gardens and a phosphate works, a logging county turned to forest guarding): a Yi
grandmother of the tea gardens above 苏坝, a Tibetan embroiderer from 道孚 in 沙坪, a Hui jerky seller from 鲁甸 in 民建
镇, a Mongolian grandfather from 陈巴尔虎旗 who came to the logging works, the Yi child director of a high village, a
bureau clerk, a boarding-school teacher of 高卓营 and a phosphate-works shift leader; merged and scored once
(`{now_rev}`, the detector of the eighty-fifth round). The set is now spent.) "Before" is the detector at `{rev}`, that
of the eighty-fourth round. Recall per category:

{cat}

{typ}

Four items of 352 left in part (ten with the detectors at the end of rounds 11 and 15, four with the detector of round
84 and with this round's): Yi names whose last syllable is a grammar word, cut before it (|沙马|有格 twice, spaced |沙
马|　有　格; 大伯|吉克尔|都过). Yi names said alone or as short forms (么且, 佐且, 乌且, 沙甲, 惹机, 阿修), Han names
with surnames that are words (从, 同, 来, 犹, 问, 便, 何) and a Tibetan name of 道孚 (洛让泽批) were missed whole.
Person recall 0.616 with the detector at the end of round 11, 0.701 at the end of round 15, 0.778 with the detector of
round 84 and with this round's; precision 0.867, 0.893, 0.898 and 0.891 (税, a surname of this round's detector, said
alone after 姓 is replaced, as every surname is there). The pseudonym map's check_edge marked 38 of 248 person
replacements (0.153) and three of the four edges left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT225_TEXT = """**Held-out set 225 -- a blind result of the eighty-fifth round** (tests/pii/holdout225, {chars}
characters, no names.csv; written on branch pii-holdout225 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 224, in voices of sets 3-223 never used, in 屯昌 and 定安 (Hainan: rubber and
betel-nut plantations, black pigs, an old county town on the 南渡江): a Uyghur father from 伽师 hurt on the way to 枫木
镇, a Kazakh mother from 额敏 married to a pepper farmer of 黄竹镇, a Hui beef seller from 同心 at the 定城镇 market, a
Yi widow from 昭觉 of a Li tapper in 南坤镇, the Han child director of 加买村 speaking Hainanese-coloured Mandarin, a
women's-federation officer, a relief clerk and a tapping-team leader of 中建农场; merged and scored once (`{now_rev}`,
the detector of the eighty-fifth round). The set is now spent.) "Before" is the detector at `{rev}`, that of the
eighty-fourth round: the same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

Three items of 353 left in part (six and seven with the detectors at the end of rounds 11 and 15, three with the
detector of round 84 and with this round's): a market stall's 铺 after its number (|屯昌县屯城镇昌盛路菜市场东门12号|铺
), a Yi name whose last syllable is a grammar word (嫂子|沙马尔|各) and a Han name before a word its last character
starts (躲在|林瑞|生猪场里: 生猪 'pigs'). Hainanese Han names with 符, 云 and 和 and no cue (符南海, 符合群, 和妹仔),
Hui names with 虎 (虎占鳌, 虎老哥) and a stall of a market's Hui beef counter were missed whole. Person recall 0.769
with the detector at the end of round 11, 0.827 at the end of round 15, 0.906 with the detector of round 84 and with
this round's; precision 0.914, 0.942, 0.940 and 0.940. The pseudonym map's check_edge marked 40 of 266 person
replacements (0.150) and both edges left in part. Over the two blind sets of the eighty-fifth round (224-225, 705 items)
seven items were left in part (0.99%). On this set since:

{cat_now}

{typ_now}
"""

#: The eighty-fourth round: sets 222 and 223 were scored with the detector after the round's three changes, all
#: made before the merge from the spent sets only (four surnames of 陕西 and 山西, the kin words of Wu, Min and
#: Cantonese after a surname, a given character + 囡/囝), against the end of the eighty-third round (what sets
#: 220-221 left in part, fixed after they were scored).
ROUND84 = "25f64b1"
ROUND83_END = "7b88323"

HOLDOUT222_TEXT = """**Held-out set 222 -- a blind result of the eighty-fourth round** (tests/pii/holdout222, {chars}
characters, no names.csv; written on branch pii-holdout222 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 223, in voices of sets 3-221 never used, in 巧家 and 彝良 (the Jinsha River
gorge and the 白鹤滩 dam's resettlement estates, gastrodia and bamboo shoots): a Hui grandmother from 鲁甸 married into
洛泽河, a Nuosu Yi father from 布拖 who built the dam, a Khampa Tibetan mother from 奔子栏 whose husband fell at the dam
site, a Kazakh aunt from 富蕴 in 小草坝, the Miao child director of the estate, a Hui officer for orphans, the clerk of
a disability federation and a bamboo-shoot dealer; merged and scored once (`{now_rev}`, the detector of the
eighty-fourth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the eighty-third round: the
same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

One item of 355 left in part (six with the detectors at the end of rounds 11 and 15, one with the end of round 83 and
with this round's): a Tibetan name of 德钦 whose first element no list holds (吹称|卓嘎|). Han and Hui names with the
surnames of 昭通 that no list holds or that are words (拜, 撒, 保, 字, 禄, 种, 税, 脱, 黑, 纳) and one of the rare list
said with no cue (卯春艳) were missed whole, with Yi and Tibetan forms said alone (吉称, 称娃, 沙则, 哈嫫). Person
recall 0.631 with the detector at the end of round 11, 0.677 at the end of round 15, 0.798 at the end of round 83 and
with this round's; precision 0.918, 0.923, 0.933 and 0.933. The pseudonym map's check_edge marked 26 of 240 person
replacements (0.108), not the one edge left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT223_TEXT = """**Held-out set 223 -- a blind result of the eighty-fourth round** (tests/pii/holdout223, {chars}
characters, no names.csv; written on branch pii-holdout223 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 222, in voices of sets 3-221 never used, in 珙县 and 筠连 (hanging coffins on
cliffs, tea hills and small coal pits), in their Sichuan speech: a Yi miner from 美姑 who lost a leg in 巡场, a Uyghur
tea-picker from 阿瓦提 in 沐爱镇, a Mongolian grandmother from 科尔沁 in 洛表镇, a Kham Tibetan grandfather from 炉霍 in
a tea village of 高坪, the Miao child director of that village, a women's-federation officer, a social worker of 沐爱镇
and a boarding school's dormitory keeper; merged and scored once (`{now_rev}`, the detector of the eighty-fourth round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the eighty-third round: the same as `{now_rev}`
on this set. Recall per category:

{cat}

{typ}

One item of 352 left in part (four with the detectors at the end of rounds 11 and 15, one with the end of round 83 and
with this round's): a Yi name of two syllables, the first a particle, before a kin word (都喊我么|哈哥|). Han names with
the surnames of 宜宾 that are words (税: eight mentions; 苟, 卿, 帅, 易, 母) and Yi and Tibetan
names said alone (俄木子且, 格妞, 洛绒向秋) were missed whole. Person recall 0.726 with the detector at the end of round
11, 0.774 at the end of round 15, 0.880 at the end of round 83 and with this round's; precision 0.888, 0.922, 0.930 and
0.930. The pseudonym map's check_edge marked 28 of 258 person replacements (0.109), not the one edge left in part. Over
the two blind sets of the eighty-fourth round (222-223, 707 items) two items were left in part (0.28%). On this set
since:

{cat_now}

{typ_now}
"""

#: The eighty-third round: sets 220 and 221 were scored with the detector after the round's one change, made
#: before the merge from the spent sets only (a twin's name the tagger cut before its last character: 付嘉|怡和|付嘉乐),
#: against the end of the eighty-second round.
ROUND83 = "f7b9fbd"
ROUND82_END = "88538e9"

HOLDOUT220_TEXT = """**Held-out set 220 -- a blind result of the eighty-third round** (tests/pii/holdout220, {chars}
characters, no names.csv; written on branch pii-holdout220 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 221, in voices of sets 3-219 never used, in 泰顺 and 松阳 (covered wooden
bridges and tea, old clan villages on terraced hills): a Uyghur naan seller from 伽师 under a covered bridge of 泗溪, a
Khampa Tibetan grandfather from 理塘 in 古市, a Yi tea-sorter from 美姑 in 新兴, a Mongolian wife from 乌拉特中旗 of a
仕阳 bridge carpenter, the She child director of a hill village of 竹里, the county bureau's assistant for children in
distress, a doctor of the 仕阳 health centre and the Han foreman of the tea factory; merged and scored once
(`{now_rev}`, the detector of the eighty-third round). The set is now spent.) "Before" is the detector at `{rev}`, the
end of the eighty-second round: the same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

Nine items of 350 left in part (eight with the detectors at the end of rounds 11 and 15, nine with the end of round 82
and with this round's): a Uyghur name whose dot was typed as a full stop, only its second half found, written plain and
spaced (居来提江.|卡哈尔江|, 居 来 提 江 . |卡 哈 尔 江|), a Mongolian name with 那 'that' for a middle syllable (|苏德|
那|木敖斯尔|), a Tibetan name before 爷爷 (泽郎向|秋爷爷|), a Yi name holding 有 'have' (|莫色|有格), a Yi clan name
before a Han given name, twice (迪惹|小龙|), a back room after a house number (|松阳县古市镇下河街39号|后屋) and a
village school whose name ends in 里 (竹里|中心小学六（2）班|). Han names with surnames that are words (却, 来, 时), She
names (雷法七郎, 蓝得寿), the pet names of 温州 (晴囡, 溪囝, 雨囡), X阿婆 and Yi names said alone (布作, 阿多, 石一)
were missed whole. Person recall 0.776 with the detector at the end of round 11, 0.786 at the end of round 15, 0.836 at
the end of round 82 and with this round's; precision 0.928, 0.949, 0.952 and 0.952. The pseudonym map's check_edge
marked 31 of 248 person replacements (0.125) and three of the eight edges left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT221_TEXT = """**Held-out set 221 -- a blind result of the eighty-third round** (tests/pii/holdout221, {chars}
characters, no names.csv; written on branch pii-holdout221 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 220, in voices of sets 3-219 never used, in 佳县 and 大宁 (red dates, a cliff
temple above the Yellow River, cave houses in loess gullies): a Uyghur bun seller from 阿图什 below 香炉寺, a Hui
mutton-shop grandfather from 同心 in 昕水镇, a Mongolian grandmother from 乌审旗 in a gully village of 朱家坬, a Kazakh
widow from 新源 in a cave house of 三多乡, the Han child director of that village, a women's-federation officer, the
relief clerk of 佳芦镇 and a head teacher; merged and scored once (`{now_rev}`, the detector of the eighty-third round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the eighty-second round: the same as `{now_rev}`
on this set. Recall per category:

{cat}

{typ}

Seven items of 351 left in part (eleven with the detectors at the end of rounds 11 and 15, seven with the end of round
82 and with this round's): six addresses of cave-house villages and a county town cut before what follows the village
group or the street number, a clan's hamlet (|佳县朱家坬镇后沟村二组|冯家窑3号, |后沟村三组|来家硷畔11号) or an office
and its floor (|大宁县昕水镇政府街18号|妇联二楼), and a Mongolian name with 那 for a syllable again (|乌日图|那生). Han
names with the surnames of 陕北 and 晋南 that no list holds or that are words (拓, 折, 续, 畅, 雒, 贠, 门, 来) and two
listed ones said with no cue (过海旺, 虎长山) were missed whole. Person recall 0.736 with the detector at the end of
round 11, 0.772 at the end of round 15, 0.833 at the end of round 82 and with this round's; precision 0.971, 0.977,
0.970 and 0.970. The pseudonym map's check_edge marked 30 of 237 person replacements (0.127) and the one edge of a name
left in part. Over the two blind sets of the eighty-third round (220-221, 701 items) sixteen items were left in part
(2.28%), more than any round from the thirteenth on (the sixty-seventh left fifteen). On this set since:

{cat_now}

{typ_now}
"""

#: The eighty-second round: sets 218 and 219 were scored with the detector after the round's three changes, all
#: made before the merge from the spent sets only (46 rare surnames from the chinese-surnames list, a WeChat id after
#: 号是 further on the cue's line, forms of address made of 小/老 and a transliterated name found whole), against the
#: end of the eighty-first round (what sets 216-217 left in part, fixed after they were scored).
ROUND82 = "f1824e4"
ROUND81_END = "7aaf714"

HOLDOUT218_TEXT = """**Held-out set 218 -- a blind result of the eighty-second round** (tests/pii/holdout218, {chars}
characters, no names.csv; written on branch pii-holdout218 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 219, in voices of sets 3-217 never used, in 施秉 and 黄平 (a karst gorge of fir
trees and rafting, an old walled river town, Gejia batik): a Yi mother from 昭觉 carrying bricks in 杨柳塘 while her
Miao husband serves his sentence, a Hui noodle-shop grandfather from 西吉 in 旧州, a Mongolian widow from 乌审旗 at an
inn on the 舞阳河, a Uyghur naan baker from 疏附, the Miao child director of a village of 牛大场, a clerk for children
without carers, a welfare officer of 重安 among Gejia families and the dispatcher of a rafting company; merged and
scored once (`{now_rev}`, the detector of the eighty-second round). The set is now spent.) "Before" is the detector at
`{rev}`, the end of the eighty-first round. Recall per category:

{cat}

{typ}

One item of 356 left in part (six with the detectors at the end of rounds 11 and 15, one with the end of round 81 and
with this round's): a school whose name holds 上, cut there (|杨柳塘镇屯|上|小学二年级（4）班|). Han names with surnames
that are words or rare (将, 滚, 过, 谈, 粟) or with a given character before the same word (邰再芬再忙, 龙又春又), Yi
names said alone (沙呷, 约铁, 木体) and pet names (春嬢, 四川嫂, 老朝) were missed whole. Person recall 0.800 with the
detector at the end of round 11, 0.847 at the end of round 15, 0.895 at the end of round 81 and 0.902 with this round's;
precision 0.932, 0.940, 0.939 and 0.939. The pseudonym map's check_edge marked 35 of 264 person replacements (0.133). On
this set since:

{cat_now}

{typ_now}
"""

HOLDOUT219_TEXT = """**Held-out set 219 -- a blind result of the eighty-second round** (tests/pii/holdout219, {chars}
characters, no names.csv; written on branch pii-holdout219 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 218, in voices of sets 3-217 never used, in 双柏 and 姚安 (the Yi tiger dance,
an ape reserve, an old walled town, garlic fields): a Nuosu Yi mother from 昭觉 in a Lolopo village of 法脿 whose
husband fell tapping pine resin, a Tibetan grandmother from 德钦 in 光禄 whose son-in-law is in prison, a Kazakh lorry
driver from 木垒 nursing his Han wife after a stroke, a Hui widow from 西吉 in 妥甸, the Yi child director of a village
of 法脿, a social-work station worker, a women's-federation clerk and a village-school teacher; merged and scored once
(`{now_rev}`, the detector of the eighty-second round). The set is now spent.) "Before" is the detector at `{rev}`, the
end of the eighty-first round: the same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

Five items of 348 left in part (nine with the detectors at the end of rounds 11 and 15, five with the end of round 81
and with this round's): Tibetan names of 德钦 cut inside (|鲁茸品|初, 斯那|翁青|, spaced 斯 那 |翁 青写|), a Hui surname
no list holds before a full-width space (纳　|艾优布|) and a Han name whose surname and first given character make a
word (飞雪|梅老师). Recall is the weakest of any recent set: the Han and Yi families of 楚雄 have surnames no list holds
or that are words (矣, 起, 能, 钏, 普, 沐, 苴, 字, 茶, 飞; 杞 in a name said with no cue), so that 矣晓菊 after 户口上叫
and 起凤仙 said five times were missed whole, with Yi and Tibetan names said alone (伍铁, 追玛, 七林都吉). Person recall
0.420 with the detector at the end of round 11, 0.482 at the end of round 15, 0.624 at the end of round 81 and with this
round's; precision 0.868, 0.938, 0.945 and 0.945. The pseudonym map's check_edge marked 43 of 181 person replacements
(0.238) and three of the five edges left in part. Over the two blind sets of the eighty-second round (218-219, 704
items) six items were left in part (0.85%). On this set since:

{cat_now}

{typ_now}
"""

#: The eighty-first round: sets 216 and 217 were scored with the detector after the round's two changes, both
#: made before the merge from the spent sets only (a surname before every mention of a given name: 过|玉珠 … 过|玉珠;
#: a place in a county or town with a numbered building, floor, works or shed after it: 厂区门卫室北侧2号).
ROUND81 = "8ca7b14"
ROUND80_END = "92c58c1"

HOLDOUT216_TEXT = """**Held-out set 216 -- a blind result of the eighty-first round** (tests/pii/holdout216, {chars}
characters, no names.csv; written on branch pii-holdout216 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 217, in voices of sets 3-215 never used, in 松溪 and 周宁 (pine-river ferries,
wooden-arch bridges, waterfalls, carp ponds and mushroom sheds): a Kham Tibetan mother from 理塘 in a wheelchair since a
fall on a tea slope of 郑墩, a Uyghur naan baker from 伽师, a Hui grandmother from 同心 selling 油香 in 松源, a
Mongolian mother from 乌审旗 in the mushroom sheds of 咸村, the She child director of a village of 礼门, a
social-assistance clerk, a women's-federation officer of 浦源 and the bookkeeper of a mushroom cooperative; merged and
scored once (`{now_rev}`, the detector of the eighty-first round). The set is now spent.) "Before" is the detector at
`{rev}`, the end of the eightieth round: the same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

No item of 355 left in part (two with the detectors at the end of rounds 11 and 15, none with the one the eightieth
round met). Recall is the weak side: Han names with surnames that are grammar words or Hui surnames (从玉兰 said five
times, 缪又晴 before 又, 海占林, 暨美兰, 撒正海) and short or pet forms of non-Han names (小扎提, 林花, 拜旦, 再乃普
before 再苦) were missed whole. Person recall 0.780 with the detector at the end of round 11, 0.843 at the end of round
15, 0.885 with the one round 80 met and with this round's; precision 0.911, 0.927, 0.930 and 0.930. The pseudonym map's
check_edge marked 38 of 273 person replacements (0.139). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT217_TEXT = """**Held-out set 217 -- a blind result of the eighty-first round** (tests/pii/holdout217, {chars}
characters, no names.csv; written on branch pii-holdout217 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 216, in voices of sets 3-215 never used, in 隰县 and 汾西 (loess gullies, pear
orchards, coal pits and millet terraces): a Yi father from 美姑 who lost a leg in a pit of 和平镇, a Kazakh widow from
新源 on a pear farm of 阳头升 whose deaf son got a cochlear implant, a Uyghur naan baker from 墨玉, an Amdo Tibetan
mother from 若尔盖 on the terraces of 勍香 whose husband is in prison, the child director of a gully village, a
social-work station worker, a disability-federation clerk and a head teacher; merged and scored once (`{now_rev}`, the
detector of the eighty-first round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
eightieth round: the same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

Three items of 351 left in part (five with the detectors at the end of rounds 11 and 15, three with the one the
eightieth round met): a Yi girl's name after her clan name, cut at 说 'say' (女子瓦扎|说嫫), a Uyghur name with a full
stop typed for the dot whose second half starts with no listed syllable (阿不都赛米|.|司迪克), and a special school's
class after its department for deaf pupils (|临汾市特殊教育学校|聋部一年级（2）班), all taken whole since. Han names
with surnames of the region no list held (续晨曦 said six times, 畅, 雒, 介, 撖, 琚) or that are words (乔满囤, 相, 来,
弓), Yi pet forms (老瓦, 依妞) and a WeChat id after 是 were missed whole. Person recall 0.752 with the detector at the
end of round 11, 0.781 at the end of round 15, 0.831 with the one round 80 met and with this round's; precision 0.913,
0.932, 0.935 and 0.935. The pseudonym map's check_edge marked 31 of 248 person replacements (0.125) and none of the
three edges left in part. Over the two blind sets of the eighty-first round (216-217, 706 items) three items were left
in part (0.42%). On this set since:

{cat_now}

{typ_now}
"""

#: The eightieth round: sets 214 and 215 were scored with the detector at the end of the seventy-ninth round (what
#: sets 212-213 left in part or missed, fixed after they were scored: names of birth order, a stop character that
#: starts listed names, 的是 before a WeChat id, and a faster look-up of role words that changed no span), with no
#: change of its own before the merge.
ROUND80 = "13976d5"
ROUND79_END = ROUND80

HOLDOUT214_TEXT = """**Held-out set 214 -- a blind result of the eightieth round** (tests/pii/holdout214, {chars}
characters, no names.csv; written on branch pii-holdout214 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 215, in voices of sets 3-213 never used, in 遂昌 and 开化 (an old gold mine,
bamboo shoots and tea terraces, the source of the 钱塘江): a Uyghur naan seller in 遂昌, a Yi grandfather in 华埠, a
Tibetan mother from 德格 in a She village, a Kazakh tea-factory worker in 苏庄, the She child director of a mountain
village, an orphan-relief officer, a cadre for left-behind children in 马金 and a bamboo-factory supervisor in 大柘;
merged and scored once (`{now_rev}`, the detector of the eightieth round). The set is now spent.) "Before" is the
detector at `{rev}`, the end of the seventy-ninth round: the same as `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 356 left in part (eight and seven with the detectors at the end of rounds 11 and 15, none with the one the
seventy-ninth round met). Two addresses were missed whole (厂区门卫室北侧2号, 民政大楼4楼412室), and Han names with
surnames that are words or rare (应, 占) and no cue. Person recall 0.822 with the detector at the end of round 11, 0.853
at the end of round 15, 0.895 with the one round 79 met and with this round's; precision 0.891, 0.914, 0.924 and 0.924.
The pseudonym map's check_edge marked 24 of 277 person replacements (0.087). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT215_TEXT = """**Held-out set 215 -- a blind result of the eightieth round** (tests/pii/holdout215, {chars}
characters, no names.csv; written on branch pii-holdout215 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 214, in voices of sets 3-213 never used, in 宁武 and 岢岚 (alpine lakes, an ice
cave, coal mines, sheep flocks and potato fields): a Hui coal miner from 西吉 crippled at 阳方口, a Yi mother from 昭觉
at a lake-side guesthouse of 马营海, a Mongolian shepherd from 乌审旗 in 王家岔, a Kazakh sheep veterinarian from 新源,
the child director of a village near the ice cave, a civil-affairs assistant, an auditor of the relief fund and a
boarding-school nurse; merged and scored once (`{now_rev}`, the detector of the eightieth round). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the seventy-ninth round: the same as `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 349 left in part (three and four with the detectors at the end of rounds 11 and 15, none with the one the
seventy-ninth round met). Two addresses were missed whole (后沟村东头2号院, 绒毛市场后院6号, both found since), a WeChat
id after 叫, and Han names with surnames that are words (要, 降, 渠, 和) or a name of birth order the dictionary has as
a number phrase (霍二柱, found since). Person recall 0.755 with the detector at the end of round 11, 0.780 at the end of
round 15, 0.859 with the one round 79 met and with this round's; precision 0.913, 0.931, 0.941 and 0.941. The pseudonym
map's check_edge marked 37 of 253 person replacements (0.146). Over the two blind sets of the eightieth round (214-215,
705 items) no item was left in part, the first round with none. On this set since:

{cat_now}

{typ_now}
"""

#: The seventy-ninth round: sets 212 and 213 were scored with the detector at the end of the seventy-eighth round
#: (what sets 210-211 left in part or missed, fixed after they were scored: addresses of dormitories, rows and bare
#: flats, the second half of a name written in two, the surnames 禤, 牙 and 杞, a Han name glued to the kin word
#: before it), with no change of its own before the merge.
ROUND79 = "ab01858"
ROUND78_END = ROUND79

HOLDOUT212_TEXT = """**Held-out set 212 -- a blind result of the seventy-ninth round** (tests/pii/holdout212, {chars}
characters, no names.csv; written on branch pii-holdout212 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 213, in voices of sets 3-211 never used, in 偏关 and 河曲 (the Yellow River
counties of the old 走西口 road, 山曲 singers and coal trucks): a Mongolian grandmother from 准格尔旗 who married across
the river, a Hui truck driver from 海原, a Uyghur naan baker from 伊宁 in 新关镇, a Kazakh mother from 特克斯 in 文笔镇,
the child director of a river-bend village, a social-assistance officer, a household-registration officer of a police
station and a rehabilitation therapist; merged and scored once (`{now_rev}`, the detector of the seventy-ninth round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventy-eighth round: the same as
`{now_rev}`, which changed nothing before the merge. Recall per category:

{cat}

{typ}

One item of 353 left in part (two with the detectors at the end of rounds 11 and 15, one with the one the seventy-eighth
round met): a Mongolian name whose first syllable is 'that' before a title (他叫我那|木吉姐|), taken whole since. Recall
is the weak side: the surnames of the loess north-west (折, 弓, 智, 燕, 禹, 锁, 妥) and names of birth order (霍三虎, 秦
二女: a surname, a numeral and a given character, found since) were missed whole, and two WeChat ids after 我的是.
Person recall 0.698 with the detector at the end of round 11, 0.765 at the end of round 15, 0.843 with the one round 78
met, 0.847 with this round's; precision 0.934, 0.935, 0.940 and 0.941. The pseudonym map's check_edge marked 32 of 253
person replacements (0.126) and the edge of the name left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT213_TEXT = """**Held-out set 213 -- a blind result of the seventy-ninth round** (tests/pii/holdout213, {chars}
characters, no names.csv; written on branch pii-holdout213 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 212, in voices of sets 3-211 never used, in 子洲 and 清涧 (loess hills, jujube
orchards, astragalus fields, stone-slab cave dwellings), in 陕北 Mandarin (这搭, 言传, 黑地, 他大 'his father'): a Yi
mother from 美姑 in 苗家坪, a Tibetan grandfather from 天祝 in 折家坪, a Mongolian mother from 乌审旗 in an astragalus
plant of 双湖峪, a Hui grandmother from 同心 in 宽州, the child director of 杏树墕, a civil-affairs assistant, an
officer of the disabled persons' federation and a rural head teacher; merged and scored once (`{now_rev}`, the detector
of the seventy-ninth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventy-eighth
round: the same as `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 358 left in part (two with the detectors at the end of rounds 11 and 15, one with the one the seventy-eighth
round met): the surname 时 'time, when' after the 陕北 word for father (他大时|满堂|出去打工), still left. Recall is the
weak side: surnames that are words or rare (折, 拓, 同, 从, 延, 黑, 锁) with no cue, names of birth order (贺二牛, found
since) and forms spaced out with full-width spaces (折　枣　花) were missed whole. Person recall 0.693 with the detector
at the end of round 11, 0.731 at the end of round 15, 0.795 with the one round 78 met and with this round's; precision
0.912, 0.924, 0.896 and 0.896. The pseudonym map's check_edge marked 20 of 251 person replacements (0.080) and the edge
of the name left in part. Over the two blind sets of the seventy-ninth round (212-213, 711 items) two items were left in
part (0.28%). On this set since:

{cat_now}

{typ_now}
"""

#: The seventy-eighth round: sets 210 and 211 were scored with the detector at the end of the seventy-seventh round
#: (a review mend that changed no span) and this round's change before the merge, made from the spent sets only (a
#: grammar-word surname the grammar step found attests the family at the name's other mentions: 。还|淑珍说 after
#: 儿童主任还淑珍).
ROUND78 = "82fb641"
ROUND77_END = "5426a6f"

HOLDOUT210_TEXT = """**Held-out set 210 -- a blind result of the seventy-eighth round** (tests/pii/holdout210, {chars}
characters, no names.csv; written on branch pii-holdout210 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 211, in voices of sets 3-209 never used, in 柘荣 and 屏南 (white-tea gardens,
medicinal herbs, covered wooden bridges): a Yi father from 布拖 on a 太子参 farm, a Kham Tibetan grandmother from 理塘
in 双溪, a Hui mother from 西吉 cutting paper in 富溪, a Kazakh grandfather from 特克斯 leading tourists' horses on 鸳鸯
草场, the She child director of a village of 宅中, a child-welfare officer, a family-planning and health worker and the
bookkeeper of a white-tea cooperative; merged and scored once (`{now_rev}`, the detector of the seventy-eighth round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventy-seventh round: the same as
`{now_rev}` on this set. Recall per category:

{cat}

{typ}

One item of 358 left in part (two with the detectors at the end of rounds 11 and 15, one with the one the
seventy-seventh round met): the second half of a Yi name a form wrote in two with a space, found nowhere whole in that
transcript (还有把|吉勒| 依惹写成两截的), taken whole since. Four addresses were missed whole, a dormitory's house, a
row of it by its side, a resettlement block and a building's bare flat (职工宿舍3号, 宿舍东排6号, 安置房3幢201, 基地2号
楼105), all found since. Person recall 0.807 with the detector at the end of round 11, 0.834 at the end of round 15,
0.886 with the one round 77 met and with this round's; precision 0.914, 0.931, 0.928 and 0.928. The pseudonym map's
check_edge marked 34 of 277 person replacements (0.123) and the edge of the name left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT211_TEXT = """**Held-out set 211 -- a blind result of the seventy-eighth round** (tests/pii/holdout211, {chars}
characters, no names.csv; written on branch pii-holdout211 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 210, in voices of sets 3-209 never used, in 册亨 and 西畴 (Buyei brocade,
oil-tea, river-valley bananas, terraced fields built from stone slopes): a Uyghur naan baker from 伊宁 in 者楼, a
Mongolian mother from 乌审旗 in a Zhuang village of 兴街, a Yi mother from 昭觉 in 岩架, a Tibetan grandfather from 德钦
in a Yao village, the Buyei child director of a hillside village, a township social-assistance officer, a cadre of the
women's federation and the dormitory matron of a boarding school; merged and scored once (`{now_rev}`, the detector of
the seventy-eighth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventy-seventh
round: the same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

No item of 349 left in part (four with the detectors at the end of rounds 11 and 15, none with the one the
seventy-seventh round met). Recall is the weak side: Zhuang, Buyei, Yao and Yi surnames no list holds or that are words
(磨, 牙, 禤, 杞, 者, 却, 他; 侬 without a cue) and pet names (老玉, 小朝, 三七崽) were missed whole, and a WeChat id
after a colon (微信是我的：…), found since. Person recall 0.705 with the detector at the end of round 11, 0.737 at the
end of round 15, 0.777 with the one round 77 met and with this round's; precision 0.921, 0.928, 0.923 and 0.923. The
pseudonym map's check_edge marked 31 of 234 person replacements (0.132). Over the two blind sets of the seventy-eighth
round (210-211, 707 items) one item was left in part (0.14%). On this set since:

{cat_now}

{typ_now}
"""

#: The seventy-seventh round: sets 208 and 209 were scored with the detector at the end of the seventy-sixth round
#: (what sets 206-207 left in part or missed, fixed after they were scored: a typed full stop before a name found
#: nowhere else, a given name the tagger reads as a place, the surname 蹇) and this round's change before the merge,
#: made from the spent sets only (a whole Han name grows over no verb after it: 宦永平|开着).
ROUND77 = "c3a05da"
ROUND76_END = "234b46d"

HOLDOUT208_TEXT = """**Held-out set 208 -- a blind result of the seventy-seventh round** (tests/pii/holdout208, {chars}
characters, no names.csv; written on branch pii-holdout208 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 209, in voices of sets 3-207 never used, in 漳浦 and 德化 (flower-and-tree
nurseries, oyster rafts, porcelain kilns): a Uyghur father from 伽师 grafting trees in 官浔, a Yi grandmother from 布拖
in 浔中, a Mongolian mother from 乌审旗 shucking oysters in 六鳌, a Kham Tibetan painter of porcelain figures from 理塘
in 龙浔, the child director of a fishing village, a civil-affairs relief officer, a township mediator and a
porcelain-factory trade-union worker; merged and scored once (`{now_rev}`, the detector of the seventy-seventh
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventy-sixth round: the same as
`{now_rev}` on this set. Recall per category:

{cat}

{typ}

Three items of 354 left in part (six with the detectors at the end of rounds 11 and 15, three with the one the
seventy-sixth round met): the surname 过 'to pass' before a given name, after a comma and after 看见 'saw', where it
is also the aspect marker (第四户，过|玉珠|过了年, 我看见过|玉珠|家), and a compound surname whose given name ends in 和
'and' before a verb (律师|司马清|和帮着写); 和 before a verb with 着 ends the name since, 过 is still left. Person
recall 0.841 with the detector at the end of round 11, 0.855 at the end of round 15, 0.922 with the one round 76 met
and with this round's; precision 0.919, 0.924, 0.926 and 0.926. The pseudonym map's check_edge marked 34 of 282
person replacements (0.121) and one of the three edges of the names left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT209_TEXT = """**Held-out set 209 -- a blind result of the seventy-seventh round** (tests/pii/holdout209, {chars}
characters, no names.csv; written on branch pii-holdout209 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 208, in voices of sets 3-207 never used, in 关岭 and 贞丰 (a waterfall gorge
and cattle markets, sugarcane and a Buyei old town): a Hui cattle dealer from 同心, a Kazakh mother from 富蕴 in a
Buyei village of 者相, a Mongolian grandfather from 扎赉特旗, a retired vet, in 花江, a Uyghur naan baker from 阿图什,
the Buyei child director of 纳孔, a township poverty-relief officer, a paediatric nurse and a special-education
teacher; merged and scored once (`{now_rev}`, the detector of the seventy-seventh round). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the seventy-sixth round: the same as `{now_rev}` on this set. Recall
per category:

{cat}

{typ}

Two items of 346 left in part (five and four with the detectors at the end of rounds 11 and 15, two with the one the
seventy-sixth round met): a Uyghur name after 阿娜 'mother' whose last syllable was cut before 在 'at'
(我|阿娜布威海丽且|木在阿图什), and an autonomous county written with its short name (在关岭|自治县顶云街道…602|),
taken whole since. Person recall 0.763 with the detector at the end of round 11, 0.799 at the end of round 15, 0.905
with the one round 76 met and with this round's; precision 0.874, 0.897, 0.905 and 0.905. The pseudonym map's check_edge
marked 28 of 274 person replacements (0.102) and the edge of the name left in part. Over the two blind sets of the
seventy-seventh round (208-209, 700 items) 5 items were left in part (0.71%). On this set since:

{cat_now}

{typ_now}
"""

#: The seventy-sixth round: sets 206 and 207 were scored with the detector at the end of the seventy-fifth round
#: (what sets 204-205 left in part or missed, fixed after they were scored: 小 + two syllables of a name found whole,
#: a compound surname that is a word after a role word, a verb glued to a split Han name), with no change of its
#: own before the merge.
ROUND76 = "a49d496"
ROUND75_END = ROUND76

HOLDOUT206_TEXT = """**Held-out set 206 -- a blind result of the seventy-sixth round** (tests/pii/holdout206, {chars}
characters, no names.csv; written on branch pii-holdout206 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 207, in voices of sets 3-205 never used, in 绩溪 and 黟县 (ink-stick and tea
workshops, whitewashed ancient villages full of tourists): a Uyghur mother from 伽师 gilding ink sticks in 华阳镇, a
Yi father from 布拖 carrying timber for a crew restoring old houses in 南屏, a Hui grandmother from 化隆, a Mongolian
father from 乌审旗 cooking in a guesthouse of 宏村, the child director of 南屏, a township civil-affairs assistant, a
prosecutor for minors and a village-clinic nurse, with Han families speaking Huizhou dialect on their lists; merged
and scored once (`{now_rev}`, the detector of the seventy-sixth round). The set is now spent.) "Before" is the
detector at `{rev}`, the end of the seventy-fifth round: the same as `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 355 left in part (four and three with the detectors at the end of rounds 11 and 15, one with the one the
seventy-fifth round met): a full stop typed for the middle dot before a Uyghur name found nowhere else
(老乡|吐尔洪江|.买合木提过节); taken whole since. Person recall 0.746 with the detector at the end of round 11, 0.761 at
the end of round 15, 0.817 with the one round 75 met and with this round's; precision 0.934, 0.935, 0.939 and 0.939.
The pseudonym map's check_edge marked 35 of 247 person replacements (0.142) and not the edge of the name left in
part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT207_TEXT = """**Held-out set 207 -- a blind result of the seventy-sixth round** (tests/pii/holdout207, {chars}
characters, no names.csv; written on branch pii-holdout207 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 206, in voices of sets 3-205 never used, in 旬阳 and 留坝 (a Han-river town
stacked on a hillside, a Qinling county of mushroom sheds and homestays): a Kazakh mother from 富蕴 washing dishes in
a hotel, a Tibetan grandfather from 碌曲 in 江口镇, a Hui mother from 西吉 in 吕河镇, a Mongolian father from 鄂托克旗
leading tourists' horses on the 紫柏山 meadow, the child director of a mountain village, a disabled persons'
federation officer, a family-planning worker and a boarding-school dormitory teacher; merged and scored once
(`{now_rev}`, the detector of the seventy-sixth round). The set is now spent.) "Before" is the detector at `{rev}`,
the end of the seventy-fifth round: the same as `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 351 left in part (one with the detectors at the end of rounds 11 and 15, none with the one the
seventy-fifth round met). Person recall 0.658 with the detector at the end of round 11, 0.705 at the end of round
15, 0.778 with the one round 75 met and with this round's; precision 0.870, 0.894, 0.907 and 0.907: most of what it
missed are Han names with a surname in no list (大伯|蹇德贵|, taken since) or a given name the tagger reads as a
place (卖菜的|喻|德山|, taken since), and names that are words (来小宝, 管德才, 柯红军). The pseudonym map's
check_edge marked 25 of 236 person replacements (0.106). Over the two blind sets of the seventy-sixth round
(206-207, 706 items) 1 item was left in part (0.14%). On this set since:

{cat_now}

{typ_now}
"""

#: The seventy-fifth round: sets 204 and 205 were scored with the detector at the end of the seventy-fourth round
#: (叫俺 and 喊俺 as calling cues; then a codebook fix and a review mend that changed no span) and this round's change
#: before the merge, made from the spent sets only (a verb the segmenter glued to a listed minority name ends the
#: name: 把呼和|牧仁压|在).
ROUND75 = "9f9ef0a"
ROUND74_END = "42920ae"

HOLDOUT204_TEXT = """**Held-out set 204 -- a blind result of the seventy-fifth round** (tests/pii/holdout204, {chars}
characters, no names.csv; written on branch pii-holdout204 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 205, in voices of sets 3-203 never used, in 清流 and 永泰 (karst caves,
flower nurseries, plum orchards and hot springs): a Yi mother from 美姑 in a flower nursery, a Uyghur grandfather from
墨玉 baking naan in 樟城, a Kazakh mother from 新源 in 灵地, a Mongolian grandfather from 陈巴尔虎旗 stoking the boiler
of a hot-spring resort, the child director of a plum village, a civil-affairs section chief, a police-station
registrar and a She kindergarten head; merged and scored once (`{now_rev}`, the detector of the seventy-fifth round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventy-fourth round: the same as
`{now_rev}` on this set. Recall per category:

{cat}

{typ}

Two items of 355 left in part (five with the detectors at the end of rounds 11 and 15, two with the one the
seventy-fourth round ended with): 小 and two syllables of a Uyghur name found whole, read as 小 + the surname 苏
(喊他|小苏|里), and a compound surname that is also a word before a given name that is a word too (大学生志愿者梁丘|
霁月); both are taken whole since. Person recall 0.825 with the detector at the end of round 11, 0.864 at the end of
round 15, 0.918 with the one round 74 ended with and with this round's; precision 0.889, 0.914, 0.918 and 0.918. The
pseudonym map's check_edge marked 37 of 280 person replacements (0.132) and one of the two edges of the names left
in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT205_TEXT = """**Held-out set 205 -- a blind result of the seventy-fifth round** (tests/pii/holdout205, {chars}
characters, no names.csv; written on branch pii-holdout205 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 204, in voices of sets 3-203 never used, in 剑河 and 岑巩 (a hot-spring Miao
county on a river, inkstone workshops and tea terraces): a Mongolian father from 乌审旗, a timber-truck driver who lost
a leg, a Hui grandmother from 化隆 polishing inkstones in 思旸镇, a Kham Tibetan mother from 理塘 in a Miao village of
久仰, a Kazakh grandmother from 青河 in 水尾镇, the Dong child director of a village, a women's federation officer, a
hospital social worker and a primary-school headmaster; merged and scored once (`{now_rev}`, the detector of the
seventy-fifth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventy-fourth
round: the same as `{now_rev}` on this set. Recall per category:

{cat}

{typ}

One item of 357 left in part (two with the detectors at the end of rounds 11 and 15, one with the one the
seventy-fourth round ended with): a Han name with 又 'again' for its middle character, before a title (杨又|兰老师|,
read as the surname 兰 and 老师); not taken whole since, as 又 between a surname-like character and a title is as
often the adverb. Most of what the set missed whole are Han names with no cue before them (镇民政办的|于德沅|说,
柜台的|周晓蔓|看). Person recall 0.704 with the detector at the end of round 11, 0.761 at the end of round 15, 0.835
with the one round 74 ended with and with this round's; precision 0.901, 0.948, 0.948 and 0.948. The pseudonym map's
check_edge marked 38 of 250 person replacements (0.152) and not the edge of the name left in part. Over the two blind
sets of the seventy-fifth round (204-205, 712 items) 3 items were left in part (0.42%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT202_TEXT = """**Held-out set 202 -- a blind result of the seventy-fourth round** (tests/pii/holdout202, {chars}
characters, no names.csv; written on branch pii-holdout202 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 203, in voices of sets 3-201 never used, in 泰宁 and 建宁 (a danxia lake
town, lotus-seed fields, Hakka ancestral halls): a Yi mother from 美姑 in a bamboo-flooring mill of 上青乡, a Kazakh
grandfather from 青河 on night watch at a 大金湖 dock, a Mongolian mother from 东乌珠穆沁旗 married into 客坊乡, a
Tibetan father, the child director of a lotus village, a social-assistance clerk, a court mediator and a class
teacher; merged and scored once (`{now_rev}`, the detector of the seventy-fourth round). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the seventy-third round: the same as `{now_rev}`. Recall per
category:

{cat}

{typ}

Seven items of 355 left in part (ten with the detectors at the end of rounds 11 and 15, seven with the one the
seventy-third round met): five schools whose town is named with a locative, 里 'inside' or 上 'on', after 在 'at'
(在里|心中心小学二年级（3）班|, 在上|青中心小学三年级三班|), a Yi clan name with a given name that is no listed
element (弟弟|瓦扎|史体在西昌) and a compound surname that is also a place (生活老师即墨|怀瑾|); the schools are taken
whole since. Person recall 0.816 with the detector at the end of round 11, 0.855 at the end of round 15, 0.901 with
the one round 73 met and with this round's; precision 0.910, 0.946, 0.944 and 0.944. The pseudonym map's check_edge
marked 29 of 270 person replacements (0.107) and both edges of the names left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT203_TEXT = """**Held-out set 203 -- a blind result of the seventy-fourth round** (tests/pii/holdout203, {chars}
characters, no names.csv; written on branch pii-holdout203 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 202, in voices of sets 3-201 never used, in 镇远 and 三穗 (an old river
town, duck farms, a highway service town): a Mongolian mother from 乌审旗 on a duck farm under the highway bridge, a
Hui grandmother from 同心 with a halal stall at the service area, a Uyghur mother from 伽师 baking naan by the old
bridge, a Kham Tibetan father, the Miao child director of a village, a civil-affairs inspector, a township doctor and
a volunteer lawyer; merged and scored once (`{now_rev}`, the detector of the seventy-fourth round). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the seventy-third round: the same as `{now_rev}`. Recall per
category:

{cat}

{typ}

One item of 353 left in part (two and three with the detectors at the end of rounds 11 and 15, one with the one the
seventy-third round met): a Dong surname, 滚 'roll', before 伯伯 'uncle', read as the surname 伯 with the title 伯
(滚|伯伯|); taken whole since. Person recall 0.763 with the detector at the end of round 11, 0.809 at the end of round
15, 0.863 with the one round 73 met and with this round's; precision 0.887, 0.918, 0.923 and 0.923. The pseudonym
map's check_edge marked 35 of 259 person replacements (0.135) and not the edge of the name left in part. Over the two
blind sets of the seventy-fourth round (202-203, 708 items) 8 items were left in part (1.13%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT200_TEXT = """**Held-out set 200 -- a blind result of the seventy-third round** (tests/pii/holdout200, {chars}
characters, no names.csv; written on branch pii-holdout200 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 201, in voices of sets 3-199 never used, in 丹寨 and 麻江 (batik and
paper-making villages, blueberry farms): a Mongolian father from 乌审旗 at the cold store of a blueberry farm, a Kham
Tibetan mother from 理塘 in a relocation settlement, a Hui grandfather from 西吉 with a beef stall at 下司, a Kazakh
mother from 特克斯 at a paper-making workshop, the Miao child director of a village of 排调镇, a social-assistance
officer of the civil-affairs bureau, the resident psychologist of a township school and a Shui village accountant;
merged and scored once (`{now_rev}`, the detector of the seventy-third round). The set is now spent.) "Before" is
the detector at `{rev}`, the end of the seventy-second round: the same as `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 349 left in part (four with the detectors at the end of rounds 11 and 15, two with the one the
seventy-second round met): a Kazakh name with 都 'all' as a middle syllable after a Han surname (|简居勒|都孜的补贴) and
a Miao teknonym whose last syllable is 往 'towards' (她妈|王妹|往拉着). Person recall 0.770 with the detector at the end
of round 11, 0.832 at the end of round 15, 0.898 with the one round 72 met and with this round's; precision 0.902,
0.927, 0.935 and 0.935. The pseudonym map's check_edge marked 42 of 263 person replacements (0.160) and 1 of the 2 edges
of the names left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT201_TEXT = """**Held-out set 201 -- a blind result of the seventy-third round** (tests/pii/holdout201, {chars}
characters, no names.csv; written on branch pii-holdout201 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 200, in voices of sets 3-199 never used, in 宁陕 and 佛坪 (the Qinling
mountains: panda reserves, chestnut and konjac, relocated villages): a Yi mother from 昭觉 in a konjac workshop of a
resettlement community, a Uyghur father from 库车 with a kebab stall in 袁家庄, a Hui grandmother from 西吉 in
江口回族镇, a Mongolian father from 乌审旗 who drives for a chestnut buyer, the child director of the 秦岭新村
community, a forest ranger of the 佛坪 reserve, a civil-affairs clerk of 大河坝镇 and a paediatric nurse; merged and
scored once (`{now_rev}`, the detector of the seventy-third round). The set is now spent.) "Before" is the detector
at `{rev}`, the end of the seventy-second round: the same as `{now_rev}`. Recall per category:

{cat}

{typ}

Seven items of 357 left in part (ten and nine with the detectors at the end of rounds 11 and 15, seven with the one the
seventy-second round met): a Han wife whose surname is 同 'with', which no surname list holds, before a name said with
小 (我老婆同|小燕|。, three times, and her daughter's 同|阿依克孜|), a Mongolian name ending in 达赖, the word for the
Dalai Lama (我叫|毕力贡|达赖，, twice, once spaced) and a building part after an address's number (…东段18号|住院部
三楼). Missed whole: surnames that are words or rare (犹秀芝, 寇又青, 何得水, 拜守成, 仝建军, 种建林), Yi given names
said alone (木苏, 尼古, 日且) and forms of address (宗嬢, 仙嬢, 奇把式). Person recall 0.648 with the detector at the
end of round 11, 0.733 at the end of round 15, 0.811 with the one round 72 met and 0.822 with this round's; precision
0.943, 0.963, 0.966 and 0.967. The pseudonym map's check_edge marked 31 of 239 person replacements (0.130) and none of
the 6 edges of the names left in part. Over the two blind sets of the seventy-third round (200-201, 706 items) 9 items
were left in part (1.27%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT198_TEXT = """**Held-out set 198 -- a blind result of the seventy-second round** (tests/pii/holdout198, {chars}
characters, no names.csv; written on branch pii-holdout198 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 199, in voices of sets 3-197 never used, in 诏安 and 云霄 (green-plum
orchards, a seafood-drying coast, a mangrove reserve): a Uyghur father from 伽师 at the night market of 云霄, a Hui
grandmother from 同心 in 南诏镇, a Yi mother from 布拖 married into a Hakka family of 官陂, a Mongolian grandfather
from 乌审旗 on a squid-drying yard of 陈岱, the child director of a fishing village of 梅岭镇, a social worker of
东厦镇, a primary-school music teacher and a household-registration officer; merged and scored once (`{now_rev}`, the
detector of the seventy-second round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
seventy-first round. Recall per category:

{cat}

{typ}

No item of 348 left in part (two with the detectors at the end of rounds 11 and 15, none with the one at the end of
round 71). Missed whole: Han names of surnames that are words (何必成, 过海生, 来家祥, 于振邦, 粘老师), Yi given names
said alone (惹嫫, 依果, 阿体) and a Hui name said alone (法里黛). Person recall 0.861 with the detector at the end of
round 11, 0.876 at the end of round 15, 0.909 at the end of round 71 and with this round's; precision 0.902, 0.910,
0.912 and 0.912. The pseudonym map's check_edge marked 24 of 273 person replacements (0.088). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT199_TEXT = """**Held-out set 199 -- a blind result of the seventy-second round** (tests/pii/holdout199, {chars}
characters, no names.csv; written on branch pii-holdout199 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 198, in voices of sets 3-197 never used, in 平利 and 岚皋 (tea terraces of
the Daba mountains, a hydropower dam): a Uyghur mother from 伽师 who bakes naan in 老县镇, a Kham Tibetan grandfather
from 理塘 in 佐龙镇, a Kazakh aunt from 额敏, a Mongolian father from 乌审旗 at a tea co-operative of 长安镇, the child
director of a mountain village of 南宫山镇, an officer of the women's federation, a family doctor and a kindergarten
head; merged and scored once (`{now_rev}`, the detector of the seventy-second round). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the seventy-first round. Recall per category:

{cat}

{typ}

One item of 355 left in part (two with the detectors at the end of rounds 11 and 15, one with the one at the end of
round 71): a Mongolian name whose last syllable the segmenter read as the word 拉倒 'forget it' (|敖敦珠|拉倒是乖).
Missed whole: Han given names of an adverb said before the same adverb (汤又林又哭了, 宛再兴再三, 经小红经常), surnames
that are words (从秀兰, 正红霞, 过小年, 于德泉) and forms of address (再姐, 常叔, 呷姆妹, 税嬢嬢). Person recall 0.745
with the detector at the end of round 11, 0.784 at the end of round 15, 0.844 at the end of round 71 and with this
round's; precision 0.929, 0.948, 0.952 and 0.952. The pseudonym map's check_edge marked 29 of 250 person
replacements (0.116) and the one edge of the name left in part. Over the two blind sets of the seventy-second round
(198-199, 703 items) 1 item was left in part (0.14%), the fewest of any round. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT196_TEXT = """**Held-out set 196 -- a blind result of the seventy-first round** (tests/pii/holdout196, {chars}
characters, no names.csv; written on branch pii-holdout196 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 197, in voices of sets 3-195 never used, in 岚县 and 石楼 (loess gullies,
potato fields, a Yellow River ferry): a Hui father from 同心 in a potato-starch factory, an Amdo Tibetan mother from
碌曲 married into 和合乡, a Kazakh truck driver from 新源 at the iron mine of 袁家村, a Mongolian grandmother from
乌审旗, the child director of a loess village, a civil-affairs assistant of 梁家庄乡, a special-education teacher who
teaches at home and a county judge for family cases; merged and scored once (`{now_rev}`, the detector of the
seventy-first round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventieth round.
Recall per category:

{cat}

{typ}

Four items of 352 left in part (six and five with the detectors at the end of rounds 11 and 15, four with the one at
the end of round 70): a surname with 姨姨, northern 'auntie' said twice, whose second 姨 was left (娃们都叫我|雒姨|姨,
three times), and a cave dwelling after an address's number (…北坡3号|窑). Many names were missed whole: Han names of
surnames that are words or rare (便小娟, 种晓丽, 续文斌, 要春花, 者正兵, 拜存孝, 畅海平, 寇三喜), forms of address
(老拜, 老别, 郝二嫂, 贺二爸, 温妈妈) and a Mongolian name after 我叫 (呼和娜日苏). Person recall 0.602 with the detector
at the end of round 11, 0.690 at the end of round 15, 0.768 at the end of round 70 and with this round's; precision
0.920, 0.934, 0.940 and 0.940. The pseudonym map's check_edge marked 28 of 232 person replacements (0.121) and none of
the 3 edges of the names left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT197_TEXT = """**Held-out set 197 -- a blind result of the seventy-first round** (tests/pii/holdout197, {chars}
characters, no names.csv; written on branch pii-holdout197 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 196, in voices of sets 3-195 never used, in 明溪 and 将乐 (bamboo forests,
the 君子峰 bird reserve, a paper-mill town): a Uyghur mother from 伊宁 in 万安镇, a Yi grandfather from 昭觉 who minds
the gate of a bamboo works, a Kham Tibetan mother from 色达 in 高唐镇, a Mongolian grandmother from 陈巴尔虎旗 in
雪峰镇, the She child director of a village of 夏阳乡, a clerk of the county civil-affairs bureau, a township hospital
doctor and a Youth League volunteer; merged and scored once (`{now_rev}`, the detector of the seventy-first round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventieth round. Recall per category:

{cat}

{typ}

One item of 349 left in part (four with the detectors at the end of rounds 11 and 15, one with the one at the end of
round 70): a Uyghur name whose first character, 再 'again', stood after 改成 'changed to', then no cue of writing
(改成再|努拉 ・ 图尔荪|). Person recall 0.804 with the detector at the end of round 11, 0.818 at the end of round 15,
0.846 at the end of round 70 and 0.857 with this round's (its forms of address: 萨大姐 stayed missed); precision
0.930, 0.943, 0.937 and 0.938. The pseudonym map's check_edge marked 37 of 256 person replacements (0.145) and not the
one edge of the name left in part. Over the two blind sets of the seventy-first round (196-197, 701 items) 5 items
were left in part (0.71%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT194_TEXT = """**Held-out set 194 -- a blind result of the seventieth round** (tests/pii/holdout194, {chars}
characters, no names.csv; written on branch pii-holdout194 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 195, in voices of sets 3-193 never used, in 石台 and 祁门 (selenium tea
hills, Keemun black tea, a rafting river): a Yi mother in 仙寓镇, a Uyghur father with a kebab stall in 祁山镇, a
Kazakh grandmother in 闪里镇, a Mongolian rafting guide on the 秋浦河, the child director of a hill village of 仙寓镇,
the social-assistance clerk of 闪里镇, a boarding-school dormitory teacher and an officer for minors of the 祁门
procuratorate; merged and scored once (`{now_rev}`, the detector of the seventieth round). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the sixty-ninth round. Recall per category:

{cat}

{typ}

Two items of 354 left in part (eight and nine with the detectors at the end of rounds 11 and 15, two with the one at
the end of round 69): a Kazakh name with a full stop typed for the middle dot after 肯, no transliteration syllable
(|叶尔肯|.|托合塔尔|: two pseudonyms, the dot between them), and a Mongolian name ending in 来 before a comma
(老伙计|策仁那木斯|来，). Many Han names were missed whole, most of a surname that is also a grammar word or of a
given name that is a word (于苗苗, 时太婆, 从来福, 却金花, 全又林, 汪春桃, 汪得意, 项永康). Person recall 0.756 with the
detector at the end of round 11, 0.796 at the end of round 15, 0.842 at the end of round 69 and with this round's;
precision 0.895, 0.914, 0.918 and 0.918. The pseudonym map's check_edge marked 19 of 257 person replacements (0.074)
and none of the 3 edges of the names left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT195_TEXT = """**Held-out set 195 -- a blind result of the seventieth round** (tests/pii/holdout195, {chars}
characters, no names.csv; written on branch pii-holdout195 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 194, in voices of sets 3-193 never used, in 黎平 (Dong villages, the
airport town) and 商南 (tea on the 丹江, migrant-worker families): a Yi mother from 美姑 married into a Dong village
of 岩洞镇, a Mongolian grandfather from 乌审旗, a Kham Tibetan bus driver at the 黎平 airport, a Hui grandmother from
同心 in 富水镇, the Dong child director of a village of 岩洞镇, the child-welfare section head of the 商南
civil-affairs bureau, a nurse of the 富水镇 health centre and a volunteer of a children's charity from 贵阳; merged and
scored once (`{now_rev}`, the detector of the seventieth round). The set is now spent.) "Before" is the detector at
`{rev}`, the end of the sixty-ninth round. Recall per category:

{cat}

{typ}

Four items of 344 left in part (six and five with the detectors at the end of rounds 11 and 15, four with the one at
the end of round 69), all one Yi clan name that begins with the grammar word 的 (我叫的|惹格嫫|, 写成的|惹・格嫫|,
写成的 |惹 格 嫫|, 我哥的|惹哈布|帮): a possessive 的 and the clan's first syllable cannot be told apart without
knowing the clan. Missed whole: Han names of surnames that are words (滚再金, 户秋菊, 同建峰, 员秀琴, 撒国强), Dong
nicknames (岩崽, 金崽) and forms of address (敖爷, 泽哥, 嫫嫂). Person recall 0.689 with the detector at the end of
round 11, 0.733 at the end of round 15, 0.800 at the end of round 69 and with this round's; precision 0.903, 0.909,
0.911 and 0.911. The pseudonym map's check_edge marked 21 of 237 person replacements (0.089) and none of the 4 edges
of the names left in part. Over the two blind sets of the seventieth round (194-195, 698 items) 6 items were left in
part (0.86%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT192_TEXT = """**Held-out set 192 -- a blind result of the sixty-ninth round** (tests/pii/holdout192, {chars}
characters, no names.csv; written on branch pii-holdout192 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 193, in voices of sets 3-191 never used, in 宜章 and 汝城 (Yao villages,
tungsten mines, hot springs): a Mongolian driller from 鄂托克旗 at the 瑶岗仙 mine, a Kham Tibetan cook from 江达 at a
hot-spring resort of 热水镇, a Yi grandmother from 昭觉 in 梅田镇, a Kazakh mother from 特克斯 with a kebab stall, the
Yao child director of a village of 莽山, an officer of the county disabled persons' federation, a head teacher and a
village doctor; merged and scored once (`{now_rev}`, the detector of the sixty-ninth round). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the sixty-eighth round: the same as `{now_rev}`. Recall per
category:

{cat}

{typ}

Two items of 349 left in part (five with the detectors at the end of rounds 11 and 15, two with the one at the end of
round 67): a Mongolian name whose first element is the word 哈达 'ceremonial scarf' after 额吉 'mother'
(额吉哈达|其木格|), and a compound surname's given name cut where the segmenter read 水上 'on the water' across it
(护士|公良若|水上门换药). Person recall 0.677 with the detector at the end of round 11, 0.735 at the end of round 15,
0.803 at the end of round 67 and 0.814 with this round's; precision 0.936, 0.949, 0.957 and 0.958. The pseudonym
map's check_edge marked 27 of 236 person replacements (0.114) and both edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT193_TEXT = """**Held-out set 193 -- a blind result of the sixty-ninth round** (tests/pii/holdout193, {chars}
characters, no names.csv; written on branch pii-holdout193 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 192, in voices of sets 3-191 never used, in 宿豫 and 桂东: a Mongolian
mother from 翁牛特旗 in a flower nursery of 大兴镇, a Uyghur forklift driver from 阿图什 in a logistics park, a Hui
herb buyer from 临夏, a Kham Tibetan tea picker from 理塘 in 寨前镇, a child director of 顺河街道, a civil-affairs
clerk of 寨前镇, a school counsellor and a cadre of the women's federation; merged and scored once (`{now_rev}`, the
detector of the sixty-ninth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
sixty-eighth round: the same as `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 346 left in part (nine and six with the detectors at the end of rounds 11 and 15, two with the one at
the end of round 67): one Tibetan girl's name said with 小, whose first two characters are the word 小康 'well-off'
and 小 + the surname 康 (老师喊她|小康|珠。, twice). Person recall 0.729 with the detector at the end of round 11,
0.771 at the end of round 15, 0.828 at the end of round 67 and 0.844 with this round's; precision 0.881, 0.914,
0.919 and 0.921. The pseudonym map's check_edge marked 36 of 240 person replacements (0.150) and neither edge. Over
the two blind sets of the sixty-ninth round (192-193, 695 items) 4 items were left in part (0.58%). On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT190_TEXT = """**Held-out set 190 -- a blind result of the sixty-eighth round** (tests/pii/holdout190, {chars}
characters, no names.csv; written on branch pii-holdout190 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 191, in voices of sets 3-189 never used, in 南丰 and 泗阳: a Uyghur father
from 伽师 in a board mill of 新袁镇, a Mongolian grandmother from 巴林右旗 in 太和镇, a Kazakh mother from 特克斯 on a
fish pond by 成子湖, a Han orange grower whose grandchildren's mother is Tibetan, a child director of 东坑村, a social
worker of 裴圩镇, a kindergarten teacher of 市山镇 and a police officer of the household registry; merged and scored
once (`{now_rev}`, the detector of the sixty-eighth round). The set is now spent.) "Before" is the detector at
`{rev}`, the end of the sixty-seventh round, run side by side with the one at `{now_rev}` (the same spans). Recall
per category:

{cat}

{typ}

Three items of 354 left in part (eight with the detectors at the end of rounds 11 and 15, three with the one before
this round): a grandmother whose surname is the verb 问 'ask', though the text says so (叫问|兰英|，姓问。,
twice), and a pond worker surnamed 管 after the word 主管 'manager' (塘主管|玉芬人好|). Person recall 0.781 with the
detector at the end of round 11, 0.806 at the end of round 15 and 0.898 with this round's (the same before it);
precision 0.929, 0.943 and 0.948. The pseudonym map's check_edge marked 30 of 268 person replacements (0.112) and
none of the 3 edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT191_TEXT = """**Held-out set 191 -- a blind result of the sixty-eighth round** (tests/pii/holdout191, {chars}
characters, no names.csv; written on branch pii-holdout191 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 190, in voices of sets 3-189 never used, in 绥宁 and 城步 (Miao and Dong
villages): a Uyghur father from 伽师 at the night market of 长铺, a Yi grandmother from 昭觉 in 黄桑坪, a
Mongolian mother from 西乌珠穆沁旗 at 南山牧场, a Hui grandmother from 同心 in 儒林镇, the Miao child director of
坪溪村, an officer of 城步县民政局, the Dong house mother of a boarding school and the doctor of 南山镇; merged and
scored once (`{now_rev}`, the detector of the sixty-eighth round). The set is now spent.) "Before" is the detector
at `{rev}`, the end of the sixty-seventh round, run side by side with the one at `{now_rev}` (the same spans).
Recall per category:

{cat}

{typ}

Six items of 352 left in part (eight with the detectors at the end of rounds 11 and 15, six with the one before this
round): a Hui religious name cut after its third syllable (经名|伊斯玛|衣来, and |盼伊斯玛|衣来 with the verb 'hope'
taken), a Han teacher surnamed 过 'pass' (班主任过|冬梅老师|, twice), a Yi clan name with its kin word (喊我|阿苏|奶奶)
and a Uyghur name after a katakana dot whose first syllables were left (写成穆再|排尔・买合木提|, where the roll gave
龙穆再排尔). Person recall 0.792 with the detector at the end of round 11, 0.814 at the end of round 15 and 0.861
with this round's (the same before it); precision 0.940, 0.957 and 0.963. The pseudonym map's check_edge marked 37 of
245 person replacements (0.151) and 4 of the 6 edges. Over the two blind sets of the sixty-eighth round (190-191,
706 items) 9 items were left in part (1.27%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT189_TEXT = """**Held-out set 189 -- a blind result of the sixty-seventh round** (tests/pii/holdout189, {chars}
characters, no names.csv; written on branch pii-holdout189 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 188, in voices of sets 3-187 never used, in 田林 and 隆林: a Mongolian mother
from 乌拉特中旗 in 潞城瑶族乡, a Kazakh grandmother from 特克斯 in 新州镇, a Yi father from 昭觉 in 八渡瑶族乡, a
Uyghur kebab-shop father from 疏附 in 新州镇, a Miao child director in 德峨镇, an officer of the disabled persons'
federation, a township nurse and a bus driver; merged and scored once (`{now_rev}`, the detector of the
sixty-seventh round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixty-sixth round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Seven items of 353 left in part (ten with the detectors at the end of rounds 11 and 15, seven with the one before
this round): a Yi name whose last syllable is 说 'say', three times (儿子|瓦扎阿|说三岁还不会讲话, and spaced), a
Mongolian name whose last syllable is 那 'that' (我阿爸|特木尔巴根|那不肯), a Zhuang surname no list has before a
spaced Mongolian name (农 |呼德尔朝鲁|), a Kazakh name spaced out and cut in two (|叶 尔| |包 拉 提|) and a school's
class after a department for deaf pupils (|隆林县特殊教育学校|听障一年级（1）班). Person recall 0.704 with the
detector at the end of round 11, 0.729 at the end of round 15 and 0.783 with this round's (the same before it);
precision 0.895, 0.903 and 0.928. The pseudonym map's check_edge marked 20 of 235 person replacements (0.085) and 4
of the 7 edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT188_TEXT = """**Held-out set 188 -- a blind result of the sixty-seventh round** (tests/pii/holdout188, {chars}
characters, no names.csv; written on branch pii-holdout188 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 189, in voices of sets 3-187 never used, in 横峰 and 黎川: a Uyghur naan
baker from 莎车 in 岑阳镇, a Mongolian grandmother from 乌拉特中旗 in 日峰镇, a Hui cattle herder from 同心 in 葛源镇,
a Tibetan pottery packer from 德格 in 黎川, a child director in 岑阳镇, a civil-affairs clerk in 日峰镇, a
special-education teacher in 横峰 and a shopkeeper neighbour; merged and scored once (`{now_rev}`, the detector of
the sixty-seventh round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixty-sixth
round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Eight items of 356 left in part (ten with the detectors at the end of rounds 11 and 15, eight with the one before this
round), seven of them one neighbour whose surname is the verb 问 'ask' (对面十六号是问|桂英|家, 我问问|桂英|借个秤,
问 |桂英|), and a school's class after a department for deaf pupils (|黎川县特殊教育学校|听障部二年级（1）班). Person
recall 0.749 with the detector at the end of round 11, 0.763 at the end of round 15 and 0.814 with this round's (the
same before it); precision 0.933, 0.943 and 0.950. The pseudonym map's check_edge marked 33 of 239 person replacements
(0.138) and none of the 7 edges. Over the two blind sets of the sixty-seventh round (188-189, 709 items) 15 items were
left in part (2.12%), the most of the last twelve rounds. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT187_TEXT = """**Held-out set 187 -- a blind result of the sixty-sixth round** (tests/pii/holdout187, {chars}
characters, no names.csv; written on branch pii-holdout187 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 186, in voices of sets 3-185 never used, in 天峨 and 乐业: an Oirat
Mongolian mother from 温泉县 in 六排镇, a Hui grandmother from 同心 in 向阳镇, a Yi orchard hand from 布拖 in 甘田镇, a
Tibetan mother from 理塘 in 同乐镇, a Zhuang child director in 甘田镇, a women's federation officer, a Yao village
doctor and a Zhuang hydropower worker who fosters a child; merged and scored once (`{now_rev}`, the detector of the
sixty-sixth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixty-fifth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 349 left in part (one with the detector at the end of round 11, two at the end of round 15, none with the
one before this round). Person recall 0.717 with the detector at the end of round 11, 0.787 at the end of round 15
and 0.868 with this round's (the same before it); precision 0.920, 0.939 and 0.940. The pseudonym map's check_edge
marked 35 of 251 person replacements (0.139). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT186_TEXT = """**Held-out set 186 -- a blind result of the sixty-sixth round** (tests/pii/holdout186, {chars}
characters, no names.csv; written on branch pii-holdout186 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 187, in voices of sets 3-185 never used, in 铅山 and 弋阳: a Uyghur naan
baker from 疏附 in 弋江镇, a Tibetan grandfather from 理塘 in 河口镇, a Mongolian shopkeeper from 东乌旗 in 湖坊镇, a
Kazakh horse leader from 特克斯 in 圭峰镇, a child director in 石塘镇, a civil-affairs assistant in 圭峰镇, a head
teacher in 永平镇 and a pastor who helps; merged and scored once (`{now_rev}`, the detector of the sixty-sixth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixty-fifth round, run side by side
with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 354 left in part (four with the detectors at the end of rounds 11 and 15, three with the one before this
round, whose third was a school class this round's detector takes): a Mongolian name whose last syllable is 都 before
a verb (邻居|乌日图敖|都帮她剪毛) and a Kazakh name whose parts a form split with a full stop between spaces
(|叶斯包拉提| . |哈山|, two pseudonyms). Person recall 0.709 with the detector at the end of round 11, 0.759 at the end
of round 15 and 0.791 with this round's (the same before it); precision 0.890, 0.947 and 0.949. The pseudonym map's
check_edge marked 39 of 236 person replacements (0.165) and one of the three edges. Over the two blind sets of the
sixty-sixth round (186-187, 703 items) 2 items were left in part (0.28%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT185_TEXT = """**Held-out set 185 -- a blind result of the sixty-fifth round** (tests/pii/holdout185, {chars}
characters, no names.csv; written on branch pii-holdout185 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 184, in voices of sets 3-183 never used, in 龙胜 and 融水: a Uyghur naan
seller from 阿图什 in 融水, a Yi mother from 昭觉 in 和平乡, a Mongolian grandfather from 乌审旗 in 龙胜, a Hui
noodle-shop grandfather from 巍山 in 融水, a child director of 黄洛村, a county civil-affairs officer, a township
doctor and a boarding-school dormitory keeper; merged and scored once (`{now_rev}`, the detector of the sixty-fifth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixty-fourth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 354 left in part (eight with the detectors at the end of rounds 11 and 15, three with the one before
this round), all one name: a Zhuang surname no list has, 侬, before a given name the detector found (护士侬|小梅|).
Person recall 0.707 with the detector at the end of round 11, 0.756 at the end of round 15 and 0.774 with this
round's (the same before it); precision 0.901, 0.915 and 0.940. The pseudonym map's check_edge marked 21 of 233
person replacements (0.090) and none of the three edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT184_TEXT = """**Held-out set 184 -- a blind result of the sixty-fifth round** (tests/pii/holdout184, {chars}
characters, no names.csv; written on branch pii-holdout184 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 185, in voices of sets 3-183 never used, in 红安 and 望江: a Hui mother from
广河 in 漳湖镇, a Tibetan grandfather from 理塘 in 七里坪镇, a Kazakh garment worker from 特克斯 in 华阳镇, a
Mongolian father on dialysis from 乌审旗 in 红安, a child director in 七里坪镇, a social worker in 华阳镇, a
kindergarten teacher in 红安 and a retired cadre who volunteers in 望江; merged and scored once (`{now_rev}`, the
detector of the sixty-fifth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
sixty-fourth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 353 left in part (five with the detector at the end of round 11, six at the end of round 15, three with
the one before this round), all school classes written with the grade's numeral alone (在|漳湖镇中心小学|三（2）班,
华阳镇实验小学|一（3）班): the class is left in clear. Person recall 0.680 with the detector at the end of round 11,
0.756 at the end of round 15 and 0.825 with this round's (0.818 before it); precision 0.935, 0.942 and 0.942. The
pseudonym map's check_edge marked 34 of 241 person replacements (0.141). Over the two blind sets of the sixty-fifth
round (184-185, 707 items) 6 items were left in part (0.85%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT183_TEXT = """**Held-out set 183 -- a blind result of the sixty-fourth round** (tests/pii/holdout183, {chars}
characters, no names.csv; written on branch pii-holdout183 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 182, in voices of sets 3-181 never used, in 宁都 and 石城: a Yi mother from
美姑 in 横江镇, a Hui beef seller from 同心 in 梅江镇, a Kazakh welder from 新源 who lost his right hand in 石城, a
Mongolian grandmother from 乌审旗 in 长胜镇, a Hakka child director in 琴江镇, the head of the county's children's
welfare section, a school doctor in 琴江镇 and a Hakka village cadre of 大湖村; merged and scored once (`{now_rev}`,
the detector of the sixty-fourth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
sixty-third round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 354 left in part (three with the detectors at the end of rounds 11 and 15, one with the one before this
round): a Kazakh name whose last part is 阿布都, before the adverb 常 (老乡|叶尔哈利阿布|都常来看我: 都 read as 'all').
Person recall 0.778 with the detector at the end of round 11, 0.825 at the end of round 15 and 0.869 with this
round's (the same before it); precision 0.955, 0.958 and 0.960. The pseudonym map's check_edge marked 24 of 249
person replacements (0.096) and not the edge. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT182_TEXT = """**Held-out set 182 -- a blind result of the sixty-fourth round** (tests/pii/holdout182, {chars}
characters, no names.csv; written on branch pii-holdout182 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 183, in voices of sets 3-181 never used, in 宿松 and 岳西: a Uyghur naan
baker from 阿图什 in 孚玉镇, a Yi mother from 布拖 in 包家乡, a Tibetan cook from 巴塘 near 天堂镇, a Mongolian mother
from 乌拉特中旗 in 二郎镇, a child director in 包家乡, a civil-affairs clerk in 二郎镇, a head teacher in 宿松 town and
a student volunteer from 岳西; merged and scored once (`{now_rev}`, the detector of the sixty-fourth round). The set
is now spent.) "Before" is the detector at `{rev}`, the end of the sixty-third round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 353 left in part (seven with the detector at the end of round 11, five at the end of round 15, four
with the one before this round): a Uyghur name with a full stop for its dot, after the same name written without one
(医院的卡上是热合木图拉.|吐尔地), a Han name whose surname and first given character make the word 宛如 'as if', before
a title (班主任宛如|玉老师; 宛 is in no surname list), and a Yi name whose clan name holds the verb 说 'say', twice
(妈妈阿说|莫色). Person recall 0.735 with the detector at the end of round 11, 0.778 at the end of round 15 and 0.829
with this round's (the same before it); precision 0.927, 0.943 and 0.946. The pseudonym map's check_edge marked 32 of
241 person replacements (0.133) and none of the four edges. Over the two blind sets of the sixty-fourth round
(182-183, 707 items) 5 items were left in part (0.71%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT181_TEXT = """**Held-out set 181 -- a blind result of the sixty-third round** (tests/pii/holdout181, {chars}
characters, no names.csv; written on branch pii-holdout181 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 180, in voices of sets 3-179 never used, in 崇阳 and 嘉鱼: a Hui noodle-shop
father from 临潭 in 崇阳, an Amdo Tibetan grandmother from 玛沁 in 嘉鱼, a Kazakh farm worker from 布尔津 in 嘉鱼, a
Mongolian hotel-laundry worker from 阿巴嘎旗 in 崇阳, a child director in 天城镇, a community worker in 鱼岳镇, a
grandfather in 白霓镇 and a village doctor in 潘家湾镇; merged and scored once (`{now_rev}`, the detector of the
sixty-third round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixty-second round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 355 left in part (none with the detectors at the end of rounds 11 and 15, none with the one before this
round). Person recall 0.599 with the detector at the end of round 11, 0.642 at the end of round 15 and 0.748 with this
round's (the same before it); precision 0.943, 0.962 and 0.962. The pseudonym map's check_edge marked 15 of 213
person replacements (0.070). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT180_TEXT = """**Held-out set 180 -- a blind result of the sixty-third round** (tests/pii/holdout180, {chars}
characters, no names.csv; written on branch pii-holdout180 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 181, in voices of sets 3-179 never used, in 英山 and 罗田: a Kazakh tea packer
from 额敏 in 英山, a Yi grandfather from 甘洛 in 罗田, a Mongolian chestnut-truck driver from 科尔沁右翼中旗 in 罗田, a
Uyghur dried-fruit seller from 疏勒 in 英山, a child director in 温泉镇, a civil-affairs clerk in 凤山镇, a
grandmother in 石头咀镇 and a primary-school teacher in 九资河镇; merged and scored once (`{now_rev}`, the detector of
the sixty-third round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixty-second
round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 336 left in part (five with the detector at the end of round 11, six at the end of round 15, two with
the one before this round): a Kazakh name whose last syllable is 得 before 说 (我弟弟|叶斯克尔|得说) and a Han name
whose given name ends in 发 before 家, read as 发家 'grow rich', after 栗农 'chestnut farmer' (|栗农汪宏|发家的大儿子).
Person recall 0.667 with the detector at the end of round 11, 0.739 at the end of round 15 and 0.833 with this
round's (the same before it); precision 0.921, 0.937 and 0.940. The pseudonym map's check_edge marked 24 of 234
person replacements (0.103) and both edges. Over the two blind sets of the sixty-third round (180-181, 691 items) 2
items were left in part (0.29%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT179_TEXT = """**Held-out set 179 -- a blind result of the sixty-second round** (tests/pii/holdout179, {chars}
characters, no names.csv; written on branch pii-holdout179 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 178, in voices of sets 3-177 never used, in 麻阳 and 芷江: a Yi citrus
grafter from 雷波 in 麻阳, a Uyghur nang seller from 伽师 in 芷江, a Mongolian grandfather from 扎鲁特旗 in 芷江, a
Kham Tibetan uncle from 白玉 in 麻阳, a child director in 高村镇, a social worker in 芷江镇, a grandfather in 锦和镇 and
a village doctor in 罗旧镇; merged and scored once (`{now_rev}`, the detector of the sixty-second round). The set is
now spent.) "Before" is the detector at `{rev}`, the end of the sixty-first round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 346 left in part (four with the detectors at the end of rounds 11 and 15 and with the one before this
round): a Uyghur name whose second syllable ends in 再 'again' before a dot, twice (我叫|麦合甫|再·色依提), and two
schools of 麻阳苗族自治县 whose county was cut (麻阳苗族|自治县谭家寨乡九年一贯制学校, 麻阳|苗族自治县锦和镇中心完小).
Person recall 0.690 with the detector at the end of round 11, 0.757 at the end of round 15 and 0.836 with this
round's (the same before it); precision 0.898, 0.923 and 0.949. The pseudonym map's check_edge marked 25 of 236
person replacements (0.106), none of the two edges of 麦合甫|再. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT178_TEXT = """**Held-out set 178 -- a blind result of the sixty-second round** (tests/pii/holdout178, {chars}
characters, no names.csv; written on branch pii-holdout178 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 179, in voices of sets 3-177 never used, in 孝昌 and 大悟: an Amdo Tibetan
garment worker from 泽库 in 孝昌, a Kazakh tea-oil truck driver from 吉木乃 in 大悟, a Hui grandfather from 东乡 in
孝昌, a Mongolian aunt from 乌审旗 in 大悟, a child director in 花园镇, a civil-affairs clerk in 城关镇, a grandmother
in 宣化店镇 and a primary-school teacher in 小河镇; merged and scored once (`{now_rev}`, the detector of the
sixty-second round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixty-first round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Eight items of 349 left in part (eight with the detector at the end of round 11, seven at the end of round 15, eight
with the one before this round): a Tibetan name ending in 正 'just' and its spaced form (她阿爸|夏吾旦|正有个,
|夏吾 旦|正。), a Tibetan name ending in 才华 'talent' (|多杰|才华在), a Han name ending in 能 'can', three times
(|柯士|能，, |柯 士| 能被拆开了), a Hui surname 把 before a name and a title (清真寺的把|文忠阿訇|) and a Kazakh name
written with a full stop for its dot (|马尔胡兰|.|吾木尔别克|). Person recall 0.697 with the detector at the end of
round 11, 0.770 at the end of round 15 and 0.839 with this round's (the same before it); precision 0.897, 0.910 and
0.913. The pseudonym map's check_edge marked 26 of 241 person replacements (0.108) and six of the nine edges. Over
the two blind sets of the sixty-second round (178-179, 695 items) 12 items were left in part (1.73%), as the writers
put grammar words at the ends of names (正, 才, 能, 再). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT177_TEXT = """**Held-out set 177 -- a blind result of the sixty-first round** (tests/pii/holdout177, {chars}
characters, no names.csv; written on branch pii-holdout177 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 176, in voices of sets 3-175 never used, in 冷水江 and 武冈: a Kham Tibetan
smelter worker from 理塘 in 冷水江, a Uyghur mutton seller from 墨玉 at a 武冈 night market, a Mongolian grandmother
from 东乌珠穆沁旗 in 冷水江, a Yi uncle from 昭觉 in 武冈, a child director in 锡矿山街道, a social worker in 都梁街道,
a grandfather in 邓家铺镇 and a village doctor in 禾青镇; merged and scored once (`{now_rev}`, the detector of the
sixty-first round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixtieth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 337 left in part (one with the detector at the end of round 11, three at the end of round 15, two with
the one before this round): a Mongolian name after 向 read as a surname (点成向|阿日罕|) and an address whose city, a
county-level one, was not taken (冷水江市|锡矿山街道南矿社区工人村14栋1单元301室). Person recall 0.718 with the
detector at the end of round 11, 0.779 at the end of round 15 and 0.813 with this round's (the same before it);
precision 0.922, 0.940 and 0.942. The pseudonym map's check_edge marked 19 of 226 person replacements (0.084) and the
edge of 向|阿日罕. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT176_TEXT = """**Held-out set 176 -- a blind result of the sixty-first round** (tests/pii/holdout176, {chars}
characters, no names.csv; written on branch pii-holdout176 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 177, in voices of sets 3-175 never used, in 云梦 and 安陆: a Mongolian
luggage-factory worker from 科尔沁左翼后旗 in 云梦, a Kazakh grandfather from 塔城 in 安陆, a Yi bricklayer from 布拖
in 安陆, a Hui noodle-shop aunt from 广河 in 云梦, a child director in 城关镇, a civil-affairs clerk in 府城街道, a
grandmother in 伍洛镇 and a head teacher in 赵棚镇; merged and scored once (`{now_rev}`, the detector of the
sixty-first round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixtieth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 344 left in part (four with the detectors at the end of rounds 11 and 15, three with the one before this
round): a Mongolian name whose third syllable is 都 'all' (伢她爸|宝音|都仍贩牛), a Yi name whose last syllable is 衣
'clothes' (儿童主任|阿西拉|衣给), and a surname 才 'only' before a name and a title (班主任才|晓明老师|). Person recall
0.731 with the detector at the end of round 11, 0.784 at the end of round 15 and 0.862 with this round's (the same
before it); precision 0.956, 0.963 and 0.947. The pseudonym map's check_edge marked 22 of 244 person replacements
(0.090) and two of the three edges (宝音|都仍, 阿西拉|衣). Over the two blind sets of the sixty-first round (176-177,
681 items) 5 items were left in part (0.73%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT175_TEXT = """**Held-out set 175 -- a blind result of the sixtieth round** (tests/pii/holdout175, {chars}
characters, no names.csv; written on branch pii-holdout175 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 174, in voices of sets 3-173 never used, in 灌云 and 涟水: a Kazakh
fish-plant worker from 富蕴 in 灌云, a Hui noodle-shop owner from 西吉 in 涟水, an Amdo Tibetan grandfather from 碌曲
in 灌云, a Mongolian aunt from 正蓝旗 in 涟水, a child director in 伊山镇, a community worker in 涟城街道, a
grandfather in 燕尾港镇 and a village doctor in 高沟镇; merged and scored once (`{now_rev}`, the detector of the
sixtieth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-ninth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 354 left in part (three with the detector at the end of round 11, two at the end of round 15, none with the
one before this round). Person recall 0.655 with the detector at the end of round 11, 0.691 at the end of round 15
and 0.891 with this round's (the same before it); precision 0.923, 0.955 and 0.961. The pseudonym map's check_edge
marked 35 of 255 person replacements (0.137). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT174_TEXT = """**Held-out set 174 -- a blind result of the sixtieth round** (tests/pii/holdout174, {chars}
characters, no names.csv; written on branch pii-holdout174 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 175, in voices of sets 3-173 never used, in 安化 and 湘阴: a Uyghur naan
seller from 洛浦 in 安化, a Yi tea picker from 美姑 in 安化, a Gyalrong Tibetan grandmother from 丹巴 in 湘阴, a
Mongolian crayfish-truck driver from 阿鲁科尔沁旗 in 湘阴, a child director in 东坪镇, a civil-affairs clerk in
文星镇, a grandmother in 梅城镇 and a primary-school teacher in 樟树镇; merged and scored once (`{now_rev}`, the
detector of the sixtieth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
fifty-ninth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 356 left in part (one with the detectors at the end of rounds 11 and 15 and with the one before this
round): a dotted Uyghur name before a title whose first part starts with 买 'buy' (村里的买吐送·|阿西木书记|): the
title's name was taken, the part before the dot not. Person recall 0.687 with the detector at the end of round 11,
0.705 at the end of round 15 and 0.784 with this round's (the same before it); precision 0.936, 0.956 and 0.960: the
writer gave Han names grammar words for a given character (夏也萍, 要春林, 能建林, 都雨晴, 向晚晴), missed whole. The
pseudonym map's check_edge marked 22 of 227 person replacements (0.097), not the edge of 买吐送·|阿西木. Over the two
blind sets of the sixtieth round (174-175, 710 items) 1 item was left in part (0.14%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT173_TEXT = """**Held-out set 173 -- a blind result of the fifty-ninth round** (tests/pii/holdout173, {chars}
characters, no names.csv; written on branch pii-holdout173 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 172, in voices of sets 3-171 never used, in 曹县 and 嘉祥: a Mongolian
grandfather from 库伦旗 in 曹县, an Amdo Tibetan costume sewer from 玛曲 in 曹县, a Uyghur dried-fruit seller from
麦盖提 in 嘉祥, a Hui grandmother from 积石山 in 嘉祥, a child director in 倪集街道, a community worker in 嘉祥街道, an
aunt in 纸坊镇 and a head teacher in 梁宝寺镇; merged and scored once (`{now_rev}`, the detector of the fifty-ninth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-eighth round, run side by side
with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 351 left in part (four with the detectors at the end of rounds 11 and 15, one with the one before this
round): a religious name whose first syllable is 优 'excellent' after 经名 (经名优|苏甫|，): not taken. Person recall
0.717 with the detector at the end of round 11, 0.743 at the end of round 15 and 0.883 with this round's (the same
before it); precision 0.922, 0.925 and 0.932. The pseudonym map's check_edge marked 27 of 251 person replacements
(0.108), not the edge of 优|苏甫. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT172_TEXT = """**Held-out set 172 -- a blind result of the fifty-ninth round** (tests/pii/holdout172, {chars}
characters, no names.csv; written on branch pii-holdout172 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 173, in voices of sets 3-171 never used, in 平阴 and 长清: a Mongolian rose-tea
packer from 西乌珠穆沁旗 in 平阴, a Kham Tibetan uncle from 新龙 in 长清, a Kazakh welder from 尼勒克 in 长清, a Yi
grandmother from 越西 in 平阴, a child director in 榆山街道, a social worker in 文昌街道, a grandfather in 孝里街道 and
a civil-affairs clerk in 洪范池镇; merged and scored once (`{now_rev}`, the detector of the fifty-ninth round). The set
is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-eighth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

No item of 347 left in part (three with the detectors at the end of rounds 11 and 15, none with the one before this
round). Person recall 0.613 with the detector at the end of round 11, 0.684 at the end of round 15 and 0.835 with this
round's (the same before it); precision 0.916, 0.933 and 0.945. The pseudonym map's check_edge marked 38 of 235 person
replacements (0.162). Over the two blind sets of the fifty-ninth round (172-173, 698 items) 1 item was left in part
(0.14%), a name whose edge check_edge did not mark. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT171_TEXT = """**Held-out set 171 -- a blind result of the fifty-eighth round** (tests/pii/holdout171, {chars}
characters, no names.csv; written on branch pii-holdout171 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 170, in voices of sets 3-169 never used, in 陵城 and 商河: a Mongolian
grandmother from 翁牛特旗 in 陵城, a Kham Tibetan van driver from 稻城 in 商河, a Hui lamb-soup seller from 康乐 in
许商街道, a Kazakh textile worker from 富蕴 in 陵城, a child director in 安仁镇, a community worker in 临齐街道, an
uncle in 玉皇庙镇 and a head teacher in 郑家寨镇; merged and scored once (`{now_rev}`, the detector of the fifty-eighth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-seventh round, run side by side
with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 351 left in part (one with the detectors at the end of rounds 11 and 15). Person recall 0.728 with the
detector at the end of round 11, 0.757 at the end of round 15 and 0.853 with this round's (the same before it);
precision 0.952, 0.963 and 0.963. The pseudonym map's check_edge marked 25 of 241 person replacements (0.104). On this
set since:

{cat_now}

{typ_now}
"""

HOLDOUT170_TEXT = """**Held-out set 170 -- a blind result of the fifty-eighth round** (tests/pii/holdout170, {chars}
characters, no names.csv; written on branch pii-holdout170 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 171, in voices of sets 3-169 never used, in 武城 and 夏津: a Mongolian
chili-yard worker from 阿鲁科尔沁旗 in 武城, an Amdo Tibetan grandfather from 尖扎, a Uyghur naan seller from 阿瓦提 in
夏津, a Yi aunt from 甘洛 in 夏津, a child director in 广运街道, a social worker in 银城街道, a grandmother in 老城镇
and a civil-affairs clerk in 郑保屯镇; merged and scored once (`{now_rev}`, the detector of the fifty-eighth round). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-seventh round, run side by side with the
one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 343 left in part (six with the detectors at the end of rounds 11 and 15, three with the one before this
round): a name ending in 向 before the preposition 向 (耿立|向向我借), the surname 才 between a kin word no list holds
and a name ending a sentence (大姑才|凤兰|。) and the compound surname 叔孙 after a role word (大学生村官叔|孙语冰); all
three taken since. Person recall 0.698 with the detector at the end of round 11, 0.739 at the end of round 15 and 0.877
with this round's (the same before it); precision 0.940, 0.952 and 0.959. The pseudonym map's check_edge marked 31 of
245 person replacements (0.127) and two of the three edges. Over the two blind sets of the fifty-eighth round (170-171,
694 items) 3 items were left in part (0.43%), all names; check_edge marked two of their three edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT169_TEXT = """**Held-out set 169 -- a blind result of the fifty-seventh round** (tests/pii/holdout169, {chars}
characters, no names.csv; written on branch pii-holdout169 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 168, in voices of sets 3-167 never used, in 齐河 and 临邑: a Mongolian forklift
driver from 苏尼特右旗 in 齐河, a Kham Tibetan grandmother from 巴塘, a Uyghur kebab seller from 疏勒 in 临邑, a Kazakh
grandfather from 青河 in 齐河, a child director in 晏城街道, a community worker in 邢侗街道, an aunt in 临盘街道 and a
head teacher in 焦庙镇; merged and scored once (`{now_rev}`, the detector of the fifty-seventh round). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the fifty-sixth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Five items of 337 left in part (twelve with the detectors at the end of rounds 11 and 15, five with the one before this
round): a Tibetan name after 小 said twice, read as 小 and the surname 曲 (我叫她|小曲|宗。), a Kazakh name whose first
syllable is 对 'towards' after a kin word (我弟弟对|山别克|在), a Mongolian name after the kin word 阿哈 whose last
syllables are 都 'all' and 和 'and' (我|阿哈宝音满|都和和我嫂子), and an address cut at a yard between the estate and
its building (柳园社区|后院|4号楼1单元101室, in three pieces; the yard and 小曲宗 taken since). Person recall 0.686 with
the detector at the end of round 11, 0.729 at the end of round 15, 0.833 before this round and 0.845 with it; precision
0.927, 0.935, 0.943 and 0.944. The pseudonym map's check_edge marked 23 of 231 person replacements (0.100) and one of
the four edges of names left in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT168_TEXT = """**Held-out set 168 -- a blind result of the fifty-seventh round** (tests/pii/holdout168, {chars}
characters, no names.csv; written on branch pii-holdout168 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 169, in voices of sets 3-167 never used, in 宁津 and 庆云: a Mongolian
grandmother from 东乌珠穆沁旗 in 宁津, an Amdo Tibetan welder from 泽库 in 宁津, a Hui bun seller from 和政 in 庆云, a
Yi uncle from 布拖 in 庆云, a child director in 津城街道, a social worker in 渤海路街道, a grandfather in 柴胡店镇 and a
civil-affairs clerk in 尚堂镇; merged and scored once (`{now_rev}`, the detector of the fifty-seventh round). The set is
now spent.) "Before" is the detector at `{rev}`, the end of the fifty-sixth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Six items of 358 left in part (six with every detector since round 11): a Yi girl's name ending in 各 'each', three
times, before an age and plain and dotted (小的|瓦扎石|各八岁, 写成|王石|各, 瓦扎 · 石|各), a Yi name ending in 作 'do'
before a verb (妈妈|阿侯么|作带着儿子), a Mongolian name whose last syllables are 如 'as' and 拉 'pull'
(闺女|额尔敦萨|如拉在嘎查) and a Hui surname before one space and a religious name (成了虎　|穆萨力|; taken since).
Person recall 0.733 with the detector at the end of round 11, 0.758 at the end of round 15, 0.879 before this round and
0.890 with it; precision 0.916, 0.922, 0.932 and 0.933. The pseudonym map's check_edge marked 44 of 268 person
replacements (0.164) and five of the six edges of names left in part. Over the two blind sets of the fifty-seventh round
(168-169, 695 items) 11 items were left in part (1.58%), the most of the last ten rounds: the writers put grammar
characters at the ends of minority names; check_edge marked six of their ten edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT167_TEXT = """**Held-out set 167 -- a blind result of the fifty-sixth round** (tests/pii/holdout167, {chars}
characters, no names.csv; written on branch pii-holdout167 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 166, in voices of sets 3-165 never used, in 汶上 and 金乡: a Mongolian garlic
sorter from 镶黄旗 in 金乡, an Amdo Tibetan mother from 同仁, a Uyghur grandmother from 墨玉 in 汶上, a Hui butcher from
广河 in 中都街道, a child director in 鸡黍镇, a community worker in 金乡街道, a grandmother in 南旺镇 and a head teacher
in 羊山镇; merged and scored once (`{now_rev}`, the detector of the fifty-sixth round). The set is now spent.) "Before"
is the detector at `{rev}`, the end of the fifty-fifth round, run side by side with the one at `{now_rev}`. Recall per
category:

{cat}

{typ}

No item of 355 left in part (six with the detectors at the end of rounds 11 and 15, none with the one before this
round). Person recall 0.732 with the detector at the end of round 11, 0.750 at the end of round 15, 0.882 before this
round and 0.886 with it; precision 0.917, 0.919, 0.927 and 0.927. The pseudonym map's check_edge marked 41 of 260 person
replacements (0.158). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT166_TEXT = """**Held-out set 166 -- a blind result of the fifty-sixth round** (tests/pii/holdout166, {chars}
characters, no names.csv; written on branch pii-holdout166 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 167, in voices of sets 3-165 never used, in 巨野 and 单县: a Mongolian peony
painter from 正蓝旗 in 巨野, a Kham Tibetan grandfather from 德格, a Kazakh slaughterer from 哈巴河 in 单县, a Yi
grandmother from 昭觉 in 单县, a child director in 凤凰街道, a social worker in 园艺街道, an uncle in 田庄镇 and a
civil-affairs clerk in 龙堌镇; merged and scored once (`{now_rev}`, the detector of the fifty-sixth round). The set is
now spent.) "Before" is the detector at `{rev}`, the end of the fifty-fifth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

One item of 358 left in part (four with the detectors at the end of rounds 11 and 15, one with the one before this
round): a Yi name ending in 都 'all' before a time (儿子|吉克色|都十几年前): not taken. Person recall 0.723 with the
detector at the end of round 11, 0.755 at the end of round 15 and 0.851 with this round's (the same before it);
precision 0.953, 0.959 and 0.964. The pseudonym map's check_edge marked 35 of 249 person replacements (0.141), not the
edge of 吉克色|都. Over the two blind sets of the fifty-sixth round (166-167, 713 items) 1 item was left in part
(0.14%), a name whose edge check_edge did not mark. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT165_TEXT = """**Held-out set 165 -- a blind result of the fifty-fifth round** (tests/pii/holdout165, {chars}
characters, no names.csv; written on branch pii-holdout165 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 164, in voices of sets 3-163 never used, in 冠县 and 茌平: a Mongolian
grandmother from 科尔沁右翼中旗 in 冠县, a Kham Tibetan forklift driver from 理塘 in 茌平, a Hui beef-noodle seller from
临夏 in 清泉街道, a Kazakh duck-plant worker from 福海 in 冠县, a child director in 烟店镇, a community worker in
振兴街道, an aunt in 博平镇 and a head teacher in 贾寨镇; merged and scored once (`{now_rev}`, the detector of the
fifty-fifth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-fourth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 349 left in part (one with the detectors at the end of rounds 11 and 15). The writer used all thirteen
grammar-word surnames of the brief (都, 和, 向, 才, 让, 有, 也, 能, 还, 要, 把, 就, 被) and most of those names were
missed whole: person recall 0.669 with the detector at the end of round 11, 0.714 at the end of round 15 and 0.792 with
this round's (the same before it); precision 0.928, 0.960 and 0.964. Surnames declared after a noun (我对象姓把，) or
explained by a quoted word (“要不要”的要。), and given names that are also words (有|红霞), were taken after the round
(round 56). The pseudonym map's check_edge marked 32 of 221 person replacements (0.145). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT164_TEXT = """**Held-out set 164 -- a blind result of the fifty-fifth round** (tests/pii/holdout164, {chars}
characters, no names.csv; written on branch pii-holdout164 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 165, in voices of sets 3-163 never used, in 栖霞 and 蓬莱: a Mongolian apple
packer from 阿巴嘎旗 in 栖霞, an Amdo Tibetan grandmother from 玛沁, a Uyghur dried-fruit seller from 伽师 in 蓬莱, a Yi
vineyard worker from 美姑 in 蓬莱, a child director in 庄园街道, a social worker in 紫荆山街道, a grandmother in 桃村镇
and a civil-affairs clerk in 大辛店镇; merged and scored once (`{now_rev}`, the detector of the fifty-fifth round). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-fourth round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 355 left in part (two with the detector at the end of round 11, one at the end of round 15): a village whose
name ends in 让 'let', after a town whose last character and the village's first make a city's name
(玛沁县大武镇江让|村二社6号|: 镇江), so only the village's unit and number were taken. Person recall 0.782 with the
detector at the end of round 11, 0.839 at the end of round 15 and 0.914 with this round's (the same before it);
precision 0.886, 0.900 and 0.904. The pseudonym map's check_edge marked 27 of 282 person replacements (0.096). Over the
two blind sets of the fifty-fifth round (164-165, 704 items) 1 item was left in part (0.14%), no name. On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT163_TEXT = """**Held-out set 163 -- a blind result of the fifty-fourth round** (tests/pii/holdout163, {chars}
characters, no names.csv; written on branch pii-holdout163 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 162, in voices of sets 3-161 never used, in 禹城 and 莱阳: a Mongolian
grandfather from 太仆寺旗 in 禹城, an Amdo Tibetan juice-plant worker from 河南县 in 莱阳, a Uyghur knife and naan
seller from 英吉沙 in 市中街道, a Hui grandmother from 东乡 in 城厢街道, a child director in 房寺镇, a social worker in
古柳街道, a grandfather in 照旺庄镇 and a head teacher in 伦镇; merged and scored once (`{now_rev}`, the detector of the
fifty-fourth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-third round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 353 left in part (three with the detector at the end of round 11, two at the end of round 15): a Mongolian
name whose first syllable is 舍 'give up', before a kin title (给舍|冷爷爷|问好), and a Hui name ending in 都 'all'
before 在 (外孙|阿布|都在兰州): not taken. Person recall 0.744 with the detector at the end of round 11, 0.810 at the
end of round 15 and 0.872 with this round's (the same before it); precision 0.931, 0.957 and 0.960. The pseudonym map's
check_edge marked 20 of 248 person replacements (0.081), neither edge. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT162_TEXT = """**Held-out set 162 -- a blind result of the fifty-fourth round** (tests/pii/holdout162, {chars}
characters, no names.csv; written on branch pii-holdout162 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 163, in voices of sets 3-161 never used, in 昌邑 and 乐陵: a Mongolian
seat-cover sewer from 苏尼特左旗 in 奎聚街道, a Kham Tibetan jujube porter from 石渠 in 乐陵, a Kazakh grandfather from
吉木乃 in 都昌街道, a Yi silk-mill worker from 喜德 in 柳疃镇, a community worker in 市中街道, a child director in
围子街道, an uncle in 饮马镇 and a village doctor in 朱集镇; merged and scored once (`{now_rev}`, the detector of the
fifty-fourth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-third round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 351 left in part (five with the detectors at the end of rounds 11 and 15): a Tibetan short name after the
surname 向 'towards' (学校写的向|更呷|。) and a lane whose name starts with 把 (胜利社区把|家胡同4号|): not taken.
Person recall 0.760 with the detector at the end of round 11, 0.797 at the end of round 15 and 0.871 with this round's
(the same before it); precision 0.936, 0.943 and 0.948. The pseudonym map's check_edge marked 31 of 249 person
replacements (0.124), the edge of 向|更呷 among them. Over the two blind sets of the fifty-fourth round (162-163, 704
items) 4 items were left in part (0.57%), three of them names; check_edge marked one of those three edges. On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT161_TEXT = """**Held-out set 161 -- a blind result of the fifty-third round** (tests/pii/holdout161, {chars}
characters, no names.csv; written on branch pii-holdout161 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 160, in voices of sets 3-159 never used, in 兰陵 and 临朐: a Mongolian
grandmother from 科左后旗 in 兰陵, an Amdo Tibetan window-shop worker from 化隆 in 临朐, a Hui bun seller from 泾源 in
卞庄街道, a Kazakh grandfather from 阿勒泰 in 城关街道, a child director in 尚庄镇, a social worker in 东城街道, an aunt
in 九山镇 and a head teacher in 柳山镇; merged and scored once (`{now_rev}`, the detector of the fifty-third round). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-second round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 343 left in part (six with the detectors at the end of rounds 11 and 15). Person recall 0.769 with the
detector at the end of round 11, 0.807 at the end of round 15 and 0.902 with this round's (the same before it);
precision 0.935, 0.942 and 0.948. The pseudonym map's check_edge marked 27 of 251 person replacements (0.108). On this
set since:

{cat_now}

{typ_now}
"""

HOLDOUT160_TEXT = """**Held-out set 160 -- a blind result of the fifty-third round** (tests/pii/holdout160, {chars}
characters, no names.csv; written on branch pii-holdout160 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 161, in voices of sets 3-159 never used, in 沂水 and 郯城: a Mongolian van
driver from 杭锦旗 in 沂水, a Kham Tibetan grandmother from 白玉 in 郯城, a Uyghur raisin seller from 皮山 in 沂城街道,
a Yi nursery worker from 雷波 in 马站镇, a community worker in 郯城街道, a child director in 许家湖镇, a grandfather in
高峰头镇 and a village doctor in 院东头镇; merged and scored once (`{now_rev}`, the detector of the fifty-third round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-second round, run side by side with the
one at `{now_rev}`. Recall per category:

{cat}

{typ}

Seven items of 348 left in part (nine with the detector at the end of round 11, eleven at the end of round 15): a boy
whose surname is 把, the word of the ba-construction, said four times, once spaced (头一个是把|小龙|，,
给把|小龙|调过药: the given name is replaced, 把 kept), a Mongolian name after the surname 和 'and', plain and spaced
(又成了和|阿日宾|), both not taken, and a flat said as a bare number after a street's section
(红旗路南段77号|2号楼3单元501|; taken since, 392a4eb). Person recall 0.733 with the detector at the end of round 11,
0.777 at the end of round 15 and 0.850 with this round's (the same before it); precision 0.896, 0.909 and 0.917. The
pseudonym map's check_edge marked 37 of 252 person replacements (0.147), two of the six edges of names left in part.
Over the two blind sets of the fifty-third round (160-161, 691 items) 7 items were left in part (1.01%), six of them
names, all in one set. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT159_TEXT = """**Held-out set 159 -- a blind result of the fifty-second round** (tests/pii/holdout159, {chars}
characters, no names.csv; written on branch pii-holdout159 by someone who never saw the detector nor the repository's
commit messages, at the same time as sets 156-158, in voices of sets 3-157 never used, in 莒县 and 五莲: a Mongolian
grandfather from 陈巴尔虎旗 in 莒县, a Kham Tibetan canteen worker from 新龙 in 五莲, a Uyghur lamb seller from 疏附 in
城阳街道, a Kazakh grandmother from 哈巴河 in 洪凝街道, a child director in 浮来山街道, a social worker in 潮河镇, a
grandmother in 街头镇 and a head teacher in 叩官镇; merged and scored once (`{now_rev}`, the detector of the
fifty-second round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-first round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Five items of 354 left in part (as many with every earlier detector): a child director whose surname is 还 'still', a
surname no list has, said four times (儿童主任还|淑珍|, 还|淑珍|说 ...: the given name is replaced, 还 kept), and a name
spaced before its last character, 让 'let' (晏谦| 让拆成了两半): not taken. The writer used grammar words as surnames on
purpose (和, 向, 才, 都, 有, 也, 能, 要, 还, 把, 让). Person recall 0.791 with the detector at the end of round 11,
0.828 at the end of round 15 and 0.908 with this round's (the same before it); precision 0.955, 0.961 and 0.965. The
pseudonym map's check_edge marked 24 of 255 person replacements (0.094), one of the five edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT158_TEXT = """**Held-out set 158 -- a blind result of the fifty-second round** (tests/pii/holdout158, {chars}
characters, no names.csv; written on branch pii-holdout158 by someone who never saw the detector nor the repository's
commit messages, at the same time as sets 156, 157 and 159, in voices of sets 3-157 never used, in 蒙阴 and 平邑: a
Mongolian peach sorter from 扎鲁特旗 in 蒙阴, an Amdo Tibetan grandfather from 同仁 in 平邑, a Hui noodle seller from
海原 in 常路镇, a Yi honeysuckle picker from 昭觉 in 地方镇, a community worker in 蒙阴街道, a child director in 仲村镇,
an uncle in 野店镇 and a village doctor in 流峪镇; merged and scored once (`{now_rev}`, the detector of the fifty-second
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifty-first round, run side by side
with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 358 left in part (eight with the detectors at the end of rounds 11 and 15): two names with a compound
surname whose last given character makes a word with what follows (律师|太史嘉|言说: not taken; 拓跋清|和是: 和 'and'
never stands before 是, taken since, c4dab32), and a Yi name written with a full-width space, found as two names
(阿侯|　|克哈: no character left, but two pseudonyms). Person recall 0.667 with the detector at the end of round 11,
0.718 at the end of round 15 and 0.802 with this round's (the same before it); precision 0.968, 0.975 and 0.973. The
pseudonym map's check_edge marked 23 of 226 person replacements (0.102), all four edges of names left in part among
them. Over the two blind sets of the fifty-second round (158-159, 712 items) 8 items were left in part (1.12%), all
names; check_edge marked five of the nine edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT157_TEXT = """**Held-out set 157 -- a blind result of the fifty-first round** (tests/pii/holdout157, {chars}
characters, no names.csv; written on branch pii-holdout157 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 156, in voices of sets 3-155 never used, in 宁阳 and 泗水: a Mongolian
grandmother from 镶黄旗 in 宁阳, an Amdo Tibetan noodle-plant worker from 尖扎 in 泗水, a Uyghur naan seller from 墨玉
in 济河街道, a Hui grandfather from 广河 in 泉林镇, a child director in 磁窑镇, a social worker in 济河街道, a
grandfather in 星村镇 and a head teacher in 蒋集镇; merged and scored once (`{now_rev}`, the detector of the fifty-first
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fiftieth round, run side by side with
the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 351 left in part (six with the detector at the end of round 11, seven at the end of round 15): the compound
surname 叔孙, which the surname list leaves out as words, before a whole name (一块的叔|孙婉宁|; taken since, d1cc7bf),
and a Hui name ending in 也 'also' (弟媳|阿西|也每年寄来: not taken). Person recall 0.830 with the detector at the end
of round 11, 0.848 at the end of round 15 and 0.906 with this round's (the same before it); precision 0.943, 0.948 and
0.951. The pseudonym map's check_edge marked 28 of 264 person replacements (0.106), neither edge. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT156_TEXT = """**Held-out set 156 -- a blind result of the fifty-first round** (tests/pii/holdout156, {chars}
characters, no names.csv; written on branch pii-holdout156 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 157, in voices of sets 3-155 never used, in 新泰 and 肥城: a Mongolian
coal-truck driver from 阿鲁科尔沁旗 in 新泰, a Kham Tibetan cannery worker from 炉霍 in 肥城, a Kazakh grandmother from
特克斯 in 青云街道, a Yi building worker from 布拖 in 汶阳镇, a community worker in 新城街道, a child director in
楼德镇, an aunt in 仪阳街道 and a village doctor in 石横镇; merged and scored once (`{now_rev}`, the detector of the
fifty-first round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fiftieth round, run side
by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 351 left in part (three with the detector at the end of round 11, four at the end of round 15): a
compound surname before a given name the span had taken one character past (律师钟离|慕远帮|), an address with site
housing inside it (汶阳路88号|工地板房2排7号; both taken since, d1cc7bf), and a Mongolian name starting with 那 after 的
(同嘎查的那|木斯莱先|来: not taken; 的那 'that ... of' reads as well). Person recall 0.767 with the detector at the end
of round 11, 0.796 at the end of round 15 and 0.859 with this round's (the same before it); precision 0.936, 0.955 and
0.959. The pseudonym map's check_edge marked 20 of 241 person replacements (0.083), one of the two edges of names left
in part. Over the two blind sets of the fifty-first round (156-157, 702 items) 5 items were left in part (0.71%), four
of them names; check_edge marked one of those four edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT155_TEXT = """**Held-out set 155 -- a blind result of the fiftieth round** (tests/pii/holdout155, {chars}
characters, no names.csv; written on branch pii-holdout155 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 154, in voices of sets 3-153 never used, in 高密 and 安丘: a Mongolian
grandfather from 翁牛特旗 in 高密, an Amdo Tibetan cold-store worker from 夏河 in 安丘, a Hui skewer seller from 西吉 in
醴泉街道, a Kazakh mill worker from 富蕴 in 夏庄镇, a child director in 柏城镇, a social worker in 兴安街道, a
grandmother in 景芝镇 and a head teacher in 密水街道; merged and scored once (`{now_rev}`, the detector of the fiftieth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-ninth round, run side by side
with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 349 left in part (nine with the detectors at the end of rounds 11 and 15): a Uyghur name whose first
syllable is 那 'that', after a kin word, said twice (我老婆那|孜古丽|, 妈妈那|孜古丽|), and a spaced Mongolian name
whose first syllable stood before a token jieba cut (老伴成了莎|如拉 其其格|); all three taken since (26b39c2). Person
recall 0.700 with the detector at the end of round 11, 0.751 at the end of round 15 and 0.852 with this round's (the
same before it); precision 0.933, 0.941 and 0.948. The pseudonym map's check_edge marked 29 of 249 person replacements
(0.116), all three edges left in part among them. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT154_TEXT = """**Held-out set 154 -- a blind result of the fiftieth round** (tests/pii/holdout154, {chars}
characters, no names.csv; written on branch pii-holdout154 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 155, in voices of sets 3-153 never used, in 宜都 and 枝江: a Mongolian orange
packer from 东乌珠穆沁旗 in 陆城街道, a Kham Tibetan grandfather from 理塘 in 枝江, a Uyghur dried-fruit seller from
洛浦 in 马家店街道, a Yi tea picker from 金阳 in 红花套镇, a community worker in 问安镇, a child director in 枝城镇, an
uncle in 七星台镇 and a village doctor in 高坝洲镇; merged and scored once (`{now_rev}`, the detector of the fiftieth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-ninth round, run side by side
with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 349 left in part (three with the detectors at the end of rounds 11 and 15): an address with an annex number
after its house number (民主大道88号|附5号; taken since, 26b39c2), and a Han name with the surname 才 'only' after 教
'teach' (教才|桂英|: not taken). Person recall 0.709 with the detector at the end of round 11, 0.735 at the end of round
15 and 0.817 with this round's (the same before it); precision 0.945, 0.966 and 0.969. The pseudonym map's check_edge
marked 22 of 226 person replacements (0.097), not the edge of 才|桂英. Over the two blind sets of the fiftieth round
(154-155, 698 items) 5 items were left in part (0.72%), four of them names; check_edge marked three of those four edges.
On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT153_TEXT = """**Held-out set 153 -- a blind result of the forty-ninth round** (tests/pii/holdout153, {chars}
characters, no names.csv; written on branch pii-holdout153 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 152, in voices of sets 3-151 never used, in 汨罗 and 韶山: a Mongolian
grandmother from 正蓝旗 in 汨罗, an Amdo Tibetan guesthouse cleaner from 玛曲 in 韶山, a Uyghur lamb seller from 伽师
in 归义镇, a Hui grandfather from 临夏 in 清溪镇, a child director in 新市镇, a social worker in 银田镇, a grandmother
in 长乐镇 and a head teacher in 罗江镇; merged and scored once (`{now_rev}`, the detector of the forty-ninth round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-eighth round, run side by side with
the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 358 left in part (none with the detectors at the end of rounds 11 and 15, which did not find the name at
all): a short form of a Tibetan name that a school wrote with a Han surname and a full-width space
(学校的表上是庞|　德却|; taken since, a733416). Person recall 0.798 with the detector at the end of round 11, 0.841 at
the end of round 15 and 0.903 with this round's (the same before it); precision 0.936, 0.951 and 0.951. The pseudonym
map's check_edge marked 27 of 263 person replacements (0.103), the edge of 庞|　德却 among them. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT152_TEXT = """**Held-out set 152 -- a blind result of the forty-ninth round** (tests/pii/holdout152, {chars}
characters, no names.csv; written on branch pii-holdout152 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 153, in voices of sets 3-151 never used, in 麻城 and 应城: a Mongolian
forklift driver from 乌审旗 in 麻城, a Kham Tibetan grandmother from 德格 in 应城, a Kazakh canteen worker from 额敏 in
城北街道, a Yi brick-kiln worker from 美姑 in 宋河镇, a community worker in 鼓楼街道, a child director in 龟山镇, an
uncle in 长江埠街道 and a village doctor in 福田河镇; merged and scored once (`{now_rev}`, the detector of the
forty-ninth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-eighth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 348 left in part (nine with the detector at the end of round 11, six at the end of round 15): a Han
name ending in 有 'have', said twice (隔壁住的是|汪根|有， and 被|汪根|有撞开门; taken since, a733416), and a village
clinic given as an address without a house number (麻城市福田河镇|凉亭岗村卫生室: not taken). Person recall 0.762
with the detector at the end of round 11, 0.806 at the end of round 15 and 0.853 with this round's (the same before
it); precision 0.912, 0.928 and 0.928. The pseudonym map's check_edge marked 26 of 251 person replacements (0.104), not
the two edges of 汪根|有. Over the two blind sets of the forty-ninth round (152-153, 706 items) 4 items were left in
part (0.57%), three of them names; check_edge marked one of those three edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT151_TEXT = """**Held-out set 151 -- a blind result of the forty-eighth round** (tests/pii/holdout151, {chars}
characters, no names.csv; written on branch pii-holdout151 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 150, in voices of sets 3-149 never used, in 仪征 and 太仓: a Mongolian
grandmother from 阿巴嘎 in 真州镇, a Kham Tibetan fisherman from 巴塘 in 浏河镇, a Uyghur naan seller from 麦盖提 in
城厢镇, a Kazakh mill worker from 青河 in 沙溪镇, a community worker in 刘集镇, a child director in 璜泾镇, a
grandfather in 月塘镇 and a village doctor in 双凤镇; merged and scored once (`{now_rev}`, the detector of the
forty-eighth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-seventh round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 357 left in part (eight with the detectors at the end of rounds 11 and 15): a Mongolian name ending in
达赖 'sea', the spelling of the Dalai Lama's title (蒙古族老乡|牧仁|达赖在大学教书; listed after scoring, f21d5bf).
Person recall 0.696 with the detector at the end of round 11, 0.721 at the end of round 15 and 0.873 with this round's
(the same before it); precision 0.941, 0.948 and 0.956. The pseudonym map's check_edge marked 22 of 252 person
replacements (0.087), not the edge of 牧仁|达赖 (a listed name followed by a word). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT150_TEXT = """**Held-out set 150 -- a blind result of the forty-eighth round** (tests/pii/holdout150, {chars}
characters, no names.csv; written on branch pii-holdout150 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 151, in voices of sets 3-149 never used, in 胶州 and 邹城: a Mongolian glove
sewer from 科右中旗 in 胶东街道, an Amdo Tibetan grandfather from 碌曲 in 邹城, a Hui lamb-soup seller from 同心 in
李哥庄镇, a Yi coal-yard worker from 盐源 in 太平镇, a child director in 香城镇, a social worker in 钢山街道, an aunt
in 九龙山街道 and a head teacher in 胶西镇; merged and scored once (`{now_rev}`, the detector of the forty-eighth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-seventh round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 349 left in part (two with the detectors at the end of rounds 11 and 15): an address whose room followed
the house number (幸福路27号|东屋; taken since, f21d5bf). Person recall 0.761 with the detector at the end of round
11, 0.817 at the end of round 15 and 0.862 with this round's (the same before it); precision 0.953, 0.965 and 0.966.
The pseudonym map's check_edge marked 21 of 238 person replacements (0.088). Over the two blind sets of the
forty-eighth round (150-151, 706 items) 2 items were left in part (0.28%), one a name (check_edge did not mark it) and
one an address. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT149_TEXT = """**Held-out set 149 -- a blind result of the forty-seventh round** (tests/pii/holdout149, {chars}
characters, no names.csv; written on branch pii-holdout149 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 148, in voices of sets 3-147 never used, in 瑞金 and 宁国: a Mongolian
grandmother from 达茂 in 瑞金, an Amdo Tibetan bamboo-shoot worker from 壤塘 in 宁国, a Kazakh orange packer from 木垒
in 象湖镇, a Yi quarry worker from 会理 in 港口镇, a community worker in 西津街道, a child director in 沙洲坝镇, an
uncle in 中溪镇 and a village doctor in 壬田镇; merged and scored once (`{now_rev}`, the detector of the forty-sixth
round, unchanged in the forty-seventh). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
forty-sixth round, the same one. Recall per category:

{cat}

{typ}

One item of 356 left in part (one with the detector at the end of round 11, two at the end of round 15): a rare surname
before a Kazakh given name the text names alone too (户口上是揭|阿合江|，). Person recall 0.745 with the detector at the
end of round 11, 0.793 at the end of round 15 and 0.836 with this round's; precision 0.940, 0.948 and 0.950. The
pseudonym map's check_edge marked 24 of 242 person replacements (0.099), the edge of 揭|阿合江 among them. On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT148_TEXT = """**Held-out set 148 -- a blind result of the forty-seventh round** (tests/pii/holdout148, {chars}
characters, no names.csv; written on branch pii-holdout148 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 149, in voices of sets 3-147 never used, in 仙桃 and 潜江: a Mongolian gown
stitcher from 商都 in 彭场镇, a Kham Tibetan crayfish peeler from 江达 in 潜江, a Uyghur grandfather from 柯坪 in
沙嘴街道, a Hui noodle seller from 巴里坤 in 园林街道, a child director in 毛嘴镇, a social worker in 熊口镇, a
grandmother in 剅河镇 and a head teacher in 老新镇; merged and scored once (`{now_rev}`, the detector of the forty-sixth
round, unchanged in the forty-seventh). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
forty-sixth round, the same one. Recall per category:

{cat}

{typ}

One item of 349 left in part (as many with the detectors at the end of rounds 11 and 15): a twin's given name whose last
character makes a word with the 和 'and' after it (双胞胎，|付嘉|怡和|付嘉乐|). Person recall 0.781 with the detector at
the end of round 11, 0.803 at the end of round 15 and 0.862 with this round's; precision 0.968, 0.982 and 0.983. The
pseudonym map's check_edge marked 26 of 236 person replacements (0.110), the edge of 付嘉|怡 among them. Over the two
blind sets of the forty-seventh round (148-149, 705 items) 2 items were left in part (0.28%), and check_edge marked both
edges, at 50 of 478 replacements. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT147_TEXT = """**Held-out set 147 -- a blind result of the forty-sixth round** (tests/pii/holdout147, {chars}
characters, no names.csv; written on branch pii-holdout147 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 146, in voices of sets 3-145 never used, in 寿光 and 青州: a Mongolian
greenhouse worker from 阿拉善左旗 in 寿光, a Kham Tibetan vegetable sorter from 泽库 in 圣城街道, a Uyghur grandmother
from 且末 in 弥河镇, a Yi nursery worker from 宁蒗 in 黄楼街道, a community worker in 羊口镇, a child director in
邵庄镇, an uncle in 王府街道 and a village doctor in 稻田镇; merged and scored once (`{now_rev}`, the detector of the
forty-sixth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-fifth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 348 left in part (as many with the detector at the end of round 45, five with those at the end of rounds
11 and 15), all Tibetan or Yi names a syllable of which is also a word: 东智, the Amdo spelling of Döndrup that no list
has, after 多杰, plain and spaced (我男人|多杰|东智开, 成了|多杰| 东智); 看 'look' as a first syllable after a role word
(儿童主任|看|卓吉|给); 各 'each' as a last syllable before an age (女儿|阿苏尔|各七岁). Person recall 0.772 with the
detector at the end of round 11, 0.776 at the end of round 15, 0.828 at the end of round 45 and with this round's;
precision 0.932, 0.954, 0.961 and 0.961. The pseudonym map's check_edge marked 27 of 231 person replacements (0.117) and
two of the four edges (多杰|东智 plain, 阿苏尔|各); not 看|卓吉 nor the spaced 多杰| 东智 (a space ends its look). On
this set since:

{cat_now}

{typ_now}
"""

HOLDOUT146_TEXT = """**Held-out set 146 -- a blind result of the forty-sixth round** (tests/pii/holdout146, {chars}
characters, no names.csv; written on branch pii-holdout146 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 147, in voices of sets 3-145 never used, in 荣成 and 乳山: a Mongolian net
mender from 额济纳 in 石岛, an Amdo Tibetan grandfather from 河南县 in 乳山, a Hui noodle-shop father from 民和 in
崖头街道, a Kazakh kelp-workshop mother from 青河 in 夏村镇, a child director in 俚岛镇, a social worker in 海阳所镇, a
grandmother in 育黎镇 and a school doctor in 乳山; merged and scored once (`{now_rev}`, the detector of the forty-sixth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-fifth round, run side by side
with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 356 left in part (none with the detectors at the end of rounds 15 and 45, one at the end of round 11). Person
recall 0.796 with the detector at the end of round 11, 0.811 at the end of round 15, 0.882 at the end of round 45 and
with this round's; precision 0.953, 0.954, 0.965 and 0.965. The pseudonym map's check_edge marked 29 of 256 person
replacements (0.113). Over the two blind sets of the forty-sixth round (146-147, 704 items) 4 items were left in part
(0.57%), and check_edge marked 56 of 487 replacements and two of the four edges. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT145_TEXT = """**Held-out set 145 -- a blind result of the forty-fifth round** (tests/pii/holdout145, {chars}
characters, no names.csv; written on branch pii-holdout145 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 144, in voices of sets 3-143 never used, in 福鼎 and 邵武: a Mongolian
grandmother from 苏尼特右旗 in 福鼎, a Kham Tibetan tea picker from 班玛 in 太姥山镇, a Kazakh bamboo-workshop mother
from 吉木萨尔 in 邵武, a Yi builder from 甘洛 in 水北镇, a community worker in 桐山街道, a child director in 拿口镇, an
uncle in 点头镇 and a village doctor in 和平镇; merged and scored once (`{now_rev}`, the detector of the forty-fifth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-fourth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 350 left in part (as many with every earlier detector): an address that goes on after the house number
with a building and a room (东关路47号|竹器厂宿舍301室). Person recall 0.796 with the detector at the end of round
11, 0.836 at the end of round 15, 0.896 at the end of round 44 and with this round's; precision 0.934, 0.957, 0.960
and 0.960. The pseudonym map's check_edge marked 26 of 251 person replacements (0.104). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT144_TEXT = """**Held-out set 144 -- a blind result of the forty-fifth round** (tests/pii/holdout144, {chars}
characters, no names.csv; written on branch pii-holdout144 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 145, in voices of sets 3-143 never used, in 龙口 and 莱州: a Mongolian
scallop sheller from 乌拉特后旗 in 龙口, an Amdo Tibetan sack sewer from 曲麻莱 in 北马镇, a Uyghur grandfather from
英吉沙 in 东莱街道, a Hui noodle seller from 积石山 in 沙河镇, a child director in 朱桥镇, a social worker in
三山岛街道, a grandmother in 芦头镇 and a head teacher in 土山镇; merged and scored once (`{now_rev}`, the detector of
the forty-fifth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-fourth round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 356 left in part (three and five with the detectors at the end of rounds 11 and 15, one at the end of
round 44): a teknonym whose kin word the writer marked with it (是|吕家二|嫂: the replacement took 吕家二, the kin word
嫂 stayed, as a kept title does). Person recall 0.801 with the detector at the end of round 11, 0.867 at the end of
round 15, 0.919 at the end of round 44 and with this round's; precision 0.939, 0.940, 0.943 and 0.943. The pseudonym
map's check_edge marked 28 of 264 person replacements (0.106), not the edge before 嫂 (a kin word is never a name's
last syllable to it). Over the two blind sets of the forty-fifth round (144-145, 706 items) 2 items were left in part
(0.28%), neither leaking a name's syllable. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT143_TEXT = """**Held-out set 143 -- a blind result of the forty-fourth round** (tests/pii/holdout143, {chars}
characters, no names.csv; written on branch pii-holdout143 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 142, in voices of sets 3-141 never used, in 启东 and 新沂: a Mongolian
grandfather from 西乌珠穆沁旗 in 启东, a Kham Tibetan seaweed packer from 杂多 in 吕四港镇, a Uyghur kebab seller from
沙雅 in 新安街道, a Kazakh glass-workshop mother from 托里 in 窑湾镇, a social worker in 汇龙镇, a child director in
马陵山镇, a grandfather in 海复镇 and a class teacher in 时集镇; merged and scored once (`{now_rev}`, the detector of
the forty-fourth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-third round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 351 left in part (one with the detectors at the end of rounds 11 and 15). Person recall 0.749 with the
detector at the end of round 11, 0.782 at the end of round 15, 0.878 at the end of round 43 and with this round's;
precision 0.940, 0.951, 0.956 and 0.956. The pseudonym map's check_edge marked 31 of 249 person replacements (0.124).
On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT142_TEXT = """**Held-out set 142 -- a blind result of the forty-fourth round** (tests/pii/holdout142, {chars}
characters, no names.csv; written on branch pii-holdout142 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 143, in voices of sets 3-141 never used, in 高邮 and 诸城: a Mongolian
duck-plant worker from 四子王旗 in 高邮, an Amdo Tibetan forklift driver from 治多 in 诸城, a Hui grandmother from 泾源
in 菱塘回族乡, a Yi garment worker from 普格 in 密州街道, a community worker in 三垛镇, a child director in 枳沟镇, an
aunt in 辛兴镇 and a township doctor in 界首镇; merged and scored once (`{now_rev}`, the detector of the forty-fourth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-third round, run side by side
with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 356 left in part (two with the detector at the end of round 43, three at the end of rounds 11 and 15): an
Amdo name with the ending 本 before the adverb 先 (同村的|扎西|本先来的); the round's cue for given names of cue-only
characters took the other whole (跟爷爷|储金有|过, 储金|有过 before). Person recall 0.723 with the detector at the end
of round 11, 0.810 at the end of round 15, 0.905 at the end of round 43 and 0.912 with this round's; precision 0.947,
0.965, 0.976 and 0.977. The pseudonym map's check_edge marked 29 of 256 person replacements (0.113), the edge of
扎西|本 among them. Over the two blind sets of the forty-fourth round (142-143, 707 items) 1 item was left in part
(0.14%), and check_edge marked 60 of 505 replacements and that one edge. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT141_TEXT = """**Held-out set 141 -- a blind result of the forty-third round** (tests/pii/holdout141, {chars}
characters, no names.csv; written on branch pii-holdout141 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 140, in voices of sets 3-139 never used, in 靖江 and 上虞: a Mongolian
shipyard-canteen cook from 正镶白旗, an Amdo Tibetan grandfather from 门源 in 上虞, a Hui bun seller from 海原 in
靖城街道, a Kazakh umbrella-factory father from 布尔津 in 崧厦街道, a child director in 百官街道, a social worker in
孤山镇, a grandmother in 丰惠镇 and a school nurse in 新桥镇; merged and scored once (`{now_rev}`, the detector of the
forty-third round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-second round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 352 left in part (one with the detectors at the end of rounds 11 and 15). Person recall 0.774 with the
detector at the end of round 11, 0.826 at the end of round 15, 0.889 at the end of round 42 and with this round's;
precision 0.946, 0.957, 0.960 and 0.960. The pseudonym map's check_edge marked 27 of 250 person replacements (0.108).
On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT140_TEXT = """**Held-out set 140 -- a blind result of the forty-third round** (tests/pii/holdout140, {chars}
characters, no names.csv; written on branch pii-holdout140 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 141, in voices of sets 3-139 never used, in 嵊州 and 如皋: a Mongolian
grandmother from 扎鲁特旗 in 嵊州, a Kham Tibetan necktie ironer from 石渠 in 甘棠镇, a Uyghur naan baker from 皮山 in
如城街道, a Yi grandmother from 喜德 in 搬经镇, a community worker in 剡湖街道, a child director in 长江镇, a head
teacher in 崇仁镇 and an uncle in 东陈镇; merged and scored once (`{now_rev}`, the detector of the forty-third round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-second round, run side by side with
the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 349 left in part (as many with every earlier detector): a Yi clan name before a given name that is also a
Han given name (小的|阿苏|金花). Person recall 0.790 with the detector at the end of round 11, 0.809 at the end of
round 15, 0.849 at the end of round 42 and 0.853 with this round's; precision 0.923, 0.948, 0.951 and 0.951. The
pseudonym map's check_edge, measured here for the first time on a set no one had seen, marked 35 of 244 person
replacements (0.143), the edge of 阿苏|金花 among them. Over the two blind sets of the forty-third round (140-141, 701
items) 1 item was left in part (0.14%), and check_edge marked 62 of 494 replacements and that one edge. On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT139_TEXT = """**Held-out set 139 -- a blind result of the forty-second round** (tests/pii/holdout139, {chars}
characters, no names.csv; written on branch pii-holdout139 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 138, in voices of sets 3-137 never used, in 桐乡 and 丹阳: a Mongolian
fibreglass worker from 陈巴尔虎旗, a Kham Tibetan lens polisher from 稻城 in 丹阳, a Kazakh grandfather from 吉木乃 in
濮院镇, a Yi frame-workshop mother from 金阳, a community worker in 梧桐街道, a child director in 司徒镇, a grandfather
in 崇福镇 and a village doctor in 吕城镇; merged and scored once (`{now_rev}`, the detector of the forty-second round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the forty-first round, run side by side with the
one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 332 left in part (five and three with the detectors at the end of rounds 11 and 15), both addresses that go
on after the house number: a building inside a market with its unit and room (永越路27号|羊毛衫市场后楼2单元503室; then
taken) and a floor named in words (东方村五组21号|后院二楼). Person recall 0.777 with the detector at the end of round
11, 0.825 at the end of round 15, 0.880 at the end of round 41 and with this round's; precision 0.874, 0.892, 0.898 and
0.898. Scoring this set also showed a person span an address had grown over left empty, so that the pseudonymiser
inserted a pseudonym nobody said (羊毛衫 there, 丽阳兰庭 in court text); since fixed. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT138_TEXT = """**Held-out set 138 -- a blind result of the forty-second round** (tests/pii/holdout138, {chars}
characters, no names.csv; written on branch pii-holdout138 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 139, in voices of sets 3-137 never used, in 乐清 and 长乐: a Mongolian coil
winder from 镶黄旗, an Amdo Tibetan canteen cook from 久治 in 长乐, a Uyghur grandmother from 阿图什 in 柳市镇, a Hui
lamb seller from 泾川 in 吴航街道, a child director in 虹桥镇, a social worker in 营前街道, a special-education teacher
in 白石街道 and an aunt in 潭头镇; merged and scored once (`{now_rev}`, the detector of the forty-second round). The set
is now spent.) "Before" is the detector at `{rev}`, the end of the forty-first round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

One item of 339 left in part (two with the detectors at the end of rounds 11 and 15): the surname 被 before a comma,
then 被 'by' of the passive (妈妈是本地人，被|小兰|，被人骗去了缅甸). Person recall 0.759 with the detector at the end
of round 11, 0.775 at the end of round 15, 0.877 at the end of round 41 and with this round's; precision 0.946, 0.951,
0.953 and 0.953. Over the two blind sets of the forty-second round (138-139, 671 items) 3 items were left in part
(0.45%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT137_TEXT = """**Held-out set 137 -- a blind result of the forty-first round** (tests/pii/holdout137, {chars}
characters, no names.csv; written on branch pii-holdout137 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 136, in voices of sets 3-135 never used, in 福清 and 南安: a Mongolian
glass-factory worker from 巴林右旗, a Kham Tibetan grandfather from 乡城 in 南安, a Uyghur corn seller from 墨玉 in
融城街道, a Yi stone cutter from 雷波, a community worker in 龙田, a child director in 水头镇, a grandmother in 江阴镇
and a township doctor in 官桥; merged and scored once (`{now_rev}`, the detector of the forty-first round). The set is
now spent.) "Before" is the detector at `{rev}`, the end of the fortieth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 357 left in part (as many with every earlier detector): the Tibetan 向巴 (Jampa) after the preposition 向
(我向|向|巴邓珠借了三千块; 向巴 was then listed, from a real person's name, after three writers had used it) and a
Tibetan name whose second element no list had (阿婆此里|翁姆). Person recall 0.725 with the detector at the end of round
11, 0.764 at the end of round 15, 0.870 at the end of round 40 and 0.895 with this round's; precision 0.922, 0.930,
0.938 and 0.939. Over the two blind sets of the forty-first round (136-137, 711 items) 4 items were left in part
(0.56%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT136_TEXT = """**Held-out set 136 -- a blind result of the forty-first round** (tests/pii/holdout136, {chars}
characters, no names.csv; written on branch pii-holdout136 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 137, in voices of sets 3-135 never used, in 余姚 and 海宁: a Mongolian
grandmother from 达尔罕茂明安联合旗 in 余姚, an Amdo Tibetan leather sewer from 夏河 in 海宁, a Hui noodle-shop father
from 广河 in 阳明街道, a Kazakh mill worker from 哈巴河, a child director in 梨洲街道, a social worker in 许村, a
teacher in 马渚 and an uncle in 长安镇; merged and scored once (`{now_rev}`, the detector of the forty-first round). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the fortieth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 354 left in part (as many with every earlier detector): a Mongolian name whose last syllable is 那 'that'
before a verb (儿童主任|诺日布扎|那打了十几回电话; set 124 had 白照|那给) and a Han name whose last character the tagger
glued into a word (校长|邹国|平定了 'settled'). Person recall 0.776 with the detector at the end of round 11, 0.816 at
the end of round 15, 0.864 at the end of round 40 and 0.893 with this round's; precision 0.901, 0.921, 0.925 and 0.927.
On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT135_TEXT = """**Held-out set 135 -- a blind result of the fortieth round** (tests/pii/holdout135, {chars}
characters, no names.csv; written on branch pii-holdout135 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 134, in voices of sets 3-133 never used, in 张家港 and 宜兴: a Mongolian
dockyard cleaner from 科尔沁左翼后旗, an Amdo Tibetan kiln worker from 玛沁 in 宜兴, a Hui grandmother from 临夏 in
杨舍镇, a Yi cable-plant worker from 昭觉, a community worker in 金港, a child director in 丁蜀镇, an aunt in 锦丰 and a
rehabilitation therapist in 和桥; merged and scored once (`{now_rev}`, the detector of the fortieth round). The set is
now spent.) "Before" is the detector at `{rev}`, the end of the thirty-ninth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

No item of 358 left in part (one with the detectors at the end of rounds 11 and 15). Person recall 0.744 with the
detector at the end of round 11, 0.794 at the end of round 15, 0.845 at the end of round 39 and 0.856 with this round's;
precision 0.936, 0.944, 0.947 and 0.948. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT134_TEXT = """**Held-out set 134 -- a blind result of the fortieth round** (tests/pii/holdout134, {chars}
characters, no names.csv; written on branch pii-holdout134 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 135, in voices of sets 3-133 never used, in 慈溪 and 诸暨: a Mongolian
assembly-line worker from 乌拉特后旗, a Kham Tibetan grandmother from 理塘 in 浒山街道, a Uyghur nang seller from 疏附
in 诸暨, a Kazakh sock-factory worker from 特克斯, a child director in 观海卫, a social worker in 暨阳街道, a
special-class teacher in 店口 and a grandfather in 周巷; merged and scored once (`{now_rev}`, the detector of the
fortieth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirty-ninth round, run side
by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 349 left in part (five with the detectors at the end of rounds 11 and 15): a given name with a kin title the
writer marked whole as a form of address (村里都叫我|金土|伯; the name replaced whole, the title kept), as in set 131;
such forms after 叫我/喊他 were then made title forms, the same replacement with the span the writers marked. Person
recall 0.748 with the detector at the end of round 11, 0.777 at the end of round 15, 0.817 at the end of round 39 and
with this round's; precision 0.954, 0.956, 0.958 and 0.958. Over the two blind sets of the fortieth round (134-135, 707
items) 1 item was left in part (0.14%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT133_TEXT = """**Held-out set 133 -- a blind result of the thirty-ninth round** (tests/pii/holdout133, {chars}
characters, no names.csv; written on branch pii-holdout133 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 132, in voices of sets 3-131 never used, in 淄博 and 蚌埠: a Mongolian kiln
worker from 鄂托克前旗, a Kham Tibetan hospital cleaner from 巴塘 in 张店区, a Kazakh truck driver from 巩留 in 蚌山区,
a Yi grandmother from 美姑 in 怀远, a community worker in 博山, a child director in 五河, an uncle in 临淄 and a head
teacher in 固镇; merged and scored once (`{now_rev}`, the detector of the thirty-eighth round: the thirty-ninth made no
change before it). The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirty-eighth round, the
same one. Recall per category:

{cat}

{typ}

No item of 352 left in part (one with the detectors at the end of rounds 11 and 15). Person recall 0.772 with the
detector at the end of round 11, 0.801 at the end of round 15 and 0.851 at the end of round 38; precision 0.942, 0.957
and 0.963. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT132_TEXT = """**Held-out set 132 -- a blind result of the thirty-ninth round** (tests/pii/holdout132, {chars}
characters, no names.csv; written on branch pii-holdout132 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 133, in voices of sets 3-131 never used, in 萍乡 and 丽水: a Mongolian
fireworks packer from 东乌珠穆沁旗, an Amdo Tibetan grandfather from 泽库 in 安源区, a Uyghur mutton seller from 洛浦 in
莲都区, a Hui noodle-stall mother from 海原 in 青田, a child director in 上栗, a social worker in 芦溪, a resource-room
teacher in 龙泉 and a grandmother in 缙云; merged and scored once (`{now_rev}`, the detector of the thirty-eighth round:
the thirty-ninth made no change before it). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
thirty-eighth round, the same one. Recall per category:

{cat}

{typ}

Three items of 354 left in part (two and three with the detectors at the end of rounds 11 and 15): a Hui family's
surname 者, in no list, before the son's religious name (喊他者|哈比布拉), a market stall's place after its number
(龙津路88号|菜场门口) and a Han name ending in 才 'only then' before the verb 过 'live' (跟爷爷|叶茂|才过). Person
recall 0.772 with the detector at the end of round 11, 0.816 at the end of round 15 and 0.876 at the end of round 38;
precision 0.932, 0.936 and 0.936. Over the two blind sets of the thirty-ninth round (132-133, 706 items) 3 items were
left in part (0.42%). The first two were then taken (a surname in no list that starts two names found after kin words; a
stall at a market's gate). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT131_TEXT = """**Held-out set 131 -- a blind result of the thirty-eighth round** (tests/pii/holdout131, {chars}
characters, no names.csv; written on branch pii-holdout131 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 130, in voices of sets 3-129 never used, in 广安 and 德阳: a Mongolian milk-tea
seller from 正蓝旗 in 广安区, an Amdo Tibetan tractor driver from 红原 in 什邡, a Uyghur naan seller from 伽师 in
旌阳区, a Hui grandmother from 西吉 in 岳池, a community worker in 邻水, a child director in 中江, an aunt in 华蓥 and a
village doctor in 绵竹; merged and scored once (`{now_rev}`, the detector of the thirty-eighth round). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the thirty-seventh round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

One item of 349 left in part (two with the detectors at the end of rounds 11 and 15): a given name with a kin title that
the writer marked whole as a form of address (娃娃们喊我|大春|叔, 'Uncle Dachun'): the name is replaced whole and the
title kept, as after a surname (黎医生), so no character of the name is left. Person recall 0.721 with the detector at
the end of round 11, 0.755 at the end of round 15, 0.810 at the end of round 37 and with this round's; precision 0.937,
0.949, 0.952 and 0.952. Over the two blind sets of the thirty-eighth round (130-131, 704 items) 1 item was left in part
(0.14%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT130_TEXT = """**Held-out set 130 -- a blind result of the thirty-eighth round** (tests/pii/holdout130, {chars}
characters, no names.csv; written on branch pii-holdout130 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 131, in voices of sets 3-129 never used, in 黄山 and 宝鸡: a Mongolian car-park
guard from 西乌珠穆沁旗 in 黄山区, a Kham Tibetan hotel cleaner from 德格 in 屯溪区, a Kazakh grandfather from 尼勒克 in
渭滨区, a Yi noodle-factory worker from 喜德 in 岐山, a child director in 歙县, a social worker in 凤翔, a kindergarten
teacher in 休宁 and a grandfather in 眉县; merged and scored once (`{now_rev}`, the detector of the thirty-eighth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirty-seventh round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 355 left in part (one with the detectors at the end of rounds 11 and 15). Person recall 0.712 with the
detector at the end of round 11, 0.763 at the end of round 15, 0.799 at the end of round 37 and with this round's;
precision 0.933, 0.959, 0.961 and 0.961. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT129_TEXT = """**Held-out set 129 -- a blind result of the thirty-seventh round** (tests/pii/holdout129, {chars}
characters, no names.csv; written on branch pii-holdout129 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 128, in voices of sets 3-127 never used, in 抚州 and 滁州: a Mongolian
delivery-van driver from 阿巴嘎旗 in 临川区, an Amdo Tibetan grandmother from 碌曲 in 琅琊区, a Hui lamb seller from
同心 in 南谯区, a Kazakh cable-factory worker from 富蕴 in 天长, a community worker in 金溪, a child director in 全椒, a
grandmother in 南城 and a teacher in 来安; merged and scored once (`{now_rev}`, the detector of the thirty-seventh
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirty-sixth round, run side by side
with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 345 left in part (as many with the detectors at the end of rounds 11 and 15): grammar-word or rare
surnames before a name (写成把|玉努斯, 我妈者|桂芳), a Kazakh father's name after his son's, its first syllable 也
'also' (写成|阿尔曼江|也尔森) and a class of a pre-school year after a school (寄宿制学校|学前（2）班). Person recall
0.740 with the detector at the end of round 11, 0.780 at the end of round 15, 0.850 at the end of round 36 and with this
round's; precision 0.944, 0.947, 0.951 and 0.951. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT128_TEXT = """**Held-out set 128 -- a blind result of the thirty-seventh round** (tests/pii/holdout128, {chars}
characters, no names.csv; written on branch pii-holdout128 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 129, in voices of sets 3-127 never used, in 新余 and 三明: a Mongolian
grandmother from 科尔沁右翼中旗 in 渝水区, a Tibetan bricklayer from 甘孜, a Uyghur dried-fruit seller from 和田 in
分宜, a Yi furniture-factory worker from 布拖 in 永安, a child director in 沙县, a social worker in 仙女湖, a
special-education teacher in 大田 and an uncle in 尤溪; merged and scored once (`{now_rev}`, the detector of the
thirty-seventh round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirty-sixth round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 355 left in part (three with the detectors at the end of rounds 11 and 15), both the surname 让 'let' of
one teacher (班主任让|文娟老师, 校长就让让|文娟|直接打给我). Person recall 0.736 with the detector at the end of round
11, 0.758 at the end of round 15, 0.791 at the end of round 36 and with this round's; precision 0.939, 0.950, 0.952 and
0.952. Over the two blind sets of the thirty-seventh round (128-129, 700 items) 6 items were left in part (0.86%). On
this set since:

{cat_now}

{typ_now}
"""

HOLDOUT127_TEXT = """**Held-out set 127 -- a blind result of the thirty-sixth round** (tests/pii/holdout127, {chars}
characters, no names.csv; written on branch pii-holdout127 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 126, in voices of sets 3-125 never used, in 淮北 and 台州: a Mongolian
coal-plant worker from 苏尼特左旗, a Kham Tibetan fish packer from 稻城, a Kazakh grandmother from 青河 in 椒江区, a Hui
noodle-shop father from 平凉 in 相山区, a miner's widow in 濉溪, a community worker in 黄岩区, a teacher in 临海 and an
aunt in 温岭; merged and scored once (`{now_rev}`, the detector of the thirty-sixth round). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the thirty-fifth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

No item of 354 left in part (one with the detectors at the end of rounds 11 and 15). Person recall 0.710 with the
detector at the end of round 11, 0.761 at the end of round 15, 0.826 at the end of round 35 and with this round's;
precision 0.929, 0.950, 0.950 and 0.950. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT126_TEXT = """**Held-out set 126 -- a blind result of the thirty-sixth round** (tests/pii/holdout126, {chars}
characters, no names.csv; written on branch pii-holdout126 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 127, in voices of sets 3-125 never used, in 鹰潭 and 宜春: a Mongolian
copper-wire worker from 扎鲁特旗, an Amdo Tibetan forklift driver from 玛多, a Uyghur kebab seller from 莎车 in 月湖区,
a Hui grandmother from 泾源 in 袁州区, a Yi pharmaceutical worker from 甘洛 in 樟树, a child director in 贵溪, a social
worker in 丰城 and a grandfather in 余江; merged and scored once (`{now_rev}`, the detector of the thirty-sixth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirty-fifth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 352 left in part (six and seven with the detectors at the end of rounds 11 and 15): a surname with a kin
word, cut inside the kin word (都喊我|白大|嫂: 白 + 大嫂 'elder sister-in-law') and a Mongolian name whose last
syllable 夫 the tagger glued to 把 (他弟弟|伊德|日夫把他背下来). Person recall 0.688 with the detector at the end of
round 11, 0.710 at the end of round 15, 0.779 at the end of round 35 and with this round's; precision 0.927, 0.942,
0.951 and 0.951. Over the two blind sets of the thirty-sixth round (126-127, 706 items) 2 items were left in part
(0.28%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT125_TEXT = """**Held-out set 125 -- a blind result of the thirty-fifth round** (tests/pii/holdout125, {chars}
characters, no names.csv; written on branch pii-holdout125 by someone who never saw the detector nor the repository's
commit messages (begun by one writer, finished by another, neither of whom saw set 124), at the same time as set
124, in voices of sets 3-123 never used, in 江门 and 贵港: a Mongolian factory worker from 乌审旗, a Kham Tibetan hotel
cleaner from 白玉, a Kazakh milk-tea seller from 福海 in 港北区, a Yi grandfather from 布拖 in 桂平, a fisherman's widow
in 台山, a community worker in 蓬江区, a class teacher in 平南 and an uncle in 覃塘区; merged and scored once
(`{now_rev}`, the detector of the thirty-fifth round). The set is now spent.) "Before" is the detector at `{rev}`,
the end of the thirty-fourth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 352 left in part (five with the detectors at the end of rounds 11 and 15): a Yi name ending in 各
'each' before 也 'also' (阿苏日|各也接下来) and a Han name ending in 和 'and' before 总 (冯国|和总负责). Person recall
0.768 with the detector at the end of round 11, 0.816 at the end of round 15, 0.846 at the end of round 34 and with
this round's; precision 0.907, 0.919, 0.915 and 0.918. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT124_TEXT = """**Held-out set 124 -- a blind result of the thirty-fifth round** (tests/pii/holdout124, {chars}
characters, no names.csv; written on branch pii-holdout124 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 125, in voices of sets 3-123 never used, in 湖州 and 金华: a Mongolian
flooring-factory worker from 东乌珠穆沁旗, a Golog Tibetan meat seller from 达日 in 义乌, a Uyghur grandmother from
喀什 in 金东区, a Hui noodle-shop father from 西宁 in 吴兴区, a child director in 长兴, a teacher in 武义, a social
worker in 兰溪 and a grandmother in 安吉; merged and scored once (`{now_rev}`, the detector of the thirty-fifth round).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirty-fourth round, run side by side with
the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 345 left in part (two with the detector at the end of round 11): a Mongolian name after a Han surname
whose last syllable is 那 'that', before 给 'give' (儿童主任|白照|那给女儿报了). Person recall 0.831 with the detector
at the end of round 11, 0.869 at the end of round 15, 0.915 at the end of round 34 and with this round's; precision
0.923, 0.934, 0.933 and 0.933. Over the two blind sets of the thirty-fifth round (124-125, 697 items) 3 items were
left in part (0.43%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT123_TEXT = """**Held-out set 123 -- a blind result of the thirty-fourth round** (tests/pii/holdout123, {chars}
characters, no names.csv; written on branch pii-holdout123 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 122, in voices of sets 3-121 never used, in 枣庄 and 滨州: a Mongolian
textile worker from 科尔沁左翼后旗, an Amdo Tibetan truck driver from 尖扎, a Kazakh grandfather from 哈巴河 in
薛城区, a Hui soup-shop widow from 临夏 in 台儿庄, a miner's widow in 山亭区, a community worker in 滨城区, a class
teacher in 邹平 and a grandfather in 惠民; merged and scored once (`{now_rev}`, the detector of the thirty-fourth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirty-third round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 352 left in part, with every detector since the end of round 11: an address cut after its 街道, the
road, market and house after it left out (滨城区彭李街道|黄河八路菜市场东侧平房9号). Person recall 0.769 with the
detector at the end of round 11, 0.813 at the end of round 15, 0.828 at the end of round 33 and 0.872 with this
round's; precision 0.925, 0.929, 0.930 and 0.933. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT122_TEXT = """**Held-out set 122 -- a blind result of the thirty-fourth round** (tests/pii/holdout122, {chars}
characters, no names.csv; written on branch pii-holdout122 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 123, in voices of sets 3-121 never used, in 马鞍山 and 黄石: a Mongolian
steelworker from 翁牛特旗, a Kham Tibetan grandmother from 巴塘, a Uyghur mutton seller from 库车 in 花山区, a Hui
noodle-shop grandfather from 化隆 in 黄石港区, a Yi garment worker from 盐源 in 大冶, a child director in 阳新, a
teacher in 当涂 and a social worker in 含山; merged and scored once (`{now_rev}`, the detector of the thirty-fourth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirty-third round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Five items of 347 left in part (seven with the detectors at the end of rounds 11 and 15, six at the end of round
33): two rare compound surnames (叫叔|孙浩宇, 叔 also 'uncle'; 归海|明哲律师), a surname 让 'let' before 让 again
(线长让|梅英|让我少加班), a Han name ending in 能 'can' before 能 (柯志|能能帮就帮) and a Hui name ending in 都 'all'
(马黑布|都给女儿报了). Person recall 0.706 with the detector at the end of round 11, 0.756 at the end of round 15,
0.805 at the end of round 33 and 0.859 with this round's; precision 0.954, 0.957, 0.959 and 0.962. Over the two
blind sets of the thirty-fourth round (122-123, 699 items) 6 items were left in part (0.86%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT121_TEXT = """**Held-out set 121 -- a blind result of the thirty-third round** (tests/pii/holdout121, {chars}
characters, no names.csv; written on branch pii-holdout121 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 120, in voices of sets 3-119 never used, in 宣城 and 铜陵: a Mongolian
paper-mill worker from 乌拉特前旗, an Amdo Tibetan grandfather from 泽库, a Kazakh office cleaner from 塔城 in
铜官区, a Yi road worker from 美姑, a smelter widow in 义安区, a community worker in 宣州区, a class teacher in 泾县 and
an aunt in 枞阳; merged and scored once (`{now_rev}`, the detector of the thirty-third round). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the thirty-second round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 354 left in part, with every detector since the end of round 11: a Mongolian surname before a name
after 写成 'written as' (写成奇|巴彦孟克) and a surname 被, the passive marker, after 的 (对门的被|桂芝|被她儿子接去).
Person recall 0.691 with the detector at the end of round 11, 0.725 at the end of round 15, 0.766 at the end of round
32 and with this round's; precision 0.939, 0.947, 0.949 and 0.949. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT120_TEXT = """**Held-out set 120 -- a blind result of the thirty-third round** (tests/pii/holdout120, {chars}
characters, no names.csv; written on branch pii-holdout120 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 121, in voices of sets 3-119 never used, in 池州 and 漳州: a Mongolian
grandmother from 科尔沁右翼中旗, a Golog Tibetan tea-factory guard from 玛沁, a Uyghur kebab seller from 阿图什, a Hui
beef-shop mother from 广河 in 贵池区, a child director in 青阳, a teacher in 东至, a social worker in 平和 and a
grandfather in 长泰; merged and scored once (`{now_rev}`, the detector of the thirty-third round). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the thirty-second round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 353 left in part (six with the detectors at the end of rounds 11 and 15): an address going on past its
number to a works dormitory with its own number (江滨路26号|船厂宿舍2号平房), a Tibetan name whose last element
no list holds (扎西|当周帮外婆办了低保) and a grandmother called by her family's surname 向 'towards' twice
(叫她向|家奶奶).
Person recall 0.787 with the detector at the end of round 11, 0.813 at the end of round 15, 0.858 at the end of
round 32 and with this round's; precision 0.933, 0.948, 0.950 and 0.950. Over the two blind sets of the thirty-third
round (120-121, 707 items) 6 items were left in part (0.85%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT119_TEXT = """**Held-out set 119 -- a blind result of the thirty-second round** (tests/pii/holdout119, {chars}
characters, no names.csv; written on branch pii-holdout119 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 118, in voices of sets 3-117 never used, in 莆田 and 舟山: a Mongolian
fisherman from 苏尼特右旗, a Kham Tibetan hotel cleaner from 理塘, a Kazakh grandmother from 伊宁 in 定海区, a Hui
noodle-shop widow from 同心 in 城厢区, a fisherman's widow in 岱山, a village teacher in 仙游, a community worker in
普陀区 and an uncle in 秀屿区; merged and scored once (`{now_rev}`, the detector of the thirty-second round). The set
is now spent.) "Before" is the detector at `{rev}`, the end of the thirty-first round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

Nine items of 352 left in part (ten with the detectors at the end of rounds 11 and 15): a Han surname 向 'towards'
before a Tibetan given name, and a Tibetan name whose first syllable is 向 (向巴, Jampa), five times (向|巴泽登,
写成向|泽登, 向|登珠); and a community worker whose surname is 让 'let', four times (主任让|海英|给, 我又让让|海英|去,
跟让|海英|一起, 让|海英|的电话). Person recall 0.691 with the detector at the end of round 11, 0.736 at the end of round
15, 0.774 at the end of round 31 and 0.770 with this round's (a short form said once, 叫一声奇木格, is no longer
found); precision 0.934, 0.942, 0.945 and 0.944. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT118_TEXT = """**Held-out set 118 -- a blind result of the thirty-second round** (tests/pii/holdout118, {chars}
characters, no names.csv; written on branch pii-holdout118 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 119, in voices of sets 3-117 never used, in 安庆 and 衢州: a Mongolian
seamstress from 阿鲁科尔沁旗, an Ngawa Tibetan van driver from 红原, a Uyghur nang seller from 和田, a Hui restaurant
grandfather from 临夏 in 迎江区, a Yi builder from 布拖, a child director in 潜山, a social worker in 龙游 and a
grandmother in 江山; merged and scored once (`{now_rev}`, the detector of the thirty-second round). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the thirty-first round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 354 left in part, with every detector since the end of round 11: a Mongolian name whose first element
is also a Han word and name, 金花 'golden flower' (金花|其其格嫁), and a school whose special-education department
stood between it and the grade (衢州市特殊教育学校|培智部三年级（1）班). Person recall 0.670 with the detector at the
end of round 11, 0.719 at the end of round 15, 0.748 at the end of round 31 and with this round's; precision 0.933,
0.960, 0.962 and 0.962. Over the two blind sets of the thirty-second round (118-119, 706 items) 11 items were left in
part (1.56%), more than in any of rounds 25-31. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT117_TEXT = """**Held-out set 117 -- a blind result of the thirty-first round** (tests/pii/holdout117, {chars}
characters, no names.csv; written on branch pii-holdout117 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 116, in voices of sets 3-115 never used, in 南平 and 淮南: a Mongolian tea
picker from 陈巴尔虎旗, a Kham Tibetan woodcarver from 德格, a Kazakh coal-truck driver from 富蕴, a Yi grandmother
from 昭觉, a mine widow in 潘集区, a community worker in 田家庵区, a class teacher in 寿县 and a grandfather in 凤台;
merged and scored once (`{now_rev}`, the detector of the thirty-first round). The set is now spent.) "Before" is the
detector at `{rev}`, the end of the thirtieth round, run side by side with the one at `{now_rev}`. Recall per
category:

{cat}

{typ}

One item of 358 left in part, with every detector since the end of round 11: a Han name whose last given character
is 和 'and', before 和 'and' (车队长|苗振|和和调度说好了). Person recall 0.661 with the detector at the end of round 11,
0.690 at the end of round 15, 0.697 at the end of round 30 and of round 31; precision 0.888, 0.905, 0.906 and 0.906.
On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT116_TEXT = """**Held-out set 116 -- a blind result of the thirty-first round** (tests/pii/holdout116, {chars}
characters, no names.csv; written on branch pii-holdout116 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 117, in voices of sets 3-115 never used, in 衡阳 and 景德镇: a Mongolian
porcelain glazer from 正蓝旗, an Amdo Tibetan kitchen worker from 玛曲, a Uyghur dried-fruit seller from 喀什, a Hui
noodle-stall widow from 西吉 in 珠山区, a child director in 衡南, a village teacher in 耒阳, a porcelain painter in
浮梁 and a social worker in 乐平; merged and scored once (`{now_rev}`, the detector of the thirty-first round). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the thirtieth round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

Five items of 358 left in part, with every detector since the end of round 11: two sisters whose surname is 让 'let'
(让|小满, three times and once spaced) and a boy whose surname is 能 'can' (教|能|一帆下象棋): a surname that is a
grammar word, found only with its given name. Person recall 0.622 with the detector at the end of round 11, 0.658 at
the end of round 15, 0.680 at the end of round 30 and of round 31, the lowest of any blind set (the brief asked for
surnames that are grammar words, and the writers of rounds 29-31 used many); precision 0.930, 0.938, 0.940 and 0.940.
Over the two blind sets of the thirty-first round (116-117, 716 items) 6 items were left in part (0.84%). On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT115_TEXT = """**Held-out set 115 -- a blind result of the thirtieth round** (tests/pii/holdout115, {chars}
characters, no names.csv; written on branch pii-holdout115 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 114, in voices of sets 3-113 never used, in 嘉峪关 and 亳州: a Mongolian
mother from 肃北 at a steelworks hostel, an Amdo Tibetan bread-van driver from 天祝, a Kazakh grandmother from 阿克塞,
a Hui noodle-shop father from 张家川 in 谯城区, a Yugur community worker in 肃南, a herbal-medicine trader in 亳州, a
middle-school teacher in 涡阳 and a village doctor in 利辛; merged and scored once (`{now_rev}`, the detector of the
thirtieth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the twenty-ninth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 359 left in part, with every detector since the end of round 11: a Hui elder's name ending in 都 'all'
before 阿訇, a title no list held (清真寺的|尔布|都阿訇). Person recall 0.624 with the detector at the end of round 11,
0.681 at the end of round 15, 0.699 at the end of round 29 and 0.720 with the thirtieth round's changes, the lowest
of any blind set: the writer reached for rare forms once the common ones had been used by earlier sets; precision
0.866, 0.896, 0.924 and 0.926. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT114_TEXT = """**Held-out set 114 -- a blind result of the thirtieth round** (tests/pii/holdout114, {chars}
characters, no names.csv; written on branch pii-holdout114 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 115, in voices of sets 3-113 never used, in 来宾 and 龙岩: a Mongolian
sugar-mill boilerman from 阿拉善左旗, a Kham Tibetan market seller from 理塘, a Uyghur naan seller from 和田 in 新罗区,
a Hui grandmother from 临夏 in 兴宾区, a Yao child director in 金秀, a Hakka social worker in 永定, a She teacher in
漳平 and a grandfather in 武平; merged and scored once (`{now_rev}`, the detector of the thirtieth round). The set is
now spent.) "Before" is the detector at `{rev}`, the end of the twenty-ninth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

No item left in part (the detector at the end of round 11 left two). Person recall 0.715 with the detector at the
end of round 11, 0.740 at the end of round 15, 0.747 at the end of round 29 and with the thirtieth round's changes;
precision 0.891, 0.907, 0.907 and 0.907. Over the two blind sets of the thirtieth round (114-115, 712 items) 1 item
was left in part (0.14%). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT113_TEXT = """**Held-out set 113 -- a blind result of the twenty-ninth round** (tests/pii/holdout113, {chars}
characters, no names.csv; written on branch pii-holdout113 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 112, in voices of sets 3-111 never used, in 辽源 and 商洛: a Mongolian truck
driver from 前郭尔罗斯, a Tibetan mother from 色达 in a sock factory, a Uyghur grandmother from 伊宁 in 商州, a Yi
miner from 布拖, a village doctor in 镇安, a Korean-Chinese community worker in 东丰, a class teacher in 丹凤 and a
grandfather in 山阳; merged and scored once (`{now_rev}`, the detector of the twenty-ninth round). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the twenty-eighth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Five items of 356 left in part, the same with every detector since the end of round 11: a Yi name whose given name
ends in 各 'each' (沙马石|各, twice, and 沙 马 石| 各 on a form), an address that goes on past its village to a
workplace (柞水县小岭镇金米村|铅锌矿工棚3排7号) and a compound surname that is in no list (太史|秋萍大夫). Person
recall 0.747 with the detector at the end of round 11, 0.773 at the end of round 15, 0.783 at the end of round 28
and of round 29; precision 0.916, 0.930, 0.931 and 0.931. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT112_TEXT = """**Held-out set 112 -- a blind result of the twenty-ninth round** (tests/pii/holdout112, {chars}
characters, no names.csv; written on branch pii-holdout112 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 113, in voices of sets 3-111 never used, in 崇左: a Mongolian mother from
科尔沁 at a 凭祥 border market, an Amdo Tibetan grandfather from 同仁, a Uyghur kebab seller from 阿克苏 in 江州区, a
Hui widow from 同心 at a sugar refinery in 扶绥, a Zhuang child director in 大新, a headmaster in 龙州, a social
worker of Naxi birth in 宁明 and an aunt in 天等; merged and scored once (`{now_rev}`, the detector of the twenty-ninth
round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the twenty-eighth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 353 left in part, with every detector since the end of round 11: an address that goes on past its
house number to a market stall (凭祥市凭祥镇南大路68号|边贸市场C区17号). No name was left in part. Person recall 0.741
with the detector at the end of round 11, 0.800 at the end of round 15, 0.844 at the end of round 28 and of round 29;
precision 0.957, 0.964, 0.970 and 0.970. Over the two blind sets of the twenty-ninth round (112-113, 709 items) 6
items were left in part (0.85%), none of them of the kinds the round's changes were for. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT111_TEXT = """**Held-out set 111 -- a blind result of the twenty-eighth round** (tests/pii/holdout111, {chars}
characters, no names.csv; written on branch pii-holdout111 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 110, in voices of sets 3-109 never used, all in 梧州: a Mongolian father
from 西乌珠穆沁旗 at a ceramics factory, a Kham Tibetan mother from 囊谦 at a market, a Kazakh mother from 额敏 in a
restaurant kitchen, a Hui father in 长洲区, a Cantonese-speaking grandmother in 岑溪, a middle-school teacher in 藤县,
a township social worker in 苍梧 and a boatman on the 西江; merged and scored once (`{now_rev}`, the detector of the
twenty-sixth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the twenty-fifth round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item left in part (the detectors at the ends of rounds 11 and 15 left an address in part). Person recall 0.847
with the detector at the end of round 11, 0.908 at the end of round 15, 0.916 at the end of round 25 and of round 26;
precision 0.961, 0.971, 0.972 and 0.972. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT110_TEXT = """**Held-out set 110 -- a blind result of the twenty-eighth round** (tests/pii/holdout110, {chars}
characters, no names.csv; written on branch pii-holdout110 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 111, in voices of sets 3-109 never used, all in or around 丽江: a Mongolian
mother from 东乌珠穆沁旗 with a guesthouse, a Kham Tibetan driver from 稻城, a Uyghur knife seller from 英吉沙, a Hui
grandmother in 永胜, a Naxi grandmother in 玉龙, a Yi father from 宁蒗, a primary-school teacher in 华坪 and a county
civil-affairs officer in 永胜; merged and scored once (`{now_rev}`, the detector of the twenty-sixth round). The set
is now spent.) "Before" is the detector at `{rev}`, the end of the twenty-fifth round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

Six items of 352 left in part, with every detector since the end of round 11, the most on one set since round 11:
a Tibetan name whose first syllable is a Han surname that is also a word (老大|向|巴次称, and 向巴 次称 on a form),
a Naxi teacher whose surname is 和 'and' (班主任是|和|卫东老师, twice), a Uyghur father's name ending in 都 'all'
before a title (阿丽米热·阿布|都|老师) and a Yi clan name before a given name that starts with 有 'have'
(沙马|有铁). Person recall 0.795 with the detector at the end of round 11, 0.842 at the end of round 15, 0.885 at the
end of round 25 and of round 26; precision 0.957, 0.963, 0.965 and 0.961. Over the two blind sets of the
twenty-eighth round (110-111, 699 items) 6 items were left in part (0.86%), after 1 in the three rounds before
(2,133 items): the rate is set by how often a set's names start or end with a grammar word, not only by the
detector. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT109_TEXT = """**Held-out set 109 -- a blind result of the twenty-seventh round** (tests/pii/holdout109, {chars}
characters, no names.csv; written on branch pii-holdout109 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 108, in voices of sets 3-107 never used, all in 河池: a Mongolian father
from 苏尼特左旗 at a mine in 南丹, a Kham Tibetan grandmother from 理塘 in 宜州, a Kazakh father from 青河 cooking in
金城江, a Hui widow in 宜州, a Maonan grandfather in 环江, a Zhuang mother in 都安, a school social worker in 南丹 and
a township officer in 巴马; merged and scored once (`{now_rev}`, the detector of the twenty-sixth round). The set is
now spent.) "Before" is the detector at `{rev}`, the end of the twenty-fifth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

No item left in part, with every detector since the end of round 11. Person recall 0.878 with the detector at the end
of round 11, 0.893 at the end of round 15, 0.907 at the end of round 25 and of round 26; precision 0.948, 0.960,
0.961 and 0.961. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT108_TEXT = """**Held-out set 108 -- a blind result of the twenty-seventh round** (tests/pii/holdout108, {chars}
characters, no names.csv; written on branch pii-holdout108 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 109, in voices of sets 3-107 never used, all in 普洱: a Mongolian mother
from 正蓝旗 married to a tea farmer in 思茅, a Kham Tibetan father from 德钦 at a tea factory in 宁洱, a Uyghur father
from 墨玉 selling nuts in 思茅, a Hui grandmother in 景东, a Lahu father in 澜沧, a primary-school teacher in 景谷, a
civil-affairs clerk in 镇沅 and a Hani grandmother in 墨江; merged and scored once (`{now_rev}`, the detector of the
twenty-sixth round). The set is now spent.) "Before" is the detector at `{rev}`, the end of the twenty-fifth round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 357 left in part, with every detector since the end of round 11: a Lahu man's name of the men's 扎- and
two syllables whose last, 迫, is in no list (寨子里的老人|扎倮|迫会吹芦笙). Lahu names (扎儿, 娜朵, 扎体: 扎- for men,
娜- for women, one or two syllables) are the most missed whole on this set, with 吹批拉姆 and 此称定主 (Tibetan names of
德钦 no list holds) and Hui surnames that are words before a title (锁文学阿訇). Person recall 0.790 with the detector
at the end of round 11, 0.826 at the end of round 15, 0.841 at the end of round 25 and of round 26; precision 0.927,
0.950, 0.955 and 0.955. Over the two blind sets of the twenty-seventh round (108-109, 713 items) 1 item was left in
part (0.14%); over the three rounds 25-27 (2,133 items) 1. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT107_TEXT = """**Held-out set 107 -- a blind result of the twenty-sixth round** (tests/pii/holdout107, {chars}
characters, no names.csv; written on branch pii-holdout107 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 106, in voices of sets 3-105 never used, most in or around 延边: a Mongolian
father from 科右中旗 at a food factory in 延吉, a Huarui Tibetan mother from 天祝 cooking in 珲春, a Kazakh mother from
巴里坤 selling dried milk in 延吉, a Hui grandfather in 敦化, a Korean grandmother in 龙井, a primary-school teacher in
汪清, a township civil-affairs officer in 和龙 and a Manchu father in 敦化; merged and scored once after the changes
of the round were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of
the twenty-fifth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item left in part, as with the detector at the end of rounds 24 and 25; the detector at the end of round 15 left
two in part (a minority name and a name spaced out on a form), the one at the end of round 11 one. Person recall
0.802 with the detector at the end of round 11, 0.881 at the end of round 15, 0.914 at the end of round 25 and 0.924
with the round's changes; precision 0.941, 0.968, 0.969 and 0.970. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT106_TEXT = """**Held-out set 106 -- a blind result of the twenty-sixth round** (tests/pii/holdout106, {chars}
characters, no names.csv; written on branch pii-holdout106 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 107, in voices of sets 3-105 never used, all in or around 攀枝花: a
Mongolian grandmother from 阿巴嘎旗, a Tibetan father from 木里 at the steel plant, a Uyghur father from 疏勒 selling
kebabs, a Hui mother in 仁和区 whose husband is in prison, a Lisu grandfather in 米易, a homeroom teacher in 盐边, a
community social worker in 西区 and a Yi mother from 盐边; merged and scored once after the changes of the round were
committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the twenty-fifth
round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item left in part, with every detector since the end of round 11. Person recall 0.887 with the detector at the end
of round 11, 0.908 at the end of round 15, of round 25 and with the round's changes; precision 0.958, 0.962, 0.962 and
0.962. Over the two blind sets of the twenty-sixth round (106-107, 711 items) no item was left in part, as in the
twenty-fifth: two pairs in a row with none, 1,420 items. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT105_TEXT = """**Held-out set 105 -- a blind result of the twenty-fifth round** (tests/pii/holdout105, {chars}
characters, no names.csv; written on branch pii-holdout105 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 104, in voices of sets 3-103 never used, all in or around 保山: a Mongolian
widow from 阿鲁科尔沁旗 in 隆阳, a Kham Tibetan grandfather from 香格里拉 whose grandson boards in 保山, a Kazakh
father from 福海 at a hot-spring hotel in 腾冲, a Hui family of jade traders in 腾冲, a Dai mother in 龙陵, a
primary-school teacher in 施甸, a township social worker in 昌宁 and a father in 腾冲 raising three children; merged
and scored once (`{now_rev}`, the detector of the twenty-fourth round). The set is now spent.) "Before" is the
detector at `{rev}`, the end of the twenty-third round, run side by side with the one at `{now_rev}`. Recall per
category:

{cat}

{typ}

No item left in part, with every detector since the end of round 11. Person recall 0.738 with the detector at the end
of round 11, 0.799 at the end of round 15, 0.857 at the end of round 23 and of round 24; precision 0.941, 0.953, 0.956
and 0.956. The names missed whole are above all Han names of 保山 with surnames that are also words or rare (寸, 闪,
线, 纳, 和: 寸秀英, 闪国林, 线俊豪, 和丽仙), Dai names of a 岩- or 玉- and one syllable (岩叫, 玉喃, 岩软), a surname +
家和 before a verb or 家 (杨家和是, 周家和家) and a Tibetan short form (七林). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT104_TEXT = """**Held-out set 104 -- a blind result of the twenty-fifth round** (tests/pii/holdout104, {chars}
characters, no names.csv; written on branch pii-holdout104 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 105, in voices of sets 3-103 never used, all in 六盘水: a Mongolian mother
from 翁牛特旗 married to a coal miner of 水城, a Khams Tibetan father from 巴塘 on building sites in 盘州, a Uyghur
couple from 莎车 with a noodle shop in 钟山区, a Hui grandfather in 水城 whose son is in prison, a Yi grandmother in
水城, a school counsellor in 盘州, a village civil-affairs assistant in 六枝 and a Buyei grandfather in 六枝; merged
and scored once (`{now_rev}`, the detector of the twenty-fourth round). The set is now spent.) "Before" is the
detector at `{rev}`, the end of the twenty-third round, run side by side with the one at `{now_rev}`. Recall per
category:

{cat}

{typ}

No item left in part, with every detector since the end of round 11. Person recall 0.802 with the detector at the end
of round 11, 0.892 at the end of round 15, 0.914 at the end of round 23 and of round 24; precision 0.960, 0.979, 0.980
and 0.980. Over the two blind sets of the twenty-fifth round (104-105, 709 items) no item was left in part, the first
pair since the eleventh round with none; so were they with the detectors of rounds 11, 15 and 23: these sets held no
name of the kinds left in part before (an element no list holds beside a listed one, a syllable that is also a grammar
word, a name's last character in a word with the next), which is the evidence that such names, not the detector's
changes, set the rate. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT103_TEXT = """**Held-out set 103 -- a blind result of the twenty-fourth round** (tests/pii/holdout103, {chars}
characters, no names.csv; written on branch pii-holdout103 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 102, in voices of sets 3-101 never used, all in central Hainan (琼中,
五指山): a Mongolian couple from 镶黄旗 tapping rubber, an Amdo Tibetan nurse from 玛曲 fostering her niece, a Uyghur
father from 伽师 selling dried fruit, a Hui widow of 三亚's 回辉 village, a Li mother whose husband is in prison, a
boarding-school social worker, a township civil-affairs officer and a Miao grandfather; merged and scored once after
the changes of the round were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`,
the end of the twenty-third round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 358 left in part, with every detector since the end of round 11: an Amdo name of a two-syllable element
and the men's ending 加 before 盖 ('affix'), which the segmenter made the word 加盖 (村长|桑杰|加盖的章), and a school
whose class stands behind a programme's name (琼中县特殊教育学校|送教上门二年级（1）班). Person recall 0.896 with the
detector at the end of round 11, 0.921 at the end of round 15, 0.929 at the end of round 23 and with the round's
changes; precision 0.947, 0.952, 0.952 and 0.952. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT102_TEXT = """**Held-out set 102 -- a blind result of the twenty-fourth round** (tests/pii/holdout102, {chars}
characters, no names.csv; written on branch pii-holdout102 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 103, in voices of sets 3-101 never used, all in or from 贺州 (Guangxi): a
Mongolian truck driver from 乌审旗 raising his dead sister's children, a Khams Tibetan father from 德格 with a
Tibetan-medicine stall in 八步, a Kazakh mother from 尼勒克 in a marble factory, a Hui grandmother from 西吉 in 平桂, a
Yao grandmother in 富川, a village children's director in 昭平, a household-registration officer in 钟山 and a
grandfather in 贺街 raising twins; merged and scored once after the changes of the round were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the twenty-third round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 359 left in part, with every detector since the end of round 11: a compound surname and a given name whose
last character the segmenter made a word with the next (区社工站的|闾丘雅|文教我: 文教 'culture and education').
Person recall 0.865 with the detector at the end of round 11, 0.911 at the end of round 15, 0.918 at the end of round
23 and with the round's changes; precision 0.984, 0.988, 0.988 and 0.988. Over the two blind sets of the twenty-fourth
round (102-103, 717 items) 3 items were left in part when scored (0.42%), as many as with the detector at the end of
round 23: the round's changes, made for items of earlier rounds (格绒|彭措书记 of set 100, 图们|吉日嘎拉 of set 98),
met none of this round's. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT101_TEXT = """**Held-out set 101 -- a blind result of the twenty-third round** (tests/pii/holdout101, {chars}
characters, no names.csv; written on branch pii-holdout101 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 100, in voices of sets 3-99 never used, all in 吉安: a Mongolian mother from
额济纳旗, a Tibetan father from 若尔盖 in an electronics plant, a Hui grandmother from 南昌 in 吉州区, a Uyghur
restaurateur from 鄯善 in 井冈山, a Hakka grandmother in 遂川, a middle-school homeroom teacher in 永新, a township
social worker in 泰和 and a father in 万安 who lost a leg in a quarry; merged and scored once after the changes of the
round were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
twenty-second round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 358 left in part, with every detector since the end of round 20: a Han name whose last character is the
verb 'come' before another verb (开网店的|曾福|来帮我, as 民政上的|栾福|来说 of set 94); the detectors of rounds 11 and
15 left an address in part too. Person recall 0.870 with the detector at the end of round 11, 0.902 at the end of
round 15, 0.912 at the end of round 22 and with the round's changes; precision 0.965, 0.973, 0.974 and 0.974. On this
set since:

{cat_now}

{typ_now}
"""

HOLDOUT100_TEXT = """**Held-out set 100 -- a blind result of the twenty-third round** (tests/pii/holdout100, {chars}
characters, no names.csv; written on branch pii-holdout100 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 101, in voices of sets 3-99 never used, all in 宁德: a Mongolian father from
阿拉善右旗 in a battery factory, a Tibetan grandmother from 壤塘 in 蕉城, a Hui father of 泉州's 陈埭 Ding clan in
福安, a Uyghur mother from 和静 selling naan in 霞浦, a She grandmother in 福安, a primary-school teacher in 寿宁, a
civil-affairs clerk in 古田 and a fisherman's widow on an island of 霞浦; merged and scored once after the changes of
the round were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the
twenty-second round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 357 left in part, with every detector since the end of round 11: a Mongolian name said twice whose
first element 胡和 'blue' had a first syllable no list held (胡和|巴特: since fixed, 胡 is a syllable) and a Kham
Tibetan name before a title, 格绒|彭措书记 (a name before a title takes syllables only when all its characters are
syllables, and 彭 is none: since fixed, 彭措 is a listed element). Person recall 0.884 with the detector at the end
of round 11, 0.920 at the end of round 15, 0.928 at the end of round 22 and with the round's changes; precision
0.953, 0.958, 0.959 and 0.959. Over the two blind sets of the twenty-third round (100-101, 715 items) 4 items were
left in part when scored (0.56%), as many as with the detector at the end of round 22. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT99_TEXT = """**Held-out set 99 -- a blind result of the twenty-second round** (tests/pii/holdout99, {chars}
characters, no names.csv; written on branch pii-holdout99 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 98, in voices of sets 3-97 never used, all in 曲靖: a Mongolian grandfather
from 苏尼特右旗 with his daughter's family, a Tibetan mother from 泽库 cleaning at a hospital in 麒麟区, a Hui butcher
in 会泽, a Uyghur father from 洛浦 with a kebab stall in 沾益, a grandmother in 宣威 raising the children of her son in
prison, a primary-school teacher in 陆良, a township civil-affairs clerk in 罗平 and a coal miner in 师宗; merged and
scored once after the changes of the round were committed (`{now_rev}`). The set is now spent.) "Before" is the
detector at `{rev}`, the end of the twenty-first round, run side by side with the one at `{now_rev}`. Recall per
category:

{cat}

{typ}

Two items of 351 left in part, with every detector since the end of round 11: two Tibetan names of which one element
was found and the other not, 村医|久美|才让 (the run of syllables before 才让 found no end at 村医, a role word jieba's
dictionary lacks: since fixed) and 邻居|才让|当周家 (当周, an Amdo element that is also a word, 'that week', is in no
list). Person recall 0.775 with the detector at the end of round 11, 0.825 at the end of round 15, 0.873 at the end
of round 21 and with the round's changes; precision 0.959, 0.966, 0.967 and 0.967. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT98_TEXT = """**Held-out set 98 -- a blind result of the twenty-second round** (tests/pii/holdout98, {chars}
characters, no names.csv; written on branch pii-holdout98 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 99, in voices of sets 3-97 never used, all in 防城港: a Mongolian mother from
西乌珠穆沁旗, a Tibetan lorry driver from 甘德, a Hui grandmother from 临潭 in 防城, a Uyghur mother from 麦盖提
selling dried fruit in 东兴, a Jing fisherman's widow on 巫头岛, a middle-school homeroom teacher in 上思, a street
office's civil-affairs clerk in 港口区 and a Cantonese-speaking grandmother in 东兴; merged and scored once after the
changes of the round were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the
end of the twenty-first round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Five items of 357 left in part, with every detector since the end of round 11: one Mongolian father's name said
three times (图们|吉日嘎拉, once spaced: 图们 'ten thousand' is in no list and 们 is no syllable), 嘎查达|包那|木吉拉
(a Mongolian's Han surname 包 and 那 'that' before the name's rest), and an address's last unit (渔港路33号|之二, 'the
second'). Person recall 0.833 with the detector at the end of round 11, 0.861 at the end of round 15, 0.897 at the
end of round 21 and with the round's changes; precision 0.932, 0.938, 0.940 and 0.940. Over the two blind sets of the
twenty-second round (98-99, 708 items) 7 items were left in part when scored (0.99%, the most since round 11; four
of them one name and one address), as many as with every detector since the end of round 11: the round's changes,
each made for an item of the round before, met none. Both writers had to replace dozens of first choices that an
earlier set had used (the sets may reuse no gold string), so each new pair holds rarer names than the last. On this
set since:

{cat_now}

{typ_now}
"""

HOLDOUT97_TEXT = """**Held-out set 97 -- a blind result of the twenty-first round** (tests/pii/holdout97, {chars}
characters, no names.csv; written on branch pii-holdout97 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 96, in voices of sets 3-95 never used, all in 黔南: a Mongolian mother from
前郭尔罗斯 married into a family in 都匀, a Tibetan father from 班玛 on building sites in 都匀, a Hui grandfather from
威宁 in 都匀, a Uyghur mother from 墨玉 with a noodle shop in 都匀, a Buyei father in 惠水, a Shui grandmother in 三都,
a village children's director in 瓮安 and a father in 龙里; merged and scored once after the changes of the round were
committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the twentieth round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 353 left in part, with every detector since the end of round 11: a Mongolian name whose first two
syllables are words, 温 a Han surname and 都 'all' (我妈|温都|苏其其格: 温都 left). Person recall 0.791 with the
detector at the end of round 11, 0.840 at the end of round 15, 0.872 at the end of round 20 and 0.879 with the
round's changes; precision 0.953, 0.960, 0.961 and 0.961. For the first time the brief asked to annotate a surname
with only a title or kin word (老韦, 岑姐, 杨主任) as a person, title included, as the detector replaces it. On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT96_TEXT = """**Held-out set 96 -- a blind result of the twenty-first round** (tests/pii/holdout96, {chars}
characters, no names.csv; written on branch pii-holdout96 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 97, in voices of sets 3-95 never used, all in 钦州: a Mongolian father from
乌审旗 on the docks of 钦州港, a Tibetan grandmother from 碌曲 with her son's family, a Hui mother from 孟村 in 钦南, a
Uyghur father from 伽师 selling grilled mutton, a Zhuang grandmother in 灵山, a primary-school teacher in 浦北, a
charity's social worker and a Hakka grandfather in 浦北; merged and scored once after the changes of the round were
committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the twentieth round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 356 left in part with the round's changes, two with every detector before them: 跟着爷爷庞德|才。 (才 left)
was taken whole by the round's rule for 才 before punctuation, measured here for the first time on text it was not
made for; 还请了|皇甫|律师 is left in part only by how it was annotated (a compound surname and a job, annotated
whole as the brief asked for a surname with a title; the detector replaced 皇甫 and kept 律师, which is no title to
it: nothing of the name is left). Person recall 0.836 with the detector at the end of round 11, 0.869 at the end of
round 15, 0.935 at the end of round 20 and 0.942 with the round's changes; precision 0.920, 0.934, 0.938 and 0.938.
Over the two blind sets of the twenty-first round (96-97, 709 items) 2 items were left in part when scored (0.28%),
one of them by its annotation; the detector at the end of round 20 would have left 3. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT95_TEXT = """**Held-out set 95 -- a blind result of the twentieth round** (tests/pii/holdout95, {chars}
characters, no names.csv; written on branch pii-holdout95 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 94, in voices of sets 3-93 never used: a Yi father farming in 武定, a
grandmother of the 兴蒙 Mongolians from 通海, a Tibetan mother from 香格里拉 in 大姚, a Hui grandfather from 巍山 in
南华, a middle-school homeroom teacher in 禄丰, a Uyghur father from 于田 selling naan in 楚雄, a civil-affairs clerk in
牟定 and a mother in 元谋; merged and scored once after the changes of the round were committed (`{now_rev}`). The set
is now spent.) "Before" is the detector at `{rev}`, the end of the nineteenth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

No item of 355 left in part, with any detector since the end of round 11. Person recall 0.719 with the detector at
the end of round 11, 0.794 at the end of round 15, 0.836 at the end of round 19 and with the round's changes, the
lowest of the later rounds: the Han names of 楚雄 have surnames of the region that are also words (字, 自, 起, 杞,
矣, 者: 儿童主任|字桂兰, 父亲|字兴旺, 第二个|矣雨萌), which no list of surnames here holds; precision 0.943, 0.957,
0.959 and 0.959. Over the two blind sets of the twentieth round (94-95, 709 items) 2 items were left in part when
scored (0.28%, as many as with every detector since the end of round 11). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT94_TEXT = """**Held-out set 94 -- a blind result of the twentieth round** (tests/pii/holdout94, {chars}
characters, no names.csv; written on branch pii-holdout94 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 95, in voices of sets 3-93 never used: a Mongolian grandmother from the
阜新 Mongolian autonomous county in 彰武, a Tibetan father from 同仁 in a tyre shop in 细河, a Hui mother in 太平, a
mother in 清河门, a primary-school teacher in 新邱, a Uyghur grandmother from 拜城 in 海州, a court clerk in 阜新 and
a grandfather in 彰武; merged and scored once after the changes of the round were committed (`{now_rev}`). The set is
now spent.) "Before" is the detector at `{rev}`, the end of the nineteenth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 354 left in part (the same with every detector since the end of round 11), each a name whose last
syllable is also a word: 民政上的|栾福|来说 (来 'come' left) and a Uyghur father's name ending in the particle 地,
老伴|卡地尔·胡达拜|地 (地 left). Person recall 0.842 with the detector at the end of round 11, 0.896 at the end of
round 15, 0.928 at the end of round 19 and with the round's changes; precision 0.959, 0.976, 0.977 and 0.977. On this
set since:

{cat_now}

{typ_now}
"""

HOLDOUT93_TEXT = """**Held-out set 93 -- a blind result of the nineteenth round** (tests/pii/holdout93, {chars}
characters, no names.csv; written on branch pii-holdout93 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 92, in voices of sets 3-91 never used: a Mongolian father from 巴林右旗
working in a distillery in 仁怀, a Tibetan mother from 德格 in 红花岗, a Hui grandfather from 威宁 in 播州, a mother in
湄潭, a middle-school homeroom teacher in 凤冈, a Uyghur father from 叶城 selling kebabs in 汇川, a civil-affairs clerk
in 绥阳 and a grandmother in 桐梓; merged and scored once after the changes of the round were committed (`{now_rev}`).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the eighteenth round, run side by side with the
one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 346 left in part (the same with every detector since the end of round 11): a Han name whose last
character is also an adverb, 班主任是|王茂|才，男老师 (才 'only then' left). Person recall 0.822 with the detector at
the end of round 11, 0.881 at the end of round 15, 0.900 at the end of rounds 17 and 18, 0.904 with the round's
changes; precision 0.974, 0.979, 0.980, 0.980 and 0.980. Over the two blind sets of the nineteenth round (92-93,
701 items) 3 items were left in part when scored (0.43%, as many as with every detector since the end of round 11).
On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT92_TEXT = """**Held-out set 92 -- a blind result of the nineteenth round** (tests/pii/holdout92, {chars}
characters, no names.csv; written on branch pii-holdout92 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 93, in voices of sets 3-91 never used: a Mongolian grandfather from 肃北 in
麦积, a Tibetan mother from 玛曲 in 秦州, a Hui father in 张家川, a mother in 甘谷, a primary-school teacher in 武山, a
Kazakh grandmother from 阿克塞 in 清水, a court clerk in 秦安 and a grandmother in 麦积; merged and scored once after
the changes of the round were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`,
the end of the eighteenth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 355 left in part (the same with every detector since the end of round 11): a Mongolian name whose first
element ends in 和 'and', 把|呼和|牧仁压在底下 (呼和 left, and the verb 压 taken), and a compound surname and a given
name ending in 和, 社工|长孙清|和每个月 (和 left). Person recall 0.841 with the detector at the end of round 11, 0.909
at the end of round 15, 0.942 at the end of rounds 17 and 18 and with the round's changes; precision 0.885, 0.899,
0.902, 0.902 and 0.902, the lowest of any blind set: the county 阿克塞 of the grandmother's family was taken for a
name ten times (fixed after scoring, d05bb52), and the writer left surnames with a title (张老师, 苏大哥), which the
detector replaces by design, unannotated. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT91_TEXT = """**Held-out set 91 -- a blind result of the eighteenth round** (tests/pii/holdout91, {chars}
characters, no names.csv; written on branch pii-holdout91 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 90, in voices of sets 3-89 never used: a Mongolian grandmother from 阿巴嘎旗
in 西峡, a Tibetan grandfather from 夏河 in 镇平, a Bonan mother from 积石山 in 内乡, a mother in 淅川, a middle-school
homeroom teacher in 方城, a Uyghur grandmother from 疏附 in 唐河, a civil-affairs clerk in 社旗 and a grandfather in
桐柏; merged and scored once after the changes of the round were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the seventeenth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

No item of 354 left in part; one (唐河县…民主路27号院2|排6号, a house number by row) with every detector from the end
of round 11 to the end of round 17, whole since the round's chain of house-number units (found on blind set 89).
Person recall 0.825 with the detector at the end of round 11, 0.889 at the end of round 15, 0.893 at the end of round
16, 0.914 at the end of round 17 and with the round's changes; precision 0.935, 0.950, 0.950, 0.951 and 0.951. Over the
two blind sets of the eighteenth round (90-91, 711 items) 1 item was left in part when scored (0.14%; 3 with the
detector at the end of round 17, 4 at the end of round 11). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT90_TEXT = """**Held-out set 90 -- a blind result of the eighteenth round** (tests/pii/holdout90, {chars}
characters, no names.csv; written on branch pii-holdout90 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 91, in voices of sets 3-89 never used: a Mongolian father from 巴林左旗 at a
brick kiln in 沈丘, a Tibetan mother from 理塘 in 郸城, a Hui grandfather in 太康, a mother in 扶沟, a primary-school
teacher in 西华, a Kazakh father from 新源 in a flour mill in 项城, a court clerk in 鹿邑 and a grandmother in 川汇;
merged and scored once after the changes of the round were committed (`{now_rev}`). The set is now spent.) "Before"
is the detector at `{rev}`, the end of the seventeenth round, run side by side with the one at `{now_rev}`. Recall
per category:

{cat}

{typ}

One item of 357 left in part: an address whose place part ends in a works' housing compound,
项城市光武街道面粉厂家属院|3号楼2单元101室 (only the building, unit and flat replaced), with every detector since the
end of round 11; a second, a house number by row (老街社区9号院2|排5号), left with every detector to the end of
round 17, is whole since the round's chain of house-number units. Person recall 0.822 with the detector at the end
of round 11, 0.858 at the end of round 15, 0.898 at the end of round 16, 0.924 at the end of round 17 and with the
round's changes; precision 0.945, 0.955, 0.957, 0.958 and 0.958. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT89_TEXT = """**Held-out set 89 -- a blind result of the seventeenth round** (tests/pii/holdout89, {chars}
characters, no names.csv; written on branch pii-holdout89 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 88, in voices of sets 3-87 never used: a Mongolian mother from 乌拉特前旗 in
沁县, a Tibetan father from 色达 with a yak-meat stall in 长子, a Salar grandfather from 循化 in 上党, a mother in 潞州,
a middle-school homeroom teacher in 屯留, a Uyghur father from 伽师 selling dried fruit in 长治, a civil-affairs clerk
in 壶关 and a grandfather in 沁源; merged and scored once after the changes of the round were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixteenth round, run side
by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 350 left in part (the same with every detector since the end of round 11): an address whose house number
goes by row and number, 府后社区5号院3|排8号 (排 'row' was no unit of an address). Person recall 0.848 with the
detector at the end of round 11, 0.877 at the end of round 15, 0.888 at the end of round 16, 0.907 with the round's
changes; precision 0.950, 0.955, 0.956 and 0.957. Over the two blind sets of the seventeenth round (88-89, 702
items) 2 items were left in part when scored (0.28%, as many as with the detectors at the end of rounds 16, 15 and
11). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT88_TEXT = """**Held-out set 88 -- a blind result of the seventeenth round** (tests/pii/holdout88, {chars}
characters, no names.csv; written on branch pii-holdout88 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 89, in voices of sets 3-87 never used: a Mongolian father from 科尔沁右翼中旗
working in a coal yard in 屯留, a Tibetan grandmother from 丁青 in 襄垣, a Hui grandmother in 潞城, a mother in 黎城,
a primary-school teacher in 壶关, a Kazakh grandmother from 和布克赛尔 in 沁源, a court clerk in 武乡 and a grandmother
in 平顺; merged and scored once after the changes of the round were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the sixteenth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

One item of 352 left in part (the same with every detector since the end of round 11): a Han name whose last
character is also a verb before 一家 'the whole family', 兄弟|申拴|成一家 (成 left). Person recall 0.864 with the
detector at the end of round 11, 0.875 at the end of round 15, 0.882 at the end of round 16, 0.893 with the round's
changes; precision 0.963, 0.971, 0.967 and 0.968. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT87_TEXT = """**Held-out set 87 -- a blind result of the sixteenth round** (tests/pii/holdout87, {chars}
characters, no names.csv; written on branch pii-holdout87 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 86, in voices of sets 3-85 never used: a Mongolian grandfather from
东乌珠穆沁旗 in 安平, a Tibetan mother from 囊谦 in 武强, a Dongxiang father from 临夏 in 冀州, a mother in 桃城, a
middle-school homeroom teacher in 武邑, a Uyghur mother from 洛浦 running a noodle shop in 江阴, a civil-affairs clerk
in 景县 and an aunt in 深州; merged and scored once after the changes of the round were committed (`{now_rev}`). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the fifteenth round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 352 left in part (the same with the detectors at the end of rounds 15 and 11): a Mongolian name spaced
in two halves after 写成 'written as', 写成|策登 其其格 (策登 left), and an address whose last word, 门面 'shop front',
was not replaced (江阴市澄江街道虹桥路36号|门面). Person recall 0.851 with the detector at the end of round 11, 0.899
at the end of round 15, 0.931 with the round's changes (word nicknames after 叫他/喊她 and wherever said again);
precision 0.959, 0.972 and 0.973. Over the two blind sets of the sixteenth round (86-87, 708 items) 2 items were left
in part when scored (0.28%, as many as with the detectors at the end of rounds 15 and 11). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT86_TEXT = """**Held-out set 86 -- a blind result of the sixteenth round** (tests/pii/holdout86, {chars}
characters, no names.csv; written on branch pii-holdout86 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 87, in voices of sets 3-85 never used: a Mongolian mother from 阿鲁科尔沁旗
working in a greenhouse in 故城, a Yi father from 布拖 on a building site in 枣强, a Hui grandmother in 武邑, a mother
in 深州, a primary-school teacher in 饶阳, a Kazakh grandfather herding near 富蕴, a court clerk in 阜城 and a
grandfather in 景县; merged and scored once after the changes of the round were committed (`{now_rev}`). The set is
now spent.) "Before" is the detector at `{rev}`, the end of the fifteenth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

No item of 356 left in part, with any detector since the end of round 11. Person recall 0.892 with the detector at
the end of round 11, 0.924 at the end of round 15 and with the round's changes (none of them found a name more
here); precision 0.953, 0.966 and 0.966. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT85_TEXT = """**Held-out set 85 -- a blind result of the fifteenth round** (tests/pii/holdout85, {chars}
characters, no names.csv; written on branch pii-holdout85 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 84, in voices of sets 3-83 never used: a Mongolian father from 镶黄旗 working
in a dairy in 内丘, a Tibetan grandmother from 拉孜 in 广宗, a Hui grandmother in 南和, a mother in 平乡, a
primary-school teacher in 威县, a Uyghur grandfather from 墨玉 selling naan in 常熟, a court clerk in 清河 and a
grandmother in 沙河; merged and scored once after the change of the round was committed (`{now_rev}`). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the fourteenth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

One item of 354 left in part (the same with every detector since the end of round 11): a Han surname that is also a
word, after 他们班 'their class', 他们班|路|玉敏老师 (路 'road' left). Person recall 0.925 with the detector at the
end of round 11, 0.946 at the end of round 13, 0.943 at the end of round 14 and with the round's change; precision
0.942, 0.943, 0.956 and 0.956. Over the two blind sets of the fifteenth round (84-85, 711 items) 2 items were left in
part when scored (0.28%, as many as with the detectors at the end of rounds 14 to 11). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT84_TEXT = """**Held-out set 84 -- a blind result of the fifteenth round** (tests/pii/holdout84, {chars}
characters, no names.csv; written on branch pii-holdout84 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 85, in voices of sets 3-83 never used: a Mongolian father from 正镶白旗
driving a truck out of 宁晋, a Tibetan grandmother from 昂仁 in 巨鹿, a Hui grandmother in 柏乡, a mother in 隆尧, a
primary-school teacher in 任泽, a Uyghur grandfather from 皮山 selling naan in 昆山, a court clerk in 临城 and a
grandmother in 临西; merged and scored once after the change of the round was committed (`{now_rev}`). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the fourteenth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

One item of 357 left in part (the same with every detector since the end of round 11): a Han surname that is also a
verb at the start of a turn, 受访者：|解|红旗校长 (解 'untie' left). Person recall 0.864 with the detector at the end
of round 11, 0.946 at the end of rounds 13 and 14 and with the round's change; precision 0.945, 0.949, 0.956 and
0.956. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT83_TEXT = """**Held-out set 83 -- a blind result of the fourteenth round** (tests/pii/holdout83, {chars}
characters, no names.csv; written on branch pii-holdout83 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 82, in voices of sets 3-81 never used: a Mongolian father from 杭锦旗 working
in 中牟, a Tibetan grandmother from 萨迦 in 井陉 near her grandchildren's inland Tibetan school, a Hui grandmother in
淮阳, a mother in 高邑, a primary-school teacher in 元氏, a Uyghur grandfather from 民丰 selling naan in 南票, a court
clerk in 赞皇 and a grandmother in 商水; merged and scored once after the changes of the round were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirteenth round, run side
by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 349 left in part (the same with the detectors at the end of rounds 13, 12 and 11; five at the end of
round 5): two schools with a class for Tibetan pupils inside them, 育英中学|西藏班初三（1）班 (the school replaced, the
class left), and a Uyghur girl's name whose first syllable is also a verb, 孙女|排|孜丽耶·麦尔丹. Person recall 0.896
with the detector at the end of round 11, 0.944 at the end of round 13, 0.941 with the round's changes; precision
0.945, 0.948 and 0.962. Over the two blind sets of the fourteenth round (82-83, 706 items) 4 items were left in part
when scored (0.57%, as many as with the detectors at the end of rounds 13 to 11). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT82_TEXT = """**Held-out set 82 -- a blind result of the fourteenth round** (tests/pii/holdout82, {chars}
characters, no names.csv; written on branch pii-holdout82 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 83, in voices of sets 3-81 never used: a Mongolian father from 乌审旗 working
in 常熟, a Tibetan grandmother from 南木林 in 鹿泉 near her grandchildren's inland Tibetan school, a Hui grandmother
in 荥阳, a mother in 晋州, a primary-school teacher in 深泽, a Uyghur grandfather from 于田 selling naan in 北戴河, a
court clerk in 赵县 and a grandmother in 郸城; merged and scored once after the changes of the round were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the thirteenth round, run side
by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 357 left in part (the same with every detector since round 5): a school with a preparatory class for
Tibetan pupils, 鹿泉西藏中学|预科（1）班. Person recall 0.884 with the detector at the end of round 11, 0.906 at the
end of round 13 and with the round's changes; precision 0.946, 0.947 and 0.965: the round's changes, made for
precision, removed wrong spans and lost no name here. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT81_TEXT = """**Held-out set 81 -- a blind result of the thirteenth round** (tests/pii/holdout81, {chars}
characters, no names.csv; written on branch pii-holdout81 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 80, in voices of sets 3-79 never used: a Mongolian father in 龙凤区, a
Tibetan grandmother in 乃东, a Hui grandmother in 新密, a mother in 无极, a primary-school teacher in 卢龙, a Uyghur
grandfather from 策勒 selling naan in 南通, a court clerk in 抚宁 and a grandmother in 西华; merged and scored once
after the changes of the round were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at
`{rev}`, the end of the twelfth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 357 left in part (the same with the detectors at the end of rounds 12, 11 and 10; five at the end of
round 5): a Mongolian name whose first syllable is 和 'and', |和|木吉勒 after a full stop. Person recall 0.903 with
the detector at the end of round 11, 0.910 at the end of round 12, 0.942 with the changes of the round (precision
0.954 to 0.956). Over the two blind sets of the thirteenth round (80-81, 710 items) 1 item was left in part when
scored (0.14%, as many as with the detector before the round: the round's changes were made for names missed whole,
not for names left in part). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT80_TEXT = """**Held-out set 80 -- a blind result of the thirteenth round** (tests/pii/holdout80, {chars}
characters, no names.csv; written on branch pii-holdout80 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 81, in voices of sets 3-79 never used: a Mongolian father in 大同区, a
Tibetan grandmother in 堆龙德庆, a Hui grandmother in 登封, a mother in 正定, a primary-school teacher in 藁城, a
Uyghur grandfather from 洛浦 selling naan in 镇江, a court clerk in 昌黎 and a grandmother in 扶沟; merged and scored
once after the changes of the round were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at
`{rev}`, the end of the twelfth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 353 left in part (none with the detectors at the end of rounds 12, 11, 10 and 5 either). Person recall
0.867 with the detector at the end of round 11, 0.875 at the end of round 12, 0.896 with the changes of the round
(precision 0.930 to 0.932). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT79_TEXT = """**Held-out set 79 -- a blind result of the twelfth round** (tests/pii/holdout79, {chars}
characters, no names.csv; written on branch pii-holdout79 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 78, in voices of sets 3-77 never used: a Mongolian father in 红岗, a Tibetan
grandmother in 林周, a Hui grandmother in 汝阳, a mother in 赤城, a primary-school teacher in 栾城, a Uyghur
grandfather from 泽普 selling naan in 扬州, a court clerk in 崇礼 and a grandmother in 滦平; merged and scored once
after the change of the round was committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`,
the end of the eleventh round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 358 left in part, one name twice (the same with the detectors at the end of rounds 11, 10, 7 and 5): a
Mongolian name whose first element is also a city, 图们吉雅 (图们, Tumen: 吉雅 alone replaced). Over the two blind
sets of the twelfth round (78-79, 713 items) 3 were left in part when scored (0.42%; the same 3 with the detector at
the end of round 11): the rate of the tenth and eleventh rounds again (0.42%, 0.38%). The change of the round raised
person recall on both sets (here 0.901 to 0.912 against the end of round 11, precision the same). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT78_TEXT = """**Held-out set 78 -- a blind result of the twelfth round** (tests/pii/holdout78, {chars}
characters, no names.csv; written on branch pii-holdout78 by someone who never saw the detector nor the repository's
commit messages, at the same time as set 79, in voices of sets 3-77 never used: a Mongolian father in 萨尔图, a
Tibetan grandmother in 达孜, a Hui grandmother in 洛宁, a mother in 康保, a primary-school teacher in 偃师, a Uyghur
grandfather from 皮山 selling naan in 泰州, a court clerk in 涿鹿 and a grandmother in 建昌; merged and scored once
after the change of the round was committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`,
the end of the eleventh round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 355 left in part (the same with the detectors at the end of rounds 11 and 10; two at the end of rounds 7
and 5): the last syllable of a Hui woman's name, 坊上的|穆鲁格|耶 (耶 left). Person recall 0.864 with the detector at
the end of round 11, 0.871 with the change of the round. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT77_TEXT = """**Held-out set 77 -- the fourteenth blind result of the eleventh round** (tests/pii/holdout77,
{chars} characters, no names.csv; written on branch pii-holdout77 by someone who never saw the detector, at the same
time as set 76, in voices of sets 3-75 never used: a Mongolian father in 肇州, a Tibetan grandmother in 加查, a Hui
grandmother in 宜阳, a mother in 尚义, a primary-school teacher in 嵩县, a Uyghur grandfather from 阿图什 selling naan
in 常州, a court clerk in 舞钢 and a grandmother in 凌海; merged and scored once after the fixes found on sets 74 and 75
were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the tenth round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 358 left in part (the same with the detectors at the end of rounds 10, 9, 8 and 7; three at the end of
round 5): 来 of a Han name before a title, 村小的贾福|来|老师, and 再 'again' between two found parts of a Uyghur name,
阿依古|再|丽·塔依尔. Both fixed since (来, 让, 和, 才 before a job title; an adverb that is a name syllable between two
found parts joins them). Over the fourteen blind sets of the eleventh round (64-77, 4,984 items) 19 were left in part
when each was scored (0.38%; the same 19 with the detector at the end of round 10, 21 at the end of rounds 9 and 8,
32 at the end of round 7, 52 at the end of round 5). The tenth round left 18 of 4,269 (0.42%), the ninth 21 of 4,973
(0.42%): as in the tenth round, the fixes found on spent sets did not lower what the next sets met, each new set
failing in a new way. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT75_TEXT = """**Held-out set 75 -- the twelfth blind result of the eleventh round** (tests/pii/holdout75, {chars}
characters, no names.csv; written on branch pii-holdout75 by someone who never saw the detector, at the same time as
set 74, in voices of sets 3-73 never used: a Mongolian father in 沽源, a Tibetan grandmother in 洛扎, a Hui
grandmother in 襄城, a mother in 怀来, a primary-school teacher in 栾川, a Uyghur grandfather from 莎车 selling nuts in
潍坊, a court clerk in 禹州 and a grandmother in 义县; merged and scored once after the fix found on set 73 was
committed (`{now_rev}`). The set is now spent. Its writer saw, in the branch's log, the message of the commit that
recorded set 73, which names what set 73 left.) "Before" is the detector at `{rev}`, the end of the tenth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 358 left in part (the same with the detectors at the end of rounds 10, 9, 8, 7 and 5): a Han name whose
last given character is in no list of given-name characters and glued to 家, 东院刘长|栓家|有四轮车 (栓 'bolt'). Fixed
since (a character the segmenter glued to 家 into no dictionary word ends a surname + one given character). Over the
twelve blind sets of the eleventh round (64-75, 4,273 items) 15 were left in part when each was scored (0.35%; the
same 15 with the detector at the end of round 10, 16 at the end of rounds 9 and 8, 27 at the end of round 7, 46 at
the end of round 5). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT73_TEXT = """**Held-out set 73 -- the tenth blind result of the eleventh round** (tests/pii/holdout73, {chars}
characters, no names.csv; written on branch pii-holdout73 by someone who never saw the detector, at the same time as
set 72, in voices of sets 3-71 never used: a Mongolian father in 洮南, a Tibetan grandmother in 小金, a Hui
grandmother in 隆化, a mother in 法库, a boarding-school teacher in 改则, a Uyghur grandfather from 吐鲁番 selling dried
fruit in 烟台, a court clerk in 黑水 and a grandmother in 威海; merged and scored once after the fixes found on sets 70
and 71 were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the tenth
round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 357 left in part (the same with the detectors at the end of rounds 10, 9, 8, 7 and 5): 来 of a Han name
before 他们家, 楼下孙福|来|他们家开小卖部 (set 70's fix takes 来 only before an adverb, preposition or time word).
Fixed since (来 and 才 before 他们/她们, which stands after names: 'and family'). Over the ten blind sets of the
eleventh round (64-73, 3,556 items) 12 were left in part when each was scored (0.34%; the same 12 with the detector
at the end of round 10, 13 at the end of rounds 9 and 8, 22 at the end of round 7, 40 at the end of round 5): as in
the tenth round, what was fixed on the spent sets did not lower what the next sets met. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT71_TEXT = """**Held-out set 71 -- the eighth blind result of the eleventh round** (tests/pii/holdout71, {chars}
characters, no names.csv; written on branch pii-holdout71 by someone who never saw the detector, at the same time as
set 70, in voices of sets 3-69 never used: a Mongolian father in 康平, a Tibetan grandmother in 阿坝县, a Hui
grandmother in 济宁, a mother in 兰西, a primary-school teacher in 北安, a Uyghur grandfather in 乌鲁木齐's 米东区 from
伊宁, a court clerk in 庆安 and a grandmother in 宽城; merged and scored once after the fixes found on sets 68 and 69
were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the tenth round,
run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 356 left in part (the same with the detectors at the end of rounds 10, 9 and 8; three at the end of
round 7, four at the end of round 5): two Tibetan given names ending in 让 before a preposition or time word, 民政专干
王科|让|每季度 and 舅舅晋美俄|让|在马尔康. Fixed since, with set 70's 来 (the same fix also finds three items of earlier
sets whole: 蒲国才, 敖其尔呼和, 白那木斯来). Over the eight blind sets of the eleventh round (64-71, 2,843 items) 11
were left in part when each was scored (0.39%; the same 11 with the detector at the end of round 10, 12 at the end of
rounds 9 and 8, 21 at the end of round 7, 38 at the end of round 5). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT69_TEXT = """**Held-out set 69 -- the sixth blind result of the eleventh round** (tests/pii/holdout69, {chars}
characters, no names.csv; written on branch pii-holdout69 by someone who never saw the detector, at the same time as
set 68, in voices of sets 3-67 never used: a Mongolian father in 乾安, a Tibetan grandmother in 定结, a Hui
grandmother in 临清, a mother in 海伦, a primary-school teacher in 漠河, a Uyghur grandfather from 喀什 selling dried
fruit in 济南, a court clerk in 肇东 and a grandmother in 丰宁; merged and scored once after the fixes found on sets 66
and 67 were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the tenth
round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 354 left in part (none with the detectors at the end of rounds 10, 9 and 8 either; five at the end of
rounds 7 and 5). Over the first six sets of the eleventh round (64-69, 2,135 items) 8 were left in part when each was
scored (0.37%; the same 8 with the detector at the end of round 10, 9 at the end of rounds 9 and 8, 17 at the end of
round 7, 27 at the end of round 5). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT67_TEXT = """**Held-out set 67 -- the fourth blind result of the eleventh round** (tests/pii/holdout67, {chars}
characters, no names.csv; written on branch pii-holdout67 by someone who never saw the detector, at the same time as
sets 64-66, in voices of sets 3-65 never used: a Mongolian father in 北票, a Tibetan grandmother in 吉隆, a Hui
grandmother in 泊头, a mother in 定边, a primary-school teacher in 宜川, a Uyghur grandfather in 乌鲁木齐 from 尉犁, a
court clerk in 铜川 and a grandmother in 黑河; merged and scored once after the fix found on set 64 was committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the tenth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 357 left in part (the same with the detectors at the end of rounds 10, 9, 8 and 7; nine at the end of
round 5): a WeChat id that starts with wx, 叫wx|y_heihe2013 (wx was read as the cue 'WeChat' and only the rest
replaced), and a Uyghur name after a role word whose first syllable is a verb to the segmenter, 社区书记|开|赛尔·艾山.
Fixed since (the Latin cues stand apart from an id and a cue glued to one is replaced with it; any one character
between a role word and a dotted name is its first syllable unless it ends a word with the one before: 我妹|子). The
WeChat change also finds six gold ids of earlier sets that were missed whole (微信是我给她注册的，叫…). Over the first
four sets of the eleventh round (64-67, 1,426 items) 4 were left in part when each was scored (0.28%; the same 4 with
the detectors at the end of rounds 10, 9 and 8, 7 at the end of round 7, 16 at the end of round 5). On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT64_TEXT = """**Held-out set 64 -- the first blind result of the eleventh round** (tests/pii/holdout64, {chars}
characters, no names.csv; written on branch pii-holdout64 by someone who never saw the detector, in voices of sets
3-63 never used: a Mongolian grandmother in 前郭尔罗斯, a Tibetan father in 稻城, a Hui father in 孟村, a
grandmother in 绥德, a village doctor in 汉阴, a Uyghur mother in 乌鲁木齐 from 岳普湖, a civil-affairs officer in 渭南
and a coal-truck driver in 神木; merged and scored once with the detector at the end of the tenth round
(`{now_rev}`, no change made before it). The set is now spent.) "Before" and "now" are both that detector.
Recall per category:

{cat}

{typ}

Two items of 355 left in part, one name twice (the same with the detectors at the end of rounds 9 and 8; three with
those at the end of rounds 7 and 5): a Tibetan daughter's name with the first syllable 向 'towards', 大女儿|向|秋拉姆
and 说，|向|秋拉姆能考到 (向秋 is no listed element, so only 秋拉姆 was found). Fixed since (向 before a name in a name
slot is its first syllable unless the name starts with a common surname or a whole listed element: 24日向林康借款 and
弟弟向达瓦借钱 keep the preposition). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT65_TEXT = """**Held-out set 65 -- the second blind result of the eleventh round** (tests/pii/holdout65, {chars}
characters, no names.csv; written on branch pii-holdout65 by someone who never saw the detector, at the same time as
set 64, in voices of sets 3-63 never used: a Mongolian father in 科尔沁右翼前旗, a Tibetan grandmother in 聂拉木, a
Hui grandmother in 沈丘, a mother in 米脂, a primary-school teacher in 宁强, a Uyghur grandfather in 乌鲁木齐 from 且末,
a court clerk in 韩城 and a grandmother in 镇坪; merged and scored once with the detector at the end of the tenth round
(`{now_rev}`). The set is now spent.) "Before" and "now" are both that detector. Recall per category:

{cat}

{typ}

No item of 357 left in part (none with the detectors at the end of rounds 9, 8 and 7 either; two at the end of round
5). Person recall 0.878 (set 64: 0.867): missed whole are nicknames that are words (铁锁, 明月), short forms (次珍,
赛莱迈) and Han names with rare surnames (谯 here; 拓, 折, 同, 雒 in set 64) or that jieba joins to the next word
(常浩博, 程建设). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT63_TEXT = """**Held-out set 63 -- the twelfth blind result of the tenth round** (tests/pii/holdout63, {chars}
characters, no names.csv; written on branch pii-holdout63 by someone who never saw the detector, in voices of sets
3-61 never used: a Mongolian father in 温泉县, a Tibetan grandmother in 新龙, a Hui grandmother in 辽阳, a mother in
五常, a primary-school teacher in 密山, a Uyghur grandfather in 乌鲁木齐 from 莎车, a court clerk in 伊春 and a
grandmother in 双城; merged and scored once with the detector at the end of the round (`{now_rev}`). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the ninth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 356 left in part (the same with the detectors at the end of rounds 9 and 8; five at the end of round 7,
nine at the end of round 5): a Tibetan granddaughter's name after a kin word, 大孙女|拥中|翁青, three times (once
spaced: 拥中 is no listed element and no syllable, so only 翁青 was replaced), and an address of a residents'
committee's group (翠峦街道|红旗委十二组5号: the group and house number, the most identifying part, were left). All
fixed since (a two-character gap that is no word before a transliterated name after a kin word; 委 + 组 + 号 is an
address). Over the twelve blind sets of the tenth round (52-63, 4,269 items) 18 were left in part when each was
scored (0.42%; 18 with the detector at the end of round 9, 19 at the end of round 8, 24 at the end of round 7, 41 at
the end of round 5; the ninth round left 21 of 4,973, 0.42%). The last two sets, with the detector at the end of the
round, left 5 of 712: the rate did not fall within the round. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT62_TEXT = """**Held-out set 62 -- the eleventh blind result of the tenth round** (tests/pii/holdout62, {chars}
characters, no names.csv; written on branch pii-holdout62 by someone who never saw the detector, in voices of sets
3-61 never used: a Mongolian grandmother in 泰来, a Tibetan father in 久治, a Hui father in 盘锦, a grandmother in
通化, a township doctor in 七台河, a Uyghur mother in 乌鲁木齐 from 喀什, a civil-affairs officer in 锦州 and a father
in 抚顺; merged and scored once with the detector at the end of the round (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the ninth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

One item of 356 left in part (the same with the detectors at the end of rounds 9 and 8; two at the end of rounds 7 and
5): a Uyghur name behind a dot with the prefix 阿不 before a title, 则乃普·阿|不|力米提老师, found as two parts with
不 'not' left between them. Fixed since (不 between a part ending in 阿 and a part found right after it joins
them). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT61_TEXT = """**Held-out set 61 -- the tenth blind result of the tenth round** (tests/pii/holdout61, {chars}
characters, no names.csv; written on branch pii-holdout61 by someone who never saw the detector, in voices of sets
3-59 never used: a Mongolian mother in 红原 with Tibetan neighbours, a Tibetan grandfather in 察雅, a Hui grandmother
in 泗洪, a mother in 睢宁, a kindergarten teacher in 赣榆, a Uyghur grandmother in 乌鲁木齐 from 和田, a procurator in
淮安 and a grandfather in 九龙; merged and scored once, after the fixes found on sets 58 and 59 were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the ninth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 357 left in part (none with the detectors at the end of rounds 9 and 8; one at the end of rounds 7 and
5). Over the ten blind sets of the tenth round (52-61, 3,557 items) 13 were left in part when each was scored (0.37%;
13 with the detector at the end of round 9, 14 at the end of round 8, 18 at the end of round 7, 30 at the end of
round 5; the ninth round left 21 of 4,973, 0.42%, the eighth 25 of 3,552, 0.7%). The last four sets met the
detectors of the session's last two steps: 2 of 1,424 items left in part. With the detector now, 2 of the round's
13 are still left (锁玉祥 behind 门锁, the town 他拉哈镇). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT60_TEXT = """**Held-out set 60 -- the ninth blind result of the tenth round** (tests/pii/holdout60, {chars}
characters, no names.csv; written on branch pii-holdout60 by someone who never saw the detector, in voices of sets
3-59 never used: a Mongolian grandfather in 兴蒙 (通海, 云南), a Tibetan mother in 安多, a Hui father in 沙湾, a
grandmother in 阜宁, a township doctor in 沭阳, a Uyghur father in 乌鲁木齐 from 伽师, a civil-affairs officer in 邳州
and a road worker in 泸定; merged and scored once, after the fixes found on sets 58 and 59 were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the ninth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 355 left in part (none with the detectors at the end of rounds 9, 8 and 7; one at the end of round 5).
Person recall is the lowest of the round (0.81): the surnames of the Mongolians of 兴蒙, 旃 and 期, are in no list
(旃德昌, 期丽琼), and word nicknames (芦花, 雀子) and a given name that is a word (赵光明) were missed whole, not in
part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT59_TEXT = """**Held-out set 59 -- the eighth blind result of the tenth round** (tests/pii/holdout59, {chars}
characters, no names.csv; written on branch pii-holdout59 by someone who never saw the detector, in voices of sets
3-57 never used: a Mongolian grandmother in 博乐, a Tibetan grandfather in 杂多, a Hui grandmother in 霍城, a father in
泸溪, a village doctor in 咸丰, a Uyghur grandfather in 阿瓦提, a police officer in 建始 and a grandmother in 五峰;
merged and scored once, after the fixes found on sets 56 and 57 were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the ninth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

One item of 356 left in part (the same with the detectors at the end of rounds 9, 8, 7 and 5): a Uyghur name after a
role word, 班主任|热孜|万古丽·艾买尔老师, whose first part the gap rule did not take because 万 is no listed
syllable. Fixed since (before a dotted name, half of the characters being syllables is enough). Precision for
names rose from 0.943 to 0.954 with the list of county names (吴忠, 景洪 and the like alone are places, not names).
Over the eight blind sets of the tenth round (52-59, 2,845 items) 13 were left in part when each was scored (0.46%),
as many as with the detector at the end of round 9.
On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT58_TEXT = """**Held-out set 58 -- the seventh blind result of the tenth round** (tests/pii/holdout58, {chars}
characters, no names.csv; written on branch pii-holdout58 by someone who never saw the detector, in voices of sets
3-57 never used: a Mongolian father in 石拐, a Tibetan mother in 洛隆, a Hui father in 红寺堡, a grandmother in 永顺, a
primary-school teacher in 宣恩, a Uyghur mother in 洛浦, a civil-affairs officer in 巴东 and a father in 阜康; merged
and scored once, after the fixes found on sets 56 and 57 were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the ninth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

One item of 356 left in part (the same with the detectors at the end of rounds 9, 8, 7 and 5): a Hui name after a kin
word, 儿子|海白来里|十三, whose last syllable 里 ends the run of syllables as the grammar word 'inside'. Fixed since
(里 right after a transliterated name, before an age or a clause, is a syllable: 'inside' never follows a person
directly). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT57_TEXT = """**Held-out set 57 -- the sixth blind result of the tenth round** (tests/pii/holdout57, {chars}
characters, no names.csv; written on branch pii-holdout57 by someone who never saw the detector, in voices of sets
3-55 never used: a Mongolian father in 杜尔伯特, a Tibetan grandmother in 左贡, a Hui grandmother in 静宁, a father in
保靖, a township social worker in 会宁, a Uyghur father in 民丰, a court clerk in 鹤峰 and a mother in 理县; merged and
scored once, after the fixes found on sets 54 and 55 were committed (`{now_rev}`). The set is now spent.) "Before" is
the detector at `{rev}`, the end of the ninth round, run side by side with the one at `{now_rev}`. Recall per
category:

{cat}

{typ}

Four items of 357 left in part (the same with the detectors at the end of rounds 9 and 8; five at the end of rounds 7
and 5): two places whose first character is a grammar word, the district 让胡路区 (让 'let') in an address and the
town 他拉哈镇 (他 'he') before a school, which only a list of places would tell from the word; a Mongolian name ending
in -胡 that jieba made one word with 家 'the family of' (伊德日|胡家); and a Uyghur name before a title after a role
word, of which the title rule found the second half (班主任|茹先|古丽老师). The two names are fixed since, and the
district too (a list of county-level names, data/places_zh.txt); the town is left. Over the six blind sets of the
tenth round (52-57, 2,133 items) 11 were left in part when each was scored (0.52%), as many as with the detector at
the end of round 9 (12 with the one at the end of round 8, 15 at the end of round 7, 26 at the end of round 5): the
round's fixes, each found on a spent set, did not meet the next set's failures, which were new kinds each time.
On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT56_TEXT = """**Held-out set 56 -- the fifth blind result of the tenth round** (tests/pii/holdout56, {chars}
characters, no names.csv; written on branch pii-holdout56 by someone who never saw the detector, in voices of sets
3-55 never used: a Mongolian grandmother in 肃北, a Tibetan father in 八宿, a Hui father in 中宁, a mother in 咸宁, a
kindergarten teacher in 泾川, a Uyghur grandmother in 于田, a civil-affairs officer in 阜新 and a grandfather in 利川;
merged and scored once, after the fixes found on sets 54 and 55 were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the ninth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

No item of 357 left in part (none with the detectors at the end of rounds 9, 8 and 7; six at the end of round 5). On
this set since:

{cat_now}

{typ_now}
"""

HOLDOUT55_TEXT = """**Held-out set 55 -- the fourth blind result of the tenth round** (tests/pii/holdout55, {chars}
characters, no names.csv; written on branch pii-holdout55 by someone who never saw the detector, in voices of sets
3-53 never used: a Mongolian mother in 河南县 (黄南), a Tibetan father in 巴塘, a Hui mother in 盐池, a father in 潮阳,
a primary-school teacher in 晋中, a Uyghur father in 拜城, a police officer in 岳阳 and a grandmother in 遂宁; merged
and scored once, after the fixes found on sets 52 and 53 were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the ninth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

One item of 357 left in part (the same with the detectors at the end of rounds 9 and 8; two at the end of round 7,
three at the end of round 5): a son's given name before his father's, 吾守尔江|吐尔逊江 (the father's name was known
from another mention; 吾 and 守 were kept out of the transliteration syllables as Han given-name characters). Fixed
since (吾 and 守 are syllables; no change on real text). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT54_TEXT = """**Held-out set 54 -- the third blind result of the tenth round** (tests/pii/holdout54, {chars}
characters, no names.csv; written on branch pii-holdout54 by someone who never saw the detector, in voices of sets
3-53 never used: a Mongolian grandfather in 库伦旗, a Tibetan mother in 石渠, a Hui grandfather in 彭阳, a grandmother
in 云浮, a village doctor in 临汾, a Uyghur mother in 策勒, a civil-affairs officer in 娄底 and a father in 焦作; merged
and scored once, after the fixes found on sets 52 and 53 were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the ninth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

Three items of 357 left in part (the same with the detectors at the end of rounds 9 and 8; four at the end of round
7, five at the end of round 5): a daughter's given name before her father's, 苏比努尔|乃比江, twice (once spaced: the
mention step found the father's name and did not take the syllables beside it, as every other name does) and an
address whose township word jieba glued to the village's first character (达玛沟乡托|万喀让|古塔格村: only the village
and its numbers were replaced). Both fixed since (a mention found anew takes the syllables beside it; a place word
glued to the next name still starts the address, which made two court addresses of the real text whole). On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT53_TEXT = """**Held-out set 53 -- the second blind result of the tenth round** (tests/pii/holdout53, {chars}
characters, no names.csv; written on branch pii-holdout53 by someone who never saw the detector, in voices of sets
3-51 never used: a Mongolian father in 科尔沁左翼后旗, a Tibetan grandmother in 巴青, a Hui father in 平罗, a mother in
肇庆, a township doctor in 朔州, a Uyghur grandfather in 皮山, a court clerk in 益阳 and a grandmother in 资阳 whose son
is in prison; merged and scored once, after the fixes found on sets 3-51 in this session were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the ninth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 355 left in part (one with the detector at the end of round 9, two at the end of rounds 8 and 7, four at
the end of round 5): 锁玉祥 after 对门 'the neighbour opposite' (锁 is a Hui surname no list held, and jieba made
门锁 'door lock' of the two words around it, so only 玉祥 was replaced). 锁 is a listed surname since, which found
锁桂兰, 锁凤英 and three more on earlier sets; 锁玉祥 is left: 门锁 still hides it. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT52_TEXT = """**Held-out set 52 -- the first blind result of the tenth round** (tests/pii/holdout52, {chars}
characters, no names.csv; written on branch pii-holdout52 by someone who never saw the detector, in voices of sets
3-51 never used: a Mongolian grandmother in 达尔罕茂明安联合旗, a Tibetan father in 定日, a Hui grandmother in 隆德, a
father in 揭阳, a school social worker in 阳泉, a Uyghur mother in 英吉沙, a civil-affairs officer in 科尔沁右翼中旗 and
a grandfather in 开封; merged and scored once, after the fixes found on sets 3-51 in this session were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the ninth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 350 left in part (the same with the detectors at the end of rounds 9, 8 and 7; three at the end of round
5): one Uyghur name, 艾则孜·买吐送, written plain and spaced out on a form (艾 则 孜 · 买 吐 送). Behind the dot jieba
cut 买|吐|送 and 买 'buy' and 送 'send' ended the name part as verbs; a spaced dot ended the spaced name. Fixed since
(behind a middle dot the syllable run counts whatever jieba cut, 送 is a syllable of 吐送, and a spaced dot is one
more gap of a spaced name). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT51_TEXT = """**Held-out set 51 -- the fourteenth blind result of the ninth round** (tests/pii/holdout51, {chars}
characters, no names.csv; written on branch pii-holdout51 by someone who never saw the detector, in voices of sets
3-49 never used: a Mongolian grandmother in 凉城, a Tibetan grandfather in 工布江达, a Hui grandmother in 泽普 with
Uyghur neighbours, a father in 河源, a township doctor in 长治, a Kyrgyz father in 阿克陶, a procurator in 忻州 and a
grandmother in 清远; merged and scored once, after the fixes found on sets 48 and 49 were committed (`{now_rev}`).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the eighth round, run side by side with the
one at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 353 left in part (none with the detectors at the end of rounds 8 and 7, one at the end of round 5). Over
the fourteen blind sets of the ninth round (38-51, 4,973 items) 21 were left in part when each was scored (0.42%;
22 with the detector at the end of round 8, 27 at the end of round 7, 45 at the end of round 5; the eighth round left
25 of 3,552, 0.7%). The last two sets met the detector at the end of the session: 2 of 710 items left in part. On
this set since:

{cat_now}

{typ_now}
"""

HOLDOUT50_TEXT = """**Held-out set 50 -- the thirteenth blind result of the ninth round** (tests/pii/holdout50, {chars}
characters, no names.csv; written on branch pii-holdout50 by someone who never saw the detector, in voices of sets
3-49 never used: a Mongolian grandfather in 兴和, a Tibetan mother in 南木林, a Hui father in 清水, a grandmother in
阳江, a village teacher in 孝义, a Uyghur father in 巴楚, a civil-affairs officer in 察哈尔右翼前旗 and a mother in
晋城; merged and scored once, after the fixes found on sets 48 and 49 were committed (`{now_rev}`). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the eighth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 357 left in part, as with the detectors at the end of rounds 8 and 7 (four at the end of round 5):
张来福 before 大夫 (来 "come" inside the given name; the title form took 福 alone) and 阿不来提·买买提 after 村支书 (不
"not" after 阿, the Uyghur prefix of 阿不来提 and of 阿不力米提 in set 49, ended the part before the dot; fixed since
before a dot: 阿不 is the prefix there; 张来福 is left). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT49_TEXT = """**Held-out set 49 -- the twelfth blind result of the ninth round** (tests/pii/holdout49, {chars}
characters, no names.csv; written on branch pii-holdout49 by someone who never saw the detector, in voices of sets
3-47 never used: a Mongolian father in 扎赉诺尔, a Tibetan grandmother in 当雄, a Hui grandfather in 湟源, a mother in
潮州, a township nurse in 岷县, a Uyghur father in 叶城, a police officer in 土默特左旗 and a grandmother in 漳县;
merged and scored once, with the detector sets 46 and 47 met, the last of the round (`{now_rev}`). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the eighth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 356 left in part, as with the detectors at the end of rounds 8 and 7 (nine at the end of round 5):
白那木吉拉 after 蒙医 (白, a surname, and 那 "that" before the found 木吉拉; left) and 热依拉·阿不力米提 after 老婆
(老婆 "wife" was taken into the name and 不力米提 left: 不 "not" ended the father's name; 老婆 is a kin word since,
the father's name is left). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT48_TEXT = """**Held-out set 48 -- the eleventh blind result of the ninth round** (tests/pii/holdout48, {chars}
characters, no names.csv; written on branch pii-holdout48 by someone who never saw the detector, in voices of sets
3-47 never used: a Mongolian grandmother in 察哈尔右翼中旗, a Tibetan father in 谢通门, a Hui mother in 临夏县, a
grandfather in 化州, a village teacher in 宕昌, a Uyghur mother in 麦盖提, a civil-affairs clerk in 清水河 and a widow
in 新乡; merged and scored once, with the detector sets 46 and 47 met (`{now_rev}`). The set is now spent.) "Before"
is the detector at `{rev}`, the end of the eighth round, run side by side with the one at `{now_rev}`. Recall per
category:

{cat}

{typ}

Three items of 355 left in part, as with the detectors at the end of rounds 8 and 7 (five at the end of round 5):
如克亚·麦麦提 before 大姐 (the title form took 麦麦提 alone; fixed since: a title form takes the part before a middle
dot), 刘满囤 after 跟爷爷 (囤 "store", a given-name character too rare to be taken; left) and 都古尔扎布 after 的是
(都 "all"; left). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT47_TEXT = """**Held-out set 47 -- the tenth blind result of the ninth round** (tests/pii/holdout47, {chars}
characters, no names.csv; written on branch pii-holdout47 by someone who never saw the detector, in voices of sets
3-45 never used: a Mongolian grandfather in 天峻, a Tibetan mother in 昂仁, a Hui father in 刚察, a grandmother in
荆门, a social worker in 梅州 with Hakka families, a Kazakh mother in 巩留, a judge in 平顶山 and a grandfather in
汕尾; merged and scored once, after the fixes found on sets 44 and 45 were committed (`{now_rev}`). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the eighth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

One item of 350 left in part, as with the detectors at the end of rounds 8, 7 and 5: 代红霞 before 大夫, where 代, a
surname in use today that the surname list (百家姓 and its additions) lacks, was read as the measure word and only
红霞大夫 was replaced (left: adding 代 to the list shifted the name model enough to lose a Uyghur name elsewhere).
On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT46_TEXT = """**Held-out set 46 -- the ninth blind result of the ninth round** (tests/pii/holdout46, {chars}
characters, no names.csv; written on branch pii-holdout46 by someone who never saw the detector, in voices of sets
3-45 never used: a Mongolian herder mother in 乌拉盖, a Tibetan grandfather in 申扎, a Hui grandmother in 乌兰县, a
mother in 随州, a kindergarten teacher in 茂名, a Uyghur grandfather in 新和, a child-protection officer in 安阳 and a
father in 鄂州; merged and scored once, after the fixes found on sets 44 and 45 were committed (`{now_rev}`). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the eighth round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 356 left in part (two with the detectors at the end of rounds 8, 7 and 5: the other, 郑国平 after 村支书
before 常, is whole since the round's cued given character): the Mongolian name 巴音达赖 after 她的儿子, of which only
巴音 was replaced (达赖, a spelling of the listed 达来 "ocean" that is also the Dalai Lama's title, is no listed
element and 赖 no syllable; left). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT45_TEXT = """**Held-out set 45 -- the eighth blind result of the ninth round** (tests/pii/holdout45, {chars}
characters, no names.csv; written on branch pii-holdout45 by someone who never saw the detector, in voices of sets
3-43 never used: a Torgut herder in 博湖, a Tibetan grandmother in 索县, a Hui father in 贵南, a migrant father from
襄阳, a village doctor in 眉山, a Kazakh father in 伊吾, a procurator in 轮台 and a grandmother of twins in 永州; merged
and scored once, after the fixes found on sets 39 and 42 were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the eighth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

Five items of 358 left in part, as with the detectors at the end of rounds 8, 7 and 5: the Mongolian name 乌图那生
after 姑娘 (那 "that" ended it; left), 芒来扎布 after 弟弟 (芒来, no listed element, was left out: fixed since, a gap
after a kin word that is no word and ends in a syllable is the name's first part), 萨　其　日 written spaced out after
another spaced name and 和 (the two were joined and the last character left: fixed since, a name ending before a
spaced run takes it), 何春生 after 工友 before 病 (生病 "fall ill": fixed since, 工友 "workmate" is a role word like
同事, and a role word cues a name's second given character) and a dormitory address, 长安镇乌沙社区兴发宿舍楼3栋412房
(fixed since: a dormitory block is an estate, a floor part of an address). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT44_TEXT = """**Held-out set 44 -- the seventh blind result of the ninth round** (tests/pii/holdout44, {chars}
characters, no names.csv; written on branch pii-holdout44 by someone who never saw the detector, in voices of sets
3-43 never used: a Mongolian grandmother in 伊金霍洛旗, a Tibetan father in 嘉黎, a Hui mother in 海晏, a grandfather
in 湘潭, a teacher in 内江, a Uyghur mother in 柯坪, a community worker in 商都 and a mother in 漯河; merged and scored
once, after the fixes found on sets 39 and 42 were committed (`{now_rev}`). The set is now spent.) "Before" is the
detector at `{rev}`, the end of the eighth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 357 left in part, as with the detector at the end of round 8 (three at the end of round 7, seven at
the end of round 5): 诺日吉玛 before 大姐 (the title form 吉玛大姐 took 日 from the segmenter's word, not 诺: fixed
since, a transliterated title form takes the syllables before it) and an address whose floor was left,
东莞市长安镇锦厦社区新安街12号3楼 (fixed since). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT43_TEXT = """**Held-out set 43 -- the sixth blind result of the ninth round** (tests/pii/holdout43, {chars}
characters, no names.csv; written on branch pii-holdout43 by someone who never saw the detector, in voices of sets
3-41 never used: a Mongolian mother in 额济纳旗, a Tibetan grandfather in 兴海, a Salar grandmother in 同德 with Hui
neighbours, a mother in 郴州, a township doctor in 自贡, a Kazakh mother in 和硕, a procurator in 武川 and a
grandfather in 宜昌; merged and scored once, with the detector sets 40 and 41 met (`{now_rev}`). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the eighth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

No item of 351 left in part (none with the detectors at the end of rounds 7 and 5 either). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT42_TEXT = """**Held-out set 42 -- the fifth blind result of the ninth round** (tests/pii/holdout42, {chars}
characters, no names.csv; written on branch pii-holdout42 by someone who never saw the detector, in voices of sets
3-41 never used: a Buryat Mongolian grandfather in 新巴尔虎左旗, a Tibetan mother in 班戈, a Hui father in 卓尼 with
Tibetan neighbours, a grandmother in 株洲, a village teacher in 通江, a Uyghur father in 沙雅, a caseworker in 化德 and
a father in 许昌; merged and scored once, with the detector sets 40 and 41 met (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the eighth round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

Two items of 354 left in part, as with the detectors at the end of rounds 8 and 7 (three at the end of round 5):
蒲国才 after 她爸爸 before 在 (才 "only then" is grammar; left), and 热合木吐拉 艾合买提江, a later mention written with
a space for the middle dot: the first mention had taken the kin word 老三 "the third", which the tagger has as a
name, into the name's part before the dot, so the later one no longer matched it and only 木吐拉 艾合买提江 was found
(fixed since: a kin word is no part of a dotted name). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT41_TEXT = """**Held-out set 41 -- the fourth blind result of the ninth round** (tests/pii/holdout41, {chars}
characters, no names.csv; written on branch pii-holdout41 by someone who never saw the detector, in voices of sets
3-40 never used: a Mongolian herder father in 杭锦后旗, a Tibetan grandmother in 贵德, a Salar father in 尖扎 with Hui
neighbours, a mother in 荆州, a nurse in 古蔺 with Miao patients, a Kazakh grandfather in 托里, a police officer in 奇台
and a grandmother in 三门峡; merged and scored once, after the fix found on set 38 was committed (`{now_rev}`). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the eighth round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 358 left in part (one with the detector at the end of round 7, two at the end of round 5). On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT40_TEXT = """**Held-out set 40 -- the third blind result of the ninth round** (tests/pii/holdout40, {chars}
characters, no names.csv; written on branch pii-holdout40 by someone who never saw the detector, in voices of sets
3-39 never used: a Mongolian grandmother in 苏尼特右旗, a Tibetan father in 聂荣, a Hui mother in 乐都, a grandfather in
孝感, a school counsellor in 宜宾 with Yi and Miao pupils, a Uyghur grandmother in 乌什, a township cadre in 鄂托克前旗
and a miner's widow in 鹤壁; merged and scored once, after the fix found on set 38 was committed (`{now_rev}`). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the eighth round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

No item of 355 left in part (two with the detectors at the end of rounds 7 and 5). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT39_TEXT = """**Held-out set 39 -- the second blind result of the ninth round** (tests/pii/holdout39, {chars}
characters, no names.csv; written on branch pii-holdout39 by someone who never saw the detector, in voices of sets
3-37 never used: a Mongolian mother in 乌拉特前旗, a Tibetan grandfather in 墨竹工卡, a Hui grandmother in 湟中 with Tu
neighbours, a mother in 驻马店, a kindergarten teacher in 常德 with Tujia children, a Kazakh father in 新源, a court
clerk in 磴口 and a grandfather in 九江; merged and scored once, after the first changes of the round were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the eighth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 357 left in part, as with the detectors at the end of rounds 8, 7 and 5: the Mongolian name 陶格陶胡
before 家 (胡家 "the Hu family": 胡 is no syllable of a listed element; left) and 龚德胜 before 过 after 外公 (胜过
"surpass": the name model weighed 龚德 + 胜过 against 龚德胜 + 过 and kept the first by less than one unit of
log-likelihood; fixed since: after a kin or role word a surname and one given character take a given-name character
glued into a word when the text after it starts a word). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT38_TEXT = """**Held-out set 38 -- the first blind result of the ninth round** (tests/pii/holdout38, {chars}
characters, no names.csv; written on branch pii-holdout38 by someone who never saw the detector, in voices of sets
3-37 never used: a Mongolian grandfather in 正镶白旗, a Tibetan mother in 丁青, a Hui father in 永靖 with Dongxiang
neighbours, a grandmother in 邵阳, a teacher in 印江 with Tujia and Miao pupils, a Uyghur mother in 疏勒, a
civil-affairs officer in 太仆寺旗 and a father in 双鸭山; merged and scored once, after the first changes of the round
were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the eighth
round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 356 left in part, as with the detector at the end of round 8 (two at the end of rounds 7 and 5): 向巴平措
after 村支书, where 向 "towards" was left out as in 向巴群培 of set 33 (fixed since: a lone syllable before Tibetan
elements after a kin or role word takes the character before it as its element's first half; 向巴 spells 强巴). On
this set since:

{cat_now}

{typ_now}
"""

HOLDOUT37_TEXT = """**Held-out set 37 -- the tenth blind result of the eighth round** (tests/pii/holdout37, {chars}
characters, no names.csv; written on branch pii-holdout37 by someone who never saw the detector, in voices of sets
3-36 never used: a Mongolian grandmother in 科右中旗, a Tibetan herder in 称多, a Dongxiang father in 和政, a father in
黄冈, a village doctor in 从江 with Dong patients, a Uyghur father in 伽师, a prosecutor in 阿荣旗 and a grandmother
in 丹东; merged and scored once, after the fix found on set 36 was committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the seventh round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

Five items of 356 left in part (four with the detector at the end of round 7, eight at the end of round 5): a
school and an address in 从江县往洞镇 (往 "towards" stopped the town's name; fixed since), 于海澜老师 (于 "at", a
surname that is mostly grammar, before a given name and a title), 扎西端智老师 (the title form took 智 alone) and
敖其尔呼和 (和 "and" before 前年); the last three are left. Over the ten blind sets of the eighth round (28-37,
3,552 items) 25 were left in part when each was scored (0.7%), against 24 with the detector at the end of round 7
and 41 at the end of round 5. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT36_TEXT = """**Held-out set 36 -- the ninth blind result of the eighth round** (tests/pii/holdout36, {chars}
characters, no names.csv; written on branch pii-holdout36 by someone who never saw the detector, in voices of sets
3-35 never used: a Mongolian father in 乌拉特中旗, a Tibetan mother in 道孚, a Hui grandmother in 临潭, a grandfather in
天门, a teacher in 西昌 with Yi pupils, a Kazakh mother in 哈巴河, a social worker in 多伦 and a mother in 松原; merged
and scored once, after the fixes found on set 35 were committed (`{now_rev}`). The set is now spent.) "Before" is
the detector at `{rev}`, the end of the seventh round, run side by side with the one at `{now_rev}`. Recall per
category:

{cat}

{typ}

One item of 360 left in part, as with the detectors at the end of rounds 7 and 5: the Hui girl's name 丁鲁给耶 after
外孙女 (给 "give" ended it; fixed since: "give" takes no age after it, so 给 between such a name and an age is a
syllable). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT35_TEXT = """**Held-out set 35 -- the eighth blind result of the eighth round** (tests/pii/holdout35, {chars}
characters, no names.csv; written on branch pii-holdout35 by someone who never saw the detector, in voices of sets
3-34 never used: a Mongolian grandmother in 翁牛特旗, a Tibetan father in 碌曲, a Hui father in 门源, a mother in 绵阳,
a village doctor in 吉首, a Uyghur mother in 哈密, a judge in 突泉 and a grandmother in 鞍山; merged and scored once,
after the fixes found on set 34 were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at
`{rev}`, the end of the seventh round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 347 left in part, two more than with the detector at the end of round 7 (three at the end of round
5): the new listed element 群培 found 登群培 in 老大更登群培 and its spaced mention, a name the old detector missed
whole (更 "more" between a kin word and the name); jieba's word 吉给旦 joined 完么吉 and 旦正扎西 into one span that
began inside the first name; and 老祁 was read in 乡老祁伊斯哈格 (乡老, a Hui community elder). Fixed since (the last
name is now missed whole). Over the eight blind sets of the eighth round (28-35, 2,836 items) 19 were left in part
when each was scored (0.7%), as many as with the detector at the end of round 7 and against 32 at the end of round
5: the round found more names (person recall up on seven of the eight sets, equal on set 28), and some it found only
in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT34_TEXT = """**Held-out set 34 -- the seventh blind result of the eighth round** (tests/pii/holdout34, {chars}
characters, no names.csv; written on branch pii-holdout34 by someone who never saw the detector, in voices of sets
3-33 never used: a Mongolian father in 苏尼特左旗, a Tibetan grandmother in 林芝, a Hui father in 灵武, a grandmother in
南阳, a teacher in 都匀 with Buyi pupils, a Kazakh father in 青河, a police officer in 集宁 and a father in 四平;
merged and scored once, after the fixes found on set 33 and more listed elements were committed (`{now_rev}`). The
set is now spent.) "Before" is the detector at `{rev}`, the end of the seventh round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 358 left in part, as with the detectors at the end of rounds 7 and 6 (four at the end of round 5):
张福来 after 老头子 and its spaced mention 张福 来 (来 "come" ended the name, though the segmenter kept it in one
word with the name) and an address in 小城子镇于家村 (于 "at", glued by jieba to the town, stopped the place name).
All fixed since. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT33_TEXT = """**Held-out set 33 -- the sixth blind result of the eighth round** (tests/pii/holdout33, {chars}
characters, no names.csv; written on branch pii-holdout33 by someone who never saw the detector, in voices of sets
3-32 never used: a Mongolian mother in 扎赉特旗, a Tibetan father in 昌都, a Hui grandmother in 海原, a father in 靖州
(怀化), a Bai mother in 大理, a Kazakh grandmother in 富蕴, a civil-affairs clerk in 锡林浩特 and a grandmother in 兴城;
merged and scored once, after the fixes found on set 32 were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the seventh round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

Three items of 358 left in part, as with the detectors at the end of rounds 7, 6 and 5: 向巴群培 after 我弟弟 (向,
also "towards", before 巴群培: left, as after a kin word it is as often the preposition), 贡觉旺修医生 (贡觉, a listed
element that is also a county, needs a cue) and the spaced 田 宰 凯 里 亚 (the plain mention got its 田 only when spans
were widened to whole words, after the mentions were unified). The last two fixed since. Over the six blind sets of
the eighth round (28-33, 2,131 items) 12 were left in part when each was scored (0.6%), against 14 with the
detector at the end of round 7 and 25 at the end of round 5. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT32_TEXT = """**Held-out set 32 -- the fifth blind result of the eighth round** (tests/pii/holdout32, {chars}
characters, no names.csv; written on branch pii-holdout32 by someone who never saw the detector, in voices of sets
3-31 never used: a Mongolian grandmother in 镶黄旗, a Tibetan father in 若尔盖, a Bonan father in 积石山, a mother in
宿州, a teacher in 田阳 (百色) with Zhuang pupils, a Uyghur father in 阿克苏, a juvenile prosecutor in 松山区 (赤峰) and
a grandfather in 白城; merged and scored once, after the fixes found on set 31 and on the misses of sets 30 and 31
were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventh
round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 356 left in part (4 with the detector at the end of round 7, 11 at the end of round 5): 胡和巴特尔
after 儿子 (和 "and"), 罗让丹巴 after 我哥 (让 "let"; 罗让 unlisted) and a school in 大河家镇 (家 after the word 大河
stopped the place name). All fixed since: after a kin word a name follows whole, never a bare surname, so one or two
characters that start with a surname or a syllable are its first part; 家 before a town's suffix is part of its
name. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT31_TEXT = """**Held-out set 31 -- the fourth blind result of the eighth round** (tests/pii/holdout31, {chars}
characters, no names.csv; written on branch pii-holdout31 by someone who never saw the detector, in voices of sets
3-30 never used: a Mongolian mother in 四子王旗, a Tibetan grandmother in 甘孜县, a Hui father in 化隆, a father
in 文山, a Yi mother in 昭觉, a Uyghur grandmother in 吉木萨尔, a school social worker in 满洲里 and a grandmother in
本溪;
merged and scored once, after the fixes found on set 30 were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the seventh round, run side by side with the one at `{now_rev}`.
Recall per category:

{cat}

{typ}

One item of 355 left in part (2 with the detectors at the end of rounds 7, 6 and 5): the Yi name 海来石哈, read as
a Han name 石哈 after 海来 (fixed since: two characters that start two or more different names of a text, 海来尔古
and 海来阿芝 here, start the names after them there too). Over the four blind sets of the eighth round (28-31, 1,417
items) six were left in part when each was scored, against seven with the detector at the end of round 7 and 11
at the end of round 5. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT30_TEXT = """**Held-out set 30 -- the third blind result of the eighth round** (tests/pii/holdout30, {chars}
characters, no names.csv; written on branch pii-holdout30 by someone who never saw the detector, in voices of sets
3-29 never used: a Mongolian grandfather in 阿鲁科尔沁旗, a Tibetan mother in 理塘, a Salar father in 循化, a
grandmother in 恩施, a teacher in 临沧 with Wa and Dai pupils, a Kazakh father in 额敏, a community-correction
officer in 通辽 and an uncle in 喀左; merged and scored once, after the fix found on set 29 was committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the seventh round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 353 left in part, as with the detectors at the end of rounds 7, 6 and 5: the Salar religious name
阿卜都 after 经名 (read 经名阿卜: the word 经名 was unknown to the tagger, and 都 "all" before a comma was left out)
and its mention 韩阿卜都, and an address in 额敏县喀拉也木勒镇 (也 "also" stopped the town's name). All fixed since:
kinds of name (经名, 汉名, 学名 ...) are words and naming cues, 都 before punctuation ends a transliterated name, and
a one-character grammar word between a county and its town may be part of the town's name. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT29_TEXT = """**Held-out set 29 -- the second blind result of the eighth round** (tests/pii/holdout29, {chars}
characters, no names.csv; written on branch pii-holdout29 by someone who never saw the detector, in voices of sets
3-28 never used: a Mongolian grandmother in 阿巴嘎旗, a Tibetan aunt in 德钦, a Hui father in 大厂, a mother in 达州, a
village doctor in 六安, a Kazakh mother in 尼勒克, a legal-aid lawyer in 乌兰浩特 and a Manchu grandmother in 岫岩;
merged and scored once, after the fix found on set 28 was committed (`{now_rev}`). The set is now spent.) "Before" is
the detector at `{rev}`, the end of the seventh round, run side by side with the one at `{now_rev}`. Recall per
category:

{cat}

{typ}

One item of 352 left in part, as with the detectors at the end of rounds 7, 6 and 5: 他塔喇·春生, a Manchu clan name
whose first character is the pronoun 他 (塔喇·春生 replaced; fixed since: the clans of the page already cited for
Manchu clans are listed, 他塔喇 among them). Over the two blind sets of the eighth round (28 and 29, 709 items) two
were left in part when each was scored, against two with the detector at the end of round 7 and six at the end of
round 5. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT28_TEXT = """**Held-out set 28 -- the first blind result of the eighth round** (tests/pii/holdout28, {chars}
characters, no names.csv; written on branch pii-holdout28 by someone who never saw the detector, in voices of sets
3-27 never used: a Torgut Mongolian father in 阿拉善左旗, an Amdo Tibetan mother in 玛沁, a Hui grandmother in 平凉, a
father in 光山, a teacher in 上饶, a Uyghur mother in 和田, a household-registration officer in 扎鲁特旗 and a
grandfather in 牡丹江; merged and scored once, after the round-8 changes were committed (`{now_rev}`). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the seventh round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

One item of 357 left in part, as with the detectors at the end of rounds 7 and 6 (5 at the end of round 5):
达来扎布 after 我哥, where the segmenter's 哥达 crossed the name's start and the name was rejected, so that only 扎布
was replaced (fixed since: a kin character outside a crossing word is treated as grammar characters are). On this set
since:

{cat_now}

{typ_now}
"""

HOLDOUT19_TEXT = """**Held-out set 19 -- the first blind result of the sixth round** (tests/pii/holdout19, {chars}
characters, no names.csv; written on branch pii-holdout19 by someone who never saw the detector, in voices of sets
3-17 never used: an Ordos Mongolian father in 乌审旗, a Lhasa Tibetan grandmother, a Dongxiang mother in 东乡, a Zhuang
teacher in 靖西, a Han grandfather in 沂南, a social worker at a migrant school in 大兴, a child director in 喀喇沁旗
(赤峰) and a Korean-Chinese grandmother in 珲春; merged and scored once, after the detector was committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Three items of 356 left in part, as with the detector at the end of round 5 (4 at the end of round 4, c7a0d91): the
round-6 changes found nothing to change on this set. The three: 白那仁满都拉 (都 "all" after 满, and jieba glued 拉
to the next word: 白那仁满 found), 汪如给燕 (a Dongxiang name with 给 "give" in it: 汪如 found) and 汪小花 (read as
小 + the surname 花; fixed since: 小 after a surname standing alone as a word starts the given name). An address of
an urban community with groups (…冲赛康社区4组18号) was missed whole (fixed since). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT18_TEXT = """**Held-out set 18 -- the second blind result of the sixth round** (tests/pii/holdout18, {chars}
characters, no names.csv; written on branch pii-holdout18 by someone who never saw the detector, in voices of sets
3-17 never used: a Mongolian grandmother in 克什克腾旗, an Ü-Tsang Tibetan mother in 拉孜, a Hani child director in
元阳, a Jingpo mother in 盈江 with Lisu in-laws, a Hui community worker in 沙甸, a Minnan grandmother in 晋江, a child
director in 敖汉旗 (赤峰) and a Uyghur cadre in 鄯善; merged and scored once, after the fix found on set 19 was
committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifth round, run
side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 353 left in part (4 at the end of round 5, 5 at the end of round 4): a Hani son's name linked to his
father's, 朱然都, written plain and with a space (朱然 都); 都 "all" before an age (都十二 "already twelve") ended it.
The round-6 rule for a rare word before a bare surname + title fixed the two Han names left in part by the round-5
detector (金国华大夫, 白玉琴大姐). Fixed since: a nickname after 叫他/叫她 is a name (the text calls him 然都), and a
two-character name joins a span it overlaps in part. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT27_TEXT = """**Held-out set 27 -- the fourth blind result of the seventh round** (tests/pii/holdout27, {chars}
characters, no names.csv; written on branch pii-holdout27 by someone who never saw the detector, in voices of sets
3-25 never used: a Mongolian mother in 察右后旗, a Tibetan grandfather in 迭部, a Hui father in 张家川, a grandfather in
商丘, a mother in 赣州, a Kazakh herder in 阿克塞, a juvenile-court judge in 海拉尔 and a grandmother in 铁岭; merged
and scored once, after the fix found on set 26 was committed (`{now_rev}`). The set is now spent.) "Before" is the
detector at `{rev}`, the end of the sixth round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Five items of 358 left in part, as with the detectors at the end of rounds 6 and 5: three teachers and a doctor whose
names start with a word, cut to surname + title (朱|红旗大夫, 揭晓|红老师, 初春|华老师), a school in 张家川 (家 stopped
the place-name prefix) and 加米拉·哈布德什 (什 of 什么). All but the last fixed since. Over the four blind sets of the
seventh round (24-27, 1,422 items) 14 were left in part when each was scored, against 15 with the detectors at the
end of rounds 6 and 5: the rate has settled near one item in a hundred, mostly a syllable that is also a grammar or
dictionary word with no second mention to tell. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT26_TEXT = """**Held-out set 26 -- the third blind result of the seventh round** (tests/pii/holdout26, {chars}
characters, no names.csv; written on branch pii-holdout26 by someone who never saw the detector, in voices of sets
3-25 never used: a Mongolian herder in 乌拉特后旗, a Tibetan mother in 噶尔 (阿里), a Hui community worker in 银川, a
grandmother in 邯郸, a child director in 郧阳, a township cadre in 焉耆 with Uyghur and Hui families, a social worker
in 东胜 and a teacher in 六盘水; merged and scored once, after the fixes found on set 24 were committed (`{now_rev}`).
The set is now spent.) "Before" is the detector at `{rev}`, the end of the sixth round, run side by side with the one
at `{now_rev}`. Recall per category:

{cat}

{typ}

One item of 354 left in part (2 with the detectors at the end of rounds 6 and 5: the other, a school in 七个星镇, was
completed by the round-7 rule for a grammar character one syllable before a place word): 马小龙 (大的|马|小龙, read as
小 + the surname 龙; fixed since). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT25_TEXT = """**Held-out set 25 -- the first blind result of the seventh round** (tests/pii/holdout25, {chars}
characters, no names.csv; written on branch pii-holdout25 by someone who never saw the detector, in voices of sets
3-23 never used: a Barga Mongolian herder in 新巴尔虎右旗, a Huazhu Tibetan grandmother in 天祝, a Hui mother in 泾源,
a migrant mother from 江西 in 温州, a grandfather in 绥化, a Uyghur father in 莎车, a police officer in 包头 and a child
director in 安顺; merged and scored once, after the fixes found on sets 22 and 23 were committed (`{now_rev}`). The set
is now spent.) "Before" is the detector at `{rev}`, the end of the sixth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 352 left in part, as with the detectors at the end of rounds 6 and 5: 哈达巴特尔 twice (哈达, a scarf,
is a regional word that ended the name, though it is also a Mongolian name element and stood before both mentions),
古再丽努尔·吾甫尔 (古再: 再 "again" after 古) and 罗大有 (爷爷|罗大|有残疾: 有 "has"). The first three fixed since. On
this set since:

{cat_now}

{typ_now}
"""

HOLDOUT24_TEXT = """**Held-out set 24 -- the second blind result of the seventh round** (tests/pii/holdout24, {chars}
characters, no names.csv; written on branch pii-holdout24 by someone who never saw the detector, in voices of sets
3-23 never used: a Mongolian grandmother in 东乌珠穆沁旗, a Tibetan herder mother in 那曲, a Hui imam in 昌吉, a
grandmother in 运城, a village doctor in 兴义, a Uyghur cadre in 阿图什, a Civil Affairs official in 开鲁 and a teacher
in 呼兰; merged and scored once, after the fixes found on set 25 were committed (`{now_rev}`). The set is now spent.)
"Before" is the detector at `{rev}`, the end of the sixth round, run side by side with the one at `{now_rev}`. Recall
per category:

{cat}

{typ}

Four items of 358 left in part, as with the detectors at the end of rounds 6 and 5: 白那木斯来 and its short form
那木斯来 (来 of the name read as "come" before 把 and in 来说 "as for"), an address in 松他克乡 (他 "he" stopped the
place-name prefix) and 吕万和 (和 "and" before 过). The last two fixed since. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT22_TEXT = """**Held-out set 22 -- the blind result at the end of the sixth round** (tests/pii/holdout22, {chars}
characters, no names.csv; written on branch pii-holdout22 by someone who never saw the detector, in voices of sets
3-21 never used: a Mongolian mother in 科右前旗, a Kham Tibetan grandfather in 玉树, a Hui father in 西宁, a grandmother
in 农安, a child director in 镇雄, a Kazakh teacher in 福海, a community worker in 元宝山区 (赤峰) and a hospital social
worker in 天水; merged and scored once, after every round-6 change was committed (`{now_rev}`). The set is now
spent.) "Before" is the detector at `{rev}`, the end of the fifth round, run side by side with the one at
`{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 355 left in part, as with the detector at the end of round 5 (5 at the end of round 4): 索南斯求 (求 "ask"
read as a word: 索南斯 found) and 才仁卓嘎大夫 (才 "only" after 的: 仁卓嘎大夫 found; fixed since: 才 after 的 before a
transliterated name is its first syllable). On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT23_TEXT = """**Held-out set 23 -- a second blind sample of the detector at the end of the sixth round**
(tests/pii/holdout23, {chars} characters, no names.csv; written on branch pii-holdout23 by someone who never saw the
detector, in voices of sets 3-21 never used: a Mongolian herder in 达茂旗, a Tibetan teacher in 炉霍, a Hui mother in
广河, a grandfather in 周口, a mother in 遵义, a village doctor in 和布克赛尔 with Oirat Mongolian and Kazakh families,
a Manchu grandmother in 围场 and a school counsellor in 赤峰; merged and scored once with the same detector as set 22
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 354 left in part, as with the detector at the end of round 5 (7 at the end of round 4): two schools whose
place names start with 和 after 在 (在|和布克赛尔县…, 在|和什托洛盖镇…: 和 read as "and"; fixed since). Together with
set 22, the detector at the end of round 6 left 4 of 709 blind items in part; over the six blind sets of the round
(18-23, 2,125 items), each scored with the detector of its step, 15 (the round-5 detector: 18; the round-4 detector:
27). It does not yet meet "no partial replacements ever". On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT21_TEXT = """**Held-out set 21 -- the third blind result of the sixth round** (tests/pii/holdout21, {chars}
characters, no names.csv; written on branch pii-holdout21 by someone who never saw the detector, in voices of sets
3-19 never used: a Chahar Mongolian herder in 正蓝旗, a Khampa Tibetan mother in 香格里拉, a grandmother in 保定, a
Miao mother in 湘西, a migrant father from 湖北 in 深圳, a Civil Affairs official in 红山区 (赤峰), a Uyghur cadre in
乌鲁木齐 and a teacher in 儋州; merged and scored once, after the fixes found on sets 18 and 19 were committed
(`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifth round, run side by
side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Two items of 354 left in part, as with the detector at the end of round 5 (3 at the end of round 4), at higher recall
(0.867 -> 0.881; person 0.836 -> 0.854) and precision (0.938 -> 0.943): 艾克热木·阿不力孜 (不 of 阿不 is no syllable
to the boundary rules, and 不力 "ineffective" is a word) and a school in 上都镇 (上 "go to" stopped the place-name
prefix). Both fixed since. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT20_TEXT = """**Held-out set 20 -- the fourth blind result of the sixth round** (tests/pii/holdout20, {chars}
characters, no names.csv; written on branch pii-holdout20 by someone who never saw the detector, in voices of sets
3-19 never used: a Mongolian grandmother in 巴林左旗 (赤峰), a Jiarong Tibetan doctor in 马尔康, a Hui community worker
in 牛街 (北京), a township social worker in 阜阳, a Yi child director in 武定, a Uyghur teacher in 库车, a household-
registration officer in 林西 (赤峰) and a Tujia grandmother in 桑植; merged and scored once, after the fixes found on
set 21 were committed (`{now_rev}`). The set is now spent.) "Before" is the detector at `{rev}`, the end of the fifth
round, run side by side with the one at `{now_rev}`. Recall per category:

{cat}

{typ}

Four items of 353 left in part (5 with the detector at the end of round 5, 3 at the end of round 4), recall 0.881 ->
0.887: 更登才让 (更 "more" read as an adverb; the same 更 cut 更登嘉措 on set 6), 吐尔洪·卡斯木 (a mention of 吐尔洪
made by the mention step, which did not cross the dot), 白音达来 (来说 "as for" crosses the name's end: 白音达|来说)
and 刘振山 (山前 "in front of the hill" is a word: 刘振|山前|年). The first three fixed since (an adverb between a
role word and a transliterated name is its first syllable; a mention crosses the dot; a word crossing a name's end
whose part outside is grammar characters does not stop it); 刘振山 left. On this set since:

{cat_now}

{typ_now}
"""

HOLDOUT4_TEXT = """**Held-out set 4** (tests/pii/holdout4, {chars} characters, no names.csv). It was the blind
set of the first round (scored once at 5c8d32a against 089e590: partial replacements 58 -> 27, recall 0.764
unchanged, precision 0.943 -> 0.943); its remaining partial replacements were then used to build the second round,
so the figures below are development figures. "Before" is the detector at `{rev}`. Recall per category:

{cat}

{typ}
"""


def holdout3(rev: str | None) -> tuple[str, float, int]:
    """Markdown for held-out sets 235 to 4 (when present) and 3 and the tuning set of issue 11: before
    (``rev``) and now."""
    h4 = ""
    seconds = chars = 0.0
    rounds = (  # (the detector before the round, then each blind set of the round: name, text, detector it met)
        (ROUND89, (("holdout235", HOLDOUT235_TEXT, ROUND90), ("holdout234", HOLDOUT234_TEXT, ROUND90))),
        (ROUND88, (("holdout233", HOLDOUT233_TEXT, ROUND89), ("holdout232", HOLDOUT232_TEXT, ROUND89))),
        (ROUND87, (("holdout231", HOLDOUT231_TEXT, ROUND88), ("holdout230", HOLDOUT230_TEXT, ROUND88))),
        (ROUND86, (("holdout229", HOLDOUT229_TEXT, ROUND87), ("holdout228", HOLDOUT228_TEXT, ROUND87))),
        (ROUND85, (("holdout227", HOLDOUT227_TEXT, ROUND86), ("holdout226", HOLDOUT226_TEXT, ROUND86))),
        (ROUND84, (("holdout225", HOLDOUT225_TEXT, ROUND85), ("holdout224", HOLDOUT224_TEXT, ROUND85))),
        (ROUND83_END, (("holdout223", HOLDOUT223_TEXT, ROUND84), ("holdout222", HOLDOUT222_TEXT, ROUND84))),
        (ROUND82_END, (("holdout221", HOLDOUT221_TEXT, ROUND83), ("holdout220", HOLDOUT220_TEXT, ROUND83))),
        (ROUND81_END, (("holdout219", HOLDOUT219_TEXT, ROUND82), ("holdout218", HOLDOUT218_TEXT, ROUND82))),
        (ROUND80_END, (("holdout217", HOLDOUT217_TEXT, ROUND81), ("holdout216", HOLDOUT216_TEXT, ROUND81))),
        (ROUND79_END, (("holdout215", HOLDOUT215_TEXT, ROUND80), ("holdout214", HOLDOUT214_TEXT, ROUND80))),
        (ROUND78_END, (("holdout213", HOLDOUT213_TEXT, ROUND79), ("holdout212", HOLDOUT212_TEXT, ROUND79))),
        (ROUND77_END, (("holdout211", HOLDOUT211_TEXT, ROUND78), ("holdout210", HOLDOUT210_TEXT, ROUND78))),
        (ROUND76_END, (("holdout209", HOLDOUT209_TEXT, ROUND77), ("holdout208", HOLDOUT208_TEXT, ROUND77))),
        (ROUND75_END, (("holdout207", HOLDOUT207_TEXT, ROUND76), ("holdout206", HOLDOUT206_TEXT, ROUND76))),
        (ROUND74_END, (("holdout205", HOLDOUT205_TEXT, ROUND75), ("holdout204", HOLDOUT204_TEXT, ROUND75))),
        (ROUND73_END, (("holdout203", HOLDOUT203_TEXT, ROUND74), ("holdout202", HOLDOUT202_TEXT, ROUND74))),
        (ROUND72_END, (("holdout201", HOLDOUT201_TEXT, ROUND73), ("holdout200", HOLDOUT200_TEXT, ROUND73))),
        (ROUND71_END, (("holdout199", HOLDOUT199_TEXT, ROUND72), ("holdout198", HOLDOUT198_TEXT, ROUND72))),
        (ROUND70_END, (("holdout197", HOLDOUT197_TEXT, ROUND71), ("holdout196", HOLDOUT196_TEXT, ROUND71))),
        (ROUND69_END, (("holdout195", HOLDOUT195_TEXT, ROUND70), ("holdout194", HOLDOUT194_TEXT, ROUND70))),
        (ROUND68_END, (("holdout193", HOLDOUT193_TEXT, ROUND69), ("holdout192", HOLDOUT192_TEXT, ROUND69))),
        (ROUND67_END, (("holdout191", HOLDOUT191_TEXT, ROUND68), ("holdout190", HOLDOUT190_TEXT, ROUND68))),
        (ROUND66_END, (("holdout189", HOLDOUT189_TEXT, ROUND67), ("holdout188", HOLDOUT188_TEXT, ROUND67))),
        (ROUND65_END, (("holdout187", HOLDOUT187_TEXT, ROUND66), ("holdout186", HOLDOUT186_TEXT, ROUND66))),
        (ROUND64_END, (("holdout185", HOLDOUT185_TEXT, ROUND65), ("holdout184", HOLDOUT184_TEXT, ROUND65))),
        (ROUND63_END, (("holdout183", HOLDOUT183_TEXT, ROUND64), ("holdout182", HOLDOUT182_TEXT, ROUND64))),
        (ROUND62_END, (("holdout181", HOLDOUT181_TEXT, ROUND63), ("holdout180", HOLDOUT180_TEXT, ROUND63))),
        (ROUND61_END, (("holdout179", HOLDOUT179_TEXT, ROUND62), ("holdout178", HOLDOUT178_TEXT, ROUND62))),
        (ROUND60_END, (("holdout177", HOLDOUT177_TEXT, ROUND61), ("holdout176", HOLDOUT176_TEXT, ROUND61))),
        (ROUND59_END, (("holdout175", HOLDOUT175_TEXT, ROUND60), ("holdout174", HOLDOUT174_TEXT, ROUND60))),
        (ROUND58_END, (("holdout173", HOLDOUT173_TEXT, ROUND59), ("holdout172", HOLDOUT172_TEXT, ROUND59))),
        (ROUND57_END, (("holdout171", HOLDOUT171_TEXT, ROUND58), ("holdout170", HOLDOUT170_TEXT, ROUND58))),
        (ROUND56_END, (("holdout169", HOLDOUT169_TEXT, ROUND57), ("holdout168", HOLDOUT168_TEXT, ROUND57))),
        (ROUND55_END, (("holdout167", HOLDOUT167_TEXT, ROUND56), ("holdout166", HOLDOUT166_TEXT, ROUND56))),
        (ROUND54_END, (("holdout165", HOLDOUT165_TEXT, ROUND55), ("holdout164", HOLDOUT164_TEXT, ROUND55))),
        (ROUND53_END, (("holdout163", HOLDOUT163_TEXT, ROUND54), ("holdout162", HOLDOUT162_TEXT, ROUND54))),
        (ROUND52_END, (("holdout161", HOLDOUT161_TEXT, ROUND53), ("holdout160", HOLDOUT160_TEXT, ROUND53))),
        (ROUND51_END, (("holdout159", HOLDOUT159_TEXT, ROUND52), ("holdout158", HOLDOUT158_TEXT, ROUND52))),
        (ROUND50_END, (("holdout157", HOLDOUT157_TEXT, ROUND51), ("holdout156", HOLDOUT156_TEXT, ROUND51))),
        (ROUND49_END, (("holdout155", HOLDOUT155_TEXT, ROUND50), ("holdout154", HOLDOUT154_TEXT, ROUND50))),
        (ROUND48_END, (("holdout153", HOLDOUT153_TEXT, ROUND49), ("holdout152", HOLDOUT152_TEXT, ROUND49))),
        (ROUND47_END, (("holdout151", HOLDOUT151_TEXT, ROUND48), ("holdout150", HOLDOUT150_TEXT, ROUND48))),
        (ROUND46_END, (("holdout149", HOLDOUT149_TEXT, ROUND47), ("holdout148", HOLDOUT148_TEXT, ROUND47))),
        (ROUND45_END, (("holdout147", HOLDOUT147_TEXT, ROUND46), ("holdout146", HOLDOUT146_TEXT, ROUND46))),
        (ROUND44_END, (("holdout145", HOLDOUT145_TEXT, ROUND45), ("holdout144", HOLDOUT144_TEXT, ROUND45))),
        (ROUND43_END, (("holdout143", HOLDOUT143_TEXT, ROUND44), ("holdout142", HOLDOUT142_TEXT, ROUND44))),
        (ROUND42_END, (("holdout141", HOLDOUT141_TEXT, ROUND43), ("holdout140", HOLDOUT140_TEXT, ROUND43))),
        (ROUND41_END, (("holdout139", HOLDOUT139_TEXT, ROUND42), ("holdout138", HOLDOUT138_TEXT, ROUND42))),
        (ROUND40_END, (("holdout137", HOLDOUT137_TEXT, ROUND41), ("holdout136", HOLDOUT136_TEXT, ROUND41))),
        (ROUND39_END, (("holdout135", HOLDOUT135_TEXT, ROUND40), ("holdout134", HOLDOUT134_TEXT, ROUND40))),
        (ROUND38_END, (("holdout133", HOLDOUT133_TEXT, ROUND39), ("holdout132", HOLDOUT132_TEXT, ROUND39))),
        (ROUND37_END, (("holdout131", HOLDOUT131_TEXT, ROUND38), ("holdout130", HOLDOUT130_TEXT, ROUND38))),
        (ROUND36_END, (("holdout129", HOLDOUT129_TEXT, ROUND37), ("holdout128", HOLDOUT128_TEXT, ROUND37))),
        (ROUND35_END, (("holdout127", HOLDOUT127_TEXT, ROUND36), ("holdout126", HOLDOUT126_TEXT, ROUND36))),
        (ROUND34_END, (("holdout125", HOLDOUT125_TEXT, ROUND35), ("holdout124", HOLDOUT124_TEXT, ROUND35))),
        (ROUND33_END, (("holdout123", HOLDOUT123_TEXT, ROUND34), ("holdout122", HOLDOUT122_TEXT, ROUND34))),
        (ROUND32_END, (("holdout121", HOLDOUT121_TEXT, ROUND33), ("holdout120", HOLDOUT120_TEXT, ROUND33))),
        (ROUND31_END, (("holdout119", HOLDOUT119_TEXT, ROUND32), ("holdout118", HOLDOUT118_TEXT, ROUND32))),
        (ROUND30_END, (("holdout117", HOLDOUT117_TEXT, ROUND31), ("holdout116", HOLDOUT116_TEXT, ROUND31))),
        (ROUND29_END, (("holdout115", HOLDOUT115_TEXT, ROUND30), ("holdout114", HOLDOUT114_TEXT, ROUND30))),
        (ROUND28_END, (("holdout113", HOLDOUT113_TEXT, ROUND29), ("holdout112", HOLDOUT112_TEXT, ROUND29))),
        (ROUND25_END, (("holdout111", HOLDOUT111_TEXT, ROUND28), ("holdout110", HOLDOUT110_TEXT, ROUND28))),
        (ROUND25_END, (("holdout109", HOLDOUT109_TEXT, ROUND27), ("holdout108", HOLDOUT108_TEXT, ROUND27))),
        (ROUND25_END, (("holdout107", HOLDOUT107_TEXT, ROUND26), ("holdout106", HOLDOUT106_TEXT, ROUND26))),
        (ROUND23_END, (("holdout105", HOLDOUT105_TEXT, ROUND25), ("holdout104", HOLDOUT104_TEXT, ROUND25))),
        (ROUND23_END, (("holdout103", HOLDOUT103_TEXT, ROUND24), ("holdout102", HOLDOUT102_TEXT, ROUND24))),
        (ROUND22_END, (("holdout101", HOLDOUT101_TEXT, ROUND23), ("holdout100", HOLDOUT100_TEXT, ROUND23))),
        (ROUND21_END, (("holdout99", HOLDOUT99_TEXT, ROUND22), ("holdout98", HOLDOUT98_TEXT, ROUND22))),
        (ROUND20_END, (("holdout97", HOLDOUT97_TEXT, ROUND21), ("holdout96", HOLDOUT96_TEXT, ROUND21))),
        (ROUND19_END, (("holdout95", HOLDOUT95_TEXT, ROUND20), ("holdout94", HOLDOUT94_TEXT, ROUND20))),
        (ROUND18_END, (("holdout93", HOLDOUT93_TEXT, ROUND19), ("holdout92", HOLDOUT92_TEXT, ROUND19))),
        (ROUND17_END, (("holdout91", HOLDOUT91_TEXT, ROUND18), ("holdout90", HOLDOUT90_TEXT, ROUND18))),
        (ROUND16_END, (("holdout89", HOLDOUT89_TEXT, ROUND17), ("holdout88", HOLDOUT88_TEXT, ROUND17))),
        (ROUND15_END, (("holdout87", HOLDOUT87_TEXT, ROUND16), ("holdout86", HOLDOUT86_TEXT, ROUND16))),
        (ROUND14_END, (("holdout85", HOLDOUT85_TEXT, ROUND15), ("holdout84", HOLDOUT84_TEXT, ROUND15))),
        (ROUND13_END, (("holdout83", HOLDOUT83_TEXT, ROUND14), ("holdout82", HOLDOUT82_TEXT, ROUND14))),
        (ROUND12_END, (("holdout81", HOLDOUT81_TEXT, ROUND13), ("holdout80", HOLDOUT80_TEXT, ROUND13))),
        (ROUND11_END, (("holdout79", HOLDOUT79_TEXT, ROUND12), ("holdout78", HOLDOUT78_TEXT, ROUND12))),
        (ROUND10_END, (("holdout77", HOLDOUT77_TEXT, ROUND11F), ("holdout76", HOLDOUT76_TEXT, ROUND11F),
                       ("holdout75", HOLDOUT75_TEXT, ROUND11E), ("holdout74", HOLDOUT74_TEXT, ROUND11E),
                       ("holdout73", HOLDOUT73_TEXT, ROUND11D), ("holdout72", HOLDOUT72_TEXT, ROUND11D),
                       ("holdout71", HOLDOUT71_TEXT, ROUND11C), ("holdout70", HOLDOUT70_TEXT, ROUND11C),
                       ("holdout69", HOLDOUT69_TEXT, ROUND11B), ("holdout68", HOLDOUT68_TEXT, ROUND11B),
                       ("holdout67", HOLDOUT67_TEXT, ROUND11), ("holdout66", HOLDOUT66_TEXT, ROUND11),
                       ("holdout65", HOLDOUT65_TEXT, ROUND10_END), ("holdout64", HOLDOUT64_TEXT, ROUND10_END))),
        (ROUND9_END, (("holdout63", HOLDOUT63_TEXT, ROUND10F), ("holdout62", HOLDOUT62_TEXT, ROUND10F),
                      ("holdout61", HOLDOUT61_TEXT, ROUND10E), ("holdout60", HOLDOUT60_TEXT, ROUND10E),
                      ("holdout59", HOLDOUT59_TEXT, ROUND10D), ("holdout58", HOLDOUT58_TEXT, ROUND10D),
                      ("holdout57", HOLDOUT57_TEXT, ROUND10C), ("holdout56", HOLDOUT56_TEXT, ROUND10C),
                      ("holdout55", HOLDOUT55_TEXT, ROUND10B), ("holdout54", HOLDOUT54_TEXT, ROUND10B),
                      ("holdout53", HOLDOUT53_TEXT, ROUND10), ("holdout52", HOLDOUT52_TEXT, ROUND10))),
        (ROUND8_END, (("holdout51", HOLDOUT51_TEXT, ROUND9E), ("holdout50", HOLDOUT50_TEXT, ROUND9E),
                      ("holdout49", HOLDOUT49_TEXT, ROUND9D), ("holdout48", HOLDOUT48_TEXT, ROUND9D),
                      ("holdout47", HOLDOUT47_TEXT, ROUND9D), ("holdout46", HOLDOUT46_TEXT, ROUND9D),
                      ("holdout45", HOLDOUT45_TEXT, ROUND9C), ("holdout44", HOLDOUT44_TEXT, ROUND9C),
                      ("holdout43", HOLDOUT43_TEXT, ROUND9B), ("holdout42", HOLDOUT42_TEXT, ROUND9B),
                      ("holdout41", HOLDOUT41_TEXT, ROUND9B), ("holdout40", HOLDOUT40_TEXT, ROUND9B),
                      ("holdout39", HOLDOUT39_TEXT, ROUND9), ("holdout38", HOLDOUT38_TEXT, ROUND9))),
        (ROUND7_END, (("holdout37", HOLDOUT37_TEXT, ROUND8J), ("holdout36", HOLDOUT36_TEXT, ROUND8I),
                      ("holdout35", HOLDOUT35_TEXT, ROUND8H), ("holdout34", HOLDOUT34_TEXT, ROUND8G),
                      ("holdout33", HOLDOUT33_TEXT, ROUND8F), ("holdout32", HOLDOUT32_TEXT, ROUND8E),
                      ("holdout31", HOLDOUT31_TEXT, ROUND8D), ("holdout30", HOLDOUT30_TEXT, ROUND8C),
                      ("holdout29", HOLDOUT29_TEXT, ROUND8B), ("holdout28", HOLDOUT28_TEXT, ROUND8))),
        (ROUND6_END, (("holdout27", HOLDOUT27_TEXT, ROUND7D), ("holdout26", HOLDOUT26_TEXT, ROUND7C),
                      ("holdout24", HOLDOUT24_TEXT, ROUND7B),
                      ("holdout25", HOLDOUT25_TEXT, ROUND7))),
        (ROUND5_END, (("holdout23", HOLDOUT23_TEXT, ROUND6_END), ("holdout22", HOLDOUT22_TEXT, ROUND6_END),
                      ("holdout20", HOLDOUT20_TEXT, ROUND6D), ("holdout21", HOLDOUT21_TEXT, ROUND6C),
                      ("holdout18", HOLDOUT18_TEXT, ROUND6B), ("holdout19", HOLDOUT19_TEXT, ROUND6))),
        (ROUND4_END, (("holdout17", HOLDOUT17_TEXT, ROUND5G), ("holdout16", HOLDOUT16_TEXT, ROUND5F),
                      ("holdout15", HOLDOUT15_TEXT, ROUND5E), ("holdout14", HOLDOUT14_TEXT, ROUND5D),
                      ("holdout13", HOLDOUT13_TEXT, ROUND5C), ("holdout12", HOLDOUT12_TEXT, ROUND5B),
                      ("holdout11", HOLDOUT11_TEXT, ROUND5))),
        (BEFORE_ROUND4, (("holdout10", HOLDOUT10_TEXT, ROUND4D), ("holdout9", HOLDOUT9_TEXT, ROUND4C),
                         ("holdout8", HOLDOUT8_TEXT, ROUND4B), ("holdout7", HOLDOUT7_TEXT, ROUND4))),
    )
    for before, sets in rounds:
        for name, template, scored in sets:
            if (PII / name / "answer_key.csv").is_file():  # (blind: before the round against the detector it met;
                cat, typ, _sec, n = before_and_now(PII / name, before, now_rev=scored)  # then since)
                cat_now, typ_now, *_ = before_and_now(PII / name, scored)
                h4 += template.format(chars=n, rev=before, now_rev=scored, cat=cat, typ=typ, cat_now=cat_now,
                                      typ_now=typ_now) + "\n"
    for name, template, since in (("holdout6", HOLDOUT6_TEXT, BEFORE_ROUND3 if rev else None),
                                  ("holdout5", HOLDOUT5_TEXT, rev), ("holdout4", HOLDOUT4_TEXT, rev)):
        if (PII / name / "answer_key.csv").is_file():
            cat4, typ4, sec4, chars4 = before_and_now(PII / name, since)
            h4 += template.format(chars=chars4, rev=since, cat=cat4, typ=typ4) + "\n"
            seconds, chars = seconds + sec4, chars + chars4
    cat, typ, sec3, chars3 = before_and_now(PII / "holdout3", rev)
    t_cat, t_typ, t_sec, t_chars = before_and_now(PII / "tuning_i11", rev)
    md = h4 + f"""**Held-out set 3** (tests/pii/holdout3/H09-H16, {chars3} characters, no names.csv; written for issue
11 before the detector was changed, by someone who never saw the detector, and never tuned on for recall). "Before" is
the detector at commit `{rev}`, run side by side in the same process; found items in brackets. Recall per category:

{cat}

Per type (precision: a prediction is correct when it overlaps a gold item of its type; the set's traps -- amounts,
hotlines, 司马迁, 额吉, 敖包, grade-only mentions such as 上初二了 -- are not gold, so hitting one costs precision):

{typ}

How this set was used: scored once before any change of issue 11 and once after the detector change (36 gold items
then replaced only in part); boundary-completion rules followed, leaving 22 (minority 10, address 7, school 2, han 2,
compound 1). For partial replacements the set was therefore no longer blind, and the items left in part were looked at
while building the word-boundary guarantee (qualcode.privacy._boundaries: spans extended to whole words of the
pipeline segmenter) in both rounds; its partial count above is a development figure -- held-out set 5 is the blind
one.

**Tuning set of issue 11** (tests/pii/tuning_i11/T01-T06, {t_chars} characters; written by the developer of the
change while building it, with its own traps, so these numbers are optimistic). Recall per category:

{t_cat}

{t_typ}
"""
    return md, seconds + sec3 + t_sec, int(chars + chars3 + t_chars)


SETS = (*(f"holdout{n}" for n in range(17, 2, -1)), "tuning_i11", "holdout2", "holdout", ".")


#: The blind sets of each round (and the tuning set of issue 11), for the corpus-pass check.
ROUND_SETS = (("later (236-)", range(236, 242)), ("ninetieth (234-235)", range(234, 236)),
              ("eighty-ninth (232-233)", range(232, 234)),
              ("eighty-eighth (230-231)", range(230, 232)),
              ("eighty-seventh (228-229)", range(228, 230)),
              ("eighty-sixth (226-227)", range(226, 228)),
              ("eighty-fifth (224-225)", range(224, 226)),
              ("eighty-fourth (222-223)", range(222, 224)),
              ("eighty-third (220-221)", range(220, 222)),
              ("eighty-second (218-219)", range(218, 220)),
              ("eighty-first (216-217)", range(216, 218)),
              ("eightieth (214-215)", range(214, 216)),
              ("seventy-ninth (212-213)", range(212, 214)),
              ("seventy-eighth (210-211)", range(210, 212)),
              ("seventy-seventh (208-209)", range(208, 210)),
              ("seventy-sixth (206-207)", range(206, 208)),
              ("seventy-fifth (204-205)", range(204, 206)),
              ("seventy-fourth (202-203)", range(202, 204)),
              ("seventy-third (200-201)", range(200, 202)),
              ("seventy-second (198-199)", range(198, 200)),
              ("seventy-first (196-197)", range(196, 198)),
              ("seventieth (194-195)", range(194, 196)),
              ("sixty-ninth (192-193)", range(192, 194)),
              ("sixty-eighth (190-191)", range(190, 192)),
              ("sixty-seventh (188-189)", range(188, 190)),
              ("sixty-sixth (186-187)", range(186, 188)),
              ("sixty-fifth (184-185)", range(184, 186)),
              ("sixty-fourth (182-183)", range(182, 184)),
              ("sixty-third (180-181)", range(180, 182)),
              ("sixty-second (178-179)", range(178, 180)),
              ("sixty-first (176-177)", range(176, 178)),
              ("sixtieth (174-175)", range(174, 176)),
              ("fifty-ninth (172-173)", range(172, 174)),
              ("fifty-eighth (170-171)", range(170, 172)),
              ("fifty-seventh (168-169)", range(168, 170)),
              ("fifty-sixth (166-167)", range(166, 168)),
              ("fifty-fifth (164-165)", range(164, 166)),
              ("fifty-fourth (162-163)", range(162, 164)),
              ("fifty-third (160-161)", range(160, 162)),
              ("fifty-second (158-159)", range(158, 160)),
              ("fifty-first (156-157)", range(156, 158)),
              ("fiftieth (154-155)", range(154, 156)),
              ("forty-ninth (152-153)", range(152, 154)),
              ("forty-eighth (150-151)", range(150, 152)),
              ("forty-seventh (148-149)", range(148, 150)),
              ("forty-sixth (146-147)", range(146, 148)),
              ("forty-fifth (144-145)", range(144, 146)),
              ("forty-fourth (142-143)", range(142, 144)),
              ("forty-third (140-141)", range(140, 142)),
              ("forty-second (138-139)", range(138, 140)),
              ("forty-first (136-137)", range(136, 138)),
              ("fortieth (134-135)", range(134, 136)),
              ("thirty-ninth (132-133)", range(132, 134)),
              ("thirty-eighth (130-131)", range(130, 132)),
              ("thirty-seventh (128-129)", range(128, 130)),
              ("thirty-sixth (126-127)", range(126, 128)),
              ("thirty-fifth (124-125)", range(124, 126)),
              ("thirty-fourth (122-123)", range(122, 124)),
              ("thirty-third (120-121)", range(120, 122)),
              ("thirty-second (118-119)", range(118, 120)),
              ("thirty-first (116-117)", range(116, 118)),
              ("thirtieth (114-115)", range(114, 116)),
              ("twenty-ninth (112-113)", range(112, 114)),
              ("twenty-eighth (110-111)", range(110, 112)),
              ("twenty-seventh (108-109)", range(108, 110)),
              ("twenty-sixth (106-107)", range(106, 108)),
              ("twenty-fifth (104-105)", range(104, 106)),
              ("twenty-fourth (102-103)", range(102, 104)),
              ("twenty-third (100-101)", range(100, 102)),
              ("twenty-second (98-99)", range(98, 100)),
              ("twenty-first (96-97)", range(96, 98)),
              ("twentieth (94-95)", range(94, 96)),
              ("nineteenth (92-93)", range(92, 94)),
              ("eighteenth (90-91)", range(90, 92)),
              ("seventeenth (88-89)", range(88, 90)),
              ("sixteenth (86-87)", range(86, 88)),
              ("fifteenth (84-85)", range(84, 86)),
              ("fourteenth (82-83)", range(82, 84)),
              ("thirteenth (80-81)", range(80, 82)),
              ("twelfth (78-79)", range(78, 80)), ("eleventh (64-77)", range(64, 78)), ("tenth (52-63)", range(52, 64)),
              ("ninth (38-51)", range(38, 52)), ("eighth (28-37)", range(28, 38)),
              ("seventh (24-27)", range(24, 28)), ("sixth (18-23)", range(18, 24)), ("fifth (11-17)", range(11, 18)),
              ("fourth (7-10)", range(7, 11)), ("3-6", range(3, 7)))


def corpus_pass() -> str:
    """Markdown: items left in part and characters over-replaced, per round of blind sets, by ``detect_pii`` on each
    document (as every figure above) and through the pseudonymise command's corpus pass (``Pseudonymiser.fit`` on
    the set, then each document with the names learned across it), both with the detector now."""
    rows = ["| blind sets | items | left in part: per document | through the corpus pass | over-replaced: per "
            "document | through the corpus pass |", "|---|---:|---:|---:|---:|---:|"]
    groups = [(name, [f"holdout{n}" for n in numbers]) for name, numbers in ROUND_SETS] + [("tuning of issue 11",
                                                                                           ["tuning_i11"])]
    for name, sets in groups:
        items = part_doc = part_corpus = over_doc = over_corpus = 0
        for folder in (PII / s for s in sets if (PII / s / "answer_key.csv").is_file()):
            texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
            gold = pd.read_csv(folder / "answer_key.csv", dtype={"doc_id": str}, encoding="utf-8")
            traps = read_traps(folder)
            per_doc = {k: detect_pii(t) for k, t in texts.items()}
            ps = Pseudonymiser().fit(list(texts.values()))
            through = {k: ps.detect(t) for k, t in texts.items()}
            items += len(gold)
            part_doc += partial(per_doc, gold).get("all", 0)
            part_corpus += partial(through, gold).get("all", 0)
            over_doc += over_replaced(per_doc, gold, traps)
            over_corpus += over_replaced(through, gold, traps)
        if items:
            rows.append(f"| {name} | {items:,} | {part_doc} | {part_corpus} | {over_doc:,} | {over_corpus:,} |")
    return "\n".join(rows)


def edge_simulation() -> str:
    """Markdown: how the learned model of name edges (qualcode.privacy._name_model) places edges on the gold person
    names of every set: whole names (an edge moved is a name made too long) and names with one or two characters cut
    off one edge (recovered when the edge moves back exactly)."""
    from qualcode.privacy._name_data import CJK
    from qualcode.privacy._name_model import grow_left, grow_right

    whole = moved = 0
    cut = {"right": [0, 0], "left": [0, 0]}
    for name in SETS:
        folder = PII / name
        if not (folder / "answer_key.csv").is_file():
            continue
        gold = pd.read_csv(folder / "answer_key.csv", dtype={"doc_id": str}, encoding="utf-8")
        texts: dict[str, str] = {}
        for row in gold[gold["type"] == "person"].itertuples():
            if len(row.text) < 2 or not all(CJK.match(c) for c in row.text):
                continue
            if row.doc_id not in texts:
                with open(folder / f"{row.doc_id}.txt", encoding="utf-8", newline="") as fh:
                    texts[row.doc_id] = fh.read()
            text, s, e = texts[row.doc_id], row.start, row.end
            whole += 1
            moved += grow_right(text, row.text, e, len(text)) != e or grow_left(text, row.text, s, 0) != s
            for k in (1, 2):
                if len(row.text) - k >= 2:
                    cut["right"][1] += 1
                    cut["right"][0] += grow_right(text, row.text[:-k], e - k, len(text)) == e
                    cut["left"][1] += 1
                    cut["left"][0] += grow_left(text, row.text[k:], s + k, 0) == s
    rows = "\n".join(f"| {side} | {n} | {ok / n:.3f} ({ok}) |" for side, (ok, n) in cut.items())
    return f"""**The learned model of name edges** on the gold person names of every set above (Han characters only,
two or more): of {whole} whole names, {moved} ({moved / whole:.1%}) get an edge moved (made too long). With one or
two characters cut off one edge, the share whose edge the model moves back exactly:

| edge cut | names | recovered |
|---|---:|---:|
{rows}

Its one tuned value (`CHAR_COST`) was set on these sets, so this is a development figure; the blind sets above measure
the detector as a whole.
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", default=BEFORE_ISSUE_11, help="git commit of the detector to compare with "
                    f"(default {BEFORE_ISSUE_11}, main before issue 11); 'none' to skip")
    args = ap.parse_args()
    rev = None if args.before == "none" else args.before
    detect_pii("我叫张伟。")  # load the dictionaries before timing
    h3, t_h3, c_h3 = holdout3(rev)
    _c, tune, t_tune, c_tune = before_and_now(PII, rev, PII / "names.csv")
    _c, hold, t_hold, c_hold = before_and_now(PII / "holdout", rev)
    _c, hold2, t_hold2, c_hold2 = before_and_now(PII / "holdout2", rev)
    t_hold += t_hold2 + t_h3
    c_all = c_tune + c_hold + c_hold2 + c_h3
    command = COMMAND if rev == BEFORE_ISSUE_11 else f"{COMMAND} --before {args.before}"
    md = f"""## PII detection (`pii`)

Command: `{command}` — machine: {machine()}.

Constructed transcripts seeded with known personal information (tests/pii/README.md). A gold item is found when a
predicted span of the same type overlaps it; a prediction is correct when it overlaps a gold item of its type.

{h3}
**Through the pseudonymise command.** Every figure above is `detect_pii` on one document at a time. The
`pseudonymise` command (and the report's quotes) first detects names in the whole corpus, then replaces each found
name wherever it is written, so a name found whole in one place is replaced whole in the others. The same sets
both ways with the detector now; these are development figures (every set was used to find fixes after it was
scored), not blind ones:

{corpus_pass()}

{edge_simulation()}
**Tuning set** (tests/pii/P01-P14, {c_tune} characters, names.csv used; written before the detector, then used to
tune it, so these numbers are optimistic):

{tune}

**Held-out set 2** (tests/pii/holdout2/H05-H08, {c_hold2} characters, no names.csv; written after the second tuning
round and never tuned on; during issue 11 it served as a regression check, and its two misses were not acted on):

{hold2}

**Held-out set 1** (tests/pii/holdout/H01-H04, {c_hold} characters, no names.csv). Its first run gave person recall
19/22 = 0.864 (precision 1.000, every structured type 1.000); its misses (names with no cue: 大的石磊磊上初二,
娘家兄弟傅春雷, 校长龙建华很重视) led to a second tuning round (a surname token followed by a name-tagged given-name
token; more kinship words), so today's numbers on it are optimistic too (before/now as above):

{hold}

Minority names without a Chinese surname are found from the lexicon in qualcode/data/minority_names_zh.txt (elements
and their compositions); a name built from no listed element is found only through a cue, a Han surname or a names
table. Detection speed on these sets: {c_all / (t_tune + t_hold):,.0f} characters/s (dictionaries loaded; shared
2-core machine; benchmarks/bench_pii.py measures it against the old detector).
"""
    path = update_section("accuracy.md", "pii", md)
    print(md)
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
