"""Convolution data gradients as MXNet sums them on an AVX2 CPU: 1-D kernels over 8k channels (oneDNN's direct
kernel at unit stride, chains of filters shorter for wider rows; its im2col sgemm when strided), and the sgemm's
data gradient over more than 96 filters (summed in halves), 1-D and 2-D. crc32 of the bits."""
# recorded on AVX2
import zlib

import numpy as np
import mxnet as mx

rs = np.random.RandomState(7)
CASES = [  # (channels, filters, kernel, stride, pad, spatial)
    (8, 8, 3, 1, 1, (9,)), (16, 16, 3, 1, 0, (16,)), (16, 48, 5, 1, 2, (33,)), (32, 32, 3, 1, 1, (20,)),
    (16, 64, 3, 1, 1, (38,)), (16, 64, 3, 1, 1, (40,)), (32, 16, 5, 1, 2, (65,)), (64, 64, 1, 1, 0, (24,)),
    (8, 16, 3, 2, 1, (16,)), (32, 32, 2, 2, 0, (33,)), (16, 8, 5, 3, 2, (41,)), (24, 16, 3, 2, 1, (9,)),
    (3, 120, 3, 1, 1, (17,)), (12, 128, 1, 1, 0, (17,)), (3, 192, 3, 1, 1, (9, 9)), (12, 256, 3, 1, 1, (7, 7)),
    (16, 16, 3, 1, 1, (5, 39)), (16, 64, 3, 1, 1, (5, 48)), (16, 128, 3, 2, 1, (14,)),
]
for c, f, k, s, p, spatial in CASES:
    d = len(spatial)
    x = mx.nd.array(rs.uniform(-2, 2, size=(2, c) + spatial))
    w = mx.nd.array(rs.uniform(-1, 1, size=(f, c) + (k,) * d))
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(k,) * d, stride=(s,) * d, pad=(p,) * d, num_filter=f, no_bias=True)
    y.backward(mx.nd.array(rs.uniform(-1, 1, size=y.shape)))
    print((c, f, k, s, p, spatial), y.shape, zlib.crc32(x.grad.asnumpy().tobytes()))
