"""Gradients of take's index modes and of the float32 attention product, and backward through ops without a
gradient: when the error shows, and with which words."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words


def attempt(label, make, shapes, dtype="float32"):
    xs = [nd.array(np.linspace(0.1, 0.9, int(np.prod(s))).reshape(s), dtype=dtype) for s in shapes]
    for x in xs:
        x.attach_grad()
    try:
        with autograd.record():
            y = make(*xs)
        print(label, "recorded")
        y.backward()
        print(label, "backward ran")
        print(label, "->", [x.grad.asnumpy().round(4).tolist() for x in xs])
    except Exception as e:
        print(label, "->", words(e))
    try:
        nd.waitall()
    except Exception as e:
        print(label, "later ->", words(e))


attempt("take raise", lambda x: nd.take(x, nd.array([-1, 5, 1]), mode="raise"), [(3, 2)])
attempt("take clip", lambda x: nd.take(x, nd.array([-1, 5, 1]), mode="clip"), [(3, 2)])
attempt("take wrap", lambda x: nd.take(x, nd.array([-1, 5, 1]), mode="wrap"), [(3, 2)])
attempt("take raise in range", lambda x: nd.take(x, nd.array([2, 0, 2]), mode="raise"), [(3, 2)])
attempt("selfatt_qk float32", lambda q: nd.contrib.interleaved_matmul_selfatt_qk(q, heads=1), [(2, 1, 6)])
attempt("histogram", lambda x: nd.histogram(x, bins=3, range=(0, 1))[0], [(5,)])
attempt("khatri_rao", lambda a, b: nd.khatri_rao(a, b), [(2, 3), (2, 3)])
attempt("batch_take", lambda x: nd.batch_take(x, nd.array([0, 1], dtype="int32")), [(2, 3)])
attempt("argmax", lambda x: nd.argmax(x, axis=1), [(2, 3)])
attempt("one_hot", lambda x: nd.one_hot(x, 3), [(2,)])
for dtype in ("float32", "float64"):
    for shape in [(4,), (2, 3), (1, 2, 3)]:
        attempt(f"SoftmaxActivation {shape}", lambda x: nd.SoftmaxActivation(x), [shape], dtype)
        attempt(f"SoftmaxActivation channel {shape}", lambda x: nd.SoftmaxActivation(x, mode="channel"), [shape], dtype)
