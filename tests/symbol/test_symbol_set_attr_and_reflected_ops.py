"""Symbol._set_attr on an operator's own parameters, reflected arithmetic called by name, and variable dtype
refusals (behaviour recorded from MXNet 1.9.1)."""
import ctypes
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


def test_set_attr_of_a_parameter_changes_the_operator():
    fc = mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=2, name="fc")
    fc._set_attr(num_hidden="5")
    assert fc.attr_dict() == {"fc_weight": {"num_hidden": "2"}, "fc_bias": {"num_hidden": "2"},
                              "fc": {"num_hidden": "5"}}
    assert fc.infer_shape(x=(1, 3)) == ([(1, 3), (5, 3), (5,)], [(1, 5)], [])


def test_set_attr_of_a_scalar_is_used_by_eval_and_json():
    y = mx.sym.var("x") + 1
    y._set_attr(scalar="5")
    assert y.list_attr() == {"scalar": "5"}
    assert '"attrs": {"scalar": "5"}' in y.tojson()
    assert y.eval(x=mx.nd.ones(1))[0].asnumpy().tolist() == [6.0]


def test_set_attr_of_an_enum_parameter_is_checked():
    act = mx.sym.Activation(mx.sym.var("x"), act_type="relu", name="a")
    with pytest.raises(MXNetError, match="Invalid Input: 'nope'"):
        act._set_attr(act_type="nope")
    act._set_attr(act_type="tanh")
    assert act.list_attr() == {"act_type": "tanh"}


def test_set_attr_of_an_unparseable_parameter_is_refused():
    fc = mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=2, name="fc")
    with pytest.raises(MXNetError, match="Invalid Parameter format for num_hidden expect int but value='abc'"):
        fc._set_attr(num_hidden="abc")


def test_set_attr_of_an_unknown_plain_key_is_still_refused():
    with pytest.raises(MXNetError, match="Cannot find argument 'a'"):
        (mx.sym.var("x") + 1)._set_attr(a="b")


@pytest.mark.parametrize("method, expected", [("__rsub__", [4.0]), ("__rtruediv__", [5.0]), ("__rmod__", [0.0])])
def test_reflected_operator_with_a_symbol_puts_it_on_the_left(method, expected):
    x, y = mx.sym.var("x"), mx.sym.var("y")
    out = getattr(x, method)(y)
    assert out.list_arguments() == ["y", "x"]
    assert out.eval(x=mx.nd.array([1]), y=mx.nd.array([5]))[0].asnumpy().tolist() == expected


def test_variable_dtype_without_an_mxnet_type_is_a_key_error_naming_the_numpy_type():
    with pytest.raises(KeyError) as info:
        mx.sym.var("x", dtype="int16")
    assert info.value.args == (np.int16,)


def test_numpy_defers_to_a_symbol_with_mxnets_array_priority():
    x = mx.sym.var("x")
    assert mx.sym.Symbol.__array_priority__ == 1000.0
    with mx.name.NameManager():
        assert (np.float64(2) * x).name == "_mulscalar0" and (np.int64(3) - x).name == "_rminusscalar0"
    with pytest.raises(TypeError, match="type <class 'numpy.ndarray'> not supported"):
        np.ones(2) + x


def test_set_attr_on_a_group_of_nodes_fails_mxnets_check_after_the_value_check():
    group = mx.sym.Group([mx.sym.var("a"), mx.sym.var("b")])
    with pytest.raises(ValueError, match="Set Attr only accepts string values"):
        group._set_attr(x=1)
    with pytest.raises(mx.MXNetError, match="Check failed: node == e.node.get\\(\\): Symbol.SetAttrs only works for "
                                            "non-grouped symbol$"):
        group._set_attr(x="1")
    group._set_attr()                                   # nothing to set: nothing checked
    same = mx.sym.var("c")
    mx.sym.Group([same, same])._set_attr(x="1")         # one node under every head
    assert same.list_attr() == {"x": "1"}


def test_variable_checks_its_own_keys_before_the_given_attributes():
    with pytest.raises(ValueError, match="Attribute name=foo is not supported"):
        mx.sym.var("v", attr={"k": 1}, foo=2)           # the keyword is refused before the non-text value
    with pytest.raises(TypeError, match="data type 'nope' not understood"):
        mx.sym.var("v", attr={"k": 1}, dtype="nope")
    with pytest.raises(AttributeError, match="'int' object has no attribute 'dumps'"):
        mx.sym.var("v", attr={"k": 1}, init=3)
    with pytest.raises(TypeError, match="'int' object does not support item assignment"):
        mx.sym.var("v", attr=3, shape=(2,))


def test_variable_initializer_whose_dumps_is_not_text_is_refused():
    with pytest.raises(ValueError, match="Set Attr only accepts string values"):
        mx.sym.var("v", init=np.float32(0.5))           # numpy's dumps() gives bytes


def test_variable_writes_its_attributes_into_the_given_dict():
    given = {"k": "v"}
    mx.sym.var("x", attr=given, shape=(2,), __q__=1)
    assert given == {"k": "v", "__shape__": "(2,)", "__q__": "1"}


def test_a_symbol_has_a_handle_as_mxnet_symbols_do():
    s = mx.sym.var("a")
    assert isinstance(s.handle, ctypes.c_void_p) and s.handle.value
    assert (s + 1).handle.value != s.handle.value
