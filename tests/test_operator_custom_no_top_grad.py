"""A Custom op declaring need_top_grad=False sees head gradients of unknown shape in backward, as in MXNet."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd

SEEN = []


class _Probe(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 3)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        try:
            SEEN.append((out_grad[0] * 2).asnumpy().shape)
        except mx.base.MXNetError:
            SEEN.append(None)
        self.assign(in_grad[0], req[0], out_data[0] - 1)


@mx.operator.register("test_no_top_grad_probe")
class _ProbeProp(mx.operator.CustomOpProp):
    def __init__(self, top="0"):
        super().__init__(need_top_grad=top == "1")

    def list_outputs(self):
        return ["output"]

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []

    def create_operator(self, ctx, shapes, dtypes):
        return _Probe()


@pytest.mark.parametrize("top,seen", [("0", None), ("1", (2, 2))])
def test_head_gradient_is_readable_only_when_declared_needed(top, seen):
    SEEN.clear()
    x = nd.array([[1., 2.], [3., 4.]])
    x.attach_grad()
    with mx.autograd.record():
        y = nd.Custom(x, op_type="test_no_top_grad_probe", top=top)
    y.backward()
    assert SEEN == [seen]
    np.testing.assert_array_equal(x.grad.asnumpy(), [[2., 5.], [8., 11.]])


def test_bound_executor_adds_into_the_gradient_without_a_head_gradient():
    SEEN.clear()
    ex = mx.sym.Custom(mx.sym.var("x"), op_type="test_no_top_grad_probe").simple_bind(mx.cpu(), x=(2,), grad_req="add")
    ex.arg_dict["x"][:] = nd.array([1., 5.])
    ex.grad_dict["x"][:] = 10
    ex.forward(is_train=True)
    ex.backward([nd.ones((2,))])
    assert SEEN == [None]
    assert ex.grad_dict["x"].asnumpy().tolist() == [12., 24.]
