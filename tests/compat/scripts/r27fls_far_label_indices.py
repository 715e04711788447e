# Class labels and indices beyond 32 bits (or NaN): pick's kernels and take's backward hold an index in 32 bits
# (a float out of range becomes INT_MIN, an integer wraps), take's forward in 64; SoftmaxCrossEntropyLoss picks so
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd, npx

FAR = [3e9, -3e9, 2147483647.0, 2147483648.0, 2147483520.0, -2147483904.0, 1e10, -1e10, 4294967298.0, 4.5, -1.5]
x = nd.array(np.arange(6).reshape(2, 3))


def picked(op, index, mode):
    """(value, gradient positions) of pick/take of ``x`` along axis 1 at ``index`` twice."""
    data = x.copy()
    data.attach_grad()
    with autograd.record():
        y = op(data, index, axis=1, mode=mode)
    y.backward()
    return y.asnumpy().ravel()[0], data.grad.asnumpy()[0].nonzero()[0].tolist()


for dtype in ("float32", "float64", "float16", "int64", "int32"):
    for mode in ("clip", "wrap"):
        for name, op in (("pick", nd.pick), ("take", nd.take)):
            row = []
            for v in FAR + ([np.nan, np.inf] if dtype.startswith("float") else []):
                if dtype == "float16" and np.isfinite(v) and abs(v) > 65504:
                    continue
                raw = np.array([v, v]) if dtype.startswith("float") else np.array([v, v]).astype(np.int64).astype(dtype)
                row.append(picked(op, nd.array(raw, dtype=dtype), mode))
            print(dtype, mode, name, row)

for hybrid in (False, True):
    for dtype in ("float32", "float64", "int64"):
        loss = gluon.loss.SoftmaxCrossEntropyLoss()
        if hybrid:
            loss.hybridize()
        pred = nd.array([[0.1, 0.5, -0.3], [1.0, 2.0, 3.0], [-1.0, 0.0, 2.5]])
        pred.attach_grad()
        label = nd.array(np.array([1e10, -3e9, 3e9]).astype(dtype), dtype=dtype)
        with autograd.record():
            out = loss(pred, label)
        out.backward()
        print("SCE", hybrid, dtype, out.asnumpy().tolist(), pred.grad.asnumpy().round(6).tolist())

npx.set_np()
for dtype in ("float32", "int64"):
    a = mx.np.array(np.arange(6.0).reshape(2, 3))
    idx = mx.np.array(np.array([1e10, -3e9, 3e9, 7]).astype(dtype), dtype=dtype)
    print("np.take wrap", dtype, mx.np.take(a, idx, axis=1, mode="wrap").tolist())
    print("npx.pick", dtype, [npx.pick(a, idx[i:i + 1].reshape(1).broadcast_to((2,)), axis=1, mode=m).tolist()
                              for i in range(4) for m in ("clip", "wrap")])
