"""Shape, joining, selection and sorting operators: the op table plus MXNet 1.9.1 behaviour measured from it."""
import numpy as np
import pytest
from opcheck import Case, run_case

from distnet import autograd, nd
from distnet.base import MXNetError, message_of

rng = np.random.RandomState(3)
IDX = np.array([2.0, 0.0, 1.0, 2.0])                  # float indices, as MXNet passes them
ND_IDX = np.array([[1.0, 0.0, 1.0], [2.0, 0.0, 2.0]])   # gather_nd/scatter_nd: (M=2, 3 positions)
DISTINCT = rng.permutation(24).reshape(2, 3, 4) / 10.0  # sort/topk: no ties near each other


def _pad(mode, widths):
    return lambda x: np.pad(x, widths, mode=mode)


def _d2s(x, b=2):
    n, c, h, w = x.shape
    return x.reshape(n, b, b, c // 4, h, w).transpose(0, 3, 4, 1, 5, 2).reshape(n, c // 4, h * b, w * b)


def _s2d(x, b=2):
    n, c, h, w = x.shape
    return x.reshape(n, c, h // b, b, w // b, b).transpose(0, 3, 5, 1, 2, 4).reshape(n, c * 4, h // b, w // b)


def _scatter(d, i):
    out = np.zeros((2, 3))
    out[i[0].astype(int), i[1].astype(int)] = d
    return out


def _topk_both(x):
    order = np.argsort(-x, axis=-1)[..., :2]
    return [np.take_along_axis(x, order, -1), order]


CASES = [
    # reshaping
    Case("reshape", (2, 3, 2), shape=(0, -1), ref=lambda x: x.reshape(2, 6)),
    Case("reshape", (2, 3, 2), shape=(-3, 2), ref=lambda x: x.reshape(6, 2), label="merge"),
    Case("transpose", (2, 3, 4), axes=(1, 2, 0), ref=lambda x: x.transpose(1, 2, 0)),
    Case("transpose", (2, 3), ref=lambda x: x.T, label="default"),
    Case("expand_dims", (2, 3), axis=1, ref=lambda x: x[:, None]),
    Case("Flatten", (2, 3, 2), ref=lambda x: x.reshape(2, 6)),
    Case("squeeze", (1, 2, 1, 3), ref=lambda x: x.reshape(2, 3)),
    Case("squeeze", (1, 2, 1, 3), axis=(0, -2), ref=lambda x: x.reshape(2, 3), label="axes"),
    Case("reshape_like", (2, 3), (3, 2), ref=lambda x, y: x.reshape(3, 2), grad=(0,)),
    Case("reshape_like", (2, 3, 4), (6, 7), lhs_begin=0, lhs_end=2, rhs_begin=0, rhs_end=1,
         ref=lambda x, y: x.reshape(6, 4), grad=(0,), label="span"),
    Case("SwapAxis", (2, 3, 4), dim1=0, dim2=2, ref=lambda x: x.swapaxes(0, 2)),
    Case("reverse", (2, 3, 4), axis=(0, 2), ref=lambda x: x[::-1, :, ::-1]),
    Case("depth_to_space", (1, 8, 2, 3), block_size=2, ref=_d2s),
    Case("space_to_depth", (1, 2, 4, 2), block_size=2, ref=_s2d),
    # joining, splitting, repeating
    Case("Concat", (2, 3), (2, 4), dim=1, ref=lambda a, b: np.concatenate([a, b], 1)),
    Case("concat", (2, 3), (1, 3), (3, 3), dim=0, ref=lambda a, b, c: np.concatenate([a, b, c], 0), label="three"),
    Case("_rnn_param_concat", (6,), (4,), dim=0, num_args=2, ref=lambda a, b: np.concatenate([a, b], 0)),
    Case("stack", (2, 3), (2, 3), axis=-1, ref=lambda a, b: np.stack([a, b], -1)),
    Case("SliceChannel", (2, 6), num_outputs=3, ref=lambda x: np.split(x, 3, 1), output=1),
    Case("split", (3, 2), num_outputs=3, axis=0, squeeze_axis=True, ref=lambda x: list(x), output=2, label="squeeze"),
    Case("split_v2", (2, 6), indices_or_sections=(1, 4), axis=1, ref=lambda x: np.split(x, [1, 4], 1), output=1),
    Case("split_v2", (2, 3), indices_or_sections=2, squeeze_axis=True, ref=lambda x: [x[0], x[1]], output=0,
         label="sections"),
    Case("_split_v2", (2, 6), indices=(0, 2), axis=-1, ref=lambda x: np.split(x, [2], 1), output=0),
    Case("tile", (2, 3), reps=(2, 1, 2), ref=lambda x: np.tile(x, (2, 1, 2))),
    Case("repeat", (2, 3), repeats=2, axis=1, ref=lambda x: np.repeat(x, 2, 1)),
    Case("repeat", (2, 3), repeats=2, ref=lambda x: np.repeat(x.ravel(), 2), label="flat"),
    Case("Pad", (1, 1, 2, 3), mode="constant", pad_width=(0, 0, 0, 0, 1, 2, 0, 1), constant_value=0.5,
         ref=lambda x: np.pad(x, ((0, 0), (0, 0), (1, 2), (0, 1)), constant_values=0.5)),
    Case("pad", (1, 1, 2, 3), mode="edge", pad_width=(0, 0, 0, 0, 1, 0, 2, 1),
         ref=_pad("edge", ((0, 0), (0, 0), (1, 0), (2, 1))), label="edge"),
    Case("pad", (1, 1, 3, 3), mode="reflect", pad_width=(0, 0, 0, 0, 2, 1, 1, 2),
         ref=_pad("reflect", ((0, 0), (0, 0), (2, 1), (1, 2))), label="reflect"),
    Case("pad", (1, 1, 1, 2, 2), mode="reflect", pad_width=(0, 0, 0, 0, 0, 0, 1, 1, 1, 0),
         ref=_pad("reflect", ((0, 0), (0, 0), (0, 0), (1, 1), (1, 0))), label="5d"),
    # slicing and selection
    Case("slice", (3, 4, 2), begin=(None, 1), end=(2, None), ref=lambda x: x[:2, 1:]),
    Case("slice", (3, 4), begin=(2, None), end=(None, 0), step=(-1, -2), ref=lambda x: x[2::-1, :0:-2], label="step"),
    Case("slice_axis", (3, 4), axis=1, begin=-3, end=-1, ref=lambda x: x[:, 1:3]),
    Case("slice_like", (3, 4), (2, 3), ref=lambda x, y: x[:2, :3], grad=(0,)),
    Case("slice_like", (3, 4, 2), (2, 3), axes=(-2,), ref=lambda x, y: x[:, :3], grad=(0,), label="axes"),
    Case("take", (3, 2), IDX, ref=lambda x, i: x[i.astype(int)], grad=(0,)),
    Case("take", (2, 3), np.array([[4.0, -1.0], [1.0, 2.0]]), axis=1, mode="wrap",
         ref=lambda x, i: x[:, [[1, 2], [1, 2]]], grad=(0,), label="wrap"),
    Case("pick", (2, 3), np.array([2.0, 0.0]), ref=lambda x, i: x[[0, 1], [2, 0]], grad=(0,)),
    Case("pick", (2, 3), np.array([1.0, 0.0, 1.0]), axis=0, keepdims=True,
         ref=lambda x, i: x[[1, 0, 1], [0, 1, 2]][None], grad=(0,), label="axis0"),
    Case("gather_nd", (2, 3, 2), ND_IDX, ref=lambda x, i: x[[1, 0, 1], [2, 0, 2]], grad=(0,)),
    Case("scatter_nd", (2,), ND_IDX[:, :2], shape=(2, 3), ref=_scatter, grad=(0,)),
    Case("diag", (3,), k=1, ref=lambda x: np.diag(x, 1)),
    Case("diag", (3, 4), k=-1, ref=lambda x: np.diag(x, -1), label="2d"),
    Case("diag", (2, 3, 4), k=1, axis1=2, axis2=0, ref=lambda x: np.diagonal(x, 1, 2, 0), label="3d"),
    Case("_backward_linear", (1, 3), (2, 3), op_name="slice_axis", axis=0, begin=1, end=2,
         ref=lambda dy, x: np.concatenate([np.zeros((1, 3)), dy]), grad=(0,)),
    # broadcasting
    Case("broadcast_to", (1, 3, 1), shape=(2, 0, 2), ref=lambda x: np.broadcast_to(x, (2, 3, 2))),
    Case("broadcast_axis", (1, 3, 1), axis=(0, 2), size=(2, 3), ref=lambda x: np.broadcast_to(x, (2, 3, 3))),
    Case("broadcast_like", (1, 3), (2, 3), ref=lambda x, y: np.broadcast_to(x, (2, 3)), grad=(0,)),
    Case("broadcast_like", (1, 3, 1), (4, 5), lhs_axes=(0, 2), rhs_axes=(1, 0),
         ref=lambda x, y: np.broadcast_to(x, (5, 3, 4)), grad=(0,), label="axes"),
    # sorting
    Case("sort", DISTINCT, axis=-1, ref=lambda x: np.sort(x, -1)),
    Case("sort", DISTINCT, axis=1, is_ascend=False, ref=lambda x: -np.sort(-x, 1), label="desc"),
    Case("sort", DISTINCT, axis=None, ref=lambda x: np.sort(x, None), label="flat"),
    Case("topk", DISTINCT, k=2, ret_typ="value", ref=lambda x: _topk_both(x)[0]),
    Case("topk", DISTINCT, k=2, ret_typ="both", ref=_topk_both, label="both"),
    Case("topk", DISTINCT, axis=0, k=1, ret_typ="value", is_ascend=True,
         ref=lambda x: x.min(0, keepdims=True), label="asc"),
]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    run_case(case)


# ---- forward-only operators -------------------------------------------------------------------
def test_argsort_and_topk_indices_are_float32_unless_dtype_says():
    x = nd.array([[3, 1, 2], [0, 5, 4]])
    assert nd.argsort(x).dtype == np.float32
    assert nd.argsort(x, dtype="int64").dtype == np.int64
    assert nd.topk(x, k=2).dtype == np.float32
    values, indices = nd.topk(x.astype("int32"), k=2, ret_typ="both", dtype="int32")
    assert values.dtype == np.int32 and indices.dtype == np.int32
    assert nd.topk(x.astype("int32"), k=2, ret_typ="mask").dtype == np.int32
    assert nd.argsort(x, axis=None).asnumpy().tolist() == [3, 1, 2, 0, 5, 4]


def test_topk_k_zero_or_negative_means_all_and_mask_marks_the_top():
    x = nd.array([[3, 1, 2, 1, 3], [0, 5, 5, 0, -1]])
    full = [[0, 4, 2, 1, 3], [1, 2, 0, 3, 4]]
    assert nd.topk(x, k=0).asnumpy().tolist() == full
    assert nd.topk(x, k=-1).asnumpy().tolist() == full
    assert nd.topk(x, k=3, ret_typ="mask").asnumpy().tolist() == [[1, 0, 1, 0, 1], [1, 1, 1, 0, 0]]
    values, indices = nd.topk(x, k=1, axis=0, ret_typ="both")
    assert values.shape == indices.shape == (1, 5)
    assert indices.asnumpy().tolist() == [[0, 1, 1, 0, 0]]


# Orders measured from MXNet 1.9.1, whose CPU sort is not stable: equal values land where the
# C++ library's introsort (or its heap-based partial sort for a small k) puts them.
ALTERNATING = [1.0, 2.0] * 20
THIRDS = [float(i * 7 % 3) for i in range(24)]
TIE_ORDERS = [
    ([[3, 1, 2, 1, 3], [0, 5, 5, 0, -1]], dict(), [[1, 3, 2, 0, 4], [4, 0, 3, 1, 2]]),
    ([[3, 1, 2, 1, 3], [0, 5, 5, 0, -1]], dict(is_ascend=False), [[0, 4, 2, 1, 3], [1, 2, 0, 3, 4]]),
    (ALTERNATING, dict(), [0, 26, 24, 28, 22, 20, 30, 18, 16, 32, 14, 12, 34, 10, 8, 36, 6, 4, 38, 2,
                           33, 35, 31, 37, 29, 27, 39, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 1]),
    (ALTERNATING, dict(is_ascend=False), [1, 39, 37, 35, 33, 31, 29, 27, 25, 23, 21, 19, 17, 15, 13, 3, 5, 7,
                                          9, 11, 6, 0, 38, 2, 36, 14, 34, 4, 32, 16, 30, 28, 12, 26, 8, 24,
                                          18, 22, 10, 20]),
    (THIRDS, dict(), [0, 3, 21, 6, 18, 9, 15, 12, 1, 22, 19, 16, 13, 10, 7, 4, 11, 14, 8, 17, 5, 20, 2, 23]),
    ([[float("nan"), 1, 0]], dict(), [[0, 2, 1]]),
]


@pytest.mark.parametrize("data, attrs, expected", TIE_ORDERS)
def test_argsort_puts_ties_where_mxnet_does(data, attrs, expected):
    assert nd.argsort(nd.array(data), **attrs).asnumpy().tolist() == expected


def test_topk_ties_follow_mxnet_full_and_partial_sorts():
    assert nd.topk(nd.array(ALTERNATING), k=20).asnumpy().tolist() == TIE_ORDERS[3][2][:20]
    assert nd.topk(nd.array([THIRDS]), k=3).asnumpy().tolist() == [[8, 5, 2]]           # heap: 3 * 8 <= 24
    values, indices = nd.topk(nd.array([THIRDS]), k=3, is_ascend=True, ret_typ="both")
    assert indices.asnumpy().tolist() == [[6, 3, 0]] and values.asnumpy().tolist() == [[0, 0, 0]]
    assert nd.sort(nd.array([[float("nan"), 1, 0]])).asnumpy()[0, 1:].tolist() == [0, 1]


def test_split_returns_a_list_unless_one_output():
    x = nd.arange(6).reshape((2, 3))
    parts = nd.split(x, num_outputs=3)
    assert isinstance(parts, list) and [p.shape for p in parts] == [(2, 1)] * 3
    assert nd.split(x, num_outputs=3, squeeze_axis=True)[2].asnumpy().tolist() == [2, 5]
    single = nd.split(x, num_outputs=1)
    assert not isinstance(single, list) and single.shape == (2, 3)
    assert [p.shape for p in x.split(2, axis=0, squeeze_axis=1)] == [(3,), (3,)]
    assert [p.shape for p in nd.split_v2(x, (0, 2), axis=1)] == [(2, 0), (2, 2), (2, 1)]
    assert nd.split_v2(x, 1, axis=1).shape == (2, 3) and len(x.split_v2(2)) == 2


def test_split_gradient_is_zero_for_unused_outputs():
    x = nd.arange(6).reshape((2, 3))
    x.attach_grad()
    with autograd.record():
        z = nd.split(x, num_outputs=3)[1] * 2
    z.backward()
    assert x.grad.asnumpy().tolist() == [[0, 2, 0], [0, 2, 0]]


def test_take_modes_truncate_then_clip_or_wrap():
    a = nd.arange(6).reshape((2, 3))
    assert nd.take(a, nd.array([1.7, -1, 5])).asnumpy().tolist() == [[3, 4, 5], [0, 1, 2], [3, 4, 5]]
    assert nd.take(a, nd.array([0.6, 1.4, -0.5]), axis=1).asnumpy().tolist() == [[0, 1, 0], [3, 4, 3]]
    assert nd.take(a, nd.array([2, -1, 5, -4]), axis=1, mode="wrap").asnumpy().tolist() == [[2] * 4, [5] * 4]
    assert nd.take(a, nd.array([1, 0]), mode="raise").asnumpy().tolist() == [[3, 4, 5], [0, 1, 2]]
    assert nd.take(a, nd.array([[1]]), axis=-1).shape == (2, 1, 1)
    assert nd.take(a.astype("int32"), nd.array([1])).dtype == np.int32
    for bad in ([2, 5], [1.9, 0.2], [-1, 0]):
        with pytest.raises(MXNetError, match="take"):
            nd.take(a[:, :2] if bad[0] == 1.9 else a, nd.array(bad), axis=1 if bad[0] == 2 else 0,
                    mode="raise").asnumpy()       # the kernel's check: raised on reading, as MXNet


def test_take_gradient_accumulates_repeated_indices():
    x = nd.arange(6).reshape((2, 3))
    x.attach_grad()
    with autograd.record():
        z = nd.take(x, nd.array([0, 0, 2, 5]), axis=1)
    z.backward()
    assert x.grad.asnumpy().tolist() == [[2, 0, 2], [2, 0, 2]]


def test_pick_modes_and_index_shapes():
    a = nd.arange(6).reshape((2, 3))
    assert nd.pick(a, nd.array([5, -1])).asnumpy().tolist() == [2, 3]
    assert nd.pick(a, nd.array([5, -1]), mode="wrap").asnumpy().tolist() == [2, 5]
    assert nd.pick(a, nd.array([1.7, 0.6])).asnumpy().tolist() == [1, 3]
    assert nd.pick(a, nd.array([[2], [0]])).shape == (2,)
    assert nd.pick(a, nd.array([2, 0]), keepdims=True).shape == (2, 1)
    assert nd.pick(a.astype("int32"), nd.array([0, 1])).dtype == np.int32


def test_one_hot_truncates_and_leaves_out_of_range_rows_off():
    got = nd.one_hot(nd.array([1, 0, 2, -1, 3, 1.7]), depth=3)
    assert got.dtype == np.float32
    assert got.asnumpy().tolist() == [[0, 1, 0], [1, 0, 0], [0, 0, 1], [0, 0, 0], [0, 0, 0], [0, 1, 0]]
    got = nd.one_hot(nd.array([[1, 0]]), depth=3, on_value=5, off_value=-1, dtype="int32")
    assert got.dtype == np.int32 and got.asnumpy().tolist() == [[[-1, 5, -1], [5, -1, -1]]]


def test_gather_nd_wraps_negative_indices_and_raises_index_error_out_of_bounds():
    a = nd.arange(6).reshape((2, 3))
    assert nd.gather_nd(a, nd.array([[-1], [-1]])).asnumpy().tolist() == [5]
    # found by the kernel: raised on reading, as MXNet's builtin IndexError (not an MXNetError)
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 0 with size 2") as info:
        nd.gather_nd(a, nd.array([[5], [7]])).asnumpy()
    assert type(info.value) is IndexError


def test_scatter_nd_last_write_wins():
    got = nd.scatter_nd(nd.array([1, 2, 3]), nd.array([[0, 0, 0], [2, 2, 2]]), shape=(2, 3))
    assert got.asnumpy().tolist() == [[0, 0, 3], [0, 0, 0]]


def test_pad_values_and_gradients_match_mxnet():
    b = nd.arange(12).reshape((2, 1, 2, 3))
    got = nd.pad(b, mode="reflect", pad_width=(0, 0, 0, 0, 1, 1, 2, 2)).asnumpy()[0, 0]
    assert got[0].tolist() == [5, 4, 3, 4, 5, 4, 3] and got.shape == (4, 7)
    for mode, width, expected in [("reflect", (0, 0, 0, 0, 1, 1, 2, 2), [[4, 6, 4], [4, 6, 4]]),
                                  ("edge", (0, 0, 0, 0, 1, 0, 0, 2), [[2, 2, 6], [1, 1, 3]])]:
        x = nd.ones((1, 1, 2, 3))
        x.attach_grad()
        with autograd.record():
            y = nd.pad(x, mode=mode, pad_width=width)
        y.backward()
        assert x.grad.asnumpy()[0, 0].tolist() == expected


def test_repeat_zero_gives_an_empty_vector():
    assert nd.repeat(nd.ones((2, 3)), repeats=0, axis=1).shape == (0,)


def test_shape_and_size_arrays_are_int64():
    x = nd.ones((2, 3, 4))
    assert nd.shape_array(x).dtype == np.int64 and nd.shape_array(x).asnumpy().tolist() == [2, 3, 4]
    assert nd.size_array(x).shape == (1,) and nd.size_array(x).asnumpy().tolist() == [24]


def test_squeeze_of_all_ones_keeps_one_axis():
    assert nd.squeeze(nd.ones((1, 1))).shape == (1,)
    assert nd.ones((1, 2, 1)).squeeze(0).shape == (2, 1)


def test_diag_shapes_and_empty_diagonals():
    a = nd.arange(6).reshape((2, 3))
    assert nd.diag(a, k=-2).shape == (0,)
    assert nd.diag(nd.array([1, 2]), k=-1).asnumpy().tolist() == [[0, 0, 0], [1, 0, 0], [0, 2, 0]]
    c = nd.arange(24).reshape((2, 3, 4))
    assert nd.diag(c).asnumpy().tolist() == [[0, 16], [1, 17], [2, 18], [3, 19]]
    assert nd.diag(c, axis1=-1, axis2=-2).asnumpy().tolist() == [[0, 5, 10], [12, 17, 22]]


def test_depth_to_space_matches_mxnet_layout():
    x = nd.arange(16).reshape((1, 4, 2, 2))
    assert nd.depth_to_space(x, block_size=2).asnumpy()[0, 0].tolist() == [
        [0, 4, 1, 5], [8, 12, 9, 13], [2, 6, 3, 7], [10, 14, 11, 15]]
    y = nd.arange(16).reshape((1, 1, 4, 4))
    assert nd.space_to_depth(y, block_size=2).asnumpy()[0, :, 0, 0].tolist() == [0, 1, 4, 5]


def test_broadcast_methods_add_leading_axes():
    o = nd.arange(3)
    assert o.broadcast_to((2, 3)).asnumpy().tolist() == [[0, 1, 2], [0, 1, 2]]
    assert o.broadcast_like(nd.ones((2, 3))).shape == (2, 3)
    assert nd.arange(3).reshape((1, 3, 1)).broadcast_axes(axis=0, size=2).shape == (2, 3, 1)
    with pytest.raises(ValueError):
        o.broadcast_to((2, 4))
    with pytest.raises(MXNetError, match=r"Check failed: ishape.ndim\(\) == param.shape.ndim\(\) \(1 vs. 2\)"):
        nd.broadcast_to(o, shape=(2, 3))


def test_mxnet_ndarray_methods_take_attributes_by_position():
    a = nd.arange(6).reshape((2, 3))
    assert a.flip(0).asnumpy().tolist() == [[3, 4, 5], [0, 1, 2]]
    assert a.tile((2,)).shape == (2, 6) and a.repeat(2).shape == (12,)
    assert a.swapaxes(0, 1).shape == (3, 2) and a.diag(1).asnumpy().tolist() == [1, 5]
    assert a.slice((0, 1), (1, 3)).asnumpy().tolist() == [[1, 2]]
    assert a.slice_axis(1, 0, 2).shape == (2, 2)
    assert a.take(nd.array([1])).shape == (1, 3) and a.pick(nd.array([1, 2])).asnumpy().tolist() == [1, 5]
    assert nd.array([1, 2]).one_hot(3).shape == (2, 3)
    assert a.sort(0).shape == a.argsort(0).shape == (2, 3) and a.topk(0).shape == (1, 3)
    assert a.reshape_like(nd.ones((3, 2))).shape == (3, 2)
    assert a.slice_like(nd.ones((1, 2))).shape == (1, 2)
    assert nd.ones((1, 1, 2, 2)).pad(mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1)).shape == (1, 1, 4, 4)
    assert nd.ones((1, 4, 2, 2)).depth_to_space(2).shape == (1, 1, 4, 4)
    assert a.shape_array().asnumpy().tolist() == [2, 3] and a.size_array().asnumpy().tolist() == [6]


def test_topk_indices_have_no_gradient():
    x = nd.array([[1, 2, 3]])
    x.attach_grad()
    with autograd.record():
        y = nd.topk(x, k=2)
    y.backward()
    assert x.grad.asnumpy().tolist() == [[0, 0, 0]]


A = nd.arange(6).reshape((2, 3))
ERRORS = [
    ("Concat", lambda: nd.concat(A, nd.ones((3, 3)))),
    ("Concat", lambda: nd.concat(A.astype("int32"), A)),
    ("stack", lambda: nd.stack(A, nd.ones((3, 3))).asnumpy()),     # found by the kernel: on reading
    ("SliceChannel", lambda: nd.split(A, num_outputs=2)),
    ("SliceChannel", lambda: nd.split(nd.ones((2, 4)), num_outputs=2, squeeze_axis=True)),
    ("split_v2", lambda: nd.split_v2(nd.ones((2, 6)), (4, 1), axis=1)),
    ("split_v2", lambda: nd.split_v2(nd.ones((2, 6)), (2, 9), axis=1)),
    ("tile", lambda: nd.tile(A, reps=(0, 2))),
    ("repeat", lambda: nd.repeat(A, repeats=-1, axis=1)),
    ("Pad", lambda: nd.pad(A, mode="constant", pad_width=(1, 1, 1, 1))),
    ("Pad", lambda: nd.pad(nd.ones((1, 1, 2, 2)), mode="reflect", pad_width=(0, 0, 0, 0, 2, 2, 2, 2))),
    ("Pad", lambda: nd.pad(nd.ones((1, 1, 2, 2)), mode="constant", pad_width=(1, 0, 0, 0, 1, 1, 1, 1))),
    ("Pad", lambda: nd.pad(nd.ones((1, 1, 2, 2), dtype="int32"), mode="edge", pad_width=(0,) * 8)),
    ("Pad", lambda: nd.pad(nd.ones((1, 1, 2, 2)), pad_width=(0,) * 8)),
    ("slice", lambda: nd.slice(A, begin=(0, 0, 0), end=(1, 1, 1))),
    ("slice", lambda: nd.slice(A, begin=(0,), end=(1,), step=(0,))),
    ("slice_axis", lambda: nd.slice_axis(A, axis=1, begin=2, end=1)),
    ("slice_axis", lambda: nd.slice_axis(A, axis=1, begin=0, end=7)),
    ("slice_like", lambda: nd.slice_like(A, nd.ones((1, 2, 3)))),
    ("slice_like", lambda: nd.slice_like(A, nd.ones((3, 2)))),
    ("take", lambda: nd.take(A, nd.array([0]), mode="foo")),
    ("take", lambda: nd.take(A, nd.array([0]), axis=2)),
    ("pick", lambda: nd.pick(A, nd.array([1, 0, 1]))),
    ("pick", lambda: nd.pick(A, nd.array([1, 0]), axis=None)),
    ("gather_nd", lambda: nd.gather_nd(A, nd.array([1, 2]))),
    ("broadcast_to", lambda: nd.broadcast_to(A, shape=(4, 3))),
    ("broadcast_axis", lambda: nd.broadcast_axis(A, axis=0, size=3)),
    ("broadcast_axis", lambda: nd.broadcast_axis(A.reshape((1, 6)), axis=-2, size=3)),
    ("broadcast_like", lambda: nd.broadcast_like(A, nd.ones((4, 3)))),
    ("reshape_like", lambda: nd.reshape_like(A, nd.ones((3, 3)))),
    ("SwapAxis", lambda: nd.swapaxes(A, dim1=3, dim2=1)),
    ("reverse", lambda: nd.flip(A, axis=-1).asnumpy()),
    ("reverse", lambda: nd.flip(A)),
    ("squeeze", lambda: nd.squeeze(nd.ones((1, 2)), axis=1)),
    ("diag", lambda: nd.diag(A, k=5)),
    ("diag", lambda: nd.diag(nd.ones((2, 2, 2)), axis1=1, axis2=1)),
    ("depth_to_space", lambda: nd.depth_to_space(nd.ones((1, 3, 2, 2)), block_size=2)),
    ("space_to_depth", lambda: nd.space_to_depth(nd.ones((1, 1, 3, 4)), block_size=2)),
    ("topk", lambda: nd.topk(A, k=9)),
    ("topk", lambda: nd.topk(A, ret_typ="foo")),
    ("sort", lambda: nd.sort(A, axis=2)),
]


@pytest.mark.parametrize("op, call", ERRORS, ids=[f"{op}-{i}" for i, (op, _) in enumerate(ERRORS)])
def test_errors_raise_mxnet_error_naming_the_op_or_its_check(op, call):
    with pytest.raises(MXNetError) as info:
        call()
    # a C++ check's words stand alone in an NDArray call's error (or after the checked parameter's name, as
    # SwapAxis's 'axis1: Check failed'), as in MXNet's, as do Pad's own words (its kernel's too)
    message = message_of(info.value)
    pads_words = ("Current implementation", "Input shape vs padding", "This operation only support",
                  "Diagonal does not exist.")      # (and diag's own words)
    assert message.startswith(("Check failed", "Shape inconsistent") + pads_words) or op in message \
        or message.split(": ", 1)[-1].startswith("Check failed")
    assert not message_of(info.value).startswith((f"{op}: Check failed", f"{op}: Shape inconsistent"))


def test_split_v2_into_unequal_sections_is_mxnets_value_error():
    with pytest.raises(ValueError, match="array split does not result in an equal division$"):
        nd.split_v2(nd.ones((2, 6)), 4, axis=1)


SECOND_ORDER = {
    "slice": lambda x: nd.slice(x, begin=(0, 1), end=(2, 3)),
    "slice_axis": lambda x: nd.slice_axis(x, axis=1, begin=0, end=2),
    "slice_like": lambda x: nd.slice_like(x, nd.ones((1, 2))),
    "take": lambda x: nd.take(x, nd.array([0, 0, 1])),
    "pick": lambda x: nd.pick(x, nd.array([0, 2])),
    "gather_nd": lambda x: nd.gather_nd(x, nd.array([[0, 1, 1], [1, 2, 2]])),
    "scatter_nd": lambda x: nd.scatter_nd(x, nd.array([[[0, 0, 0], [1, 1, 1]], [[2, 1, 0], [0, 2, 1]]]),
                                         shape=(2, 3)),
    "diag": lambda x: nd.diag(x, k=1),
    "pad": lambda x: nd.pad(x.reshape((1, 1, 2, 3)), mode="reflect", pad_width=(0, 0, 0, 0, 1, 1, 2, 1)),
    "split": lambda x: nd.split(x, num_outputs=3)[1],
    "concat": lambda x: nd.concat(x, x * 2, dim=0),
}


NO_SECOND_ORDER = {"slice": "_backward_slice", "slice_axis": "_backward_slice_axis", "slice_like": "_backward_slice_like",
                   "take": "_backward_take", "pick": "_backward_pick", "diag": "_backward_diag",
                   "pad": "_backward_reshape", "split": "_backward_SliceChannel", "concat": "_backward_mul_scalar"}


def _grad_sum(f, x, create_graph):
    """sum(d/dx sum(sin(f(x)))); with create_graph, also its own gradient."""
    x = nd.array(x, dtype="float64")
    x.attach_grad()
    with autograd.record():
        g = autograd.grad(nd.sin(f(x)), [x], create_graph=create_graph)[0]
        z = g.sum()
    if not create_graph:
        return float(z.asscalar())
    z.backward()
    return x.grad.asnumpy()


@pytest.mark.parametrize("name", sorted(SECOND_ORDER))
def test_second_order_gradients_through_selection_ops(name):
    f = SECOND_ORDER[name]
    x = np.random.RandomState(5).uniform(0.2, 1.0, (2, 3))
    if name in NO_SECOND_ORDER:         # MXNet's backward op of these has no gradient
        with pytest.raises(MXNetError, match=f"Operator {NO_SECOND_ORDER[name]} is non-differentiable"):
            _grad_sum(f, x, create_graph=True)
        return
    got = _grad_sum(f, x, create_graph=True)
    numeric = np.zeros_like(x)
    for j in range(x.size):
        hi, lo = x.copy(), x.copy()
        hi.flat[j] += 1e-4
        lo.flat[j] -= 1e-4
        numeric.flat[j] = (_grad_sum(f, hi, False) - _grad_sum(f, lo, False)) / 2e-4
    np.testing.assert_allclose(got, numeric, rtol=1e-4, atol=1e-6)
    assert np.abs(numeric).sum() > 0


SLICE_ASSIGN_CASES = [
    Case("_slice_assign", (3, 4), (2, 2), begin=(0, 1), end=(2, 3), step=(None, None),
         ref=lambda a, b: np.concatenate([np.concatenate([a[:2, :1], b, a[:2, 3:]], 1), a[2:]], 0)),
    Case("_slice_assign_scalar", (3, 4), scalar=5.0, begin=(1, 0), end=(3, 2),
         ref=lambda a: np.where((np.arange(3)[:, None] >= 1) & (np.arange(4) < 2), 5.0, a)),
]
CASES += SLICE_ASSIGN_CASES


@pytest.mark.parametrize("case", SLICE_ASSIGN_CASES, ids=repr)
def test_slice_assign_ops(case):
    run_case(case)


def test_slice_assign_methods_write_in_place():
    x = nd.arange(12).reshape(3, 4)
    same = x.slice_assign(nd.ones((2, 2)), (0, 1), (2, 3), (None, None))
    assert same is x and x.asnumpy()[:2, 1:3].tolist() == [[1, 1], [1, 1]]
    x.slice_assign_scalar(5.0, (1, 0), (3, 2), ())
    assert x.asnumpy()[1:, :2].tolist() == [[5, 5], [5, 5]]


@pytest.mark.parametrize("axis1, axis2, same", [(1, 1, 1), (-1, 1, 1), (0, -2, 0), (-2, -2, 0)])
def test_diag_of_one_axis_twice_fails_the_check_on_the_normalised_axes(axis1, axis2, same):
    with pytest.raises(MXNetError) as err:
        nd.diag(nd.ones((2, 3)), axis1=axis1, axis2=axis2)
    assert message_of(err.value).endswith(f"Check failed: x1 != x2 ({same} vs. {same}) : axis1 and axis2 cannot refer to "
                                   f"the same axis {same}")


@pytest.mark.parametrize("method, takes", [("flip", 4), ("pad", 6), ("split", 6), ("swapaxes", 5),
                                           ("broadcast_axes", 5)])
def test_a_method_given_too_many_positions_names_the_function_it_calls(method, takes):
    """MXNet's x.flip(...) calls nd.flip (the alias, not the operator reverse): Python's error names that."""
    with pytest.raises(TypeError) as err:
        getattr(nd.ones((2, 2)), method)(*[1] * takes)
    assert message_of(err.value) == f"{method}() takes from 0 to {takes} positional arguments but {takes + 1} were given"


def test_reverse_with_a_bad_axis_records_and_fails_when_read_not_in_backward():
    x = nd.ones((2, 3))
    x.attach_grad()
    with autograd.record():
        y = nd.reverse(x, axis=2)
    y.backward()            # the backward kernel fails too: kept with the gradient
    with pytest.raises(MXNetError, match=r"axis < ishape.ndim\(\) \(2 vs. 2\)"):
        x.grad.asnumpy()


def test_diag_axis_check_words_end_at_the_check():
    with pytest.raises(MXNetError) as info:
        nd.diag(nd.ones((2, 3, 4)), axis1=0, axis2=3)
    assert message_of(info.value).splitlines()[0].endswith("axis 3 exceeds the input dimension of 3")


def test_reverse_axis_given_as_none_fails_in_the_kernel_left_out_is_a_missing_parameter():
    y = nd.reverse(nd.ones((2, 2)), axis=None)
    with pytest.raises(MXNetError, match=r"param.axis.ndim\(\) < 10U \(-1 vs. 10\)"):
        y.asnumpy()
    with pytest.raises(MXNetError, match="Required parameter axis of Shape"):
        nd.reverse(nd.ones((2, 2)))
