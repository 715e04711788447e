"""simple_bind allocates arguments in their declared storage and gradients as MXNet 1.9.1 infers them."""
import numpy as np

import distnet as mx
from distnet import nd


def _dot_graph():
    with mx.name.NameManager():
        data = mx.sym.Variable("data", stype="csr")
        return mx.sym.sparse.dot(data, mx.sym.Variable("w", stype="row_sparse"))


def test_declared_storage_and_row_sparse_gradient_of_a_csr_dot():
    ex = _dot_graph().simple_bind(mx.cpu(), data=(3, 4), w=(4, 2))
    assert {k: v.stype for k, v in ex.arg_dict.items()} == {"data": "csr", "w": "row_sparse"}
    assert {k: v.stype for k, v in ex.grad_dict.items()} == {"data": "default", "w": "row_sparse"}
    ex.arg_dict["data"][:] = nd.array([[1, 0, 2, 0], [0, 0, 0, 0], [0, 3, 0, 0]]).tostype("csr")
    ex.arg_dict["w"][:] = nd.ones((4, 2)).tostype("row_sparse")
    out = ex.forward(is_train=True)[0]
    assert out.stype == "default" and out.asnumpy().tolist() == [[3, 3], [0, 0], [3, 3]]
    ex.backward(nd.ones((3, 2)))
    grad = ex.grad_dict["w"]          # csr.T @ ones: the rows of the stored columns
    assert grad.indices.asnumpy().tolist() == [0, 1, 2]
    np.testing.assert_array_equal(grad.asnumpy(), [[1, 1], [3, 3], [2, 2], [0, 0]])


def test_stype_dict_overrides_and_sparse_grad_embedding():
    ex = _dot_graph().simple_bind(mx.cpu(), data=(3, 4), w=(4, 2), stype_dict={"w": "default"})
    assert ex.arg_dict["w"].stype == "default" and ex.grad_dict["w"].stype == "row_sparse"
    with mx.name.NameManager():
        emb = mx.sym.Embedding(mx.sym.Variable("x"), mx.sym.Variable("ew"), input_dim=5, output_dim=2,
                               sparse_grad=True)
    ex = emb.simple_bind(mx.cpu(), x=(2,))
    assert {k: v.stype for k, v in ex.grad_dict.items()} == {"x": "default", "ew": "row_sparse"}
