"""Grouped convolutions on AVX-512 of 8k channels and filters a group: each group's data gradient summed as a convolution of its own (AVX2's or AVX-512's direct kernel, or the im2col gemm)."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


i = 0
for c, f, groups in [(16, 16, 2), (32, 32, 4), (32, 64, 2), (64, 64, 4), (48, 96, 3)]:
    for n, s, k, st, p in [(2, 7, 3, 1, 1), (2, 8, 3, 2, 1), (1, 9, 2, 3, 0), (2, 14, 3, 1, 1)]:
        i += 1
        rs = np.random.RandomState(i)
        x = nd.array(rs.randn(n, c, s, s)); w = nd.array(rs.randn(f, c // groups, k, k) * 0.2)
        b = nd.array(rs.randn(f))
        x.attach_grad()
        with autograd.record():
            y = nd.Convolution(x, w, b, kernel=(k, k), stride=(st, st), pad=(p, p), num_filter=f, num_group=groups)
        y.backward(nd.array(rs.randn(*y.shape)))
        print((c, f, groups, n, s, k, st, p), h(y), h(x.grad))
