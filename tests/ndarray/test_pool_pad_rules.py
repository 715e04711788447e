"""Pooling pads as MXNet 1.9.1's CPU kernels take them (values measured on MXNet 1.9.1).

oneDNN (float32, channel-first, max or avg) refuses a pad as large as the kernel; MXNet's own kernel
(float64, float16, channel-last, sum, lp) pads freely and fills windows with no input with the lowest float.
"""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError

X = np.arange(15, dtype=np.float64).reshape(1, 1, 3, 5) - 7


@pytest.mark.parametrize("pool_type,kw", [(t, kw) for t in ("max", "avg") for kw in (
    dict(kernel=(2, 2), pad=(2, 1)), dict(kernel=(2,), pad=(2,)),
    dict(kernel=(2, 2), pad=(2, 2), stride=(1, 1), pooling_convention="full"))] + [
    ("max", dict(kernel=(2, 2), pad=(0, 2), stride=(3, 3), pooling_convention="full"))])
def test_onednn_pooling_refuses_pad_as_large_as_kernel(pool_type, kw):
    x = nd.array(X if len(kw["kernel"]) == 2 else X[0])
    y = nd.Pooling(x, pool_type=pool_type, **kw)        # the kernel finds it: raised when the result is read
    with pytest.raises(MXNetError, match=r"pad_l\[\d\] < kernel"):
        y.asnumpy()


def test_native_pooling_pads_freely_and_fills_with_lowest_float():
    y = nd.Pooling(nd.array(X, dtype="float64"), kernel=(2, 2), pad=(2, 1), pool_type="max").asnumpy()
    assert y.shape == (1, 1, 6, 6)
    assert (y[0, 0, [0, 5]] == np.finfo(np.float64).min).all() and y[0, 0, 1].tolist() == [-7, -6, -5, -4, -3, -3]
    nhwc = nd.Pooling(nd.array(X.transpose(0, 2, 3, 1)), kernel=(2, 2), pad=(2, 1), layout="NHWC").asnumpy()
    assert (nhwc[0, [0, 5], :, 0] == np.finfo(np.float32).min).all() and nhwc[0, 4, :, 0].tolist() == [3, 4, 5, 6, 7, 7]
    half = nd.Pooling(nd.array(X, dtype="float16"), kernel=(2, 2), pad=(2, 1)).asnumpy()
    assert half[0, 0, 0, 0] == np.finfo(np.float16).min
    s = nd.Pooling(nd.array(X), kernel=(2, 2), pad=(2, 1), pool_type="sum").asnumpy()
    assert s[0, 0, 2].tolist() == [-9, -16, -12, -8, -4, -1]
    a = nd.Pooling(nd.array(X, dtype="float64"), kernel=(2, 2), pad=(2, 1), pool_type="avg").asnumpy()
    assert a[0, 0, 2].tolist() == [-2.25, -4.0, -3.0, -2.0, -1.0, -0.25]


def test_avg_full_pooling_with_uneven_windows_runs_mxnets_own_kernel():
    # oneDNN's forward takes an avg 'full' pooling only when its windows fit the data evenly; these do not
    y0 = nd.Pooling(nd.array(X), kernel=(2, 2), pad=(0, 2), stride=(3, 3), pool_type="avg", pooling_convention="full")
    assert y0.shape == (1, 1, 2, 4)
    y = nd.Pooling(nd.array(X), kernel=(2, 2), pad=(2, 1), stride=(3, 3), pool_type="avg", pooling_convention="full")
    assert y.asnumpy()[0, 0].tolist() == [[0, 0, 0], [0.25, 3, 0], [0, 0, 0]]


def test_lp3_gradient_multiplies_by_the_ratio_twice_in_order():
    # MXNet's kernel: (dy * (x / y)) * (x / y), added into each input in output order
    x = nd.array(np.array([[[0.3, -1.7, 2.1, 0.9, -0.4, 1.3, 0.7]]]), dtype="float64")
    x.attach_grad()
    with autograd.record():
        y = nd.Pooling(x, kernel=(3,), stride=(1,), pad=(1,), pool_type="lp", p_value=3, pooling_convention="full")
    y.backward(nd.array(np.array([[[0.5, -1.1, 0.3, 2.2, -0.7, 1.9, -0.6]]]), dtype="float64"))
    assert y.asnumpy().ravel().tolist() == [-1.6968800908674044, 1.6355331550942953, 1.7187091450343885,
                                            2.1491072551003225, 1.419787047349011, 1.352851767693264,
                                            1.3644089897625873]
    assert x.grad.asnumpy().ravel().tolist() == [-0.02138153402461896, -0.3930806137377919, 0.735002391009369,
                                                 0.18680988259538067, 0.18675269790862947, 0.6228910727942455,
                                                 0.35075772319642284]


def test_channel_last_average_divides_each_value_then_sums():
    a = nd.array(np.array([[[[0.1], [0.2], [0.7]], [[0.3], [0.9], [0.4]]]]), dtype="float32")
    y = nd.Pooling(a, kernel=(1, 3), pool_type="avg", layout="NHWC", pad=(0, 1)).asnumpy().ravel()
    assert y.tolist() == [0.10000000894069672, 0.3333333432674408, 0.30000001192092896, 0.3999999761581421,
                          0.5333333015441895, 0.4333333373069763]


def test_global_max_gradient_is_positive_zero_off_the_maximum():
    g = nd.arange(6).reshape((1, 1, 2, 3))
    g.attach_grad()
    with autograd.record():
        m = nd.Pooling(g, kernel=(1, 1), global_pool=True)
    m.backward(nd.array([[[[-2.0]]]]))
    grad = g.grad.asnumpy().ravel()
    assert grad.tolist() == [0, 0, 0, 0, 0, -2] and not np.signbit(grad[:5]).any()
