"""Pooling of a view (x.reshape(...), x[a:b], x[i]) runs MXNet's own kernel instead of oneDNN, as MXNet 1.9.1.

MXNet's kernel divides each element by the window size before summing, oneDNN sums then divides; the values
below were measured on MXNet 1.9.1 (average 3x3 windows, stride 2, pad 1, over 0..15 or 16..31).
"""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.gluon import nn

ONEDNN = [1.1111111640930176, 2.6666667461395264, 5.666666507720947, 10.0]
OWN_KERNEL = [1.1111111640930176, 2.6666669845581055, 5.6666669845581055, 10.0]
ONEDNN_SECOND = [8.222222328186035, 13.333333015441895, 16.33333396911621, 26.0]
OWN_KERNEL_SECOND = [8.222222328186035, 13.333333015441895, 16.333332061767578, 26.0]


def avg(x, **kw):
    kw = dict(dict(kernel=(3, 3), stride=(2, 2), pad=(1, 1)), **kw)
    return nd.Pooling(x, pool_type="avg", **kw).asnumpy().ravel().tolist()


def grid(n=1):
    return nd.array(np.arange(16 * n).reshape(n, 1, 4, 4))


@pytest.mark.parametrize("make, expected", [
    (lambda: grid(), ONEDNN),
    (lambda: nd.arange(16).reshape((1, 1, 4, 4)), OWN_KERNEL),
    (lambda: grid().reshape((16,)).reshape((1, 1, 4, 4)), ONEDNN),      # back to the storage's own shape
    (lambda: grid().reshape((1, 1, 4, 4)), ONEDNN),
    (lambda: grid(2)[1:2], OWN_KERNEL_SECOND),
    (lambda: grid(2)[0:1], OWN_KERNEL),
    (lambda: nd.array(np.arange(32).reshape(2, 1, 1, 4, 4))[1], OWN_KERNEL_SECOND),
    (lambda: nd.array(np.arange(16).reshape(1, 4, 4)).expand_dims(0, inplace=True), OWN_KERNEL),
    (lambda: nd.array(np.arange(16).reshape(1, 4, 4)).expand_dims(0), ONEDNN),
    (lambda: nd.reshape(nd.arange(16), shape=(1, 1, 4, 4)), ONEDNN),       # the operator's result is a copy
    (lambda: nd.arange(16).reshape((1, 1, 4, 4)).copy(), ONEDNN),
    (lambda: nd.array(np.arange(32).reshape(1, 2, 4, 4))[:, 1:2], OWN_KERNEL_SECOND),     # one block: a view
    (lambda: nd.array(np.arange(32).reshape(1, 2, 4, 4))[0:1, 1:2], OWN_KERNEL_SECOND),
    (lambda: nd.array(np.arange(16).reshape(1, 4, 4))[None], OWN_KERNEL),
    (lambda: nd.array(np.arange(32).reshape(1, 2, 4, 4))[0][None][:, 0:1], OWN_KERNEL),
    (lambda: nd.array(np.arange(32).reshape(1, 2, 4, 4))[0][None], ONEDNN + ONEDNN_SECOND),  # the storage's shape
    (lambda: nd.array(np.arange(64).reshape(4, 1, 4, 4))[1:4:2], ONEDNN_SECOND + [
        22.44444465637207, 34.66666793823242, 37.66666793823242, 58.0]),                   # strided: a copy
])
def test_average_of_a_view_takes_mxnets_own_kernel(make, expected):
    assert avg(make()) == expected


def test_written_view_stays_a_view_and_full_slice_is_not_one():
    v = nd.arange(16).reshape((1, 1, 4, 4))
    v[:] = v + 0
    assert avg(v) == OWN_KERNEL
    assert avg(grid(2)[0:2]) == ONEDNN + ONEDNN_SECOND


def test_one_dimensional_view():
    x = nd.arange(12).reshape((1, 2, 6))
    assert avg(x, kernel=(3,), stride=(2,), pad=(1,)) == [0.3333333432674408, 2.0, 4.0, 4.3333330154418945, 8.0,
                                                          10.0]


def test_pad_as_large_as_the_kernel_refused_by_onednn_only():
    kw = dict(kernel=(2, 2), pad=(2, 2), stride=(1, 1), pool_type="max")
    y = nd.Pooling(nd.arange(16).reshape((1, 1, 4, 4)), **kw).asnumpy()
    assert y.shape == (1, 1, 7, 7) and y[0, 0, 0, 0] == np.finfo(np.float32).min and y.max() == 15
    with pytest.raises(mx.base.MXNetError, match="pad_l"):
        nd.Pooling(grid(), **kw).asnumpy()


def test_hybridized_block_and_recorded_pass_see_the_view():
    net = nn.HybridSequential()
    net.add(nn.AvgPool2D(3, strides=2, padding=1))
    net.hybridize()
    assert net(nd.arange(16).reshape((1, 1, 4, 4))).asnumpy().ravel().tolist() == OWN_KERNEL
    assert net(grid()).asnumpy().ravel().tolist() == ONEDNN
    x = nd.arange(16).reshape((1, 1, 4, 4))
    x.attach_grad()
    with mx.autograd.record():
        y = nd.Pooling(x, kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type="avg")
    y.backward()
    assert y.asnumpy().ravel().tolist() == OWN_KERNEL
    assert x.grad.asnumpy().ravel()[:3].tolist() == [0.1111111119389534, 0.2222222238779068, 0.1111111119389534]


def test_numpy_mode_contiguous_blocks_are_views():
    from distnet import np as mnp, npx
    y = mnp.arange(64).reshape(2, 2, 4, 4)       # mx.np's reshape is an operator: no view
    pool = lambda v: npx.pooling(v, kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type="avg").reshape(-1).tolist()
    assert pool(y[0:1]) == OWN_KERNEL + OWN_KERNEL_SECOND
    assert pool(y[:, 0:1])[:4] == ONEDNN            # not one block: a copy
    assert pool(mnp.arange(16).reshape(1, 1, 4, 4)) == ONEDNN


def test_views_stay_in_pinned_memory_copies_do_not():
    x = nd.ones((1, 2, 3), ctx=mx.cpu_pinned())
    kept = {"[:, 1:2]": x[:, 1:2], "[0:1, 1:2]": x[0:1, 1:2], "[None]": x[None], "[0]": x[0], "[0, 1]": x[0, 1],
            "[..., 0:3]": x[..., 0:3]}
    assert {k: str(v.context) for k, v in kept.items()} == dict.fromkeys(kept, "cpu_pinned(0)")    # MXNet 1.9.1
    assert str(x[:, :, 1:2].context) == str(x[0, :, 1].context) == "cpu(0)"
