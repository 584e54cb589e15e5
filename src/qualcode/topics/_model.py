"""TopicModel: LDA / NMF / tomotopy topic models over a segments table, with scikit-learn conventions."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from qualcode._params import Params
from qualcode.errors import NotFittedError, require
from qualcode.topics._corpus import (
    as_tokens,
    attribute_columns,
    build_vocabulary,
    check_segments,
    content_token_lists,
    resolve_stopwords,
    respondent_rows,
    segments_issue,
)
from qualcode.topics._seeds import label_topic_terms

METHODS = ("lda", "nmf", "sklearn_lda", "tomotopy")
MEASURES = ("c_v", "c_npmi", "u_mass")
#: Fewer segments per topic than this makes a UserWarning.
MIN_DOCS_PER_TOPIC = 10
#: Fewer vocabulary terms per topic than this makes a UserWarning.
MIN_TERMS_PER_TOPIC = 5
#: Default ``iterations`` per method (see TopicModel).
DEFAULT_ITERATIONS = {"lda": 50, "nmf": 400, "sklearn_lda": 100, "tomotopy": 500}


def _identity(tokens):
    """Analyzer for CountVectorizer/TfidfVectorizer over pre-tokenized, pre-filtered token lists."""
    return tokens


class TopicModel(Params):
    """A topic model fitted on the ``tokens`` of a segments table.

    Parameters
    ----------
    n_topics : int, default 8
        Number of topics (>= 2).
    method : {"lda", "nmf", "sklearn_lda", "tomotopy"}
        ``"lda"``: gensim ``LdaModel`` (online variational Bayes; default). ``"nmf"``: scikit-learn ``NMF`` on TF-IDF.
        ``"sklearn_lda"``: scikit-learn ``LatentDirichletAllocation`` (batch). ``"tomotopy"``: tomotopy ``LDAModel``
        (collapsed Gibbs sampling; optional package, ``pip install 'qualcode[tomotopy]'``).
    min_df, max_df : int or float
        Keep terms found in at least ``min_df`` and at most ``max_df`` segments (int = count, float = share).
    stopwords : set of str, a Segmenter, None or False
        Words never modelled. ``None``: the segmenter's shipped stop words and fillers; a Segmenter: its
        ``get_stopwords()``; ``False`` or ``()``: keep every word.
    min_chars : int, default 2
        Shorter tokens are dropped (most one-character Chinese tokens are function words). Tokens without any letter
        (punctuation, numbers) are always dropped.
    seed_terms : mapping label -> list of terms, optional
        Codebook-seeded topics (``seeds_from_codebook``): topic ``i`` is seeded with the ``i``-th label's terms, which
        get a topic-word prior of ``seed_weight`` in that topic (gensim ``eta`` / tomotopy ``set_word_prior``), in the
        spirit of keyATM. A seed term that is not a vocabulary term stands for the vocabulary terms containing it
        (``报销`` seeds ``医保报销``). Methods "lda" and "tomotopy" only.
    seed_weight : float, default 5.0
        Prior pseudo-count of a seed term in its topic (other topic-word priors are ``1/n_topics`` for gensim and
        ``0.01`` for tomotopy).
    passes : int, default 10
        Passes over the corpus (gensim ``passes``; scikit-learn LDA ``max_iter``).
    iterations : int, optional
        gensim per-document inference iterations (default 50), NMF ``max_iter`` (400), scikit-learn LDA
        ``max_doc_update_iter`` (100), tomotopy Gibbs sweeps (500).
    include_interviewer : bool, default False
        Interviewer segments are left out unless this is true.
    random_state : int, default 0
        Two fits with the same ``random_state`` on the same table give the same model.

    Fitted attributes: ``vocabulary_`` (list of terms), ``components_`` (n_topics x n_terms, rows sum to 1),
    ``doc_topic_`` (n_segments x n_topics, rows sum to 1), ``segments_`` (the modelled rows, without tokens),
    ``tokens_`` (their content tokens), ``n_dropped_`` (segments left without any vocabulary term),
    ``seed_labels_`` (seed label or None per topic), ``seed_terms_`` (the seed terms found in the vocabulary),
    ``empty_topics_`` (topics that are the main topic of no segment; a UserWarning names them), ``model_`` (the
    backend's model).
    """

    def __init__(
        self,
        n_topics: int = 8,
        method: str = "lda",
        min_df: int | float = 2,
        max_df: int | float = 0.5,
        stopwords: Any = None,
        min_chars: int = 2,
        seed_terms: Mapping[str, Sequence[str]] | None = None,
        seed_weight: float = 5.0,
        passes: int = 10,
        iterations: int | None = None,
        include_interviewer: bool = False,
        random_state: int = 0,
    ):
        self.n_topics = n_topics
        self.method = method
        self.min_df = min_df
        self.max_df = max_df
        self.stopwords = stopwords
        self.min_chars = min_chars
        self.seed_terms = seed_terms
        self.seed_weight = seed_weight
        self.passes = passes
        self.iterations = iterations
        self.include_interviewer = include_interviewer
        self.random_state = random_state

    # ------------------------------------------------------------------ fitting
    def _check_params(self) -> None:
        k = self.n_topics
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)):
            raise ValueError(f"n_topics == {k!r}, must be an int >= 2")
        if k < 2:
            raise ValueError(
                f"n_topics == {k}, must be >= 2 (one topic holds every segment and says nothing; try 4 to 12, "
                "or compare them with sweep_k)"
            )
        if self.method not in METHODS:
            raise ValueError(f"method == {self.method!r}, must be one of {', '.join(map(repr, METHODS))}")
        for name, low in (("passes", 1), ("min_chars", 0)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < low:
                raise ValueError(f"{name} == {value!r}, must be an int >= {low}")
        if self.iterations is not None and (not isinstance(self.iterations, (int, np.integer)) or self.iterations < 1):
            raise ValueError(f"iterations == {self.iterations!r}, must be None or an int >= 1")
        if not isinstance(self.seed_weight, (int, float)) or self.seed_weight <= 0:
            raise ValueError(f"seed_weight == {self.seed_weight!r}, must be a number > 0")
        if self.seed_terms:
            if not isinstance(self.seed_terms, Mapping):
                raise ValueError("seed_terms must be a mapping {topic label: [terms]} (see seeds_from_codebook)")
            if self.method in ("nmf", "sklearn_lda"):
                raise ValueError(
                    f"seed_terms work as topic-word priors, which method == {self.method!r} does not have; "
                    "use method='lda' or method='tomotopy'"
                )
            for label, terms in self.seed_terms.items():
                if isinstance(terms, str) or not all(isinstance(t, str) for t in terms):
                    raise ValueError(f"seed_terms[{label!r}] must be a list of str, not {terms!r}")

    def _prepare(self, segments: pd.DataFrame) -> tuple[pd.DataFrame, list[list[str]]]:
        check_segments(segments)
        rows = respondent_rows(segments, self.include_interviewer)
        stop = resolve_stopwords(self.stopwords)
        docs = content_token_lists((as_tokens(v) for v in rows["tokens"]), stop, self.min_chars)
        return rows, docs

    def fit(self, segments: pd.DataFrame, y: Any = None) -> TopicModel:
        """Fit the model on a segments table (column ``tokens``) and return ``self``.

        Raises InputError (with a hint) when the table leaves fewer segments or vocabulary terms than topics, and warns
        (UserWarning) when there are fewer than 10 segments or 5 terms per topic.
        """
        self._check_params()
        self._forget()  # a failed refit must not leave the previous model looking fitted
        try:
            return self._fit(segments)
        except BaseException:
            self._forget()
            raise

    _FITTED = ("components_", "doc_topic_", "vocabulary_", "tokens_", "segments_", "n_dropped_", "seed_labels_",
               "seed_terms_", "empty_topics_", "model_", "method_", "vectorizer_", "_term_index", "_dictionary")

    def _forget(self) -> None:
        for name in self._FITTED:
            self.__dict__.pop(name, None)

    def _fit(self, segments: pd.DataFrame) -> TopicModel:
        k = int(self.n_topics)
        rows, docs = self._prepare(segments)
        if len(rows) == 0:
            raise segments_issue(
                "the segments table has no respondent segments to model",
                "pass the table Segmenter.segment returns (include_interviewer=True models interviewer turns too)",
            )
        vocab = build_vocabulary(docs, self.min_df, self.max_df)
        vset = set(vocab)
        docs = [[t for t in d if t in vset] for d in docs]
        keep = np.array([len(d) > 0 for d in docs], dtype=bool)
        n_docs = int(keep.sum())
        small_hint = (
            "use fewer topics, model sentences rather than turns (Segmenter(unit='sentence'), --unit sentence), "
            "lower min_df or raise max_df, or add interviews"
        )
        if len(vocab) == 0 or n_docs == 0:
            raise segments_issue(
                f"no term is left to model ({len(rows)} segments; min_df == {self.min_df!r}, "
                f"max_df == {self.max_df!r}, {len(resolve_stopwords(self.stopwords))} stopwords)",
                small_hint,
            )
        if len(vocab) < k or n_docs < k:
            raise segments_issue(
                f"too small for {k} topics: {n_docs} segments with {len(vocab)} vocabulary terms", small_hint
            )
        if n_docs < MIN_DOCS_PER_TOPIC * k:
            warnings.warn(
                f"only {n_docs} segments for {k} topics (fewer than {MIN_DOCS_PER_TOPIC} per topic): topics will be "
                f"unstable; {small_hint}",
                UserWarning,
                stacklevel=3,
            )
        if len(vocab) < MIN_TERMS_PER_TOPIC * k:
            warnings.warn(
                f"only {len(vocab)} vocabulary terms for {k} topics (fewer than {MIN_TERMS_PER_TOPIC} per topic): "
                f"topics will share most of their words; {small_hint}",
                UserWarning,
                stacklevel=3,
            )

        self.vocabulary_ = vocab
        self._term_index = {t: i for i, t in enumerate(vocab)}
        self.tokens_ = [d for d, kept in zip(docs, keep) if kept]
        self.segments_ = rows.loc[keep].drop(columns=["tokens"]).reset_index(drop=True)
        self.n_dropped_ = int(len(rows) - n_docs)
        self.seed_labels_, self.seed_terms_ = self._resolve_seeds(k)
        self._dictionary = None
        fit = getattr(self, f"_fit_{self.method}")
        components, doc_topic = fit(self.tokens_, k)
        self.components_ = _normalize_rows(np.asarray(components, dtype=float))
        self.doc_topic_ = _normalize_rows(np.asarray(doc_topic, dtype=float))
        self.method_ = self.method
        self._check_result(k)
        return self

    def _resolve_seeds(self, k: int) -> tuple[list[str | None], dict[str, list[str]]]:
        labels: list[str | None] = [None] * k
        found: dict[str, list[str]] = {}
        if not self.seed_terms:
            return labels, found
        missing_all = []
        seeds = list(self.seed_terms.items())
        if len(seeds) > k:  # more seeded themes than topics: the first k in the mapping's order are seeded
            warnings.warn(f"seed_terms has {len(seeds)} labels but n_topics == {k}: only the first {k} "
                          f"({', '.join(str(label) for label, _ in seeds[:k])}) seed a topic; order seed_terms by "
                          "priority, or fit at least as many topics as seeded themes", UserWarning, stacklevel=3)
            seeds = seeds[:k]
        for i, (label, terms) in enumerate(seeds):
            labels[i] = str(label)
            matched: list[str] = []
            for term in terms:
                term = term.strip()
                if term in self._term_index:
                    hits = [term]
                elif len(term) >= 2:
                    hits = [v for v in self.vocabulary_ if term in v]
                else:
                    hits = []
                matched.extend(h for h in hits if h not in matched)
            found[str(label)] = matched
            if not matched:
                missing_all.append(str(label))
        if missing_all:
            warnings.warn(
                f"no seed term of {', '.join(map(repr, missing_all))} is in the vocabulary; those topics are fitted "
                "unseeded (check the terms against the segmenter's tokens, or lower min_df)",
                UserWarning,
                stacklevel=4,
            )
        return labels, found

    def _check_result(self, k: int) -> None:
        main = np.bincount(self.doc_topic_.argmax(axis=1), minlength=k)
        used = int((main > 0).sum())
        if used < 2:
            raise segments_issue(
                f"the {self.method} model put every segment in one topic (of {k}); nothing separates the segments",
                "check that tokens are content words (stopwords), use fewer topics, lower min_df, or try method='nmf'",
            )
        empty = [int(t) for t in np.flatnonzero(main == 0)]
        self.empty_topics_ = empty
        if empty:
            warnings.warn(
                f"topics {empty} are the main topic of no segment; consider fewer topics (see sweep_k)",
                UserWarning,
                stacklevel=4,
            )

    # ---------------------------------------------------------------- backends
    def _iterations(self) -> int:
        return int(self.iterations or DEFAULT_ITERATIONS[self.method])

    def _bow(self, docs: Sequence[Sequence[str]]) -> list[list[tuple[int, int]]]:
        out = []
        for doc in docs:
            counts: dict[int, int] = {}
            for t in doc:
                i = self._term_index.get(t)
                if i is not None:
                    counts[i] = counts.get(i, 0) + 1
            out.append(sorted(counts.items()))
        return out

    def _gensim_dictionary(self):
        if getattr(self, "_dictionary", None) is None:
            from gensim.corpora import Dictionary

            d = Dictionary([self.vocabulary_])  # ids follow sorted order, like vocabulary_
            assert [d[i] for i in range(len(d))] == self.vocabulary_
            self._dictionary = d
        return self._dictionary

    def _fit_lda(self, docs, k):
        from gensim.models import LdaModel

        dictionary = self._gensim_dictionary()
        eta = None
        if any(self.seed_terms_.values()):
            eta = np.full((k, len(self.vocabulary_)), 1.0 / k)
            for t, label in enumerate(self.seed_labels_):
                for term in self.seed_terms_.get(label, []) if label is not None else []:
                    eta[t, self._term_index[term]] = float(self.seed_weight)
        corpus = self._bow(docs)
        model = LdaModel(
            corpus=None,
            id2word=dictionary,
            num_topics=k,
            passes=int(self.passes),
            iterations=self._iterations(),
            alpha="symmetric",
            eta=eta,
            eval_every=None,
            random_state=int(self.random_state),
            chunksize=2000,
        )
        if eta is not None:
            # gensim starts from random topics that ignore eta; start from the prior instead, so that seeded topics
            # begin on their seed terms (otherwise the first pass can carry them off to another theme).
            model.sync_state()
        model.update(corpus)
        self.model_ = model
        return model.get_topics(), self._lda_infer(corpus)

    def _lda_infer(self, corpus):
        from gensim.utils import get_random_state

        self.model_.random_state = get_random_state(int(self.random_state))  # same answer on every call
        gamma, _ = self.model_.inference(corpus)
        return gamma

    def _fit_nmf(self, docs, k):
        from sklearn.decomposition import NMF
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizer_ = TfidfVectorizer(analyzer=_identity, vocabulary=self.vocabulary_, lowercase=False)
        x = self.vectorizer_.fit_transform(docs)
        model = NMF(n_components=k, init="nndsvda", max_iter=self._iterations(), random_state=int(self.random_state))
        w = model.fit_transform(x)
        self.model_ = model
        return model.components_, w

    def _fit_sklearn_lda(self, docs, k):
        from sklearn.decomposition import LatentDirichletAllocation
        from sklearn.feature_extraction.text import CountVectorizer

        self.vectorizer_ = CountVectorizer(analyzer=_identity, vocabulary=self.vocabulary_, lowercase=False)
        x = self.vectorizer_.fit_transform(docs)
        model = LatentDirichletAllocation(
            n_components=k,
            learning_method="batch",
            max_iter=int(self.passes),
            max_doc_update_iter=self._iterations(),
            random_state=int(self.random_state),
        )
        theta = model.fit_transform(x)
        self.model_ = model
        return model.components_, theta

    def _fit_tomotopy(self, docs, k):
        tp = require("tomotopy", extra="tomotopy", purpose="method='tomotopy'")
        model = tp.LDAModel(k=k, min_cf=0, min_df=0, rm_top=0, alpha=0.1, eta=0.01, seed=int(self.random_state))
        for t, label in enumerate(self.seed_labels_):
            for term in self.seed_terms_.get(label, []) if label is not None else []:
                model.set_word_prior(term, {t: float(self.seed_weight)})
        for doc in docs:
            model.add_doc(list(doc))
        model.train(self._iterations(), workers=1)
        self.model_ = model
        order = [self._term_index[w] for w in model.used_vocabs]
        comp = np.zeros((k, len(self.vocabulary_)))
        for t in range(k):
            comp[t, order] = model.get_topic_word_dist(t)
        theta = np.array([d.get_topic_dist() for d in model.docs])
        return comp, theta

    # ------------------------------------------------------------- fitted use
    def _check_fitted(self) -> None:
        if not hasattr(self, "components_"):
            raise NotFittedError(
                f"This TopicModel is not fitted yet; call fit(segments) before using it "
                f"(e.g. TopicModel(n_topics={self.n_topics!r}).fit(segments))."
            )

    def _infer(self, docs: list[list[str]]) -> np.ndarray:
        k = self.components_.shape[0]
        if not docs:
            return np.zeros((0, k))
        if self.method_ == "lda":
            theta = self._lda_infer(self._bow(docs))
        elif self.method_ in ("nmf", "sklearn_lda"):
            theta = self.model_.transform(self.vectorizer_.transform(docs))
        else:
            made = [self.model_.make_doc(list(d)) for d in docs]
            dists, _ = self.model_.infer(made, iterations=100, workers=1)
            theta = np.array([np.asarray(d) for d in dists])
        return _normalize_rows(np.asarray(theta, dtype=float))

    def top_terms(self, n: int = 10) -> pd.DataFrame:
        """The ``n`` heaviest terms of each topic: columns ``topic, rank, term, weight``.

        ``topic`` is 0-based, ``rank`` 1-based; ``weight`` is the term's share of the topic (rows of
        ``components_`` sum to 1: the topic-word probability for LDA, the normalised NMF loading).
        """
        self._check_fitted()
        rows = []
        for t, weights in enumerate(self.components_):
            order = np.argsort(-weights, kind="stable")[:n]
            for rank, i in enumerate(order, start=1):
                rows.append((t, rank, self.vocabulary_[i], float(weights[i])))
        return pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"])

    def _topic_term_lists(self, n: int) -> list[list[str]]:
        return [[self.vocabulary_[i] for i in np.argsort(-w, kind="stable")[:n]] for w in self.components_]

    def _long(self, meta: pd.DataFrame, theta: np.ndarray) -> pd.DataFrame:
        ids = [c for c in ("seg_id", "doc_id", "respondent_id") if c in meta.columns]
        cols = ids + attribute_columns(meta)
        k = theta.shape[1]
        base = meta[cols].reset_index(drop=True)
        out = base.loc[base.index.repeat(k)].reset_index(drop=True)
        out["topic"] = np.tile(np.arange(k), len(base))
        out["proportion"] = theta.reshape(-1)
        return out

    def doc_topics(self) -> pd.DataFrame:
        """Topic proportions of every modelled segment, long: ``seg_id, doc_id, respondent_id``, the respondent
        attributes (``role``, ...), ``topic, proportion`` (one row per segment and topic; proportions sum to 1).

        Segments left without any vocabulary term are not modelled (``n_dropped_`` counts them)."""
        self._check_fitted()
        return self._long(self.segments_, self.doc_topic_)

    def transform(self, segments: pd.DataFrame) -> pd.DataFrame:
        """Topic proportions of (new) segments, in the long form of :meth:`doc_topics`. Segments without any
        vocabulary term are left out. Deterministic: the same call gives the same numbers."""
        self._check_fitted()
        rows, docs = self._prepare(segments)
        docs = [[t for t in d if t in self._term_index] for d in docs]
        keep = np.array([len(d) > 0 for d in docs], dtype=bool)
        theta = self._infer([d for d, kept in zip(docs, keep) if kept])
        return self._long(rows.loc[keep].drop(columns=["tokens"]), theta)

    def representative_quotes(self, n: int = 3, min_terms: int = 3) -> pd.DataFrame:
        """The ``n`` segments that most clearly carry each topic: columns ``topic, rank, seg_id, doc_id, role,
        start, end, text, proportion``.

        Segments are ranked by their proportion of the topic (ties: more content terms first); segments with fewer
        than ``min_terms`` content terms are only used when there are not enough others, and each respondent gives
        one quote before anyone gives a second."""
        self._check_fitted()
        meta = self.segments_
        lengths = np.array([len(d) for d in self.tokens_])
        resp = meta["respondent_id"] if "respondent_id" in meta.columns else meta.get("doc_id", meta["seg_id"])
        rows = []
        for t in range(self.doc_topic_.shape[1]):
            prop = self.doc_topic_[:, t]
            main = self.doc_topic_.argmax(axis=1) == t
            frame = pd.DataFrame({"i": np.arange(len(meta)), "prop": prop, "len": lengths, "resp": resp.to_numpy(),
                                  "short": lengths < min_terms, "main": main})
            frame = frame[frame["main"]] if frame["main"].sum() >= n else frame
            frame = frame.sort_values(["short", "prop", "len"], ascending=[True, False, False], kind="stable")
            frame["turn_of_resp"] = frame.groupby("resp", sort=False).cumcount()
            frame = frame.sort_values(["turn_of_resp", "short", "prop", "len"],
                                      ascending=[True, True, False, False], kind="stable").head(n)
            for rank, (_, r) in enumerate(frame.iterrows(), start=1):
                m = meta.iloc[int(r["i"])]
                rows.append({
                    "topic": t,
                    "rank": rank,
                    "seg_id": m["seg_id"],
                    "doc_id": m.get("doc_id"),
                    "role": m.get("role"),
                    "start": m.get("start"),
                    "end": m.get("end"),
                    "text": m.get("text"),
                    "proportion": float(r["prop"]),
                })
        return pd.DataFrame(rows, columns=["topic", "rank", "seg_id", "doc_id", "role", "start", "end", "text",
                                           "proportion"])

    def coherence(self, measures: Sequence[str] | str = MEASURES, topn: int = 10, by_topic: bool = False
                  ) -> pd.DataFrame:
        """Topic coherence of the top ``topn`` terms, scored by gensim ``CoherenceModel`` on the modelled tokens
        (the same for every method, so LDA and NMF are comparable).

        Returns ``measure, coherence`` (mean over topics), or with ``by_topic=True`` ``topic, measure, coherence``.
        ``c_v`` and ``c_npmi`` lie in [0, 1] and [-1, 1] (higher is better); ``u_mass`` is negative (closer to 0 is
        better)."""
        self._check_fitted()
        if isinstance(measures, str):
            measures = [measures]
        bad = [m for m in measures if m not in MEASURES]
        if bad:
            raise ValueError(f"measures == {bad!r}, each must be one of {', '.join(MEASURES)}")
        per_topic = coherence_per_topic(self._topic_term_lists(topn), self.tokens_, self._gensim_dictionary(),
                                        measures, topn)
        if by_topic:
            rows = [(t, m, float(v)) for m in measures for t, v in enumerate(per_topic[m])]
            return pd.DataFrame(rows, columns=["topic", "measure", "coherence"])
        return pd.DataFrame([(m, float(np.nanmean(per_topic[m]))) for m in measures], columns=["measure", "coherence"])

    def label_topics(self, codebook: Any, n: int = 20, level: int | None = None, min_score: float = 1.5
                     ) -> pd.DataFrame:
        """Name each topic after the codebook theme whose terms it shares most.

        Returns ``topic, label, overlap, seeded, matched``: ``label`` is the code id whose terms best match the
        topic's top ``n`` terms, or ``"new"`` when the match score is below ``min_score`` (a topic the codebook does
        not cover); ``overlap`` is the match score per top term (a term equal to or containing a code term counts
        1, a part of a longer code phrase 0.5, split between the codes it matches); ``seeded`` is the seed label the
        topic was fitted with (empty when unseeded); ``matched`` lists the matching terms joined with ``、``.
        ``codebook`` is a Codebook, a path, or a mapping ``{label: [terms]}``; ``level`` rolls codes up first."""
        self._check_fitted()

        return label_topic_terms(self._topic_term_lists(n), codebook, seed_labels=self.seed_labels_, level=level,
                                 min_score=min_score)


def coherence_per_topic(topics: list[list[str]], texts: list[list[str]], dictionary, measures: Sequence[str],
                        topn: int) -> dict[str, np.ndarray]:
    """Per-topic coherence for each measure via gensim CoherenceModel (single process)."""
    from gensim.models import CoherenceModel

    out = {}
    for m in measures:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            cm = CoherenceModel(topics=topics, texts=texts, dictionary=dictionary, coherence=m, topn=topn,
                                processes=1)
            out[m] = np.asarray(cm.get_coherence_per_topic(), dtype=float)
    return out


def _normalize_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.clip(np.asarray(matrix, dtype=float), 0, None)
    if matrix.ndim != 2 or matrix.shape[0] == 0:
        return matrix
    sums = matrix.sum(axis=1, keepdims=True)
    k = matrix.shape[1]
    out = np.divide(matrix, sums, out=np.full_like(matrix, 1.0 / k), where=sums > 0)
    return out
