"""Determinant gradients of singular matrices: nd.linalg and np.linalg det/slogdet pass +0 for a singular matrix of a
stack and the usual gradient for the regular ones; inverse refuses a singular matrix when read."""
import mxnet as mx
import numpy as onp
from mxnet import autograd, nd, np
from _words import words

STACK = onp.array([[[1., 2.], [2., 4.]], [[2., 1.], [1., 3.]], [[0., 1.], [0., 1.]]])


def grad_of(mod, name, x, pick):
    x = mod.array(x, dtype=x.dtype)
    x.attach_grad()
    with autograd.record():
        y = getattr(mod.linalg, name)(x)
        y = y[pick] if isinstance(y, (list, tuple)) else y
    y.backward()
    try:
        return (x.grad.asnumpy().round(5) + 0).tolist()
    except mx.MXNetError as e:
        return words(e)


for dtype in ("float32", "float64"):
    for mod, label in ((nd, "nd"), (np, "np")):
        print(label, dtype, "det", grad_of(mod, "det", STACK.astype(dtype), None))
        print(label, dtype, "det one", grad_of(mod, "det", STACK[0].astype(dtype), None))
        print(label, dtype, "slogdet", grad_of(mod, "slogdet", STACK.astype(dtype), 1))
        print(label, dtype, "slogdet sign", grad_of(mod, "slogdet", STACK.astype(dtype), 0))
    print("nd", dtype, "inverse", grad_of(nd, "inverse", STACK[0].astype(dtype), None))
print("values", (nd.linalg.det(nd.array(STACK)).asnumpy() + 0).tolist(),
      [(v.asnumpy() + 0).tolist() for v in nd.linalg.slogdet(nd.array(STACK))])
