"""Edge rules of the legacy shape and indexing operators, each measured on MXNet 1.9.1."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd
from distnet.base import MXNetError, message_of


@pytest.mark.parametrize("shape, message", [
    ((-4, 1, 2, -2), "i + 2 < params_len (5 vs. 4)"),
    ((2, -4, -1, 3, 4), "i + 2 < params_len (5 vs. 5)"),
    ((0, 0, -4, 2, 2), "Split dims 0, 0 do not divide original dim 2"),
    ((2, 3, -4, -1, 2), "Split dims 3, 2 do not divide original dim 2"),
])
def test_reverse_reshape_reads_the_codes_back_to_front(shape, message):
    with pytest.raises(MXNetError) as info:
        nd.ones((2, 3, 4)).reshape(shape, reverse=True)
    assert message in message_of(info.value)


def test_reverse_reshape_still_resolves_plain_codes():
    assert nd.ones((2, 3, 4)).reshape((-1, 0), reverse=True).shape == (6, 4)
    assert nd.reshape(nd.ones((2, 3, 4)), shape=(2, -1, -4, 3, 1), reverse=True).shape == (2, 1, 3, 1)


@pytest.mark.parametrize("shape, reverse, expected", [
    ((-4, 1, 2, -1, 0), False, (1, 2, 1, 15)),      # the 4th code is -1: slot 4 gets 120 // (1*2*1*4)
    ((-4, 1, 2, 0, -1), False, (1, 2, 3, 1)),       # no 5th slot: the -1 stays 1
    ((0, -4, 3, 1, -1, 5), False, (2, 3, 1, 1, 4)),
    ((-1, 1, 3, -4, 0), True, (1, 1, 3, 4)),
])
def test_inferred_size_lands_in_the_slot_numbered_like_its_code(shape, reverse, expected):
    x = nd.arange(120).reshape((2, 3, 4, 5)) if len(expected) > 3 and not reverse else nd.ones((2, 3, 4))
    assert nd.reshape(x, shape=shape, reverse=reverse).shape == expected


def test_shrinking_reshape_has_no_gradient():
    x = nd.arange(6).reshape((2, 3))
    x.attach_grad()
    with autograd.record():
        y = nd.reshape(x, shape=(2, 2))
    with pytest.raises(MXNetError, match=r"from.Size\(\) == to.Size\(\) \(4 vs. 6\)"):
        y.backward()
        x.grad.asnumpy()


@pytest.mark.parametrize("axis, message", [
    (-5, "axis -5 is out of bounds for array of dimension 4"),
    (4, "axis 4 is out of bounds for array of dimension 4"),
    ((0, 0), "duplicate value in axis"),
    ((0, -4), "duplicate value in axis"),
])
def test_squeeze_refuses_bad_and_repeated_axes(axis, message):
    with pytest.raises(MXNetError, match=message):
        nd.squeeze(nd.ones((1, 3, 1, 1)), axis=axis)


def test_repeat_checks_the_axis_even_for_zero_repeats():
    with pytest.raises(MXNetError):
        nd.repeat(nd.ones((2, 3)), repeats=0, axis=2)
    assert nd.repeat(nd.ones((2, 3)), repeats=0, axis=1).shape == (0,)


@pytest.mark.parametrize("op", ["depth_to_space", "space_to_depth"])
def test_block_size_zero_is_refused(op):
    with pytest.raises(MXNetError, match="block_size must be a positive integer"):
        getattr(nd, op)(nd.ones((1, 8, 2, 3) if op == "depth_to_space" else (1, 8, 2, 4)), block_size=0)


def test_pick_has_no_raise_mode():
    with pytest.raises(MXNetError, match=r"Invalid Input: 'raise', valid values are: \{'clip', 'wrap'\}"):
        nd.pick(nd.ones((2, 3)), nd.array([0, 1]), mode="raise")
    with pytest.raises(MXNetError, match=r"valid values are: \{'clip', 'raise', 'wrap'\}"):
        nd.take(nd.ones((2, 3)), nd.array([0, 1]), mode="foo")
    with pytest.raises(MXNetError, match="Invalid Input: 'raise'"):
        mx.sym.pick(mx.sym.var("a"), mx.sym.var("b"), mode="raise")


def test_pick_takes_a_0d_index_where_one_position_is_picked():
    # MXNet infers the unknown () index's shape from data; values and gradients recorded from MXNet 1.9.1
    x = nd.array([0.5, 1.5, 2.0])
    x.attach_grad()
    with autograd.record():
        y = nd.pick(x, nd.array(1.0), keepdims=True)
    y.backward()
    assert y.shape == (1,) and y.asnumpy().tolist() == [1.5] and x.grad.asnumpy().tolist() == [0.0, 1.0, 0.0]
    assert nd.pick(nd.array([[1.0, 2.0]]), nd.array(1.0)).asnumpy().tolist() == [2.0]
    loss = mx.gluon.loss.SoftmaxCrossEntropyLoss()(x, nd.array(1.0))
    assert loss.shape == (1,) and loss.asnumpy().tolist() == [np.float32(1.1041295528411865)]
    with pytest.raises(MXNetError):     # MXNet reads past the index's one value here
        nd.pick(nd.ones((2, 2)), nd.array(1.0))


@pytest.mark.parametrize("axis", [1, 2, -2])
def test_pick_of_1d_data_passes_shape_inference_for_any_axis_and_its_kernel_refuses_the_axis(axis):
    x = nd.array([0.1, 0.2, 0.3, 0.4])
    assert mx.sym.pick(mx.sym.var("a"), mx.sym.var("b"), axis=axis).infer_shape(a=(4,), b=(1,))[1] == [(1,)]
    out = nd.pick(x, nd.array([1]), axis=axis)        # the call returns; reading the result fails, as in MXNet
    assert out.shape == (1,)
    with pytest.raises(MXNetError) as info:
        out.asnumpy()
    assert message_of(info.value) == f"Check failed: axis < ndim && axis >= -ndim: axis {axis} exceeds the input dimension of 1"
    assert nd.pick(x, nd.array([1]), axis=0).asnumpy().tolist() == [np.float32(0.2)]


def test_scatter_nd_drops_writes_outside_the_array_by_flat_offset():
    data = nd.array([1, 2])
    got = lambda idx: nd.scatter_nd(data, nd.array(idx), shape=(3, 4)).asnumpy().tolist()     # noqa: E731
    assert got([[0, 5], [1, 1]]) == [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
    assert got([[0, -1], [1, 1]]) == [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
    assert got([[0, 0], [4, 1]]) == [[0, 2, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]]     # (0, 4) is offset 4: row 1


def test_scatter_nd_checks_the_shape_combination():
    with pytest.raises(MXNetError, match=r"for scatter_nd: \[2\], \[2,2\], \[3,4,2\]"):     # at the call
        nd.scatter_nd(nd.array([1, 2]), nd.array([[0, 1], [1, 1]]), shape=(3, 4, 2))
    with pytest.raises(MXNetError, match=r"for scatter_nd: \[2\], \[1,2\], \[2,3\]"):
        mx.sym.scatter_nd(mx.sym.var("d"), mx.sym.var("i"), shape=(2, 3)).infer_shape(d=(2,), i=(1, 2))
    with pytest.raises(MXNetError, match="Number of indices exceeds output dimension"):
        nd.scatter_nd(nd.array([1, 2]), nd.array([[0], [1]]), shape=(3,))
    with pytest.raises(MXNetError, match="at least 2 dimensions"):
        nd.scatter_nd(nd.array([1, 2]), nd.array([0, 1]), shape=(3,))


def test_scatter_nd_gradient_of_an_out_of_bounds_index_is_mxnets_index_error():
    data = nd.array([1, 2])
    data.attach_grad()
    with autograd.record():
        y = nd.scatter_nd(data, nd.array([[0, 5], [1, 1]]), shape=(3, 4))
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 0 with size 3") as info:
        y.backward()
        data.grad.asnumpy()
    assert type(info.value) is IndexError


def test_fill_element_0index_leaves_out_of_row_columns_alone():
    a = nd.arange(12).reshape((3, 4))
    got = nd.fill_element_0index(a, nd.array([7, 8, 9]), nd.array([0, 5, -1]))
    assert got.asnumpy().tolist() == [[7, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]
    got = nd.fill_element_0index(a, nd.array([7, 8, 9]), nd.array([4, 3, -0.5]))
    assert got.asnumpy().tolist() == [[0, 1, 2, 3], [4, 5, 6, 8], [9, 9, 10, 11]]
    got = nd.fill_element_0index(a.astype("float64"), nd.array([7, 8, 9], dtype="float64"),
                                 nd.array([0, 1, 1], dtype="float64"))
    with pytest.raises(MXNetError, match="data type do not match specified type.Expected: double v.s. given float"):
        got.asnumpy()       # (the float32-only kernel fails when it runs)


def test_batch_take_checks_its_shapes():
    a = nd.arange(12).reshape((3, 4))
    assert nd.batch_take(a, nd.array([[0, 1, 1]], dtype="int32")).asnumpy().tolist() == [[0, 5, 9]]
    with pytest.raises(MXNetError, match=r"\(3 vs. 2\) : Index array's size"):
        nd.batch_take(a, nd.array([0, 2], dtype="int32"))
    with pytest.raises(MXNetError, match="at least 2 dimensional"):
        nd.batch_take(nd.ones((6,)), nd.array([0, 1, 2, 3, 4, 5], dtype="int32"))


def test_unravel_and_ravel_use_c_division():
    got = nd.unravel_index(nd.array([-1, -5, 13, 25, -13]), shape=(3, 4))
    assert got.asnumpy().tolist() == [[0, -1, 3, 6, -3], [-1, -1, 1, 1, -1]]
    got = nd.ravel_multi_index(nd.array([[-1, 1, 2], [3, -5, 9]]), shape=(3, 4))
    assert got.asnumpy().tolist() == [-1, -1, 17]
    with pytest.raises(MXNetError, match=r"ndim\(\) == 2 \(1 vs. 2\)"):
        nd.ravel_multi_index(nd.array([1, 2]), shape=(3, 4))
    with pytest.raises(MXNetError, match=r"\(3 vs. 2\) : First dimension"):
        nd.ravel_multi_index(nd.array([[1, 2], [1, 2], [1, 2]]), shape=(3, 4))
    with pytest.raises(MXNetError):
        nd.unravel_index(nd.array(np.array(5.0)), shape=(3, 4))


def test_boolean_mask_takes_a_1d_mask_only():
    a = nd.ones((3, 4))
    with pytest.raises(MXNetError, match=r"idx.shape\(\)\[0\] \(3 vs. 1\)"):
        nd.contrib.boolean_mask(a, nd.array([[1, 0, 1]]))
    with pytest.raises(MXNetError, match=r"ndim\(\) == 1U \(2 vs. 1\)"):
        nd.contrib.boolean_mask(a, nd.array([[1], [0], [1]]))


def test_one_hot_refuses_0d_indices():
    with pytest.raises(MXNetError, match="one_hot inferring shapes failed"):
        nd.one_hot(nd.array(np.array(1.0)), depth=3)


def test_arange_refuses_non_positive_repeat():
    for repeat in (0, -2):
        with pytest.raises(MXNetError, match=f"Range only supports repeat > 0, received {repeat}"):
            nd.arange(0, 5, repeat=repeat)


def test_amp_cast_of_float32_rounds_to_even_and_saturates_as_onednn():
    x = nd.array([-1.7, 0.5, 2.5, -2.5, 1.5, 300.2, -300, 70000, 127.5, -128.5, 255.5])
    assert nd.amp_cast(x, dtype="int32").asnumpy().tolist() == [-2, 0, 2, -2, 2, 300, -300, 70000, 128, -128, 256]
    assert nd.amp_cast(x, dtype="uint8").asnumpy().tolist() == [0, 0, 2, 0, 2, 255, 0, 255, 128, 0, 255]
    assert nd.amp_cast(x, dtype="int8").asnumpy().tolist() == [-2, 0, 2, -2, 2, 127, -128, 127, 127, -128, 127]
    # a float16 input takes MXNet's own kernel: truncation, as numpy
    assert nd.amp_cast(x.astype("float16"), dtype="int32").asnumpy().tolist()[:5] == [-1, 0, 2, -2, 1]


def test_amp_cast_refuses_types_onednn_lacks_and_bool():
    with pytest.raises(MXNetError, match="unknown type for MKLDNN :1"):
        nd.amp_cast(nd.ones((2,)), dtype="float64").asnumpy()
    with pytest.raises(MXNetError, match="unknown type for MKLDNN :6"):
        nd.amp_cast(nd.ones((2,), dtype="int64"), dtype="float32").asnumpy()
    with pytest.raises(MXNetError, match="Invalid Input: 'bool'"):
        nd.amp_cast(nd.ones((2,)), dtype="bool")


def test_clip_gradient_passes_nan_elements_and_nan_bounds():
    x = nd.array([np.nan, 1, -np.inf, 0.25])
    x.attach_grad()
    with autograd.record():
        y = nd.clip(x, a_min=0, a_max=0.5)
    y.backward(nd.array([2, 3, 4, 5]))
    assert x.grad.asnumpy().tolist() == [2, 0, 0, 5]
    x = nd.array([-2, 0.5, 2.7])
    x.attach_grad()
    with autograd.record():
        y = nd.clip(x, a_min=float("nan"), a_max=1)
    y.backward(nd.array([2, 3, 4]))
    assert x.grad.asnumpy().tolist() == [2, 3, 0]


def test_crop_takes_float32_only_and_routes_the_gradient_to_its_window():
    with pytest.raises(MXNetError, match="Unsupported data type 1"):
        nd.Crop(nd.ones((1, 2, 5, 6), dtype="float64"), h_w=(3, 4), num_args=1)
    x = nd.ones((1, 1, 4, 5))
    x.attach_grad()
    with autograd.record():
        y = nd.Crop(x, offset=(1, 2), h_w=(2, 3), num_args=1)
    y.backward(nd.arange(6).reshape((1, 1, 2, 3)))
    expected = np.zeros((1, 1, 4, 5), np.float32)
    expected[0, 0, 1:3, 2:5] = np.arange(6).reshape(2, 3)
    assert x.grad.asnumpy().tolist() == expected.tolist()


def test_list_and_numpy_indices_are_integer_positions():
    x = nd.arange(12).reshape((3, 4))
    assert x[[True, False, True]].asnumpy().tolist() == [[4, 5, 6, 7], [0, 1, 2, 3], [4, 5, 6, 7]]
    assert x[1, [True, False, True]].asnumpy().tolist() == [5, 4, 5]
    assert x[[1.9, 2], [0, 3.5]].asnumpy().tolist() == [4, 11]
    assert x[np.array([0.0, 1.7])].shape == (2, 4)
    y = x.copy()
    y[[True, False]] = 5
    assert y.asnumpy().tolist() == [[5, 5, 5, 5], [5, 5, 5, 5], [8, 9, 10, 11]]


def test_an_empty_index_list_is_refused():
    x = nd.arange(12).reshape((3, 4))
    with pytest.raises(MXNetError, match="Shape dim size cannot be a negative value -1"):
        x[[]]
    with pytest.raises(MXNetError, match="Shape dim size cannot be a negative value -1"):
        x[[]] = 5


def test_split_v2_operator_cuts_uneven_sections_longest_first():
    x = nd.arange(10)
    parts = nd._internal._split_v2(x, indices=(0,), sections=4, axis=0)
    assert [p.asnumpy().tolist() for p in parts] == [[0, 1, 2], [3, 4, 5], [6, 7], [8, 9]]
    with mx.name.NameManager():
        sym = mx.sym.split_v2(mx.sym.var("a"), 3, axis=0)
    assert sym.infer_shape(a=(4, 4))[1] == [(2, 4), (1, 4), (1, 4)]
    with pytest.raises(ValueError, match="array split does not result in an equal division"):
        nd.split_v2(nd.ones((4, 4)), 3, axis=0)


@pytest.mark.parametrize("dtype, expected", [
    ("float16", [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]),      # start and step truncated to 1 and 0
    ("int32", [1, 1, 1, 1, 1, 1, 1]),
    ("float32", [1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5]),
])
def test_arange_casts_start_and_step_to_the_output_type_first(dtype, expected):
    assert nd.arange(1.5, 5, 0.5, dtype=dtype).asnumpy().tolist() == expected


def test_arange_like_truncates_for_integer_and_float16_data():
    got = lambda dtype, **kw: nd.contrib.arange_like(nd.ones((5,), dtype=dtype), **kw).asnumpy().tolist()  # noqa
    assert got("float16", start=-2.5, step=1) == [-2, -1, 0, 1, 2]
    assert got("uint8", start=-2.5, step=1) == [254, 255, 0, 1, 2]
    assert got("int32", start=0.7, step=1.7) == [0, 1, 2, 3, 4]
    assert got("float16", start=2049, step=1) == [2048, 2048, 2050, 2052, 2052]     # summed in half precision
    assert got("float32", start=0.5, step=0.25) == [0.5, 0.75, 1.0, 1.25, 1.5]


@pytest.mark.parametrize("shape, dims, words", [
    ((3,), (0, 1), "axis2: Check failed: axis2 >= 0 && axis2 < shape0.ndim(): axis 1 is out of bounds for array of "
                   "ndim 1"),
    ((3, 2), (2, 0), "axis1: Check failed: axis1 >= 0 && axis1 < shape0.ndim(): axis 2 is out of bounds for array of "
                     "ndim 2"),
])
def test_swapaxes_refuses_an_axis_out_of_range_in_the_check_words_alone(shape, dims, words):
    with pytest.raises(MXNetError) as info:
        nd.swapaxes(nd.ones(shape), *dims)
    assert message_of(info.value) == words
    with pytest.raises(MXNetError) as info:
        nd.ones(shape).swapaxes(*dims)
    assert message_of(info.value) == words


@pytest.mark.parametrize("pick", [nd.pick, nd.choose_element_0index])
def test_pick_refuses_an_index_of_the_data_shape_in_mxnet_words(pick):
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[2,3\], inferred shape=\[2,1\]"):
        pick(nd.ones((2, 3)), nd.ones((2, 3)))
