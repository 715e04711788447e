"""A global average Pooling takes oneDNN or MXNet's own kernel by the window it was given (MXNet 1.9.1).

No kernel at all: MXNet's own kernel (each element divided, then summed); a kernel: oneDNN (sum, then divide),
except with the 'full' convention when that window (stride 1 and pad 0 by default) does not fit the input
evenly. Values measured on MXNet 1.9.1 for uniform(-2, 2) data of shape (2, 3, 7, 7), seed 0.
"""
import numpy as np
import pytest

from distnet import autograd, nd

OWN_KERNEL = [0.166085347533226, -0.37459561228752136, 0.24194498360157013]
ONEDNN = [0.16608530282974243, -0.37459561228752136, 0.24194501340389252]


@pytest.mark.parametrize("convention, window, expected", [
    ("full", {}, OWN_KERNEL),
    ("valid", {}, OWN_KERNEL),
    ("full", dict(kernel=(2, 2)), ONEDNN),
    ("full", dict(kernel=(2, 2), stride=(2, 2)), OWN_KERNEL),
    ("valid", dict(kernel=(2, 2), stride=(2, 2)), ONEDNN),
    ("full", dict(kernel=(2, 2), stride=(3, 3), pad=(1, 1)), OWN_KERNEL),
    ("full", dict(kernel=(4, 3), stride=(3, 2)), ONEDNN),
    ("full", dict(kernel=(2, 2), stride=(1, 2)), OWN_KERNEL),
])
def test_global_average_kernel_follows_the_given_window(convention, window, expected):
    x = nd.array(np.random.RandomState(0).uniform(-2, 2, size=(2, 3, 7, 7)).astype(np.float32))
    x.attach_grad()
    with autograd.record():
        y = nd.Pooling(x, pool_type="avg", global_pool=True, pooling_convention=convention, **window)
    y.backward()
    assert y.shape == (2, 3, 1, 1)
    assert y.asnumpy().ravel()[:3].tolist() == expected
    assert np.all(x.grad.asnumpy() == np.float32(1) / np.float32(49))
