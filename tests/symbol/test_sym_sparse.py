"""mx.sym.sparse builds MXNet's graph nodes; executors give MXNet's values (in dense storage)."""
import json

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

# dir(mxnet.sym.sparse) in MXNet 1.9.1, without the two straight-through estimators
MXNET_NAMES = {
    "ElementWiseSum", "Embedding", "FullyConnected", "LinearRegressionOutput", "LogisticRegressionOutput",
    "MAERegressionOutput", "abs", "adagrad_update", "adam_update", "add_n", "arccos", "arccosh", "arcsin",
    "arcsinh", "arctan", "arctanh", "broadcast_add", "broadcast_div", "broadcast_minus", "broadcast_mul",
    "broadcast_plus", "broadcast_sub", "cast_storage", "cbrt", "ceil", "clip", "concat", "cos", "cosh", "degrees",
    "dot", "elemwise_add", "elemwise_div", "elemwise_mul", "elemwise_sub", "exp", "expm1", "fix", "floor",
    "ftrl_update", "gamma", "gammaln", "log", "log10", "log1p", "log2", "make_loss", "mean", "negative", "norm",
    "radians", "relu", "retain", "rint", "round", "rsqrt", "sgd_mom_update", "sgd_update", "sigmoid", "sign",
    "sin", "sinh", "slice", "sqrt", "square", "stop_gradient", "sum", "tan", "tanh", "trunc", "where",
    "zeros_like"}


def op_nodes(sym):
    return [(n["op"], n["name"]) for n in json.loads(sym.tojson())["nodes"] if n["op"] != "null"]


def test_namespace_has_mxnets_functions():
    public = {n for n in dir(mx.sym.sparse) if not n.startswith("_")}
    assert public == MXNET_NAMES
    assert mx.symbol.sparse is mx.sym.sparse


@pytest.mark.parametrize("build, nodes", [
    (lambda x, y: mx.sym.sparse.retain(x, y), [("_sparse_retain", "retain0")]),
    (lambda x, y: mx.sym.sparse.elemwise_add(x, y), [("elemwise_add", "elemwise_add0")]),
    (lambda x, y: mx.sym.sparse.broadcast_plus(x, y), [("broadcast_add", "broadcast_plus0")]),
    (lambda x, y: mx.sym.sparse.stop_gradient(x), [("BlockGrad", "stop_gradient0")]),
    (lambda x, y: mx.sym.sparse.adagrad_update(x, y, y, lr=0.1), [("_sparse_adagrad_update", "adagrad_update0")]),
])
def test_graph_nodes_match_mxnet(build, nodes):
    with mx.name.NameManager():         # counters from zero, whatever ran before
        sym = build(mx.sym.var("x"), mx.sym.var("y"))
    assert op_nodes(sym) == nodes
    assert op_nodes(mx.sym.load_json(sym.tojson())) == nodes


def test_retain_keeps_listed_rows():
    sym = mx.sym.sparse.retain(mx.sym.var("x"), mx.sym.var("i"))
    rsp = mx.nd.array([[1, 2], [3, 4], [5, 6]]).tostype("row_sparse")
    out = sym.bind(mx.cpu(), {"x": rsp, "i": mx.nd.array([0, 2])}).forward()[0]
    assert out.asnumpy().tolist() == [[1, 2], [0, 0], [5, 6]]
    assert sym.infer_shape(x=(3, 2), i=(2,))[1] == [(3, 2)]
    # a row beyond the shape is kept as given (MXNet's kernel stores it, as zeros, and never writes it densely)
    beyond = sym.bind(mx.cpu(), {"x": rsp, "i": mx.nd.array([0, 5])}).forward()[0]
    assert beyond.indices.asnumpy().tolist() == [0, 5]
    assert beyond.asnumpy().tolist() == [[1, 2], [0, 0], [0, 0]]


def test_sparse_inputs_give_mxnets_values():
    csr = mx.nd.array([[1, 0, 2], [0, 3, 0]]).tostype("csr")
    dot = mx.sym.sparse.dot(mx.sym.var("x"), mx.sym.var("y"), transpose_a=True)
    out = dot.bind(mx.cpu(), {"x": csr, "y": mx.nd.array([[1, 2], [3, 4]])}).forward()[0]
    assert out.asnumpy().tolist() == [[1, 2], [9, 12], [2, 4]]
    root = mx.sym.sparse.sqrt(mx.sym.sparse.abs(mx.sym.var("x")))
    out = root.bind(mx.cpu(), {"x": mx.nd.array([[-4, 0], [9, 0]]).tostype("csr")}).forward()[0]
    assert out.asnumpy().tolist() == [[2, 0], [3, 0]]


def test_adagrad_update_matches_mxnet_bits():
    weight = mx.nd.array([[1., 2.], [3., 4.], [5., 6.]])
    history = mx.nd.full((3, 2), 0.1)
    grad = mx.nd.sparse.row_sparse_array((np.array([[0.5, -1.]], "float32"), [1]), shape=(3, 2))
    mx.nd.sparse.adagrad_update(weight, grad, history, lr=0.1, rescale_grad=2.0, out=weight)
    # MXNet 1.9.1's _sparse_adagrad_update for the same inputs
    assert weight.asnumpy().tolist() == [[1.0, 2.0], [2.904653787612915, 4.098773002624512], [5.0, 6.0]]
    assert history.asnumpy()[1].tolist() == [1.100000023841858, 4.099999904632568]
    assert history.asnumpy()[0].tolist() == [0.10000000149011612] * 2


def test_adagrad_update_clips_and_refuses_weight_decay():
    weight, history = mx.nd.array([[3., 4.]]), mx.nd.full((1, 2), 0.1)
    grad = mx.nd.array([[0.5, -1.]]).tostype('row_sparse')     # MXNet's kernels take a row_sparse gradient only
    mx.nd.sparse.adagrad_update(weight, grad, history, lr=0.1, clip_gradient=0.8, out=weight)
    assert weight.asnumpy().tolist() == [[2.915484666824341, 4.092998027801514]]     # MXNet 1.9.1
    with pytest.raises(MXNetError, match="(?s)Operator not implemented: operator = _sparse_adagrad_update\n.*"
                                         "output storage types = \\[unknown, \\]\n"
                                         'params = \\{"wd" : 0.1, "lr" : 0.1, \\}\ncontext.dev_mask = cpu\n$'):
        mx.nd.sparse.adagrad_update(weight, grad, history, lr=0.1, wd=0.1)
    with pytest.raises(MXNetError, match="Operator not implemented"):
        mx.nd.sparse.adagrad_update(weight, mx.nd.ones((1, 2)), history, lr=0.1)


def test_symbol_adagrad_update_runs():
    sym = mx.sym.sparse.adagrad_update(mx.sym.var("w"), mx.sym.var("g"), mx.sym.var("h"), lr=1.0)
    out = sym.bind(mx.cpu(), {"w": mx.nd.ones((2,)), "g": mx.nd.array([0., 2.]), "h": mx.nd.zeros((2,))}).forward()[0]
    assert out.asnumpy()[0] == 1.0 and out.asnumpy()[1] == pytest.approx(0.0, abs=1e-6)
