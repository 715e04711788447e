"""Basic indexing: MXNet 1.9.1 takes an empty slice on the first axis but refuses one on a later axis."""
import pytest

from distnet import nd
from distnet.base import MXNetError


@pytest.mark.parametrize("key, shape", [(slice(1, 1), (0, 3, 4)), (slice(5, 7), (0, 3, 4)),
                                        (slice(1, 1, -1), (0, 3, 4)), ((slice(0, 0), 1), (0, 4)),
                                        ((slice(None), slice(-1, -5, -1)), (2, 3, 4))])
def test_empty_first_axis_and_full_ranges_index(key, shape):
    assert nd.arange(24).reshape((2, 3, 4))[key].shape == shape


@pytest.mark.parametrize("key", [(slice(None), slice(2, 2)), (slice(None), slice(2, 1)), (0, slice(2, 2)),
                                 (slice(None), slice(5, 10)), (slice(None), slice(3, 2, -1)),
                                 (Ellipsis, slice(4, 4))])
def test_empty_range_on_a_later_axis_is_refused(key):
    with pytest.raises(MXNetError):
        nd.arange(24).reshape((2, 3, 4))[key]


def test_assigning_through_an_empty_range_changes_nothing():
    x = nd.arange(24).reshape((2, 3, 4))
    x[:, 2:2] = 1
    assert x.sum().asscalar() == 276
