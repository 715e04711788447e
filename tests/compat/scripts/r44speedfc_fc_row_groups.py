"""FullyConnected's float32 output and gradients keep oneDNN's in-order sums at every row count (each remainder of 12 rows), over long chains and beside an infinite or NaN term."""
import hashlib

import numpy as np
import mxnet as mx


def digest(a):
    return hashlib.sha256(a.asnumpy().tobytes()).hexdigest()[:16]


def run(x, w, b, head):
    x, w, b = mx.nd.array(x), mx.nd.array(w), mx.nd.array(b)
    for v in (x, w, b):
        v.attach_grad()
    with mx.autograd.record():
        y = mx.nd.FullyConnected(x, w, b, num_hidden=w.shape[0])
    y.backward(mx.nd.array(head))
    return y, x.grad, w.grad, b.grad


rng = np.random.RandomState(44)
for rows in list(range(16, 30)) + [36, 41, 47, 100, 131]:
    for units, outs in ((64, 13), (300, 40)):
        x = rng.randn(rows, units).astype(np.float32)
        w = (rng.randn(outs, units) * 0.1).astype(np.float32)
        b = rng.randn(outs).astype(np.float32)
        head = rng.randn(rows, outs).astype(np.float32)
        print((rows, units, outs), *(digest(a) for a in run(x, w, b, head)))

for special in (np.inf, -np.inf, np.nan):
    x = rng.randn(20, 600).astype(np.float32)
    w = (rng.randn(20, 600) * 0.1).astype(np.float32)
    x[3, 500] = special
    w[7, 450] = special
    head = rng.randn(20, 20).astype(np.float32)
    y, dx, dw, db = run(x, w, np.zeros(20, np.float32), head)
    print(special, [(int(np.isnan(a.asnumpy()).sum()), int(np.isinf(a.asnumpy()).sum())) for a in (y, dx, dw, db)])
    print(y.asnumpy()[2:5, 5:9])
    print(dw.asnumpy()[6:9, 448:452])
