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
# # Quick start: from transcripts to themes by respondent role
#
# This notebook runs the core of a qualcode analysis on the bundled corpus `corpora/chifeng`: read the transcripts,
# segment them, code them with the study codebook, and count which respondents raise which theme, by role.
#
# **The corpus is constructed.** `corpora/chifeng` imitates the interviews of a thesis on how policies for children in
# distress (困境儿童) were implemented in Chifeng City, Inner Mongolia; the thesis's transcripts are not public. Every
# interview here was written for demonstration, so every number below describes the demonstration corpus, not the
# thesis.
#
# Run it from the repository root (or from `notebooks/`: the next cell finds the root). Nothing is downloaded and
# nothing is written except the segmenter's cache (`~/.cache/qualcode`, or `$QUALCODE_CACHE_DIR`).

# %%
from pathlib import Path

import pandas as pd

import qualcode as qc

pd.set_option("display.width", 160)
pd.set_option("display.max_columns", 20)
pd.set_option("display.max_colwidth", 50)

ROOT = Path.cwd() if (Path.cwd() / "corpora").is_dir() else Path.cwd().parent  # repository root
print("qualcode", qc.__version__, "| repository:", ROOT)

# %% [markdown]
# ## 1. Read the corpus
#
# `read_corpus` reads every transcript of the folder, splits it into speaker turns with exact character offsets into
# the file's text, and joins the respondent attributes (`respondents.csv`, front matter). Problems would be reported
# as `path:line: message (hint: ...)`, all at once.

# %%
corpus = qc.read_corpus(ROOT / "corpora" / "chifeng")
respondents = corpus.respondents()
print(len(corpus), "interviews;", len(corpus.turns()), "turns")
respondents.groupby("role").size()

# %% [markdown]
# ## 2. Load the codebook, segment and auto-code
#
# The codebook (`codebooks/children_in_distress.yaml`) holds the study's themes and the rules that find them.
# `code_corpus` is the pipeline every qualcode command uses: it cuts the turns into sentences and words (jieba, or
# rjieba when installed) with the codebook's terms kept whole, keeps the interviewer's questions (answer rules read
# them), and applies the codebook's rules to every respondent sentence.

# %%
codebook = qc.load_codebook(ROOT / "codebooks" / "children_in_distress.yaml")
coded = qc.code_corpus(corpus, codebook)
segments, codings, coder = coded.segments, coded.codings, coded.coder
print(codebook.name, "version", codebook.version, "-", len(codebook), "codes;",
      int((segments["speaker_kind"] == "respondent").sum()), "respondent segments;", len(codings), "codings")
segments[["seg_id", "role", "speaker_kind", "text", "tokens"]].head()

# %% [markdown]
# ## 3. The evidence of each code
#
# Each coding names its evidence, so a coder can check it: the readable `evidence`, and the same as data, the
# `rules` that fired, the matched `terms` and their `spans` (offsets into the transcript).

# %%
codings[["seg_id", "role", "code", "evidence", "terms", "spans"]].head()

# %% [markdown]
# ## 4. Themes by role, counted by respondent
#
# The qualitative convention: a theme counts once per respondent who raises it, however often they do, so one
# talkative respondent does not dominate. The denominator `total` is *every* respondent of the role.
# The themes are the codes that carry rules (the top-level codes group them).

# %%
themes = [c.id for c in codebook.codes if c.rules]
table = qc.crosstab(codings, segments, by="role", unit="respondent", codebook=codebook, codes=themes)
table.pivot(index="code", columns="group", values="n").loc[themes]

# %% [markdown]
# The same as percentages of each role's respondents:

# %%
table.pivot(index="code", columns="group", values="percent").loc[themes].round(0)

# %% [markdown]
# ## 5. Is a theme associated with role?
#
# One test per theme (chi-square, or an exact test when counts are small, as here), Cramér's V as the effect size,
# and Holm-adjusted p-values over the themes. With 30 interviews, only large differences can reach significance;
# read the effect sizes and the counts, not only the p-values.

# %%
assoc = qc.association(codings, segments, by="role", unit="respondent", codebook=codebook, codes=themes)
assoc[["code", "n_coded", "test", "p_value", "p_adjusted", "cramers_v", "largest_residual_group"]].round(3)

# %% [markdown]
# ## 6. Exemplar quotes
#
# Up to `n` quotes per theme and role, clearest evidence first, one per respondent before anyone gives a second.

# %%
quotes = qc.exemplars(codings, segments, code="publicity_weak", by="role", n=2, codebook=codebook)
quotes[["group", "rank", "seg_id", "text"]]

# %% [markdown]
# ## Where next
#
# - `02_codebook.py`: writing and checking a codebook, and scoring it against hand coding.
# - `03_topics.py`: topic models, and choosing the number of topics.
# - `04_validation.py`: validating the machine codes with two coders.
# - `qualcode reproduce --out out` runs the whole study (with topics, agreement and a report) in one command.
