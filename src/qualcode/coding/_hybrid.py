"""The hybrid coder: the codebook's rules and a text model learned from coders, in one calibrated coder.

:class:`HybridCoder` decides per unit (a respondent turn by default) and per code with a probability:

* **rule features**: for each code, whether and how often its rules fired in the unit, which rules fired and which
  candidates a rule suppressed (negation, polarity, ``unless``, an answer rule whose question did not fit)
  (:func:`qualcode.coding._units.rule_evidence`);
* **text features**: TF-IDF of word 1-2-grams over the unit's jieba tokens, of character n-grams, and of the
  interviewer's question just before the unit (character n-grams, prefixed), plus the respondent's role;
* optional **word vectors** (``vectors=``: a :class:`gensim.models.KeyedVectors` or a path to one): the mean vector
  of the unit's tokens, used only where it measurably helps (docs/accuracy.md);
* one linear SVM per code over all of them, calibrated by cross-validated Platt scaling
  (:class:`qualcode.coding._calibrated.PlattSVC`, the scheme of ``CalibratedClassifierCV(method="sigmoid")``) when
  the code has enough examples, a logistic regression otherwise;
* the rules as a **prior**: a code's probability is ``w * p_model + (1 - w) * p_rules`` with
  ``w = m / (m + prior_strength)`` and ``m`` the number of training units of the code's rarer class, and
  ``p_rules`` = ``rule_prior[1]`` when a rule of the code fired in the unit, ``rule_prior[0]`` otherwise. With no
  training data (``fit`` on no labelled unit, or a code nobody has coded yet) the coder *is* the rules.

The evidence of every code names the rules and words that fired, the n-grams that drove the model most
(``words: 不知道 +1.2``) and the most similar training unit that carries the code (``like TA03:14``).

scikit-learn conventions: ``__init__`` only stores parameters, ``fit`` returns ``self``, fitted attributes end in
``_``, :class:`~qualcode.errors.NotFittedError` before ``fit``, ``get_params``/``set_params`` (``sklearn.clone``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qualcode._params import Params
from qualcode.coding._calibrated import PlattSVC
from qualcode.coding._evaluate import split_codes
from qualcode.coding._units import RuleEvidence, coding_units, rule_evidence, unit_keys
from qualcode.errors import InputError, Issue, NotFittedError
from qualcode.model import Codebook

__all__ = ["HYBRID_CODER", "HybridCoder", "unit_labels"]

#: Coder name of the hybrid coder's codings.
HYBRID_CODER = "auto:hybrid"


def unit_labels(segments: pd.DataFrame, labels: Any, unit: str = "turn") -> dict[str, set[str]]:
    """The validated units and their codes: ``{unit seg_id: set of codes}``.

    ``labels`` is a gold-units table (``seg_id, codes``: every row a validated unit, codes ``;``-separated, empty =
    no code), or a codings table (``seg_id, code``: every seg_id in it is a validated unit, rows with an empty code
    mark units reviewed with nothing to add), e.g. :func:`qualcode.validation.decisions_to_codings` of the store's
    review decisions, human codings, or an imported coding sheet. Segment ids are mapped to their unit (a sentence
    to its turn for ``unit="turn"``) through the segments table, by whole id. Ids not in ``segments`` are ignored.
    """
    if not isinstance(labels, pd.DataFrame) or "seg_id" not in labels.columns or not (
            "codes" in labels.columns or "code" in labels.columns):
        raise InputError([Issue("<labels>", None, "labels need the columns seg_id and codes (gold units) or seg_id "
                                "and code (a codings table)",
                                hint="e.g. read_gold(paths) or decisions_to_codings(project.decisions())")])
    keys = unit_keys(segments, unit)
    out: dict[str, set[str]] = {}
    col = "codes" if "codes" in labels.columns else "code"
    for sid, value in zip(labels["seg_id"].astype(str), labels[col]):
        u = keys.get(sid)
        if u is not None:
            out.setdefault(u, set()).update(split_codes(value))
    return out


def _ngrams(tokens: list[str], n: tuple[int, int]) -> list[str]:
    out = []
    for k in range(n[0], n[1] + 1):
        out += [" ".join(tokens[i:i + k]) for i in range(len(tokens) - k + 1)]
    return out


class _WordAnalyzer:
    """Word n-grams of a token list (picklable, so a fitted coder can be saved)."""

    def __init__(self, ngrams: tuple[int, int]):
        lo, hi = ngrams
        self.ngrams = (lo, hi)

    def __call__(self, tokens: list[str]) -> list[str]:
        return _ngrams([t for t in tokens if t.strip()], self.ngrams)


def _fit_block(vec: Any, data: list):
    """``vec.fit_transform(data)``, or None when it finds no feature at all."""
    try:
        return vec.fit_transform(data)
    except ValueError as exc:
        if "empty vocabulary" in str(exc) or "no terms remain" in str(exc):
            return None
        raise


class HybridCoder(Params):
    """Codebook rules + a text model learned from coders' decisions (see the module docstring).

    Parameters
    ----------
    codebook : Codebook
    unit : ``"turn"`` (respondent turns, the unit of gold coding) or ``"segment"`` (the segments as given).
    text : learn from the unit's words and characters. ``rules`` : use the rule features and the rule prior.
    question : learn from the interviewer's question before the unit: True (always), False (never), or a number
        of characters: full weight for answers up to that length, less for longer ones (a terse answer means
        something only with its question; a long one speaks for itself).
    word_ngrams, char_ngrams : n-gram ranges of the word and character TF-IDF (``char_ngrams=None`` leaves it out).
    min_df : minimum document frequency of an n-gram.
    model : ``"svm"`` (LinearSVC, calibrated) or ``"logreg"`` (logistic regression).
    C : inverse regularisation of the linear models. class_weight : ``"balanced"`` or None.
    rule_weight : scale of the rule features against the TF-IDF features (small: rules tuned on some transcripts
        look more reliable in them than they are on new voices; docs/accuracy.md, section hybrid-cv).
    vectors : None, a ``gensim`` ``KeyedVectors`` object, or a path to one (``KeyedVectors.load``); word
        vectors trained on the corpora and policy documents did not help in cross-validation, so none ship.
    calibrate : sigmoid calibration with ``cv`` folds where a code has at least ``cv`` units of each class.
    prior_strength : pseudo-count of the rule prior (0: no prior, the model alone once trained).
    rule_prior : ``(p when no rule fired, p when a rule fired)``.
    threshold : probability at which a code is given.
    codes : the codes learned (default: the codebook's codes that carry rules, plus any code in the labels).
    random_state : seed of the calibration folds.
    n_jobs : threads fitting the codes' models (None or 1: one, exactly reproducible; -1: one per CPU, faster, with
        probabilities that can differ in the sixth decimal: liblinear's random numbers are shared between threads).
    """

    vectorizers_: dict[str, Any]  # fitted: the feature blocks by name

    def __init__(self, codebook: Codebook, unit: str = "turn", text: bool = True, rules: bool = True,
                 question: bool | int = 20, word_ngrams: tuple[int, int] = (1, 2),
                 char_ngrams: tuple[int, int] | None = (1, 3), min_df: int = 2, model: str = "svm", C: float = 0.5,
                 class_weight: str | None = None, rule_weight: float = 0.1, vectors: Any = None,
                 calibrate: bool = True, cv: int = 3, prior_strength: float = 10.0,
                 rule_prior: tuple[float, float] = (0.1, 0.8), threshold: float = 0.4,
                 codes: Sequence[str] | None = None, random_state: int = 0, n_jobs: int | None = None):
        self.codebook = codebook
        self.unit = unit
        self.text = text
        self.rules = rules
        self.question = question
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.model = model
        self.C = C
        self.class_weight = class_weight
        self.rule_weight = rule_weight
        self.vectors = vectors
        self.calibrate = calibrate
        self.cv = cv
        self.prior_strength = prior_strength
        self.rule_prior = rule_prior
        self.threshold = threshold
        self.codes = codes
        self.random_state = random_state
        self.n_jobs = n_jobs

    # ------------------------------------------------------------------ sklearn conventions (get_params and
    # set_params from the __init__ signature: qualcode._params.Params)
    def __repr__(self) -> str:
        return (f"HybridCoder(codebook={getattr(self.codebook, 'name', '?')!r}, unit={self.unit!r}, "
                f"text={self.text}, rules={self.rules})")

    def _check_params(self) -> None:
        if self.unit not in ("turn", "segment"):
            raise ValueError(f"unit == {self.unit!r}, must be 'turn' or 'segment'.")
        if not isinstance(self.question, bool) and not (isinstance(self.question, (int, float)) and
                                                         self.question > 0):
            raise ValueError(f"question == {self.question!r}, must be True, False or a number of characters > 0.")
        if not (self.text or self.rules or self.question):
            raise ValueError("text, rules and question are all False: nothing to code with.")
        if self.model not in ("svm", "logreg"):
            raise ValueError(f"model == {self.model!r}, must be 'svm' or 'logreg'.")
        if not self.C > 0:
            raise ValueError(f"C == {self.C}, must be > 0.")
        if self.cv < 2:
            raise ValueError(f"cv == {self.cv}, must be >= 2.")
        if self.n_jobs is not None and self.n_jobs != -1 and not (isinstance(self.n_jobs, int) and self.n_jobs >= 1):
            raise ValueError(f"n_jobs == {self.n_jobs!r}, must be None, -1 or >= 1.")
        if self.prior_strength < 0:
            raise ValueError(f"prior_strength == {self.prior_strength}, must be >= 0.")
        lo, hi = self.rule_prior
        if not 0 <= lo <= hi <= 1:
            raise ValueError(f"rule_prior == {self.rule_prior}, must be (low, high) with 0 <= low <= high <= 1.")
        if not 0 < self.threshold < 1:
            raise ValueError(f"threshold == {self.threshold}, must be between 0 and 1.")
        for name in ("word_ngrams", "char_ngrams"):
            rng = getattr(self, name)
            if rng is not None and not (1 <= rng[0] <= rng[1]):
                raise ValueError(f"{name} == {rng}, must be (min_n, max_n) with 1 <= min_n <= max_n.")

    def _check_fitted(self) -> None:
        if not hasattr(self, "classes_"):
            raise NotFittedError("This HybridCoder is not fitted yet; call fit(segments, labels) first "
                                 "(with labels=None it codes with the rules alone).")

    # ------------------------------------------------------------------ features
    def units(self, segments: pd.DataFrame) -> pd.DataFrame:
        """The units this coder decides on (:func:`qualcode.coding._units.coding_units`)."""
        return coding_units(segments, self.unit)

    def _vectors(self):
        if self.vectors is None or not isinstance(self.vectors, (str, bytes)) and not hasattr(self.vectors,
                                                                                                "__fspath__"):
            return self.vectors
        from qualcode.errors import require

        require("gensim", extra="all")
        from gensim.models import KeyedVectors

        return KeyedVectors.load(str(self.vectors))

    def _rule_dicts(self, units: pd.DataFrame, ev: RuleEvidence) -> list[dict[str, float]]:
        out = []
        roles = units["role"].astype(str).tolist() if "role" in units.columns else [""] * len(units)
        for u, role in zip(units["seg_id"].astype(str), roles):
            d: dict[str, float] = {f"role={role}": 1.0}
            if self.rules:
                for code, n in ev.fired.get(u, {}).items():
                    d[f"fired={code}"] = self.rule_weight
                    d[f"n={code}"] = self.rule_weight * float(np.log1p(n))
                for r in ev.rules.get(u, []):
                    d[f"rule={r}"] = self.rule_weight
                for s in ev.suppressed.get(u, []):
                    d[f"sup={s}"] = d.get(f"sup={s}", 0.0) + self.rule_weight
            out.append(d)
        return out

    def _mean_vectors(self, units: pd.DataFrame):
        kv = self.vectors_
        dim = kv.vector_size
        rows = np.zeros((len(units), dim), dtype=np.float32)
        for i, toks in enumerate(units["tokens"]):
            vs = [kv[t] for t in toks if t in kv.key_to_index]
            if vs:
                v = np.mean(vs, axis=0)
                n = np.linalg.norm(v)
                rows[i] = v / n if n else v
        return rows

    def _make_vectorizers(self) -> dict[str, Any]:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer

        vec: dict[str, Any] = {"meta": DictVectorizer()}
        if self.text:
            vec["words"] = TfidfVectorizer(analyzer=_WordAnalyzer(self.word_ngrams), min_df=self.min_df,
                                           sublinear_tf=True)
            if self.char_ngrams:
                vec["chars"] = TfidfVectorizer(analyzer="char", ngram_range=tuple(self.char_ngrams),
                                               min_df=self.min_df, sublinear_tf=True)
        if self.question:
            vec["question"] = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), min_df=self.min_df,
                                              sublinear_tf=True)
        return vec

    def _inputs(self, units: pd.DataFrame, ev: RuleEvidence) -> dict[str, Any]:
        return {"meta": self._rule_dicts(units, ev), "words": units["tokens"].tolist(),
                "chars": units["text"].fillna("").astype(str).tolist(),
                "question": units["question"].fillna("").astype(str).tolist()}

    def _matrix(self, units: pd.DataFrame, ev: RuleEvidence, fit: bool = False):
        from scipy import sparse

        inputs = self._inputs(units, ev)
        blocks = []
        fitted: dict[str, Any] = {}
        for name, vec in list(self.vectorizers_.items()):
            block = _fit_block(vec, inputs[name]) if fit else vec.transform(inputs[name])
            if block is None:  # a block without any feature (no interviewer rows, so no questions; tiny data)
                continue
            fitted[name] = vec
            if name == "question" and self.question is not True:
                # the question matters for short answers: full weight up to `question` characters, less beyond
                n = units["text"].fillna("").astype(str).str.len().to_numpy()
                block = sparse.diags(np.minimum(1.0, float(self.question) / np.maximum(n, 1))) @ block
            blocks.append(block)
        self.vectorizers_ = fitted
        if self.vectors_ is not None:
            blocks.append(sparse.csr_matrix(self._mean_vectors(units)))
        return sparse.hstack(blocks, format="csr")

    def _feature_names(self) -> np.ndarray:
        names = []
        for name, vec in self.vectorizers_.items():
            prefix = {"question": "Q:", "meta": "", "words": "", "chars": ""}[name]
            names += [prefix + str(f) for f in vec.get_feature_names_out()]
        if self.vectors_ is not None:
            names += [f"vec{i}" for i in range(self.vectors_.vector_size)]
        return np.array(names, dtype=object)

    # ------------------------------------------------------------------ fit
    def _estimator(self, n_min: int):
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.linear_model import LogisticRegression

        logreg = LogisticRegression(C=self.C, class_weight=self.class_weight, solver="liblinear", max_iter=1000)
        if self.calibrate and n_min >= self.cv:
            if self.model == "svm":
                return PlattSVC(C=self.C, class_weight=self.class_weight, cv=self.cv,
                                random_state=self.random_state), "calibrated"
            from sklearn.model_selection import StratifiedKFold

            folds = StratifiedKFold(self.cv, shuffle=True, random_state=self.random_state)
            return CalibratedClassifierCV(logreg, cv=folds, method="sigmoid"), "calibrated"
        return logreg, "logreg"

    def fit(self, segments: pd.DataFrame, labels: Any = None) -> HybridCoder:
        """Learn from the validated units in ``labels`` (see :func:`unit_labels`; None or an empty table: no
        training data, the coder is the rules). ``segments`` is the pipeline's segments table holding (at least)
        the validated units. Sets ``classes_``, ``models_`` (code -> fitted model or None), ``kind_``,
        ``n_positive_``, ``n_train_``, ``weight_`` (code -> weight of the model against the rule prior),
        ``train_ids_`` (the training units), ``fit_seconds_``. Returns self."""
        t0 = time.perf_counter()
        self._check_params()
        got = {} if labels is None or (isinstance(labels, pd.DataFrame) and not len(labels)) else \
            unit_labels(segments, labels, self.unit)
        if labels is not None and isinstance(labels, pd.DataFrame) and len(labels) and not got:
            raise InputError([Issue("<labels>", None, "none of the labelled seg_ids is a unit of the segments",
                                    hint="give the segments table the labels were made on")])
        rule_codes = [c.id for c in self.codebook.codes if c.rules]
        extra = sorted({c for cs in got.values() for c in cs} - set(rule_codes))
        self.classes_ = list(self.codes) if self.codes is not None else rule_codes + extra
        self.vectors_ = self._vectors()
        self.vectorizers_ = self._make_vectorizers()
        self.models_: dict[str, Any] = {c: None for c in self.classes_}
        self.kind_ = {c: "rules" for c in self.classes_}
        self.n_positive_ = {c: 0 for c in self.classes_}
        self.weight_ = {c: 0.0 for c in self.classes_}
        self.train_ids_ = sorted(got)
        self.n_train_ = len(got)
        if got:
            units = self.units(segments)
            units = units[units["seg_id"].isin(set(got))].reset_index(drop=True)
            ev = rule_evidence(self.codebook, segments, self.unit)
            X = self._matrix(units, ev, fit=True)
            ids = units["seg_id"].tolist()
            self._fit_codes(X, [got[u] for u in ids])
            self._train_X = self._neighbour_matrix(X)
            self._train_ids = np.array(ids, dtype=object)
            self._train_y = {c: np.array([c in got[u] for u in ids]) for c in self.classes_}
        self.fit_seconds_ = time.perf_counter() - t0
        return self

    def _fit_codes(self, X, y_sets: list[set[str]]) -> None:
        """One model per code, fitted in ``n_jobs`` threads (liblinear releases the GIL)."""
        from concurrent.futures import ThreadPoolExecutor

        jobs = []
        rule_codes = {c.id for c in self.codebook.codes if c.rules}
        for code in self.classes_:
            y = np.array([code in s for s in y_sets], dtype=int)
            n_pos = int(y.sum())
            self.n_positive_[code] = n_pos
            n_min = min(n_pos, len(y) - n_pos)
            if n_min == 0:
                continue
            est, kind = self._estimator(n_min)
            jobs.append((code, est, y))
            self.kind_[code] = kind
            has_prior = self.rules and code in rule_codes
            self.weight_[code] = n_min / (n_min + self.prior_strength) if has_prior and self.prior_strength else 1.0
        workers = (os.cpu_count() or 1) if self.n_jobs == -1 else (self.n_jobs or 1)
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(jobs) or 1))) as pool:
            for code, est in zip([j[0] for j in jobs], pool.map(lambda j: j[1].fit(X, j[2]), jobs)):
                self.models_[code] = est

    def _neighbour_matrix(self, X):
        from sklearn.preprocessing import normalize

        return normalize(X[:, self._text_columns()]) if self.text else None

    def _text_columns(self) -> np.ndarray:
        sizes = [len(v.get_feature_names_out()) for v in self.vectorizers_.values()]
        names = list(self.vectorizers_)
        cols: list[int] = []
        pos = 0
        for name, size in zip(names, sizes):
            if name in ("words", "chars"):
                cols.extend(range(pos, pos + size))
            pos += size
        return np.array(cols, dtype=int)

    # ------------------------------------------------------------------ predict
    def _prior(self, ev: RuleEvidence, ids: list[str]) -> np.ndarray:
        lo, hi = self.rule_prior
        # without rules, a code with no model (nobody has coded it yet) is never given
        out = np.full((len(ids), len(self.classes_)), lo if self.rules else 0.0)
        if self.rules:
            for i, u in enumerate(ids):
                for code in ev.fired.get(u, {}):
                    if code in self.classes_:
                        out[i, self.classes_.index(code)] = hi
        return out

    def _scores(self, segments: pd.DataFrame):
        self._check_fitted()
        units = self.units(segments)
        ev = rule_evidence(self.codebook, segments, self.unit) if self.rules or self.n_train_ else RuleEvidence()
        ids = units["seg_id"].astype(str).tolist()
        prior = self._prior(ev, ids)
        model = np.full_like(prior, np.nan)
        X = self._matrix(units, ev) if self.n_train_ and len(units) else None
        for j, code in enumerate(self.classes_):
            est = self.models_[code]
            if est is not None and X is not None:
                model[:, j] = est.predict_proba(X)[:, 1]
        w = np.array([self.weight_[c] for c in self.classes_])
        proba = np.where(np.isnan(model), prior, w * np.nan_to_num(model) + (1 - w) * prior)
        return units, ev, X, prior, model, proba

    def proba_matrix(self, segments: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
        """``(units, probabilities)``: the units table and an array ``(n_units, n_codes)`` in ``classes_`` order."""
        units, _ev, _X, _prior, _model, proba = self._scores(segments)
        return units, proba

    def predict_proba(self, segments: pd.DataFrame) -> pd.DataFrame:
        """Long table ``seg_id, code, probability, rule_prior, model``: one row per (unit, code); ``model`` is the
        learned model's own probability (NaN where the code has no model), ``rule_prior`` the rules' prior."""
        units, _ev, _X, prior, model, proba = self._scores(segments)
        k = len(self.classes_)
        return pd.DataFrame({"seg_id": np.repeat(units["seg_id"].to_numpy(dtype=object), k),
                             "code": np.tile(np.array(self.classes_, dtype=object), len(units)),
                             "probability": proba.ravel(), "rule_prior": prior.ravel(), "model": model.ravel()})

    def predict(self, segments: pd.DataFrame, threshold: float | None = None) -> dict[str, list[str]]:
        """``{unit seg_id: codes}`` whose probability reaches ``threshold`` (default ``self.threshold``)."""
        t = self.threshold if threshold is None else threshold
        units, proba = self.proba_matrix(segments)
        return {u: [c for c, p in zip(self.classes_, row) if p >= t] for u, row in zip(units["seg_id"], proba)}

    def code(self, segments: pd.DataFrame, threshold: float | None = None, explain: bool = True) -> pd.DataFrame:
        """The codings table (:data:`qualcode.model.CODING_COLUMNS` + ``confidence`` + attribute columns) of the
        units: one row per (unit, code) with probability >= ``threshold``; ``coder`` is ``auto:hybrid``. ``rules``,
        ``terms`` and ``spans`` hold the rule evidence where a rule of the code fired; ``evidence`` reads e.g.
        ``p=0.93 | rules: publicity_weak#r2: 宣传 + 不到位 | words: 不知道 +1.2, 短视频 +0.8 | like TA03:14``."""
        from qualcode.coding._explain import coding_rows

        t = self.threshold if threshold is None else threshold
        if not 0 < t < 1:
            raise ValueError(f"threshold == {t}, must be between 0 and 1.")
        units, ev, X, prior, model, proba = self._scores(segments)
        return coding_rows(self, units, ev, X, proba, t, explain=explain)

    def training_summary(self) -> pd.DataFrame:
        """Per code: ``code, kind`` (calibrated / logreg / rules), ``positives``, ``weight`` of the model against
        the rule prior."""
        self._check_fitted()
        return pd.DataFrame({"code": self.classes_, "kind": [self.kind_[c] for c in self.classes_],
                             "positives": [self.n_positive_[c] for c in self.classes_],
                             "weight": [self.weight_[c] for c in self.classes_]})

