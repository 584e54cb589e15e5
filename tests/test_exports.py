"""The public namespace: sorted, complete, lazy (importing qualcode imports nothing heavy)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import qualcode


def test_all_is_sorted_and_resolves():
    names = [n for n in qualcode.__all__ if n != "__version__"]
    assert names == sorted(names)
    for name in names:
        assert getattr(qualcode, name) is not None, name


def test_import_is_light():
    code = ("import sys, qualcode; heavy = [m for m in ('spacy', 'gensim', 'sklearn', 'jieba', 'pandas', 'matplotlib') "
            "if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_unknown_name():
    try:
        qualcode.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_version_matches_cli(capsys):
    from qualcode.cli import main

    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert capsys.readouterr().out.strip() == f"qualcode {qualcode.__version__}"


# ---------------------------------------------------------------------------------------------- estimators
def _estimators():
    import qualcode as qc
    from qualcode.model import Code, Codebook

    cb = Codebook(codes=(Code(id="a", rules=({"any": ["宣传"]},)),), name="tiny", settings={"unit": "sentence"})
    return [qc.Segmenter(unit="turn", user_words=("困境儿童",), cache_dir=False),
            qc.AutoCoder(cb, unit="turn", questions=False),
            qc.CodeSuggester(C=2.0),
            qc.Pseudonymiser(label="某人"),
            qc.TopicModel(n_topics=5, method="nmf")]


def test_every_estimator_follows_the_sklearn_conventions():
    """Segmenter, AutoCoder, CodeSuggester, Pseudonymiser and TopicModel: get_params/set_params, and sklearn.clone
    gives an unfitted copy with the same parameters."""
    from sklearn.base import clone

    for est in _estimators():
        params = est.get_params()
        copy = clone(est)
        assert type(copy) is type(est) and copy is not est
        assert copy.get_params() == params, type(est).__name__
        name = next(iter(params))
        assert est.set_params(**{name: params[name]}) is est
        with pytest.raises(ValueError, match="invalid parameter|Invalid parameter"):
            est.set_params(no_such_parameter=1)
