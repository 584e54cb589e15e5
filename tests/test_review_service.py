"""The review app without the web: queues (sources, filters, pluggable orders) and one coder's session
(decisions, undo, skip, blind mode, dashboard figures against the library's agreement functions)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import _review_project
from qualcode.errors import InputError
from qualcode.validation import (
    Project,
    QueueFilter,
    agreement,
    build_queue,
    machine_vs_human,
    order_by_uncertainty,
    parse_filter,
    project_codings,
)
from qualcode.validation.review import ReviewService, check_coder

RESP = [f"D{i}:2" for i in range(1, 7)] + [f"D{i}:4" for i in range(1, 7)]


@pytest.fixture
def store(tmp_path):
    return _review_project.build(tmp_path / "study.qualcode")


def test_queue_sources(store):
    with Project.open(store) as proj:
        assert build_queue(proj, source="sample") == RESP
        assert build_queue(proj, source="all") == [f"D{i}:{t}" for i in range(1, 7) for t in (2, 4)]
        table = pd.DataFrame({"seg_id": ["D3:2", "D1:2", "D3:2"]})
        assert build_queue(proj, source=table) == ["D3:2", "D1:2"]
        bad = pd.DataFrame({"seg_id": ["D1:2", "Z:1"]})
        bad.attrs["path"] = "queue.csv"
        with pytest.raises(InputError, match="queue.csv:3: segment 'Z:1' is not in the store"):
            build_queue(proj, source=bad)


def test_queue_filters(store):
    with Project.open(store) as proj:
        assert build_queue(proj, source="all", flt=QueueFilter(code="staff_capacity")) == ["D3:2", "D2:2"][::-1]
        assert build_queue(proj, source="all", flt=QueueFilter(attributes={"role": "official"})) == [
            "D5:2", "D5:4", "D6:2", "D6:4"]
        assert build_queue(proj, source="all", flt=QueueFilter(doc="D4")) == ["D4:2", "D4:4"]
        assert build_queue(proj, source="all", flt=QueueFilter(coder="auto:model")) == ["D2:2"]
        unchecked = QueueFilter(unchecked=True)
        assert build_queue(proj, source="all", flt=unchecked) == [f"D{i}:2" for i in range(1, 7)]
        proj.record("li", "D1:2", decisions=[("publicity_weak", "accepted")])
        proj.record("li", "D2:2", decisions=[("family_hardship", "rejected")])
        assert build_queue(proj, source="all", flt=unchecked) == [f"D{i}:2" for i in range(3, 7)]
        # D2:2: the machine said family_hardship (and the model staff_capacity), li rejected it -> disagreement
        assert build_queue(proj, source="all", flt=QueueFilter(disagreement=True)) == ["D2:2"]
        with pytest.raises(InputError, match="no attribute 'district'"):
            build_queue(proj, source="all", flt=QueueFilter(attributes={"district": "A"}))


def test_parse_filter():
    f = parse_filter(["code=publicity_weak", "role=official", "unchecked"])
    assert f == QueueFilter(code="publicity_weak", attributes={"role": "official"}, unchecked=True)
    with pytest.raises(InputError, match="not key=value"):
        parse_filter(["whatever"])


def test_queue_orders_are_pluggable(store):
    with Project.open(store) as proj:
        assert build_queue(proj, order="document") == [f"D{i}:{t}" for i in range(1, 7) for t in (2, 4)]
        shuffled = build_queue(proj, order="random", seed=3)
        assert sorted(shuffled) == sorted(RESP) and shuffled != RESP
        assert shuffled == build_queue(proj, order="random", seed=3)
        # the only model probability (D2:2, p=0.62) comes first; the others keep the sample order
        assert build_queue(proj, order="uncertainty") == ["D2:2"] + [s for s in RESP if s != "D2:2"]

        seen = {}

        def by_length(candidates, codings):  # a callable returning scores, lowest first
            seen["columns"] = set(candidates.columns) | set(codings.columns)
            return -candidates["seg_id"].str.len().to_numpy() + np.arange(len(candidates)) * 0.01

        assert build_queue(proj, order=by_length)[0] == "D1:2"
        assert {"seg_id", "doc_id", "ord", "rank", "role", "code", "coder", "probability"} <= seen["columns"]
        assert build_queue(proj, order=lambda c, k: ["D6:4", "D1:2", "nope"]) == ["D6:4", "D1:2"]
        assert build_queue(proj, order="qualcode.validation:order_by_uncertainty")[0] == "D2:2"
        with pytest.raises(InputError, match="unknown queue order"):
            build_queue(proj, order="loudest")
        with pytest.raises(ValueError, match="returned 2 scores for 12 candidates"):
            build_queue(proj, order=lambda c, k: [1.0, 2.0])


def test_order_by_uncertainty_prefers_probabilities_near_one_half():
    cand = pd.DataFrame({"seg_id": ["a", "b", "c"]})
    cod = pd.DataFrame({"seg_id": ["a", "b", "b"], "probability": [0.9, 0.3, 0.55]})
    assert order_by_uncertainty(cand, cod).tolist() == [pytest.approx(0.4), pytest.approx(0.05), np.inf]


def test_coder_names():
    assert check_coder("  li ") == "li"
    with pytest.raises(InputError, match="no coder name"):
        check_coder(None)
    with pytest.raises(InputError, match="reserved for machine coders"):
        check_coder("auto:me")


def test_session_decides_undoes_and_resumes(store):
    svc = ReviewService(store, "li")
    first = svc.next_item()
    assert first["item"]["segment"]["seg_id"] == "D1:2" and first["progress"] == {"done": 0, "skipped": 0,
                                                                                   "total": 12}
    assert [c["code"] for c in first["item"]["machine"]] == ["publicity_weak"]
    out = svc.decide({"token": "a", "seg_id": "D1:2", "codes": {"publicity_weak": False, "misreporting": True}})
    assert out["item"]["segment"]["seg_id"] == "D2:2" and out["progress"]["done"] == 1
    dec = svc.project.decisions("li")
    assert sorted(dec[["code", "decision"]].values.tolist()) == [["misreporting", "added"],
                                                                ["publicity_weak", "rejected"]]
    svc.decide({"token": "b", "seg_id": "D2:2", "kind": "skip"})
    svc.decide({"token": "c", "seg_id": "D3:2", "codes": {}})  # nothing to add
    assert svc.project.decisions("li").query("seg_id == 'D3:2'")[["code", "decision"]].values.tolist() == [
        ["", "accepted"]]
    back = svc.undo()
    assert back["undone"]["seg_id"] == "D3:2" and back["item"]["segment"]["seg_id"] == "D3:2"
    assert svc.next_item()["item"]["segment"]["seg_id"] == "D3:2"
    svc.close()
    # a new session (a restarted server) resumes where the coder stopped; skipped items come back last
    svc = ReviewService(store, "li")
    assert svc.next_item()["item"]["segment"]["seg_id"] == "D3:2"
    for seg_id in RESP[2:]:
        svc.decide({"token": f"x{seg_id}", "seg_id": seg_id, "codes": {}})
    assert svc.next_item()["item"]["segment"]["seg_id"] == "D2:2"
    svc.decide({"token": "y", "seg_id": "D2:2", "codes": {}})
    assert svc.next_item() == {"item": None, "progress": {"done": 12, "skipped": 0, "total": 12}}
    item = svc.item("D1:2")
    assert item["mine"] == {"misreporting": "added", "publicity_weak": "rejected"}
    svc.close()


def test_blind_mode_hides_machine_codes_and_other_coders(store):
    with Project.open(store) as proj:
        proj.record("li", "D2:2", decisions=[("family_hardship", "accepted")])
        proj.record("li", "D2:2", "memo", memo="li's memo")
    svc = ReviewService(store, "wang", blind=True)
    item = svc.item("D2:2")
    assert item["machine"] == [] and item["other_decisions"] == [] and item["memos"] == []
    # in blind mode every code is the coder's own: chosen from the codebook, recorded as added
    svc.decide({"token": "w1", "seg_id": "D2:2", "codes": {"staff_capacity": True}})
    dec = svc.project.decisions("wang")
    assert dec[["code", "decision"]].values.tolist() == [["staff_capacity", "added"]]
    assert svc.project.actions("wang")["mode"].tolist() == ["blind"]
    svc.close()


def test_dashboard_matches_the_library_on_the_same_units(store):
    li, wang = ReviewService(store, "li", n_boot=200), ReviewService(store, "wang", blind=True, n_boot=200)
    li_codes = {"D1:2": {"publicity_weak": True}, "D2:2": {"family_hardship": False, "staff_capacity": True},
                "D3:2": {"staff_capacity": True}, "D4:2": {"fund_guarantee": True}, "D5:2": {},
                "D6:2": {"leadership_system": True}}
    wang_codes = {"D1:2": {"publicity_weak": True}, "D2:2": {"family_hardship": True},
                  "D3:2": {"staff_capacity": True}, "D4:2": {}, "D5:2": {"supervision_weak": True}}
    for seg_id, codes in li_codes.items():
        li.decide({"token": f"li{seg_id}", "seg_id": seg_id, "codes": codes})
    for seg_id, codes in wang_codes.items():
        wang.decide({"token": f"wang{seg_id}", "seg_id": seg_id, "codes": codes})
    d = li.dashboard()
    assert {p["coder"]: p["reviewed"] for p in d["progress"]} == {"li": 6, "wang": 5}
    assert d["units"] == 5 and d["humans"] == ["li", "wang"]
    with Project.open(store) as proj:
        codings, seen = project_codings(proj)
    units = sorted(wang_codes)
    hh = agreement(codings, units, coders=["li", "wang"], seen=seen, n_boot=200, seed=0)
    got = pd.DataFrame(d["human_human"])
    assert got["code"].tolist() == hh["code"].tolist()
    np.testing.assert_allclose(got["kappa"].astype(float), hh["kappa"], equal_nan=True)
    np.testing.assert_allclose(got["kappa_low"].astype(float), hh["kappa_low"], equal_nan=True)
    mh = agreement(codings[codings["coder"].isin(["auto:rules", "wang"])], units, coders=["auto:rules", "wang"],
                   seen=seen, n_boot=200, seed=0)
    got = pd.DataFrame([m for m in d["machine_human"] if m["coder"] == "wang"][0]["table"])
    np.testing.assert_allclose(got["alpha"].astype(float), mh["alpha"], equal_nan=True)
    prf = machine_vs_human(codings, units, machine="auto:rules", human="li", seen=seen)
    got = pd.DataFrame([p for p in d["precision_recall"] if p["coder"] == "li"][0]["table"])
    np.testing.assert_allclose(got["precision"].astype(float), prf["precision"], equal_nan=True)
    dis = {(r["seg_id"], r["code"]) for r in d["disagreements"]}
    assert ("D2:2", "family_hardship") in dis and ("D5:2", "supervision_weak") in dis
    assert d["stale"] is False
    assert li._current_dashboard() is li._current_dashboard()  # cached until the next action
    li.decide({"token": "li-more", "seg_id": "D1:4", "codes": {}})
    # opened at once after a decision: the last figures, marked stale, while they are recomputed in the background
    quick = li.dashboard(wait=False)
    assert quick["stale"] is True and {p["coder"]: p["reviewed"] for p in quick["progress"]} == {"li": 6, "wang": 5}
    fresh = li.dashboard()
    assert fresh["stale"] is False and {p["coder"]: p["reviewed"] for p in fresh["progress"]} == {"li": 7, "wang": 5}
    assert li.dashboard(wait=False)["stale"] is False  # current again
    li.close()
    wang.close()


def test_review_results_for_the_report(store):
    from qualcode.validation import review_results

    with Project.open(store) as proj:
        assert review_results(proj) == {}  # nobody reviewed yet
        for seg_id, codes in {"D1:2": [("publicity_weak", "accepted")], "D2:2": [("family_hardship", "rejected")],
                              "D3:2": [("staff_capacity", "accepted")]}.items():
            proj.record("li", seg_id, decisions=codes)
        out = review_results(proj, n_boot=100)
        table, prf = out["agreement"], out["precision_recall"]
        assert table.attrs["coders"] == ["auto:rules", "li"] and table.attrs["units"] == 3
        codings, seen = project_codings(proj)
        units = pd.DataFrame({"seg_id": ["D1:2", "D2:2", "D3:2"], "doc_id": ["D1", "D2", "D3"]})
        direct = agreement(codings, units, coders=["auto:rules", "li"], seen=seen, n_boot=100, cluster="doc")
        np.testing.assert_allclose(table["kappa"], direct["kappa"], equal_nan=True)
        micro = prf[prf["code"] == "(micro)"].iloc[0]
        # rules said publicity_weak, family_hardship, staff_capacity; li kept two of them
        assert (micro["tp"], micro["fp"], micro["fn"]) == (2.0, 1.0, 0.0) and prf.attrs["weighted"]
