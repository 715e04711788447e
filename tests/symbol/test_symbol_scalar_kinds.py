"""Which scalars a symbol's operators take: comparisons take any numpy scalar (its text then parsed as a double)
and refuse complex; maximum-style functions name both operand types (behaviour recorded from MXNet 1.9.1)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


@pytest.mark.parametrize("compare", [lambda a, v: a == v, lambda a, v: a > v, lambda a, v: v <= a])
def test_comparison_refuses_a_complex_scalar(compare):
    with pytest.raises(TypeError, match="type <class 'complex'> not supported"):
        compare(mx.sym.var("a"), 1j)


def test_arithmetic_takes_a_complex_scalar_and_fails_its_parse():
    with pytest.raises(MXNetError, match="trailing characters could not be parsed: 'j'"):
        mx.sym.var("a") + 1j


@pytest.mark.parametrize("value, words", [(np.bool_(True), "expect double but value='True'"),
                                          (np.str_("ab"), "expect double but value='ab'"),
                                          (np.datetime64("2020-01-01"), "could not be parsed: '-01-01'")])
def test_comparison_reads_a_numpy_scalar_as_text(value, words):
    with pytest.raises(MXNetError, match=words):
        mx.sym.var("a") == value


def test_comparison_with_a_small_numpy_integer_builds_the_scalar_op():
    out = (mx.sym.var("a") > np.int8(1)).eval(a=mx.nd.array([0, 1, 2]))[0]
    assert out.asnumpy().tolist() == [0, 0, 1]


def test_arithmetic_refuses_a_numpy_bool():
    with pytest.raises(TypeError, match="type <class 'numpy.bool_'> not supported"):
        mx.sym.var("a") + np.bool_(True)


def test_maximum_names_both_operand_types_in_call_order():
    a = mx.sym.var("a")
    with pytest.raises(TypeError, match=r"types \(<class '.*Symbol'>, <class 'str'>\) not supported"):
        mx.sym.maximum(a, "x")
    with pytest.raises(TypeError, match=r"types \(<class 'numpy.bool_'>, <class '.*Symbol'>\) not supported"):
        mx.sym.hypot(np.bool_(True), a)


def test_attr_key_must_be_text():
    with pytest.raises(AttributeError, match="'int' object has no attribute 'encode'"):
        mx.sym.var("a").attr(3)


def test_unknown_user_attribute_named_like_an_input_is_the_one_refused():
    # the user's attributes come first in the parser's map: of "group" and "data", "data" is read first
    with pytest.raises(MXNetError) as err:
        mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=2, attr={"group": "1", "data": "1"})
    assert "Cannot find argument 'data'" in message_of(err.value)
    assert 'FullyConnected(name="", num_hidden="2", data="1", group="1")' in message_of(err.value)
