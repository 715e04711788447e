"""Activation corners MXNet 1.9.1 shows: oneDNN passes NaN inputs of float32 softrelu/elu through; elu/selu keep -0."""
import numpy as np
import pytest

from distnet import nd

NAN_BITS = [0x7FC00000, 0xFFC00000]       # nan and -nan, as MXNet returns them


@pytest.mark.parametrize("call", [lambda x: nd.Activation(x, act_type="softrelu"),
                                  lambda x: nd.LeakyReLU(x, act_type="elu")])
@pytest.mark.parametrize("size", [4, 24, 70000])      # one block, and the blocked path
def test_nan_inputs_pass_through(call, size):
    data = np.full(size, 0.5, np.float32)
    data[:2] = np.array(NAN_BITS, np.uint32).view(np.float32)
    data[2], data[3] = 1.0, -3.0
    out = call(nd.array(data)).asnumpy()
    assert out[:2].view(np.uint32).tolist() == NAN_BITS
    assert not np.isnan(out[2:]).any()


def test_finite_values_unchanged_by_the_nan_check():
    x = nd.array([1.0, -3.0])
    assert nd.Activation(x, act_type="softrelu").asnumpy().tolist() == [1.3132617473602295, 0.04858732223510742]
    assert nd.LeakyReLU(x, act_type="elu").asnumpy().tolist() == [1.0, -0.23755323886871338]


@pytest.mark.parametrize("dtype", ["float64", "float16"])
@pytest.mark.parametrize("act_type", ["elu", "selu"])
def test_negative_zero_keeps_its_sign(dtype, act_type):
    out = nd.LeakyReLU(nd.array([[-0.0, 0.0]], dtype=dtype), act_type=act_type).asnumpy()
    assert np.signbit(out[0]).tolist() == [True, False]      # MXNet: expm1(-0) = -0
