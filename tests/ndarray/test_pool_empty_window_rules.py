"""Average pooling paths of MXNet 1.9.1: windows holding no input element, half precision data.

MXNet's own 3-D kernel writes its positive quiet nan (bits 0x7fc00000) for such a window; when the backward
runs oneDNN (float32), oneDNN refuses the window and the error surfaces when the gradient is read.
"""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd

ATTRS = dict(kernel=(2, 2, 2), stride=(2, 2, 2), pad=(1, 1, 1), pool_type="avg", pooling_convention="full",
             count_include_pad=False)


@pytest.mark.parametrize("dtype, bits", [("float32", np.uint32), ("float64", np.uint64)])
def test_empty_3d_window_is_a_positive_nan(dtype, bits):
    x = nd.array(np.arange(7 ** 3).reshape(1, 1, 7, 7, 7), dtype=dtype)
    y = nd.Pooling(x, **ATTRS).asnumpy()
    assert y.shape == (1, 1, 5, 5, 5)
    empty = np.isnan(y)
    assert empty.sum() == 61                                # the windows starting at 7 on some axis
    assert not np.signbit(y[empty]).any()
    assert {int(v) for v in y[empty].view(bits)} == {0x7fc00000 if bits is np.uint32 else 0x7ff8000000000000}
    assert y[0, 0, 0, 0, 0] == 0 and y[0, 0, 1, 1, 1] == np.mean([57, 58, 64, 65, 106, 107, 113, 114])


def test_refused_backward_surfaces_when_the_gradient_is_read():
    x = nd.array(np.arange(125.0).reshape(1, 1, 5, 5, 5))
    x.attach_grad()
    with autograd.record():
        y = nd.Pooling(x, **ATTRS)
    y.backward()                                            # MXNet's engine runs the kernel later
    assert np.isnan(y.asnumpy()).sum() == 37                # the forward itself runs MXNet's kernel
    with pytest.raises(mx.base.MXNetError, match="could not create a descriptor for a pooling"):
        x.grad.asnumpy()


def test_half_average_takes_mxnets_own_kernel_in_channel_first_layout_too():
    # MXNet runs oneDNN only for float32: half data is divided element by element, summed in float, so one
    # window here rounds apart from the float32 oneDNN result (bits 13922)
    x = nd.array(np.random.RandomState(0).uniform(-2, 2, size=(2, 3, 7, 7)), dtype="float16")
    y = nd.Pooling(x, pool_type="avg", kernel=(3, 3)).asnumpy()
    assert y.dtype == np.float16 and y.view(np.uint16).ravel()[14] == 13923       # MXNet 1.9.1
    onednn = nd.Pooling(x.astype("float32"), pool_type="avg", kernel=(3, 3)).asnumpy().astype(np.float16)
    assert np.flatnonzero(onednn != y).tolist() == [14]


def test_pad_as_large_as_the_kernel_fails_only_when_read():
    # MXNet 1.9.1: the call, the recorded graph and backward() go through; the gradient read raises, once
    x = nd.array(np.random.RandomState(0).uniform(size=(1, 1, 5, 6, 4)))
    x.attach_grad()
    with autograd.record():
        y = nd.Pooling(x, kernel=(2, 3, 2), stride=(1, 2, 3), pad=(0, 1, 2), pool_type="max")
        z = y * 2
    assert y.shape == z.shape == (1, 1, 4, 3, 3)
    z.backward()
    with pytest.raises(mx.base.MXNetError, match=r"pad_l\[2\] < kernel\[2\] \(2 vs. 2\)"):
        x.grad.asnumpy()
    assert z.asnumpy().shape == y.asnumpy().shape and x.grad.asnumpy().shape == (1, 1, 5, 6, 4)
    nd.waitall()
