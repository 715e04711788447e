"""The LAPACK replays behind np.linalg.svd and pinv: where they run, and that stacks beyond their budget still
decompose (by NumPy's LAPACK)."""
import numpy as np
import pytest

import distnet as mx
from distnet.ndarray import openblas_gesdd, openblas_gesvd


@pytest.mark.parametrize("shape, count, expected", [
    ((3, 5), 1, True), ((5, 3), 1, False), ((32, 40), 1, True), ((33, 40), 1, False), ((8, 2000), 1, False),
    ((3, 3), 200, True), ((3, 3), 300, False), ((0, 3), 1, False)])
def test_gesvd_replays_small_matrices_and_stacks(shape, count, expected):
    assert openblas_gesvd.replays(np.ones(shape), count) is expected


def test_replays_take_non_finite_matrices_of_few_rows_only():
    a = np.ones((4, 6))
    a[1, 2] = np.nan
    assert openblas_gesvd.replays(a) and openblas_gesdd.replays(a.T)
    b = np.ones((13, 13))
    b[0, 0] = np.inf
    assert not openblas_gesvd.replays(b) and not openblas_gesdd.replays(b)


def test_gesdd_replays_up_to_25_columns():
    assert openblas_gesdd.replays(np.ones((30, 25))) and not openblas_gesdd.replays(np.ones((30, 26)))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_stack_beyond_the_budget_still_decomposes(dtype):
    a = np.random.RandomState(0).uniform(-1, 1, (300, 3, 4)).astype(dtype)
    ut, l, v = mx.np.linalg.svd(mx.np.array(a, dtype=dtype))
    rebuilt = np.einsum("bij,bj,bjk->bik", ut.asnumpy(), l.asnumpy(), v.asnumpy())
    assert np.allclose(rebuilt, a, atol=1e-4)
    p = mx.np.linalg.pinv(mx.np.array(a, dtype=dtype)).asnumpy()
    assert np.allclose(np.einsum("bij,bjk,bkl->bil", a, p, a), a, atol=1e-3)
