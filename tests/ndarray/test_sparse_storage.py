"""Storage types through creation (nd.zeros/empty stype=) and autograd, with values measured on MXNet 1.9.1."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd
from distnet.base import MXNetError

CSR = np.array([[1, 0, 2], [0, 0, 3]], dtype=np.float32)
DENSE = np.array([[1, 2], [3, 4], [5, 6]], dtype=np.float32)
D = np.array([[0, 1, 0, 2], [0, 0, 0, 0], [3, 0, 4, 0]], dtype=np.float32)


def rows(a):
    """(stored row indices, dense values) of a row_sparse array."""
    assert a.stype == "row_sparse"
    return a.indices.asnumpy().tolist(), a.asnumpy().tolist()


@pytest.mark.parametrize("make", [nd.zeros, nd.empty])
@pytest.mark.parametrize("stype, cls", [("row_sparse", "RowSparseNDArray"), ("csr", "CSRNDArray")])
def test_zeros_and_empty_make_the_requested_storage(make, stype, cls):
    a = make((2, 3), stype=stype)
    assert type(a).__name__ == cls and a.stype == stype and a.dtype == np.float32
    assert a.data.shape[0] == 0 and a.indices.shape == (0,)
    assert repr(a) == f"\n<{cls} 2x3 @cpu(0)>"
    np.testing.assert_array_equal(a.asnumpy(), np.zeros((2, 3)))


def test_zeros_storage_options():
    assert nd.zeros((2, 3), stype="row_sparse", dtype="int32").dtype == np.int32
    assert nd.zeros((2, 3), stype="default").stype == "default"
    assert nd.zeros((2, 3), stype="csr").indptr.asnumpy().tolist() == [0, 0, 0]
    assert nd.empty((2,), stype="row_sparse").shape == (2,)
    assert mx.nd.zeros((3, 2), ctx=mx.cpu(0), stype="row_sparse").context == mx.cpu(0)
    with pytest.raises(MXNetError):          # MXNet: csr is 2-D only (its kernel refuses; raised when read)
        nd.zeros((2, 3, 4), stype="csr").asnumpy()
    with pytest.raises(ValueError, match="unknown storage type"):
        nd.zeros((2, 3), stype="foo")


def test_dot_of_csr_and_attached_dense_gradients():
    csr = nd.array(CSR).tostype("csr")
    d = nd.array(DENSE)
    d.attach_grad()
    with autograd.record():
        y = nd.sparse.dot(csr, d)
    y.backward()
    assert y.stype == "default" and y.asnumpy().tolist() == [[11, 14], [15, 18]]
    assert d.grad.stype == "default" and d.grad.asnumpy().tolist() == [[1, 1], [0, 0], [5, 5]]


def test_row_sparse_gradient_buffer_of_csr_dot():
    csr = nd.array(CSR).tostype("csr")
    d = nd.array(DENSE)
    d.attach_grad(stype="row_sparse")
    assert rows(d.grad) == ([], np.zeros((3, 2)).tolist())
    with autograd.record():
        y = nd.sparse.dot(csr, d)
    y.backward()
    assert rows(d.grad) == ([0, 2], [[1, 1], [0, 0], [5, 5]])
    e = nd.array([[1, 2], [3, 4]])
    e.attach_grad(stype="row_sparse")
    with autograd.record():
        y = nd.sparse.dot(csr, e, transpose_a=True)
    assert y.stype == "row_sparse"
    y.backward(nd.ones((3, 2)))
    assert rows(e.grad) == ([0, 1], [[3, 3], [3, 3]])


def test_sparse_variables_get_sparse_gradients():
    r = nd.array([[1, 0], [0, 0], [2, 3]]).tostype("row_sparse")
    r.attach_grad()
    with autograd.record():
        z = r * 2
    assert rows(z) == ([0, 2], [[2, 0], [0, 0], [4, 6]])
    z.backward()
    assert rows(r.grad) == ([0, 1, 2], [[2, 2], [2, 2], [2, 2]])
    c = nd.array([[1, 0], [0, 2]]).tostype("csr")
    c.attach_grad()
    assert c.grad.stype == "csr"
    with autograd.record():
        z = nd.sparse.dot(c, nd.ones((2, 2)))
    z.backward()
    assert c.grad.stype == "csr" and c.grad.asnumpy().tolist() == [[2, 2], [2, 2]]


def test_lookups_into_row_sparse_gradient_buffers():
    w = nd.array(np.arange(12).reshape(4, 3))
    w.attach_grad(stype="row_sparse")
    with autograd.record():
        e = nd.Embedding(nd.array([0, 2, 0]), w, input_dim=4, output_dim=3, sparse_grad=True)
    e.backward()
    assert rows(w.grad) == ([0, 2], [[2, 2, 2], [0, 0, 0], [1, 1, 1], [0, 0, 0]])
    with autograd.record():
        e = nd.take(w, nd.array([1, 1]))
    e.backward()
    assert rows(w.grad) == ([1], [[0, 0, 0], [2, 2, 2], [0, 0, 0], [0, 0, 0]])



def test_square_sum_of_row_sparse_rows_and_its_gradient():
    x = nd.array(D).tostype("row_sparse")
    x.attach_grad()
    with autograd.record():
        y = nd._internal._square_sum(x, axis=1, keepdims=True)
    assert rows(y) == ([0, 2], [[5], [0], [25]])
    y.backward(nd.array([[1], [2], [3]]))
    assert rows(x.grad) == ([0, 2], (2 * D * [[1], [2], [3]]).tolist())       # d/dx sum(x^2) = 2x
    assert nd._internal._square_sum(x, axis=0).asnumpy().tolist() == [9, 1, 16, 4]
    with pytest.raises(MXNetError):
        nd._internal._square_sum(nd.array(D), axis=1)


def test_output_storage_of_mixed_operands():
    dns, csr, rsp = nd.array(D), nd.array(D).tostype("csr"), nd.array(D).tostype("row_sparse")
    assert nd.elemwise_mul(dns, csr).stype == "csr" and nd.elemwise_mul(dns, rsp).stype == "row_sparse"
    assert nd.sparse.dot(dns, nd.array(D).tostype("csr"), transpose_a=True).stype == "default"
    assert nd.sparse.dot(csr, rsp, transpose_a=True).stype == "row_sparse"
    assert nd.concat(csr, csr, dim=0).stype == "csr" and nd.take(csr, nd.array([0, 2])).stype == "csr"
    quotient = nd.broadcast_div(csr, nd.array([[1], [2], [4]]))
    assert quotient.stype == "csr" and quotient.asnumpy().tolist() == (D / [[1], [2], [4]]).tolist()
    for bad in (lambda: nd.clip(csr, 1, 2), lambda: nd.clip(rsp, 1, 2),
                lambda: nd.Embedding(nd.array([0]), csr, input_dim=3, output_dim=4)):
        with pytest.raises(MXNetError):
            bad()
    same_shape = nd.broadcast_div(csr, dns)         # no kernel for it: a csr result whose first read fails
    assert same_shape.stype == "csr" and same_shape.shape == D.shape
    with pytest.raises(MXNetError, match="Check failed: supported_op: Please use elemwise_div for division "
                                         "between csr and dense of the same shape$"):
        same_shape.asnumpy()


def test_sparse_minus_dense_leaves_negative_zeros_where_nothing_is_stored():
    diff = nd.elemwise_sub(nd.array(D).tostype("csr"), nd.array(D))
    assert np.signbit(diff.asnumpy()).tolist() == (D == 0).tolist()      # MXNet: -0.0 off the stored values
    diff = nd.elemwise_sub(nd.array(D).tostype("row_sparse"), nd.array(D))
    assert np.signbit(diff.asnumpy()).tolist() == [[False] * 4, [True] * 4, [False] * 4]


def test_embedding_sparse_gradient_stores_every_looked_up_row():
    w = nd.ones((5, 2))
    w.attach_grad(stype="row_sparse")
    with autograd.record():
        e = nd.Embedding(nd.array([0, 3, 1]), w, input_dim=5, output_dim=2, sparse_grad=True)
        loss = (e * nd.array([[0, 0], [1, 1], [0, 0]])).sum()
    loss.backward()
    assert rows(w.grad) == ([0, 1, 3], [[0, 0], [0, 0], [0, 0], [1, 1], [0, 0]])
    with autograd.record():                 # take keeps only the non-zero rows (MXNet's dense fallback)
        loss = (nd.take(w, nd.array([2, 4])) * 0).sum()
    loss.backward()
    assert rows(w.grad)[0] == []
