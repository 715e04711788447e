"""A read's key counts its entries before refusing an odd entry after an index array, a fluent method's argument given by position and keyword is Python's TypeError, and scatter_nd's shape None fails its shape inference."""
import numpy as np
import mxnet as mx


def attempt(label, fn):
    try:
        r = fn()
        print(label, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e)[:300])


x = mx.nd.arange(4, dtype="float16")
x2 = mx.nd.arange(10).reshape((5, 2))
idx = mx.nd.array([0, 0])
keys1 = [(idx, "a"), ("a", idx), (0, "a"), (np.array([0, 1]), slice(1, -1), None), (np.array([0, 1]), None),
         ([0, 1], "a"), (idx, 1), (slice(0, 2), 1.5)]
keys2 = [([4, -1], 1.0, slice(None, 2, 1)), ([4, -1], 1.0), (1.0, [4, -1], 0), (0, 0, 1.0), ([0], [0], "a"),
         (np.array([0]), "a", "b"), (slice(None), [0], "a"), (slice(None), [0], "a", 0), (1.5, slice(0, 2), 0)]
for k in keys1:
    attempt("x%r" % (k,), lambda: x[k])
for k in keys2:
    attempt("x2%r" % (k,), lambda: x2[k])

m = mx.nd.array([[3, 1, 2], [0, 5, 4]])
calls = [("clip(2, 1, a_min=1)", lambda: m.clip(2, 1, a_min=1)), ("clip(0, a_max=1)", lambda: m.clip(0, a_max=1)),
         ("prod(1, True, keepdims=1)", lambda: m.prod(1, True, keepdims=1)),
         ("topk(0, 2, k=1)", lambda: m.topk(0, 2, k=1)), ("topk(0, k=1)", lambda: m.topk(0, k=1)),
         ("pick(i, 1, axis=0)", lambda: m.pick(mx.nd.array([0, 1]), 1, axis=0)),
         ("argsort(1, axis=0)", lambda: m.argsort(1, axis=0)), ("sum(0, axis=1)", lambda: m.sum(0, axis=1)),
         ("one_hot(3, depth=2)", lambda: m.one_hot(3, depth=2)), ("tile((2,), reps=(1,))", lambda: m.tile((2,), reps=(1,))),
         ("flip(0, axis=1)", lambda: m.flip(0, axis=1)), ("softmax(0, axis=1)", lambda: m.softmax(0, axis=1)),
         ("repeat(2, repeats=2)", lambda: m.repeat(2, repeats=2)), ("norm(2, ord=2)", lambda: m.norm(2, ord=2)),
         ("take(i, 0, axis=0)", lambda: m.take(mx.nd.array([0]), 0, axis=0)),
         ("transpose((1, 0), axes=(1, 0))", lambda: m.transpose((1, 0), axes=(1, 0))),
         ("clip(0, 1, out=m, a_min=0)", lambda: m.clip(0, 1, out=m, a_min=0))]
for label, fn in calls:
    attempt(label, fn)
attempt("scatter_nd shape=None", lambda: mx.nd.scatter_nd(mx.nd.ones((3,)), mx.nd.array([[0, 1, 2]]), shape=None))
