"""FullyConnected forward and gradients match MXNet 1.9.1 bit for bit on an AVX2 CPU (DISTNET_ONEDNN_ISA=avx2)."""
import json
import os
import pathlib
import subprocess
import sys

import numpy as np
import pytest

HERE = pathlib.Path(__file__).parent
FIXTURE = HERE / "data" / "fc_avx2_mxnet_1.9.1.npz"
# prints, per stored result, how many of its elements differ from MXNet's (recorded on an AMD EPYC, AVX2)
CHECK = f"""
import json, sys
import numpy as np
sys.path.insert(0, {str(HERE)!r})
import distnet as mx
import fc_avx2_cases as cases
from distnet.ndarray import onednn
ref = np.load({str(FIXTURE)!r})
got = cases.results(mx)
diffs = {{name: int((got[name] != ref[name]).sum()) for name in ref.files}}
print(json.dumps({{"lanes": onednn._LANES, "diffs": diffs}}))
"""


def _run(isa):
    env = dict(os.environ, DISTNET_ONEDNN_ISA=isa)
    run = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.splitlines()[-1])


@pytest.mark.timeout(300)
def test_avx2_fully_connected_matches_mxnet_on_an_avx2_cpu():
    result = _run("avx2")
    assert result == {"lanes": 8, "diffs": {"fwd": 0, "fwd_nobias": 0, "dx": 0, "dw": 0, "db": 0}}


@pytest.mark.timeout(300)
def test_avx512_kernels_sum_those_products_otherwise():
    result = _run("avx512_core")
    assert result["lanes"] == 16
    assert result["diffs"]["fwd"] > 0 and result["diffs"]["dx"] > 0 and result["diffs"]["dw"] > 0


def test_fixture_holds_every_case():
    import fc_avx2_cases as cases
    ref = np.load(FIXTURE)
    assert ref["fwd"].size == sum(r * o for r, _, o in cases.FORWARD)
    assert ref["dw"].size == sum(u * o for _, u, o in cases.BACKWARD)


def test_kernel_shapes():
    from distnet.ndarray import onednn_avx2 as k
    # rows in 6s inside blocks of 96: 200 rows are 96 and 104, 250 are 96 and two halves of 77
    assert k._spans(200, 96) == [(0, 96), (96, 200)]
    assert k._spans(250, 96) == [(0, 96), (96, 173), (173, 250)]
    assert list(k._row_tiles(10, 96)) == [6] * 6 + [4] * 4
    # outputs: 16-wide tiles, a tail of 9-15 still 16 wide, of up to 8 eight wide
    assert list(k._wide_outputs(20)) == [True] * 16 + [False] * 4
    assert k._wide_outputs(9).all()
    # units: 256 while 512 remain, a rest longer than 256 in halves
    assert k._spans(700, 256, halve_above=256) == [(0, 256), (256, 478), (478, 700)]


@pytest.mark.timeout(300)
def test_avx2_layer_sized_products_match_mxnet():
    from avx2_fixture import wrong_cases
    assert wrong_cases("fc_large_avx2_cases", "fc_large_avx2_mxnet_1.9.1.npz") == {
        "lanes": 8, "wrong": {"fwd": [], "dx": [], "dw": [], "db": []}}


@pytest.mark.parametrize("units, rows, outs", [(1, 1, 1), (2, 3, 7), (37, 1, 30), (256, 64, 100), (255, 2, 8),
                                               (1000, 1, 5), (513, 3, 9)])
@pytest.mark.parametrize("fused", [True, False])
@pytest.mark.parametrize("chains", [1, 2])
def test_blas_chains_sum_as_the_emulated_chains(units, rows, outs, fused, chains):
    from distnet.ndarray import onednn_avx2 as k
    # (where this machine's BLAS sums 7-wide products otherwise, _block_sums falls back on the emulation)
    rng = np.random.RandomState(units)
    a, w = (rng.randn(units, n).astype(np.float32) for n in (rows, outs))
    np.testing.assert_array_equal(k._block_sums(a, w, fused, chains), k._emulated_sums(a, w, fused, chains))


@pytest.mark.parametrize("rows, outs", [(3, 40000), (70, 1500), (1500, 70), (33, 1025)])
@pytest.mark.parametrize("fused, chains", [(True, 1), (True, 2), (False, 2)])
def test_emulated_sums_in_tiles_sum_as_in_one_pass(monkeypatch, rows, outs, fused, chains):
    from distnet.ndarray import onednn_avx2 as k
    rng = np.random.RandomState(rows)
    a, w = (rng.randn(9, n).astype(np.float32) for n in (rows, outs))
    start = rng.randn(rows, outs).astype(np.float32) if chains == 1 else None
    tiled = k._emulated_sums(a, w, fused, chains, start)
    monkeypatch.setattr(k, "_TILE", rows * outs)
    np.testing.assert_array_equal(tiled, k._emulated_sums(a, w, fused, chains, start))
