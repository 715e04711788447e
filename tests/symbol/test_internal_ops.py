"""``mx.sym._internal`` / ``mx.nd._internal``: MXNet's internal operator names (values measured on MXNet 1.9.1)."""
import json

import numpy as np

import distnet as mx


def test_internal_aliases_name_nodes_and_write_mxnet_op_names():
    with mx.name.NameManager():
        a, b = mx.sym.var("a"), mx.sym.var("b")
        assert mx.sym._internal._PlusScalar(a, scalar=1).name == "_plusscalar0"
        assert mx.sym._internal._plus_scalar(a, scalar=1).name == "_plus_scalar0"
        equal = mx.sym._internal._Equal(a, b)
        assert equal.name == "_equal0"
        grad_add = mx.sym._internal._grad_add(a, b)
    assert json.loads(equal.tojson())["nodes"][2]["op"] == "_equal"
    assert json.loads(grad_add.tojson())["nodes"][2]["op"] == "_grad_add"
    assert mx.sym.load_json(grad_add.tojson()).tojson() == grad_add.tojson()


def test_logical_scalar_ops():
    x = mx.nd.array([[1, 0], [3, 4]])
    np.testing.assert_array_equal(mx.nd._internal._logical_and_scalar(x, scalar=0).asnumpy(), np.zeros((2, 2)))
    np.testing.assert_array_equal(mx.nd._internal._LogicalOrScalar(x, scalar=0).asnumpy(), [[1, 0], [1, 1]])


def test_identity_with_attr_like_rhs_passes_gradient_to_lhs_only():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    s = mx.sym._internal._identity_with_attr_like_rhs(a, b)
    assert s.list_arguments() == ["a", "b"]
    x = mx.nd.array([[1, 0], [3, 4]])
    ex = s.simple_bind(mx.cpu(), a=(2, 2))
    out = ex.forward(is_train=True, a=x)[0]
    np.testing.assert_array_equal(out.asnumpy(), x.asnumpy())
    ex.backward(mx.nd.ones((2, 2)) * 3)
    np.testing.assert_array_equal(ex.grad_dict["a"].asnumpy(), np.full((2, 2), 3.0))
    np.testing.assert_array_equal(ex.grad_dict["b"].asnumpy(), np.zeros((2, 2)))
