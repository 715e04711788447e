"""nd.dot's forward_stype decides the storage of a dense product; out= must be of that storage."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError

A = np.array([[1.5, -2.25, 0.], [0., 0., 0.]], np.float32)
B = np.array([[0.1, 0.2], [0.3, 0.7], [1.1, -1.3]], np.float32)


@pytest.mark.parametrize("stype", ["csr", "row_sparse", "default"])
def test_dense_operands_take_forward_stype(stype):
    r = nd.dot(nd.array(A), nd.array(B), forward_stype=stype)
    assert r.stype == stype
    np.testing.assert_array_equal(r.asnumpy(), A @ B)


def test_sparse_result_stores_only_non_zeros():
    assert nd.dot(nd.array(A), nd.array(B), forward_stype="csr").indptr.asnumpy().tolist() == [0, 2, 2]
    assert nd.dot(nd.array(A), nd.array(B), forward_stype="row_sparse").indices.asnumpy().tolist() == [0]


def test_row_sparse_takes_any_rank_csr_refuses_on_read():
    assert nd.dot(nd.ones((2,)), nd.ones((2, 3)), forward_stype="row_sparse").stype == "row_sparse"
    r = nd.dot(nd.ones((2,)), nd.ones((2,)), forward_stype="csr")
    with pytest.raises(MXNetError, match=r"ndim\(\) == 2 \(1 vs. 2\)"):
        r.asnumpy()


@pytest.mark.parametrize("forward_stype,out_stype", [(None, "csr"), ("default", "row_sparse"), ("csr", "default"),
                                                     ("row_sparse", "csr")])
def test_out_of_another_storage_is_refused(forward_stype, out_stype):
    with pytest.raises(MXNetError, match="Operator not implemented: operator = dot"):
        nd.dot(nd.array(A), nd.array(B), out=nd.zeros((2, 2)).tostype(out_stype), forward_stype=forward_stype)


def test_gradient_through_a_sparse_forward_stype():
    x = nd.array(A)
    x.attach_grad()
    with mx.autograd.record():
        y = nd.dot(x, nd.array(B), forward_stype="csr")
    y.backward()
    np.testing.assert_allclose(x.grad.asnumpy(), np.ones((2, 2)) @ B.T, rtol=1e-6)


def test_csr_kernel_of_another_storage_falls_back_to_the_dense_product():
    c = nd.array([[0.1, 0., 0.3], [0., 0.7, 0.]]).tostype("csr")
    d = nd.array(B)
    dense = nd.dot(c.tostype("default"), d).asnumpy()
    assert nd.dot(c, d, forward_stype="csr").asnumpy().tobytes() == dense.tobytes()


def test_dense_times_csr_sums_over_the_csr_rows_in_order():
    e = np.array([[0.11, 0.37, -0.93, 0.41, 0.77], [0.59, -0.21, 0.13, 0.67, -0.31]], np.float32)
    f = np.array([[0.3, 0.], [0.7, 0.9], [0.13, 0.], [0.51, 0.29], [0.83, 0.47]], np.float32)
    expected = np.zeros((2, 2), np.float32)
    for k in range(5):
        expected += e[:, k:k + 1] * f[k]
    r = nd.dot(nd.array(e), nd.array(f).tostype("csr"))
    assert r.stype == "csr" and r.asnumpy().tobytes() == expected.tobytes()
