"""grad_req='add' through take, Embedding, gather_nd and advanced indexing with repeated indices: MXNet's kernel adds each
looked-up row's gradient into the buffer in turn, so the bits after a few backwards are those of that order."""
import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, nd

# recorded on AVX2

rng = np.random.RandomState(0)
WEIGHT = rng.uniform(-1, 1, (4, 3))
HEADS = [rng.uniform(-1, 1, (6, 3)) for _ in range(3)]
INDICES = nd.array([0, 2, 0, 0, 3, 0])
LOOKUPS = {
    "take": lambda w: nd.take(w, INDICES),
    "take 2-d indices": lambda w: nd.take(w, INDICES.reshape((2, 3))).reshape((6, 3)),
    "take wrap": lambda w: nd.take(w, nd.array([0, 6, 4, -4, 3, 8]), mode="wrap"),
    "take clip": lambda w: nd.take(w, nd.array([0, 9, -2, 0, 3, 7]), mode="clip"),
    "Embedding": lambda w: nd.Embedding(INDICES, w, input_dim=4, output_dim=3),
    "gather_nd": lambda w: nd.gather_nd(w, INDICES.reshape((1, 6))),
    "gather_nd pairs": lambda w: nd.gather_nd(w, nd.array([[0, 2, 0, 0, 3, 0], [1, 1, 1, 2, 0, 1]])).reshape((6, 1))
    * nd.ones((1, 3), dtype=w.dtype),
    "w[indices]": lambda w: w[INDICES],
    "w[list]": lambda w: w[[0, 2, 0, 0, 3, 0]],
    "w[rows, cols]": lambda w: w[nd.array([0, 2, 0, 0, 3, 0]), nd.array([1, 1, 1, 2, 0, 1])].reshape((6, 1))
    * nd.ones((1, 3), dtype=w.dtype),
    "w[:, cols]": lambda w: w[:, [0, 0, 2]].T.reshape((4, 3))[[0, 1, 2, 3, 0, 0]],
    "w[1] (basic)": lambda w: w[1].reshape((1, 3)) * nd.ones((6, 1), dtype=w.dtype),
}

for name, lookup in LOOKUPS.items():
    for dtype in ("float32", "float64"):
        w = nd.array(WEIGHT, dtype=dtype)
        w.attach_grad("add")
        for head in HEADS:
            with autograd.record():
                y = lookup(w)
            y.backward(nd.array(head, dtype=dtype))
        print(name, dtype, w.grad.asnumpy().tobytes().hex()[:96])

emb = gluon.nn.Embedding(4, 3)
emb.initialize(mx.init.Constant(0.5))
emb.weight.grad_req = "add"
for head in HEADS:
    with autograd.record():
        y = emb(INDICES)
    y.backward(nd.array(head))
print("gluon Embedding", [repr(v) for v in emb.weight.grad().asnumpy().reshape(-1)])

mx.npx.set_np()
NP_INDICES = mx.np.array([0, 2, 0, 0, 3, 0], dtype="int32")
NP_LOOKUPS = {
    "np w[indices]": lambda w: w[NP_INDICES],
    "np w[list]": lambda w: w[[0, 2, 0, 0, 3, 0]],
    "np.take": lambda w: mx.np.take(w, NP_INDICES, axis=0),
    "np.take wrap": lambda w: mx.np.take(w, mx.np.array([0, 6, 4, -4, 3, 8], dtype="int32"), axis=0, mode="wrap"),
    "npx.embedding": lambda w: mx.npx.embedding(NP_INDICES, w, input_dim=4, output_dim=3),
}
for name, lookup in NP_LOOKUPS.items():
    w = mx.np.array(WEIGHT, dtype="float32")
    w.attach_grad("add")
    for head in HEADS:
        with autograd.record():
            y = lookup(w)
        y.backward(mx.np.array(head, dtype="float32"))
    print(name, w.grad.asnumpy().tobytes().hex()[:96])
