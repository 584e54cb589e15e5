"""Synthetic corpora for the scale benchmarks, built from the bundled transcripts (never committed).

Turns of corpora/chifeng and corpora/chifeng_train are recombined: each synthetic interview takes its questions from
random source interviews, and each answer is made of clauses drawn from answers to the same question kind, so that
sentences are new combinations rather than copies (coding cannot just reuse the decision of an identical sentence).
Roles and districts come from the source interviews; every document gets its own id.

    python benchmarks/_synth.py OUT_DIR --chars 10000000
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import qualcode as qc
from _report import REPO

SOURCES = ("corpora/chifeng", "corpora/chifeng_train")
_CLAUSE = re.compile(r"[^，。！？；…]+[，。！？；…]*")


def _source_turns() -> tuple[list[tuple[str, str, list[str]]], list[str], list[str]]:
    """(question, role, answer clauses) pairs, the roles and the districts of the bundled interviews."""
    pairs, roles, districts = [], [], []
    for src in SOURCES:
        corpus = qc.read_corpus(REPO / src)
        for doc in corpus:
            role = str(doc.attributes.get("role", "family"))
            roles.append(role)
            districts.append(str(doc.attributes.get("district", "红山区")))
            turns = list(doc.turns)
            for q, a in zip(turns, turns[1:]):
                if q.speaker_kind == "interviewer" and a.speaker_kind == "respondent":
                    clauses = _CLAUSE.findall(a.text.replace("\n", ""))
                    if clauses:
                        pairs.append((q.text.replace("\n", ""), role, clauses))
    return pairs, roles, districts


def make_corpus(out: str | Path, chars: int, seed: int = 0, doc_chars: int = 10_000) -> dict:
    """Write about ``chars`` characters of synthetic interviews into ``out`` (a new corpus folder)."""
    rng = random.Random(seed)
    pairs, roles, districts = _source_turns()
    by_role: dict[str, list] = {}
    for p in pairs:
        by_role.setdefault(p[1], []).append(p)
    out = Path(out)
    (out / "transcripts").mkdir(parents=True, exist_ok=True)
    (out / "corpus.yaml").write_text("name: synthetic\ndescription: recombined from the bundled transcripts\n",
                                     encoding="utf-8")
    total = n_docs = 0
    while total < chars:
        n_docs += 1
        role = rng.choice(roles)
        pool = by_role.get(role) or pairs
        lines = ["---", f"id: X{n_docs:06d}", f"role: {role}", f"district: {rng.choice(districts)}", "---"]
        size = 0
        while size < doc_chars:
            q, _r, clauses = rng.choice(pool)
            _q2, _r2, other = rng.choice(pool)
            k = rng.randint(1, max(1, len(clauses)))
            answer = "".join(clauses[:k]) + "".join(rng.sample(other, min(len(other), rng.randint(1, 3))))
            lines.append(f"访谈者：{q}")
            lines.append(f"受访者：{answer}")
            size += len(q) + len(answer) + 8
        text = "\n".join(lines) + "\n"
        (out / "transcripts" / f"X{n_docs:06d}.txt").write_text(text, encoding="utf-8")
        total += size
    return {"documents": n_docs, "chars": total}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out")
    ap.add_argument("--chars", type=int, default=10_000_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    print(make_corpus(args.out, args.chars, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
