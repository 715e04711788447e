"""Without NumPy shape semantics a 0-d or zero-size mx.np input is an unknown shape: the function's own operator
fails shape inference in MXNet's words."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

np = mx.np


@pytest.fixture(autouse=True)
def _legacy_shapes():
    mx.npx.set_np()
    x = np.array(2.5)
    mx.npx.reset_np()
    yield x


@pytest.mark.parametrize("call, op", [
    (lambda x: np.abs(x), "_npi_absolute"), (lambda x: np.isinf(x), "_npi_isinf"),
    (lambda x: np.bitwise_not(x), "_npi_bitwise_not"), (lambda x: np.logical_not(x), "_npi_logical_not"),
    (lambda x: np.atleast_2d(x), "_np_atleast_2d"), (lambda x: np.flipud(x), "_npi_flip"),
    (lambda x: np.expand_dims(x, 1), "expand_dims"), (lambda x: np.tile(x, 2), "tile"),
    (lambda x: np.repeat(x, 2), "repeat"), (lambda x: np.transpose(x), "_np_transpose"),
])
def test_the_function_operator_fails_inference(_legacy_shapes, call, op):
    with pytest.raises(MXNetError) as e:
        call(_legacy_shapes)
    assert message_of(e.value).splitlines()[:3] == [f"Operator {op} inferring shapes failed.", "input shapes:", "None"]


@pytest.mark.parametrize("shape", [(), (0,), (2, 0)])
def test_attach_grad_and_astype_refuse_unknown_shapes_in_their_operators_words(shape):
    from distnet.util import np_shape
    with np_shape(True):
        x = np.zeros(shape)
    with np_shape(False):
        with pytest.raises(MXNetError, match=r"Operator _npi_full_like inferring shapes failed\."):
            x.attach_grad()
        with pytest.raises(MXNetError, match=r"Operator _copyto inferring shapes failed\."):
            x.astype("float64")
        assert x.astype("float32", copy=False) is x     # nothing to copy: the array itself
