"""x + y, x - y, x * y with arrays and numbers: the direct ufunc path gives numpy's float32 results bit for bit."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError


def _bits(a):
    return np.asarray(a, np.float32).view(np.int32)


@pytest.mark.parametrize("number", [0.1, 1 / 3, -0.0, 0.0, 3.3e38, -7.25e-39, np.float32(0.9), 1e-46])
def test_float_operands_round_as_numpy_does(number):
    data = np.array([[1.5, -2.25], [-0.0, 3.4e38]], np.float32)
    x = nd.array(data)
    with np.errstate(all="ignore"):
        for got, want in ((x + number, data + number), (x - number, data - number), (x * number, data * number),
                          (number + x, number + data), (number * x, number * data)):
            assert got.dtype == np.float32 and got.shape == (2, 2)
            assert np.array_equal(_bits(got.asnumpy()), _bits(want))


def test_the_same_number_object_reused_and_signed_zeros_kept_apart():
    x = nd.array([1.0, -1.0])
    for _ in range(3):
        assert np.array_equal(_bits((x * -0.0).asnumpy()), _bits(np.array([-0.0, 0.0], np.float32)))
        assert np.array_equal(_bits((x * 0.0).asnumpy()), _bits(np.array([0.0, -0.0], np.float32)))
    y = x + 0.5
    y[:] = 7                           # the result owns its data: the cached number stays 0.5
    assert (x + 0.5).asnumpy().tolist() == [1.5, -0.5]


def test_refusals_keep_mxnet_errors():
    with pytest.raises(MXNetError):
        nd.array([1, 2]) + nd.array([1, 2, 3])
    b = nd.array([1, 0], dtype=np.bool_)
    with pytest.raises(MXNetError):         # no bool kernel: raised on reading, as MXNet
        (b - b).asnumpy()


def test_gradients_of_number_products_and_tanh_are_numpys_formulas():
    data = np.array([[0.3, -1.7], [2.2, 0.01]], np.float32)
    x = nd.array(data)
    x.attach_grad()
    with autograd.record():
        y = nd.tanh(x * 0.7) * np.float32(1.3)
    y.backward()
    t = nd.tanh(nd.array(data * np.float32(0.7))).asnumpy()      # the C library's tanhf, as recorded
    want = (np.ones_like(data) * np.float32(1.3)) * (1 - t * t) * np.float32(0.7)
    assert np.array_equal(_bits(x.grad.asnumpy()), _bits(want))
