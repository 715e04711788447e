"""nd.histogram counts as MXNet's kernels count, not as numpy does."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError


def test_equal_bins_take_the_bin_of_the_offset_then_check_its_edges_in_the_dtype():
    x = nd.array([-2, -1, 0, 0, 1, 2], dtype="int8")
    counts, edges = nd.histogram(x, bins=5, range=(-2.5, 2.5))
    assert edges.asnumpy().tolist() == [-2, -1, 0, 0, 1, 2]      # -1.5 and 1.5 truncated by the int8 cast
    # 0 reaches bin 2 by its offset, then moves on to bin 3 (its right edge, 0 once cast, is not above it)
    assert counts.asnumpy().tolist() == [1, 1, 0, 2, 2] != np.histogram(x.asnumpy(), 5, (-2.5, 2.5))[0].tolist()


def test_a_point_range_is_widened_by_a_half_each_way():
    counts, edges = nd.histogram(nd.array([1.0, 1.2]), bins=2, range=(1, 1))
    assert edges.asnumpy().tolist() == [0.5, 1.0, 1.5] and counts.asnumpy().tolist() == [0, 2]


def test_given_edges_are_scanned_from_the_first_without_sorting():
    x = nd.array([0.5, 1.5, 2.5, 3.0])
    counts, edges = nd.histogram(x, nd.array([0, 2, 1, 3]))
    assert counts.asnumpy().tolist() == [2, 0, 2]      # 1.5 stops at the edge 2; 2.5 and 3.0 pass 2 and stop at 3
    assert nd.histogram(x, nd.array([3, 0]))[0].asnumpy().tolist() == [0]
    with pytest.raises(MXNetError, match="number of bounds should be >= 2"):
        nd.histogram(x, nd.array([1]))


def test_no_bins_and_empty_data_are_answered():
    counts, edges = nd.histogram(nd.array([1, 2], dtype="int32"), bins=0, range=(0, 1))
    assert counts.shape == (0,) and edges.asnumpy().tolist() == [-2 ** 31]       # 0/0 cast to int32
    counts, _ = nd.histogram(nd.array(np.zeros((2, 0))), bins=3, range=(0, 1))
    assert counts.asnumpy().tolist() == [0, 0, 0] and counts.dtype == np.int64
