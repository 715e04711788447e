"""A kernel error under NumPy semantics stays with an mx.np result (raised on its first read, as MXNet's
asynchronous engine does), also when the result leaves a Gluon block."""
import pytest

import distnet as mx
from distnet import np, npx
from distnet.base import MXNetError
from distnet.gluon import nn


@pytest.fixture
def np_mode():
    npx.set_np()
    yield
    npx.reset_np()


def test_float16_dense_under_np_fails_on_read_not_at_the_block(np_mode):
    net = nn.Dense(2)
    net.initialize()
    net(np.ones((1, 3)))
    net.cast("float16")
    y = net(np.ones((1, 3), dtype="float16"))      # MXNet's CPU kernel refuses float16 when it runs
    assert isinstance(y, np.ndarray) and type(y).__name__ == "ndarray"
    assert y.shape == (1, 2) and y.dtype == "float16"
    z = y * 2                                      # computed after the failure: carries it
    assert isinstance(z, np.ndarray)
    with pytest.raises(MXNetError, match="float16"):
        z.asnumpy()
    z.asnumpy()                                    # raised once, as in MXNet
    assert type(z) is np.ndarray


def test_failed_np_result_keeps_its_class_after_the_read(np_mode):
    r = np.linalg.cholesky(np.array([[1.0, 2.0], [2.0, 1.0]]))   # not positive definite
    b = r + 1
    assert isinstance(b, np.ndarray) and b.dtype == "float32"
    with pytest.raises(MXNetError):
        print(b)
    r.asnumpy()
    assert type(b) is np.ndarray and type(r) is np.ndarray
    assert isinstance(mx.nd.ones(1), mx.nd.NDArray)


@pytest.mark.parametrize("write, words", [
    (lambda a, b: a.__itruediv__(b), "not implemented yet..."),
    (lambda a, b: mx.np.true_divide(a, b, out=a), "not implemented yet..."),
])
def test_an_out_array_whose_kernel_is_missing_is_the_result_and_fails_when_read(write, words):
    a = mx.np.ones((2,), dtype="float32")
    res = write(a, mx.np.ones((2,), dtype="float16"))
    assert res is a and a.shape == (2,)
    with pytest.raises(MXNetError, match=f"{words}$"):
        a.asnumpy()


@pytest.mark.parametrize("name", ["subtract", "bitwise_and"])
def test_a_bool_out_array_whose_kernel_is_missing_fails_when_read(name):
    a = mx.np.ones((2, 3), dtype="bool")
    res = getattr(mx.np, name)(a, mx.np.ones((3,), dtype="bool"), out=a)
    assert res is a
    with pytest.raises(MXNetError, match=f"Operator _npi_{name} does not support boolean type$"):
        a.asnumpy()
