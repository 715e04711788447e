"""The Python object protocol of legacy and mx.np arrays: handles, comparisons with foreign operands, conversions."""
import ctypes

import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import NDArrayHandle


@pytest.mark.parametrize("make", [lambda: nd.ones((2,)), lambda: mx.np.ones((2,)),
                                  lambda: nd.ones((2, 2)).tostype("csr")])
def test_handle_is_a_void_pointer_naming_the_array(make):
    x = make()
    assert type(x.handle) is ctypes.c_void_p and x.handle.value == id(x)
    assert ctypes.cast(x, NDArrayHandle).value == id(x) == ctypes.cast(x.handle, NDArrayHandle).value


def test_views_across_kinds_keep_the_writable_flag():
    x, y = nd.array([1., 2.]), mx.np.array([1., 2.])
    x.writable = y.writable = False
    assert x.as_np_ndarray().writable is False and y.as_nd_ndarray().writable is False
    assert y.as_in_context(mx.cpu(0)).writable is False and y.as_in_ctx(mx.cpu(0)).writable is False
    assert y.copyto(mx.cpu(0)).writable is True and y.detach().writable is True


def test_a_gradient_is_read_as_the_class_of_the_array_reading_it():
    x, y = nd.array([1., 2.]), mx.np.array([1., 2.])
    x.attach_grad()
    y.attach_grad()
    assert type(x.grad) is nd.NDArray and type(x.as_np_ndarray().grad) is mx.np.ndarray
    assert type(y.grad) is mx.np.ndarray and type(y.as_nd_ndarray().grad) is nd.NDArray
    x.as_np_ndarray().grad[:] = 3       # the same buffer
    assert x.grad.asnumpy().tolist() == [3., 3.]


@pytest.mark.parametrize("left", [np.ones((2,)), np.float64(2), np.bool_(True), np.array(2.0)])
def test_numpy_operands_left_of_an_np_arrays_equality_are_refused_by_name(left):
    x = mx.np.array([1., 2.])
    for compare in (lambda: left == x, lambda: left != x):
        with pytest.raises(TypeError, match=r"type <class 'numpy.ndarray'> not supported$"):
            compare()
    with pytest.raises(TypeError, match=r"type <class 'mxnet.numpy.ndarray'> not supported$"):
        left < x        # noqa: B015  (no reflection for an ordering: the function's own refusal)
