"""Convolution (and Deconvolution, average Pooling) outputs and gradients match MXNet 1.9.1 bit for bit on an AVX2
CPU (DISTNET_ONEDNN_ISA=avx2): oneDNN's direct kernel's and im2col sgemm's summation orders."""
import pytest

from avx2_fixture import wrong_cases

# results not replayed in MXNet's order (case indices)
NOT_REPLAYED = {"dx": [], "dw": [], "deconv": []}


@pytest.mark.timeout(300)
def test_avx2_convolution_matches_mxnet_on_an_avx2_cpu():
    wrong = {"train": [], "predict": [], "deconv_dx": [], "deconv_dw": [], "avg_pool_dx": [], **NOT_REPLAYED}
    assert wrong_cases("conv_avx2_cases", "conv_avx2_mxnet_1.9.1.npz") == {"lanes": 8, "wrong": wrong}


@pytest.mark.timeout(300)
def test_avx2_layer_sized_convolutions_match_mxnet():
    assert wrong_cases("conv_large_avx2_cases", "conv_large_avx2_mxnet_1.9.1.npz") == {
        "lanes": 8, "wrong": {"y": [], "dx": [], "dw": []}}
