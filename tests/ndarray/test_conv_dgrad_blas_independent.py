"""A float32 convolution's data gradient over few filters is summed in one fixed order (a chain of fused
multiply-adds, as MXNet's kernel sums it), so its bits do not depend on which BLAS kernels numpy's OpenBLAS
picks for the CPU."""
import os
import subprocess
import sys

import numpy as np

_CASE = """
import numpy as np
from distnet import autograd, nd
rs = np.random.RandomState(28)
x = nd.array(rs.uniform(-0.5, 0.5, (3, 16, 8, 8)))
w = nd.array(rs.uniform(-0.5, 0.5, (12, 16, 1, 1)))
head = nd.array(rs.uniform(-0.5, 0.5, (3, 12, 8, 8)))
x.attach_grad()
with autograd.record():
    y = nd.Convolution(x, w, no_bias=True, kernel=(1, 1), num_filter=12)
y.backward(head)
print(x.grad.asnumpy().tobytes().hex())
"""


def _data_gradient(coretype):
    env = dict(os.environ, OPENBLAS_CORETYPE=coretype)
    env.pop("DISTNET_OPENBLAS_CORE", None)     # (asked for Haswell's sums, distnet would have numpy run Haswell's kernels)
    run = subprocess.run([sys.executable, "-c", _CASE], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return np.frombuffer(bytes.fromhex(run.stdout.strip()), np.float32).reshape(3, 16, 8, 8)


def test_data_gradient_bits_are_the_same_whatever_blas_kernel_numpy_runs():
    haswell, prescott = _data_gradient("Haswell"), _data_gradient("Prescott")
    assert haswell.tobytes() == prescott.tobytes()
    rs = np.random.RandomState(28)
    rs.uniform(-0.5, 0.5, (3, 16, 8, 8))
    w = rs.uniform(-0.5, 0.5, (12, 16, 1, 1)).astype(np.float32).astype(np.float64)
    head = rs.uniform(-0.5, 0.5, (3, 12, 8, 8)).astype(np.float32).astype(np.float64)
    exact = np.einsum("nfhw,fc->nchw", head, w[:, :, 0, 0])
    np.testing.assert_allclose(haswell, exact, rtol=1e-5, atol=1e-6)
