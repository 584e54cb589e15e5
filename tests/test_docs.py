"""Documentation: the site builds without warnings and the command reference matches the code."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest


def test_command_reference_is_current(repo_root):
    env = {**os.environ, "COLUMNS": "100"}
    proc = subprocess.run([sys.executable, str(repo_root / "tools/gen_cli_docs.py"), "--check"], capture_output=True,
                          text=True, env=env)
    assert proc.returncode == 0, proc.stderr


def test_every_command_is_documented(repo_root):
    from qualcode.cli import COMMAND_MODULES

    text = (repo_root / "docs/commands.md").read_text(encoding="utf-8")
    for name in COMMAND_MODULES:
        assert f"## qualcode {name}" in text, name


@pytest.mark.skipif(shutil.which("mkdocs") is None
                    and not os.path.exists(os.path.join(os.path.dirname(sys.executable), "mkdocs")),
                    reason="mkdocs is not installed (pip install 'qualcode[test]')")
def test_site_builds_without_warnings(repo_root, tmp_path):
    pytest.importorskip("material", reason="mkdocs-material is not installed")
    exe = os.path.join(os.path.dirname(sys.executable), "mkdocs")
    exe = exe if os.path.exists(exe) else shutil.which("mkdocs")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([exe, "build", "--strict", "-d", str(tmp_path / "site")], cwd=repo_root,
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (tmp_path / "site" / "index.html").exists()


def test_readme_quick_start_has_exactly_two_commands(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("\n", 1)[1].strip() for b in section.split("```sh")[1:]]
    commands = [b.split("```")[0].strip() for b in blocks]
    assert len(commands) == 2
    assert "qualcode reproduce" in commands[0]
    assert "pytest" in commands[1]
    ci = (repo_root / ".ci/run").read_text(encoding="utf-8")
    assert commands[1] in ci  # CI runs the README's test command verbatim
