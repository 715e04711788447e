# Reduction gradients printed in full: MXNet multiplies dy by (x / norm) and (prod / x).
import mxnet as mx, numpy as np
nd = mx.nd
x = nd.array(np.sin(np.arange(42)).reshape(2, 3, 7) * 3 + 0.1)
w3 = nd.array(np.cos(np.arange(14)).reshape(2, 7))
for name, kw, w in [("mean", {"axis": 1}, w3), ("mean", {}, None), ("norm", {"axis": 1}, w3), ("norm", {}, None), ("prod", {"axis": 1}, w3),
                    ("sum", {"axis": 1}, w3), ("max", {"axis": 1}, w3), ("nansum", {"axis": 1}, w3), ("mean", {"axis": (0, 2)}, nd.array([0.3, 0.7, 1.1]))]:
    p = x.copy(); p.attach_grad()
    with mx.autograd.record():
        y = getattr(nd, name)(p, **kw)
    y.backward(w if w is not None else nd.array([0.7]))
    print(name, kw, p.grad.asnumpy().ravel()[:7].tolist())
    print(" fwd", y.asnumpy().ravel()[:4].tolist())
p = x.copy(); p.attach_grad()
with mx.autograd.record():
    y = nd.L2Normalization(p, mode="instance")
y.backward(nd.array(np.cos(np.arange(42)).reshape(2, 3, 7)))
print("l2n", p.grad.asnumpy().ravel()[:7].tolist())
