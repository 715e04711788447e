"""The potf2 replay: a Cholesky factor rounded step by step as OpenBLAS's Haswell kernels round it."""
import numpy as np
import pytest

from distnet.ndarray.openblas_potf2 import potf2_lower


def test_two_by_two_factor_rounds_each_float32_step():
    a = np.array([[5., 2.], [2., 8.]], np.float32)
    off = np.float32(2) * (np.float32(1) / np.sqrt(np.float32(5)))
    expected = np.sqrt(np.float32(8) - off * off)        # float32 throughout: 2.6832814, not NumPy's 2.6832817
    low = potf2_lower(a)
    assert low[1, 0] == off and low[1, 1] == expected and low[0, 1] == 0


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("n", [1, 3, 5, 8])
def test_factor_reproduces_the_matrix(n, dtype):
    rng = np.random.RandomState(n)
    b = rng.uniform(-1, 1, (n, n))
    a = (b @ b.T + n * np.eye(n)).astype(dtype)
    low = potf2_lower(a)
    assert low.dtype == dtype and np.array_equal(low, np.tril(low))
    tol = 1e-5 if dtype == np.float32 else 1e-12
    np.testing.assert_allclose(low.astype(np.float64) @ low.T.astype(np.float64), a, rtol=tol, atol=tol)
