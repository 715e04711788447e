# softmax / log_softmax of a 0-d array (npx.set_np()): the gradient is the kernel's dy - sum(dy) with the sum
# started at +0 (+0, but -0 for a -0 head gradient and nan for a non-finite one); SoftmaxCELoss of 0-d arrays
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon

mx.npx.set_np()


def h(a):
    return a.asnumpy().tobytes().hex()


for f in (mx.npx.softmax, mx.npx.log_softmax):
    for dt in ("float32", "float64"):
        for hv in (0.5, -0.0, 0.0, np.nan, np.inf, -2.0):
            for t in (None, 2.0):
                x = mx.np.array(0.3, dtype=dt)
                x.attach_grad()
                with autograd.record():
                    y = f(x, axis=-1) if t is None else f(x, axis=-1, temperature=t)
                y.backward(mx.np.array(hv, dtype=dt))
                print(f.__name__, dt, hv, t, h(y), h(x.grad))

rs = np.random.RandomState(1)
for sparse in (False, True):
    p = mx.np.array(rs.uniform(-1, 1), dtype="float32")
    lab = mx.np.array(rs.uniform(0, 1) if not sparse else 0.0, dtype="float32")
    p.attach_grad()
    lab.attach_grad()
    loss = gluon.loss.SoftmaxCrossEntropyLoss(sparse_label=sparse)
    try:
        with autograd.record():
            out = loss(p, lab)
        out.backward()
        print("SoftmaxCELoss", sparse, out.shape, h(out), h(p.grad), h(lab.grad))
    except Exception as e:
        print("SoftmaxCELoss", sparse, type(e).__name__)
