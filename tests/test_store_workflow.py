"""The validation round on the bundled Chifeng corpus, as a coder would run it: store, rule codes, review sample,
decisions (here: the corpus's gold coding plays the reviewer), agreement, suggestions."""

from __future__ import annotations

import glob

import pandas as pd
import pytest

from qualcode._io import read_table
from qualcode.coding import CodeSuggester, review_queue
from qualcode.validation import Project, agreement, decisions_to_codings, machine_vs_human, sample_for_review


@pytest.fixture(scope="module")
def study(tmp_path_factory, repo_root):
    corpus_dir = repo_root / "corpora" / "chifeng"
    if not (corpus_dir / "gold").is_dir():
        pytest.skip("corpora/chifeng is not in this checkout")
    from qualcode.coding import code_corpus, load_codebook
    from qualcode.ingest import read_corpus

    corpus = read_corpus(corpus_dir)
    codebook = load_codebook(repo_root / "codebooks" / "children_in_distress.yaml")
    segs, rules = code_corpus(corpus, codebook, unit="turn")
    gold = pd.concat([read_table(p) for p in sorted(glob.glob(str(corpus_dir / "gold" / "gold_*.csv")))])
    truth = {s: {c for c in str(v).split(";") if c and c != "nan"} for s, v in zip(gold["seg_id"], gold["codes"])}
    path = tmp_path_factory.mktemp("study") / "study.qcp"
    proj = Project.init(path)
    proj.add_corpus(corpus)
    proj.add_segments(segs)
    version = proj.add_codebook(codebook)
    proj.add_codings(rules, coder="auto:rules", codebook_version=version)
    yield proj, truth
    proj.close()


def test_round_trip_of_a_validation_round(study):
    proj, truth = study
    segs = proj.segments()
    rules = proj.codings("auto:rules")
    assert proj.status()["coders"]["auto:rules"]["codings"] == len(rules) > 0

    sample = sample_for_review(segs, rules, seed=0)
    sample = sample[sample["seg_id"].isin(truth)]
    assert len(sample) >= 40 and sample["code"].eq("(uncoded)").any()

    # the reviewer: gold codes decide every machine code of the sampled segments
    machine = rules.groupby("seg_id")["code"].agg(set).to_dict()
    rows = []
    for s in sample["seg_id"]:
        g, m = truth[s], machine.get(s, set())
        rows += [(s, c, "accepted") for c in m & g] + [(s, c, "rejected") for c in m - g]
        rows += [(s, c, "added") for c in g - m] + ([(s, "", "accepted")] if not g and not m else [])
    proj.add_decisions(pd.DataFrame(rows, columns=["seg_id", "code", "decision"]), coder="gold")
    st = proj.status()
    assert st["reviewed_segments"] == len(sample)

    # agreement from the stored decisions equals agreement with the gold table itself on the same units
    human = decisions_to_codings(proj.decisions())
    seen = {"gold": set(sample["seg_id"])}
    from_store = agreement(pd.concat([rules, human]), segs, seen=seen, n_boot=0)
    gold_codings = pd.DataFrame([(s, c, "gold") for s in sample["seg_id"] for c in truth[s]],
                                columns=["seg_id", "code", "coder"])
    direct = agreement(pd.concat([rules, gold_codings]), sample["seg_id"], codes=list(from_store["code"][:-1]),
                       n_boot=0)
    pd.testing.assert_series_equal(from_store["kappa"], direct["kappa"])
    assert from_store["n_units"].iloc[-1] == len(sample)

    prf = machine_vs_human(pd.concat([rules, human]), segs, human="gold", seen=seen).set_index("code")
    tp = sum(len(machine.get(s, set()) & truth[s]) for s in sample["seg_id"])
    fp = sum(len(machine.get(s, set()) - truth[s]) for s in sample["seg_id"])
    assert prf.loc["(micro)", "tp"] == tp and prf.loc["(micro)", "fp"] == fp

    # suggestions for the rest, and a queue that skips what was decided
    reviewed = set(sample["seg_id"])
    train = segs[segs["seg_id"].isin(reviewed)]
    model = CodeSuggester().fit(train, human)
    sugg = model.suggest(segs, unreviewed_only=True, reviewed=proj.decisions())
    assert not set(sugg["seg_id"]) & reviewed
    proj.add_codings(sugg, coder="auto:model", replace=True)
    queue = review_queue(rules, model.predict_proba(segs[~segs["seg_id"].isin(reviewed)]), proj.decisions(),
                         segments=segs)
    assert not set(zip(queue["seg_id"], queue["code"])) & set(zip(human["seg_id"], human["code"]))
    assert proj.integrity_check() == "ok"
