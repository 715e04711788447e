"""softmax(use_length=True) checks its axis and length shape as MXNet 1.9.1 (measured on MXNet 1.9.1)."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError

X = nd.array(np.arange(12).reshape(2, 2, 3) / 4.0)


@pytest.mark.parametrize("axis", [-2, -3])
def test_negative_axis_other_than_last_is_refused(axis):
    # MXNet: "Check failed: i >= 0 && i < ndim(): index = 2 must be in range [0, 2)", whatever the length
    with pytest.raises(MXNetError, match="must be in range"):
        nd.softmax(X, nd.ones((2, 3), dtype="int32"), axis=axis, use_length=True)


@pytest.mark.parametrize("axis,length_shape", [(-1, (2,)), (-1, (2, 3)), (0, (2, 2)), (1, (2,)), (2, (3, 2))])
def test_length_must_have_the_data_shape_without_axis(axis, length_shape):
    with pytest.raises(MXNetError, match="Shape inconsistent"):
        nd.softmax(X, nd.ones(length_shape, dtype="int32"), axis=axis, use_length=True)


def test_length_along_a_middle_axis():
    y = nd.softmax(X, nd.array([[1, 2, 1], [2, 1, 2]], dtype="int32"), axis=1, use_length=True).asnumpy()
    assert y[0, :, 0].tolist() == [1, 0] and y[1, 1, 1] == 0
    np.testing.assert_allclose(y[0, :, 1], [0.3208213, 0.6791787], rtol=1e-6)
