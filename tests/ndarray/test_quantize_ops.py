"""The quantization operators give MXNet 1.9.1's integers and ranges bit for bit (oneDNN on AVX2)."""
import os
import re

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
                                       no_bias=True)[0].asnumpy(), "only supports uint8"),
    (lambda: nd.contrib.quantized_elemwise_mul(nd.ones((2,), dtype="int8"), nd.ones((2,), dtype="int8"),
                                               *[nd.array([v]) for v in (-1, 1, -1, 1)]), "out_shapes"),
    (lambda: nd.contrib.quantized_batch_norm(nd.ones((1, 2, 2, 2), dtype="int8"), *[nd.ones((2,))] * 4,
                                             nd.array([-1]), nd.array([1]))[0].asnumpy(), "calib_mode=None"),
    (lambda: nd.contrib.quantized_rnn(nd.ones((2, 1, 3), dtype="uint8"), nd.ones((56,)), nd.zeros((1, 1, 2)),
                                      nd.zeros((1, 1, 2)), nd.array([1.]), nd.array([0.]), state_size=2,
                                      num_layers=1, mode="lstm"), "does not implement"),
    (lambda: nd.contrib.dequantize(nd.ones((2,), dtype="int32"), nd.array([-1]), nd.array([1])),
     "either uint8 or int8"),
])
def test_what_mxnet_refuses_is_refused(call, message):
    with pytest.raises(MXNetError, match=message):
        call()


def test_quantize_then_dequantize_recovers_the_values_within_one_step():
    x = np.linspace(-2, 2, 41).astype(np.float32)
    q, lo, hi = nd.contrib.quantize_v2(nd.array(x), min_calib_range=-2., max_calib_range=2.)
    back = nd.contrib.dequantize(q, lo, hi).asnumpy()
    assert np.abs(back - x).max() <= 2 / 127.5 / 2 + 1e-6


def test_symbols_name_the_inputs_and_outputs_as_mxnet_and_run():
    with mx.name.NameManager():
        fc = mx.sym.contrib.quantized_fully_connected(name="fc", num_hidden=3)
        q = mx.sym.contrib.quantize_v2(mx.sym.var("d"), min_calib_range=-3., max_calib_range=5., name="q")
    assert fc.list_arguments() == ["fc_data", "fc_weight", "fc_bias", "fc_min_data", "fc_max_data", "fc_min_weight",
                                   "fc_max_weight", "fc_min_bias", "fc_max_bias"]
    assert fc.list_outputs() == ["fc_output", "fc_min_output", "fc_max_output"]
    assert q.list_outputs() == ["q_output0", "q_output1", "q_output2"]
    _, out_shapes, _ = fc.infer_shape(fc_data=(2, 5), fc_weight=(3, 5), fc_bias=(3,), fc_min_data=(1,),
                                      fc_max_data=(1,), fc_min_weight=(1,), fc_max_weight=(1,), fc_min_bias=(1,),
                                      fc_max_bias=(1,))
    assert out_shapes == [(2, 3), (1,), (1,)]
    assert q.infer_type(d=np.float32)[1] == [np.int8, np.float32, np.float32]
    x = np.array([[-3., 0.5, 5.]], np.float32)
    got = q.bind(mx.cpu(), {"d": nd.array(x)}).forward()
    want = nd.contrib.quantize_v2(nd.array(x), min_calib_range=-3., max_calib_range=5.)
    for g, w in zip(got, want):
        np.testing.assert_array_equal(g.asnumpy(), w.asnumpy())


def test_layer_inputs_by_keyword_and_without_bias_by_position():
    rng = np.random.RandomState(1)
    x = nd.array(rng.randint(-50, 50, (2, 8)), dtype="int8")
    w = nd.array(rng.randint(-60, 60, (3, 8)), dtype="int8")
    ranges = [nd.array([v]) for v in (-127., 127., -127., 127.)]
    by_position = nd.contrib.quantized_fully_connected(x, w, *ranges, num_hidden=3, no_bias=True)
    by_name = nd.contrib.quantized_fully_connected(data=x, weight=w, min_data=ranges[0], max_data=ranges[1],
                                                   min_weight=ranges[2], max_weight=ranges[3], num_hidden=3,
                                                   no_bias=True)
    # small values: no pair of (x + 128) * w products reaches the int16 limit, so the result is exact
    exact = x.asnumpy().astype(np.int64) @ w.asnumpy().astype(np.int64).T
    for out in (by_position, by_name):
        np.testing.assert_array_equal(out[0].asnumpy(), exact)
        assert out[2].asnumpy()[0] == np.float32(2147483648.0)     # MXNet: (127/127)**2 * (2**31 - 1) in float32


def test_simple_bind_infers_weight_and_range_shapes_and_dtypes():
    with mx.name.NameManager():
        conv = mx.sym.contrib.quantized_conv(data=mx.sym.var("qdata", shape=(2, 4, 6, 6), dtype="uint8"),
                                             weight=mx.sym.var("qweight", dtype="int8"), min_data=mx.sym.var("a"),
                                             max_data=mx.sym.var("b"), min_weight=mx.sym.var("c"),
                                             max_weight=mx.sym.var("d"), kernel=(3, 3), num_filter=4, pad=(1, 1),
                                             no_bias=True)
    exe = conv.simple_bind(ctx=mx.cpu(), grad_req="null")
    assert {k: (v.dtype, v.shape) for k, v in exe.arg_dict.items()} == {
        "qdata": (np.uint8, (2, 4, 6, 6)), "qweight": (np.int8, (4, 4, 3, 3)), "a": (np.float32, (1,)),
        "b": (np.float32, (1,)), "c": (np.float32, (1,)), "d": (np.float32, (1,))}
    assert [o.shape for o in exe.forward()] == [(2, 4, 6, 6), (1,), (1,)]


@pytest.mark.parametrize("op, dtypes, provided, inferred", [
    ("quantize", ("float32", "float64", "float32"), "float64", "float32"),
    ("quantize", ("int32", "float32", "float64"), "int32", "float32"),
    ("dequantize", ("int8", "float32", "float16"), "float16", "float32"),
    ("requantize", ("int8", "float32", "float32"), "int8", "int32"),
    ("requantize", ("int32", "int32", "float32"), "int32", "float32"),
])
def test_inputs_of_another_type_are_refused_in_type_inference_words(op, dtypes, provided, inferred):
    arrays = [nd.array(v, dtype=t) for v, t in zip(([[1, 2]], [-2], [2]), dtypes)]
    with pytest.raises(MXNetError, match=rf"Type inconsistent, Provided = {provided}, inferred type = {inferred}$"):
        getattr(nd.contrib, op)(*arrays)


def test_ranges_of_more_than_one_value_are_refused_before_their_type():
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[2\], inferred shape=\[1\]$"):
        nd.contrib.requantize(nd.ones((2,), dtype="int8"), nd.array([-2, 1]), nd.array([2, 2]))


def test_quantized_concat_counts_every_input_unless_num_args_is_given():
    x, ranges = nd.ones((1, 1, 2, 2), dtype="int8"), [nd.array([v]) for v in (-1., 2., -1., 1.)]
    with pytest.raises(MXNetError, match=r"Check failed: num_inputs == infered_num_inputs \(6 vs. 18\) : Operator "
                                         r"_contrib_quantized_concat expects 18 inputs, but got 6 instead.$"):
        nd.contrib.quantized_concat(x, x, *ranges)
    assert nd.contrib.quantized_concat(x, x, *ranges, num_args=2)[0].shape == (1, 2, 2, 2)
    s = mx.sym.contrib.quantized_concat(mx.sym.var("a"), mx.sym.var("b"), num_args=2, name="qc")
    assert s.list_arguments() == ["a", "b", "qc_arg0_min", "qc_arg0_max", "qc_arg1_min", "qc_arg1_max"]


def test_quantized_ops_mxnet_cannot_run_on_cpu_say_why_in_its_words():
    ints, ranges = nd.ones((1, 2), dtype="int8"), [nd.array([v]) for v in (-1., 1., -1., 1.)]
    for float_output, outputs in ((False, 3), (True, 1)):
        with pytest.raises(MXNetError, match=rf"Check failed: out_shapes.size\(\) == outputs.size\(\) \(0 vs. "
                                             rf"{outputs}\) : \n"):
            nd.contrib.quantized_elemwise_mul(ints, ints, *ranges, enable_float_output=float_output)
    data = nd.ones((1, 1, 2, 2), dtype="uint8")
    with pytest.raises(MXNetError, match=r"only supports 2D/3D pooling for now, saw0$"):
        nd.contrib.quantized_pooling(data, nd.array([0.]), nd.array([1.]), global_pool=True)
    assert nd.contrib.quantized_pooling(data, nd.array([0.]), nd.array([1.]), global_pool=True,
                                        kernel=(1, 1))[0].shape == (1, 1, 1, 1)


def test_quantized_act_requires_act_type_and_runs_relu_only():
    data, lo, hi = nd.array([[-3, 5]], dtype="int8"), nd.array([-1.]), nd.array([1.])
    with pytest.raises(MXNetError, match=r"Required parameter act_type of int is not presented"):
        nd.contrib.quantized_act(data, lo, hi)
    with pytest.raises(MXNetError, match=r"_contrib_quantized_act only supports act_type=relu for now$"):
        nd.contrib.quantized_act(data, lo, hi, act_type="tanh")
    with pytest.raises(MXNetError, match=r"Invalid Input: 'bogus', valid values are: \{'relu', 'sigmoid'"):
        mx.sym.contrib.quantized_act(act_type="bogus")
    assert nd.contrib.quantized_act(data, lo, hi, act_type="relu")[0].asnumpy().tolist() == [[0, 5]]


def test_quantized_symbols_are_checked_and_named_at_creation():
    with pytest.raises(MXNetError, match=r"Check failed: param.kernel.ndim\(\) == 3U \(0 vs. 3\) : 0D pooling"):
        mx.sym.contrib.quantized_pooling(mx.sym.var("d"))
    assert mx.sym.contrib.quantized_pooling(mx.sym.var("d"), global_pool=True).list_arguments()[0] == "d"
    mul = mx.sym.contrib.quantized_elemwise_mul(mx.sym.var("a"), mx.sym.var("b"), name="m")
    assert mul.list_outputs() == ["m_output", "m_min_output", "m_max_output"]
    assert mul.infer_shape(a=(2, 3), b=(2, 3))[1] == [(2, 3), (1,), (1,)]
    assert mul.infer_type(a="int8", b="int8")[1] == [np.int32, np.float32, np.float32]
    floats = mx.sym.contrib.quantized_elemwise_mul(mx.sym.var("a"), mx.sym.var("b"), enable_float_output=True)
    assert len(floats.list_outputs()) == 1 and floats.infer_type(a="int8", b="int8")[1] == [np.float32]


def _q(shape, dtype="int8"):
    return mx.nd.ones(shape, dtype=dtype)


@pytest.mark.parametrize("call, words", [
    (lambda r: mx.nd.contrib.quantized_act(_q((2, 3)), r, _q((1,), "float32"), act_type="relu"), "[2,3], inferred shape=[1]"),
    (lambda r: mx.nd.contrib.quantized_flatten(_q((2, 3)), _q((1,), "float32"), r), "[2,3], inferred shape=[1]"),
    (lambda r: mx.nd.contrib.quantized_pooling(_q((1, 1, 2, 3)), r, r, kernel=(1, 1)), "[2,3], inferred shape=[1]"),
    (lambda r: mx.nd.contrib.quantized_embedding(_q((2,), "float32"), _q((2, 3)), r, r, input_dim=4, output_dim=2),
     "[2,3], inferred shape=(4,2)"),
    (lambda r: mx.nd.contrib.quantized_fully_connected(_q((2, 3)), _q((2, 4)), _q((2,)), *[r] * 6, num_hidden=2),
     "[2,4], inferred shape=[2,3]"),
    (lambda r: mx.nd.contrib.quantized_fully_connected(_q((2, 3)), _q((2, 3)), _q((3,)), *[r] * 6, num_hidden=2),
     "[3], inferred shape=[2]"),
    (lambda r: mx.nd.contrib.quantized_batch_norm(_q((2, 3)), *[_q((2, 3), "float32")] * 4, r, r),
     "[2,3], inferred shape=[3]"),
])
def test_quantized_layers_infer_input_shapes_before_checking_types(call, words):
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = " + re.escape(words)):
        call(_q((2, 3), "float32"))


def test_quantized_conv_checks_the_data_rank_and_weight_shape_before_the_data_type():
    r = _q((1,), "float32")
    conv = mx.nd.contrib.quantized_conv
    with pytest.raises(MXNetError, match=r"Check failed: data_ndims == 4U \|\| data_ndims == 5U"):
        conv(_q((2, 3), "float32"), _q((2, 3)), _q((2,)), *[r] * 6, kernel=(1, 1), num_filter=2)
    with pytest.raises(MXNetError, match=re.escape("Shape inconsistent, Provided = [1,2,3,4], inferred shape=[2,2,1,1]")):
        conv(_q((1, 2, 3, 4), "float32"), _q((1, 2, 3, 4)), _q((2,)), *[r] * 6, kernel=(1, 1), num_filter=2)
