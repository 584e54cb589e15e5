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
# # Topic models, and choosing the number of topics
#
# A codebook finds what you decided to look for. A topic model shows what else the respondents talk about: it
# groups words that occur together into topics, without being told the themes. This notebook fits topic models on
# the bundled (constructed) corpus `corpora/chifeng`, compares numbers of topics `k`, names the topics after codebook
# themes, seeds topics with the codebook's terms, and compares topic prevalence across respondent roles with
# bootstrap intervals.
#
# The sweep is kept small (k = 4..8, two seeds) so that the notebook runs in well under a minute; the bundled study
# (`qualcode reproduce`) sweeps k = 4..10 with three seeds. Nothing is downloaded; the segmenter caches its results in
# `~/.cache/qualcode` (or `$QUALCODE_CACHE_DIR`).

# %%
import warnings
from pathlib import Path

import pandas as pd

import qualcode as qc

pd.set_option("display.width", 160)
pd.set_option("display.max_columns", 12)
pd.set_option("display.max_colwidth", 80)

ROOT = Path.cwd() if (Path.cwd() / "corpora").is_dir() else Path.cwd().parent  # repository root

# %% [markdown]
# ## 1. Segments at the turn unit
#
# Topic models need words that co-occur; a sentence of an interview has too few of them, so topics are modelled on
# whole respondent turns (the study does the same: `topic_unit="turn"`). Stop words and fillers (嗯, 那个, 就是 ...)
# are left out by the model.

# %%
corpus = qc.read_corpus(ROOT / "corpora" / "chifeng")
codebook = qc.load_codebook(ROOT / "codebooks" / "children_in_distress.yaml")
turns = qc.code_corpus(corpus, codebook, unit="turn").segments  # the pipeline's segments (topic models use the respondents')
print(int((turns["speaker_kind"] == "respondent").sum()), "respondent turns")
turns[["seg_id", "role", "speaker_kind", "text"]].head()

# %% [markdown]
# ## 2. Sweep k
#
# `sweep_k` fits one model per k and seed and scores it: **coherence** (`c_v`, `c_npmi`: do a topic's top words
# occur together in the texts?) and **stability** (do different random seeds give the same top words?). `u_mass` is
# shown but falls with k almost regardless of quality.

# %%
with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)  # "few segments per topic" warnings at the larger k
    sweep = qc.sweep_k(turns, ks=range(4, 9), seeds=(0, 1))
sweep[["k", "c_v", "c_npmi", "u_mass", "stability", "n_segments", "n_terms", "empty_topics"]].round(3)

# %% [markdown]
# `recommend_k` scales coherence and stability to 0..1, averages them, and takes the **smallest** k within 0.02 of
# the best score: among practically tied models, fewer and broader topics are easier to read. It is a guide, not a
# verdict. Choosing k is a judgement: read the top terms of the neighbouring ks too, and report the sweep with the
# k you chose.

# %%
k = qc.recommend_k(sweep)
print("recommended k:", k)

# %% [markdown]
# ## 3. Fit and read the model

# %%
model = qc.TopicModel(n_topics=k, random_state=0).fit(turns)
terms = model.top_terms(8)
terms.groupby("topic")["term"].apply(" ".join).to_frame("top terms")

# %% [markdown]
# `label_topics` names each topic after the codebook theme whose terms its top words share most, or `new` when no
# theme matches well (a topic the codebook does not cover: worth reading).

# %%
model.label_topics(codebook)[["topic", "label", "overlap", "matched"]].round(2)

# %% [markdown]
# ## 4. Seeded topics
#
# Unseeded topics in a small corpus are dominated by frequent words (孩子, 社区, 村里). Seeding nudges topics towards
# the codebook: `seeds_from_codebook` takes each code's literal `any:` terms; with `level=1` the themes are rolled up
# into the top-level codes, giving one seed list per top-level code. Each seeded topic starts with extra weight on its
# seed words; the remaining topics are free.

# %%
seeds = qc.seeds_from_codebook(codebook, level=1)
print({code: words[:6] for code, words in seeds.items()})

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    seeded = qc.TopicModel(n_topics=max(k, len(seeds)), seed_terms=seeds, random_state=0).fit(turns)
labels = seeded.label_topics(codebook)[["topic", "label", "seeded"]]
top = seeded.top_terms(8).groupby("topic")["term"].apply(" ".join).rename("top terms")
labels.join(top, on="topic")

# %% [markdown]
# ## 5. Topics by role, with bootstrap intervals
#
# `topics_by` gives each role's mean topic proportion and a 95 % percentile bootstrap interval that resamples
# **respondents** within the role (their turns stay together, since turns of one interview are not independent).
# With 6 to 14 respondents per role the intervals are wide: overlapping intervals mean the corpus cannot tell the
# roles apart on that topic.

# %%
prevalence = qc.topics_by(seeded, by="role", n_boot=500, random_state=0)
prevalence["estimate"] = prevalence.apply(
    lambda r: f"{r.prevalence:.2f} [{r.ci_low:.2f}, {r.ci_high:.2f}]", axis=1)
prevalence.pivot(index="topic", columns="group", values="estimate")

# %% [markdown]
# The turns that carry a topic most clearly, to read what it is about:

# %%
seeded.representative_quotes(1)[["topic", "seg_id", "role", "proportion", "text"]].round(2)
