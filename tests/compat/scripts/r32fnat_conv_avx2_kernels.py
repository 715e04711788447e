"""2-D convolutions on AVX-512 that oneDNN runs with AVX2's kernels (8k channels and filters, not both 16k): data gradients over wide rows; and 1x1 kernels over 8 channels onto 16k filters (the plain-source kernel, the bias last)."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


cases = [(8, 24, 3, 20, 3, 1, 0), (8, 32, 1, 32, 3, 1, 0), (16, 24, 1, 32, 3, 2, 1), (24, 32, 3, 20, 3, 1, 0),
         (24, 24, 1, 32, 3, 1, 0), (32, 24, 1, 32, 3, 2, 1), (40, 8, 2, 45, 3, 1, 1), (8, 16, 2, 17, 5, 1, 2),
         (8, 16, 1, 7, 1, 1, 0), (8, 16, 3, 20, 1, 1, 0), (8, 32, 2, 9, 1, 1, 0), (8, 32, 1, 32, 1, 1, 0)]
for i, (c, f, n, s, k, st, p) in enumerate(cases):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, s, s)); w = nd.array(rs.randn(f, c, k, k) * 0.2); b = nd.array(rs.randn(f))
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=(k, k), stride=(st, st), pad=(p, p), num_filter=f)
    y.backward(nd.array(rs.randn(*y.shape)))
    print((c, f, n, s, k, st, p), h(y), h(x.grad), h(w.grad), h(b.grad))
