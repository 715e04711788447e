"""Gradients of the reductions over their options (axis, keepdims, exclude, ord, ties, zeros, nan) in three float
types, and of the index operators over their modes (take, pick, gather_nd, scatter_nd, one_hot, Embedding)."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words

data = np.array([[[0.5, -1.5, 2.0, 0.25], [1.0, 3.0, -0.5, 1.5], [-2.0, 0.75, 1.25, -1.0]],
                 [[1.5, 0.5, -0.25, 2.5], [0.0, -1.0, 2.0, 0.5], [1.0, 1.0, -3.0, 0.25]]])
head_of = lambda shape: np.arange(1, int(np.prod(shape)) + 1, dtype=np.float64).reshape(shape) / 4


def grad(label, fn, x0, dtype="float32", extra=()):
    x = nd.array(x0, dtype=dtype)
    x.attach_grad()
    try:
        with autograd.record():
            y = fn(x, *extra)
        y.backward(nd.array(head_of(y.shape), dtype=y.dtype))
        print(label, dtype, x.grad.asnumpy().astype("float64").round(4).tolist())
    except Exception as e:
        print(label, dtype, "->", words(e))


OPTIONS = [{}, {"axis": 1}, {"axis": (0, 2)}, {"axis": 1, "keepdims": True}, {"axis": 1, "exclude": True},
           {"axis": -1, "keepdims": True, "exclude": True}]
for op in ("sum", "mean", "prod", "max", "min", "nansum", "nanprod", "norm"):
    for opts in OPTIONS:
        if op == "norm" and "exclude" in opts:
            continue
        for dtype in ("float32", "float64", "float16"):
            grad(f"{op} {opts}", lambda x: getattr(nd, op)(x, **opts), data, dtype)
for opts in [{"ord": 1}, {"ord": 1, "axis": 1}, {"ord": 2, "axis": (1, 2)}]:
    grad(f"norm {opts}", lambda x: nd.norm(x, **opts), data)
grad("max ties", lambda x: nd.max(x, axis=1), np.array([[1.0, 3.0, 3.0], [2.0, 2.0, 1.0]]))
grad("norm of zeros", lambda x: nd.norm(x), np.zeros(3))
grad("prod with a zero", lambda x: nd.prod(x), np.array([0.0, 2.0, 3.0]))
grad("nansum with nan", lambda x: nd.nansum(x), np.array([1.0, np.nan, 2.0]))
grad("nanprod with nan", lambda x: nd.nanprod(x), np.array([1.0, np.nan, 2.0]))

table = data[0]
for mode in ("clip", "wrap", "raise"):
    grad(f"take {mode}", lambda x: nd.take(x, nd.array([0, 2, 2, 1]), mode=mode), table)
    grad(f"take axis 1 {mode}", lambda x: nd.take(x, nd.array([[3, 0], [1, 1]]), axis=1, mode=mode), table)
grad("take out of range clip", lambda x: nd.take(x, nd.array([-1, 7]), mode="clip"), table)
grad("take out of range wrap", lambda x: nd.take(x, nd.array([-1, 7]), mode="wrap"), table)
for mode in ("clip", "wrap"):
    grad(f"pick {mode}", lambda x: nd.pick(x, nd.array([0, 5, -1]), axis=1, mode=mode), table)
grad("pick axis 0 keepdims", lambda x: nd.pick(x, nd.array([[0, 2, 1, 1]]), axis=0, keepdims=True), table)
grad("gather_nd", lambda x: nd.gather_nd(x, nd.array([[0, 2, 2], [1, 3, 3]])), table)
grad("scatter_nd", lambda x: nd.scatter_nd(x, nd.array([[0, 2, 0], [1, 3, 1]]), shape=(3, 4)), np.array([1.0, 2, 3]))
grad("one_hot", lambda x: nd.one_hot(x, 4), np.array([0.0, 3, 1]))
grad("Embedding weight", lambda w: nd.Embedding(nd.array([[0, 2], [2, 2]]), w, input_dim=3, output_dim=4), table)
grad("batch_take", lambda x: nd.batch_take(x, nd.array([0, 3, 1], dtype="int32")), table)
grad("choose_element_0index", lambda x: nd.choose_element_0index(x, nd.array([0, 3, 1])), table)
