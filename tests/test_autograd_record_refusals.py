"""What recording refuses at the call, as MXNet does when it makes the op's backward node."""
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError


def test_sort_without_an_axis_is_refused_when_recorded():
    x = nd.array([[3.0, 1.0, 2.0]])
    x.attach_grad()
    with autograd.record():
        with pytest.raises(MXNetError, match=r"Invalid Parameter format for axis expect int or None but value='', in "
                                             r"operator _backward_topk\(name=\"node_\d+_backward\", is_ascend=\"0\", "
                                             r"ret_typ=\"value\", k=\"0\", axis=\"\"\)$"):
            nd.sort(x, is_ascend=False)
        y = nd.sort(x, axis=-1)         # an explicit axis records
    y.backward(nd.array([[1.0, 2.0, 3.0]]))
    assert x.grad.asnumpy().tolist() == [[3.0, 1.0, 2.0]]
    assert nd.sort(x).asnumpy().tolist() == [[1.0, 2.0, 3.0]]      # not recorded: no backward node, no refusal


def test_sort_of_an_unrecorded_input_records_nothing():
    with autograd.record():
        assert nd.sort(nd.array([2.0, 1.0])).asnumpy().tolist() == [1.0, 2.0]


def test_embedding_gradient_storage_refusal_names_the_backward_node():
    w = nd.ones((3, 2))
    w.attach_grad()                     # a dense buffer, while sparse_grad asks for row_sparse
    with autograd.record():
        y = nd.Embedding(nd.array([0, 2]), w, input_dim=3, output_dim=2, sparse_grad=True)
    seq = y._node[0].seq
    with pytest.raises(MXNetError, match=rf"Error in operator node_{seq}_backward: \[\d\d:\d\d:\d\d\] \S+indexing_op"
                                         r"\.h:267: Cannot use sparse_grad = 1, while stype of gradients w.r.t "
                                         r"embedding weight is default"):
        y.backward()


def test_sparse_embedding_into_a_dense_gradient_names_the_backward_node():
    w = nd.ones((3, 2))
    w.attach_grad()
    with autograd.record():
        y = nd.contrib.SparseEmbedding(nd.array([0, 2]), w, input_dim=3, output_dim=2)
    with pytest.raises(MXNetError, match=rf"Error in operator node_{y._node[0].seq}_backward: \[[\d:]+\] \S+: "
                                         r"Operator not implemented: operator = _backward_SparseEmbedding"):
        y.backward()
