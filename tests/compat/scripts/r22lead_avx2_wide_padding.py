"""Convolutions padded as wide as their kernel, as MXNet runs them on an AVX2 CPU: oneDNN's im2col sgemm for the
output and both gradients (its direct kernels take narrower padding). The cases of r7cnn_conv_forward_bits.py,
then gradients. crc32 of the bits."""
# recorded on AVX2
import runpy
import zlib

import numpy as np
import mxnet as mx

runpy.run_path("r7cnn_conv_forward_bits.py")
rs = np.random.RandomState(8)
for c, f, k, s, p, size in [(8, 8, 1, 1, 1, 8), (8, 32, 1, 2, 2, 9), (16, 8, 3, 1, 3, 8), (16, 32, 3, 2, 4, 9),
                            (8, 32, 3, 1, 3, 9), (16, 16, 1, 1, 4, 8)]:
    x = mx.nd.array(rs.uniform(-2, 2, size=(2, c, size, size)))
    w = mx.nd.array(rs.uniform(-1, 1, size=(f, c, k, k)))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(k, k), stride=(s, s), pad=(p, p), num_filter=f, no_bias=True)
    y.backward(mx.nd.array(rs.uniform(-1, 1, size=y.shape)))
    print((c, f, k, s, p, size), *(zlib.crc32(a.asnumpy().tobytes()) for a in (y, x.grad, w.grad)))
