"""The quantization operators give MXNet 1.9.1's integers and ranges bit for bit (oneDNN on AVX2)."""
import os

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

from quantize_cases import cases

nd = mx.nd
FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "quantize_mxnet_1.9.1.npz")
CASES = cases()


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0] for c in CASES])
def test_outputs_equal_mxnet(index):
    name, op, inputs, attrs = CASES[index]
    expected = np.load(FIXTURE)
    arrays = [nd.array(x, dtype=np.float32 if x.dtype == np.float64 else x.dtype) for x in inputs]
    result = getattr(nd.contrib, op)(*arrays, **attrs)
    result = result if isinstance(result, list) else [result]
    assert len(result) == len([k for k in expected.files if k.startswith(name + ":")])
    for i, r in enumerate(result):
        want = expected[f"{name}:{i}"]
        got = r.asnumpy()
        assert got.dtype == want.dtype and got.shape == want.shape, (name, i, got.dtype, want.dtype)
        np.testing.assert_array_equal(got, want, err_msg=f"{name} output {i}")


@pytest.mark.parametrize("call, message", [
    (lambda: nd.contrib.quantized_conv(nd.ones((1, 4, 3, 3), dtype="int8"), nd.ones((4, 4, 3, 3), dtype="int8"),
                                       *[nd.array([v]) for v in (-1, 1, -1, 1)], kernel=(3, 3), num_filter=4,
                                       no_bias=True), "only supports uint8"),
    (lambda: nd.contrib.quantized_elemwise_mul(nd.ones((2,), dtype="int8"), nd.ones((2,), dtype="int8"),
                                               *[nd.array([v]) for v in (-1, 1, -1, 1)]), "out_shapes"),
    (lambda: nd.contrib.quantized_batch_norm(nd.ones((1, 2, 2, 2), dtype="int8"), *[nd.ones((2,))] * 4,
                                             nd.array([-1]), nd.array([1])), "calib_mode=None"),
    (lambda: nd.contrib.quantized_elemwise_add(nd.ones((2,), dtype="int8"), nd.ones((2,), dtype="uint8"),
                                               *[nd.array([v]) for v in (-1, 1, 0, 1)]), "same type"),
    (lambda: nd.contrib.dequantize(nd.ones((2,), dtype="int32"), nd.array([-1]), nd.array([1])), "int8 or uint8"),
])
def test_what_mxnet_refuses_is_refused(call, message):
    with pytest.raises(MXNetError, match=message):
        call()


def test_quantize_then_dequantize_recovers_the_values_within_one_step():
    x = np.linspace(-2, 2, 41).astype(np.float32)
    q, lo, hi = nd.contrib.quantize_v2(nd.array(x), min_calib_range=-2., max_calib_range=2.)
    back = nd.contrib.dequantize(q, lo, hi).asnumpy()
    assert np.abs(back - x).max() <= 2 / 127.5 / 2 + 1e-6
