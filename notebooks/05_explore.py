# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Exploring the words: frequency, key words, KWIC, collocations, networks, correspondence analysis, new words
#
# Before a codebook is applied, a researcher reads the words. This notebook explores the bundled corpus
# `corpora/chifeng` the way KH Coder's users do, with `qualcode.explore`: every function takes the pipeline's segments
# table (respondent rows; stop words and fillers removed as in segmentation) and returns a tidy table that carries the
# respondent attributes, so every picture has its data.
#
# **The corpus is constructed** for demonstration: it imitates the interviews of a thesis whose transcripts are not
# public, so every number below describes the demonstration corpus. Nothing is downloaded; files are written only to a
# temporary folder.

# %%
import tempfile
from pathlib import Path

import pandas as pd
from IPython.display import HTML, SVG, display

import qualcode as qc
from qualcode import explore, report

pd.set_option("display.width", 160)
pd.set_option("display.max_columns", 20)
pd.set_option("display.unicode.east_asian_width", True)

ROOT = Path.cwd() if (Path.cwd() / "corpora").is_dir() else Path.cwd().parent  # repository root
OUT = Path(tempfile.mkdtemp(prefix="qualcode-explore-"))

corpus = qc.read_corpus(ROOT / "corpora" / "chifeng")
codebook = qc.load_codebook(ROOT / "codebooks" / "children_in_distress.yaml")
coded = qc.code_corpus(corpus, codebook)  # the one pipeline: segments (all speakers) and codings
segments, codings = coded.segments, coded.codings
print(len(corpus), "interviews,", int((segments["speaker_kind"] == "respondent").sum()), "respondent sentences")

# %% [markdown]
# ## 1. Which words, by whom
#
# `word_frequency` counts occurrences (`count`, `per_10k`), segments and respondents using each word (document
# frequency). Per role, the counts are relative to the role's own words.

# %%
freq = qc.word_frequency(segments, by="role", top=8)
freq.assign(place=freq.groupby("role").cumcount() + 1).pivot(index="place", columns="role", values="word")

# %% [markdown]
# Per respondent, the attributes come along (any attribute works as `by`):

# %%
qc.word_frequency(segments, by="respondent_id", top=1)[["respondent_id", "word", "count", "role", "district"]].head()

# %% [markdown]
# ## 2. Key words of each role
#
# Words a role uses more (`+`) or less (`-`) than the other respondents: log-likelihood G2 with BH-adjusted p-values,
# and the log ratio as effect size (+1 = twice as often). A key word must be used at least 5 times by at least 2
# respondents. Against general Chinese (`reference="general"`, jieba's dictionary frequencies) the spoken register and
# the domain's terms stand out instead.

# %%
keys = qc.keyness(segments, by="role", top=5)
keys[keys["direction"] == "+"][["role", "word", "count", "count_ref", "g2", "log_ratio", "respondents"]].round(2)

# %% [markdown]
# ## 3. Keyword in context
#
# Each line links back to its source: `doc_id, turn, sentence` and the offsets of the match in the transcript.
# `format_kwic` aligns the keyword column by display width (a Chinese character takes two columns).

# %%
lines = qc.kwic(segments, "儿童主任", window=14, by="role")
print(qc.format_kwic(lines.head(8), window=14))
doc = corpus[lines["doc_id"].iloc[0]]
assert doc.text[lines["start"].iloc[0]:lines["end"].iloc[0]] == "儿童主任"  # the offsets point into the file

# %% [markdown]
# A code as the query shows every coded passage in context, with the words the rules matched highlighted:

# %%
coded_lines = qc.kwic(segments, code="publicity_weak", codings=codings, window=12)
display(HTML(explore.kwic_html(coded_lines.head(6))))

# %% [markdown]
# ## 4. Collocations
#
# Word pairs within five content words, ranked by log-likelihood; PMI favours rare pairs, the t-score frequent ones.

# %%
qc.collocations(segments, window=5, top=8)[["word_a", "word_b", "count", "pmi", "log_likelihood", "t_score"]].round(2)

# %% [markdown]
# ## 5. Co-occurrence networks
#
# Words found in the same segment, joined by their Jaccard coefficient; communities (greedy modularity) and centrality
# are in the node table, the edges in the edge table. GraphML and GEXF files open in Gephi.

# %%
net = qc.word_network(segments, top_words=40, max_edges=40)
net.write_graphml(OUT / "words.graphml")
display(SVG(report.network_figure(net, name="words").svg))
net.nodes.sort_values("betweenness", ascending=False).head(5)

# %% [markdown]
# The same for the themes: two themes are joined when the same respondent raises both.

# %%
themes = [c.id for c in codebook.codes if c.rules]
code_net = qc.code_network(codings, segments, codebook=codebook, codes=themes)
code_net.edges.head(5).round(3)

# %% [markdown]
# ## 6. Correspondence analysis of themes by role
#
# Themes and roles in the plane that best shows how the roles differ in the themes they raise (counts: respondents).

# %%
ca = qc.correspondence(segments, by="role", codings=codings, codebook=codebook, codes=themes)
display(SVG(report.ca_biplot(ca).svg))
ca.eigenvalues.round(3)

# %% [markdown]
# ## 7. New words the segmenter splits
#
# Candidates hold together (PMI between their parts) and occur in free contexts (left and right branching entropy),
# and the segmenter cuts them. Review them; then one call adds the kept ones to a user dictionary and to the
# codebook's lexicon, so the pipeline keeps them whole from then on.

# %%
cands = qc.discover_words(segments, min_count=3, top=10)
cands[["word", "count", "pmi", "left_entropy", "right_entropy", "segmented_as", "respondents"]].round(2)

# %%
kept = ["妇女主任", "村会计"]  # the reviewer's choice
new_codebook = qc.accept_words(kept, codebook=codebook, user_dict=OUT / "user_dict.txt")
print(new_codebook.settings["lexicon"]["discovered"], "|", (OUT / "user_dict.txt").read_text(encoding="utf-8").split())
print(coded.segmenter.tokenize("她是村里的妇女主任"), "->",
      qc.coding.corpus_segmenter(new_codebook).tokenize("她是村里的妇女主任"))

# %% [markdown]
# ## Where next
#
# - The same functions are commands: `qualcode freq`, `keyness`, `kwic`, `collocations`, `network`, `ca`, `newwords`.
# - `qualcode report` puts frequency and key words by role, KWIC of each theme, the theme network and the
#   correspondence analysis in the report, each with its table in the workbook.
# - Formulas and references: `docs/methods.md`, "Exploring the words".
