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
# # Validating machine codes with two coders
#
# Machine codes are proposals. Before they go into a finding, human coders check a sample of them, and the
# agreement between coders (and between the machine and a coder) is reported. This notebook walks through that on the
# bundled, **constructed** corpus `corpora/chifeng`: auto-code, draw a stratified review sample, compare two coders,
# score the machine against a coder, list disagreements for adjudication, keep everything in a project store, and
# export a coding sheet for the next round. Background and limits: `docs/validation.md`.
#
# **The two coders are simulated.** The corpus comes with one human gold coding (`corpora/chifeng/gold`, every
# respondent turn coded by hand from the coding guide). Here *coder A* is that gold coding and *coder B* is the same
# gold coding with a random 5 % of its decisions (turn × theme: coded / not coded) flipped, with a fixed seed. This
# shows how the statistics behave; it is not a measurement of real inter-coder agreement, which needs two people
# coding independently.
#
# Everything is written to a temporary folder (the segmenter also caches into `~/.cache/qualcode`).

# %%
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

import qualcode as qc

pd.set_option("display.width", 160)
pd.set_option("display.max_columns", 12)
pd.set_option("display.max_colwidth", 50)

ROOT = Path.cwd() if (Path.cwd() / "corpora").is_dir() else Path.cwd().parent  # repository root
work = Path(tempfile.mkdtemp(prefix="qualcode-validation-"))

# %% [markdown]
# ## 1. Auto-code at the turn unit
#
# The gold coding is per respondent turn, so the machine codes turns here (`unit="turn"`; each turn's sentences are
# still matched with the same rules).

# %%
corpus = qc.read_corpus(ROOT / "corpora" / "chifeng")
codebook = qc.load_codebook(ROOT / "codebooks" / "children_in_distress.yaml")
themes = [c.id for c in codebook.codes if c.rules]
coded = qc.code_corpus(corpus, codebook, unit="turn")
turns, machine = coded.segments, coded.codings
print(int((turns["speaker_kind"] == "respondent").sum()), "respondent turns;", len(machine), "machine codings on",
      machine["seg_id"].nunique(), "turns")

# %% [markdown]
# ## 2. Draw the review sample
#
# `sample_for_review` stratifies by machine code × role (a turn with several codes goes to the stratum of its rarest
# code) and adds strata of turns *without* a machine code, without which recall could never be estimated. The size
# estimates overall agreement to ±0.1 at 95 % (expected agreement 0.8, finite-population corrected). `weight` is the
# number of turns each sampled turn stands for.

# %%
sample = qc.sample_for_review(turns, machine, seed=0)
ids = sample["seg_id"].tolist()
print(len(sample), "turns to review")
sample.groupby("stratum").agg(n=("seg_id", "size"), weight=("weight", "first")).head(10)

# %% [markdown]
# ## 3. Two coders (simulated)
#
# Coder A: the gold coding of the sampled turns. Coder B: coder A with each (turn, theme) decision flipped with
# probability 0.05 (seed 7), so B sometimes misses a theme A gave and sometimes adds one A did not.

# %%
gold = qc.read_gold(sorted((ROOT / "corpora" / "chifeng" / "gold").glob("*.csv")))
gold_codes = gold.set_index("seg_id")["codes"].map(set)

rng = np.random.default_rng(7)
FLIP = 0.05
rows_a, rows_b = [], []
for seg_id in ids:
    for code in themes:
        in_a = code in gold_codes[seg_id]
        in_b = (not in_a) if rng.random() < FLIP else in_a
        if in_a:
            rows_a.append((seg_id, code, "coder_A"))
        if in_b:
            rows_b.append((seg_id, code, "coder_B"))
coder_a = pd.DataFrame(rows_a, columns=["seg_id", "code", "coder"])
coder_b = pd.DataFrame(rows_b, columns=["seg_id", "code", "coder"])
print("coder A:", len(coder_a), "codes; coder B:", len(coder_b), "codes on", len(ids), "turns")

# %% [markdown]
# ## 4. Agreement between the coders
#
# Per theme: percent agreement (inflated by the many turns that carry neither code), **Cohen's kappa** and
# **Krippendorff's alpha** (chance-corrected), with 95 % bootstrap intervals. `cluster="doc"` resamples whole
# interviews rather than single turns: turns of one interview are not independent, and the honest interval is
# wider. The units are the sampled turns, so a turn neither coder coded counts as agreement on "absent".

# %%
two_coders = pd.concat([coder_a, coder_b], ignore_index=True)
sampled = turns[turns["seg_id"].isin(ids)]  # the units, with the document of each (for cluster="doc")
agree = qc.agreement(two_coders, sampled, codes=themes, n_boot=500, seed=0, cluster="doc")
agree[["code", "n_units", "n_coded", "percent_agreement", "kappa", "kappa_low", "kappa_high", "alpha",
       "alpha_low", "alpha_high"]].round(2)

# %% [markdown]
# Read the lower end of each interval and `n_coded`: a theme coded on a handful of turns has a wide interval, and a
# kappa of 0.6 with a lower bound of 0.2 says little. Conventional bands (Krippendorff: alpha ≥ 0.8 reliable,
# ≥ 0.667 tentative) are conventions, not tests.
#
# ## 5. The machine against a coder
#
# Precision, recall and F1 of the rules against coder A on the sampled turns. With `weights=sample` each turn counts
# for the turns of its stratum, so the estimate is for the whole corpus rather than for the over-sampled rare strata
# (the counts become weighted sums).

# %%
machine_and_a = pd.concat([machine[["seg_id", "code", "coder"]], coder_a], ignore_index=True)
prf = qc.machine_vs_human(machine_and_a, ids, machine="auto:rules", human="coder_A", codes=themes, weights=sample)
prf.round(2)

# %% [markdown]
# The study's rules were tuned on these very transcripts, so this estimate is optimistic: on ten interviews written
# independently and never seen while tuning (`corpora/chifeng_blind`) the same rules scored lower, and on real
# transcripts they will score lower again (`docs/accuracy.md`, `docs/methods.md`). Validate on your own data.
#
# ## 6. Disagreements, for adjudication
#
# Every (turn, theme) on which the coders differ, with each coder's codes and the text; coders discuss these and
# record a decision.

# %%
disagree = qc.disagreements(two_coders, turns[turns["seg_id"].isin(ids)], codes=themes)
print(len(disagree), "disagreements")
disagree[["seg_id", "code", "coded_by", "not_coded_by", "text"]].head()

# %% [markdown]
# ## 7. A project store
#
# A `Project` is one SQLite file holding the corpus, the segments, every codebook version and every coder's codings
# (and later the review decisions), each write in one transaction. The command line has the same steps
# (`qualcode project init / add-codebook / add-codings / status`).

# %%
project = qc.Project.init(work / "study.qcp")
project.add_corpus(corpus)
project.add_segments(turns)
version = project.add_codebook(codebook, label="study codebook")
project.add_codings(machine, coder="auto:rules", codebook_version=version)
project.add_codings(coder_a, codebook_version=version)
project.add_codings(coder_b, codebook_version=version)
project.status_table()

# %%
project.close()

# %% [markdown]
# ## 8. A coding sheet for the next round
#
# `export_sheet` writes one row per sampled turn with its context, the machine's proposed codes and evidence, and
# empty columns for the coder's decision; `import_sheet` reads it back and checks the text has not been changed.
# (Pass `pseudonymise=` a fitted `Pseudonymiser` before sharing a sheet outside the team: `docs/privacy.md`.)

# %%
sheet = qc.export_sheet(turns, machine, work / "review_round1.xlsx", codebook=codebook, sample_ids=ids)
print(sheet.name, "written to the temporary folder")
pd.read_excel(sheet)[["seg_id", "role", "text", "proposed", "decision", "codes"]].head()
