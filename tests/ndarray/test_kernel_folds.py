"""Broadcast and reduce kernels fold neighbouring axes into at most five blocks; beyond, reading fails."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError
from distnet.ndarray.kernel_folds import broadcast_folds, reduce_folds

nd = mx.nd
A7, B7 = (2, 1, 2, 1, 2, 1, 2), (1, 2, 1, 2, 1, 2, 1)


@pytest.mark.parametrize("lhs, rhs, blocks", [
    ((2, 3), (2, 3), 0),                        # equal shapes: no broadcasting
    ((2, 3), (3,), 2),
    ((4, 5, 6), (1, 1, 1), 1),                  # one side all ones: one block
    ((2, 1, 2, 1, 2, 1), (1, 2, 1, 2, 1, 1), 5),
    ((1, 1, 1, 2, 2, 1, 1, 3, 3), (1, 1, 1, 1, 1, 2, 2, 3, 3), 3),
    (A7, B7, 7),
    (A7, (2, 1, 2, 1, 2, 1), 7),                # aligned on the right
])
def test_broadcast_folds_counts_blocks(lhs, rhs, blocks):
    assert broadcast_folds(lhs, rhs) == blocks
    assert broadcast_folds(rhs, lhs) == blocks


@pytest.mark.parametrize("big, small, blocks", [
    ((2, 3, 4), (1, 1, 1), [(24, 1)]),
    ((2, 3, 4), (2, 3, 4), [(24, 24)]),
    ((2, 3, 4), (1, 3, 4), [(2, 1), (12, 12)]),
    ((2, 3, 4), (2, 1, 4), [(2, 2), (3, 1), (4, 4)]),
    ((2, 2, 1, 2), (1, 2, 1, 1), [(2, 1), (2, 2), (2, 1)]),      # a kept size 1 axis after a kept one joins it
    ((2, 2, 2, 2, 2, 2, 2), (1, 2, 1, 2, 1, 2, 1), [(2, 1), (2, 2)] * 3 + [(2, 1)]),
])
def test_reduce_folds_alternate_reduced_and_kept_runs(big, small, blocks):
    assert reduce_folds(big, small) == blocks


@pytest.mark.parametrize("f", [
    lambda: nd.broadcast_add(nd.ones(A7), nd.ones(B7)),
    lambda: nd.ones(A7, dtype="int32") * nd.ones(B7, dtype="int32"),
    lambda: nd.broadcast_equal(nd.ones(A7, dtype="bool"), nd.ones(B7, dtype="bool")),
    lambda: mx.np.ones(A7) - mx.np.ones(B7),
])
def test_too_many_broadcast_blocks_fail_when_read(f):
    r = f()
    assert r.shape == (2,) * 7
    with pytest.raises(MXNetError, match="Too many broadcast dimensions with operands"):
        r.asnumpy()


def test_in_place_broadcast_with_too_many_blocks_fails_when_read():
    x = nd.ones((2,) * 7)
    x += nd.ones(B7)
    with pytest.raises(MXNetError, match="Too many broadcast dimensions"):
        x.asnumpy()


@pytest.mark.parametrize("f", [
    lambda x: nd.sum(x, axis=(0, 2, 4, 6)),
    lambda x: nd.max(x, axis=(1, 3, 5), keepdims=True),
    lambda x: nd.mean(x, axis=(1, 3, 5), exclude=True),
    lambda x: nd.broadcast_to(nd.ones(A7), shape=x.shape),
    lambda x: nd.broadcast_axis(nd.ones(A7), axis=(1, 3, 5), size=(2, 2, 2)),
])
def test_too_many_reduce_blocks_fail_when_read(f):
    r = f(nd.ones((2,) * 7))
    with pytest.raises(MXNetError, match="Too many reduction axes from"):
        r.asnumpy()


def test_high_rank_shapes_that_fold_into_few_blocks_compute():
    x = nd.array(np.arange(64.).reshape((2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2)))
    y = nd.ones((1, 1, 1, 1, 1, 1, 1, 3, 2, 1, 2))
    assert broadcast_folds(x.shape, y.shape) == 3
    np.testing.assert_array_equal((x + y).asnumpy(), x.asnumpy() + y.asnumpy())
    np.testing.assert_array_equal(nd.sum(x, axis=(0, 2)).asnumpy(), x.asnumpy().sum(axis=(0, 2)))
