"""Operators and NDArray methods bind positional arguments as MXNet's generated (inputs..., attrs..., out, name)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import message_of


def x():
    return mx.nd.ones((2, 3))


@pytest.mark.parametrize("call, kind, words", [
    (lambda: mx.nd.Activation(x(), 1, 1), TypeError, "object of type 'int' has no len()"),
    (lambda: mx.nd.Activation(x(), out=1), TypeError, "object of type 'int' has no len()"),
    (lambda: mx.nd.abs(x(), 1, "nm"), TypeError, "object of type 'int' has no len()"),
    (lambda: mx.nd.image.crop(x(), 1, 1, 2, 3, 4), TypeError, "object of type 'int' has no len()"),
    (lambda: mx.nd.normal(out=1), TypeError, "object of type 'int' has no len()"),
    (lambda: mx.nd.Activation(x(), out="a"), AttributeError, "'str' object has no attribute 'handle'"),
    (lambda: mx.nd.Activation(x(), "relu", [1]), AttributeError, "'int' object has no attribute 'handle'"),
    (lambda: mx.nd.clip(x(), 0, 1, None, "a", 3), TypeError,
     "clip() takes from 0 to 5 positional arguments but 6 were given"),
    (lambda: mx.nd.clip(x(), 0, 1, x(), "a", out=x()), TypeError, "multiple values for argument 'out'"),
    (lambda: x().abs(1, 2, 3, 4, 5, 6, 7), TypeError, "abs() takes from 0 to 3 positional arguments but 8 were given"),
    (lambda: x().abs(1), TypeError, "object of type 'int' has no len()"),
    (lambda: x().clip(0, 1, None, "a", 3), TypeError, "clip() takes from 0 to 5 positional arguments but 6 were given"),
])
def test_wrong_out_or_extra_positionals_fail_in_the_front_end(call, kind, words):
    with pytest.raises(kind, match=words.replace("(", r"\(").replace(")", r"\)")):
        call()


def test_out_and_name_follow_the_attributes():
    y = mx.nd.zeros((2, 3))
    res = mx.nd.clip(x() * 5, 0, 2, y, "nm")
    assert res is y and y.asnumpy().tolist() == [[2.0] * 3] * 2
    z = mx.nd.zeros((2, 3))
    assert x().clip(0, 0.5, z, "nm") is z and z.asnumpy().tolist() == [[0.5] * 3] * 2
    assert mx.nd.abs(-x(), None, "nm").asnumpy().tolist() == [[1.0] * 3] * 2


@pytest.mark.parametrize("call", [
    lambda: mx.nd.abs(x(), out=mx.sym.var("s")),
    lambda: mx.nd.abs(x(), mx.sym.var("s")),
    lambda: x().arcsinh(mx.sym.var("s")),
])
def test_a_symbol_as_out_is_refused(call):
    with pytest.raises(mx.base.MXNetError, match="out= is a Symbol"):
        call()


@pytest.mark.parametrize("call, words", [
    (lambda: mx.nd.sparse.abs(), "abs expects 1 inputs, but got 0"),
    (lambda: mx.nd.sparse.dot(x()), "dot expects 2 inputs, but got 1"),
    (lambda: mx.nd.sparse.zeros_like(), "zeros_like expects 1 inputs"),
    (lambda: mx.nd.cast_storage(name="foo"), "Required parameter stype of int is not presented"),   # parsed first
    (lambda: mx.nd.image.to_tensor(name="a"), "_image_to_tensor expects 1 inputs"),
    (lambda: x().tostype("csr").take(), "take expects 2 inputs, but got 1"),
    (lambda: x().tostype("csr").clip(name="a"), "a_max"),
])
def test_hand_written_functions_missing_an_input_fail_as_the_operator(call, words):
    with pytest.raises(mx.base.MXNetError, match=words):
        call()


def test_a_symbol_given_to_a_sparse_function_is_refused_as_an_input():
    with pytest.raises(AssertionError, match="Argument data must have NDArray type"):
        mx.nd.sparse.abs(mx.sym.var("s"))


def csr():
    return mx.nd.array([[1, -2, 0], [0, 0, -3]]).tostype("csr")


@pytest.mark.parametrize("call", [
    lambda: csr().abs(None), lambda: csr().abs(name="a"), lambda: csr().abs(bogus=1), lambda: csr().abs(None, "n"),
])
def test_sparse_unary_methods_take_the_functions_arguments_and_keep_storage(call):
    res = call()
    assert res.stype == "csr" and res.asnumpy().tolist() == [[1.0, 2.0, 0.0], [0.0, 0.0, 3.0]]


@pytest.mark.parametrize("call, kind, words", [
    (lambda: csr().abs([1, 2]), AttributeError, "'int' object has no attribute 'handle'"),
    (lambda: csr().abs("a"), AttributeError, "'str' object has no attribute 'handle'"),
    (lambda: csr().abs(1, 2, 3), TypeError, r"abs\(\) takes from 0 to 3 positional arguments but 4 were given"),
])
def test_sparse_unary_methods_refuse_a_bad_out_as_mxnet(call, kind, words):
    with pytest.raises(kind, match=words):
        call()


def test_sparse_functions_take_out_and_name_by_position_or_name_as_the_operator():
    res = mx.nd.sparse.abs(csr(), None, "nm")
    assert res.stype == "csr" and res.asnumpy().tolist() == [[1.0, 2.0, 0.0], [0.0, 0.0, 3.0]]
    res = mx.nd.sparse.elemwise_add(csr(), csr(), name="foo")
    assert res.stype == "csr" and res.asnumpy().tolist() == [[2.0, -4.0, 0.0], [0.0, 0.0, -6.0]]
    assert x().tostype("csr").clip(0, 0.5, None, "n").asnumpy().tolist() == [[0.5] * 3] * 2
    with pytest.raises(TypeError, match="object of type 'int' has no len()"):
        mx.nd.sparse.abs(csr(), 1)


@pytest.mark.parametrize("call, kind", [
    (lambda: mx.nd.contrib.dgl_adjacency(csr(), out="a"), AttributeError),
    (lambda: mx.nd.contrib.dgl_adjacency(csr(), 1), TypeError),
    (lambda: mx.nd.image.crop(x(), out=[1]), AttributeError),
    (lambda: mx.nd.sparse.retain(x(), x(), out=1), TypeError),
    (lambda: mx.nd.contrib.group_adagrad_update(x(), x(), x(), out="a"), AttributeError),
])
def test_operators_with_their_own_dispatch_refuse_a_bad_out_first(call, kind):
    with pytest.raises(kind, match="has no len|has no attribute 'handle'"):
        call()


@pytest.mark.parametrize("call, words", [
    (lambda: x().split_v2(), "split_v2() missing 1 required positional argument: 'indices_or_sections'"),
    (lambda: mx.nd.split_v2(), "split_v2() missing 2 required positional arguments: 'ary' and 'indices_or_sections'"),
    (lambda: x().split_v2(3, 1, False, 5), "split_v2() takes from 2 to 4 positional arguments but 5 were given"),
    (lambda: mx.nd.split_v2(x(), 3, out=1), "split_v2() got an unexpected keyword argument 'out'"),
])
def test_split_v2_binds_as_mxnets_python_function(call, words):
    with pytest.raises(TypeError) as caught:
        call()
    assert message_of(caught.value) == words


def test_split_v2_method_splits():
    assert [p.shape for p in x().split_v2(3, axis=1, squeeze_axis=True)] == [(2,), (2,), (2,)]


def test_a_dtype_given_by_position_passes_numpys_front_end_check():
    with pytest.raises(TypeError, match="Cannot interpret '1' as a data type"):
        mx.nd.Cast(x(), 1)
    assert mx.nd.Cast(x(), None).dtype == np.float64      # MXNet reads None as numpy does
    assert mx.nd.Cast(x(), "int8").dtype == np.int8


@pytest.mark.parametrize("call, words", [
    (lambda: mx.nd.image.crop(mx.sym.var("s")), "Argument data must have NDArray type, but got <Symbol s>"),
    (lambda: mx.nd.sparse.slice([1.0, 2.0]), r"Argument data must have NDArray type, but got \[1.0, 2.0\]"),
])
def test_hand_written_functions_assert_array_inputs(call, words):
    with pytest.raises(AssertionError, match=words):
        call()


def test_update_ops_assert_their_array_inputs():
    for weight, shown in ((mx.sym.var("s"), "<Symbol s>"), ([1.0], r"\[1.0\]"), (1.0, "1.0")):
        with pytest.raises(AssertionError, match=f"Argument weight must have NDArray type, but got {shown}"):
            mx.nd.sgd_update(weight, x(), lr=0.1)


def test_methods_take_name_as_the_function_does():
    assert x().argsort(name="a").asnumpy().tolist() == [[0.0, 1.0, 2.0], [0.0, 1.0, 2.0]]


@pytest.mark.parametrize("call", [
    lambda: x().argmax(mx.sym.var("s")), lambda: x().sum(axis=mx.sym.var("s")),
    lambda: mx.nd.sum(x(), mx.sym.var("s")), lambda: mx.nd.sum(x(), axis=mx.sym.var("s")),
])
def test_a_symbol_as_an_attribute_is_an_invalid_parameter(call):
    with pytest.raises(mx.base.MXNetError, match="Invalid Parameter format for axis"):
        call()


def test_split_v2_checks_its_sections_before_the_operator():
    with pytest.raises(ValueError, match="indices_or_sections must either int or tuple of ints"):
        x().split_v2(mx.sym.var("s"))


@pytest.mark.parametrize("call, words", [
    (lambda: mx.nd.contrib.dgl_adjacency(), "_contrib_dgl_adjacency expects 1 inputs, but got 0"),
    (lambda: mx.nd.contrib.edge_id(csr(), csr()), "_contrib_edge_id expects 3 inputs, but got 2"),
])
def test_graph_ops_missing_an_input_fail_as_mxnet(call, words):
    with pytest.raises(mx.base.MXNetError, match=words):
        call()


def test_like_samplers_take_out_after_their_parameters():
    with pytest.raises(TypeError, match="object of type 'int' has no len()"):
        mx.nd.random.exponential_like(x(), 1, 1)
    y = mx.nd.zeros((2, 3))
    assert mx.nd.random.uniform_like(x(), 2, 2, y, "nm") is y and y.asnumpy().tolist() == [[2.0] * 3] * 2


def test_samplers_check_their_parameters_kinds_before_out():
    with pytest.raises(AssertionError, match="Distribution parameters must all have the same type"):
        mx.nd.random.uniform(x(), out=1)
