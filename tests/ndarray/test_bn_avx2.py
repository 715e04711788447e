"""BatchNorm on a convolution's output matches MXNet 1.9.1 bit for bit on an AVX2 CPU (DISTNET_ONEDNN_ISA=avx2):
the direct kernel's output comes in blocks of 8 channels, whose BatchNorm sums run on in one chain per channel."""
import numpy as np
import pytest

from avx2_fixture import wrong_cases


@pytest.mark.timeout(300)
def test_avx2_batch_norm_on_blocked_convolution_output_matches_mxnet():
    assert wrong_cases("bn_avx2_cases", "bn_avx2_mxnet_1.9.1.npz") == {
        "lanes": 8, "wrong": {"y": [], "dx": [], "dgamma": [], "dbeta": [], "var": [], "before_conv": []}}


@pytest.mark.parametrize("rows, units", [(16, 32768), (3, 1000), (8, 255), (2, 1), (4, 0)])
def test_fused_dots_are_one_chain_of_fused_multiply_adds(rows, units):
    from distnet.ndarray import onednn_avx2
    rng = np.random.RandomState(units)
    a, b = (rng.randn(rows, units).astype(np.float32) for _ in range(2))
    expected = np.zeros(rows, np.float32)
    for t in range(units):      # a fused multiply-add: the exact product added, rounded once
        expected = (expected + a[:, t].astype(np.float64) * b[:, t]).astype(np.float32)
    np.testing.assert_array_equal(onednn_avx2.fused_dots(a, b), expected)
