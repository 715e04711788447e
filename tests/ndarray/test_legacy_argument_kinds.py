"""Legacy nd operators take NDArrays only from user code; distnet's own code may pass numpy data and numbers."""
import numpy as np
import pytest

import distnet as mx
from distnet import gluon, nd
from distnet.ndarray import array_kinds


def test_user_calls_are_refused_as_mxnet_refuses_them():
    x = nd.array([1., -1.])
    with pytest.raises(AssertionError, match="Argument data must have NDArray type, but got \\[ 1. -1.\\]"):
        nd.relu(np.array([1., -1.]))
    with pytest.raises(AssertionError, match="Argument rhs must have NDArray type, but got 1"):
        nd.broadcast_add(x, 1)
    with pytest.raises(AssertionError, match="Argument indices"):
        x.take(np.array([0]))
    with pytest.raises(TypeError, match="not supported"):
        nd.add(x, np.ones(2))


def test_distnet_code_may_pass_numpy_data_and_numbers():
    x = nd.array([1., -1.])
    internal = {"__name__": "distnet.some_module", "nd": nd, "x": x, "np": np}
    exec("r1 = nd.broadcast_add(x, 1)\nr2 = nd.relu(np.array([1., -1.], dtype='float32'))", internal)
    assert internal["r1"].asnumpy().tolist() == [2., 0.]
    assert internal["r2"].asnumpy().tolist() == [1., 0.]


def test_python_functions_take_numbers():
    x = nd.array([1., -1.])
    assert nd.add(3, 2) == 5 and type(nd.add(3, 2)) is int
    assert nd.maximum(2.5, 2) == 2.5 and nd.logical_xor(0, 2) == 1
    assert nd.maximum(x, 0).asnumpy().tolist() == [1., 0.]
    assert nd.subtract(1, x).asnumpy().tolist() == [0., 2.]
    assert nd.power(2, x).asnumpy().tolist() == [2., 0.5]


def test_layer_flag_is_restored_after_a_refusal():
    pred, label = mx.np.array([1., 2.]), mx.np.array([1., 3.])
    with pytest.raises(TypeError):
        gluon.loss.L2Loss()(pred, label)          # outside npx.set_np(): MXNet's legacy square refuses mx.np
    assert not array_kinds.in_legacy_only_layer()
    mx.npx.set_np()
    try:
        assert gluon.loss.L2Loss()(pred, label).asnumpy().tolist() == [0., 0.5]
        with pytest.raises(TypeError):
            gluon.loss.HuberLoss()(pred, label)   # MXNet's has no NumPy-mode path
    finally:
        mx.npx.reset_np()
    assert not array_kinds.in_legacy_only_layer()
