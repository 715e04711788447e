"""Dilated convolutions padded as wide as the kernel but narrower than its dilated reach, as MXNet sums them on an
AVX2 CPU: oneDNN's direct kernels take them (8k channels and filters, or fewer than 8 channels), forward and data
gradient alike; padding as wide as the dilated reach leaves them to the im2col sgemm. md5 of the bits."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx

rs = np.random.RandomState(8)
CASES = [((2, 2), (2, 2), (2, 2), (5, 7)), ((2, 2), (3, 3), (2, 2), (4, 9)), ((3, 3), (3, 3), (2, 2), (4, 11)),
         ((3, 3), (3, 3), (3, 3), (3, 5)), ((2, 2), (3, 3), (3, 3), (2, 11)), ((3, 3), (4, 4), (2, 2), (4, 8)),
         ((5, 5), (5, 5), (2, 2), (6, 9)), ((3, 3), (5, 5), (2, 2), (6, 9)), ((2, 2), (3, 3), (2, 2), (5, 6)),
         ((3, 3), (3, 3), (1, 1), (5, 6)), ((3,), (3,), (2,), (9,))]
for kernel, pad, dilate, size in CASES:
    for c, f in ((8, 8), (16, 32), (3, 8)):
        x = mx.nd.array(rs.uniform(-1, 1, (2, c) + size))
        w = mx.nd.array(rs.uniform(-1, 1, (f, c) + kernel))
        x.attach_grad()
        with mx.autograd.record():
            y = mx.nd.Convolution(x, w, kernel=kernel, pad=pad, dilate=dilate, num_filter=f, no_bias=True)
        y.backward(mx.nd.array(rs.uniform(-1, 1, size=y.shape)))
        print(kernel, pad, dilate, size, c, f,
              *(hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8] for a in (y, x.grad)))
