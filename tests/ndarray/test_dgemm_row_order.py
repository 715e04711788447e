"""Single-row float64 products (num_filter=1 and depthwise float64 (de)convolutions) sum as MXNet's dgemm
(values measured on MXNet 1.9.1)."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.ndarray.dgemm_row import fma, row_product


def test_row_product_matches_mxnet_gemm_across_inner_blocks():
    expected = {
        9: [1.318674408671688, -3.8121469892420476, 1.2037168956662936, 1.1427574073598787, -1.429080065284307,
            2.1270773601831747],
        300: [-25.43055671808996, 36.75745798127685, 15.037949069780066, -16.123166269576224, -8.88559882814308,
              -3.7703442147412853],
        513: [-43.2080621029451, -34.13413533310271, 48.20347667733915, -1.7163768149268934, 30.583150633671735,
              9.274037536238414]}
    for k, want in expected.items():
        rs = np.random.RandomState(k)
        a, b = rs.standard_normal((1, k)), rs.standard_normal((k, 6))
        assert row_product(a, b).ravel().tolist() == want


def test_fma_rounds_once():
    a, b = np.array([1 + 2.0 ** -30]), np.array([1 - 2.0 ** -30])
    assert fma(a, b, np.array([-1.0]))[0] == -(2.0 ** -60)       # a*b rounded first would give 0
    assert fma(np.array([3.0]), np.array([5.0]), np.array([0.5]))[0] == 15.5


def test_single_filter_convolution_float64():
    rs = np.random.RandomState(7)
    x = nd.array(rs.standard_normal((2, 3, 5, 4)), dtype="float64")
    w = nd.array(rs.standard_normal((1, 3, 3, 2)), dtype="float64")
    b = nd.array(rs.standard_normal((1,)), dtype="float64")
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=(3, 2), num_filter=1, pad=(1, 0))
    y.backward(nd.array(rs.standard_normal(y.shape), dtype="float64"))
    assert y.asnumpy().ravel()[:8].tolist() == [
        2.9973698240826394, -2.682543163809819, -4.170517219549863, 2.9773544405418173, -4.530488566350483,
        -8.18436083315187, 0.8633578636501216, -4.5904051834148065]
    assert w.grad.asnumpy().ravel().tolist() == [
        -6.452858244186526, 2.1902158986985496, -0.22190465327140563, -5.973389505520025, 1.5930776789752539,
        -4.386764619465716, 2.62704701457806, 3.6662926532722806, 4.22771275803667, 8.642273706039834,
        -0.7082144458049657, -7.606975293125451, 0.492740100766496, -3.739176110151856, -0.8067963896856281,
        -1.0300677062637567, -7.677118107974199, 0.9534377920595412]
    assert b.grad.asnumpy().tolist() == [-2.997667176841717]


def test_depthwise_deconvolution_float64():
    rs = np.random.RandomState(7)
    for shape in ((2, 3, 5, 4), (1, 3, 3, 2), (1,), (2, 1, 5, 3)):
        rs.standard_normal(shape)           # the draws of the test above
    x = nd.array(rs.standard_normal((1, 3, 4)), dtype="float64")
    w = nd.array(rs.standard_normal((3, 1, 3)), dtype="float64")
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.Deconvolution(x, w, kernel=(3,), num_filter=3, num_group=3, stride=(2,))
    y.backward(nd.array(rs.standard_normal(y.shape), dtype="float64"))
    assert x.grad.asnumpy().ravel().tolist() == [
        1.199949245270712, -2.3284409133918986, -2.5003273782844557, 0.5997396789695743, 1.74740486670394,
        4.6312349339605206, -0.5662910773074722, -1.5750836910508486, -1.5739322304389556, -0.0746036107796939,
        1.0521817501215476, -0.17840878677463778]
    assert w.grad.asnumpy().ravel().tolist() == [
        -1.3273977959776622, 1.6070884413324702, 0.34515822667103657, 0.12011933304182257, 0.085209573935043,
        2.907525929196148, 1.4245957411289187, 0.3979945462303883, -0.8236742419483379]


def test_float64_single_rows_in_fully_connected_dot_and_batch_dot():
    rs = np.random.RandomState(5)
    a = nd.array(rs.standard_normal((13,)), dtype="float64")
    b = nd.array(rs.standard_normal((13, 6)), dtype="float64")
    assert nd.dot(a, b).asnumpy().tolist() == [2.4474727410349066, 1.045090724491522, 1.051779127665569,
                                               3.19578973578276, 1.7540948909444845, 0.8608088093439613]
    assert nd.dot(b.T, a).asnumpy().tolist()[3] == 3.1957897357827596       # a column: the matrix kernel
    assert nd.dot(a, a).asnumpy().tolist() == [11.706783240099252]
    rows = nd.batch_dot(nd.array(rs.standard_normal((3, 1, 13)), dtype="float64"),
                        nd.array(rs.standard_normal((3, 13, 6)), dtype="float64"))
    assert rows.asnumpy().ravel()[[0, 3, 17]].tolist() == [0.6205510871793296, -1.848675345655395,
                                                          -2.8169437969223323]
    rs = np.random.RandomState(3)
    x = nd.array(rs.standard_normal((1, 9)), dtype="float64")
    w, bias = nd.array(rs.standard_normal((5, 9)), dtype="float64"), nd.array(rs.standard_normal((5,)), dtype="float64")
    assert nd.FullyConnected(x, w, bias, num_hidden=5).asnumpy().ravel().tolist() == [
        -1.5452802669184957, 0.435178297315461, -0.6324678553934886, -2.236420476424934, 1.0557515917089453]


def test_float64_fully_connected_bias_gradient_is_a_kahan_sum_even_with_a_frozen_weight():
    rs = np.random.RandomState(12)
    x = nd.array(rs.standard_normal((9, 5)), dtype="float64")
    w, b = nd.array(rs.standard_normal((3, 5)), dtype="float64"), nd.array(rs.standard_normal((3,)), dtype="float64")
    b.attach_grad()
    with autograd.record():
        y = nd.FullyConnected(x, w, b, num_hidden=3)
    y.backward(nd.array(rs.standard_normal((9, 3)) * 10.0 ** rs.randint(-3, 4, (9, 3)), dtype="float64"))
    assert b.grad.asnumpy().tolist() == [-1407.6977660486143, -160.68095057316432, 1475.9639411947287]


@pytest.mark.parametrize("core,want,square", [
    # OpenBLAS's AVX2 kernels: each output fused-multiply-adds its terms in order, in blocks of 320
    ("haswell", [19.379810333251953, 10.727742195129395, -25.638919830322266, 38.42679977416992, 29.75294303894043],
     [730.8635864257812]),
    # its Prescott kernels (a CPU OpenBLAS 0.3.13 does not know): rounded products in their tiles' orders
    ("prescott", [19.37982177734375, 10.72773551940918, -25.638912200927734, 38.426788330078125, 29.752939224243164],
     [730.863525390625])])
def test_float32_vector_products_sum_as_mxnets_sgemm(core, want, square, monkeypatch):
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    rs = np.random.RandomState(21)
    a = nd.array(rs.standard_normal((700,)))
    b = nd.array(rs.standard_normal((700, 5)))
    assert nd.dot(a, b).asnumpy().tolist() == want
    assert nd.dot(b.T, a).asnumpy().tolist() == want
    assert nd.dot(a, a).asnumpy().tolist() == square


# MXNet 1.9.1 on a CPU its OpenBLAS does not know: the Prescott dgemm's tiles in FullyConnected and dot
@pytest.mark.parametrize("m,k,n,expected", [
    (1, 13, 6, ("c3eb0873cfd51fe6", "f1b4185518fa1742", "8ac200401ccf61c5", "ba8b78b194e6c073")),
    (7, 600, 9, ("eefbe7b33fcd79ea", "72e0ac94d11ee9f5", "9b1d535ca2fe07d6", "bc5ace6ec0d30383")),
    (5, 21, 3, ("7ea183ed734a2d73", "3b3b57b5bd7e8cfe", "768ad99ed01f3478", "56e14628c54db1d9"))])
def test_float64_fully_connected_and_dot_add_as_openblas_prescott_dgemm(m, k, n, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    rs = np.random.RandomState(m * k + n)
    x = nd.array(rs.randn(m, k), dtype="float64")
    w = nd.array(rs.randn(n, k), dtype="float64")
    b = nd.array(rs.randn(n), dtype="float64")
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.FullyConnected(x, w, b, num_hidden=n)
    y.backward(nd.array(rs.randn(m, n), dtype="float64"))
    d = nd.dot(x, w, transpose_b=True)
    assert tuple(hashlib.sha256(r.asnumpy().tobytes()).hexdigest()[:16] for r in (y, x.grad, w.grad, d)) == expected
