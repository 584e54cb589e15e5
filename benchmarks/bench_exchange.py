"""Speed of REFI-QDA project export/import and coding-sheet export/import.

Run: python benchmarks/bench_exchange.py [--copies 10]
Writes the ``exchange`` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path

from _report import REPO, machine, update_section


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=10, help="copies of the Chifeng corpus (default 10)")
    args = ap.parse_args()

    import pandas as pd

    from qualcode.exchange import export_qdpx, import_qdpx
    from qualcode.ingest import read_corpus
    from qualcode.model import Code, Codebook, Corpus
    from qualcode.validation import export_sheet, import_sheet

    base = read_corpus(REPO / "corpora" / "chifeng", keep_going=True)
    docs = []
    for k in range(args.copies):
        for d in base.documents:
            new_id = f"{d.doc_id}_{k}"
            turns = tuple(dataclasses.replace(t, doc_id=new_id) for t in d.turns)
            docs.append(dataclasses.replace(d, doc_id=new_id, turns=turns))
    corpus = Corpus(root=base.root, documents=tuple(docs), name="bench")
    codebook = Codebook(codes=(Code("a", label="甲"), Code("b", label="乙", parent="a"), Code("c", label="丙")),
                        name="bench")
    rows = []
    for d in corpus.documents:
        for t in d.turns:
            if t.speaker_kind == "respondent":
                rows.append({"seg_id": f"{d.doc_id}:{t.turn}", "doc_id": d.doc_id, "start": t.start, "end": t.end,
                             "code": "b", "coder": "auto:rules", "evidence": "any: 补助"})
                rows.append({"seg_id": f"{d.doc_id}:{t.turn}", "doc_id": d.doc_id, "start": t.start,
                             "end": min(t.end, t.start + 5), "code": "c", "coder": "王老师", "evidence": ""})
    codings = pd.DataFrame(rows)
    n_chars = sum(len(d.text) for d in corpus.documents)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.qdpx"
        t0 = time.perf_counter()
        export_qdpx(corpus, codebook, [codings], path)
        t_export = time.perf_counter() - t0
        size = path.stat().st_size
        t0 = time.perf_counter()
        back, _, by_coder = import_qdpx(path)
        t_import = time.perf_counter() - t0
        assert sum(len(df) for df in by_coder.values()) == len(codings)

        segs = corpus.turns()
        segs["seg_id"] = segs["doc_id"] + ":" + segs["turn"].astype(str)
        sheet = Path(tmp) / "sheet.xlsx"
        t0 = time.perf_counter()
        export_sheet(segs, codings[codings.coder == "auto:rules"], sheet, codebook=codebook)
        t_sheet_out = time.perf_counter() - t0
        n_rows = int((segs.speaker_kind == "respondent").sum())
        t0 = time.perf_counter()
        import_sheet(sheet, segs, codebook)
        t_sheet_in = time.perf_counter() - t0

    md = f"""## Exchange: REFI-QDA projects and coding sheets

`python benchmarks/bench_exchange.py --copies {args.copies}` — {machine()}

The Chifeng corpus copied {args.copies} times: {len(corpus)} documents, {n_chars:,} characters, {len(codings):,}
codings by 2 coders.

| step | time | notes |
|---|---|---|
| `export_qdpx` | {t_export:.2f} s | {size / 1e6:.1f} MB .qdpx |
| `import_qdpx` (with position checks) | {t_import:.2f} s | {len(back)} documents back |
| `export_sheet` (.xlsx) | {t_sheet_out:.2f} s | {n_rows:,} rows |
| `import_sheet` (.xlsx, empty decisions) | {t_sheet_in:.2f} s | {n_rows:,} rows |
"""
    print(md)
    update_section("benchmarks.md", "exchange", md)


if __name__ == "__main__":
    main()
