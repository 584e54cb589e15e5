"""The public namespace: sorted, complete, lazy (importing qualcode imports nothing heavy)."""

from __future__ import annotations

import subprocess
import sys

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
