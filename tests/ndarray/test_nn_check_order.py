"""Legacy NN operators: rrelu's predict-mode gradient, softmin's missing axis under autograd, the order of the
regression outputs' checks and of the attributes a parser error lists (MXNet 1.9.1's behaviour)."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError, message_of
from distnet.ndarray.registry import OPS


def _rrelu_predict(x, dy, **bounds):
    x.attach_grad()
    with autograd.record(train_mode=False):
        y = nd.LeakyReLU(x, act_type="rrelu", **bounds)[0]
    y.backward(dy)
    return y, x.grad


def test_rrelu_predict_gradient_is_dy_times_output_below_zero():
    data = np.array([-2.0, -0.5, 3.0, 0.0, -1.5, 1e-3])
    dy = np.array([2.0, 3.0, 4.0, 5.0, 7.0, 11.0])
    y, g = _rrelu_predict(nd.array(data, dtype="float64"), nd.array(dy, dtype="float64"),
                          lower_bound=0.2, upper_bound=0.4)
    y = y.asnumpy()
    np.testing.assert_array_equal(g.asnumpy(), np.where(y > 0, dy, dy * y))    # 0 at x = 0: its output is 0
    assert g.asnumpy()[3] == 0


def test_rrelu_predict_float16_takes_the_mean_as_a_half():
    x = nd.array([-2.0, -0.5, -1.5], dtype="float16")
    y = nd.LeakyReLU(x, act_type="rrelu", lower_bound=0.2, upper_bound=0.4)[0].asnumpy()
    mean = np.float32(np.float16((np.float32(0.2) + np.float32(0.4)) / np.float32(2)))
    assert y.tolist() == (mean * x.asnumpy().astype(np.float32)).astype(np.float16).tolist()
    assert y[2] == np.float16(-0.4501953125)        # a tie rounded to even (the float mean gives -0.44995)


def test_rrelu_predict_gradient_below_zero_is_not_the_slope():
    data = np.array([-1.3, 0.7, -0.2, 2.5])
    _, g = _rrelu_predict(nd.array(data, dtype="float64"), nd.ones((4,), dtype="float64"))
    y = nd.LeakyReLU(nd.array(data, dtype="float64"), act_type="rrelu")[0].asnumpy()
    # above zero the slope is 1; below it the kernel multiplies by the output, not by the slope
    np.testing.assert_array_equal(g.asnumpy(), np.where(data > 0, 1.0, y))


@pytest.mark.parametrize("shape, axis", [((2, 3), 5), ((3,), -2)])
def test_softmin_backward_over_a_missing_axis_fails_in_the_kernel_words(shape, axis):
    x = nd.ones(shape)
    x.attach_grad()
    with autograd.record():
        y = nd.softmin(x, axis=axis)
    y.backward()
    with pytest.raises(MXNetError, match=f"axis {axis} exceeds the input dimension of {len(shape)}"):
        x.grad.asnumpy()


@pytest.mark.parametrize("op", ["LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput"])
def test_regression_outputs_check_shapes_then_types_then_floats(op):
    f = getattr(nd, op)
    ints = nd.ones((3, 2), dtype="int32")
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided=\[3\], inferred shape=\[3,2\]"):
        f(ints, nd.ones((3,), dtype="int32"))
    with pytest.raises(MXNetError, match="Incompatible attr in node  at 1-th input: expected int32, got float64"):
        f(ints, nd.ones((3, 2), dtype="float64"))
    out = f(ints, ints)     # the kernel's float check: when the result is read
    with pytest.raises(MXNetError, match="only support floating point types, not int32"):
        out.asnumpy()
    with pytest.raises(MXNetError, match="inferring shapes failed"):       # empty: no kernel, no float check
        f(nd.array(np.zeros((0, 2)), dtype="int32"), nd.array(np.zeros((0, 2)), dtype="int32"))


@pytest.mark.parametrize("kwargs", [dict(mode="bad", p=0.5), dict(p=0.5, mode="bad")])
def test_parser_errors_list_attributes_in_front_end_order_whatever_the_call_order(kwargs):
    with pytest.raises(MXNetError) as e:
        nd.Dropout(nd.ones((2, 3)), **kwargs)
    assert message_of(e.value).endswith('in operator Dropout(name="", mode="bad", p="0.5")')


def test_unknown_keys_come_before_declared_ones_and_dtype_last():
    order = OPS["Embedding"]._front_end_order({"dtype": "float16", "zz": 1, "output_dim": 3, "input_dim": 4})
    assert list(order) == ["zz", "input_dim", "output_dim", "dtype"]


@pytest.mark.parametrize("sample_type, name", [("nearest", "shape"), ("bilinear", "dshape")])
def test_upsampling_refuses_data_that_is_not_4d_before_its_type(sample_type, name):
    args = [nd.ones((1, 2, 3), dtype="int32")]
    kw = dict(scale=2, sample_type=sample_type)
    if sample_type == "bilinear":
        args.append(nd.ones((2, 1, 4, 4), dtype="int32"))
        kw["num_filter"] = 2
    with pytest.raises(MXNetError, match=rf"{name}\.ndim\(\) == 4U \(3 vs\. 4\) : Input data should be 4D"):
        nd.UpSampling(*args, **kw)


def test_upsampling_of_integers_fails_when_its_result_is_read():
    y = nd.UpSampling(nd.ones((1, 2, 2, 2), dtype="int32"), scale=2, sample_type="nearest")
    assert y.shape == (1, 2, 4, 4) and y.dtype == np.int32
    with pytest.raises(MXNetError, match="only support floating point types, not int32"):
        y.asnumpy()


@pytest.mark.parametrize("shape, width, words", [
    ((1, 1, 3), (0, 0, 0, 0, 1, 1), "Current implementation only supports 4-D or 5-D input."),
    ((1, 1, 3, 3), (0, 0, 0, 0, 1, 1), "Input shape vs padding spec mismatch."),
    ((1, 1, 3, 3), (0, 0, 1, 0, 1, 1, 1, 1), "expects padding on the first two axes to be zero."),
    ((1, 1, 3, 3), (0, 0, 0, 0, 1, 1, 1, 1), "only support floating point types, not int32"),
])
def test_pad_checks_its_shapes_before_the_float_type(shape, width, words):
    with pytest.raises(MXNetError, match=words.replace(".", r"\.")):
        nd.Pad(nd.ones(shape, dtype="int32"), mode="constant", pad_width=width)


def test_batchnorm_and_layernorm_refuse_a_missing_axis_in_their_check_words():
    x, ones, zeros = nd.ones((2, 3)), nd.ones((3,)), nd.zeros((3,))
    with pytest.raises(MXNetError, match=r"channelAxis < dshape\.ndim\(\) \(18446744073709551615 vs\. 2\) : "
                                         r"Channel axis out of range: -3"):
        nd.BatchNorm(x, ones, zeros, zeros, ones, axis=-3)
    with pytest.raises(MXNetError, match=r"Channel axis out of range: axis=2"):
        nd.LayerNorm(x, ones, zeros, axis=2)


def _first_refusal(call):
    with pytest.raises(MXNetError) as err:
        call()
    return message_of(err.value).splitlines()[0]


def test_of_several_refused_attributes_the_first_in_the_parsers_map_order_is_named():
    from distnet import sym
    x = nd.ones((1, 1, 4, 4))
    stride_words = "value [0,0]for Parameter stride is invalid, the input shape must be nonzero in all dimensions"
    # the parser sets and checks each field in its map's order: stride before kernel, pool_type and unknown names
    assert _first_refusal(lambda: nd.Pooling(x, kernel=(0, 2), stride=(0, 0))) == stride_words
    assert _first_refusal(lambda: nd.Pooling(x, kernel=(2, 2), pool_type="foo", stride=(0, 0))) == stride_words
    assert _first_refusal(lambda: sym.Pooling(sym.var("x"), stride=(0, 0), foo=1)) == stride_words
    assert _first_refusal(lambda: sym.Pooling(sym.var("x"), pool_type="foo", foo=1)) == (
        "Invalid Input: 'foo', valid values are: {'avg', 'lp', 'max', 'sum'}")
    assert _first_refusal(lambda: sym.Convolution(sym.var("x"), num_filter=0, bar=1)) == (
        "value 0 for Parameter num_filter should be greater equal to 1")
