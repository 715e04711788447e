"""mx.sym.np.full's node text and the names mx.sym.np lacks."""
import json

import pytest

import distnet as mx
from distnet.base import message_of


def _node(symbol):
    return json.loads(symbol.tojson())["nodes"][-1]["attrs"]


@pytest.mark.parametrize("fill, dtype, value, made", [
    (5, None, "5", "float32"), (5, "int32", "5", "int32"), (2.5, None, "2.5", "float32"),
    (True, None, "1", "bool"), (True, "float64", "1", "float64")])
def test_full_writes_an_integer_fill_without_a_point(fill, dtype, value, made):
    attrs = _node(mx.sym.np.full((2,), fill, dtype=dtype))
    assert (attrs["value"], attrs["dtype"]) == (value, made)


def test_full_of_a_bool_is_a_bool_array_by_default():
    assert _node(mx.sym.np.full((2,), True))["dtype"] == "bool"
    out = mx.sym.np.full((2,), True).as_nd_ndarray().eval()[0]
    assert out.asnumpy().dtype.kind == "b" and out.asnumpy().tolist() == [True, True]


@pytest.mark.parametrize("name", ["array", "triu", "no_such_function"])
def test_a_name_mxnets_symbol_numpy_lacks_is_a_plain_attribute_error(name):
    with pytest.raises(AttributeError) as info:
        getattr(mx.sym.np, name)
    assert type(info.value) is AttributeError
    assert message_of(info.value) == f"module 'mxnet.symbol.numpy' has no attribute '{name}'"
