"""mx.np reductions read their arguments as MXNet 1.9.1 does: NumPy integer and list axes, an integer
variance of float data truncating the float sum of squares, average's weights refused unless arrays."""
import numpy as onp
import pytest

from distnet import np


pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("fn", [np.mean, np.prod, np.std, np.var, np.average, np.sum, np.max])
def test_numpy_integer_axis_reduces_that_axis(fn):
    m3 = np.arange(24).reshape(2, 3, 4)
    assert fn(m3, axis=onp.int64(1)).shape == (2, 4)


def test_average_takes_a_list_axis_and_refuses_list_weights():
    m3 = np.arange(24).reshape(2, 3, 4)
    assert np.average(m3, axis=[0]).asnumpy()[0].tolist() == [6., 7., 8., 9.]
    with pytest.raises(AssertionError, match="Argument weights must have NDArray type"):
        np.average(np.ones((2, 3)), weights=[1, 2, 3], axis=1)


def test_average_of_an_empty_array_is_x86_default_nan():
    assert np.average(np.zeros((0, 3))).asnumpy().tobytes().hex() == "0000c0ff"      # MXNet 1.9.1


def test_integer_variance_of_float_data_truncates_the_float_sum_of_squares():
    x = np.array([[1.5, -2.0, 0.0], [3.25, -0.0, 4.0], [1.9, 2.9, 0.1]])
    assert np.var(x, axis=1, dtype="int32").asnumpy().tolist() == [2, 3, 1]         # MXNet 1.9.1
    assert np.var(x, axis=1, dtype="int32", ddof=1).asnumpy().tolist() == [3, 4, 2]
    assert np.std(x, axis=1, dtype="int64").asnumpy().tolist() == [1, 1, 1]
    assert np.var(x.astype("int32"), axis=1).asnumpy().tolist() == [1, 3, 0]


@pytest.mark.parametrize("fn", [np.all, np.any, np.sometrue])
def test_all_any_parse_keepdims_as_a_boolean_attribute(fn):
    from distnet.base import MXNetError
    with pytest.raises(MXNetError, match="keepdims expect boolean"):
        fn(np.ones((2, 3)), 0, None)
