"""A backward given a head gradient that carries a failed kernel's error (ones_like of a failed float16 output, or a cast of one) returns, as over a failed head: the first gradient read raises that error and the others read what their buffers held, as MXNet does."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def last_line(e):
    return str(e).strip().splitlines()[-1][:200]


def show_grads(label, arrays):
    for name, a in arrays:
        try:
            print(label, name, float(a.grad.asnumpy().astype("float64").sum()))
        except mx.MXNetError as e:
            print(label, name, last_line(e))


# a head of its own, given the gradient of a failed float16 Convolution (cast to the head's type)
bad = nd.Convolution(nd.ones((1, 2, 4, 4), dtype="float16"), nd.ones((3, 2, 2, 2), dtype="float16"),
                     kernel=(2, 2), num_filter=3, no_bias=True)
a, b = nd.ones((1, 3, 3, 3)) * 0.5, nd.ones((1, 3, 3, 3))
a.attach_grad()
b.attach_grad()
with autograd.record():
    y = a * b + a
try:
    y.backward(nd.ones_like(bad).astype("float32"))
    print("backward ok")
except mx.MXNetError as e:
    print("backward", last_line(e))
show_grads("fine head", [("a", a), ("b", b)])
print("y", y.asnumpy().sum())

# a failed float16 layer's own output, given ones_like of itself
for op in ("Convolution", "FullyConnected", "Deconvolution"):
    x = nd.ones((1, 2, 4, 4), dtype="float16")
    if op == "Convolution":
        w, kw = nd.ones((3, 2, 2, 2), dtype="float16"), dict(kernel=(2, 2), num_filter=3, no_bias=True)
    elif op == "FullyConnected":
        w, kw = nd.ones((3, 32), dtype="float16"), dict(num_hidden=3, no_bias=True)
    else:
        w, kw = nd.ones((2, 3, 2, 2), dtype="float16"), dict(kernel=(2, 2), num_filter=3, no_bias=True)
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(x, w, **kw)
    try:
        y.backward(nd.ones_like(y))
        print(op, "backward ok")
    except mx.MXNetError as e:
        print(op, "backward", last_line(e))
    show_grads(op, [("x", x), ("w", w)])
