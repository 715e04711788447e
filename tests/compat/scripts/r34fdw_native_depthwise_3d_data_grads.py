"""Depthwise 3-D convolutions' data gradients on an AVX-512 CPU: oneDNN's im2col gemm sums them as on AVX2 (each group apart, image by image and one output depth at a time; strided, padded and dilated kernels too). md5 of the bits and the first values."""
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=8)
rs = np.random.RandomState(342)
CASES = [(1, 24, (6, 14, 11), (1, 3, 3), (1, 1, 1), (0, 1, 1), (1, 1, 2)), (1, 4, (5, 8, 7), (2, 5, 5), (1, 2, 1), (0, 2, 0), (1, 1, 1)),
         (2, 8, (8, 5, 4), (3, 5, 1), (1, 2, 1), (0, 1, 0), (1, 1, 1)), (1, 16, (3, 7, 4), (3, 3, 2), (1, 1, 1), (0, 1, 0), (1, 1, 1)),
         (3, 16, (14, 13, 6), (5, 2, 3), (2, 1, 2), (0, 0, 1), (1, 1, 1)), (3, 24, (12, 8, 13), (3, 3, 3), (1, 1, 1), (1, 0, 0), (1, 2, 1)),
         (3, 16, (10, 10, 12), (3, 3, 5), (1, 2, 1), (1, 1, 1), (2, 2, 1)), (1, 32, (8, 13, 5), (5, 1, 3), (1, 1, 2), (1, 0, 0), (1, 1, 2)),
         (2, 8, (8, 4, 13), (3, 3, 3), (2, 2, 1), (1, 1, 0), (1, 1, 1)), (1, 12, (6, 7, 7), (3, 2, 3), (2, 1, 2), (1, 0, 0), (1, 1, 2))]
for n, c, size, kernel, stride, pad, dilate in CASES:
    x = mx.nd.array(rs.uniform(-1, 1, (n, c) + size).astype(np.float32))
    w = mx.nd.array((rs.normal(size=(c, 1) + kernel) * 0.2).astype(np.float32))
    b = mx.nd.zeros(c)
    for v in (x, w, b):
        v.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, kernel=kernel, stride=stride, pad=pad, dilate=dilate, num_filter=c, num_group=c)
    y.backward(mx.nd.array(rs.normal(size=y.shape).astype(np.float32)))
    dx, dw = x.grad.asnumpy(), w.grad.asnumpy()
    print(n, c, size, kernel, stride, pad, dilate, y.shape, dx.ravel()[:3])
    print("  dx", hashlib.md5(dx.tobytes()).hexdigest(), "dw", hashlib.md5(dw.tobytes()).hexdigest())
