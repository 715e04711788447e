"""keepdims of the operator-backed mx.np reductions is parsed from its text as MXNet's backend reads a boolean."""
import numpy as onp
import pytest

import distnet as mx
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


REDUCTIONS = [mx.np.sum, mx.np.mean, mx.np.max, mx.np.all, mx.np.prod, mx.np.std, mx.np.linalg.norm]


@pytest.mark.parametrize("value, shape", [(1, (1, 1)), ("1", (1, 1)), ("TRUE", (1, 1)), (onp.True_, (1, 1)),
                                          (0, ()), ("0", ()), ("False", ())])
@pytest.mark.parametrize("reduce", REDUCTIONS)
def test_boolean_text_is_read(reduce, value, shape):
    assert reduce(mx.np.ones((2, 3)), keepdims=value).shape == shape


@pytest.mark.parametrize("value", [7, -7, 1.0, 0.0, None, "yes", (1.5,)])
@pytest.mark.parametrize("reduce", REDUCTIONS)
def test_other_values_are_mxnet_error(reduce, value):
    with pytest.raises(MXNetError, match="keepdims"):
        reduce(mx.np.ones((2, 3)), keepdims=value)


def test_non_array_out_is_refused_before_keepdims_is_parsed():
    with pytest.raises(TypeError):
        mx.np.sum(mx.np.ones((2, 3)), keepdims=7, out="1")
