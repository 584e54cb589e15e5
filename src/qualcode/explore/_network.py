"""Co-occurrence networks of words and of codes: edge and node tables (the data behind every picture), communities
and centrality (networkx), GraphML and GEXF for Gephi."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from qualcode._io import atomic_write
from qualcode.analysis import cooccurrence
from qualcode.analysis._common import code_labels, load
from qualcode.errors import require
from qualcode.explore._common import check_positive, group_values, respondent_rows, unique
from qualcode.explore._frequency import encode_tokens
from qualcode.segment import Segmenter

__all__ = ["EDGE_COLUMNS", "NODE_COLUMNS", "Network", "code_network", "word_network"]

EDGE_COLUMNS = ["source", "target", "n", "n_source", "n_target", "jaccard"]
NODE_COLUMNS = ["node", "label", "count", "degree", "strength", "betweenness", "community"]


@dataclass(frozen=True)
class Network:
    """A co-occurrence network as two tidy tables, with the ``by`` group as first column when there is one.

    ``edges``: ``source, target, n`` (units holding both), ``n_source, n_target`` (units holding each), ``jaccard``
    (``n / (n_source + n_target - n)``, the edge weight). ``nodes``: ``node, label, count`` (units holding it),
    ``degree`` (edges), ``strength`` (sum of edge weights), ``betweenness`` (normalised betweenness centrality,
    distances ``1 / jaccard``), ``community`` (1 = largest; greedy modularity maximisation, Clauset-Newman-Moore).
    ``unit`` says what was counted (segment, respondent).
    """

    nodes: pd.DataFrame
    edges: pd.DataFrame
    kind: str
    unit: str
    by: str | None = None

    @property
    def groups(self) -> list[Any]:
        return [None] if self.by is None else list(dict.fromkeys(self.nodes[self.by]))

    def graph(self, group: Any = None):
        """The networkx ``Graph`` of one group (every node and edge attribute of the tables)."""
        nx = require("networkx", purpose="co-occurrence networks")
        if self.by is not None and group is None:
            raise ValueError(f"this network is by {self.by!r}: give group=one of {self.groups}")
        nodes, edges = self.nodes, self.edges
        if self.by is not None:
            nodes, edges = nodes[nodes[self.by] == group], edges[edges[self.by] == group]
        g = nx.Graph(kind=self.kind, unit=self.unit, **({"group": str(group)} if group is not None else {}))
        for rec in nodes.drop(columns=[self.by] if self.by else []).to_dict("records"):
            g.add_node(str(rec.pop("node")), **{k: _plain(v) for k, v in rec.items()})
        for rec in edges.drop(columns=[self.by] if self.by else []).to_dict("records"):
            g.add_edge(str(rec.pop("source")), str(rec.pop("target")), weight=float(rec["jaccard"]),
                       **{k: _plain(v) for k, v in rec.items()})
        return g

    def write_graphml(self, path: str | os.PathLike, group: Any = None) -> Path:
        """Write the graph of ``group`` as GraphML (Gephi, Cytoscape, yEd), atomically."""
        nx = require("networkx", purpose="co-occurrence networks")
        with atomic_write(Path(path), "wb") as fh:
            nx.write_graphml(self.graph(group), fh)
        return Path(path)

    def write_gexf(self, path: str | os.PathLike, group: Any = None) -> Path:
        """Write the graph of ``group`` as GEXF (Gephi), atomically."""
        nx = require("networkx", purpose="co-occurrence networks")
        with atomic_write(Path(path), "wb") as fh:
            nx.write_gexf(self.graph(group), fh)
        return Path(path)


def _plain(value: Any) -> Any:
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else value


def _measures(nodes: pd.DataFrame, edges: pd.DataFrame) -> pd.DataFrame:
    """Degree, strength, betweenness and community of every node."""
    nx = require("networkx", purpose="co-occurrence networks")
    g = nx.Graph()
    g.add_nodes_from(nodes["node"].astype(str))
    for s, t, w in zip(edges["source"].astype(str), edges["target"].astype(str), edges["jaccard"]):
        g.add_edge(s, t, weight=float(w), distance=1.0 / float(w) if w > 0 else np.inf)
    nodes = nodes.copy()
    nodes["degree"] = [g.degree(n) for n in nodes["node"].astype(str)]
    nodes["strength"] = [g.degree(n, weight="weight") for n in nodes["node"].astype(str)]
    btw = nx.betweenness_centrality(g, weight="distance", normalized=True) if len(g) > 2 else {}
    nodes["betweenness"] = [float(btw.get(n, 0.0)) for n in nodes["node"].astype(str)]
    linked = g.subgraph([n for n in g if g.degree(n) > 0])
    comms = nx.community.greedy_modularity_communities(linked, weight="weight") if linked.number_of_edges() else []
    comm = {n: k for k, c in enumerate(sorted(comms, key=lambda c: (-len(c), min(c))), start=1) for n in c}
    nodes["community"] = [comm.get(n, 0) for n in nodes["node"].astype(str)]
    return nodes[NODE_COLUMNS]


def _edges_from_matrix(x, names: list[str], counts: np.ndarray, min_cooccur: int, max_edges: int) -> pd.DataFrame:
    both = (x.T @ x).toarray()  # x: units x words, sparse 0/1
    i, j = np.triu_indices(len(names), k=1)
    n = both[i, j]
    keep = n >= min_cooccur
    i, j, n = i[keep], j[keep], n[keep]
    jac = n / (counts[i] + counts[j] - n)
    order = np.lexsort((-n, -jac))[:max_edges]
    return pd.DataFrame({"source": [names[k] for k in i[order]], "target": [names[k] for k in j[order]],
                         "n": n[order].astype(int), "n_source": counts[i[order]].astype(int),
                         "n_target": counts[j[order]].astype(int), "jaccard": jac[order]})


def word_network(segments: pd.DataFrame, *, by: str | None = None, unit: str = "segment", top_words: int = 60,
                 max_edges: int = 60, min_count: int = 3, min_cooccur: int = 2, stopwords: Any = None,
                 segmenter: Segmenter | None = None, speakers: str = "respondent") -> Network:
    """The co-occurrence network of the most frequent content words (KH Coder's default view).

    Words are the ``top_words`` content words found in the most units (segments, or ``unit="respondent"``), at least
    ``min_count`` units each; an edge joins two words found together in at least ``min_cooccur`` units, weighted by the
    Jaccard coefficient; the ``max_edges`` strongest edges are kept (ties: more units first). With ``by`` one
    network per group, each from that group's units. Returns a :class:`Network`.
    """
    from scipy import sparse

    for name, value in (("top_words", top_words), ("max_edges", max_edges), ("min_count", min_count),
                        ("min_cooccur", min_cooccur)):
        check_positive(name, value)
    if unit not in ("segment", "respondent"):
        raise ValueError(f"unit == {unit!r}, must be 'segment' or 'respondent'")
    enc = encode_tokens(segments, stopwords=stopwords, segmenter=segmenter, speakers=speakers)
    groups = group_values(enc.segs, by)
    garr = groups.to_numpy() if groups is not None else np.empty(0, dtype=object)
    resp = pd.factorize(enc.segs["respondent_id"].astype(str))[0].astype(np.int64)
    n_words = max(len(enc.vocab), 1)
    node_parts: list[pd.DataFrame] = []
    edge_parts: list[pd.DataFrame] = []
    for g in ([None] if groups is None else list(dict.fromkeys(groups))):
        mask = np.ones(len(enc.row), bool) if g is None else (garr == g)[enc.row]
        units = enc.row[mask] if unit == "segment" else resp[enc.row[mask]]
        pairs = unique(units * n_words + enc.word[mask])  # (unit, word) once each
        u_of, w_of = pairs // n_words, pairs % n_words
        found = np.bincount(w_of, minlength=n_words)
        cand = np.flatnonzero(found >= min_count)
        cand = cand[np.lexsort((enc.vocab[cand].astype(str), -found[cand]))][:top_words]
        names = [str(w) for w in enc.vocab[cand]]
        col = np.full(n_words, -1)
        col[cand] = np.arange(len(cand))
        keep = col[w_of] >= 0
        u_codes, u_index = pd.factorize(u_of[keep])
        x = sparse.csr_matrix((np.ones(int(keep.sum())), (u_codes, col[w_of[keep]])),
                              shape=(len(u_index), len(names)))
        counts = np.asarray(x.sum(axis=0)).ravel()
        edges = _edges_from_matrix(x, names, counts, min_cooccur, max_edges) if names else \
            pd.DataFrame(columns=EDGE_COLUMNS)
        nodes = pd.DataFrame({"node": names, "label": names, "count": counts.astype(int)})
        _add_group(node_parts, edge_parts, _measures(nodes, edges), edges, by, g)
    return Network(pd.concat(node_parts, ignore_index=True), pd.concat(edge_parts, ignore_index=True), "words", unit,
                   by)


def _add_group(node_parts: list[pd.DataFrame], edge_parts: list[pd.DataFrame], nodes: pd.DataFrame,
               edges: pd.DataFrame, by: str | None, g: Any) -> None:
    """Collect one group's nodes and edges, with the group's value in a first column ``by`` (all rows: ``g`` None)."""
    if g is not None:
        nodes.insert(0, by, g)
        edges.insert(0, by, g)
    node_parts.append(nodes)
    edge_parts.append(edges)


def code_network(codings: pd.DataFrame, segments: pd.DataFrame, *, by: str | None = None, unit: str = "respondent",
                 codebook: Any = None, level: int | None = None, codes: Sequence[str] | None = None,
                 coder: str | None = None, min_cooccur: int = 1, max_edges: int = 200) -> Network:
    """The co-occurrence network of codes: an edge joins two codes given to the same unit (respondent, or segment
    with ``unit="segment"``), weighted by Jaccard, from :func:`qualcode.analysis.cooccurrence`; node labels come from
    the codebook. With ``by`` one network per group (that group's respondent segments). Returns a :class:`Network`.
    """
    check_positive("min_cooccur", min_cooccur)
    cb = load(codebook)
    labels = code_labels(cb)
    segs = respondent_rows(segments)
    groups = group_values(segs, by)
    garr = groups.to_numpy() if groups is not None else np.empty(0, dtype=object)
    node_parts: list[pd.DataFrame] = []
    edge_parts: list[pd.DataFrame] = []
    for g in ([None] if groups is None else list(dict.fromkeys(groups))):
        sub = segs if g is None else segs[garr == g]
        who = "respondent_id" if "respondent_id" in codings.columns else "doc_id"
        cod = codings if g is None else codings[codings[who].astype(str).isin(set(sub[who].astype(str)))]
        co = cooccurrence(cod, unit=unit, segments=sub, codebook=cb, level=level, codes=codes, coder=coder)
        diag = co[co["code_a"] == co["code_b"]]
        nodes = pd.DataFrame({"node": diag["code_a"].astype(str), "count": diag["n"].astype(int)})
        nodes = nodes[nodes["count"] > 0].reset_index(drop=True)
        nodes.insert(1, "label", [labels.get(c, c) or c for c in nodes["node"]])
        order = {c: k for k, c in enumerate(co["code_a"].drop_duplicates())}
        pairs = co[(co["code_a"].map(order) < co["code_b"].map(order)) & (co["n"] >= min_cooccur)]
        edges = pd.DataFrame({"source": pairs["code_a"].astype(str), "target": pairs["code_b"].astype(str),
                              "n": pairs["n"].astype(int), "n_source": pairs["n_a"].astype(int),
                              "n_target": pairs["n_b"].astype(int), "jaccard": pairs["jaccard"].astype(float)})
        edges = edges.sort_values(["jaccard", "n"], ascending=False, kind="stable").head(max_edges)
        edges = edges.reset_index(drop=True)
        _add_group(node_parts, edge_parts, _measures(nodes, edges), edges, by, g)
    return Network(pd.concat(node_parts, ignore_index=True), pd.concat(edge_parts, ignore_index=True), "codes", unit,
                   by)
