import mxnet as mx
import numpy as np
from mxnet import nd, autograd


LOG = []


class Sigmoid(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        x = in_data[0].asnumpy()
        y = 1.0 / (1.0 + np.exp(-x))
        self.assign(out_data[0], req[0], mx.nd.array(y))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        y = out_data[0].asnumpy()
        dy = out_grad[0].asnumpy()
        self.assign(in_grad[0], req[0], mx.nd.array(dy * y * (1.0 - y)))


@mx.operator.register("mysigmoid")
class SigmoidProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(SigmoidProp, self).__init__(need_top_grad=True)

    def list_arguments(self):
        return ['data']

    def list_outputs(self):
        return ['output']

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []

    def create_operator(self, ctx, shapes, dtypes):
        return Sigmoid()


class Scale(mx.operator.CustomOp):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor

    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * self.factor + in_data[1])
        LOG.append(("forward", is_train, list(req)))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * self.factor)
        self.assign(in_grad[1], req[1], out_grad[0])
        LOG.append(("backward", list(req)))


@mx.operator.register("scale")
class ScaleProp(mx.operator.CustomOpProp):
    def __init__(self, factor="2.0"):
        super().__init__(need_top_grad=True)
        self.factor = float(factor)

    def list_arguments(self):
        return ['a', 'b']

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []

    def create_operator(self, ctx, shapes, dtypes):
        LOG.append(("create", shapes, dtypes))
        return Scale(self.factor)


x = nd.array([[-1.0, 0.0, 2.0]])
x.attach_grad()
with autograd.record():
    y = nd.Custom(x, op_type="mysigmoid")
y.backward()
print(y)
print(x.grad)

a = nd.array([1.0, 2.0]); b = nd.array([10.0, 20.0])
a.attach_grad(); b.attach_grad()
with autograd.record():
    c = nd.Custom(a, b, factor=3, op_type="scale")
c.backward(nd.array([1.0, 0.5]))
print(c, a.grad, b.grad)
print(LOG); del LOG[:]
print(nd.Custom(a, b, op_type="scale"))

s = mx.sym.Custom(mx.sym.var("a"), mx.sym.var("b"), factor=4, op_type="scale", name="sc")
print(s.list_arguments(), s.list_outputs())
print(s.infer_shape(a=(2,), b=(2,)))
print(LOG); del LOG[:]
ex = s.bind(mx.cpu(), {"a": a, "b": b}, args_grad={"a": nd.zeros(2), "b": nd.zeros(2)})
ex.forward(is_train=True)
print(ex.outputs[0])
ex.backward(nd.ones(2))
print(ex.grad_arrays[0], ex.grad_arrays[1])
print(LOG); del LOG[:]
try:
    nd.Custom(a, op_type="nonexistent")
except Exception as e:
    print(type(e).__name__)


class AuxOp(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] + aux[0])
        aux[0][:] = aux[0] + 1

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * 2)


@mx.operator.register("withaux")
class AuxProp(mx.operator.CustomOpProp):
    def list_arguments(self):
        return ['data']

    def list_auxiliary_states(self):
        return ['count']

    def infer_shape(self, in_shape):
        LOG.append(("infer_shape", in_shape))
        return in_shape[:1], [in_shape[0]], [in_shape[0]]

    def infer_type(self, in_type):
        LOG.append(("infer_type", in_type))
        return in_type[:1], [in_type[0]], [in_type[0]]

    def create_operator(self, ctx, shapes, dtypes):
        LOG.append(("create", shapes, dtypes))
        return AuxOp()


x = nd.ones((2,))
cnt = nd.zeros((2,))
x.attach_grad()
with autograd.record():
    y = nd.Custom(x, cnt, op_type="withaux")
y.backward()
mx.nd.waitall()
print(y.asnumpy(), cnt.asnumpy(), x.grad.asnumpy())
print(LOG); del LOG[:]
h = nd.Custom(nd.ones((2,), dtype='float16'), nd.zeros((2,), dtype='float16'), op_type='withaux')
print(h.dtype, h.asnumpy())
print(LOG); del LOG[:]
p = mx.operator.CustomOpProp()
print(p.infer_shape([[2, 3]]), p.infer_type([np.float32]), p.list_outputs(), p.list_arguments(), p.list_auxiliary_states())
print(p.need_top_grad_, p.declare_backward_dependency([1], [2], [3]))
