"""Convolutions trained on AVX-512 whose gradients oneDNN leaves to its im2col gemm: data gradients of filters other than 8k over 16 or more channels (one chain over the filters), weight gradients with padding as wide as the kernel (1-D and 2-D)."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


cases = [(2, 16, 17, 2, 7, 3, 2), (2, 32, 17, 2, 7, 2, 2), (2, 17, 24, 3, 9, 3, 3), (2, 16, 10, 2, 7, 3, 1),
         (2, 32, 10, 2, 7, 1, 0), (2, 16, 33, 2, 7, 3, 1), (2, 32, 5, 2, 7, 3, 1), (1, 17, 40, 2, 7, 3, 2),
         (2, 3, 8, 2, 7, 2, 2), (2, 8, 24, 3, 9, 3, 3), (2, 16, 16, 1, 6, 1, 1), (2, 32, 40, 2, 7, 2, 2),
         (1, 8, 8, 2, 7, 2, 2), (1, 3, 40, 3, 9, 3, 3), (2, 64, 10, 4, 12, 3, 1)]
for i, (d, c, f, n, s, k, p) in enumerate(cases):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, *(s,) * d)); w = nd.array(rs.randn(f, c, *(k,) * d) * 0.2); b = nd.array(rs.randn(f))
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=(k,) * d, pad=(p,) * d, num_filter=f)
    y.backward(nd.array(rs.randn(*y.shape)))
    print((d, c, f, n, s, k, p), h(y), h(x.grad), h(w.grad), h(b.grad))
