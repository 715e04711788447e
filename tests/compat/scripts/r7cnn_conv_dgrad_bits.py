"""float32 Convolution data gradients of 8k channels and filters (1-D/2-D) in oneDNN's order: blocks of 16
filters apart for 16k channels and filters, else blocks of 8 in chains of 32 filters; the im2col gemm's order
for padding as wide as the kernel, unit-stride 1x1 kernels and other strided 1-D kernels."""
import hashlib
import mxnet as mx
from mxnet import nd, autograd
import numpy as np

rs = np.random.RandomState(5)
for (n, c, sp, f, k, s, p) in ((2, 8, (9, 9), 48, (3, 3), 1, 1), (1, 32, (8, 8), 40, (3, 3), 1, 1),
                               (2, 8, (10, 10), 40, (3, 3), 2, 0), (4, 24, (7, 7), 16, (3, 3), 1, 1),
                               (2, 16, (9, 9), 32, (3, 3), 1, 3), (2, 32, (6, 6), 48, (1, 1), 1, 0),
                               (2, 16, (11,), 32, (3,), 2, 1), (2, 8, (11,), 24, (3,), 2, 1),
                               (2, 16, (9, 9), 32, (1, 1), 2, 0), (1, 64, (6, 6), 40, (3, 3), 2, 1)):
    x = nd.array(rs.uniform(-2, 2, size=(n, c) + sp))
    w = nd.array(rs.uniform(-1, 1, size=(f, c) + k))
    x.attach_grad()
    d = len(k)
    with autograd.record():
        y = nd.Convolution(x, w, kernel=k, stride=(s,) * d, pad=(p,) * d, num_filter=f, no_bias=True)
    y.backward(nd.array(rs.uniform(-1, 1, size=y.shape)))
    print(y.shape, hashlib.md5(x.grad.asnumpy().tobytes()).hexdigest())
