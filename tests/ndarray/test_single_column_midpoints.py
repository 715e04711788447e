"""float32 single-row/column products (values measured on MXNet 1.9.1): a term whose double sum lands on a float32 midpoint is redone with the
fused step, so the result is the fused multiply-add's, not the double rounding's."""
import numpy as np

from distnet import nd

A, B = 0.999997615814209, 5.960478688393778e-08     # (1 + 2**-23) + A * B is just under a float32 midpoint


def test_fused_result_where_double_rounding_would_tie_upwards():
    lhs = nd.array([[1 + 2.0 ** -23, A]] * 3)
    rhs = nd.array([[1.0], [B]])
    naive = np.float32(float(np.float32(1 + 2.0 ** -23)) + np.float64(np.float32(A)) * np.float64(np.float32(B)))
    got = nd.dot(lhs, rhs).asnumpy()
    assert naive.view(np.uint32) == 0x3F800002                      # what rounding the double sum would give
    assert got.view(np.uint32).ravel().tolist() == [0x3F800001] * 3     # the single rounding of the exact sum
    row = nd.dot(nd.array([[1 + 2.0 ** -23, A]]), nd.array([[1.0, 1.0], [B, B]])).asnumpy()
    assert row.view(np.uint32).ravel().tolist() == [0x3F800001] * 2
