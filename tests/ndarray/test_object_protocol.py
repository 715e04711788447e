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
