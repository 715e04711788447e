"""mx.np unique, where, bincount, histogram, polyval and sort as MXNet 1.9.1 (values recorded from it)."""
import math

import numpy as onp
import pytest

from distnet import np
from distnet.base import MXNetError

nan = float("nan")


pytestmark = pytest.mark.usefixtures("np_semantics")


def _lists(results):
    return [[("nan" if math.isnan(v) else v) for v in r.asnumpy().tolist()] for r in results]


def test_unique_with_flags_sorts_stably_and_splits_values_by_their_bits():
    r = np.unique(np.array([3.0, 1.0, 2.0, nan, 1.0, -0.0, 0.0]), True, True, True)
    assert _lists(r) == [[1.0, 2.0, 3.0, "nan", -0.0, 0.0, 1.0], [1, 2, 0, 3, 5, 6, 4], [2, 0, 1, 3, 6, 4, 5],
                         [1, 1, 1, 1, 1, 1, 1]]
    assert onp.signbit(r[0].asnumpy()).tolist() == [False] * 4 + [True, False, False]
    zeros = np.unique(np.array([0., -0., 0.]), return_counts=True)
    assert onp.signbit(zeros[0].asnumpy()).tolist() == [False, True, False]


def test_unique_with_flags_follows_libstdcxx_merges_on_longer_arrays():
    data = [1.0, nan, 0.0, 2.0, nan, -0.0, 1.0, 0.0, nan, 2.0, -0.0, 1.0, 0.0, 2.0, nan, 1.0, -0.0]
    r = np.unique(np.array(data), return_index=True, return_inverse=True, return_counts=True)
    assert _lists(r) == [[0.0, 1.0, "nan", 2.0, "nan", -0.0, 1.0, "nan", -0.0, 0.0, -0.0, 1.0, 2.0, "nan", 1.0],
                         [2, 0, 1, 3, 4, 5, 6, 8, 10, 12, 16, 11, 9, 14, 15],
                         [1, 2, 0, 3, 4, 5, 6, 0, 7, 12, 8, 11, 9, 12, 13, 14, 10],
                         [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1]]
    assert np.unique(np.array(data)).asnumpy().tolist() == [0.0, 1.0, 2.0]


def test_unique_rows_and_edge_shapes():
    rows = np.unique(np.array([[0., 1.], [-0., 1.], [0., 1.]]), axis=0, return_counts=True)
    assert rows[1].asnumpy().tolist() == [1, 1, 1]
    assert np.unique(np.zeros((0, 3)), axis=0).shape == (0,)
    assert np.unique(np.array(2.5), axis=0).asnumpy().tolist() == [2.5]
    with pytest.raises(MXNetError):
        np.unique(np.array(2.5), axis=1)
    assert onp.signbit(np.unique(np.array([3., -0., 0.])).asnumpy()).tolist() == [True, False]


def test_where_branches():
    x = np.array([1.5, -2.0])
    assert np.where(True, x, np.array([1, 2], dtype="int32")) is x
    assert np.where(False, x, 2) == 2
    cond = np.array([True, False])
    with pytest.raises(TypeError, match="not 'NoneType'"):
        np.where(cond, x)
    with pytest.raises(TypeError, match="type <class 'list'> and <class 'list'> not supported"):
        np.where(cond, [1, 2], [3, 4])
    with pytest.raises(AssertionError, match="Argument condition must have NDArray type"):
        np.where([True, False], 1, 2)


def test_bincount_histogram_polyval_and_sort_order():
    with pytest.raises(MXNetError, match="input should be nonnegative number"):
        np.bincount(np.array([-1, 2], dtype="int64"))
    with pytest.raises(MXNetError, match="Input only accept 1d array"):
        np.bincount(np.array([[1, 2]], dtype="int64"))
    with pytest.raises(NotImplementedError, match="array_like bins is not supported yet"):
        np.histogram(np.array([1., 2.]), bins=[0, 2, 4, 6])
    r = np.polyval([1, 2, 3], 2)
    assert (type(r), r) == (onp.int64, 11)
    with pytest.raises(TypeError, match="type not supported"):
        np.polyval([1, 2], np.array([1., 2.]))
    with pytest.raises(NotImplementedError, match="order not supported here"):
        np.sort(np.array([2., 1.]), order="a")
    with pytest.raises(NotImplementedError, match="order not supported here"):
        np.argsort(np.array([2., 1.]), order="a")


def test_delete_skips_negative_and_out_of_range_index_entries():
    v = np.array([3., 1., 2., 5., 4.])
    assert np.delete(v, np.array([0, -1])).asnumpy().tolist() == [1., 2., 5., 4.]       # MXNet 1.9.1
    assert np.delete(v, np.array([-6, 0, 9])).asnumpy().tolist() == [1., 2., 5., 4.]
    assert np.delete(v, -1).asnumpy().tolist() == [3., 1., 2., 5.]                      # an int index wraps
