"""3-D convolutions trained on AVX-512: data gradients as oneDNN sums them (the im2col gemm a depth slice at a time, AVX2's and AVX-512's direct kernels), and one filter over more than 384 terms in one chain."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


def run(i, c, f, n, s, k, st, p, dims=3):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, *(s,) * dims)); w = nd.array(rs.randn(f, c, *(k,) * dims) * 0.2)
    b = nd.array(rs.randn(f))
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=(k,) * dims, stride=(st,) * dims, pad=(p,) * dims, num_filter=f)
    y.backward(nd.array(rs.randn(*y.shape)))
    print((c, f, n, s, k, st, p, dims), h(y), h(x.grad), h(w.grad), h(b.grad))


cases = [(1, 1, 2, 6, 3, 1, 0), (4, 16, 2, 6, 3, 1, 0), (12, 32, 2, 6, 3, 1, 0), (3, 32, 1, 4, 3, 1, 0),
         (8, 8, 2, 6, 3, 1, 0), (8, 8, 1, 6, 3, 2, 1), (16, 8, 2, 6, 2, 2, 1), (8, 24, 2, 6, 3, 1, 1),
         (16, 16, 2, 6, 3, 1, 0), (32, 32, 1, 4, 3, 1, 0), (16, 32, 2, 6, 1, 1, 0), (64, 64, 1, 6, 1, 2, 0),
         (16, 64, 2, 5, 1, 1, 0), (32, 16, 1, 6, 2, 2, 1), (12, 4, 2, 6, 2, 2, 1)]
for i, case in enumerate(cases):
    run(i, *case)
for i, (c, d) in enumerate([(16, 3), (24, 3), (48, 3), (48, 2)]):
    run(50 + i, c, 1, 2, 5, 3, 1, 0, dims=d)
