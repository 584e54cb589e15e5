"""A small project store for the review app's tests: 6 interviews x 4 turns (interviewer question, respondent
answer), turn segments, the study codebook, machine codings with evidence spans (one with a model probability), a
saved sample of every respondent segment, and one transcript that contains ``<script>``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from qualcode.coding import load_codebook
from qualcode.model import Corpus, Document, Turn
from qualcode.validation import Project

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = REPO / "codebooks" / "children_in_distress.yaml"
SCRIPT = "<script>window.pwned=1</script>"

ANSWERS = [
    ("guardian", "从来没人上门宣传过，政策我们都不知道。", "publicity_weak", "宣传"),
    ("guardian", "孩子他爸判刑了，老人带娃力不从心，家里很困难。", "family_hardship", "困难"),
    ("staff", "身兼数职，一个网格好几百人，人手不够。", "staff_capacity", "人手不够"),
    ("staff", "补贴一分不少，资金按时发放到位。", "fund_guarantee", "资金"),
    ("official", f"会开完了就完了，没有人督促落实。{SCRIPT}", "supervision_weak", "督促"),
    ("official", "区里成立了领导小组，分管领导任组长。", "leadership_system", "领导小组"),
]


def make_doc(doc_id: str, lines: list[tuple[str, str, str]], **attrs) -> Document:
    text, turns = "", []
    for i, (speaker, kind, body) in enumerate(lines, start=1):
        prefix = f"{speaker}："
        start = len(text) + len(prefix)
        text += prefix + body + "\n"
        turns.append(Turn(doc_id=doc_id, turn=i, speaker=speaker, speaker_kind=kind, start=start,
                          end=start + len(body), text=body, line=i))
    return Document(doc_id=doc_id, path=f"{doc_id}.txt", sha256=f"sha-{doc_id}-{len(text)}", encoding="utf-8",
                    text=text, turns=tuple(turns), attributes=attrs)


def build(path: Path, *, sample: bool = True) -> Path:
    """Write the store at ``path`` and return it."""
    docs = []
    for i, (role, answer, _code, _word) in enumerate(ANSWERS):
        docs.append(make_doc(f"D{i + 1}", [("访谈员", "interviewer", "您怎么看这项工作？"),
                                           ("受访者", "respondent", answer),
                                           ("访谈员", "interviewer", "还有别的吗？"),
                                           ("受访者", "respondent", f"第{i + 1}位受访者：别的没有了，就这些。")],
                             role=role))
    corpus = Corpus(root=str(path.parent), documents=tuple(docs))
    segs, codings = [], []
    for doc in corpus:
        for t in doc.turns:
            seg_id = f"{doc.doc_id}:{t.turn}"
            segs.append({"seg_id": seg_id, "doc_id": doc.doc_id, "respondent_id": doc.doc_id, "turn": t.turn,
                         "sentence": 0, "speaker": t.speaker, "speaker_kind": t.speaker_kind, "start": t.start,
                         "end": t.end, "text": t.text, "tokens": [], "role": doc.attributes["role"]})
    for i, (_role, answer, code, word) in enumerate(ANSWERS):
        doc = docs[i]
        turn = doc.turns[1]
        at = turn.start + answer.index(word)
        codings.append({"seg_id": f"{doc.doc_id}:2", "code": code, "evidence": f"{code}#r: {word}",
                        "rules": (f"{code}_words",), "terms": (word,), "spans": ((at, at + len(word)),)})
    model = pd.DataFrame([{"seg_id": "D2:2", "code": "staff_capacity", "evidence": "model p=0.62",
                           "probability": 0.62}])
    with Project.init(path) as proj:
        proj.add_corpus(corpus)
        proj.add_segments(pd.DataFrame(segs))
        version = proj.add_codebook(load_codebook(CODEBOOK))
        proj.add_codings(pd.DataFrame(codings), coder="auto:rules", codebook_version=version)
        proj.add_codings(model, coder="auto:model", codebook_version=version)
        if sample:
            # answers first, then the closing turns: the sample's own order differs from document order
            resp = [f"D{i}:2" for i in range(1, 7)] + [f"D{i}:4" for i in range(1, 7)]
            proj.save_queue("sample", pd.DataFrame({"seg_id": resp, "weight": 1.0}))
    return path
