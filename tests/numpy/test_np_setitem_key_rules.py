"""mx.np.ndarray keys, hashing and repeat as MXNet 1.9.1 has them (expected values measured on MXNet)."""
import pytest

from distnet import np


def test_setitem_reads_a_list_of_bools_as_integer_indices():
    x = np.arange(8.).reshape(4, 2)
    x[[True, False, True, False]] = -1          # rows 1, 0, 1, 0 in MXNet, not a mask
    assert x.asnumpy().tolist() == [[-1., -1.], [-1., -1.], [4., 5.], [6., 7.]]


def test_getitem_takes_a_list_of_bools_as_a_mask():
    x = np.arange(8.).reshape(4, 2)
    assert x[[True, False, True, False]].asnumpy().tolist() == [[0., 1.], [4., 5.]]


@pytest.mark.parametrize("write", [False, True])
def test_zero_slice_step_is_a_value_error(write):
    x = np.arange(4.)
    with pytest.raises(ValueError):
        if write:
            x[::0] = 1
        else:
            x[::0]


def test_mx_np_arrays_are_unhashable_as_in_mxnet():
    x = np.arange(2.)
    with pytest.raises(NotImplementedError):
        hash(x)
    with pytest.raises(NotImplementedError):
        {x: 1}
    assert x in [x]                 # list membership compares identity first


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
def test_repeat_zero_times_is_an_empty_vector_for_any_axis(axis):
    from distnet import npx
    npx.set_np()
    try:
        assert np.repeat(np.ones((2, 3)), 0, axis=axis).shape == (0,)     # MXNet 1.9.1's shape
    finally:
        npx.reset_np()
