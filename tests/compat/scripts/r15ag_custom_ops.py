"""Custom operators: list_arguments/outputs/auxiliary_states, kwargs reaching the Prop as strings, req for each
grad_req, need_top_grad, backward dependencies, aux states updated in place, sym.Custom shapes and types."""
import json

import numpy as np

import mxnet as mx
from mxnet import autograd, nd
from _words import words


class Scale(mx.operator.CustomOp):
    def __init__(self, k):
        self.k = k

    def forward(self, is_train, req, in_data, out_data, aux):
        print("  forward", req, is_train, len(in_data), len(out_data), len(aux))
        self.assign(out_data[0], req[0], in_data[0] * self.k + in_data[1])
        self.assign(out_data[1], req[1], in_data[0] - in_data[1])
        if aux:
            aux[0][:] += 1

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        print("  backward", req, len(out_grad), len(in_data), len(out_data), len(in_grad))
        self.assign(in_grad[0], req[0], out_grad[0] * self.k + out_grad[1])
        self.assign(in_grad[1], req[1], out_grad[0] - out_grad[1])


@mx.operator.register("r15ag_scale")
class ScaleProp(mx.operator.CustomOpProp):
    def __init__(self, k="1", aux="0"):
        super(ScaleProp, self).__init__(need_top_grad=True)
        print("  prop", repr(k), repr(aux))
        self.k, self.aux = float(k), aux == "True"

    def list_arguments(self):
        return ["a", "b"]

    def list_outputs(self):
        return ["sum", "diff"]

    def list_auxiliary_states(self):
        return ["count"] if self.aux else []

    def infer_shape(self, in_shape):
        return in_shape[:2], [in_shape[0], in_shape[0]], [in_shape[0]] * len(self.list_auxiliary_states())

    def create_operator(self, ctx, shapes, dtypes):
        print("  create", shapes, dtypes)
        return Scale(self.k)


a, b = nd.array([1.0, 2.0]), nd.array([3.0, 5.0])
print("outputs", [o.asnumpy().tolist() for o in nd.Custom(a, b, op_type="r15ag_scale", k=3)])
for req_a, req_b in (("write", "write"), ("add", "null"), ("null", "add")):
    a.attach_grad(req_a)
    b.attach_grad(req_b)
    with autograd.record():
        s, d = nd.Custom(a, b, op_type="r15ag_scale", k=2.5)
    autograd.backward([s, d], [nd.ones(2), nd.ones(2) * 10])
    print(req_a, req_b, "grads", [None if g is None else g.asnumpy().tolist() for g in (a.grad, b.grad)])
count = nd.zeros(2)
for _ in range(2):
    out = nd.Custom(a, b, count, op_type="r15ag_scale", k=1, aux=True)
print("aux after two calls", count.asnumpy().tolist())
for args, kwargs in (((a,), {}), ((a, b, b, b), {})):
    try:
        nd.Custom(*args, op_type="r15ag_scale", **kwargs)
    except Exception as e:
        print(len(args), "inputs", kwargs, "->", words(e))

s = mx.sym.Custom(mx.sym.var("a"), mx.sym.var("b"), op_type="r15ag_scale", k=3, name="sc")
print(s.list_arguments(), s.list_outputs(), s.list_auxiliary_states())
print(s.infer_shape(a=(2, 3), b=(2, 3)))
print(s.infer_type(a="float32", b="float32"))
print([(n["op"], n["name"], n.get("attrs")) for n in json.loads(s.tojson())["nodes"]])
ex = s.bind(mx.cpu(), {"a": nd.array([1.0, 2.0]), "b": nd.array([3.0, 4.0])},
            args_grad={"a": nd.zeros(2), "b": nd.zeros(2)})
ex.forward(is_train=True)
print("bound outputs", [o.asnumpy().tolist() for o in ex.outputs])
ex.backward([nd.ones(2), nd.ones(2)])
print("bound grads", [g.asnumpy().tolist() for g in ex.grad_arrays])


class Loss(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        print("  loss backward reads", len(out_grad), "output gradients")
        self.assign(in_grad[0], req[0], in_data[0] * 0 + 7)


@mx.operator.register("r15ag_loss")
class LossProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(LossProp, self).__init__(need_top_grad=False)

    def declare_backward_dependency(self, out_grad, in_data, out_data):
        print("  dependency", out_grad, in_data, out_data)
        return in_data

    def create_operator(self, ctx, shapes, dtypes):
        return Loss()


x = nd.array([1.0, 2.0, 3.0])
x.attach_grad()
with autograd.record():
    y = nd.Custom(x, op_type="r15ag_loss")
y.backward(nd.ones(3) * 5)
print("loss grads", x.grad.asnumpy().tolist())
p = mx.operator.CustomOpProp()
print(p.list_arguments(), p.list_outputs(), p.list_auxiliary_states(), p.need_top_grad_)
print(p.infer_shape([(2, 3)]), p.infer_type([np.float32]), p.declare_backward_dependency([1], [2], [3]))
print(mx.operator.CustomOpProp(need_top_grad=False).declare_backward_dependency([1], [2], [3]))
