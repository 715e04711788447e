"""Behaviours MXNet 1.x's own operator/ndarray unit tests rely on (one section per gap found)."""
import numpy as np
import mxnet as mx


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:       # the error class is part of the behaviour
        print(label, type(e).__name__)


# a head gradient of any shape is accepted when the backward never reads it (shape_array, size_array)
def head_grad_unread(op, sym):
    x = mx.nd.array(np.arange(6).reshape(2, 3)); x.attach_grad()
    with mx.autograd.record():
        y = op(x)
    y.backward(mx.nd.ones((2, 3, 4)))
    g = mx.nd.empty((2, 3))
    exe = sym(mx.sym.var('x')).bind(mx.cpu(), args={'x': x}, args_grad={'x': g})
    exe.forward(is_train=True)
    exe.backward([mx.nd.ones((4, 5))])
    return x.grad.asnumpy().tolist(), g.asnumpy().tolist()


attempt("shape_array", lambda: head_grad_unread(mx.nd.shape_array, mx.sym.shape_array))
attempt("size_array", lambda: head_grad_unread(mx.nd.size_array, mx.sym.size_array))
attempt("relu wrong head", lambda: head_grad_unread(mx.nd.relu, mx.sym.relu))
