"""Custom operators whose Prop or operator misbehaves: what MXNet prints (first and last line of the Python
error) and raises, at the call or when the result is read."""
import contextlib
import io

import mxnet as mx
from mxnet import autograd, nd
from _words import words


class Copy(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        for i, o in enumerate(out_data):
            self.assign(o, req[i], in_data[0] * (i + 1))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0])


class Failing(Copy):
    def forward(self, is_train, req, in_data, out_data, aux):
        raise ValueError("forward failed")


class FailingBackward(Copy):
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        raise ValueError("backward failed")


def raising(message):
    def method(self, *args):
        raise ValueError(message)
    return method


CASES = {
    "shape changed": dict(infer_shape=lambda self, s: ([(4,)], [(4,)], [])),
    "shape returns 2 lists": dict(infer_shape=lambda self, s: (s, [s[0]])),
    "shape returns 1 list": dict(infer_shape=lambda self, s: (s,)),
    "shape raises": dict(infer_shape=raising("no shape")),
    "bigger output": dict(infer_shape=lambda self, s: (s, [(2, 3)], [])),
    "type float64": dict(infer_type=lambda self, t: (t, [float], [])),
    "type changed": dict(infer_type=lambda self, t: ([float], [float], [])),
    "type raises": dict(infer_type=raising("no type")),
    "no outputs": dict(list_outputs=lambda self: []),
    "two outputs": dict(list_outputs=lambda self: ["a", "b"]),
    "outputs raise": dict(list_outputs=raising("no outputs")),
    "creates None": dict(create_operator=lambda self, ctx, shapes, dtypes: None),
    "create raises": dict(create_operator=raising("no operator")),
    "forward raises": dict(create_operator=lambda self, ctx, shapes, dtypes: Failing()),
}

for i, (name, methods) in enumerate(CASES.items()):
    methods = dict(methods)
    methods.setdefault("create_operator", lambda self, ctx, shapes, dtypes: Copy())
    mx.operator.register(f"r15ag_fail{i}")(type(f"Prop{i}", (mx.operator.CustomOpProp,), methods))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        try:
            out = nd.Custom(nd.array([1.0, 2.0, 3.0]), op_type=f"r15ag_fail{i}")
            got = "made"
            try:
                got = [o.asnumpy().tolist() for o in out] if isinstance(out, list) else out.asnumpy().tolist()
            except Exception as e:
                got = "when read: " + words(e)
        except Exception as e:
            got = "at once: " + words(e)
    lines = printed.getvalue().strip().splitlines()
    print(name, "->", got)
    if lines:
        print("   printed:", lines[0], "...", lines[-1])


@mx.operator.register("r15ag_fail_backward")
class FailingBackwardProp(mx.operator.CustomOpProp):
    def create_operator(self, ctx, shapes, dtypes):
        return FailingBackward()


x = nd.array([1.0, 2.0])
x.attach_grad()
with autograd.record():
    y = nd.Custom(x, op_type="r15ag_fail_backward")
printed = io.StringIO()
with contextlib.redirect_stdout(printed):
    y.backward()
    try:
        got = x.grad.asnumpy().tolist()
    except Exception as e:
        got = words(e)
lines = printed.getvalue().strip().splitlines()
print("backward raises ->", got, "| printed:", lines[0], "...", lines[-1])
print("read again ->", x.grad.asnumpy().tolist())
