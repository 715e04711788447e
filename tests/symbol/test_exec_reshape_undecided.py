"""Executor.reshape with shapes that leave an argument undecided fails with MXNetError, checking the arguments
in order as MXNet 1.9.1 does (an up-sizing of an earlier argument is reported first)."""
import pytest

import distnet as mx
from distnet.base import MXNetError


def _executor():
    with mx.name.NameManager():
        z = mx.sym.sum(mx.sym.broadcast_mul(mx.sym.Variable('x'), mx.sym.Variable('w')))
    return z.simple_bind(mx.cpu(), x=(2, 3), w=(1, 3))


@pytest.mark.parametrize("kwargs, message", [
    (dict(x=(4, 3)), "allow_up_sizing: New shape of arg: x"),
    (dict(allow_up_sizing=True, x=(4, 3)), "Shape of unspecifie arg: w changed"),
    (dict(x=(1, 3)), "Shape of unspecifie arg: w changed"),
    (dict(partial_shaping=True, x=(1, 3)), r"ndim_is_known\(this->ndim\(\)\): Shape is unknown\.$"),
])
def test_undecided_argument_is_refused(kwargs, message):
    with pytest.raises(MXNetError, match=message):
        _executor().reshape(**kwargs)


def test_reshape_with_every_shape_given():
    ex = _executor().reshape(allow_up_sizing=True, x=(4, 3), w=(1, 3))
    assert ex.arg_dict['x'].shape == (4, 3) and ex.arg_dict['w'].shape == (1, 3)
