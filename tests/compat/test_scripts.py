"""Unmodified MXNet 1.x scripts print exactly what MXNet 1.9.1 printed for them.

Each ``scripts/NAME.py`` is run in a fresh process with ``mxnet`` served by distnet; its output
must equal ``scripts/NAME.out``, recorded once from MXNet 1.9.1 (``python regen.py`` with a
Python that has mxnet installed rewrites the .out files).
"""
import pathlib
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).parent
SCRIPTS = sorted((HERE / "scripts").glob("*.py"))


@pytest.mark.timeout(120)
@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_script_prints_what_mxnet_prints(script):
    expected = script.with_suffix(".out").read_text()
    run = subprocess.run([sys.executable, str(HERE / "mxnet_alias.py"), str(script)],
                         capture_output=True, text=True, timeout=110, cwd=script.parent)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout == expected
