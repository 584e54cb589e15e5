"""Learned code suggestions: a classifier trained on coders' validated codings proposes codes for segments nobody has
reviewed yet, and :func:`review_queue` puts first what a coder should look at.

:class:`CodeSuggester` follows scikit-learn conventions (``__init__`` stores parameters, ``fit`` returns ``self``,
fitted attributes end in ``_``, use before ``fit`` raises :class:`~qualcode.errors.NotFittedError`):

* features: TF-IDF over the segment's word tokens (the pre-tokenized ``tokens`` column through
  ``analyzer=callable``; jieba cuts the text when the column is missing) joined by a ``FeatureUnion`` with TF-IDF
  over character n-grams (``char_wb``, ``char_ngrams``), both sublinear;
* one binary linear model per code (one-vs-rest): ``LinearSVC`` wrapped in ``CalibratedClassifierCV`` (sigmoid) when
  the code has at least ``cv`` positive and ``cv`` negative units, otherwise ``LogisticRegression`` probabilities;
  ``model="logreg"`` uses logistic regression throughout (calibrated the same way when counts allow);
* probabilities are per code and independent (a segment can get several codes or none).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from qualcode._params import Params
from qualcode.errors import InputError, Issue, NotFittedError
from qualcode.model import CODING_COLUMNS, SEGMENT_COLUMNS
from qualcode.segment import Segmenter

__all__ = ["CodeSuggester", "MODEL_CODER", "review_queue", "training_labels"]

#: Coder name of learned suggestions.
MODEL_CODER = "auto:model"


def _column(df: pd.DataFrame, name: str) -> list:
    return list(df[name])


def _identity(tokens: Any) -> list[str]:
    if isinstance(tokens, str):
        return tokens.split(" ") if tokens else []
    return [t for t in (tokens or []) if isinstance(t, str) and t.strip()]


_SEGMENTER: Segmenter | None = None


def _cut(text: str) -> list[str]:
    """Words of a segment given without tokens: the pipeline's default segmenter (its backend built once, not a
    second jieba of the suggester's own)."""
    global _SEGMENTER
    if _SEGMENTER is None:
        _SEGMENTER = Segmenter()
    return _SEGMENTER.tokenize(text)


def training_labels(segments: pd.DataFrame, labels: Any) -> list[list[str]]:
    """Codes per segment (aligned with ``segments`` rows) from a codings table (``seg_id, code``: every code given to
    the segment; a segment with no row has no code), a column name of ``segments`` holding lists or ``;``-joined
    codes, or a sequence of code lists."""
    if isinstance(labels, str):
        if labels not in segments.columns:
            raise InputError([Issue("<segments>", None, f"labels column {labels!r} is missing")])
        labels = list(segments[labels])
    if isinstance(labels, pd.DataFrame):
        for col in ("seg_id", "code"):
            if col not in labels.columns:
                raise InputError([Issue("<labels>", None, f"column {col!r} is missing",
                                        hint="labels are a codings table (seg_id, code) or one code list per segment")])
        lab = labels[labels["code"].notna() & (labels["code"].astype(str).str.strip() != "")]
        by_seg = lab.groupby(lab["seg_id"].astype(str))["code"].agg(lambda s: sorted(set(map(str, s)))).to_dict()
        return [by_seg.get(s, []) for s in segments["seg_id"].astype(str)]
    out = []
    for item in labels:
        if isinstance(item, str):
            out.append([c.strip() for c in item.split(";") if c.strip()])
        elif item is None or (isinstance(item, float) and item != item):
            out.append([])
        else:
            out.append([str(c) for c in item])
    if len(out) != len(segments):
        raise ValueError(f"labels has {len(out)} entries but segments has {len(segments)} rows; they must align.")
    return out


class CodeSuggester(Params):
    """Suggest codes for segments from coders' validated codings.

    Parameters
    ----------
    model : ``"svm"`` (LinearSVC, calibrated) or ``"logreg"`` (LogisticRegression).
    C : inverse regularisation strength of the linear model.
    words : use word-token TF-IDF (``tokens`` column, or jieba when it is missing).
    char_ngrams : ``(min_n, max_n)`` of the character n-gram TF-IDF, or None to leave it out.
    min_df : minimum document frequency of a feature.
    class_weight : passed to the linear model (``"balanced"`` helps rare codes).
    calibrate : calibrate probabilities with ``CalibratedClassifierCV(cv=cv)`` where class counts allow.
    cv : folds of the calibration.
    threshold : default probability at which :meth:`suggest` proposes a code.
    random_state : seed of the linear models and calibration folds.
    """

    def __init__(self, model: str = "svm", C: float = 1.0, words: bool = True,
                 char_ngrams: tuple[int, int] | None = (1, 3), min_df: int = 1,
                 class_weight: str | None = "balanced", calibrate: bool = True, cv: int = 3,
                 threshold: float = 0.5, random_state: int = 0):
        self.model = model
        self.C = C
        self.words = words
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.class_weight = class_weight
        self.calibrate = calibrate
        self.cv = cv
        self.threshold = threshold
        self.random_state = random_state

    # sklearn-compatible parameter access (clone, grid search)
    def _check_params(self) -> None:
        if self.model not in ("svm", "logreg"):
            raise ValueError(f"model == {self.model!r}, must be 'svm' or 'logreg'.")
        if not self.C > 0:
            raise ValueError(f"C == {self.C}, must be > 0.")
        if not self.words and not self.char_ngrams:
            raise ValueError("words == False and char_ngrams == None: no features left; enable one of them.")
        if self.char_ngrams is not None:
            lo, hi = self.char_ngrams
            if not 1 <= lo <= hi:
                raise ValueError(f"char_ngrams == {self.char_ngrams}, must be (min_n, max_n) with 1 <= min_n <= max_n.")
        if self.cv < 2:
            raise ValueError(f"cv == {self.cv}, must be >= 2.")
        if not 0 <= self.threshold <= 1:
            raise ValueError(f"threshold == {self.threshold}, must be between 0 and 1.")

    # ------------------------------------------------------------------ features
    def _frame(self, segments: pd.DataFrame) -> pd.DataFrame:
        issues = [Issue("<segments>", None, f"column {c!r} is missing") for c in ("seg_id", "text")
                  if c not in segments.columns]
        if issues:
            raise InputError(issues)
        texts = segments["text"].fillna("").astype(str)
        if "match_text" in segments.columns:  # a corpus read with t2s: learn from its Simplified copy
            texts = segments["match_text"].where(segments["match_text"].notna(), texts).astype(str)
        if self.words:
            if "tokens" in segments.columns:
                toks = [_identity(t) for t in segments["tokens"]]
                toks = [t if t else _cut(x) for t, x in zip(toks, texts)]
            else:
                toks = [_cut(x) for x in texts]
        else:
            toks = [[] for _ in range(len(texts))]
        return pd.DataFrame({"text": list(texts), "tokens": toks})

    def _features(self):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import FeatureUnion, Pipeline
        from sklearn.preprocessing import FunctionTransformer

        parts = []
        if self.words:
            parts.append(("words", Pipeline([
                ("select", FunctionTransformer(_column, kw_args={"name": "tokens"})),
                ("tfidf", TfidfVectorizer(analyzer=_identity, min_df=self.min_df, sublinear_tf=True)),
            ])))
        if self.char_ngrams:
            parts.append(("chars", Pipeline([
                ("select", FunctionTransformer(_column, kw_args={"name": "text"})),
                ("tfidf", TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngrams),
                                          min_df=self.min_df, sublinear_tf=True)),
            ])))
        return FeatureUnion(parts)

    def _estimator(self, n_pos: int, n_neg: int):
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.linear_model import LogisticRegression
        from sklearn.svm import LinearSVC

        if self.model == "svm":
            base = LinearSVC(C=self.C, class_weight=self.class_weight, random_state=self.random_state)
        else:
            base = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000)
        if self.calibrate and min(n_pos, n_neg) >= self.cv:
            return CalibratedClassifierCV(base, cv=self.cv, method="sigmoid"), "calibrated"
        return LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000), "logreg"

    # ------------------------------------------------------------------ fit / predict
    def fit(self, segments: pd.DataFrame, labels: Any, codes: Sequence[str] | None = None) -> CodeSuggester:
        """Learn one model per code from ``segments`` (``seg_id, text`` and ideally ``tokens``) and ``labels``
        (see :func:`training_labels`: a codings table of validated codes, a column name, or code lists). Every
        segment given is a training unit: a code it lacks is a negative example. ``codes`` fixes the code list
        (default: every code in the labels). Codes without positive (or negative) examples cannot be learned:
        they are listed in ``untrainable_`` and always get the constant probability seen in training.

        Sets ``classes_`` (codes), ``features_`` (fitted FeatureUnion), ``estimators_`` (code -> model or a
        constant), ``kind_`` (code -> ``calibrated``/``logreg``/``constant``), ``n_positive_``. Returns self.
        """
        self._check_params()
        y_lists = training_labels(segments, labels)
        if not len(segments):
            raise InputError([Issue("<segments>", None, "no training segments")])
        classes = list(codes) if codes is not None else sorted({c for cs in y_lists for c in cs})
        if not classes:
            raise InputError([Issue("<labels>", None, "no codes in the training labels",
                                    hint="train on segments coders validated (with at least one code)")])
        frame = self._frame(segments)
        self.features_ = self._features()
        X = self.features_.fit_transform(frame)
        self.classes_ = classes
        self.estimators_: dict[str, Any] = {}
        self.kind_: dict[str, str] = {}
        self.n_positive_: dict[str, int] = {}
        self.untrainable_: list[str] = []
        for code in classes:
            y = np.array([code in cs for cs in y_lists], dtype=int)
            n_pos = int(y.sum())
            n_neg = len(y) - n_pos
            self.n_positive_[code] = n_pos
            if n_pos == 0 or n_neg == 0:
                self.estimators_[code] = float(n_pos > 0)
                self.kind_[code] = "constant"
                self.untrainable_.append(code)
                continue
            est, kind = self._estimator(n_pos, n_neg)
            est.fit(X, y)
            self.estimators_[code] = est
            self.kind_[code] = kind
        self.n_train_ = len(segments)
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "classes_"):
            raise NotFittedError("This CodeSuggester is not fitted yet; call fit(segments, labels) first.")

    def proba_matrix(self, segments: pd.DataFrame) -> np.ndarray:
        """Probabilities as an array ``(n_segments, n_codes)`` in the order of ``classes_``."""
        self._check_fitted()
        X = self.features_.transform(self._frame(segments))
        out = np.zeros((X.shape[0], len(self.classes_)))
        for j, code in enumerate(self.classes_):
            est = self.estimators_[code]
            out[:, j] = est if isinstance(est, float) else est.predict_proba(X)[:, 1]
        return out

    def predict_proba(self, segments: pd.DataFrame) -> pd.DataFrame:
        """Long table ``seg_id, code, confidence``: one row per (segment, code), codes in ``classes_`` order."""
        p = self.proba_matrix(segments)
        seg_ids = segments["seg_id"].astype(str).to_numpy()
        return pd.DataFrame({"seg_id": np.repeat(seg_ids, len(self.classes_)),
                             "code": np.tile(np.array(self.classes_, dtype=object), len(seg_ids)),
                             "confidence": p.ravel()})

    def predict(self, segments: pd.DataFrame, threshold: float | None = None) -> list[list[str]]:
        """Codes per segment (aligned with the rows) whose probability reaches ``threshold``."""
        t = self.threshold if threshold is None else threshold
        p = self.proba_matrix(segments)
        return [[c for c, v in zip(self.classes_, row) if v >= t] for row in p]

    def suggest(self, segments: pd.DataFrame, unreviewed_only: bool = False, threshold: float | None = None,
                reviewed: Iterable[str] | pd.DataFrame | None = None) -> pd.DataFrame:
        """Suggested codings: :data:`qualcode.model.CODING_COLUMNS` plus ``confidence`` and the segments' attribute
        columns; ``coder`` is ``auto:model``, ``evidence`` reads ``model p=0.87``, ``start``/``end`` are the
        segment's. Only codes with probability >= ``threshold`` (default ``self.threshold``) are returned, most
        confident first within a segment. ``unreviewed_only`` drops segments in ``reviewed`` (seg_ids or a
        decisions table)."""

        t = self.threshold if threshold is None else threshold
        if not 0 <= t <= 1:
            raise ValueError(f"threshold == {t}, must be between 0 and 1.")
        segs = segments
        if unreviewed_only:
            if reviewed is None:
                raise ValueError("unreviewed_only=True needs reviewed= (seg_ids or the decisions table).")
            done = set((reviewed["seg_id"] if isinstance(reviewed, pd.DataFrame) else pd.Series(list(reviewed)))
                       .astype(str))
            segs = segs[~segs["seg_id"].astype(str).isin(done)]
        attr_cols = [c for c in segs.columns if (c not in SEGMENT_COLUMNS or c == "respondent_id")
                     and c not in CODING_COLUMNS]
        if not len(segs):
            return pd.DataFrame(columns=[*CODING_COLUMNS, "confidence", *attr_cols])
        p = self.proba_matrix(segs)
        rows = []
        recs = segs.to_dict("records")
        for i, rec in enumerate(recs):
            order = np.argsort(-p[i], kind="stable")
            for j in order:
                if p[i, j] < t:
                    break
                seg_id = str(rec["seg_id"])
                rows.append({"seg_id": seg_id, "doc_id": rec.get("doc_id", ""), "turn": rec.get("turn"),
                             "sentence": rec.get("sentence"), "start": rec.get("start"), "end": rec.get("end"),
                             "code": self.classes_[j], "coder": MODEL_CODER, "evidence": f"model p={p[i, j]:.2f}",
                             "rules": (), "terms": (), "spans": (),
                             "confidence": float(p[i, j]), **{c: rec.get(c) for c in attr_cols}})
        return pd.DataFrame(rows, columns=[*CODING_COLUMNS, "confidence", *attr_cols])


def _confidence(df: pd.DataFrame) -> pd.Series:
    if "confidence" in df.columns:
        return pd.to_numeric(df["confidence"], errors="coerce")
    if "evidence" in df.columns:
        return pd.to_numeric(df["evidence"].astype(str).str.extract(r"p=([0-9.]+)")[0], errors="coerce")
    return pd.Series(np.nan, index=df.index)


def review_queue(rule_codings: pd.DataFrame, model_codings: pd.DataFrame, decisions: pd.DataFrame | None = None,
                 *, threshold: float = 0.5, low_confidence: float = 0.5,
                 segments: pd.DataFrame | None = None) -> pd.DataFrame:
    """What a coder should check first.

    1. ``model only``: codes the model suggests (confidence >= ``threshold``) that the rules did not give, most
       confident first — likely misses of the codebook rules;
    2. ``rules, low model confidence``: rule codes the model finds unlikely (confidence < ``low_confidence``; a
       rule code absent from ``model_codings`` counts as unknown and comes first) — likely false alarms.

    ``model_codings`` may be the output of :meth:`CodeSuggester.suggest` or :meth:`CodeSuggester.predict_proba`
    (confidence from a ``confidence`` column or ``model p=…`` evidence). Pairs (seg_id, code) with a decision are
    left out, and model-only suggestions on segments a coder marked "nothing to add" (accepted with an empty code).

    Returns ``rank, seg_id, code, source, model_confidence, rule_evidence, reason`` (+ ``text`` when
    ``segments`` is given).
    """
    for name, df in (("rule_codings", rule_codings), ("model_codings", model_codings)):
        missing = [c for c in ("seg_id", "code") if c not in df.columns]
        if missing:
            raise InputError([Issue(f"<{name}>", None, f"column {missing[0]!r} is missing")])
    rules = rule_codings[rule_codings["code"].notna()].assign(seg_id=lambda d: d["seg_id"].astype(str),
                                                               code=lambda d: d["code"].astype(str))
    model = model_codings.assign(seg_id=model_codings["seg_id"].astype(str), code=model_codings["code"].astype(str),
                                 _conf=_confidence(model_codings))
    conf = model.drop_duplicates(["seg_id", "code"]).set_index(["seg_id", "code"])["_conf"]
    decided: set[tuple[str, str]] = set()
    nothing_to_add: set[str] = set()
    if decisions is not None and len(decisions):
        d = decisions.assign(code=decisions["code"].fillna("").astype(str), seg_id=decisions["seg_id"].astype(str))
        decided = set(zip(d["seg_id"], d["code"]))
        nothing_to_add = set(d.loc[(d["code"] == "") & (d["decision"] == "accepted"), "seg_id"])
    rule_pairs = set(zip(rules["seg_id"], rules["code"]))
    rows = []
    sugg = model[model["_conf"] >= threshold].drop_duplicates(["seg_id", "code"])
    for seg_id, code, c in sorted(zip(sugg["seg_id"], sugg["code"], sugg["_conf"]), key=lambda r: (-r[2], r[0], r[1])):
        if (seg_id, code) in rule_pairs or (seg_id, code) in decided or seg_id in nothing_to_add:
            continue
        rows.append({"seg_id": seg_id, "code": code, "source": "model only", "model_confidence": float(c),
                     "rule_evidence": "", "reason": f"model suggests {code} (p={c:.2f}) but no rule fired"})
    low = []
    ev = rules.drop_duplicates(["seg_id", "code"])
    for seg_id, code, evidence in zip(ev["seg_id"], ev["code"],
                                      ev["evidence"] if "evidence" in ev.columns else [""] * len(ev)):
        if (seg_id, code) in decided:
            continue
        c = conf.get((seg_id, code), np.nan)
        if np.isnan(c) or c < low_confidence:
            low.append((seg_id, code, c, "" if evidence is None or evidence != evidence else str(evidence)))
    low.sort(key=lambda r: (-1.0 if np.isnan(r[2]) else r[2], r[0], r[1]))
    for seg_id, code, c, evidence in low:
        why = "model gives no probability" if np.isnan(c) else f"model p={c:.2f}"
        rows.append({"seg_id": seg_id, "code": code, "source": "rules, low model confidence",
                     "model_confidence": c, "rule_evidence": evidence, "reason": f"rule code {code}; {why}"})
    cols = ["rank", "seg_id", "code", "source", "model_confidence", "rule_evidence", "reason"]
    out = pd.DataFrame(rows, columns=cols[1:])
    out.insert(0, "rank", range(1, len(out) + 1))
    if segments is not None and "text" in segments.columns:
        text = dict(zip(segments["seg_id"].astype(str), segments["text"]))
        out["text"] = out["seg_id"].map(text)
    return out
