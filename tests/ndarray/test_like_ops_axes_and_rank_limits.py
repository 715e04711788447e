"""The *_like ops and broadcast_axis check their axes as MXNet does; slice kernels stop at 5 dimensions."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError


def _a(shape, dtype="float32"):
    return nd.array(np.arange(int(np.prod(shape))).reshape(shape) % 7 - 3, dtype=dtype)


@pytest.mark.parametrize("kwargs, words", [
    (dict(lhs_begin=-5), "Invalid begin for lhs_begin=-5"),
    (dict(lhs_begin=3), "Invalid begin, end, get lhs_begin=3, lhs_end=None"),
    (dict(lhs_begin=0, lhs_end=3), "Invalid end for lhs_end=3 as dimension number is 2"),
    (dict(lhs_begin=1, lhs_end=-1), "Invalid begin, end, get lhs_begin=1, lhs_end=-1"),
    (dict(rhs_begin=1, rhs_end=1), "Invalid begin, end, get rhs_begin=1, rhs_end=1"),
])
def test_reshape_like_refuses_empty_or_outside_spans(kwargs, words):
    with pytest.raises(MXNetError, match=words):
        nd.reshape_like(_a((2, 3)), _a((6, 1)), **kwargs)


def test_the_like_ops_read_the_second_inputs_sizes_only_where_they_use_them():
    assert nd.reshape_like(_a((2, 3)), _a((0, 6)), rhs_begin=1).shape == (6,)
    assert nd.broadcast_like(_a((1, 3)), _a((2, 0)), lhs_axes=(0,), rhs_axes=(0,)).shape == (2, 3)
    assert nd.slice_like(_a((2, 3)), _a((0, 2)), axes=(1,)).asnumpy().tolist() == [[-3, -2], [0, 1]]
    with pytest.raises(MXNetError):
        nd.reshape_like(_a((2, 3)), _a((0, 6)))


def test_broadcast_like_takes_only_length_one_axes_in_range():
    with pytest.raises(MXNetError, match="Input axis 0 at dimension 0 cannot be broadcasted to 3"):
        nd.broadcast_like(_a((3, 1, 2)), _a((3, 3, 2)), lhs_axes=(0,), rhs_axes=(0,))
    with pytest.raises(MXNetError, match="Invalid dimension specified in lhs_axes: 2"):
        nd.broadcast_like(_a((1, 1)), _a((2, 3)), lhs_axes=(2,), rhs_axes=(0,))
    with pytest.raises(MXNetError, match="Invalid dimension specified in rhs_axes: -3"):
        nd.broadcast_like(_a((1, 1)), _a((2, 3)), lhs_axes=(0,), rhs_axes=(-3,))
    assert nd.broadcast_like(_a((1, 1)), _a((2, 3)), lhs_axes=(0, 0), rhs_axes=(0, 1)).shape == (3, 1)


def test_broadcast_axis_given_twice_sees_its_first_broadcast():
    with pytest.raises(MXNetError, match="must have size 1"):
        nd.broadcast_axis(_a((1, 1)), axis=(0, 0), size=(2, 3))
    assert nd.broadcast_axis(_a((1, 1)), axis=(0, 0), size=(1, 3)).shape == (3, 1)


def test_slice_kernels_fail_past_five_dimensions():
    x6 = _a((1, 1, 1, 1, 1, 2), "int64")
    with pytest.raises(MXNetError, match="ndim=6too large "):       # slice's shape inference checks the rank
        nd.slice(x6, begin=(0,), end=(1,))
    with pytest.raises(MXNetError, match="ndim=7too large"):        # so does indexing that is not one block
        _a((1, 1, 1, 1, 1, 1, 2))[..., ::-1]
    with pytest.raises(MXNetError, match="ndim=6too large"):
        nd._internal._slice_assign(x6, nd.ones((1, 1, 1, 1, 1, 2), dtype="int64"), begin=(0,), end=(1,))
    assert nd.slice_axis(x6, axis=0, begin=0, end=1).asnumpy().ravel().tolist() == [-3, -2]
    assert _a((1, 1, 1, 1, 1, 1, 2))[..., ::2].asnumpy().ravel().tolist() == [-3]
    z = x6.copy()
    z[..., 0] = 5
    with pytest.raises(MXNetError, match="ndim=6too large"):
        z.asnumpy()
    z = x6.copy()
    z[[0]] = 5          # a scatter, not a slice kernel
    assert z.asnumpy().ravel().tolist() == [5, 5]


def test_transpose_takes_at_most_six_dimensions():
    with pytest.raises(MXNetError, match="Transpose support at most 6 dimensions"):
        nd.transpose(_a((1, 1, 1, 1, 1, 1, 2)))
    assert nd.transpose(_a((1, 1, 1, 1, 1, 2))).shape == (2, 1, 1, 1, 1, 1)


@pytest.mark.parametrize("shape, reps, fails", [((2, 2, 2), (2, 3, 2), True), ((2, 2, 2), (2, 1, 2), False),
                                                ((2, 2, 2, 2), (1, 3, 1, 3), False), ((2, 3), (2,) * 6, True),
                                                ((1, 1, 1), (2, 3, 4), False)])
def test_tile_fails_when_its_broadcast_folds_into_more_than_five_blocks(shape, reps, fails):
    y = nd.tile(nd.ones(shape), reps=reps)
    if fails:       # (raised when the result is read, as MXNet's kernel error)
        with pytest.raises(MXNetError, match="Too many reduction axes"):
            y.asnumpy()
    else:
        assert y.asnumpy().tolist() == np.tile(np.ones(shape), reps).tolist()
