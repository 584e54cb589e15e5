"""(Re)build qualcode's shipped domain dictionary, src/qualcode/data/domain_dict.txt, from real usage.

The dictionary is a short, curated list of child-welfare / social-assistance terms. Each term's frequency is derived
from how often it is used in the PRC social-policy documents of ``shared/data/cn_social_policy_docs`` (see that
folder's SOURCE.md), so the file is reproducible::

    python tools/build_domain_dict.py                 # rewrite the dictionary
    python tools/build_domain_dict.py --candidates 80 # also list new candidate terms for curation

How the list was made: ``--candidates`` extracts Han n-grams (3-8 characters) that recur in several documents, are
well bounded (varied neighbours on both sides) and that plain jieba splits; a person reviewed them and the kept ones
are in :data:`CURATED` below, together with terms of the interview setting that national documents seldom use
(嘎查, 苏木: Inner Mongolian village / township units). The list is kept modest on purpose: every extra entry can shift
segmentation of ordinary text, and benchmarks/bench_segment.py checks that SIGHAN 2005 F1 does not drop.

Frequency of a term = clip(FREQ_PER_USE * uses in the policy documents, MIN_FREQ, MAX_FREQ); terms never used there
get MIN_FREQ; a word already in jieba's dictionary keeps its frequency there when that is higher. jieba's default
dictionary totals about 60 million, so these are moderate frequencies: high enough that the compound wins over its
parts in context, low enough not to pull neighbouring characters into it.
"""

from __future__ import annotations

import argparse
import collections
import logging
import math
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "cn_social_policy_docs"
TARGET = REPO / "src" / "qualcode" / "data" / "domain_dict.txt"

FREQ_PER_USE = 20
MIN_FREQ = 300
MAX_FREQ = 5000

#: Curated terms (word, part-of-speech tag). Tags follow jieba's (n noun, nt organisation, ns place, v verb, vn
#: verbal noun); they are informative only.
CURATED: list[tuple[str, str]] = [
    # children and their situations
    ("困境儿童", "n"), ("事实无人抚养儿童", "n"), ("留守儿童", "n"), ("农村留守儿童", "n"), ("孤儿", "n"),
    ("散居孤儿", "n"), ("流浪儿童", "n"), ("流浪未成年人", "n"), ("残疾儿童", "n"), ("重病儿童", "n"),
    ("未成年人", "n"), ("监护人", "n"), ("监护责任", "n"), ("委托监护", "vn"), ("监护缺失", "vn"),
    ("监护能力", "n"), ("临时监护", "vn"), ("家庭监护", "vn"), ("监护干预", "vn"), ("基本生活费", "n"),
    ("基本生活保障", "n"), ("儿童福利", "n"), ("儿童福利机构", "nt"), ("未成年人救助保护机构", "nt"),
    ("康复救助", "vn"), ("关爱服务", "vn"), ("关爱保护", "vn"), ("强制报告", "vn"),
    # the people who serve them
    ("儿童主任", "n"), ("儿童督导员", "n"), ("儿童福利督导员", "n"), ("社会工作者", "n"), ("网格员", "n"),
    ("村干部", "n"), ("包村干部", "n"), ("驻村干部", "n"), ("第一书记", "n"),
    # administration
    ("民政局", "nt"), ("民政部门", "nt"), ("民政所", "nt"), ("民政助理", "n"), ("村委会", "nt"), ("居委会", "nt"),
    ("村民委员会", "nt"), ("居民委员会", "nt"), ("乡镇人民政府", "nt"), ("街道办事处", "nt"), ("嘎查", "ns"),
    ("苏木", "ns"), ("旗县", "ns"), ("妇联", "nt"), ("残联", "nt"), ("团委", "nt"),
    ("三级工作网络", "n"), ("部门协作", "vn"), ("督查考核", "vn"), ("宣传引导", "vn"),
    # assistance schemes
    ("低保", "n"), ("最低生活保障", "n"), ("低保户", "n"), ("低保对象", "n"), ("低保金", "n"), ("特困人员", "n"),
    ("特困供养", "vn"), ("临时救助", "vn"), ("社会救助", "vn"), ("医疗救助", "vn"), ("教育救助", "vn"),
    ("兜底保障", "vn"), ("救助标准", "n"), ("分类施保", "vn"), ("应保尽保", "v"), ("一卡通", "n"),
    ("家庭经济状况", "n"), ("核对机制", "n"), ("入户调查", "vn"), ("动态管理", "vn"), ("政府购买服务", "vn"),
    ("建档立卡", "v"), ("精准帮扶", "vn"), ("大病保险", "n"), ("新农合", "n"),
]


#: Characters that seldom start or end a term (function words, legal boilerplate): n-grams with them at an edge
#: are not proposed.
EDGE_CHARS = set("的和等及或与对在向由将把被为是了其之应当并按依以于从给使有不要可各该本此所")


def read_documents(source: Path) -> dict[str, str]:
    files = sorted(p for p in source.glob("*.txt"))
    if not files:
        raise SystemExit(f"{source}: no .txt files (expected shared/data/cn_social_policy_docs)")
    return {p.name: p.read_text(encoding="utf-8") for p in files}


def count_uses(term: str, docs: dict[str, str]) -> tuple[int, int]:
    """(number of occurrences, number of documents using it)."""
    n = sum(text.count(term) for text in docs.values())
    d = sum(1 for text in docs.values() if term in text)
    return n, d


def frequency(uses: int) -> int:
    return int(min(MAX_FREQ, max(MIN_FREQ, FREQ_PER_USE * uses)))


def candidates(docs: dict[str, str], top: int) -> list[tuple[str, int, int]]:
    """Han n-grams that recur across documents, have varied neighbours and are split by plain jieba."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    counts: collections.Counter[str] = collections.Counter()
    doc_freq: collections.Counter[str] = collections.Counter()
    left: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    right: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for text in docs.values():
        seen = set()
        for run in re.findall(r"[\u4e00-\u9fff]{3,}", text):
            for n in range(3, 9):
                for i in range(len(run) - n + 1):
                    g = run[i:i + n]
                    counts[g] += 1
                    seen.add(g)
                    left[g][run[i - 1] if i else "^"] += 1
                    right[g][run[i + n] if i + n < len(run) else "$"] += 1
        doc_freq.update(seen)

    def entropy(c: collections.Counter) -> float:
        total = sum(c.values())
        return -sum(v / total * math.log(v / total) for v in c.values())

    out = []
    for g, n in counts.items():
        if n < 5 or doc_freq[g] < 2:
            continue
        if entropy(left[g]) < 1.0 or entropy(right[g]) < 1.0:
            continue
        if g[0] in EDGE_CHARS or g[-1] in EDGE_CHARS or len(tok.lcut(g, HMM=False)) < 2:
            continue
        out.append((g, n, doc_freq[g]))
    out.sort(key=lambda r: (-r[2], -r[1]))
    # drop n-grams contained in a better-ranked one with the same count (fragments of a longer term)
    kept: list[tuple[str, int, int]] = []
    for g, n, d in out:
        if any(g in k and n == kn for k, kn, _ in kept):
            continue
        kept.append((g, n, d))
        if len(kept) >= top:
            break
    return kept


def build(source: Path) -> str:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    base = jieba.Tokenizer()
    base.initialize()
    docs = read_documents(source)
    lines = [
        "# qualcode domain dictionary (jieba format: word frequency tag). Built by tools/build_domain_dict.py",
        f"# from {len(docs)} documents of shared/data/cn_social_policy_docs; see src/qualcode/data/SOURCE.md.",
        "# Frequency = clip(20 x uses in the documents, 300, 5000), or jieba's own frequency when higher.",
        "# The trailing comment gives uses / documents in the policy texts.",
    ]
    for word, tag in CURATED:
        n, d = count_uses(word, docs)
        note = f"uses={n} docs={d}" if n else "not in the policy documents (interview vocabulary)"
        # never lower the frequency a word already has in jieba's own dictionary
        freq = max(frequency(n), base.FREQ.get(word) or 0)
        lines.append(f"{word} {freq} {tag}  # {note}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of policy .txt files")
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--candidates", type=int, default=0, metavar="N", help="also print N candidate terms")
    args = parser.parse_args(argv)
    words = [w for w, _ in CURATED]
    dupes = [w for w, c in collections.Counter(words).items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate curated terms: {dupes}")
    text = build(args.source)
    from qualcode._io import atomic_write

    with atomic_write(args.out) as fh:
        fh.write(text)
    print(f"wrote {args.out} ({len(CURATED)} terms)")
    if args.candidates:
        docs = read_documents(args.source)
        for g, n, d in candidates(docs, args.candidates):
            mark = "*" if g in words else " "
            print(f"{mark} {g}\t{n}\t{d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
