"""An atomic symbol (``_gen_atomic_symbol``) composes with positional inputs as MXNet's does."""
import re

import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


def _fc():
    return mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=2, name="fc", attr={"__x__": "1"})


def test_atomic_symbol_keeps_the_user_attributes():
    assert _fc()._gen_atomic_symbol().list_attr() == {"num_hidden": "2", "__x__": "1"}


def test_atomic_symbol_takes_its_inputs_in_order():
    x, w, b = mx.sym.var("x"), mx.sym.var("w"), mx.sym.var("b")
    composed = _fc()._gen_atomic_symbol()(x, w, b)
    assert composed.list_arguments() == ["x", "w", "b"]
    assert composed.name == ""
    assert composed._gen_atomic_symbol()(x, w, b, name="zz").name == "zz"


def test_missing_inputs_of_an_unnamed_atom_are_plain_variables():
    assert _fc()._gen_atomic_symbol()(mx.sym.var("x")).list_arguments() == ["x", "weight", "bias"]


def test_statistics_given_by_position_are_auxiliary_states():
    atom = mx.sym.BatchNorm(mx.sym.var("x"), name="bn")._gen_atomic_symbol()
    names = ["x", "g", "b", "m", "v"]
    composed = atom(*[mx.sym.var(n) for n in names])
    assert composed.list_arguments() == ["x", "g", "b"]
    assert composed.list_auxiliary_states() == ["m", "v"]


def test_a_graph_still_refuses_positional_composition():
    with pytest.raises(MXNetError, match="General composition only support kwargs"):
        mx.sym.relu(_fc())(mx.sym.var("y"))
    with pytest.raises(MXNetError, match="Argument 1 is a tuple"):
        _fc()._gen_atomic_symbol()(mx.sym.var("x"), mx.sym.Group([mx.sym.var("a"), mx.sym.var("b")]))


def logged(error):
    """The message of a composition error after the log line of nnvm's check, which leads it as in MXNet."""
    head, _, message = message_of(error).partition(" ../3rdparty/tvm/nnvm/src/core/symbolic.cc:90: ")
    assert re.fullmatch(r"\[\d\d:\d\d:\d\d\]", head)
    return message


@pytest.mark.parametrize("make, candidates", [
    (lambda x: mx.sym.FullyConnected(x, num_hidden=2, name="fc"), ["x", "fc_weight", "fc_bias"]),
    (lambda x: x + x, ["x"]),
    (lambda x: mx.sym.Group([mx.sym.relu(x), mx.sym.var("w")]), ["x", "w"]),
    (lambda x: x, ["data"]),        # a lone variable: MXNet offers 'data'
])
def test_composing_an_unknown_keyword_lists_the_candidate_arguments(make, candidates):
    with pytest.raises(mx.base.MXNetError) as info:
        make(mx.sym.var("x"))(zz=mx.sym.var("q"))
    listed = "".join(f"\t[{i}]{name}\n" for i, name in enumerate(candidates)) + "\n"
    assert logged(info.value) == f"Symbol.ComposeKeyword argument name zz not found.\nCandidate arguments:\n{listed}"


@pytest.mark.parametrize("make, key, candidates", [
    (lambda x, y: mx.sym.FullyConnected(x, num_hidden=2, foo=y), "foo", ["data", "weight", "bias"]),
    (lambda x, y: mx.sym.FullyConnected(x, num_hidden=2, no_bias=True, foo=y), "foo", ["data", "weight"]),
    (lambda x, y: mx.sym.SoftmaxOutput(x, foo=y), "foo", ["data", "label"]),
    (lambda x, y: mx.sym.concat(data=y), "data", ["arg0"]),     # a variadic op's inputs are arg0, arg1, ...
])
def test_an_unknown_keyword_input_lists_the_ops_inputs(make, key, candidates):
    with pytest.raises(MXNetError) as info:
        make(mx.sym.var("x"), mx.sym.var("y"))
    listed = "".join(f"\t[{i}]{name}\n" for i, name in enumerate(candidates)) + "\n"
    assert logged(info.value) == f"Symbol.ComposeKeyword argument name {key} not found.\nCandidate arguments:\n{listed}"


def test_a_variadic_op_takes_its_inputs_by_position_or_by_keyword_not_both():
    x, y = mx.sym.var("x"), mx.sym.var("y")
    with pytest.raises(TypeError, match="only accept inputSymbols either as positional or keyword arguments, not both"):
        mx.sym.concat(x, data=y)
    assert mx.sym.add_n(arg0=x, arg1=y).list_arguments() == ["x", "y"]
