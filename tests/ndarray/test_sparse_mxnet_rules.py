"""Sparse storage and error rules measured on MXNet 1.9.1 (the compat scripts sparse_* hold the full records)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

A = np.array([[1, 0, 2], [0, 0, 0], [0, 3, 0]], dtype=np.float32)


@pytest.fixture
def csr():
    return mx.nd.array(A).tostype("csr")


@pytest.fixture
def rsp():
    return mx.nd.array(A).tostype("row_sparse")


def test_building_checks_sizes_and_check_format_checks_indices():
    bad = mx.nd.sparse.csr_matrix(([7, 8, 9], [0, 2, 1], [0, 5, 2, 3]), shape=(3, 4))
    with pytest.raises(MXNetError, match="kCSRIdxErr"):      # indptr leaving [0, nnz]: reported on indices
        bad.check_format()
    with pytest.raises(MXNetError, match="kCSRIndPtrErr"):
        mx.nd.sparse.csr_matrix(([7, 8, 9], [0, 1, 2], [0, 1, 1, 2]), shape=(3, 4)).check_format()
    unsorted = mx.nd.sparse.row_sparse_array(([[1, 2], [3, 4]], [1, 0]), shape=(3, 2))
    assert unsorted.indices.asnumpy().tolist() == [1, 0]
    assert unsorted.asnumpy().tolist() == [[3, 4], [1, 2], [0, 0]]
    unsorted.check_format(full_check=False)
    with pytest.raises(MXNetError, match="kRSPIdxErr"):
        unsorted.check_format()


def test_explicit_shape_must_match_the_source():
    for make in (mx.nd.sparse.csr_matrix, mx.nd.sparse.row_sparse_array):
        with pytest.raises(ValueError, match=r"Shape mismatch detected. \(2, 2\) v.s. \(3, 2\)"):
            make((2, 2), shape=(3, 2))
        with pytest.raises(ValueError):
            make(np.ones((2, 2)), shape=(3, 2))


def test_zero_scalars_and_broadcast_vectors_keep_storage(csr, rsp):
    assert (csr + 0).stype == "csr" and (0 + csr).stype == "csr" and (rsp - 0).stype == "row_sparse"
    assert (csr + 1).stype == "default"
    col = mx.nd.array([[1], [2], [3]])
    out = csr / col
    assert out.stype == "csr" and out.asnumpy().tolist() == [[1, 0, 2], [0, 0, 0], [0, 1, 0]]
    assert (rsp * col).stype == "default" and (rsp * mx.nd.array(A)).stype == "row_sparse"
    assert mx.nd.sparse.multiply(mx.nd.array(A), csr).stype == "csr"
    assert mx.nd.dot(csr, mx.nd.array(A), transpose_a=True, transpose_b=True).stype == "default"
    assert mx.nd.dot(csr, mx.nd.array(A), transpose_a=True).stype == "row_sparse"


def test_internal_ops_keep_sparse_storage(csr, rsp):
    assert mx.nd._internal._maximum(rsp, rsp * 2).stype == "row_sparse"
    assert mx.nd._internal._hypot(csr, csr).stype == "csr"
    assert mx.nd.maximum(rsp, rsp).stype == "default"          # the broadcasting op does not
    plus = mx.nd._internal._scatter_plus_scalar(rsp, 9)
    assert plus.stype == "row_sparse" and plus.asnumpy().tolist() == [[10, 9, 11], [0, 0, 0], [9, 12, 9]]
    assert mx.nd._internal._plus_scalar(rsp, scalar=9).stype == "default"


def test_lazy_update_needs_weight_and_states_of_one_storage():
    np.random.seed(0)
    w0 = np.random.rand(5, 3).astype("float32")
    g = mx.nd.sparse.row_sparse_array((np.random.rand(2, 3).astype("float32") - 0.5, [1, 3]), shape=(5, 3))
    w = mx.nd.array(w0).tostype("row_sparse")
    mom = mx.nd.zeros((5, 3), stype="row_sparse")
    mx.nd.sparse.sgd_mom_update(w, g, mom, lr=0.1, momentum=0.9, wd=0.01, out=w)
    assert w.stype == "row_sparse" and np.array_equal(w.asnumpy()[[0, 2, 4]], w0[[0, 2, 4]])
    w = mx.nd.array(w0).tostype("row_sparse")           # dense states: MXNet falls back to the full update
    m, v = mx.nd.ones((5, 3)), mx.nd.ones((5, 3))
    mx.nd.sparse.adam_update(w, g, m, v, lr=0.1, wd=0.01, out=w)
    np.testing.assert_allclose(w.asnumpy()[0], [0.45871, 0.62507, 0.51266], atol=1e-5)
    np.testing.assert_allclose(v.asnumpy()[0], [0.999, 0.999, 0.999], atol=1e-6)


def test_embedding_sparse_grad_must_match_the_gradient_storage():
    for sparse_grad, stype in ((False, "row_sparse"), (True, "default")):
        w = mx.nd.ones((4, 3))
        w.attach_grad(stype=stype)
        with mx.autograd.record():
            y = mx.nd.Embedding(mx.nd.array([0, 2, 2]), w, input_dim=4, output_dim=3, sparse_grad=sparse_grad)
        with pytest.raises(MXNetError, match="Cannot use sparse_grad = %d" % sparse_grad):
            y.backward()


def test_retain_is_recorded_and_routes_its_gradient(rsp):
    x = rsp.copy()
    x.attach_grad(stype="row_sparse")
    with mx.autograd.record():
        z = mx.nd.sum(mx.nd.sparse.retain(x, mx.nd.array([0])).tostype("default") * 2)
    z.backward()
    assert x.grad.stype == "row_sparse" and x.grad.asnumpy().tolist() == [[2, 2, 2], [0, 0, 0], [0, 0, 0]]


def test_ones_has_no_storage_argument():
    with pytest.raises(MXNetError, match="Cannot find argument 'stype'"):
        mx.nd.ones((2, 3), stype="csr")
    assert mx.nd.zeros((2, 3), stype="csr").stype == "csr"      # zeros and empty do take one


def test_sparse_subtract_and_divide_put_a_leading_number_after_the_array(csr):
    # MXNet 1.9.1's sparse front end has no reversed scalar operator for these: (2, x) computes x - 2 and x / 2
    assert mx.nd.sparse.subtract(2, csr).asnumpy().tolist() == (A - 2).tolist()
    half = mx.nd.sparse.divide(2, csr)
    assert half.stype == "csr" and half.asnumpy().tolist() == (A / 2).tolist()
    assert mx.nd.sparse.add(1, csr).asnumpy().tolist() == (A + 1).tolist()
    with pytest.raises(AssertionError, match="^Argument lhs must have NDArray type, but got"):
        mx.nd.sparse.add(np.ones((3, 3)), csr)
    with pytest.raises(TypeError, match="type <class 'list'> not supported$"):
        mx.nd.sparse.subtract(csr, [1])


FLOAT_ONLY = "This operation only supports 32-bit and 64-bit floating point"


@pytest.mark.parametrize("call, stype, shape", [
    (lambda c, d: mx.nd.elemwise_add(c, d), "default", (3, 3)),
    (lambda c, d: mx.nd.elemwise_sub(d, c), "default", (3, 3)),
    (lambda c, d: c * d, "csr", (3, 3)),
    (lambda c, d: mx.nd.dot(c, d[:, :2]), "default", (3, 2)),
    (lambda c, d: mx.nd.dot(c, d[:, :2], transpose_a=True), "row_sparse", (3, 2)),
    (lambda c, d: mx.nd.dot(d[:2], c), "csr", (2, 3)),
])
def test_csr_kernels_of_integers_fail_when_the_result_is_read(call, stype, shape):
    c, d = mx.nd.array(A, dtype="int32").tostype("csr"), mx.nd.ones((3, 3), dtype="int32")
    out = call(c, d)
    assert (out.stype, out.shape, out.dtype) == (stype, shape, np.int32) and type(out).__name__ != "FailedNDArray"
    with pytest.raises(MXNetError, match=f"{FLOAT_ONLY}$"):
        out.asnumpy()


def test_csr_times_a_broadcast_row_takes_integers():
    c = mx.nd.array(A, dtype="int32").tostype("csr")
    assert mx.nd.broadcast_mul(c, mx.nd.array([[1, 2, 3]], dtype="int32")).asnumpy().tolist() == (A * [1, 2, 3]).tolist()


def test_check_format_uses_mxnet_words_with_the_error_codes():
    with pytest.raises(MXNetError, match=r"Check failed: err != kCSRIdxErr \(3 vs. 3\) : Indices of csr NDArray "
                                         r"should be non-negative, in ascending order per row  and less than"):
        mx.nd.sparse.csr_matrix(([1, 2], [2, 0], [0, 2, 2, 2]), shape=(3, 3)).check_format()
    with pytest.raises(MXNetError, match=r"Check failed: err != kCSRIndPtrErr \(2 vs. 2\) : IndPtr of csr NDArray "
                                         r"should be non-negative, in non-decreasing order, start with 0"):
        mx.nd.sparse.csr_matrix(([1, 2], [0, 2], [1, 2, 2, 2]), shape=(3, 3)).check_format()
    with pytest.raises(MXNetError, match=r"Check failed: err != kRSPIdxErr \(5 vs. 5\) : Indices of row_sparse "
                                         r"NDArray should be non-negative, less than the size of first dimension"):
        mx.nd.sparse.row_sparse_array(([[1, 2], [3, 4]], [2, 0]), shape=(3, 2)).check_format()


def test_sparse_embedding_gradient_of_an_index_out_of_range_fails_when_read():
    w = mx.nd.ones((4, 2))
    w.attach_grad(stype="row_sparse")
    with mx.autograd.record():
        y = mx.nd.Embedding(mx.nd.array([1, 4]), w, input_dim=4, output_dim=2, sparse_grad=True)
    y.backward()
    assert y.asnumpy().tolist() == [[1, 1], [1, 1]]      # the forward clips the index
    with pytest.raises(MXNetError, match="Check failed: is_valid: Embedding input contains data out of bound$"):
        w.grad.asnumpy()


@pytest.mark.parametrize("out", [lambda: mx.nd.zeros((3, 3)), lambda: mx.nd.sparse.zeros("csr", (3, 3))])
def test_row_sparse_pull_checks_the_output_storage_before_the_stored_value(out):
    kv = mx.kv.create("local")
    kv.init("w", mx.nd.ones((3, 3)))        # a dense value, refused only after the output
    target = out()
    flag = {"default": 0, "csr": 2}[target.stype]
    with pytest.raises(MXNetError, match=rf"Check failed: val_stype == kRowSparseStorage \({flag} vs. 1\)"):
        kv.row_sparse_pull("w", out=target, row_ids=mx.nd.array([0]))


def test_mixed_dtype_words_end_the_first_line(csr):
    with pytest.raises(MXNetError) as info:
        csr + mx.nd.array(A, dtype="float64").tostype("csr")
    assert message_of(info.value).splitlines()[0] == ("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  "
                                               "at 1-th input: expected float32, got float64")


def test_broadcast_with_a_dense_vector_reads_it_by_row_when_its_rows_match():
    row = np.array([[10, 20, 30]], dtype=np.float32)
    one_row = mx.nd.array(A[:1]).tostype("csr")
    # (1, n) with (1, n): MXNet's vector kernel reads the operand by row, so each stored value meets its first element
    assert mx.nd.broadcast_mul(one_row, mx.nd.array(row)).asnumpy().tolist() == (A[:1] * 10).tolist()
    assert mx.nd.broadcast_div(one_row, mx.nd.array(row)).asnumpy().tolist() == (A[:1] / np.float32(10)).tolist()
    assert (one_row * mx.nd.array(row)).asnumpy().tolist() == (A[:1] * row).tolist()       # elemwise_mul
    csr = mx.nd.array(A).tostype("csr")
    assert mx.nd.broadcast_mul(csr, mx.nd.array(row)).asnumpy().tolist() == (A * row).tolist()
    col = np.array([[3], [7], [9]], dtype=np.float32)
    assert mx.nd.broadcast_div(csr, mx.nd.array(col)).asnumpy().tolist() == (A / col).tolist()   # divided, not * 1/x
    deep = mx.nd.broadcast_mul(csr, mx.nd.ones((1, 3, 3)))
    with pytest.raises(MXNetError, match=r"Check failed: inputs\[1\].shape\(\).ndim\(\) <= 2 \(3 vs. 2\)"):
        deep.asnumpy()


def test_an_explicit_shape_is_checked_before_the_tuple_is_read_as_sizes():
    with pytest.raises(ValueError, match=r"Shape mismatch detected. \(\[1\], \[0\], \[1\]\) v.s. \(3, 2\)$"):
        mx.nd.sparse.row_sparse_array(([1], [0], [1]), shape=(3, 2))
    with pytest.raises(TypeError, match="'list' object cannot be interpreted as an integer$"):
        mx.nd.sparse.row_sparse_array(([1], [0], [1]))


@pytest.mark.parametrize("make, words", [
    (lambda ctx: mx.nd.sparse.zeros("csr", (2, 2), ctx=ctx), "Operator _zeros is not implemented for GPU."),
    (lambda ctx: mx.nd.zeros((2, 2), ctx=ctx, stype="row_sparse"), "Operator _zeros is not implemented for GPU."),
    (lambda ctx: mx.nd.sparse.csr_matrix((2, 2), ctx=ctx), "Operator _zeros is not implemented for GPU."),
    (lambda ctx: mx.nd.sparse.csr_matrix(mx.nd.eye(2).tostype("csr"), ctx=ctx),
     "Operator _zeros is not implemented for GPU."),
    (lambda ctx: mx.nd.sparse.csr_matrix(np.eye(2), ctx=ctx), "GPU is not enabled"),
    (lambda ctx: mx.nd.sparse.row_sparse_array(([[1, 2]], [0]), shape=(2, 2), ctx=ctx),
     "Compile with USE_CUDA=1 to enable GPU usage"),
])
def test_sparse_arrays_on_a_gpu_are_refused_by_what_makes_them(make, words):
    with pytest.raises(MXNetError) as info:
        make(mx.gpu())
    assert message_of(info.value) == words


def test_a_sparse_array_part_cannot_be_assigned(csr):
    with pytest.raises(NotImplementedError) as info:
        csr.data = mx.nd.ones((2,))
    assert message_of(info.value) == ""


def test_an_in_place_operator_whose_kernel_fails_keeps_the_data_and_carries_the_error():
    x = mx.nd.array([[0, 2], [4, 0]]).tostype("csr")
    x /= mx.nd.ones((2, 2))          # no csr / same-shape dense kernel
    with pytest.raises(MXNetError, match="Check failed: supported_op: Please use elemwise_div"):
        x.asnumpy()
    assert x.data.asnumpy().tolist() == [2, 4] and x.indices.asnumpy().tolist() == [1, 0]


@pytest.mark.parametrize("call, params", [
    (lambda c: mx.nd.clip(c, 1, 2), '{"a_max" : 2, "a_min" : 1, }'),
    (lambda c: mx.nd.cast_storage(c, stype="row_sparse"), '{"stype" : row_sparse, }'),
    (lambda c: mx.nd.sparse.retain(c, mx.nd.array([0])), "{}"),
    (lambda c: mx.nd._internal._square_sum(c, axis=1), '{"axis" : 1, }'),
    (lambda c: mx.nd.Embedding(mx.nd.array([0]), c, input_dim=3, output_dim=3), '{"output_dim" : 3, "input_dim" : 3, }'),
    (lambda c: mx.nd.dot(c, mx.nd.ones((3, 2)), transpose_a=True, out=mx.nd.zeros((3, 2))), '{"transpose_a" : True, }'),
])
def test_storage_refusals_list_the_given_parameters_and_the_device(csr, call, params):
    with pytest.raises(MXNetError) as info:
        call(csr)
    lines = message_of(info.value).splitlines()
    assert lines[0].startswith("Check failed: infer_stype_success: Operator not implemented: operator = ")
    assert lines[3:5] == [f"params = {params}", "context.dev_mask = cpu"]


@pytest.mark.parametrize("stype", ["csr", "row_sparse"])
def test_a_bool_sparse_array_is_made_and_fails_when_read(stype):
    x = mx.nd.array(A).astype("bool").tostype(stype)      # no bool storage kernel
    assert (x.stype, x.shape, x.dtype) == (stype, (3, 3), np.bool_)
    assert repr(x) == f"\n<{type(x).__name__} 3x3 @cpu(0)>"
    with pytest.raises(MXNetError, match="Unknown type enum 7$"):
        x.asnumpy()


def test_iterating_a_csr_array_gives_its_rows(csr):
    assert [row.asnumpy().tolist() for row in csr] == [[r] for r in A.tolist()]
