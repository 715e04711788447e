"""Convolution weight gradients on AVX-512 as oneDNN chains them: 1x1 kernels over many positions (AVX-512's kernel one chain an image, AVX2's in blocks of 128), and 3-D convolutions (the im2col gemm a depth slice at a time, the direct kernels; padded ones the gemm)."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


def run(i, c, f, n, s, k, st, p, dims, show_dx=True):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, *(s,) * dims)); w = nd.array(rs.randn(f, c, *(k,) * dims) * 0.2)
    b = nd.array(rs.randn(f))
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=(k,) * dims, stride=(st,) * dims, pad=(p,) * dims, num_filter=f)
    y.backward(nd.array(rs.randn(*y.shape)))
    print((c, f, n, s, k, st, p, dims), h(y), h(x.grad) if show_dx else '-', h(w.grad), h(b.grad))


for i, case in enumerate([(8, 8, 3, 20), (16, 16, 3, 20), (32, 32, 1, 32), (16, 8, 3, 20), (16, 24, 1, 20),
                          (24, 16, 2, 16), (16, 16, 1, 24), (8, 8, 1, 15)]):
    run(i, *case, 1, 1, 0, 2)
for i, case in enumerate([(1, 1, 2, 6, 1, 1, 0), (1, 4, 2, 6, 2, 2, 1), (1, 16, 2, 6, 2, 2, 1), (2, 8, 2, 6, 2, 2, 1),
                          (2, 32, 2, 6, 2, 2, 1), (3, 8, 2, 6, 2, 2, 1), (3, 32, 2, 6, 2, 2, 1), (3, 12, 2, 6, 2, 2, 1),
                          (4, 4, 2, 6, 2, 2, 1), (2, 12, 2, 6, 1, 1, 0), (3, 16, 2, 6, 1, 1, 0), (4, 1, 2, 6, 2, 2, 1)]):
    run(100 + i, *case, 3)
# weight gradients whose data gradients still differ in the last bits
for i, case in enumerate([(4, 16, 2, 6, 3, 1, 0), (8, 8, 2, 6, 1, 1, 0), (16, 8, 2, 6, 2, 2, 1), (12, 32, 2, 6, 3, 1, 0),
                          (1, 1, 2, 6, 3, 1, 0), (8, 4, 2, 6, 3, 1, 0), (32, 8, 1, 4, 2, 2, 1), (16, 16, 2, 6, 3, 1, 0)]):
    run(200 + i, *case, 3, show_dx=False)
