"""Unmodified MXNet 1.x scripts print exactly what MXNet 1.9.1 printed for them.

Each ``scripts/NAME.py`` is run in a process of its own with ``mxnet`` served by distnet (forked
from a runner that imported distnet once, see script_runner.py); its output must equal
``scripts/NAME.out``, recorded once from MXNet 1.9.1 (``python regen.py`` with a Python that has
mxnet installed rewrites the .out files).
"""
import pathlib

import pytest

from script_runner import ScriptRunner

HERE = pathlib.Path(__file__).parent
SCRIPTS = sorted(p for p in (HERE / "scripts").glob("*.py") if not p.name.startswith("_"))   # _*.py: helpers


@pytest.fixture(scope="module")
def runner():
    r = ScriptRunner()
    yield r
    r.close()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_script_prints_what_mxnet_prints(script, runner):
    expected = script.with_suffix(".out").read_text()
    run = runner.run(script, timeout=100)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout == expected
