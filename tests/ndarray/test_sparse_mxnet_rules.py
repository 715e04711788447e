"""Sparse storage and error rules measured on MXNet 1.9.1 (the compat scripts sparse_* hold the full records)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

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
