"""Arguments MXNet 1.9.1 hands to its operators unread by Python: missing ones, shifts, bins and copy flags."""
import numpy as onp
import pytest

from distnet import np
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


def _x():
    return np.array([[1.5, -2., 0.], [3.25, -0., 4.]])


@pytest.mark.parametrize("call, message", [
    (lambda: np.dot(_x()), "Operator _np_dot expects 2 inputs"),
    (lambda: np.repeat(_x(), axis=0), "Required parameter repeats"),
    (lambda: np.reshape(_x()), "Required parameter newshape"),
    (lambda: np.roll(_x()), "roll missing 1 required positional argument: 'shift'"),
    (lambda: np.roll(_x(), None), "roll missing 1 required positional argument: 'shift'"),
])
def test_a_missing_argument_reaches_the_operator(call, message):
    with pytest.raises(MXNetError, match=message):
        call()


@pytest.mark.parametrize("shift", [np.array([1., 2.]), 1.5, True])
def test_roll_parses_its_shift_as_a_shape(shift):
    with pytest.raises(MXNetError, match="Invalid Parameter format for shift"):
        np.roll(_x(), shift)
    assert np.roll(_x(), "1").asnumpy().ravel().tolist() == [4., 1.5, -2., 0., 3.25, -0.]


def test_nan_to_num_returns_integer_arrays_before_reading_copy():
    ints = np.array([1, 2], dtype="int32")
    assert np.nan_to_num(ints, copy=0.5) is ints
    x = np.array([1., onp.nan])
    with pytest.raises(ValueError, match="truth value"):
        np.nan_to_num(x, x)
    with pytest.raises(MXNetError, match="Invalid Parameter format for copy"):
        np.nan_to_num(x, 2)
    assert np.nan_to_num(x, "true").asnumpy().tolist() == [1., 0.]


def test_histogram_reads_bins_as_a_count_or_one_dimensional_edges():
    v = np.array([3., 1., 2., 5., 4.])
    with pytest.raises(NotImplementedError, match="automatic range"):
        np.histogram(v, 0.5)
    with pytest.raises(MXNetError, match="bin_cnt"):
        np.histogram(v, 3.0, range=(0, 5))
    with pytest.raises(MXNetError, match="bins argument should be an 1D vector"):
        np.histogram(v, np.array([[0., 2., 5.]]))
    with pytest.raises(ValueError):
        np.histogram(v, None)
    counts, edges = np.histogram(v, np.array([0., 2., 5.]))
    assert counts.asnumpy().tolist() == [1, 4] and edges.asnumpy().tolist() == [0., 2., 5.]


def test_ravel_compares_its_order_with_f():
    with pytest.raises(TypeError):
        np.ravel(_x(), _x())
    with pytest.raises(NotImplementedError):
        np.ravel(_x(), "F")
    assert np.ravel(_x(), "A").shape == (6,)


@pytest.mark.parametrize("fn", [np.sum, np.prod, np.max, np.amin, np.all, np.any, np.cumsum, np.around, np.round,
                                np.trace, np.diagonal, np.diag, np.diagflat, np.squeeze, np.transpose, np.atleast_2d])
def test_operators_ignore_a_name_keyword(fn):
    x = np.array([[1.5, -2.], [3.25, 4.]])
    assert (fn(x, name="n").asnumpy() == fn(x).asnumpy()).all()
    with pytest.raises(MXNetError, match="Cannot find argument 'foo'"):
        fn(x, foo=1)


def test_creation_reads_an_array_shape_from_its_text():
    assert np.ones(np.array(3, dtype="int32")).shape == (3,)
    assert np.full(np.array([2], dtype="int64"), 1).shape == (2,)
    assert np.ones(np.zeros((0, 3))).shape == ()
    for shape in (np.array([2, 3], dtype="int64"), np.array([2., 3.]), np.array(3.)):
        with pytest.raises(MXNetError, match="Invalid Parameter format for shape"):
            np.ones(shape)


@pytest.mark.parametrize("call", [lambda: np.argmax(_x(), 0.5, 1), lambda: np.around(_x(), 0.5, 1),
                                  lambda: np.flip(_x(), 0.5, 1), lambda: np.squeeze(_x(), 1, 0),
                                  lambda: np.concatenate(_x(), 1, 0), lambda: np.bitwise_and(_x(), 1, 0)])
def test_an_out_given_by_position_is_refused_before_the_attributes_are_parsed(call):
    with pytest.raises(TypeError, match="only accept MXNet numpy ndarrays"):
        call()


def test_dot_and_take_check_their_own_arguments_before_a_positional_out():
    with pytest.raises(AssertionError, match="Argument b must have NDArray type"):
        np.dot(_x(), 1, 0)
    with pytest.raises(NotImplementedError, match="mode 'None'"):
        np.take(_x(), np.array([0, 2], dtype="int32"), 1, None, "wrap")
