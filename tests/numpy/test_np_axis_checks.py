"""sort/argsort, repeat and flip check their axes and counts in MXNet's order and words."""
import pytest

import distnet as mx
from distnet import np

pytestmark = pytest.mark.usefixtures("np_semantics")

INVALID_AXIS = r"Invalid axis! axis should be between 0 and {}, found axis={}"


@pytest.mark.parametrize("shape, axis, found", [((2, 3, 4), -5, -2), ((2, 3, 4), 3, 3), ((0, 3), 2, 2), ((), -1, -1)])
def test_sort_names_the_axis_it_found(shape, axis, found):
    with pytest.raises(mx.MXNetError, match=INVALID_AXIS.format(len(shape), found)):
        np.sort(np.zeros(shape), axis=axis)
    with pytest.raises(mx.MXNetError, match=INVALID_AXIS.format(len(shape), found)):
        np.argsort(np.zeros(shape), axis=axis)


def test_repeat_refuses_negative_repeats_before_the_axis():
    with pytest.raises(mx.MXNetError, match=r"\(-1 vs\. 0\) : repeats cannot be a negative number"):
        np.repeat(np.zeros((0, 3)), -1, axis=7)


def test_flip_of_an_empty_array_skips_the_axis_checks():
    assert np.flip(np.zeros((0, 3)), (0, 5)).shape == (0, 3)
    assert np.flip(np.zeros((2, 0)), -3).shape == (2, 0)
    with pytest.raises(mx.MXNetError, match=r"axis < ishape.ndim\(\) \(5 vs\. 3\)"):
        np.flip(np.zeros((2, 3, 4)), (5, -1)).asnumpy()       # (the kernel checks it: when read)
    assert np.flip(np.arange(3.0), 0).tolist() == [2.0, 1.0, 0.0]
