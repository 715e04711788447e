"""Attributes given as text compute as their values and keep their text; compose and argument errors;
simple_bind's shared buffer."""
import json

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

S = mx.sym


def test_text_kernel_computes_and_is_written_back_as_given():
    conv = S.Convolution(S.var("x"), kernel="(2, 2)", num_filter="1", no_bias="True", name="c")
    assert json.loads(conv.tojson())["nodes"][-1]["attrs"] == {"kernel": "(2, 2)", "no_bias": "True",
                                                                "num_filter": "1"}
    assert conv.infer_shape(x=(1, 1, 3, 3))[1] == [(1, 1, 2, 2)]
    x = mx.nd.array(np.arange(9).reshape(1, 1, 3, 3))
    out = conv.eval(x=x, c_weight=mx.nd.ones((1, 1, 2, 2)))[0]
    assert out.asnumpy().ravel().tolist() == [8.0, 12.0, 20.0, 24.0]


def test_int_for_a_shape_parameter_is_a_one_element_shape():
    conv = S.Convolution(S.var("x"), kernel=2, num_filter=1, name="c")
    assert json.loads(conv.tojson())["nodes"][-1]["attrs"]["kernel"] == "2"
    assert conv.infer_shape(x=(1, 1, 5))[1] == [(1, 1, 4)]


def test_text_flags_and_axes():
    assert S.transpose(S.var("x"), axes="(1, 0)").infer_shape(x=(2, 3))[1] == [(3, 2)]
    fc = S.FullyConnected(S.var("x"), num_hidden="3", flatten="False", no_bias="1")
    assert len(fc.list_arguments()) == 2         # no_bias="1": no bias
    assert fc.infer_shape(x=(2, 2, 2))[1] == [(2, 2, 3)]


def test_compose_errors_in_mxnet_order():
    net = S.FullyConnected(S.var("data"), num_hidden=2, name="f")
    a, b = S.var("a"), S.var("b")
    with pytest.raises(TypeError, match="either as positional or keyword"):
        net(a, data=b)
    with pytest.raises(TypeError, match="Compose expect `Symbol` as arguments"):
        net(data=1)
    with pytest.raises(MXNetError, match="Argument 0 is a tuple"):
        net(S.Group([a, b]))
    with pytest.raises(MXNetError, match="General composition only support kwargs"):
        net(a)
    with pytest.raises(MXNetError, match="Keyword Argument zz is a tuple"):
        net(zz=S.Group([a, b]))
    with pytest.raises(MXNetError, match="argument name yy not found"):
        net(zz=a, yy=b)


def test_argument_given_by_position_and_keyword_is_refused_before_naming():
    x, w = S.var("x"), S.var("w")
    before = S.exp(x).name
    with pytest.raises(TypeError, match="got multiple values for argument 'weight'"):
        S.FullyConnected(x, w, num_hidden=2, weight=w)
    with pytest.raises(TypeError, match="got multiple values for argument 'axis'"):
        S.sum(x, 1, axis=1)
    assert int(S.exp(x).name[3:]) == int(before[3:]) + 1


def test_negative_output_index_reads_as_unsigned():
    with pytest.raises(MXNetError, match=r"\(4294967295 vs. 2\) : Symbol only accept nonnegative index"):
        S.Group([S.var("a"), S.var("b")])[-1]


def test_shared_buffer_views_big_enough_arrays_and_grows_small_ones():
    loss = S.sum(S.FullyConnected(S.var("x"), num_hidden=2, name="fc"))
    buffer = {"fc_weight": mx.nd.ones((2, 3)) * 3, "x": mx.nd.ones((8,)) * 7, "fc_bias": mx.nd.ones((1,))}
    ex = loss.simple_bind(mx.cpu(), shared_buffer=buffer, x=(2, 3))
    assert ex.arg_dict["fc_weight"].asnumpy().tolist() == [[3.0] * 3] * 2
    ex.arg_dict["x"][:] = 8
    assert buffer["x"].asnumpy().tolist() == [8.0] * 6 + [7.0] * 2
    assert buffer["fc_bias"].shape == (2,)
    assert "grad of fc_weight" in buffer


def test_shared_parameters_come_from_the_shared_executor_not_the_buffer():
    loss = S.sum(S.FullyConnected(S.var("x"), num_hidden=2, name="fc"))
    buffer = {}
    first = loss.simple_bind(mx.cpu(), shared_buffer=buffer, shared_arg_names=["fc_weight"], x=(4, 3))
    second = loss.simple_bind(mx.cpu(), shared_buffer=buffer, shared_arg_names=["fc_weight"], shared_exec=first,
                              x=(2, 3))
    first.arg_dict["fc_weight"][:] = 6
    assert second.arg_dict["fc_weight"].asnumpy().tolist() == [[6.0] * 3] * 2
    assert "fc_weight" not in buffer and "fc_bias" in buffer


def test_shared_buffer_of_another_dtype_is_refused():
    loss = S.sum(S.var("x") * 2)
    with pytest.raises(RuntimeError, match="dtype does not match that of the reusable ndarray"):
        loss.simple_bind(mx.cpu(), shared_buffer={"x": mx.nd.ones((6,), dtype="float64")}, x=(2, 3))
