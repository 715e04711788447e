"""Binary operators refuse inputs of two dtypes with MXNet's attribute check, naming the node inside a graph."""
import pytest

import distnet as mx
from distnet import gluon, nd
from distnet.base import MXNetError


def test_imperative_binary_ops_name_both_dtypes_as_mxnet():
    a, b = nd.ones((2, 3)), nd.ones((2, 3), dtype="float64")
    for op in (lambda: a + b, lambda: nd.elemwise_mul(a, b), lambda: nd.broadcast_maximum(b, a)):
        with pytest.raises(MXNetError, match=r"Incompatible attr in node  at 1-th input: expected float\d+, "
                                             r"got float\d+"):
            op()


class _Add(gluon.HybridBlock):
    def hybrid_forward(self, F, a, b):
        return F.elemwise_add(a, b, name="plus")


@pytest.mark.parametrize("second", [nd.ones((2, 3), dtype="float64"), nd.ones((2, 4))])
def test_hybridized_refusal_names_the_graph_node(second):
    net = _Add()
    net.hybridize()
    with pytest.raises(MXNetError, match=r"Error in operator (\w+_plus): .*Incompatible attr in node \1 at 1-th input"):
        net(nd.ones((2, 3)), second)


def test_bound_symbol_refusal_names_the_graph_node():
    y = mx.sym.elemwise_add(mx.sym.var("a"), mx.sym.var("b"), name="plus")
    with pytest.raises(MXNetError, match=r"Incompatible attr in node plus at 1-th input: expected \[2,3\]"):
        y.bind(mx.cpu(), {"a": nd.ones((2, 3)), "b": nd.ones((2, 4))}).forward()
