"""tensordot's axes, random.choice's out= and the axis checks of delete/insert/split read as MXNet 1.9.1 reads them."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


def _a():
    return np.arange(6).reshape(2, 3)


def _b():
    return np.arange(12).reshape(3, 4)


@pytest.mark.parametrize("axes", [1, onp.int64(1), (1, 0), [1, 0], ([1], [0]), (1, 0, 7), (onp.int64(1), 0)])
def test_tensordot_axes_forms_sum_a_last_axis_against_b_first(axes):
    expected = onp.tensordot(onp.arange(6.).reshape(2, 3), onp.arange(12.).reshape(3, 4), 1)
    assert (np.tensordot(_a(), _b(), axes=axes).asnumpy() == expected).all()


@pytest.mark.parametrize("axes, error", [((1,), MXNetError), ((), MXNetError), (((1,), 0), MXNetError),
                                         (1.0, MXNetError), ("1", MXNetError), (None, MXNetError),
                                         ((1.0, 0), ValueError), ({1, 0}, TypeError),
                                         (([1, 0], [0]), MXNetError)])
def test_tensordot_refuses_malformed_axes(axes, error):
    with pytest.raises(error):
        np.tensordot(_a(), _b(), axes=axes)


def test_tensordot_summed_axes_mismatch_names_a_shape_inferred_from_b():
    c = np.zeros((2, 3, 4))
    with pytest.raises(MXNetError, match=r"Provided = \[2,3,4\], inferred shape=\[2,4,4\]"):
        np.tensordot(c, c, axes=([0, 1], [0, 2]))


def test_choice_from_an_array_leaves_out_unread():
    mx.random.seed(0)
    out = np.zeros((3,), dtype="int64")
    res = np.random.choice(np.arange(10, 15), size=3, out=out)
    assert res is not out and res.dtype == onp.float32 and res.shape == (3,)
    assert out.asnumpy().tolist() == [0, 0, 0]
    assert set(res.asnumpy().tolist()) <= set(range(10, 15))


def test_choice_from_an_int_writes_out_and_refuses_non_arrays():
    out = np.zeros((3,), dtype="int64")
    assert np.random.choice(5, size=3, out=out) is out
    for bad in ([1, 2, 3], onp.zeros(3), mx.nd.zeros(3)):
        with pytest.raises(TypeError):
            np.random.choice(5, size=3, out=bad)
    with pytest.raises(MXNetError):
        np.random.choice(np.array(3.0), size=2)


@pytest.mark.parametrize("axis", [2, -3, 5])
def test_delete_and_array_split_refuse_a_missing_axis_with_mxnet_errors(axis):
    with pytest.raises(MXNetError, match="exceeds the input dimension of 2"):
        np.delete(_a(), 1, axis=axis)
    with pytest.raises(MXNetError):
        np.array_split(_a(), 2, axis=axis)
    with pytest.raises(IndexError):     # split reads the axis length in Python first
        np.split(_a(), 2, axis=axis)


def test_a_0d_array_is_returned_whole_by_delete_and_insert_along_an_axis():
    assert np.delete(np.array(3.0), 5, axis=1).asnumpy() == 3.0
    assert np.insert(np.array(3.0), 0, 5, axis=0).asnumpy() == 3.0


def test_split_without_sections_wants_the_axis_empty():
    with pytest.raises(MXNetError, match=r"Provided = \[2,3\], inferred shape=\[2,0\]"):
        np.array_split(_a(), 0, axis=1)
    assert np.array_split(np.zeros((2, 0)), 0, axis=1) == []
    assert np.split(np.zeros((2, 0)), -1, axis=1) == []


def test_split_indices_are_checked_subarray_by_subarray():
    x = np.zeros((4,))
    with pytest.raises(MXNetError, match="start 2 is not less than end 1"):
        np.array_split(x, [2, 1, 9])
    with pytest.raises(MXNetError, match="end 5 is no less than the size of the axis 4"):
        np.split(x, [2, 5])


def test_insert_checks_axis_then_index_then_values():
    with pytest.raises(MXNetError, match="Axis should be in"):
        np.insert(_a(), 7, 5, axis=2)
    res = np.insert(_a(), 7, 5, axis=1)     # the kernel refuses the index: the array made, failing when read
    assert res.shape == (2, 4)
    with pytest.raises(MXNetError, match="index >= -1 \\* N"):
        res.asnumpy()
    with pytest.raises(MXNetError, match="data type do not match"):       # (the kernel's check: when read)
        np.insert(np.arange(3), np.array([0, 1], dtype="int64"), 7).asnumpy()
    res = np.insert(np.arange(3), np.array(1, dtype="int64"), 7)
    assert res.asnumpy().tolist() == [0, 7, 1, 2]
    assert np.insert(_a(), 1, np.array([5., 6.]), axis="1").shape == (2, 4)


@pytest.mark.parametrize("axis", [1.0, [0, 1], onp.int64(1), "1"])
def test_norm_takes_axis_as_none_an_int_or_a_tuple_only(axis):
    with pytest.raises(TypeError, match="'axis' must be None, an integer or a tuple of integers"):
        np.linalg.norm(_a(), axis=axis)
    with pytest.raises(TypeError):
        np.linalg.norm(_a(), ord="inf", axis=axis)


@pytest.mark.parametrize("axis, ord", [(True, None), ((0, 1.0), None), (None, True)])
def test_norm_parses_axis_items_and_ord_as_operator_attributes(axis, ord):
    with pytest.raises(MXNetError, match="Invalid Parameter format"):
        np.linalg.norm(_a(), ord=ord, axis=axis)


def test_norm_inf_of_an_empty_vector_is_zero():
    res = np.linalg.norm(np.zeros((0,)), ord=onp.inf)
    assert res.shape == () and float(res) == 0.0
    with pytest.raises(MXNetError, match="inf norm handled in front-end"):
        np.linalg.norm(np.ones((2,)), ord=onp.inf).asnumpy()      # (when read, as MXNet)
