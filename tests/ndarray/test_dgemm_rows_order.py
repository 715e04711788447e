"""float64 products of several rows sum as MXNet's AVX2 dgemm: rows in pairs fuse-multiply-add each output's
terms in order, an odd last row takes the single-row kernel's four partial sums."""
from fractions import Fraction

import numpy as np
import pytest

from distnet.ndarray import dgemm_row, openblas_core

pytestmark = pytest.mark.skipif(openblas_core.core() != "haswell", reason="the AVX2 (Haswell) kernels' orders")
M = 2.0 ** 60


def fused_chain(a, b):
    """Each output's terms fused-multiply-added in order from 0, exactly rounded once per term."""
    out = np.zeros((a.shape[0], b.shape[1]))
    for i, j in np.ndindex(*out.shape):
        total = 0.0
        for k in range(a.shape[1]):
            total = float(Fraction(a[i, k]) * Fraction(b[k, j]) + Fraction(total))
        out[i, j] = total
    return out


def test_paired_rows_chain_in_order_and_an_odd_last_row_sums_four_ways():
    a = np.tile([M, 1, 1, 1, -M, 1, 1, 1], (3, 1))
    out = dgemm_row.rows_product(a, np.ones((8, 4)))
    assert out[:2].tolist() == [[3.0] * 4] * 2        # the ones before -M vanish beside M
    assert out[2].tolist() == [6.0] * 4               # sums i % 4: (M - M) + 2 + 2 + 2


@pytest.mark.parametrize("m, n, k", [(2, 3, 5), (4, 4, 17), (6, 1, 9), (3, 2, 4), (5, 3, 8)])
def test_even_rows_are_fused_chains(m, n, k):
    rs = np.random.RandomState(m * 100 + n * 10 + k)
    a, b = rs.standard_normal((m, k)), rs.standard_normal((k, n))
    even = m - m % 2
    assert (dgemm_row.rows_product(a, b)[:even] == fused_chain(a[:even], b)).all()


def test_matmul_replays_stacks_and_keeps_non_finite_outputs_apart():
    rs = np.random.RandomState(3)
    a, b = rs.standard_normal((2, 4, 5)), rs.standard_normal((2, 5, 3))
    assert (dgemm_row.matmul(a, b) == np.stack([fused_chain(x, y) for x, y in zip(a, b)])).all()
    a[0, 0, 0] = np.inf
    out = dgemm_row.matmul(a, b)
    assert not np.isfinite(out[0, 0]).any() and (out[0, 1:] == fused_chain(a[0, 1:], b[0])).all()


def test_add_products_adds_each_inner_block_onto_the_output_in_turn():
    a = np.ones((2, 300))
    a[:, 0], a[:, 200] = M, -M          # blocks [0, 152) and [152, 300): sums M and -M
    b = np.ones((300, 3))
    assert (dgemm_row.matmul(a, b) == 0).all()
    assert (dgemm_row.add_products(np.full((2, 3), 5.0), a, b) == 0).all()     # (5 + M) - M: the 5 is lost
    assert (dgemm_row.add_products(None, a, b) == dgemm_row.matmul(a, b)).all()


def test_syrk_mirrors_the_lower_triangle():
    from distnet import nd
    a = np.ones((5, 8))
    a[4] = [M, 1, 1, 1, -M, 1, 1, 1]          # an odd last row: its products sum four ways
    out = nd.linalg.syrk(nd.array(a, dtype="float64")).asnumpy()
    assert out[4, 0] == out[0, 4] == 6.0      # A A^T's entry (0, 4) as a paired row would sum to 3
