"""Indexing keys and assigned values are checked in MXNet's order and words."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd
from distnet.base import message_of


def _filled(shape, key, value, dtype="float32"):
    x = nd.array(np.arange(int(np.prod(shape))).reshape(shape), dtype=dtype)
    x[key] = value
    return x.asnumpy()


@pytest.mark.parametrize("key, words", [
    (([0, 0], [0, 0, 1, 1]), "shape1=(2,) is not broadcastable to shape2=(4,)"),
    (([[0, 1], [1, 0]], [0, 1, 2]), "shape1=(2, 2) is not broadcastable to shape2=(3,)"),
    ((1, [0, 1], [0, 1, 2]), "shape1=(2,) is not broadcastable to shape2=(3,)"),
])
def test_index_arrays_that_do_not_broadcast_name_the_shape_so_far(key, words):
    x = nd.zeros((2, 3, 4))
    with pytest.raises(ValueError) as read:
        x[key]
    with pytest.raises(ValueError) as write:
        x[key] = 1
    assert message_of(read.value) == message_of(write.value) == words


def test_a_boolean_index_past_the_last_axis_reads_past_the_shape():
    mask = nd.array([1], dtype="bool")
    with pytest.raises(IndexError, match="tuple index out of range$"):
        nd.zeros((2, 3))[0, 0, mask]
    with pytest.raises(IndexError, match="tuple index out of range$"):
        nd.zeros((5,))[None, nd.array([1, 1, 0, 0, 0], dtype="bool")] = 1


@pytest.mark.parametrize("shape, key, value, words", [
    ((5,), slice(None, -1), nd.array([1, 2, 3]), "(3,) and requested shape (4,)"),
    ((2, 3), ([1],), [1, 2], "(2,) and requested shape (1, 3)"),
    ((2, 1, 2), np.array([0, 1, 1]), nd.array([1, 2, 3]), "(3,) and requested shape (3, 1, 2)"),
    ((2, 2), (None,), nd.array([1, 2, 3]), "(3,) and requested shape (2, 2)"),
])
def test_a_value_that_does_not_broadcast_to_the_selection_is_refused_in_mxnets_words(shape, key, value, words):
    with pytest.raises(ValueError) as e:
        _filled(shape, key, value)
    assert message_of(e.value) == "operands could not be broadcast together with remapped shapes[original->remapped]: " + words


def test_a_numpy_value_for_the_whole_array_is_reshaped_and_broadcast_by_numpy():
    with pytest.raises(ValueError, match=r"\(1,3\)  and requested shape \(1,2\)"):
        _filled((1, 2), Ellipsis, np.array([1, 2, 3]))
    with pytest.raises(ValueError, match=r"cannot reshape array of size 6 into shape \(3,1\)$"):
        _filled((2, 3), (None, Ellipsis, None), np.ones((2, 3, 1)))
    assert _filled((2, 2), (None,), nd.array([[[5, 6]]])).tolist() == [[5, 6], [5, 6]]


def test_a_shapeless_value_is_written_only_without_a_cast():
    assert _filled((2, 3), [1], nd.array(np.array(4.0))).tolist() == [[0, 1, 2], [4, 4, 4]]
    with pytest.raises(mx.base.MXNetError):
        _filled((2, 3), 1, nd.array(np.array(4.0), dtype="int32"))


def test_an_empty_value_into_a_selection_with_elements_fails_its_reshape():
    with pytest.raises(mx.base.MXNetError, match="target shape size is larger"):
        _filled((2, 3), (0, slice(0, 2)), np.zeros((0, 2)))


def test_integers_are_checked_before_slices_and_a_backwards_slice_is_a_bare_assertion():
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 1 with size 3"):
        _filled((2, 3), (slice(2, 0), 5), 1.0)
    with pytest.raises(AssertionError, match="^$"):
        _filled((4,), slice(3, 1), 1.0)


def test_a_list_numpy_cannot_read_is_refused_before_its_shape_is_compared():
    with pytest.raises(TypeError, match="<class 'mxnet.ndarray.ndarray.NDArray'> does not support assignment"):
        _filled((2, 3), (0, 0), [None, 1], dtype="int32")


@pytest.mark.parametrize("key, value_shape, error", [
    ((5,), (3,), IndexError), ((0, 0, 0), (1,), IndexError), ((0,), (2,), ValueError), ((0,), (3,), mx.base.MXNetError),
])
def test_a_write_into_a_recorded_array_is_refused_after_the_key_and_value_checks(key, value_shape, error):
    x, v = nd.ones((2, 3)), nd.ones(value_shape)
    x.attach_grad()
    v.attach_grad()
    with autograd.record():
        y = x * 2
        with pytest.raises(error) as e:
            y[key] = v
    assert type(e.value) is error or error is mx.base.MXNetError
    assert error is not mx.base.MXNetError or "computational graph" in message_of(e.value)


@pytest.mark.parametrize("key, error, words", [
    ((-5, slice(None, None, 0)), IndexError, "index -5 is out of bounds for axis 0 with size 4"),
    ((slice(None, None, 0), 7), IndexError, "index 7 is out of bounds for axis 1 with size 2"),
    ((None, 5), IndexError, "index 5 is out of bounds for axis 0 with size 4"),
    ((slice(1, 1), slice(None, None, 0)), ValueError, "slice step cannot be zero"),
    (([0, 1], slice(None, None, 0)), ValueError, "slice step cannot be zero"),
])
def test_integers_are_read_before_slices_and_zero_steps(key, error, words):
    with pytest.raises(error, match=words):
        nd.zeros((4, 2))[key]


def test_an_advanced_keys_slices_become_positions_before_the_positions_broadcast():
    x = nd.zeros((4, 2, 3))
    with pytest.raises(mx.base.MXNetError, match="Invalid range"):
        x[[0, 1, 1], 1:1, [0, 1]]
    with pytest.raises(ValueError, match="slice step cannot be zero$"):
        x[[0, 1, 1], ::0, [0, 1]]
    with pytest.raises(ValueError, match="not broadcastable"):
        x[:, [0, 1], [0, 1, 1]]


@pytest.mark.parametrize("shape, key, result", [
    ((0, 3), (slice(None), None), (0, 1, 3)), ((0, 3, 2), (slice(None), 1, None), (0, 1, 2)), ((3, 0), -1, (0,)),
    ((0, 3), (None,), None), ((0, 3), (None, slice(None), 0), None), ((0,), (None,), None),
])
def test_an_empty_array_reads_as_its_legacy_reshape_allows(shape, key, result):
    x = nd.array(np.zeros(shape))
    if result is None:          # a 0 in the new shape copies the sliced size at its place, which must agree
        with pytest.raises(mx.base.MXNetError):
            x[key]
    else:
        assert x[key].shape == result


def test_an_empty_value_of_another_dtype_fails_its_cast():
    x = nd.zeros((2, 3))
    with pytest.raises(mx.base.MXNetError):
        x[1:1] = nd.array([], dtype="int32")
    x[1:1] = nd.array([])
    assert x.asnumpy().tolist() == [[0, 0, 0], [0, 0, 0]]


@pytest.mark.parametrize("value, shape_text", [(nd.array(5.), "None"), (nd.array(np.zeros((0, 3))), "[-1,3]")])
def test_a_shapeless_value_of_another_dtype_fails_the_copy_of_its_cast(value, shape_text):
    x = nd.zeros((2, 3), dtype="int32")
    with pytest.raises(mx.base.MXNetError) as e:
        x[0] = value
    assert message_of(e.value) == (f"Operator _copyto inferring shapes failed.\ninput shapes:\n{shape_text}\n"
                            f"output shapes:\n{shape_text}\noperator attributes:\n\n")


def test_a_value_whose_new_axes_are_not_length_one_is_refused_in_squeezes_words():
    with pytest.raises(mx.base.MXNetError) as e:
        _filled((2, 3), (None,), nd.zeros((2, 2, 3)))
    assert message_of(e.value) == ("Check failed: dshape[axes[i]] == 1 (2 vs. 1) : cannot select an axis to squeeze out "
                            "which has size=2 not equal to one")


@pytest.mark.parametrize("key, words", [((-4, -3), "index -3 is out of bounds for axis 0 with size 2"),
                                        ((1, 5), "index 5 is out of bounds for axis 0 with size 2"),
                                        ((5, 0), "index 5 is out of bounds for axis 0 with size 4")])
def test_one_integer_per_axis_indexes_axis_after_axis(key, words):
    with pytest.raises(IndexError, match=words):
        nd.zeros((4, 2))[key]


@pytest.mark.parametrize("key, fails", [(slice(1, 1), False), (slice(1, -1, 3), True), ((slice(1, 1),), True),
                                        (slice(1, 0, -1), False)])
def test_a_recorded_empty_read_has_a_gradient_only_through_the_fast_path(key, fails):
    x = nd.array([[1.0, 2.0], [3.0, 4.0]])
    x.attach_grad()
    with autograd.record():
        y = x[key]
    y.backward()
    if fails:       # the backward kernel's error: raised when the gradient is read
        with pytest.raises(mx.base.MXNetError, match="dim_size_is_known"):
            x.grad.asnumpy()
    else:
        assert x.grad.asnumpy().sum() == y.size


@pytest.mark.parametrize("shape, key, flat", [((4, 2), ([1], [-1]), 1), ((3, 4), ([2], [-4]), 4),
                                              ((2, 3, 4), ([1, 1], -3), 0)])
def test_a_negative_write_position_is_an_unwrapped_flat_offset(shape, key, flat):
    x = nd.zeros(shape)
    x[key] = 1
    rows = x.asnumpy().reshape(int(np.prod(shape[:len(key)])), -1)
    assert rows.sum(axis=1).nonzero()[0].tolist() == [flat]      # the row MXNet's scatter reaches, not numpy's


GATHER_SITE = 'Traceback (most recent call last):\n  File "../src/operator/tensor/indexing_op.cc", line 454\n'


@pytest.mark.parametrize("key, words", [(([5, -9], [0, 1]), "index -9 is out of bounds for axis 0 with size 2"),
                                        (([0, 1], [7, -9]), "index -9 is out of bounds for axis 1 with size 3"),
                                        ([6, 7, 1], "index 7 is out of bounds for axis 0 with size 2")])
def test_gather_names_the_last_position_past_the_first_axis_holding_one(key, words):
    y = nd.arange(6).reshape((2, 3))[key]
    with pytest.raises(IndexError) as e:
        y.asnumpy()
    assert str(e.value) == GATHER_SITE + "IndexError: " + words


def test_gather_nd_names_the_last_position_past_its_axis():
    y = nd.gather_nd(nd.arange(6).reshape((2, 3)), nd.array([[5, 0, -9], [0, 7, 1]]))
    with pytest.raises(IndexError) as e:
        y.asnumpy()
    assert str(e.value) == GATHER_SITE + "IndexError: index -9 is out of bounds for axis 0 with size 2"


@pytest.mark.parametrize("key, kind, words", [
    (0, IndexError, "tuple index out of range"),                    # MXNet reads axis 0 of the shape ()
    (True, IndexError, "tuple index out of range"),
    (slice(1, None), IndexError, "tuple index out of range"),
    (slice(None, None, -1), IndexError, "too many indices (1) for array with 0 dimensions"),
    (slice(1, 2, 0), ValueError, "slice step cannot be zero"),
    ((0, 1), IndexError, "too many indices (2) for array with 0 dimensions"),
    ([0, 1], IndexError, "too many indices (1) for array with 0 dimensions"),
    ((Ellipsis, 0), IndexError, "too many indices (1) for array with 0 dimensions"),
    (None, ValueError, "not enough values to unpack (expected 3, got 0)"),
    ((Ellipsis, Ellipsis), IndexError, "Cannot use more than one ellipsis (`...`) for indexing"),
    (1.0, ValueError, "NDArray does not support slicing with key 1.0 of type <class 'float'>."),
    (np.array([0, 1]), ValueError, "The truth value of an array with more than one element is ambiguous. Use a.any() "
                                   "or a.all()"),
])
def test_a_zero_d_legacy_array_refuses_keys_where_mxnet_reads_them(key, kind, words):
    x = nd.array(3.5)
    assert x.shape == ()
    with pytest.raises(kind) as e:
        x[key]
    assert message_of(e.value) == words


def test_a_zero_d_legacy_array_compared_with_an_ndarray_key_is_a_type_error():
    with pytest.raises(TypeError, match=r"type <class 'tuple'> not supported$"):
        nd.array(3.5)[nd.array([0])]
    assert nd.array(3.5)[()].asnumpy() == np.float32(3.5) and nd.array(3.5)[:].shape == ()


@pytest.mark.parametrize("key, words", [
    (slice(1, 1), "Shape inconsistent, Provided = [1,3,4], inferred shape=[0,3,4]"),
    ((slice(None), slice(1, 1)), "Shape inconsistent, Provided = [2,1,4], inferred shape=[2,0,4]"),
    ((slice(1, 1), 0), "Shape inconsistent, Provided = [1,1,4], inferred shape=[0,1,4]"),    # the int axis kept
    (slice(5, 7), "Shape inconsistent, Provided = [1,3,4], inferred shape=[0,3,4]"),
])
def test_a_value_broadcast_to_an_empty_selection_is_refused_in_mxnet_words(key, words):
    x = nd.zeros((2, 3, 4))
    with pytest.raises(mx.base.MXNetError) as e:
        x[key] = [1, 2, 3, 4]
    assert message_of(e.value) == words


def test_an_empty_value_for_a_selection_of_elements_fails_ndarray_reshape():
    x = nd.zeros((2, 3, 4))
    with pytest.raises(mx.base.MXNetError) as e:
        x[0] = nd.array([])
    assert message_of(e.value) == ("NDArray.Reshape: Check failed: shape_.Size() >= shape.Size() (0 vs. 12) : target shape "
                            "size is larger than the current shape")


@pytest.mark.parametrize("key, words", [
    (slice("a", None), "'<' not supported between instances of 'str' and 'int'"),     # a lone slice's bounds
    (slice(0.5, 2), "'float' object cannot be interpreted as an integer"),
    (slice(0.5, 2, 2), "slice indices must be integers or None or have an __index__ method"),   # any other's
    ((0, slice(0.5, 2)), "slice indices must be integers or None or have an __index__ method"),
])
@pytest.mark.parametrize("legacy", [True, False])
def test_slice_bounds_that_are_no_integers_are_refused_where_mxnet_reads_them(key, words, legacy):
    x = nd.zeros((4, 3)) if legacy else nd.zeros((4, 3)).as_np_ndarray()
    with pytest.raises(TypeError) as e:
        x[key]
    assert message_of(e.value) == words


def test_a_slice_past_its_stop_on_the_first_axis_names_the_clipped_range():
    with pytest.raises(mx.base.MXNetError) as e:
        nd.zeros((5,))[slice(-1, -3)]
    assert message_of(e.value) == "Check failed: begin <= end (4 vs. 2) : Invalid slicing range [4, 2)"


def test_a_bool_key_past_the_first_axis_is_named_as_given():
    with pytest.raises(IndexError, match=r"index True is out of bounds for axis 0 with size 1$"):
        nd.zeros((1,))[True]


@pytest.mark.parametrize("key, words", [
    (([1], slice(-2, 1, 1)), "Check failed: param.start < param.stop.value(): Invalid range (start, stop, step) = "
                             "(1,1,1)"),
    (([1], slice(2, 2, -1)), "Check failed: param.start > param.stop.value(): Invalid range (start, stop, step)= "
                             "(2,2,-1)"),
])
def test_an_empty_slice_in_an_advanced_key_fails_arange_in_its_words(key, words):
    with pytest.raises(mx.base.MXNetError) as e:
        nd.zeros((2, 3))[key]
    assert message_of(e.value) == words


@pytest.mark.parametrize("shape, key, words", [
    ((3, 4, 3), (-2, slice(5, 0)), "Check failed: src_idx < dshape_len (1 vs. 1) : "),
    ((4, 3, 3, 4), (slice(-3, None, 2), -2, slice(2, 0, 1)), "Check failed: src_idx < dshape_len (2 vs. 1) : "),
    # new axes: the empty result is reshaped by legacy rules, a 0 copying the sliced size on its axis
    ((1, 4, 1, 1), (None, slice(4, None, 2)), "NDArray.Reshape: Check failed: shape_.Size() >= shape.Size() (0 vs. "
                                               "16) : target shape size is larger than the current shape"),
    ((2,), (None, slice(1, -1, -2)), "Check failed: src_idx < dshape_len (1 vs. 1) : "),
])
def test_an_empty_basic_selection_fails_the_legacy_reshape_in_mxnet_words(shape, key, words):
    with pytest.raises(mx.base.MXNetError) as e:
        nd.zeros(shape)[key]
    assert message_of(e.value) == words


@pytest.mark.parametrize("shape, key, words", [
    ((0, 3), [0], "Operator gather_nd inferring shapes failed.\ninput shapes:\n[-1,3]\n[1,1]\noutput shapes:\nNone\n"
                  "operator attributes:\n\n"),
    ((4, 0), (slice(None), [0]), "Operator gather_nd inferring shapes failed.\ninput shapes:\n[4,-1]\n[2,4,1]\n"
                                 "output shapes:\nNone\noperator attributes:\n\n"),
    ((4, 0), None, "Check failed: src_idx < dshape_len (1 vs. 1) : "),
    ((2, 3, 0), Ellipsis, "Check failed: src_idx < dshape_len (2 vs. 1) : "),
    ((0, 0), slice(None, None, -1), "Check failed: src_idx < dshape_len (1 vs. 1) : "),
    ((0,), None, "Check failed: src_idx < dshape_len (1 vs. 1) : "),
    # (0, 3)[None]: the legacy reshape to (1, 0, 3) copies the 3 into the 0: 9 elements from none
    ((0, 3), None, "NDArray.Reshape: Check failed: shape_.Size() >= shape.Size() (0 vs. 9) : target shape size "
                   "is larger than the current shape"),
])
def test_an_empty_array_fails_a_gather_or_a_slice_of_a_later_empty_axis_in_mxnets_words(shape, key, words):
    with pytest.raises(mx.base.MXNetError) as e:
        nd.array(np.zeros(shape))[key]
    assert message_of(e.value) == words


def test_an_empty_array_still_reads_by_its_fast_paths():
    x = nd.array(np.zeros((4, 0)))
    assert x[1].shape == (0,) and x[1:3].shape == (2, 0)


@pytest.mark.parametrize("write, expected", [
    (lambda a: a.__setitem__(slice(1, 4), a[0:3]), [0, 0, 0, 0, 4, 5]),         # each read sees the writes before
    (lambda a: a.__setitem__(slice(0, 3), a[1:4]), [1, 2, 3, 3, 4, 5]),         # reads run ahead of writes: a shift
    (lambda a: a.__setitem__(slice(None, None, -1), a), [0, 1, 2, 2, 1, 0]),
    (lambda a: a.__setitem__(slice(None, None, 2), a[0:3]), [0, 1, 1, 3, 1, 5]),
    (lambda a: a.__setitem__(slice(1, 4), a[0:3] * 1), [0, 0, 1, 2, 4, 5]),     # a new array: no overlap
])
def test_a_view_of_the_array_is_copied_into_it_element_by_element_in_order(write, expected):
    a = nd.arange(6)
    write(a)
    assert a.asnumpy().tolist() == expected


def test_rows_copied_into_overlapping_rows_repeat_the_first():
    a = nd.arange(12).reshape((4, 3))
    a[1:] = a[:-1]
    assert a.asnumpy().tolist() == [[0, 1, 2]] * 4


@pytest.mark.parametrize("rhs, words", [
    (nd.ones((3,)), "Shape inconsistent, Provided = [3], inferred shape=[2,3]"),         # never broadcast
    (nd.ones((2, 2), dtype="int32"), "Shape inconsistent, Provided = [2,2], inferred shape=[2,3]"),  # shape first
    (nd.ones((2, 3), dtype="int32"), "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at "
                                     "1-th input: expected float32, got int32"),
])
def test_slice_assign_takes_a_value_of_exactly_the_slices_shape_and_dtype(rhs, words):
    with pytest.raises(mx.base.MXNetError) as e:
        nd._internal._slice_assign(nd.zeros((4, 3)), rhs, begin=(1, 0), end=(3, 3))
    assert message_of(e.value) == words


def test_slice_assign_names_no_operator_in_its_slicing_checks():
    with pytest.raises(mx.base.MXNetError) as e:
        nd._internal._slice_assign(nd.zeros((4, 3)), nd.ones((2, 3)), begin=(1, 0, 0), end=(3, 3, 1))
    assert message_of(e.value) == ("Check failed: param_begin.ndim() <= dshape.ndim() (3 vs. 2) : Slicing axis exceeds "
                            "data dimensions")
    r = nd._internal._slice_assign(nd.zeros((4, 3)), nd.ones((4, 2)), begin=(None, 0), end=(None, 3), step=(-1, 2))
    assert r.asnumpy().tolist() == [[1, 0, 1]] * 4


def test_a_zero_d_numpy_array_beside_other_entries_is_an_index_array_of_one_position():
    x = nd.arange(24).reshape((2, 3, 4))
    assert x[np.array(1), 0].asnumpy().tolist() == [[12, 13, 14, 15]]
    x[np.array(1), 0] = -1
    assert x[1, 0].asnumpy().tolist() == [-1] * 4


@pytest.mark.parametrize("key", [[nd.array([1]), nd.array([0])], [1, nd.array(0)], ([nd.array(1)], 0)])
def test_a_list_holding_legacy_arrays_is_refused_as_numpy_cannot_read_them(key):
    x = nd.arange(24).reshape((2, 3, 4))
    with pytest.raises(TypeError, match="source_array must be array like object$"):
        x[key]
    with pytest.raises(TypeError, match="source_array must be array like object$"):
        x[key] = 5


@pytest.mark.parametrize("key, text", [(nd.array([], dtype="int32"), "[-1]"),
                                       (nd.array(np.zeros((2, 0)), dtype="int32"), "[2,-1]"),
                                       ((0, nd.array([], dtype="int64")), "[-1]")])
def test_an_empty_index_array_fails_its_copy_as_its_legacy_shape_is_unknown(key, text):
    x = nd.arange(24).reshape((2, 3, 4))
    with pytest.raises(mx.base.MXNetError) as e:
        x[key]
    assert message_of(e.value) == (f"Operator _copyto inferring shapes failed.\ninput shapes:\n{text}\noutput shapes:\n{text}\n"
                            "operator attributes:\n\n")


@pytest.fixture
def np_shape():
    from distnet.util import set_np_shape
    previous = set_np_shape(True)
    yield
    set_np_shape(previous)


@pytest.mark.usefixtures("np_shape")
def test_with_numpy_shapes_an_empty_legacy_array_gathers_but_its_reshape_checks_sizes():
    x = nd.array(np.zeros((2, 0)))
    assert x[[0, 1]].shape == (2, 0)
    with pytest.raises(mx.base.MXNetError) as e:
        nd.array(np.zeros((0, 3)))[None]
    assert message_of(e.value) == ("NDArray.Reshape: Check failed: shape_.Size() == shape.Size() (0 vs. 9) : target shape "
                            "must have the same size as current shape.")


@pytest.mark.usefixtures("np_shape")
@pytest.mark.parametrize("key, error, words", [
    (0, IndexError, "tuple index out of range"), (slice(1, 3), IndexError, "tuple index out of range"),
    (None, ValueError, "not enough values to unpack (expected 3, got 0)"),
    (Ellipsis, ValueError, "indexing key cannot be an empty tuple"),
    (nd.array([1, 0], dtype="int32"), TypeError, "type <class 'tuple'> not supported"),
])
def test_with_numpy_shapes_a_zero_d_legacy_array_reads_only_by_an_empty_tuple(key, error, words):
    x = nd.array(np.array(3.0))
    assert x[()].asnumpy().item() == 3.0
    with pytest.raises(error) as e:
        x[key]
    assert message_of(e.value) == words


@pytest.mark.usefixtures("np_shape")
def test_with_numpy_shapes_a_zero_d_legacy_array_is_written_by_an_empty_tuple_or_any_slice():
    x = nd.array(np.array(3.0))
    x[::-1] = 9
    assert x.asnumpy().item() == 9.0
    for key in (0, Ellipsis, None, [0]):
        with pytest.raises(IndexError, match=r"scalar tensor can only accept `\(\)` and `:` as index$"):
            x[key] = 1


def test_the_slice_assign_methods_hand_their_value_to_the_operator_unread():
    x = nd.arange(6)
    with pytest.raises(AssertionError, match=r"^Argument rhs must have NDArray type, but got 3$"):
        x.slice_assign(3, (1,), (3,), ())
    with pytest.raises(mx.base.MXNetError, match="Invalid Parameter format for scalar expect double but value='x'"):
        x.slice_assign_scalar("x", (1,), (3,), ())
    assert x.slice_assign_scalar(2, (1,), (3,), ()) is x
    assert x.asnumpy().tolist() == [0, 2, 2, 3, 4, 5]
    with pytest.raises(mx.base.MXNetError) as e:
        x.slice_assign(nd.ones((2,)), (5,), (6,), ())
    assert message_of(e.value) == "Shape inconsistent, Provided = [2], inferred shape=[1]"


@pytest.mark.parametrize("length, key, shape", [
    (1, slice(1.0, None), (0, 2)), (5, slice(5.0, None), (0, 2)), (5, slice(0, 7.0), (5, 2)),
    (5, slice(-7.0, None), (5, 2)), (5, slice(None, -7.0), (0, 2)), (0, slice(0, 1.0), (0, 2)),
])
def test_a_float_bound_of_a_lone_slice_moved_into_the_axis_becomes_an_integer(length, key, shape):
    for make in (nd.array, mx.np.array):
        assert make(np.zeros((length, 2)))[key].shape == shape


@pytest.mark.parametrize("length, key", [(5, slice(1.0, None)), (5, slice(0, 5.0)), (5, slice(-1.0, None)), (0, slice(None, 0.0))])
def test_a_float_bound_inside_the_axis_is_refused_as_a_c_integer(length, key):
    for make in (nd.array, mx.np.array):
        with pytest.raises(TypeError, match="'float' object cannot be interpreted as an integer$"):
            make(np.zeros((length, 2)))[key]
