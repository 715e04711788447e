"""Storage types through creation (nd.zeros/empty stype=) and autograd, with values measured on MXNet 1.9.1."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd
from distnet.base import MXNetError

CSR = np.array([[1, 0, 2], [0, 0, 3]], dtype=np.float32)
DENSE = np.array([[1, 2], [3, 4], [5, 6]], dtype=np.float32)


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
    with pytest.raises(MXNetError):          # MXNet: csr is 2-D only
        nd.zeros((2, 3, 4), stype="csr")
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

