"""The built wheel in a brand-new virtualenv: installs with nothing else, and extracting an
article there gives what the CLI gives."""

import glob
import json
import os
import subprocess
import sys

import pytest

from check_against_cli import in_code_points

from conftest import ARTICLES, ROOT, SEED, cli_extract, read

SCRIPT = """
import json, sys
import article_highlighter
with open(sys.argv[1], encoding="utf-8") as f:
    print(json.dumps(article_highlighter.extract(f.read())))
"""


def test_the_wheel_in_a_fresh_virtualenv(tmp_path):
    wheels = glob.glob(os.path.join(ROOT, "target", "wheels", "article_highlighter-*.whl"))
    assert len(wheels) == 1, f"`make python` builds one wheel into target/wheels: {wheels}"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    # This interpreter's pip installs into the new environment: the wheel alone, from the
    # file, with no index (it has no dependencies).
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-index", "--quiet", wheels[0]],
        check=True,
    )
    where = subprocess.run(
        [python, "-c", "import article_highlighter as a; print(a.__file__)"],
        capture_output=True, check=True, text=True,
    ).stdout
    assert where.startswith(str(venv)), where
    for path in ([SEED] if os.path.exists(SEED) else []) + ARTICLES[:1]:
        out = subprocess.run([python, "-c", SCRIPT, path], capture_output=True, check=True, text=True)
        assert json.loads(out.stdout) == in_code_points(read(path), cli_extract(path)), path
