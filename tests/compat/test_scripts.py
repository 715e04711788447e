"""Unmodified MXNet 1.x scripts print exactly what MXNet 1.9.1 printed for them.

Each ``scripts/NAME.py`` is run in a process of its own with ``mxnet`` served by distnet (forked
from a runner that imported distnet once, see script_runner.py); its output must equal
``scripts/NAME.out``, recorded once from MXNet 1.9.1 (``python regen.py`` with a Python that has
mxnet installed rewrites the .out files). A script with the line ``# recorded on AVX2`` was recorded on
an AVX2 CPU: distnet then follows oneDNN's AVX2 kernels for it (the others: the AVX-512 ones, see conftest).
One with ``# recorded on AMD`` was recorded on an AVX-512 AMD CPU of 2 processors, whose caches oneDNN does not
read (it sizes its blocks for its guesses, 32 KiB and 512 KiB) and where MXNet gave oneDNN one thread; one with
``# recorded on AMD AVX2`` on that CPU with MXNet pinned to oneDNN's AVX2 kernels.
"""
import pathlib

import pytest

from script_runner import ScriptPool

HERE = pathlib.Path(__file__).parent
SCRIPTS = sorted(p for p in (HERE / "scripts").glob("*.py") if not p.name.startswith("_"))   # _*.py: helpers


AVX2_MARK = "# recorded on AVX2"
AMD_MARK = "# recorded on AMD"
AMD_AVX2_MARK = "# recorded on AMD AVX2"
_AMD = {"DISTNET_ONEDNN_L1": str(32 << 10), "DISTNET_ONEDNN_L2": str(512 << 10), "DISTNET_ONEDNN_THREADS": "1"}
MACHINES = {AVX2_MARK: {"DISTNET_ONEDNN_ISA": "avx2"},
            AMD_MARK: _AMD,
            AMD_AVX2_MARK: dict(_AMD, DISTNET_ONEDNN_ISA="avx2")}


WORKERS = 2     # scripts run this many at a time (each is one single-threaded process)
TEST = "test_script_prints_what_mxnet_prints"


def machine_of(script):
    """The mark of the machine ``script`` was recorded on (``MACHINES``' keys), None for conftest's."""
    lines = script.read_text().splitlines()
    return next((mark for mark in MACHINES if mark in lines), None)


@pytest.fixture(scope="module")
def results(request):
    """Every selected script, run ahead of its test by a ScriptPool, in the order the tests check them."""
    scripts = [item.callspec.params["script"] for item in request.session.items
               if getattr(item, "originalname", None) == TEST]
    pool = ScriptPool([(s, machine_of(s)) for s in scripts], MACHINES, WORKERS, timeout=100)
    yield pool
    pool.close()


@pytest.mark.timeout(250)      # a script's deadline (100 s), after one ahead of it that met its own
@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_script_prints_what_mxnet_prints(script, results):
    expected = script.with_suffix(".out").read_text()
    run = results.result(script)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout == expected
