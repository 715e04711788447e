"""float64 Convolution gradients into grad_req='add' buffers: MXNet's own kernel adds each window's data-gradient share (col2im) and each image's weight product (gemm, beta 1) into them, and a 1x1 unit-stride kernel's data gradient overwrites its buffer."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx


def bits(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(9)
# (images, channels, filters, groups, kernel, stride, pad, dims)
CASES = [(2, 6, 16, 2, 3, 1, 1, 2), (4, 3, 8, 1, 3, 1, 0, 1), (2, 16, 1, 1, 3, 2, 0, 2), (4, 6, 8, 2, 3, 2, 1, 3),
         (2, 8, 32, 2, 1, 1, 0, 2), (4, 1, 4, 1, 1, 1, 0, 2), (2, 16, 32, 2, 1, 2, 0, 2), (2, 8, 1, 1, 1, 1, 0, 3),
         (3, 4, 4, 1, 2, 1, 1, 2)]
for n, c, f, groups, k, s, p, dims in CASES:
    x = mx.nd.array(rs.uniform(-1, 1, (n, c) + (6,) * dims), dtype="float64")
    w = mx.nd.array(rs.uniform(-1, 1, (f, c // groups) + (k,) * dims), dtype="float64")
    b = mx.nd.array(rs.uniform(-1, 1, (f,)), dtype="float64")
    for a in (x, w, b):
        a.attach_grad(grad_req="add")
        a.grad[:] = mx.nd.array(rs.uniform(-1, 1, a.shape), dtype="float64")
    for _ in range(2):
        with mx.autograd.record():
            y = mx.nd.Convolution(x, w, b, kernel=(k,) * dims, stride=(s,) * dims, pad=(p,) * dims,
                                  num_filter=f, num_group=groups)
        y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape), dtype="float64"))
    print((n, c, f, groups, k, s, p, dims), y.shape, bits(x.grad), bits(w.grad), bits(b.grad))
