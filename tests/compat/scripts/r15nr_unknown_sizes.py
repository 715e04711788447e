"""Legacy shape semantics read a 0 size as unknown: MXNet's shape checks print it as -1, and broadcast_axis
checks its axes and sizes in order."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


empty, x, col = nd.array(np.zeros((0, 3))), nd.arange(6).reshape((2, 3)), nd.array([[1.0], [2.0]])
for axis in (5, -3, (0, 2)):
    attempt(f"sum empty axis {axis}", lambda: nd.sum(empty, axis=axis))
    attempt(f"nansum empty axis {axis}", lambda: nd.nansum(empty, axis=axis, keepdims=True))
    attempt(f"sum axis {axis}", lambda: nd.sum(x, axis=axis))
attempt("broadcast_to rank", lambda: nd.broadcast_to(empty, shape=(2, 3, 4)))
attempt("broadcast_to (2,0)", lambda: nd.broadcast_to(empty, shape=(2, 0)))
attempt("broadcast_to (1,6)", lambda: nd.broadcast_to(empty, shape=(1, 6)))
attempt("broadcast_like rank", lambda: nd.broadcast_like(empty, nd.ones((4, 2, 3))))
attempt("dot transpose_b", lambda: nd.dot(empty, nd.ones((3, 2)), transpose_b=True))
attempt("dot (2,3) x (2,4)", lambda: nd.dot(x, nd.ones((2, 4))))
attempt("slice_like axes (0,)", lambda: nd.slice_like(empty, nd.ones((3, 3)), axes=(0,)))
attempt("slice_like all", lambda: nd.slice_like(empty, nd.ones((3, 3))))
attempt("pick index (2,3)", lambda: nd.pick(empty, nd.ones((2, 3))))
attempt("pick index (4,)", lambda: nd.pick(empty, nd.ones((4,))))
attempt("pick index (4,) axis 0", lambda: nd.pick(empty, nd.ones((4,)), axis=0))
for axis, size in [(1, 3), ((0, 1), 3), (1, (3, 2)), (2, 3), (-1, 3), (0, 3), ((1, 1), (3, 4)), (1, -1), ((), ())]:
    attempt(f"broadcast_axis axis {axis} size {size}", lambda: nd.broadcast_axis(col, axis=axis, size=size))
    attempt(f"broadcast_axis empty axis {axis} size {size}",
            lambda: nd.broadcast_axis(nd.array(np.zeros((0, 1))), axis=axis, size=size))
attempt("broadcast_axes method", lambda: nd.ones((1, 1)).broadcast_axes(axis=0, size=3))
for shape, k in [((0, 3), 0), ((2, 3, 0), 0), ((0, 3), 2), ((2, 0), -1), ((3, 0), 1)]:
    attempt(f"diag {shape} k {k}", lambda: nd.diag(nd.array(np.zeros(shape)), k=k))
