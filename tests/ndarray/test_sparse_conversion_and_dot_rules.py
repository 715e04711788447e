"""numpy conversion of sparse arrays, dot's forward_stype='default' kernels, csr slices of no rows and the unary
kernels' output for an all-zero csr array, as MXNet 1.9.1 does them."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

sp = mx.nd.sparse
A = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 5, 0]], dtype=np.float32)


def test_numpy_refuses_a_row_sparse_array_as_its_int_keys_do():
    rsp = sp.row_sparse_array(A)
    for convert in (np.array, np.asarray):
        with pytest.raises(Exception, match="__getitem__ with int key is not implemented for RowSparseNDArray yet"):
            convert(rsp)
    assert mx.test_utils.same(rsp, rsp) is False        # numpy's failed reading counts as "not equal"
    assert np.array(sp.csr_matrix(A)).tolist() == A.tolist()


def test_dot_of_a_missing_operand_counts_one_input():
    with pytest.raises(MXNetError, match="Operator dot expects 2 inputs, but got 1 instead"):
        sp.dot(None, mx.nd.ones((3, 2)))


def test_row_sparse_dot_checks_shapes_before_dtypes():
    rsp64 = sp.row_sparse_array(A.astype(np.float64))
    with pytest.raises(MXNetError, match=r"dot shape error: \[4,3\] X \[4\]"):
        sp.dot(rsp64, mx.nd.array([1, 2, 3, 4]))


def test_dense_forward_stype_of_csr_transposed_dot():
    csr, rhs = sp.csr_matrix(A), np.arange(8, dtype=np.float32).reshape(4, 2)
    out = sp.dot(csr, mx.nd.array(rhs), transpose_a=True, forward_stype="default")
    assert out.stype == "default" and out.asnumpy().tolist() == (A.T @ rhs).tolist()
    whole = sp.dot(csr, mx.nd.array(rhs).tostype("row_sparse"), transpose_a=True, forward_stype="default")
    assert whole.asnumpy().tolist() == (A.T @ rhs).tolist()      # every row stored: the dense kernel
    part = sp.dot(csr, sp.row_sparse_array(A), transpose_a=True, forward_stype="default")
    assert part.stype == "default" and part.shape == (3, 3)
    with pytest.raises(MXNetError, match=r"DotCsrRspDnsImpl has not implemented dot\(csr.T, rsp\) = dns yet"):
        part.asnumpy()
    vector = sp.dot(csr, mx.nd.array([1, 2, 3, 4]), transpose_a=True, forward_stype="default")
    assert vector.stype == "default" and vector.shape == (3,)
    with pytest.raises(MXNetError, match="sparse dot only supports 2 dimensional rhs"):
        vector.asnumpy()


def test_csr_slice_needs_begin_and_end_and_keeps_the_sliced_width():
    csr = sp.csr_matrix(A)
    with pytest.raises(MXNetError, match="Required parameter begin of Shape"):
        mx.nd.slice(csr)
    assert sp.slice(csr, begin=(1, 1), end=(1, 2)).shape == (0, 1)


def test_unary_math_of_an_empty_csr_leaves_indptr_empty():
    empty = sp.zeros("csr", (4, 3))
    for out in (sp.sqrt(empty), mx.nd.square(empty), empty.abs()):
        assert out.stype == "csr" and out.indptr.shape == (0,) and out.asnumpy().tolist() == [[0] * 3] * 4
    assert mx.nd.stop_gradient(empty).indptr.asnumpy().tolist() == [0] * 5     # a copy keeps it
    into = empty.copy()
    assert mx.nd.sqrt(empty, out=into).indptr.asnumpy().tolist() == [0] * 5    # an out= keeps its own


def test_sparse_zeros_passes_other_keywords_to_the_zeros_parser():
    with pytest.raises(MXNetError, match=r"(?s)Cannot find argument 'aux_types', Possible Arguments:.*shape : "
                                         r"Shape\(tuple\).*in operator _zeros\(name=\"\", dtype=\"float32\""):
        sp.zeros("csr", (2, 3), aux_types=[np.int32, np.int32])
    with pytest.raises(MXNetError, match="Cannot find argument 'foo'"):
        mx.nd.zeros((2, 3), stype="row_sparse", foo=1)
    assert sp.zeros("csr", (2, 3), name="z").shape == (2, 3)


@pytest.mark.parametrize("axis, shape", [(None, (1,)), (0, (3,)), (1, (4,))])
def test_integer_sparse_norm_fails_when_read(axis, shape):
    out = mx.nd.norm(sp.csr_matrix(A.astype(np.int32)), axis=axis)
    assert out.stype == "default" and out.shape == shape and out.dtype == np.int32
    with pytest.raises(MXNetError, match="This operation only support floating point types, not int32$"):
        out.asnumpy()
    with pytest.raises(MXNetError, match="Not implmented!$"):
        mx.nd.norm(sp.csr_matrix(A.astype(np.float16))).asnumpy()


def test_group_adagrad_parses_then_infers_types_then_storage_then_request():
    w, g = mx.nd.array(A), mx.nd.array(A).tostype("row_sparse")
    history = mx.nd.zeros((4, 1)).tostype("row_sparse")
    with pytest.raises(MXNetError, match="Cannot find argument 'lazy_update'"):
        mx.nd.contrib.group_adagrad_update(w, g, history, lr=0.1, lazy_update=False, out=w)
    with pytest.raises(MXNetError, match="at 1-th input: expected float32, got float64"):
        mx.nd.contrib.group_adagrad_update(w, mx.nd.array(A, dtype="float64"), history, lr=0.1, out=w)
    with pytest.raises(MXNetError, match="infer_stype_success"):       # dense weight, row_sparse history
        mx.nd.contrib.group_adagrad_update(w, g, history, lr=0.1)


@pytest.mark.parametrize("source", ["default", "csr", "row_sparse"])
def test_cast_storage_checks_an_out_arrays_shape_and_dtype_before_storage(source):
    x = mx.nd.array(A) if source == "default" else mx.nd.array(A).tostype(source)
    with pytest.raises(MXNetError, match=r"at 0-th output: expected \[4,3\], got \[3,3\]"):
        mx.nd.cast_storage(x, stype="row_sparse", out=mx.nd.zeros((3, 3)))
    with pytest.raises(MXNetError, match="at 0-th output: expected float32, got float64"):
        mx.nd.cast_storage(x, stype="row_sparse", out=mx.nd.zeros((4, 3), dtype="float64"))


def test_standard_adam_of_row_sparse_arrays_needs_full_weight_and_stored_states():
    def update(weight_rows, mean, var):
        w = mx.nd.array(np.ones((4, 3)) if weight_rows else np.zeros((4, 3))).tostype("row_sparse")
        states = [mx.nd.array(np.full((4, 3), s)).tostype("row_sparse") for s in (mean, var)]
        return mx.nd.adam_update(w, mx.nd.array(A).tostype("row_sparse"), *states, lr=0.1, lazy_update=False, out=w)
    with pytest.raises(MXNetError, match="AdamStdUpdate for RowSparse weights is only implemented"):
        update(False, 1, 1).asnumpy()
    with pytest.raises(MXNetError, match=r"Check failed: mean.shape_.Size\(\) > 0 \(0 vs. 0\) : $"):
        update(True, 0, 1).asnumpy()
    with pytest.raises(MXNetError, match=r"Check failed: var.shape_.Size\(\) > 0 \(0 vs. 0\) : $"):
        update(True, 1, 0).asnumpy()
    assert update(True, 1, 1).shape == (4, 3)


def _stored_order_sum(dense, dy, transpose_a):
    """float32 sums of each stored value times its dy row, one at a time in the csr's row-major order."""
    out = np.zeros((dense.shape[0] if transpose_a else dense.shape[1], dy.shape[1]), np.float32)
    for r, c in zip(*np.nonzero(dense)):
        into, source = (r, c) if transpose_a else (c, r)
        out[into] = out[into] + np.float32(dense[r, c]) * dy[source]
    return out


@pytest.mark.parametrize("transpose_a, stype", [(False, "row_sparse"), (True, "default")])
def test_csr_dot_rhs_gradient_sums_the_stored_values_in_order(transpose_a, stype):
    rs = np.random.RandomState(0)
    dense = ((rs.rand(20, 10) < 0.4) * rs.normal(size=(20, 10))).astype(np.float32)
    inner, outer = (20, 10) if transpose_a else (10, 20)
    w = mx.nd.array(rs.normal(size=(inner, 3)))
    dy = rs.normal(size=(outer, 3)).astype(np.float32)
    w.attach_grad(stype=stype)
    with mx.autograd.record():
        y = sp.dot(sp.csr_matrix(dense), w, transpose_a=transpose_a)
    y.backward(mx.nd.array(dy))
    assert w.grad.stype == stype
    expected = _stored_order_sum(dense, dy, transpose_a)
    assert w.grad.asnumpy().tobytes() == expected.tobytes()
