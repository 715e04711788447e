"""np.linalg.solve of small systems with several right-hand sides as OpenBLAS's trsm kernels solve them: fused
updates on Haswell, rounded products on Prescott (hashes recorded from MXNet 1.9.1 with each kernel set)."""
import hashlib

import numpy as onp
import pytest

from distnet import np

pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("core,expected", [("prescott", ["0961d87a8b", "2d7d0f9805"]),
                                           ("haswell", ["0961d87a8b", "c52c50e236"])])
def test_small_systems_solve_as_each_kernel_set(core, expected, monkeypatch):
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    rs = onp.random.RandomState(5)
    got = []
    for n in (1, 2):
        a, b = rs.randn(4, n, n).astype("float32"), rs.randn(4, n, 3).astype("float32")
        got.append(hashlib.md5(np.linalg.solve(np.array(a), np.array(b)).asnumpy().tobytes()).hexdigest()[:10])
    assert got == expected
