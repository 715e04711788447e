"""AVX-512 oneDNN's im2col gemm convolution sums an image's last output position with its gemv kernel where the position blocks leave it alone in a sgemm (a 7x7 kernel over 41x41 images, 40 channels into 12 filters)."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(13)
for n, c, f, hw, k, p in ((2, 40, 12, 41, 7, 3), (1, 40, 20, 47, 7, 0), (2, 64, 12, 55, 7, 3), (2, 40, 12, 40, 7, 3),
                          (1, 40, 12, 42, 7, 3)):
    x = mx.nd.array(rng.normal(size=(n, c, hw, hw)))
    w = mx.nd.array(rng.normal(size=(f, c, k, k)))
    b = mx.nd.array(rng.normal(size=(f,)))
    x.attach_grad()
    with autograd.record():
        y = mx.nd.Convolution(x, w, b, kernel=(k, k), pad=(p, p), num_filter=f)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    out = y.asnumpy()
    print((n, c, f, hw, k, p), crc(y), crc(x.grad), out[0, :3, -1, -1], out[-1, -1, -1, -3:])
