"""Embedding/take/pick indices beyond an integer's range, NaN and infinity: the forward converts to 64 bits and clips (row 0 for NaN/inf), the dense gradient's kernel to 32 bits (row 0 for 2**31 and beyond)."""
import numpy as np
from mxnet import nd, autograd
from mxnet.gluon import nn
import mxnet as mx

w = nd.arange(10).reshape((5, 2))
for v in [1e10, -1e10, 2147483648.0, 2147483520.0, -2147483648.0, 4.9, -0.5, -1.5, 5.0, np.nan, np.inf, -np.inf]:
    for dt in ['float32', 'float64', 'int64', 'int32']:
        if dt.startswith('int') and (not np.isfinite(v) or abs(v) >= 2 ** 31 and dt == 'int32'):
            continue
        x = nd.array([v], dtype=dt)
        ww = w.copy()
        ww.attach_grad()
        with autograd.record():
            y = nd.Embedding(x, ww, input_dim=5, output_dim=2)
        y.backward()
        print(v, dt, y.asnumpy().tolist(), ww.grad.asnumpy()[:, 0].tolist(), nd.take(w, x).asnumpy().tolist(),
              nd.take(w, x, mode='wrap').asnumpy().tolist(),
              nd.pick(w, nd.array([v] * 5, dtype=dt), axis=1).asnumpy().tolist())
layer = nn.Embedding(5, 2)
layer.initialize(mx.init.One())
with autograd.record():
    out = layer(nd.array([np.nan, 1e10, 3]))
out.backward()
print(out.asnumpy().tolist(), layer.weight.grad().asnumpy()[:, 0].tolist())
