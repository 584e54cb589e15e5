"""Train the word vectors the hybrid coder can use (gensim word2vec), offline, from text that may be shipped.

    python tools/train_vectors.py --out src/qualcode/data/vectors/social_policy_zh.kv [--no-transcripts]

Text: the PRC social-policy documents in ../shared/data/cn_social_policy_docs (laws, regulations and normative
documents, outside copyright under PRC Copyright Law art. 5; collected in an MIT-licensed repository, see
src/qualcode/data/SOURCE.md) and, unless --no-transcripts, the transcripts of the bundled corpora chifeng,
chifeng_blind and chifeng_train (MIT, written for qualcode). corpora/chifeng_blind2 (the blind set) is never read.
Tokens come from the pipeline's segmenter (jieba with qualcode's domain dictionary and the study codebook's terms), so
they match the tokens the coder sees. Deterministic: one worker thread, fixed seed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from qualcode.coding import corpus_segmenter, load_codebook  # noqa: E402
from qualcode.ingest import read_corpus  # noqa: E402

CORPORA = ("chifeng", "chifeng_blind", "chifeng_train")


def shared_data() -> Path:
    env = os.environ.get("QUALCODE_SHARED_DATA")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared" / "data"]:
        if cand.is_dir():
            return cand
    raise SystemExit("../shared/data not found (set QUALCODE_SHARED_DATA)")


def sentences(transcripts: bool = True, exclude_docs: tuple[str, ...] = ()) -> list[list[str]]:
    codebook = load_codebook(REPO / "codebooks" / "children_in_distress.yaml")
    seg = corpus_segmenter(codebook, unit="sentence")
    out: list[list[str]] = []
    for path in sorted((shared_data() / "cn_social_policy_docs").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                out.append([t for t in seg.tokenize(line) if t.strip()])
    if transcripts:
        for name in CORPORA:
            assert name != "chifeng_blind2"
            segs = seg.segment(read_corpus(REPO / "corpora" / name))
            segs = segs[~segs["doc_id"].str.startswith(exclude_docs)] if exclude_docs else segs
            out.extend([t for t in toks if t.strip()] for toks in segs["tokens"])
    return [s for s in out if len(s) > 1]


def train(sents: list[list[str]], dim: int = 100, seed: int = 0):
    from gensim.models import Word2Vec

    model = Word2Vec(sents, vector_size=dim, window=5, min_count=3, sg=1, negative=5, epochs=15, seed=seed,
                     workers=1)
    return model.wv


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--no-transcripts", action="store_true")
    args = ap.parse_args(argv)
    sents = sentences(not args.no_transcripts)
    wv = train(sents, args.dim)
    wv.vectors = wv.vectors.astype("float16")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    wv.save(args.out)
    print(f"{len(sents)} sentences, {len(wv.key_to_index)} words x {wv.vector_size} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
