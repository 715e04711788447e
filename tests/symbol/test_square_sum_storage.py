"""_square_sum of a row_sparse argument: output and gradient storage as MXNet 1.9.1 infers them at bind."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd


def _bind(build):
    with mx.name.NameManager():
        v = mx.sym.Variable("v", stype="row_sparse")
        x = mx.sym.Variable("x", stype="csr")
        sym = build(v, x)
    shapes = {"v": (6, 3), "x": (4, 6)}
    return sym.simple_bind(mx.cpu(), **{k: s for k, s in shapes.items() if k in sym.list_arguments()})


# (output stype, gradient stype of v) measured on MXNet 1.9.1
@pytest.mark.parametrize("build, out_stype", [
    (lambda v, x: mx.sym.dot(x, mx.sym._internal._square_sum(data=v, axis=1, keepdims=True)), "default"),
    (lambda v, x: mx.sym._internal._square_sum(data=v, axis=1, keepdims=True), "row_sparse"),
    (lambda v, x: mx.sym._internal._square_sum(data=v, axis=1), "default"),
    (lambda v, x: mx.sym._internal._square_sum(data=v, axis=0), "default"),
    (lambda v, x: 2 * mx.sym._internal._square_sum(data=v, axis=1, keepdims=True), "row_sparse"),
    (lambda v, x: mx.sym.exp(mx.sym._internal._square_sum(data=v, axis=1, keepdims=True)), "default"),
])
def test_square_sum_keeps_rows_and_gives_a_row_sparse_gradient(build, out_stype):
    ex = _bind(build)
    assert ex.outputs[0].stype == out_stype
    assert ex.grad_dict["v"].stype == "row_sparse"


def test_square_sum_gradient_values_on_stored_rows():
    ex = _bind(lambda v, x: mx.sym._internal._square_sum(data=v, axis=1, keepdims=True))
    dense = np.zeros((6, 3), np.float32)
    dense[[1, 4]] = [[1, 2, 3], [-1, 0, 2]]
    ex.arg_dict["v"][:] = nd.array(dense).tostype("row_sparse")
    out = ex.forward(is_train=True)[0]
    np.testing.assert_allclose(out.asnumpy()[:, 0], [0, 14, 0, 0, 5, 0])
    ex.backward(nd.ones((6, 1)).tostype("row_sparse"))
    np.testing.assert_allclose(ex.grad_dict["v"].asnumpy(), 2 * dense)
