"""FullyConnected forward and gradients of large products: summing 1 to 3 terms (oneDNN's sgemm keeps its no-copy kernel for a k of 2 or less), and of over 2^30 multiply-adds (its copy kernel)."""
# recorded on AVX2
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, nd


def show(a):
    a = a.asnumpy()
    return '%s %.9g' % (hashlib.md5(a.tobytes()).hexdigest()[:10], float(a.astype(np.float64).sum()))


mx.random.seed(0)
np.random.seed(0)
print('rows outs units | y | dx | dw | db')
for rows, outs, units in [(600, 2, 600), (700, 1, 900), (1, 600, 600), (2, 600, 700), (1, 700, 2), (600, 600, 1),
                          (600, 600, 2), (600, 600, 3), (700, 900, 2), (600, 600, 8), (1100, 1000, 1000)]:
    x = nd.array(np.random.uniform(-1, 1, (rows, units)))
    w = nd.array(np.random.uniform(-1, 1, (outs, units)))
    b = nd.array(np.random.uniform(-1, 1, (outs,)))
    for v in (x, w, b):
        v.attach_grad()
    with autograd.record():
        y = nd.FullyConnected(x, w, b, num_hidden=outs)
    y.backward(nd.array(np.random.uniform(-1, 1, y.shape)))
    print(rows, outs, units, '|', show(y), '|', show(x.grad), '|', show(w.grad), '|', show(b.grad))
