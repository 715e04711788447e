"""Legacy shape semantics read a 0 in an operator's shape attribute as an unknown size: MXNet refuses to bind it."""
import pytest

import distnet as mx
from distnet import sym
from distnet.base import MXNetError, message_of

_WORDS = r"Check failed: dim_size_is_known\(\*it\): Shape dim size cannot be a negative value -1"


@pytest.mark.parametrize("make", [lambda: sym.zeros((2, 0)), lambda: sym.ones((0,)), lambda: sym.full((0, 2), 3),
                                  lambda: sym.sum(sym.zeros((2, 0)))])
def test_bind_refuses_a_declared_zero_size(make):
    with pytest.raises(MXNetError, match=_WORDS):
        make().eval()


def test_simple_bind_counts_the_inner_node_as_undecided():
    with pytest.raises(RuntimeError, match="InferShape pass cannot decide shapes"):
        sym.sum(sym.zeros((2, 0))).simple_bind(mx.cpu())


def test_an_empty_slice_of_known_inputs_binds():
    x = sym.Variable("x")
    out = sym.slice(x, begin=(0, 1), end=(2, 1)).eval(x=mx.nd.ones((2, 3)))[0]
    assert out.shape == (2, 0)


def test_numpy_shape_semantics_take_the_zero_as_a_size():
    with mx.util.np_shape(True):
        assert sym.zeros((2, 0)).eval()[0].shape == (2, 0)


@pytest.mark.parametrize("np_shape, dims", [(False, "[-1]"), (True, "[0]")])
def test_a_reduction_checks_its_axes_against_the_rank_of_an_unsized_input(np_shape, dims):
    net = sym.sum(sym.Variable("x"), axis=1, name="s")
    with mx.util.np_shape(np_shape):
        with pytest.raises(MXNetError) as info:
            net.infer_shape(x=(0,))
    assert message_of(info.value) == ("Error in operator s: Check failed: axes[axes.ndim()-1] < ishape.ndim() (1 vs. 1) : "
                               f"Reduction axis 1 Exceeds input dimensions {dims}")


def test_max_of_an_empty_input_checks_its_size_first_under_numpy_shapes():
    net = sym.max(sym.Variable("x"), axis=-2, name="m")
    with mx.util.np_shape(True):
        with pytest.raises(MXNetError) as info:
            net.infer_shape(x=(2, 0))
    assert message_of(info.value) == ("Error in operator m: Check failed: (*in_attrs)[0].Size() > 0U (0 vs. 0) : "
                               "Reduction input's size should > 0 [2,0]")
    # legacy semantics: an unknown size is passed over, whatever the axis
    assert net.infer_shape_partial(x=(0,))[1] == [()]
