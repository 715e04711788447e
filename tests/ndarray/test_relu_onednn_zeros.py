"""ReLU-like ops at zeros and NaN, as MXNet 1.9.1 computes them (values measured on MXNet).

float32 of 1 to 5 dimensions runs on oneDNN, whose relu (LeakyReLU with slope 0, Activation relu) is
max(x, 0): negative numbers, -0 and NaN all give +0. Other dtypes and ranks keep MXNet's own kernel:
slope * x (-0 for negative inputs), and a relu that keeps NaN.
"""
import math

import numpy as np
import pytest

import distnet as mx
from distnet import gluon, npx


def _signs(a):
    return [math.copysign(1.0, v) if v == 0 else v for v in a.asnumpy().ravel().tolist()]


@pytest.mark.parametrize("ndim", [1, 4, 5])
def test_float32_onednn_gives_positive_zero(ndim):
    x = mx.nd.array([-2, -0.0]).reshape((2,) + (1,) * (ndim - 1))
    assert _signs(mx.nd.LeakyReLU(x, act_type="leaky", slope=0)) == [1.0, 1.0]


def test_nan_and_infinity_give_zero_on_onednn():
    x = mx.nd.array([[-2, -0.0, float("nan"), float("-inf")]])
    assert _signs(mx.nd.LeakyReLU(x, act_type="leaky", slope=0)) == [1.0, 1.0, 1.0, 1.0]


@pytest.mark.parametrize("shape,dtype", [((2, 1, 1, 1, 1, 1), "float32"), ((2,), "float64"), ((2,), "float16")])
def test_own_kernel_keeps_negative_zero(shape, dtype):
    x = mx.nd.array([-2, -0.0], dtype=dtype).reshape(shape)
    assert _signs(mx.nd.LeakyReLU(x, act_type="leaky", slope=0)) == [-1.0, -1.0]


def test_gluon_layer_and_gradient():
    npx.set_np()
    try:
        x = mx.np.array([-2.0, -0.0, 3.0])
        x.attach_grad()
        with mx.autograd.record():
            y = gluon.nn.LeakyReLU(0)(x)
        y.backward()
        assert _signs(y) == [1.0, 1.0, 3.0]
        assert x.grad.asnumpy().tolist() == [0.0, 0.0, 1.0]
    finally:
        npx.reset_np()
    nonzero = mx.nd.LeakyReLU(mx.nd.array([-2, -0.0]), act_type="leaky", slope=0.2)
    assert _signs(nonzero) == [np.float32(-0.4), -1.0]


def test_activation_relu_nan():
    x = mx.nd.array([float("nan"), -0.0, -1.0])
    assert _signs(mx.nd.Activation(x, act_type="relu")) == [1.0, 1.0, 1.0]
    six_d = mx.nd.Activation(x.reshape((1, 1, 1, 1, 1, 3)), act_type="relu").asnumpy().ravel()
    assert np.isnan(six_d[0]) and _signs(mx.nd.array(six_d[1:])) == [1.0, 1.0]
    assert np.isnan(mx.nd.Activation(x.astype("float64"), act_type="relu").asnumpy()[0])
    assert np.isnan(mx.nd.relu(x).asnumpy()[0])          # the relu operator is MXNet's own kernel
