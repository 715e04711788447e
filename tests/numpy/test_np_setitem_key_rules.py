"""mx.np.ndarray keys, hashing and repeat as MXNet 1.9.1 has them (expected values measured on MXNet)."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np
from distnet.base import message_of


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


@pytest.mark.parametrize("key, value, words", [
    (0, [1, 2], "Check failed: ishape[j] == pshape[i] || ishape[j] == 1: shape [2] is not broadcastable to [3,4]"),
    ((0, 1), [[1], [2], [3]],
     "Check failed: ishape.ndim() <= param.shape.ndim() (2 vs. 1) : shape [3,1] is not broadcastable to [4]"),
    ((Ellipsis, 0), [[[1, 2, 3, 4]]],      # leading length-1 axes beyond the selection's are dropped first
     "Check failed: ishape[j] == pshape[i] || ishape[j] == 1: shape [1,4] is not broadcastable to [2,3]"),
    ([0, 1], [1, 2], "Check failed: ishape[j] == pshape[i] || ishape[j] == 1: shape [2] is not broadcastable to [2,3,4]"),
    (None, [1, 2], "Check failed: ishape[j] == pshape[i] || ishape[j] == 1: shape [2] is not broadcastable to [2,3,4]"),
    (1, [], "Check failed: src.Size() == dst->Size() (0 vs. 12) : Cannot reshape array of size 0 into shape [3,4]"),
])
def test_setitem_value_that_does_not_fit_fails_with_the_broadcast_check(key, value, words):
    from distnet import npx
    from distnet.base import MXNetError
    npx.set_np()
    try:
        x = np.arange(24).reshape((2, 3, 4))
        with pytest.raises(MXNetError) as e:
            x[key] = np.array(value) if value == [] else value
        assert message_of(e.value) == words
    finally:
        npx.reset_np()


def test_setitem_of_nothing_into_an_empty_selection_passes():
    from distnet import npx
    npx.set_np()
    try:
        x = np.arange(6.).reshape((2, 3))
        x[1:1] = np.array([])
        assert x.asnumpy().tolist() == [[0., 1., 2.], [3., 4., 5.]]
    finally:
        npx.reset_np()


def test_setitem_refusal_of_text_names_the_class_as_mxnet_np_ndarray():
    x = np.ones((2,))
    with pytest.raises(TypeError, match=r"mxnet\.np\.ndarray does not support assignment with non-array-like object "
                                        r"x of type <class 'str'>$"):
        x[0] = "x"


@pytest.mark.parametrize("key", [(0, 1, 2, 0), (0, Ellipsis, 1, 1, 1), (slice(None), None, 1, 1, 1)])
@pytest.mark.parametrize("write", [False, True])
def test_too_many_indices_counts_the_indexed_entries(key, write):
    x = np.arange(24.).reshape((2, 3, 4))
    count = sum(k is not None and k is not Ellipsis for k in key)
    with pytest.raises(IndexError, match=rf"too many indices \({count}\) for array with 3 dimensions$"):
        if write:
            x[key] = 1
        else:
            x[key]


@pytest.mark.parametrize("write", [False, True])
def test_two_ellipses_are_refused_in_index_words(write):
    x = np.arange(4.)
    with pytest.raises(IndexError, match=r"Cannot use more than one ellipsis \(`\.\.\.`\) for indexing$"):
        if write:
            x[..., ...] = 1
        else:
            x[..., ...]


GATHER_SITE = 'Traceback (most recent call last):\n  File "../src/operator/tensor/indexing_op.cc", line 454\n'


@pytest.mark.parametrize("key, words", [
    (([5, 0], [0, 7]), "index 5 is out of bounds for axis 0 with size 2"),       # the first axis holding one...
    (([5, -9], [0, 1]), "index -9 is out of bounds for axis 0 with size 2"),     # ...and the last one there
    ((0, [3, 9, 1]), "index 9 is out of bounds for axis 1 with size 3"),
    ([[3], [-4]], "index -4 is out of bounds for axis 0 with size 2"),
])
def test_gather_past_an_axis_fails_when_the_result_is_read(key, words):
    from distnet import npx
    npx.set_np()
    try:
        x = np.arange(6.).reshape((2, 3))
        y = x[key]                  # MXNet's gather kernel finds it: the call itself returns
        with pytest.raises(IndexError) as e:
            y.asnumpy()
        assert str(e.value) == GATHER_SITE + "IndexError: " + words     # (as MXNet prints it)
    finally:
        npx.reset_np()


def test_gather_past_an_empty_axis_keeps_the_result_shape():
    from distnet import npx
    npx.set_np()
    try:
        y = np.zeros((3, 0))[[0, 1], 0]
        assert y.shape == (2,)
        with pytest.raises(IndexError, match="index 0 is out of bounds for axis 1 with size 0$"):
            y.wait_to_read()
    finally:
        npx.reset_np()


@pytest.mark.parametrize("key, words", [((1, 5), "index 5 is out of bounds for axis 0 with size 3"),
                                        ((1, -4), "index -4 is out of bounds for axis 0 with size 3"),
                                        ((-3, 1), "index -3 is out of bounds for axis 0 with size 2")])
def test_one_integer_per_axis_is_checked_against_what_the_last_left(key, words):
    x = np.zeros((2, 3))
    with pytest.raises(IndexError) as e:
        x[key]
    assert message_of(e.value) == words


def test_gather_with_an_empty_result_checks_its_positions_at_the_next_wait():
    from distnet import npx
    npx.set_np()
    try:
        picked = np.zeros((0, 0))[[0], ...]
        assert picked.shape == (1, 0) and picked.asnumpy().shape == (1, 0)     # (copying nothing waits on nothing)
        with pytest.raises(IndexError, match="index 0 is out of bounds for axis 0 with size 0"):
            mx.nd.waitall()
        assert np.zeros((2, 0))[[1, 0]].shape == (2, 0)
    finally:
        npx.reset_np()


@pytest.mark.parametrize("key", [onp.bool_(True), (0, onp.bool_(False)), (onp.bool_(True), 0)])
@pytest.mark.parametrize("write", [False, True])
def test_a_numpy_bool_in_a_key_is_refused(key, write):
    x = np.ones((2, 3))
    with pytest.raises(ValueError, match=r"NDArray does not support slicing with key (True|False) of type "
                                         r"<class 'numpy.bool_'>\.$"):
        if write:
            x[key] = 1
        else:
            x[key]


@pytest.mark.parametrize("key, kind, words", [
    (onp.int64(0), IndexError, "tuple index out of range"),
    (onp.array(0), IndexError, "too many indices (1) for array with 0 dimensions"),
    ([True], IndexError, "too many indices, whose ndim = 1, for array with ndim = 0"),
    (np.array([0, 1]), TypeError, "type <class 'tuple'> not supported"),
])
def test_reading_a_zero_d_array_refuses_keys_as_mxnet(key, kind, words):
    with pytest.raises(kind) as e:
        np.array(2.0)[key]
    assert message_of(e.value) == words


def test_a_mask_of_more_axes_than_the_array_is_refused_in_mxnet_words():
    with pytest.raises(IndexError, match=r"too many indices, whose ndim = 2, for array with ndim = 1$"):
        np.ones((3,))[np.array([[True, False, True]], dtype="bool")]


def test_a_numpy_zero_d_integer_array_key_fails_the_gather_and_scatter_checks():
    from distnet.base import MXNetError
    x = np.ones((2, 3))
    with pytest.raises(MXNetError, match=r"Check failed: ishape.ndim\(\) > 1 \(1 vs. 1\) : gather_nd requires"):
        x[onp.array(0)]
    with pytest.raises(MXNetError, match=r"Check failed: ishape.ndim\(\) > 1 \(1 vs. 1\) : scatter_nd requires"):
        x[onp.array(0)] = 5


def test_a_mask_write_names_the_first_mismatched_dimension():
    from distnet.base import MXNetError
    x = np.ones((2, 3))
    with pytest.raises(MXNetError) as e:
        x[np.array([True], dtype="bool")] = 5
    assert message_of(e.value) == ("Check failed: dshape[i + start_axis] == mshape[i] (2 vs. 1) : boolean index did not match "
                            "indexed array along dimension 0; dimension is 2 but corresponding boolean dimension is 1")


def test_a_zero_d_mask_writes_a_zero_d_array():
    s = np.array(2.0)
    s[np.array(True, dtype="bool")] = 5
    assert float(s) == 5.0


def test_a_zero_d_array_takes_one_element_values_only():
    s = np.array(2.0)
    with pytest.raises(ValueError, match=r"setting an array element with a sequence\.$"):
        s[()] = [1]
    s[()] = onp.array([7.0])
    assert float(s) == 7.0


def test_a_partial_write_into_a_bool_array_fails_when_read():
    from distnet.base import MXNetError
    x = np.zeros((2, 4), dtype="bool")
    x[1] = np.array([1.5, 2.5, 3.5, 4.5])       # MXNet's slice-assign kernel has no bool case
    with pytest.raises(MXNetError, match=r"Unknown type enum 7$"):
        x.asnumpy()


def test_a_mask_write_value_of_another_trailing_shape_is_refused():
    from distnet.base import MXNetError
    x = np.zeros((2, 3, 4))
    with pytest.raises(MXNetError) as e:
        x[np.array([[True, False, True], [False, True, True]], dtype="bool")] = np.array([1.0, 2.0])
    assert message_of(e.value) == ("Check failed: dshape[dshape.ndim() - i] == vshape[vshape.ndim() - i] (4 vs. 2) : shape "
                            "mismatch of value with input at dimension 2; dimension is 4 but corresponding value "
                            "dimension is 2")


@pytest.mark.parametrize("key", [(None, [0, 1]), ([0, 1], None)])
def test_new_axes_beside_an_index_array_keep_an_empty_axis(key):
    from distnet import npx
    npx.set_np()
    try:
        assert np.zeros((3, 0))[key].shape == (1, 2, 0)
    finally:
        npx.reset_np()


def test_new_axes_beside_an_index_array_differentiate():
    from distnet import autograd
    x = np.arange(6.).reshape((3, 2))
    x.attach_grad()
    with autograd.record():
        y = (x[None, [0, 2]] * 2).sum()
    y.backward()
    assert x.grad.asnumpy().tolist() == [[2., 2.], [0., 0.], [2., 2.]]


@pytest.mark.usefixtures("np_semantics")
@pytest.mark.parametrize("key", [None, (None,)])
def test_a_value_whose_new_axes_are_not_length_one_is_refused_in_squeezes_words(key):
    from distnet.base import MXNetError
    x = np.zeros((2, 3))
    with pytest.raises(MXNetError) as e:
        x[key] = np.zeros((2, 2, 3))
    assert message_of(e.value) == ("Check failed: dshape[axes[i]] == 1 (2 vs. 1) : cannot select an axis to squeeze out "
                            "which has size=2 not equal to one")
    x[key] = np.ones((1, 2, 3))
    assert x.asnumpy().tolist() == [[1.] * 3] * 2


@pytest.mark.usefixtures("np_semantics")
@pytest.mark.parametrize("value_shape, words", [
    ((0,), "operands could not be broadcast together with remapped shapes [original->remapped]: (1,0)  and "
           "requested shape (2,3)"),
    ((4,), "operands could not be broadcast together with remapped shapes [original->remapped]: (1,4)  and "
           "requested shape (2,3)"),
    ((2, 1, 3), "cannot reshape array of size 6 into shape (1,3)"),
])
def test_a_numpy_value_for_the_whole_array_is_reshaped_to_its_rank_then_broadcast(value_shape, words):
    x = np.zeros((2, 3))
    with pytest.raises(ValueError) as e:
        x[...] = onp.zeros(value_shape)
    assert message_of(e.value) == words


@pytest.mark.usefixtures("np_semantics")
def test_a_bool_array_takes_any_value_into_an_empty_slice_and_fails_a_partial_one_when_read():
    from distnet.base import MXNetError
    x = np.array([[0, 1, 1], [1, 0, 1]], dtype="bool")
    for value in ([1, 2, 3], onp.zeros((0,)), np.ones((1, 3))):
        x[0:0] = value
    assert x.asnumpy().tolist() == [[False, True, True], [True, False, True]]
    x[1:] = [1, 0, 1]               # MXNet's slice-assign kernel has no bool case
    with pytest.raises(MXNetError, match="Unknown type enum 7"):
        x.asnumpy()


@pytest.mark.usefixtures("np_semantics")
@pytest.mark.parametrize("key", [onp.int8(1), (0, onp.uint16(1)), (slice(None), onp.int16(1)), onp.uint64(0)])
def test_numpy_integers_other_than_int32_and_int64_are_refused_as_keys(key):
    x = np.zeros((2, 3))
    for write in (False, True):
        with pytest.raises(ValueError, match=r"NDArray does not support slicing with key \d of type <class 'numpy"):
            if write:
                x[key] = 1
            else:
                x[key]


@pytest.mark.usefixtures("np_semantics")
def test_after_an_index_array_another_entry_of_the_wrong_type_is_a_runtime_error():
    with pytest.raises(RuntimeError, match=r"illegal index type <class 'numpy.int8'>$"):
        np.zeros((2, 3))[[0, 1], onp.int8(0)]
    with pytest.raises(RuntimeError, match=r"illegal index type <class 'float'>$"):
        np.zeros((2, 3))[[0], 1.5]


@pytest.mark.usefixtures("np_semantics")
@pytest.mark.parametrize("key", [0, -1, onp.int64(2), onp.int32(1), (3,)])
def test_one_element_of_a_vector_is_a_zero_d_view(key):
    x = np.arange(5.)
    r = x[key]
    x[...] = -7
    assert r.shape == () and float(r) == -7.0


@pytest.mark.usefixtures("np_semantics")
@pytest.mark.parametrize("key", [np.array(1), np.array(1.0), (np.array(1, dtype="int64"), slice(None))])
def test_a_zero_d_array_beside_basic_entries_indexes_as_an_integer_giving_a_view(key):
    x = np.arange(6.).reshape(2, 3)
    r = x[key]
    assert r.asnumpy().tolist() == [3., 4., 5.]
    x[...] = -7
    assert r.asnumpy().tolist() == [-7.] * 3


@pytest.mark.usefixtures("np_semantics")
def test_a_numpy_value_for_the_whole_array_keeps_axes_a_new_axis_would_squeeze():
    x = np.zeros((2, 3))
    x[..., None] = onp.arange(6.).reshape(1, 2, 3)      # reshaped to (2, 3): no axis is squeezed
    assert x.asnumpy().tolist() == [[0., 1., 2.], [3., 4., 5.]]
    with pytest.raises(ValueError, match=r"cannot reshape array of size 6 into shape \(3,1\)$"):
        x[..., None] = onp.zeros((2, 3, 1))


@pytest.mark.usefixtures("np_semantics")
def test_a_view_of_the_array_is_read_whole_before_it_is_written():
    a = np.arange(6.)
    a[::2] = a[:3]
    assert a.asnumpy().tolist() == [0., 1., 1., 3., 2., 5.]
    a = np.arange(6.)
    a[1:4] = a[0:3]
    assert a.asnumpy().tolist() == [0., 0., 1., 2., 4., 5.]


@pytest.mark.usefixtures("np_semantics")
def test_a_range_reads_positions_but_writes_as_a_slice():
    x = np.arange(5.)
    assert x[range(3, 0, -1)].asnumpy().tolist() == [3., 2., 1.]
    x[range(3, 0, -1)] = 9
    assert x.asnumpy().tolist() == [0., 9., 9., 9., 4.]
    x = np.arange(24.).reshape(2, 3, 4)
    x[range(0, 3, 2)] = 9                       # slice(0, 3, 2): the row past the axis is clipped away
    assert x.asnumpy()[:, 0, 0].tolist() == [9., 12.]


@pytest.mark.usefixtures("np_semantics")
def test_a_bool_key_of_an_empty_array_fails_the_mask_check_in_its_bare_words():
    from distnet.base import MXNetError
    with pytest.raises(MXNetError) as e:
        np.zeros((0, 3))[True]
    assert message_of(e.value) == "Check failed: data.shape()[axis] == idx.shape()[0] (0 vs. 1) : "


@pytest.mark.usefixtures("np_semantics")
@pytest.mark.parametrize("value, words", [
    (np.ones((2, 3), dtype="float64"), "Check failed: in_attrs->at(2).ndim() <= 1U (2 vs. 1) : boolean array indexing "
                                       "assignment requires a 0 or 1-dimensional input, input has 2 dimensions"),
    (np.ones((3,), dtype="float64"), "Type inconsistent, Provided = float64, inferred type = float32"),
])
def test_a_full_mask_checks_the_values_rank_before_its_dtype(value, words):
    from distnet.base import MXNetError
    x = np.arange(6.).reshape(2, 3)
    with pytest.raises(MXNetError) as e:
        x[x > 1] = value.astype(value.dtype)
    assert message_of(e.value) == words


@pytest.mark.usefixtures("np_semantics")
def test_a_full_mask_takes_a_vector_of_its_count_and_fails_another_when_read():
    from distnet.base import MXNetError
    x = np.arange(6.).reshape(2, 3)
    x[x > 3] = np.array([7., 8.])
    assert x.asnumpy().tolist() == [[0., 1., 2.], [3., 7., 8.]]
    x[x < 0] = np.array([1., 2., 3.])          # nothing is True: nothing written, nothing refused
    assert x.asnumpy().tolist() == [[0., 1., 2.], [3., 7., 8.]]
    x[x > 1] = np.array([1., 2.])
    with pytest.raises(MXNetError, match=r"\(4 vs. 2\) : boolean array indexing assignment cannot assign \[2\] input "
                                         r"values to the 4 output values where the mask is true"):
        x.asnumpy()


@pytest.mark.usefixtures("np_semantics")
@pytest.mark.parametrize("key", [1, slice(1, 3), (None, 0)])
def test_a_view_of_a_pinned_array_stays_pinned(key):
    import distnet as mx
    x = np.array(onp.arange(12.).reshape(4, 3), ctx=mx.cpu_pinned(0))
    assert x[key].ctx == mx.cpu_pinned(0)
    assert x[[0, 2]].ctx == mx.cpu(0)           # a gather is a new array


@pytest.mark.usefixtures("np_semantics")
def test_a_zero_d_numpy_array_in_a_tuple_key_is_an_index_array_of_one_position():
    x = np.arange(24.).reshape(2, 3, 4)
    assert x[onp.array(1), 0].shape == (1, 4)


@pytest.mark.usefixtures("np_semantics")
@pytest.mark.parametrize("shape, key, value_shape", [((2, 3, 4), True, (4,)), ((2, 3, 4), True, (3, 4)), ((2, 3), True, (3,))])
def test_a_mask_value_of_fewer_axes_than_the_masked_entries_fails_mxnets_axis_check(shape, key, value_shape):
    from distnet.base import MXNetError
    with pytest.raises(MXNetError) as e:
        np.zeros(shape)[key] = np.ones(value_shape)
    assert message_of(e.value) == f"Check failed: i >= 0 && i < ndim(): index = -1 must be in range [0, {len(value_shape)})"


@pytest.mark.usefixtures("np_semantics")
def test_a_mask_past_the_last_axis_fails_reading_the_shape_there():
    x = np.zeros((5,))
    for write in (False, True):
        with pytest.raises(IndexError, match="tuple index out of range$"):
            if write:
                x[0, np.array([True, False], dtype="bool")] = 1
            else:
                x[0, np.array([True, False], dtype="bool")]


@pytest.mark.usefixtures("np_semantics")
@pytest.mark.parametrize("shape, words", [((4, 0), "Check failed: src_idx < dshape_len (2 vs. 2) : "),
                                          ((0,), "Check failed: src_idx < dshape_len (1 vs. 1) : "),
                                          ((2, 0, 3), "Check failed: data.shape()[axis] == idx.shape()[0] (0 vs. 1) : ")])
def test_a_bool_key_of_an_empty_array_fails_the_reshape_of_an_empty_last_axis_before_the_mask_check(shape, words):
    from distnet.base import MXNetError
    with pytest.raises(MXNetError) as e:
        np.zeros(shape)[True]
    assert message_of(e.value) == words


@pytest.mark.parametrize("key, expected", [
    ((range(3), range(3)), onp.eye(3)),                                       # positions pairwise: the diagonal
    ((range(0, 2), range(1, 3)), [[0., 1., 0.], [0., 0., 1.], [0., 0., 0.]]),
    ((range(0, 2), [0, 2]), [[1., 0., 0.], [0., 0., 1.], [0., 0., 0.]]),
    ((slice(None), range(1, 3)), [[0., 1., 1.]] * 3),                          # a lone range: columns 1 and 2
])
def test_setitem_reads_ranges_beside_other_index_arrays_as_positions(key, expected):
    x = np.zeros((3, 3))
    x[key] = 1
    assert x.asnumpy().tolist() == onp.asarray(expected).tolist()


@pytest.mark.parametrize("key", [3, (0, -5), 1.5, "a"])
def test_a_legacy_value_is_refused_before_the_key_is_read(key):
    with pytest.raises(TypeError, match="Cannot assign mx.nd.NDArray to mxnet.numpy.ndarray$"):
        np.zeros((3, 4))[key] = mx.nd.ones((4,))


@pytest.mark.parametrize("shape, value_shape, dims", [((3, 4), (5, 4), "(3 vs. 5) : shape mismatch of value with input "
                                                      "at dimension 0; dimension is 3 but corresponding value dimension "
                                                      "is 4"),
                                                     ((2, 3, 4), (5, 6, 4), "(3 vs. 6) : shape mismatch of value with "
                                                      "input at dimension 1; dimension is 3 but corresponding value "
                                                      "dimension is 4")])
def test_a_mask_value_of_another_shape_names_its_last_dimension(shape, value_shape, dims):
    from distnet.base import MXNetError
    with pytest.raises(MXNetError) as e:
        np.zeros(shape)[True] = np.ones(value_shape)
    assert message_of(e.value) == "Check failed: dshape[dshape.ndim() - i] == vshape[vshape.ndim() - i] " + dims


def test_a_mask_value_of_another_type_names_bool_unknown():
    from distnet.base import MXNetError
    with pytest.raises(MXNetError, match="Type inconsistent, Provided = float64, inferred type = unknown$"):
        np.zeros((2,), dtype="bool")[True] = np.array(1.5, dtype="float64")
