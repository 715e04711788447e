# clip's gradient blocks exactly the elements its forward clips: float32 bounds, halves compared as floats
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, nd
import numpy as np

VALUES = [float(np.float16(0.29985)), 0.3, 2, 3, 1.0000001, 0.29999999, 0.7, 1.6]
BOUNDS = [(0.2999, 1.0), (0.3, 2.0), (0.29999999, 1.0000001), (2, 3), (0.5, 2.5), (0.3, 1.5)]
for dt in ['float16', 'float32', 'float64', 'int32']:
    x = nd.array(VALUES, dtype=dt)
    x.attach_grad()
    for lo, hi in BOUNDS:
        with autograd.record():
            y = nd.clip(x, lo, hi)
            z = (nd.clip(y, lo, hi) * 2).sum()
        z.backward()
        print(dt, lo, hi, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
        with autograd.record():
            y = x.clip(lo, hi)
        y.backward(nd.ones_like(y) * 3)
        print(' method', x.grad.asnumpy().tolist())
