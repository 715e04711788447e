"""np.average of a bool array is recorded under autograd.record(): backward runs and the gradient carries the kernel's unknown type enum 7, as MXNet's does."""
import mxnet as mx
import numpy as onp

mx.npx.set_np()
np = mx.np


def last_line(e):
    return [line for line in str(e).split("\n") if line.strip()][-1]


for shape, axis in (((1, 3), 0), ((1, 3), None), ((2, 3), 1), ((2, 0), None)):
    x = np.array(onp.ones(shape, bool), dtype=bool)
    x.attach_grad()
    with mx.autograd.record():
        y = np.average(x, axis=axis)
    print(shape, axis, y.dtype, y.shape)
    y.backward()
    try:
        print(shape, axis, x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(shape, axis, last_line(e))
try:
    print(np.average(np.ones((2, 2), dtype=bool), axis=0))
except mx.base.MXNetError as e:
    print("unrecorded", last_line(e))
