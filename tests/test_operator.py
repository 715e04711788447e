"""Custom Python operators through mx.operator, in nd and sym."""
import numpy as np

import distnet as mx
from distnet.test_utils import assert_almost_equal


class Sigmoid(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        y = 1.0 / (1.0 + np.exp(-in_data[0].asnumpy()))
        self.assign(out_data[0], req[0], mx.nd.array(y))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        y, dy = out_data[0].asnumpy(), out_grad[0].asnumpy()
        self.assign(in_grad[0], req[0], mx.nd.array(dy * y * (1 - y)))


@mx.operator.register("test_sigmoid")
class SigmoidProp(mx.operator.CustomOpProp):
    def __init__(self, scale="1"):
        super().__init__(need_top_grad=True)
        self.scale = float(scale)

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []

    def create_operator(self, ctx, shapes, dtypes):
        return Sigmoid()


def test_custom_op_forward_and_backward():
    x = mx.nd.array([0.0, 1.0, -2.0])
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Custom(x, op_type="test_sigmoid") * 3
    y.backward()
    s = 1 / (1 + np.exp(-x.asnumpy()))
    assert_almost_equal(y, 3 * s, rtol=1e-6)
    assert_almost_equal(x.grad, 3 * s * (1 - s), rtol=1e-6)


def test_custom_op_in_a_symbol():
    out = mx.sym.Custom(mx.sym.var("x"), op_type="test_sigmoid", scale=2)
    res = out.eval(x=mx.nd.array([0.0]))[0]
    assert_almost_equal(res, [0.5])


def test_unknown_custom_op_is_a_clear_error():
    import pytest
    with pytest.raises(mx.MXNetError, match=r"Find\(params.op_type\) != nullptr: Cannot find custom operator missing$"):
        mx.nd.Custom(mx.nd.ones(1), op_type="missing")
