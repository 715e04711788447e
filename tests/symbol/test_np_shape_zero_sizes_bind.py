"""Under NumPy shape semantics a 0 in a shape given to simple_bind is a real size, not an unknown one."""
import pytest

import distnet as mx
from distnet import sym


@pytest.mark.parametrize("shape", [(0,), (0, 3), (2, 0)])
def test_simple_bind_allocates_empty_arrays(shape):
    x, w = sym.Variable("x"), sym.Variable("w")
    with mx.util.np_shape(True):
        ex = (x + w).simple_bind(mx.cpu(), x=shape, w=shape)
        assert [a.shape for a in ex.arg_arrays] == [shape, shape]
        assert [o.shape for o in ex.outputs] == [shape]
        assert ex.forward()[0].shape == shape


def test_a_reduction_of_an_empty_array_is_one_value():
    with mx.util.np_shape(True):
        ex = sym.sum(sym.Variable("x")).simple_bind(mx.cpu(), x=(0, 3))
        assert [o.shape for o in ex.outputs] == [(1,)]


def test_legacy_semantics_keep_a_zero_unknown():
    with pytest.raises(RuntimeError, match="cannot decide shapes"):
        (sym.Variable("x") * 2).simple_bind(mx.cpu(), x=(0, 3))


def test_np_symbols_under_set_np():
    mx.npx.set_np()
    try:
        s = mx.sym.var("x").as_np_ndarray() * 2
        ex = s.simple_bind(mx.cpu(), x=(0, 2))
        assert [o.shape for o in ex.outputs] == [(0, 2)]
    finally:
        mx.npx.reset_np()


def test_bind_lists_an_empty_output_before_any_forward():
    with mx.util.np_shape(True):
        ex = (sym.Variable("x") * 2).bind(mx.cpu(), {"x": mx.nd.ones((0, 2))})
        assert [o.shape for o in ex.outputs] == [(0, 2)]
        assert len(ex.output_dict) == 1
