"""Gradients of sort and topk over their options, and sort recorded without an axis (refused at the call, as
MXNet parses the backward node's parameters when it records the op)."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words

data = np.array([[0.3, -1.2, 2.5, 0.7], [1.1, 0.4, -0.6, 1.9], [-2.0, 0.9, 0.1, -0.3]])
head = np.arange(1, 13, dtype=np.float64).reshape(3, 4)


def grad_of(label, fn, dtype="float32", heads=None):
    x = nd.array(data, dtype=dtype)
    x.attach_grad()
    try:
        with autograd.record():
            y = fn(x)
        outs = y if isinstance(y, list) else [y]
        used = outs if heads is None else [outs[i] for i in heads]
        autograd.backward(used, [nd.array(head.ravel()[:o.size].reshape(o.shape), dtype=o.dtype) for o in used])
        print(label, dtype, x.grad.asnumpy().tolist())
    except Exception as e:
        print(label, dtype, "->", words(e))


for dtype in ("float32", "float64"):
    grad_of("sort axis -1", lambda x: nd.sort(x, axis=-1), dtype)
    grad_of("sort axis 0 descending", lambda x: nd.sort(x, axis=0, is_ascend=False), dtype)
    grad_of("sort axis None", lambda x: nd.sort(x, axis=None), dtype)
    grad_of("topk value", lambda x: nd.topk(x, k=2, ret_typ="value"), dtype)
    grad_of("topk value axis 0 ascending", lambda x: nd.topk(x, k=2, axis=0, is_ascend=True, ret_typ="value"), dtype)
    grad_of("topk value axis None", lambda x: nd.topk(x, k=3, axis=None, ret_typ="value"), dtype)
    grad_of("topk both, values used", lambda x: nd.topk(x, k=2, ret_typ="both"), dtype, heads=[0])
    grad_of("topk indices", lambda x: nd.topk(x, k=2), dtype)
    grad_of("topk mask", lambda x: nd.topk(x, k=2, ret_typ="mask"), dtype)
    grad_of("argsort", lambda x: nd.argsort(x, axis=1), dtype)
grad_of("sort without axis", lambda x: nd.sort(x))
grad_of("sort without axis, descending", lambda x: nd.sort(x, is_ascend=False))
grad_of("x.sort()", lambda x: x.sort())
grad_of("sort of sin", lambda x: nd.sort(nd.sin(x), axis=1))
x = nd.array(data)
print("sort without axis, not recorded", nd.sort(x).asnumpy().tolist())
