"""Pooling pads as MXNet 1.9.1's CPU kernels take them (values measured on MXNet 1.9.1).

oneDNN (float32, channel-first, max or avg) refuses a pad as large as the kernel; MXNet's own kernel
(float64, float16, channel-last, sum, lp) pads freely and fills windows with no input with the lowest float.
"""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError

X = np.arange(15, dtype=np.float64).reshape(1, 1, 3, 5) - 7


@pytest.mark.parametrize("pool_type", ["max", "avg"])
@pytest.mark.parametrize("kw", [dict(kernel=(2, 2), pad=(2, 1)), dict(kernel=(2,), pad=(2,)),
                                dict(kernel=(2, 2), pad=(0, 2), stride=(3, 3), pooling_convention="full")])
def test_onednn_pooling_refuses_pad_as_large_as_kernel(pool_type, kw):
    x = nd.array(X if len(kw["kernel"]) == 2 else X[0])
    with pytest.raises(MXNetError, match=r"pad_l\[\d\] < kernel"):
        nd.Pooling(x, pool_type=pool_type, **kw)


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
    # oneDNN takes an avg 'full' pooling only when its windows fit the output evenly; this one it does not
    y = nd.Pooling(nd.array(X), kernel=(2, 2), pad=(2, 1), stride=(3, 3), pool_type="avg", pooling_convention="full")
    assert y.asnumpy()[0, 0].tolist() == [[0, 0, 0], [0.25, 3, 0], [0, 0, 0]]
