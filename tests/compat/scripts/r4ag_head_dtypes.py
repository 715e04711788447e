"""Head gradients of another dtype (refused, except by MXNet's converting backwards), Function gradients of
another shape (broadcast, or refused), and where a second order stops, named by MXNet's backward op."""
import contextlib
import io
import re

import numpy as np

import mxnet as mx
from mxnet import autograd, nd


def shown(fn):
    try:
        return fn()
    except Exception as e:
        found = re.search(r"Operator (\S+) is non-differentiable", str(e))
        return f"{type(e).__name__}{' ' + found.group(1) if found else ''}"


def head(op, dtype):
    x = nd.array([[0.5, -1.0, 2.0], [1.5, 0.25, -3.0]])
    x.attach_grad()
    with autograd.record():
        y = op(x)
    y.backward(nd.ones(y.shape, dtype=dtype) * 2)
    return x.grad.asnumpy().tolist()


HEADS = {"x*3": lambda x: x * 3, "sin": nd.sin, "sum": nd.sum, "mean": nd.mean, "mean_ax": lambda x: nd.mean(x, axis=0),
         "x[[1]]": lambda x: x[nd.array([1])],
         "reshape": lambda x: x.reshape((3, 2)), "x[1]": lambda x: x[1], "x[:,1:]": lambda x: x[:, 1:],
         "expand_dims": lambda x: nd.expand_dims(x, 0), "flatten": nd.flatten, "astype": lambda x: x.astype("float64"),
         "zeros_like": nd.zeros_like, "make_loss": nd.make_loss, "max": nd.max, "slice_axis":
         lambda x: nd.slice_axis(x, axis=1, begin=0, end=2), "FC": lambda x: nd.FullyConnected(x, nd.ones((4, 3)),
                                                                                              num_hidden=4, no_bias=True)}
for name, op in HEADS.items():
    print(name, [shown(lambda: head(op, dt)) for dt in ("float64", "int32", "float16")])


def grad_with_head(dtype):
    x = nd.array([0.5, 1.0, 2.0], dtype="float16")
    x.attach_grad()
    with autograd.record():
        y = x * x * 3
    return autograd.grad(y, [x], head_grads=nd.ones((3,), dtype=dtype))[0].asnumpy().tolist()


print("grad head", shown(lambda: grad_with_head("float32")), shown(lambda: grad_with_head("float16")))


class Returns(autograd.Function):
    def __init__(self, shape):
        super().__init__()
        self.shape = shape

    def forward(self, x):
        return x * 2

    def backward(self, dy):
        return nd.ones(self.shape) * 3


def function_grad(shape):
    x = nd.ones((2, 3))
    x.attach_grad()
    with autograd.record():
        y = Returns(shape)(x)
    with contextlib.redirect_stdout(io.StringIO()):      # the failed callback prints its traceback
        y.backward()
        return x.grad.asnumpy().tolist()


for shape in ((2, 3), (1, 3), (3,), (3, 2), (6,)):
    print("Function grad", shape, shown(lambda: function_grad(shape)))


def second(op):
    x = nd.array(np.random.RandomState(0).uniform(0.2, 0.9, (2, 3)))
    x.attach_grad()
    with autograd.record():
        g = autograd.grad(op(x), [x], create_graph=True)[0]
    g.backward()
    return np.round(x.grad.asnumpy(), 5).tolist()


SECOND = {"flip": lambda x: nd.flip(nd.sin(x), axis=1), "reverse": lambda x: nd.reverse(nd.sin(x), axis=0),
          "cast": lambda x: nd.cast(nd.sin(x), "float32"), "elemwise_sub": lambda x: nd.elemwise_sub(nd.sin(x), nd.cos(x)),
          "max_s": lambda x: nd.maximum(x, 0.5), "min_s": lambda x: nd.minimum(x, 0.5), "x%0.3": lambda x: x % 0.3,
          "0.3%x": lambda x: 0.3 % x, "Embedding": lambda x: nd.Embedding(nd.array([0, 1]), x, input_dim=2, output_dim=3),
          "make_loss": nd.make_loss, "make_loss(sin)": lambda x: nd.make_loss(nd.sin(x)),
          "SoftmaxActivation": nd.SoftmaxActivation,
          "BatchNorm": lambda x: nd.BatchNorm(x, nd.ones((3,)), nd.zeros((3,)), nd.zeros((3,)), nd.ones((3,)))}
for name, op in SECOND.items():
    print("second order", name, shown(lambda: second(op)))
