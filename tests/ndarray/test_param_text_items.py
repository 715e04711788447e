"""Attribute texts as the operators' parameter parser reads them: booleans exactly, tuples of floats by stream."""
import pytest

import distnet as mx
from distnet.base import MXNetError


@pytest.mark.parametrize("text", [" true", "true ", " 1", "0 ", " false"])
def test_boolean_text_with_blanks_is_refused(text):
    with pytest.raises(MXNetError, match=f"expect boolean but value='{text}'"):
        mx.sym.dot(mx.sym.var("a"), mx.sym.var("b"), transpose_a=text)


@pytest.mark.parametrize("text", ["TRUE", "tRuE", "0", "1"])
def test_boolean_text_in_any_case_is_read(text):
    assert mx.sym.dot(mx.sym.var("a"), mx.sym.var("b"), transpose_a=text).list_attr() == {"transpose_a": text}


@pytest.mark.parametrize("text", ["(inf,)", "(nan,)", "(-inf,0.5)", "(1e40,)", "inf", "(infinity,)"])
def test_float_tuple_items_that_are_not_finite_floats_are_refused(text):
    with pytest.raises(MXNetError, match=r"expect tuple of <float> but value="):
        mx.sym.contrib.MultiBoxPrior(mx.sym.var("a"), sizes=text)


def test_float_tuple_items_read_as_numbers():
    out = mx.nd.contrib.MultiBoxPrior(mx.nd.zeros((1, 1, 1, 1)), sizes="(0.5, 2.)", ratios="(1,)")
    assert out.shape == (1, 2, 4)
    assert out.asnumpy()[0, 0].tolist() == [0.25, 0.25, 0.75, 0.75]


@pytest.mark.parametrize("name", ["_multi_adamw_update", "_multi_lamb_update"])
def test_multi_tensor_updates_take_no_num_args(name):
    kw = dict(lrs=(0.5,), wds=(0.5,), etas=(0.5,)) if "adamw" in name else \
        dict(learning_rates=(0.5,), wds=(0.5,), step_count=(1,))
    s = getattr(mx.sym._internal, name)(mx.sym.var("a"), mx.sym.var("b"), **kw)
    assert "num_args" not in s.list_attr()
    with pytest.raises(MXNetError, match="expect float but value='True'"):
        getattr(mx.sym._internal, name)(mx.sym.var("a"), mx.sym.var("b"), beta1=True, **kw)


@pytest.mark.parametrize("value", [2.0, True, "2.0", 2 ** 31, 2 ** 40])
def test_num_args_is_read_as_an_int_text(value):
    with pytest.raises(MXNetError, match=f"expect int but value='{value}', in operator Concat"):
        mx.sym.Concat(mx.sym.var("a"), mx.sym.var("b"), num_args=value)


@pytest.mark.parametrize("value", [0, -1, " -2"])
def test_num_args_below_one_is_refused_before_the_input_count(value):
    x = mx.nd.ones((2, 2))
    with pytest.raises(MXNetError, match=f"value {int(value)} for Parameter num_args should be greater equal to 1"):
        mx.nd.concat(x, x, dim=1, num_args=value)


@pytest.mark.parametrize("text", [" true", "true ", " 1", "0 ", " false"])
def test_optional_boolean_text_may_have_blanks(text):
    s = mx.sym.softmax(mx.sym.var("a"), use_length=text)
    assert s.list_attr() == {"use_length": text}


@pytest.mark.parametrize("make", [lambda: mx.sym.random.uniform(shape=(2,), dtype="None"),
                                  lambda: mx.sym.softmax(mx.sym.var("a"), dtype="None")])
def test_symbol_dtype_text_none_is_numpys_refusal(make):
    with pytest.raises(TypeError, match="data type 'None' not understood"):
        make()


def test_unknown_float_tuple_passes_symbol_creation_only():
    assert mx.sym.contrib.MultiBoxPrior(mx.sym.var("a"), ratios=None).list_attr() == {"ratios": "None"}
    # MXNet reads None as a tuple of unknown length (-1): the anchor count comes out negative
    with pytest.raises(MXNetError, match="shape dim size must be >= -1, while received -4"):
        mx.nd.contrib.MultiBoxPrior(mx.nd.zeros((1, 1, 2, 2)), ratios=None)


@pytest.mark.parametrize("given, missing", [(dict(start=0.5), "num"), (dict(num=3), "start"),
                                            (dict(start=0.5, num=3), "stop")])
def test_linspace_operator_requires_start_stop_and_num(given, missing):
    for make in (mx.nd._internal._linspace, mx.sym._internal._linspace):
        with pytest.raises(MXNetError, match=f"Required parameter {missing} of "):
            make(**given)
    assert mx.nd._internal._linspace(start=0, stop=1, num=3).asnumpy().tolist() == [0.0, 0.5, 1.0]
