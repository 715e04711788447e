"""SparseEmbedding: Embedding's lookup, with a row_sparse weight gradient holding the looked-up rows."""
import numpy as np
import pytest
from opcheck import Case, run_case

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd
INDEX = np.array([[0, 2], [4, 2]])
# forward only: MXNet computes the weight gradient into a row_sparse buffer alone (checked below)
CASES = [Case("_contrib_SparseEmbedding", INDEX, (5, 4), input_dim=5, output_dim=4, ref=lambda i, w: w[i],
              grad=False)]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_forward_and_gradient(case):
    run_case(case)


def test_row_sparse_gradient_equals_finite_differences():
    rng = np.random.RandomState(0)
    w0, head = rng.uniform(-1, 1, (5, 4)), rng.uniform(0.5, 1.5, (2, 2, 4))
    w = nd.array(w0, dtype="float64")
    # (attach_grad(stype=...) would make a float32 buffer, as MXNet's does: a float64 one is marked by hand)
    mx.autograd.mark_variables([w], [nd.sparse.zeros("row_sparse", (5, 4), dtype="float64")])
    with mx.autograd.record():
        y = nd.contrib.SparseEmbedding(nd.array(INDEX), w, input_dim=5, output_dim=4)
    y.backward(nd.array(head, dtype="float64"))
    numeric = np.zeros_like(w0)
    for r in range(5):
        for c in range(4):
            step = np.zeros_like(w0)
            step[r, c] = 1e-6
            hi = (nd.contrib.SparseEmbedding(nd.array(INDEX), nd.array(w0 + step, dtype="float64"), input_dim=5,
                                             output_dim=4).asnumpy() * head).sum()
            lo = (nd.contrib.SparseEmbedding(nd.array(INDEX), nd.array(w0 - step, dtype="float64"), input_dim=5,
                                             output_dim=4).asnumpy() * head).sum()
            numeric[r, c] = (hi - lo) / 2e-6
    np.testing.assert_allclose(w.grad.asnumpy(), numeric, rtol=1e-6, atol=1e-8)


def test_row_sparse_gradient_stores_the_looked_up_rows_as_mxnet():
    w = nd.array(np.arange(20).reshape(5, 4) / 7.0)
    w.attach_grad(stype="row_sparse")
    with mx.autograd.record():
        y = nd.contrib.SparseEmbedding(nd.array(INDEX), w, input_dim=5, output_dim=4)
    y.backward(nd.ones_like(y) * 2)
    assert w.grad.stype == "row_sparse"
    assert w.grad.indices.asnumpy().tolist() == [0, 2, 4]
    np.testing.assert_array_equal(w.grad.asnumpy(), [[2] * 4, [0] * 4, [4] * 4, [0] * 4, [2] * 4])
    np.testing.assert_array_equal(y.asnumpy()[1, 0], (np.arange(16, 20) / 7.0).astype(np.float32))


def test_embedding_only_attributes_are_refused():
    with pytest.raises(MXNetError):
        nd.contrib.SparseEmbedding(nd.array(INDEX), nd.ones((5, 4)), input_dim=5, output_dim=4, sparse_grad=True)


def test_symbol_binds_a_row_sparse_weight_gradient_as_mxnet():
    with mx.name.NameManager():
        sym = mx.sym.contrib.SparseEmbedding(mx.sym.var("data"), input_dim=5, output_dim=4, name="se")
    assert sym.list_arguments() == ["data", "se_weight"]
    assert sym.infer_shape(data=(2, 3))[1] == [(2, 3, 4)]
    exe = sym.simple_bind(mx.cpu(), data=(2, 2), grad_req={"data": "null", "se_weight": "write"})
    assert exe.arg_dict["se_weight"].shape == (5, 4) and exe.grad_dict["se_weight"].stype == "row_sparse"
    exe.arg_dict["data"][:] = nd.array(INDEX)
    exe.arg_dict["se_weight"][:] = nd.array(np.arange(20).reshape(5, 4))
    exe.forward(is_train=True)
    exe.backward(nd.ones((2, 2, 4)))
    grad = exe.grad_dict["se_weight"]
    assert grad.indices.asnumpy().tolist() == [0, 2, 4]
    np.testing.assert_array_equal(grad.asnumpy()[:, 0], [1, 0, 2, 0, 1])


def test_a_gradient_for_the_indices_is_refused_as_in_mxnet():
    x, w = nd.array(INDEX), nd.ones((5, 4))
    x.attach_grad()
    w.attach_grad(stype="row_sparse")
    with mx.autograd.record():
        y = nd.contrib.SparseEmbedding(x, w, input_dim=5, output_dim=4)
    y.backward()        # the kernel's check: the backward returns, reading the weight gradient raises it
    with pytest.raises(MXNetError, match="data gradient"):
        w.grad.asnumpy()


def test_a_dense_weight_gradient_is_refused_as_in_mxnet():
    w = nd.ones((5, 4))
    w.attach_grad()
    with mx.autograd.record():
        y = nd.contrib.SparseEmbedding(nd.array(INDEX), w, input_dim=5, output_dim=4)
    with pytest.raises(MXNetError, match="_backward_SparseEmbedding"):
        y.backward()


def test_sparse_embedding_gradient_of_an_index_out_of_range_fails_when_read():
    w = mx.nd.ones((4, 2))
    w.attach_grad(stype="row_sparse")
    with mx.autograd.record():
        y = mx.nd.contrib.SparseEmbedding(mx.nd.array([1, 4]), w, input_dim=4, output_dim=2)
    y.backward()
    with pytest.raises(MXNetError, match="Check failed: is_valid: Embedding input contains data out of bound$"):
        w.grad.asnumpy()


def test_sparse_embedding_shape_check_names_no_operator():
    with pytest.raises(MXNetError) as info:
        mx.nd.contrib.SparseEmbedding(mx.nd.array([0]), mx.nd.ones((5, 3)), input_dim=4, output_dim=3)
    assert message_of(info.value).splitlines()[0] == "Shape inconsistent, Provided = [5,3], inferred shape=(4,3)"
