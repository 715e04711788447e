"""Unmodified MXNet 1.x scripts print exactly what MXNet 1.9.1 printed for them.

Each ``scripts/NAME.py`` is run in a process of its own with ``mxnet`` served by distnet (forked
from a runner that imported distnet once, see script_runner.py); its output must equal
``scripts/NAME.out``, recorded once from MXNet 1.9.1 (``python regen.py`` with a Python that has
mxnet installed rewrites the .out files). A script with the line ``# recorded on AVX2`` was recorded on
an AVX2 CPU: distnet then follows oneDNN's AVX2 kernels for it (the others: the AVX-512 ones, see conftest).
"""
import pathlib

import pytest

from script_runner import ScriptRunner

HERE = pathlib.Path(__file__).parent
SCRIPTS = sorted(p for p in (HERE / "scripts").glob("*.py") if not p.name.startswith("_"))   # _*.py: helpers


AVX2_MARK = "# recorded on AVX2"


@pytest.fixture(scope="module")
def runners():
    """A runner per oneDNN ISA, started when a script first needs it."""
    started = {}

    def get(isa):
        if isa not in started:
            started[isa] = ScriptRunner(env={"DISTNET_ONEDNN_ISA": isa} if isa else None)
        return started[isa]
    yield get
    for r in started.values():
        r.close()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_script_prints_what_mxnet_prints(script, runners):
    expected = script.with_suffix(".out").read_text()
    avx2 = AVX2_MARK in script.read_text().splitlines()
    run = runners("avx2" if avx2 else None).run(script, timeout=100)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout == expected
