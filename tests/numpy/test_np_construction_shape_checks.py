"""Shape checks of mx.np unique, resize, tile, diag_indices_from, where, around and sign in MXNet's order and
words."""
import math

import pytest

import distnet as mx
from distnet import np
from distnet.base import message_of

pytestmark = pytest.mark.usefixtures("np_semantics")

UNKNOWN_SIZE = "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"


def test_unique_of_an_empty_array_checks_its_normalized_axis():
    assert np.unique(np.zeros((0, 3)), axis=-1).shape == (0,)
    with pytest.raises(mx.MXNetError, match="Axis must be within the range of input tensor's dimension"):
        np.unique(np.zeros((0, 3)), axis=2)
    with pytest.raises(mx.MXNetError, match="Axis must be within the range of input tensor's dimension"):
        np.unique(np.array([]), axis=-2)


@pytest.mark.parametrize("shape, words", [
    (-1, UNKNOWN_SIZE), ((2, -1), UNKNOWN_SIZE),
    ((-2,), "Check failed: dim_size >= -1 (-2 vs. -1) : shape dim size must be >= -1, while received -2"),
])
def test_resize_refuses_negative_sizes_as_its_output_shape(shape, words):
    with pytest.raises(mx.MXNetError) as e:
        np.resize(np.ones(3), shape)
    assert message_of(e.value) == words


def test_tile_to_an_unknown_size_fails_shape_inference():
    for a, reps in [(np.array(2.), -1), (np.array(2.), (2, -1)), (np.ones(2), (-1, 2))]:
        with pytest.raises(mx.MXNetError, match="Operator tile inferring shapes failed.$"):
            np.tile(a, reps)


def test_diag_indices_from_checks_in_mxnet_words():
    with pytest.raises(ValueError, match=r"ishape.ndim\(\) >= 2 \(1 vs. 2\) : Input array should be at least 2d"):
        np.diag_indices_from(np.zeros(3))
    with pytest.raises(ValueError, match=r"ishape\[i\] == size \(3 vs. 2\) : All dimensions of input must be"):
        np.diag_indices_from(np.zeros((2, 2, 3)))
    assert [i.tolist() for i in np.diag_indices_from(np.zeros((2, 2)))] == [[0, 1], [0, 1]]


def test_where_checks_shapes_before_branch_types():
    with pytest.raises(mx.MXNetError, match="Operands could not be broadcast together"):
        np.where(np.array([True, False, True]), np.array([1, 2], dtype="int32"), np.array([1., 2.]))


def test_around_of_half_checks_out_before_refusing_half():
    half = np.array([1.25, 2.5], dtype="float16")
    with pytest.raises(mx.MXNetError, match=r"at 0-th output: expected \[2\], got \[9\]"):
        np.around(half, out=np.zeros(9))
    with pytest.raises(mx.MXNetError, match="Type inconsistent, Provided = float32, inferred type = float16"):
        np.around(half, out=np.zeros(2))
    with pytest.raises(mx.MXNetError, match="Do not support `float16` as input"):
        np.around(half, out=np.zeros(2, dtype="float16"))


def test_sign_of_nan_is_zero_for_0d_arrays_too():
    assert np.sign(np.array(math.nan)).item() == 0.0
    assert np.sign(np.array([math.nan, -3.])).tolist() == [0.0, -1.0]
