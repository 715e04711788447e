"""Miscellaneous operators: table of forward/backward cases, then values and dtypes measured from MXNet 1.9.1."""
import numpy as np
import pytest
from opcheck import Case, run_case

from distnet import autograd, nd
from distnet.base import MXNetError, message_of

IDX = np.array([2, 0, 1], dtype=np.int32)


def _moments(x, axes, keepdims=False):
    return np.mean(x, axis=axes, keepdims=keepdims), np.var(x, axis=axes, keepdims=keepdims)


def _im2col_ref(x, k, s, p):
    """Direct loops over output positions, channel-major then kernel offsets."""
    n, c, h, w = x.shape
    xp = np.pad(x, [(0, 0), (0, 0), (p, p), (p, p)])
    oh, ow = (h + 2 * p - k) // s + 1, (w + 2 * p - k) // s + 1
    out = np.zeros((n, c * k * k, oh * ow))
    for i in range(oh):
        for j in range(ow):
            out[:, :, i * ow + j] = xp[:, :, i * s:i * s + k, j * s:j * s + k].reshape(n, -1)
    return out


CASES = [
    Case("cumsum", (2, 3), ref=lambda x: np.cumsum(x)),
    Case("cumsum", (2, 3, 2), axis=1, ref=lambda x: np.cumsum(x, axis=1)),
    Case("moments", (2, 3, 2), axes=(0, 2), ref=lambda x: _moments(x, (0, 2))),
    Case("moments", (2, 3), axes=(1,), keepdims=True, output=1, ref=lambda x: _moments(x, (1,), True)),
    Case("moments", (3, 2), axes=(0, 1), output=1, ref=lambda x: [np.mean(x).reshape(1), np.var(x).reshape(1)]),
    Case("choose_element_0index", (3, 4), IDX.astype(np.float32).astype(np.int64),
         ref=lambda x, i: x[np.arange(3), i]),
    Case("choose_element_0index", (3, 3), np.array([5, -1, 1]), axis=0, mode="wrap", label="wrap",
         ref=lambda x, i: x[np.mod(i, 3), np.arange(3)]),
    Case("im2col", (1, 2, 4, 4), kernel=(3, 3), pad=(1, 1), ref=lambda x: _im2col_ref(x, 3, 1, 1)),
    Case("im2col", (2, 1, 5, 5), kernel=(2, 2), stride=(2, 2), ref=lambda x: _im2col_ref(x, 2, 2, 0)),
    Case("im2col", (1, 1, 5, 6), kernel=(2, 2), dilate=(2, 1), label="dilate"),
    Case("col2im", (1, 8, 4), output_size=(4, 4), kernel=(2, 2), stride=(2, 2),
         ref=lambda c: c.reshape(1, 2, 2, 2, 2, 2).transpose(0, 1, 4, 2, 5, 3).reshape(1, 2, 4, 4)),
    Case("col2im", (1, 9, 16), output_size=(4, 4), kernel=(3, 3), pad=(1, 1), label="overlap"),
    Case("Crop", (1, 2, 4, 5), offset=(1, 2), h_w=(2, 3), ref=lambda x: x[:, :, 1:3, 2:5], grad=False),
    Case("Crop", (1, 1, 5, 5), (1, 1, 2, 3), num_args=2, center_crop=True, ref=lambda x, y: x[:, :, 1:3, 1:4],
         grad=False),       # float32 only: gradients in test_shape_index_edge_rules.py
    Case("cast_storage", (2, 3), stype="default", ref=lambda x: x),
    Case("SVMOutput", (2, 3), np.array([2., 1.]), ref=lambda x, label: x, grad=False),
]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    run_case(case)


def _values(x):
    return x.asnumpy().tolist()


def test_cumsum_dtypes():
    a = nd.array([[1, 2, 3], [4, 5, 6]])
    assert nd.cumsum(a).shape == (6,)
    out = nd.cumsum(a.astype("int32"), axis=0)
    assert out.dtype == np.int32 and _values(out) == [[1, 2, 3], [5, 7, 9]]
    assert nd.cumsum(a, axis=0, dtype="float64").dtype == np.float64
    assert _values(nd.cumsum(nd.array([1.7, 2], dtype="float16"), dtype="int32")) == [1, 3]
    assert nd.cumsum(nd.array([1, 2], dtype="int8")).dtype == np.int8


def test_moments_dtypes_and_empty_axes():
    a = nd.array([[1, 2, 3], [4, 5, 6]])
    mean, var = nd.moments(a, axes=(1,))
    assert mean.dtype == var.dtype == np.float32
    np.testing.assert_array_equal(var.asnumpy(), np.float32([0.6666666865348816] * 2))
    mean, var = nd.moments(a, axes=(0, 1))
    assert mean.shape == var.shape == (1,) and var.asscalar() == np.float32(2.9166667461395264)
    _, ivar = nd.moments(a.astype("int32"), axes=(1,))
    assert ivar.dtype == np.int32 and _values(ivar) == [0, 0]
    with pytest.raises(MXNetError, match="Empty axes is not supported, if you would like to do global moments, "
                                         "please pass all axes to axes argument$"):
        nd.moments(a)


def test_khatri_rao_values():
    out = nd.khatri_rao(nd.array([[1, 2], [3, 4]]), nd.array([[1, 2], [3, 4], [5, 6]]))
    assert _values(out) == [[1, 4], [3, 8], [5, 12], [3, 8], [9, 16], [15, 24]]
    assert _values(nd.khatri_rao(nd.array([[1, 2], [3, 4]]))) == [[1, 2], [3, 4]]


def test_index_helpers():
    a = nd.array([[1, 2, 3], [4, 5, 6]])
    taken = nd.batch_take(a, nd.array([2, 0], dtype="int32"))
    assert taken.dtype == np.float32 and _values(taken) == [3, 4]
    with pytest.raises(MXNetError, match="int32"):
        nd.batch_take(a, nd.array([2, 0]))
    assert _values(nd.choose_element_0index(a, nd.array([7, -1]))) == [3, 4]
    assert _values(nd.choose_element_0index(a, nd.array([7, -1]), mode="wrap")) == [2, 6]
    assert _values(nd.fill_element_0index(a, nd.array([9, 8]), nd.array([2, 0]))) == [[1, 2, 9], [8, 5, 6]]
    flat = nd.ravel_multi_index(nd.array([[1, 5], [2, 3]]), shape=(2, 4))
    assert flat.dtype == np.float32 and _values(flat) == [6, 23]
    assert nd.ravel_multi_index(nd.array([[1, 0], [2, 3]], dtype="int32"), shape=(2, 4)).dtype == np.int32
    coords = nd.unravel_index(nd.array([6, 30], dtype="int64"), shape=(2, 4))
    assert coords.dtype == np.int64 and _values(coords) == [[1, 7], [2, 2]]


def test_histogram_counts_and_edges():
    data = nd.array([0.1, 0.5, 0.9, 1.0, 2.0])
    counts, edges = nd.histogram(data, bins=4)
    assert counts.dtype == np.float32 and _values(counts) == [2, 2, 0, 1]
    np.testing.assert_array_equal(edges.asnumpy(), np.float32([0.1, 0.575, 1.05, 1.525, 2.0]))
    counts, edges = nd.histogram(data, bins=2, range=(0, 1))
    assert counts.dtype == np.int64 and _values(counts) == [1, 3] and _values(edges) == [0, 0.5, 1]
    counts, edges = nd.histogram(data, bins=nd.array([0, 0.5, 1, 3]))
    assert counts.dtype == np.int64 and _values(counts) == [1, 2, 2] and edges.dtype == np.float32


def test_im2col_col2im_shapes_and_values():
    x = nd.arange(2 * 2 * 4 * 4).reshape((2, 2, 4, 4))
    cols = nd.im2col(x, kernel=(2, 2), stride=(2, 2))
    assert cols.shape == (2, 8, 4)
    padded = nd.im2col(x, kernel=(3, 3), pad=(1, 1))
    assert padded.shape == (2, 18, 16)
    assert _values(padded[0, :, 0]) == [0, 0, 0, 0, 0, 1, 0, 4, 5, 0, 0, 0, 0, 16, 17, 0, 20, 21]
    back = nd.col2im(cols, output_size=(4, 4), kernel=(2, 2), stride=(2, 2))
    np.testing.assert_array_equal(back.asnumpy(), x.asnumpy())
    with pytest.raises(MXNetError, match=r"\(8 vs. 0\) : the second dim of input shape should be multiples of kernel"):
        nd.col2im(cols, output_size=(4, 4), kernel=(3, 3))
    with pytest.raises(MXNetError, match=r"dshape\[2\] == out_dim \(4 vs. 9\) : output size does not match"):
        nd.col2im(cols, output_size=(4, 4), kernel=(2, 2))


def test_crop_and_its_gradient():
    x = nd.arange(2 * 2 * 4 * 4).reshape((2, 2, 4, 4))
    assert _values(nd.Crop(x, offset=(1, 1), h_w=(2, 3))[0, 0]) == [[5, 6, 7], [9, 10, 11]]
    assert _values(nd.Crop(x, nd.zeros((1, 1, 2, 2)), num_args=2, center_crop=True)[0, 0]) == [[5, 6], [9, 10]]
    x.attach_grad()
    with autograd.record():
        y = nd.Crop(x, offset=(1, 1), h_w=(2, 3))
    y.backward()
    assert _values(x.grad[0, 0]) == [[0, 0, 0, 0], [0, 1, 1, 1], [0, 1, 1, 1], [0, 0, 0, 0]]
    y = nd.Crop(x, offset=(3, 3), h_w=(2, 2))      # MXNet's kernel checks the offset: the read fails
    with pytest.raises(MXNetError, match="offset.0. should be less than the residual space of height"):
        y.asnumpy()


@pytest.mark.parametrize("use_linear, margin, reg, expected", [
    (False, 1., 1., [[3.0, 1.600000023841858, -1.7999999523162842], [2.5999999046325684, -0.20000004768371582, 0]]),
    (False, 0.7, 0.5, [[1.2000000476837158, 0.5, -0.5999999642372131], [1.0, 0, 0]]),
    (True, 1., 1., [[1, 1, -1], [1, -1, 0]]),
    (True, 0.7, 0.5, [[0.5, 0.5, -0.5], [0.5, 0, 0]]),
])
def test_svm_output_gradient_is_the_hinge_loss_gradient(use_linear, margin, reg, expected):
    data = nd.array([[0.5, -0.2, 0.1], [0.3, 0.9, -1.0]])
    data.attach_grad()
    with autograd.record():
        y = nd.SVMOutput(data, nd.array([2, 1]), margin=margin, regularization_coefficient=reg, use_linear=use_linear)
    y.backward(nd.ones_like(y) * 3)          # the head gradient is ignored, as in MXNet
    np.testing.assert_array_equal(y.asnumpy(), data.asnumpy())
    np.testing.assert_array_equal(data.grad.asnumpy(), np.float32(expected))


def test_cast_storage_converts_storage():
    a = nd.array([[1, 0], [0, 4]])
    assert _values(nd.cast_storage(a, stype="default")) == [[1, 0], [0, 4]]
    c = nd.cast_storage(a, stype="csr")
    assert c.stype == "csr" and _values(c) == [[1, 0], [0, 4]]
    assert nd.cast_storage(c, stype="default").stype == "default"
    with pytest.raises(MXNetError, match="cast"):
        nd.cast_storage(c, stype="row_sparse")


def test_amp_casts():
    a = nd.array([[1, 2, 3], [4, 5, 6]])
    assert nd.amp_cast(a, dtype="float16").dtype == np.float16
    assert nd.amp_cast(a.astype("int32"), dtype="float16").dtype == np.int32
    x = nd.array([1, 2])
    x.attach_grad()
    with autograd.record():
        y = nd.amp_cast(x, dtype="float16")
    y.backward(nd.ones_like(y) * 2)
    assert x.grad.dtype == np.float32 and _values(x.grad) == [2, 2]


def test_amp_multicast_float16_float64_fail_on_read_as_mxnet_cpu():
    """MXNet's CPU kernel copies through oneDNN, which has no float16 (flag 2) or float64 (flag 1) type:
    the output types are inferred, the first read raises."""
    half, single, double = (nd.array([1, 2], dtype=d) for d in ("float16", "float32", "float64"))
    for inputs, narrow, dtypes, flag in (((half, single), False, [np.float32] * 2, 2),
                                         ((half, single), True, [np.float16] * 2, 2),
                                         ((double, single), False, [np.float64, np.float32], 1),
                                         ((single, half, double), False, [np.float32, np.float32, np.float64], 2)):
        outs = nd.amp_multicast(*inputs, num_outputs=len(inputs), cast_narrow=narrow)
        assert [o.dtype for o in outs] == dtypes
        with pytest.raises(MXNetError, match=f"unknown type for MKLDNN :{flag}"):
            outs[0].asnumpy()
        nd.waitall()


def test_amp_multicast_float32_with_integers():
    x, i = nd.array([1, 2]), nd.array([3, 4], dtype="int32")
    x.attach_grad()
    with autograd.record():
        a, b = nd.amp_multicast(x, i, num_outputs=2)
        y = a * 3
    y.backward()
    assert (a.dtype, b.dtype) == (np.float32, np.int32) and _values(b) == [3, 4]
    assert _values(x.grad) == [3, 3]


def test_moveaxis():
    x = nd.arange(2 * 3 * 4).reshape((2, 3, 4))
    np.testing.assert_array_equal(nd.moveaxis(x, 1, -1).asnumpy(), np.moveaxis(x.asnumpy(), 1, -1))
    assert nd.moveaxis(nd.zeros((2, 3, 4)), [0, 1], [2, 0]).shape == (3, 4, 2)
    with pytest.raises(ValueError, match="Source should verify 0 <= source < tensor.ndimGot 3"):
        nd.moveaxis(x, 3, 0)


@pytest.mark.parametrize("shapes, words", [
    (((3, 4), (2,), (3,)), "choose_row_element index vector, value vector and matrix shape mismatch"),
    (((2, 4), (3,), (3,)), "choose_row_element index vector, value vector and matrix shape mismatch"),
    (((3, 4), (3, 1), (3,)), "fill_row_element only support 2D Matrix, 1D value and 1D index"),
    (((3,), (3,), (3,)), "fill_row_element only support 2D Matrix, 1D value and 1D index"),
])
def test_fill_element_0index_checks_ranks_then_rows(shapes, words):
    lhs, mhs, rhs = (nd.zeros(s) for s in shapes)
    with pytest.raises(MXNetError, match=words):
        nd.fill_element_0index(lhs, mhs, rhs)


def test_histogram_edges_of_another_dtype_fail_when_read():
    counts, _ = nd.histogram(nd.array([0.1, 0.7, 1.5]), bins=nd.array([0, 1, 2], dtype="int32"))
    with pytest.raises(MXNetError, match="data type do not match specified type.Expected: int v.s. given float"):
        counts.asnumpy()
    counts, edges = nd.histogram(nd.array([0.1, 0.7, 1.5]), bins=nd.array([0, 1, 2]))
    assert counts.asnumpy().tolist() == [2, 1] and edges.asnumpy().tolist() == [0, 1, 2]


@pytest.mark.parametrize("call, words", [
    (lambda x: nd.Crop(x, num_args=0), "value 0 for Parameter num_args exceed bound [1,3]"),
    (lambda x: nd.Crop(x, x, x, x, h_w=(2, 2)), "value 4 for Parameter num_args exceed bound [1,3]"),
    (lambda x: nd.Crop(x, num_args="a"), "Invalid Parameter format for num_args expect int but value='a', in "
                                         'operator Crop(name="", num_args="a")'),
    (lambda x: nd.Crop(x, num_args=2, h_w=(2, 2)), "Check failed: num_inputs == infered_num_inputs (1 vs. 2)"),
    (lambda x: nd.Crop(x, x, num_args=1), "Check failed: num_inputs == infered_num_inputs (2 vs. 1)"),
    (lambda x: nd.Crop(x, h_w=None), "Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, -1)"),
    (lambda x: nd.Crop(x, h_w=(2,)), "Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, 1)"),
    (lambda x: nd.UpSampling(x, scale=2, sample_type="nearest", num_args=0),
     "value 0 for Parameter num_args should be greater equal to 1"),
])
def test_crop_and_upsampling_read_num_args_and_short_windows_as_mxnet(call, words):
    with pytest.raises(MXNetError) as info:
        call(nd.ones((1, 1, 4, 4)))
    assert words in message_of(info.value)


def test_crop_reads_the_first_two_entries_of_its_window_and_offset():
    x = nd.array(np.arange(16).reshape(1, 1, 4, 4))
    assert nd.Crop(x, h_w=(2, 3, 9), offset=(1, 1, 7)).asnumpy()[0, 0].tolist() == [[5, 6, 7], [9, 10, 11]]
    y = nd.Crop(x, h_w=(2, 2), offset=(1,))         # a short offset fails in the kernel: when read
    with pytest.raises(MXNetError, match=r"index = 1 must be in range \[0, 1\)"):
        y.asnumpy()
