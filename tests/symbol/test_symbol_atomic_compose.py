"""An atomic symbol (``_gen_atomic_symbol``) composes with positional inputs as MXNet's does."""
import pytest

import distnet as mx
from distnet.base import MXNetError


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
