"""simple_bind allocates arguments in their declared storage and gradients as MXNet 1.9.1 infers them."""
import re

import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import message_of


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


D = np.array([[0, 1, 0, 2], [0, 0, 0, 0], [3, 0, 4, 0]], dtype=np.float32)


def test_executor_outputs_and_gradients_keep_sparse_storage():
    for stype in ("row_sparse", "csr"):
        with mx.name.NameManager():
            lhs, rhs = mx.sym.Variable("lhs", stype=stype), mx.sym.Variable("rhs", stype=stype)
            out = mx.sym.sparse.elemwise_mul(lhs, rhs)
        args = {"lhs": nd.array(D).tostype(stype), "rhs": nd.array(2 * D).tostype(stype)}
        grads = {"lhs": nd.zeros((3, 4), stype=stype), "rhs": nd.zeros((3, 4), stype=stype)}
        ex = out.bind(mx.cpu(), args=args, args_grad=grads)
        result = ex.forward(is_train=True)[0]
        assert result.stype == stype and result.asnumpy().tolist() == (2 * D * D).tolist()
        ex.backward(nd.ones((3, 4)))
        assert ex.grad_dict["rhs"].stype == stype and ex.grad_dict["rhs"].asnumpy().tolist() == D.tolist()


def test_scalar_and_retain_nodes_keep_row_sparse():
    with mx.name.NameManager():
        x = mx.sym.Variable("x", stype="row_sparse")
        doubled, kept = x * 2, mx.sym.sparse.retain(x, mx.sym.Variable("i"))
    value = nd.array(D).tostype("row_sparse")
    assert doubled.bind(mx.cpu(), args={"x": value}).forward()[0].stype == "row_sparse"
    out = kept.bind(mx.cpu(), args={"x": value, "i": nd.array([0, 1])}).forward()[0]
    assert out.stype == "row_sparse" and out.asnumpy().tolist() == [[0, 1, 0, 2], [0, 0, 0, 0], [0, 0, 0, 0]]


@pytest.mark.parametrize("stypes, listed", [
    ({"x": "csr"}, "[csr, unknown, ]"), ({"x": "default"}, "[default, unknown, ]"),
    ({"x": "default", "em_weight": "csr"}, "[default, csr, ]"), ({"em_weight": "default"}, "[unknown, default, ]")])
def test_embedding_storage_inference_refuses_what_it_has_no_case_for(stypes, listed):
    net = mx.sym.Embedding(mx.sym.Variable("x"), input_dim=5, output_dim=2, name="em", sparse_grad=True)
    with pytest.raises(RuntimeError) as info:
        net.simple_bind(mx.cpu(), stype_dict=stypes, x=(2,))
    text = message_of(info.value)
    assert re.search(r"Error in operator em: \[\d\d:\d\d:\d\d\] \.\./src/executor/infer_graph_attr_pass\.cc:57: "
                     "Operator not implemented: operator = Embedding\n", text)
    assert f"input storage types = {listed}\noutput storage types = [unknown, ]\n" in text
    assert 'params = {"sparse_grad" : True, "output_dim" : 2, "input_dim" : 5, }\ncontext.dev_mask = cpu\n' in text


@pytest.mark.parametrize("weight", ["default", "row_sparse"])
def test_embedding_binds_dense_data_with_a_named_weight_storage(weight):
    net = mx.sym.Embedding(mx.sym.Variable("x"), input_dim=5, output_dim=2, name="em")
    ex = net.simple_bind(mx.cpu(), stype_dict={"x": "default", "em_weight": weight}, x=(2,))
    assert [a.stype for a in ex.arg_arrays] == ["default", weight]


@pytest.mark.parametrize("stype", ["csr", "row_sparse"])
def test_batchnorm_with_a_fixed_gamma_refuses_sparse_data(stype):
    net = mx.sym.BatchNorm(mx.sym.Variable("x"), name="bn")
    words = (r"MXNetError: Error in operator bn: \[\d\d:\d\d:\d\d\] \S+:\d+: fix_gamma=True is not supported for sparse "
             r"ndarrays\. Tracked at #11647")
    with pytest.raises(RuntimeError, match=words):
        net.simple_bind(mx.cpu(), stype_dict={"x": stype}, x=(2, 3))
    args = [nd.zeros((2, 3)).tostype(stype), nd.ones((3,)), nd.zeros((3,))]
    with pytest.raises(mx.base.MXNetError, match=words):
        net.bind(mx.cpu(), args, aux_states=[nd.zeros((3,)), nd.ones((3,))])
    learned = mx.sym.BatchNorm(mx.sym.Variable("x"), name="bn", fix_gamma=False)
    ex = learned.simple_bind(mx.cpu(), stype_dict={"x": stype}, x=(2, 3))
    assert ex.arg_arrays[0].stype == stype
