"""Segmentation checks on public data (skipped without ../shared/data)."""

from __future__ import annotations

from qualcode.segment import Segmenter


def _sample(shared_data, n_lines=250):
    lines = []
    for name in ("pku_test.utf8", "msr_test.utf8"):
        text = (shared_data / "sighan2005" / name).read_text(encoding="utf-8")
        lines += [x for x in text.splitlines() if x.strip()][:: max(1, 1945 // n_lines)][:n_lines]
    return lines


def _spans(tokens):
    out, pos = set(), 0
    for t in tokens:
        if not t.isspace():
            out.add((pos, pos + len(t)))
        pos += len(t)
    return out


def test_rjieba_agrees_with_jieba_on_sighan(shared_data):
    """Same dictionary, same HMM: rjieba must give jieba's tokens on >= 99.5% of tokens (SIGHAN raw text sample)."""
    lines = _sample(shared_data)
    j = Segmenter(backend="jieba", cache_dir=False).backend_
    r = Segmenter(backend="rjieba", cache_dir=False).backend_
    same = total = 0
    for line in lines:
        a, b = _spans(j.cut(line)), _spans(r.cut(line))
        same += len(a & b)
        total += len(a)
    assert total > 10_000
    assert same / total >= 0.995, same / total


def test_domain_terms_found_in_policy_documents(shared_data):
    """The dictionary is built from real usage: most curated terms occur in the policy documents and segment whole."""
    from qualcode.segment import domain_dict_path
    from qualcode.segment._dictionary import read_dictionary

    docs = "\n".join(p.read_text(encoding="utf-8")
                     for p in sorted((shared_data / "cn_social_policy_docs").glob("*.txt")))
    entries, _ = read_dictionary(domain_dict_path())
    used = [e.word for e in entries if e.word in docs]
    assert len(used) >= 0.8 * len(entries)
    seg = Segmenter(backend="rjieba", cache_dir=False)
    text = (shared_data / "cn_social_policy_docs" / "policy_3.2.txt").read_text(encoding="utf-8")
    toks = seg.tokenize(text)
    assert toks.count("困境儿童") >= 0.9 * text.count("困境儿童")
