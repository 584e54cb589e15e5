"""Figures and report sections of the word exploration (formatting only: the tables come from qualcode.explore)."""

from __future__ import annotations

import html
import math
from typing import Any

import pandas as pd

from qualcode.explore._common import records
from qualcode.report._html import Figure, Section, _draw
from qualcode.report._text import INTRO_ZH

__all__ = ["ca_biplot", "explore_sections", "network_figure"]

_PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
            "#bab0ac"]


def network_figure(network: Any, group: Any = None, *, name: str = "network", title: str | None = None,
                   seed: int = 0) -> Figure:
    """A drawing of a :class:`qualcode.explore.Network` (one group): nodes sized by count and coloured by community,
    edges as wide as their Jaccard weight, Chinese labels as text (SVG) or with a found CJK font (PNG). The layout is
    a seeded spring layout (``seed``), so the same tables give the same picture."""
    import networkx as nx

    g = network.graph(group)
    title = title or (f"{'Word' if network.kind == 'words' else 'Code'} co-occurrence network"
                      + (f" ({network.by} = {group})" if group is not None else "") + f", Jaccard over {network.unit}s")
    linked = [n for n in g if g.degree(n) > 0] or list(g)
    sub = g.subgraph(linked)
    pos = nx.spring_layout(sub, weight="weight", seed=seed, k=1.6 / math.sqrt(max(len(sub), 1))) if len(sub) else {}
    counts = [float(sub.nodes[n].get("count", 1)) for n in sub]
    top = max(counts, default=1.0)

    def draw(fig, ax):
        for u, v, data in sub.edges(data=True):
            (x1, y1), (x2, y2) = pos[u], pos[v]
            ax.plot([x1, x2], [y1, y2], color="#8a8f99", alpha=0.6, linewidth=0.6 + 5 * float(data.get("weight", 0)),
                    zorder=1)
        for n, c in zip(sub, counts):
            x, y = pos[n]
            comm = int(sub.nodes[n].get("community", 0))
            ax.scatter([x], [y], s=120 + 900 * c / top, color=_PALETTE[(comm - 1) % len(_PALETTE)] if comm else "#ccc",
                       alpha=0.55, edgecolors="white", linewidths=0.8, zorder=2)
            ax.text(x, y, str(sub.nodes[n].get("label") or n), ha="center", va="center", fontsize=9, zorder=3)
        ax.set_title(title, fontsize=11)
        ax.set_axis_off()
        ax.margins(0.08)

    return _draw(draw, name, title, (7.5, 6.0))


def ca_biplot(ca: Any, *, name: str = "ca_biplot", title: str | None = None) -> Figure:
    """The symmetric biplot of a correspondence analysis (rows and columns in principal coordinates), with the share
    of inertia on each axis; row points are circles, column points (groups) triangles."""
    coords = ca.coordinates
    eig = ca.eigenvalues
    title = title or "Correspondence analysis"
    has2 = "dim2" in coords.columns

    def draw(fig, ax):
        for kind, marker, color in (("row", "o", "#4e79a7"), ("column", "^", "#e15759")):
            sub = coords[coords["kind"] == kind]
            ys = sub["dim2"] if has2 else [0.0] * len(sub)
            ax.scatter(sub["dim1"], ys, marker=marker, color=color, s=40 if kind == "row" else 70, zorder=2)
            for x, y, label in zip(sub["dim1"], ys, sub["label"]):
                ax.annotate(str(label), (x, y), textcoords="offset points", xytext=(4, 4), fontsize=9,
                            color="#1d1d1f" if kind == "row" else color)
        ax.axhline(0, color="#bbb", linewidth=0.7, zorder=1)
        ax.axvline(0, color="#bbb", linewidth=0.7, zorder=1)
        ax.set_xlabel(f"dimension 1 ({eig['percent'].iloc[0]:.1f}% of inertia)", fontsize=9)
        if has2 and len(eig) > 1:
            ax.set_ylabel(f"dimension 2 ({eig['percent'].iloc[1]:.1f}% of inertia)", fontsize=9)
        ax.set_title(title, fontsize=11)
        ax.margins(0.15)

    return _draw(draw, name, title, (7.5, 5.5))


def _wide_frequency(freq: pd.DataFrame, by: str, top: int) -> pd.DataFrame:
    """Rank x group table of "word (count)" cells."""
    freq = freq[freq["rank"] <= top].copy()
    freq["cell"] = freq["word"] + " (" + freq["count"].astype(str) + ")"
    freq["n"] = freq.groupby(by, sort=False).cumcount() + 1
    wide = freq.pivot(index="n", columns=by, values="cell").fillna("")
    wide.index.name = "rank"
    return wide.reset_index()


def _kwic_html(lines: pd.DataFrame, labels: dict[str, str], by: str) -> str:
    out = []
    for code_value, sub in lines.groupby("code", sort=False):
        code = str(code_value)
        rows = []
        for r in records(sub):
            marked = html.escape(r.marked).replace("\x04", "<mark>").replace("\x05", "</mark>")
            tag = f"{html.escape(str(r.seg_id))}<br>{html.escape(str(getattr(r, by, '')))}"
            rows.append(f'<tr><td class="muted">{tag}</td><td class="kl"><span>{html.escape(r.left)}</span></td>'
                        f'<td class="km">{marked}</td><td class="kr">{html.escape(r.right)}</td></tr>')
        out.append(f"<h3>{html.escape(labels.get(code, code))} <span class='muted'>({html.escape(code)})</span></h3>"
                   f'<table class="kwic">{"".join(rows)}</table>')
    return "\n".join(out)


def explore_sections(explore: dict[str, Any], codebook: Any, by: str) -> dict[str, list[Section]]:
    """Sections for the exploration tables of a study (:func:`qualcode.explore.study_tables`), keyed by where they
    go: ``"after_cooccurrence"`` (code network, correspondence analysis) and ``"after_exemplars"`` (words and
    keyness, KWIC of each theme)."""
    labels = {c.id: c.label or c.id for c in codebook.codes}
    after_co, after_ex = [], []
    net = explore.get("code_network")
    if net is not None and len(net.nodes):
        fig = network_figure(net, name="code_network", title="Themes raised by the same respondent (Jaccard)")
        after_co.append(Section(
            "Theme network 主题共现网络", anchor="network", figures=[fig],
            tables=[("code network nodes", net.nodes), ("code network edges", net.edges)],
            intro=("Two themes are joined when the same respondent raises both; line width is the Jaccard coefficient, "
                   "node size the number of respondents, colour the community (greedy modularity). Node and edge "
                   "tables are below and in the workbook; 'qualcode network --codes' writes GraphML and GEXF."),
            intro_zh=INTRO_ZH["network"]))
    ca = explore.get("ca")
    if ca is not None:
        fig = ca_biplot(ca, title=f"Themes by {by}: correspondence analysis")
        coords = ca.coordinates.round({c: 3 for c in ca.coordinates.columns if c.startswith("dim")})
        after_co.append(Section(
            "Correspondence analysis 对应分析", anchor="ca", figures=[fig],
            tables=[("ca inertia", ca.eigenvalues), ("ca coordinates", coords)],
            intro=(f"Themes and groups of {by} in the plane that best shows how the groups differ in the themes they "
                   "raise (counts: respondents raising each theme per group). Points close together have similar "
                   "profiles; axes give the share of inertia shown; coordinates are principal coordinates."),
            intro_zh=INTRO_ZH["ca"]))
    freq = explore.get("frequency")
    keys = explore.get("keyness")
    keys = keys if keys is not None else pd.DataFrame(columns=["direction", by])
    if freq is not None and len(freq):
        key_cols = [by, "word", "direction", "count", "per_10k", "per_10k_ref", "g2", "log_ratio", "respondents"]
        shown = keys[keys["direction"] == "+"].groupby(by, sort=False).head(10)[key_cols] if len(keys) else keys
        after_ex.append(Section(
            f"Words and key words by {by} 高频词与关键词", anchor="words",
            tables=[("word frequency", freq), ("key words", keys)],
            display={"word frequency": _wide_frequency(freq, by, 15), "key words": shown},
            intro=(f"The content words respondents use most, per {by} (stop words and fillers removed as in "
                   "segmentation), and each group's key words: words it uses clearly more than the other respondents "
                   "(log-likelihood G2, BH-adjusted p < 0.05, log ratio as effect size; at least 5 uses by at least "
                   "2 respondents). The workbook has every word and the words used less (-)."),
            intro_zh=INTRO_ZH["words"]))
    lines = explore.get("kwic")
    if lines is not None and len(lines):
        after_ex.append(Section(
            "Keywords in context 关键词语境", anchor="kwic", extra_html=_kwic_html(lines, labels, by),
            workbook_tables=[("kwic", lines.drop(columns=["marked"], errors="ignore"))],
            intro=("Coded passages of each theme in their context (20 characters each side, within the turn), the "
                   "matched words highlighted; each line gives its segment id, which leads back to the source file "
                   "(offsets in the workbook). Quotes are pseudonymised."),
            intro_zh=INTRO_ZH["kwic"]))
    return {"after_cooccurrence": after_co, "after_exemplars": after_ex}
