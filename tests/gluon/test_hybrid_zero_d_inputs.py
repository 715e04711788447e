"""A hybridized block given a 0-d legacy array fails shape inference as MXNet's CachedOp does (shape () is unknown
in legacy shape semantics), unless the operator reading it infers it from the others (pick's index)."""
import pytest

import distnet as mx
from distnet.base import MXNetError


def _hybrid(function):
    block = mx.gluon.nn.HybridLambda(function)
    block.hybridize()
    return block


def test_an_operator_reading_a_zero_d_input_fails_its_shape_inference():
    with pytest.raises(MXNetError, match="inferring shapes failed"):
        _hybrid(lambda F, x: F.relu(x))(mx.nd.array(3.0))


def test_pick_takes_a_zero_d_index():
    out = _hybrid(lambda F, x, i: F.pick(x, i, axis=-1))(mx.nd.array([1., 2., 3., 4.]), mx.nd.array(3.0))
    assert out.asnumpy().tolist() == [4.0]


def test_numpy_shape_semantics_know_zero_d_arrays():
    with mx.util.np_shape(True):
        assert _hybrid(lambda F, x: F.relu(x))(mx.nd.array(-3.0)).asnumpy().tolist() == 0.0
