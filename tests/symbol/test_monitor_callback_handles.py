"""An executor's monitor callback can read its arrays back through their handles, as MXNet's callbacks do with
``NDArray(ctypes.cast(handle, NDArrayHandle), writable=False)``."""
import ctypes

import numpy as np
import pytest

import distnet as mx
from distnet.base import NDArrayHandle


def test_a_callback_reads_every_array_back_from_its_handle():
    x = mx.sym.var("x")
    ex = (mx.sym.exp(x, name="e") * 2).bind(mx.cpu(), {"x": mx.nd.array([0., 1.])}, args_grad={"x": mx.nd.zeros(2)})
    seen = {}

    def callback(name, handle):
        array = mx.nd.NDArray(ctypes.cast(handle, NDArrayHandle), writable=False)
        seen[name.decode()] = (array.asnumpy().tolist(), array.writable)
    ex.set_monitor_callback(callback)
    ex.forward(is_train=True)
    ex.backward(mx.nd.ones(2))
    e = float(np.float32(np.e))
    assert seen["e_output"] == ([1.0, e], False)
    assert [v for k, v in seen.items() if k.startswith("_mulscalar") and "backward" not in k] == [([2.0, 2 * e],
                                                                                                  False)]
    assert seen["e_backward_output"] == ([2.0, 2 * e], False)       # d(2 exp x)/dx = 2 exp x


def test_a_handle_no_callback_was_given_is_refused():
    with pytest.raises(mx.MXNetError, match="no handle of an array"):
        mx.nd.NDArray(ctypes.c_void_p(12345))
