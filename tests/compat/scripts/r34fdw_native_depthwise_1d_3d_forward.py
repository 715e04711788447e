"""Depthwise 1-D and 3-D convolutions' outputs on an AVX-512 CPU: oneDNN's depthwise kernel takes 2-D ones only, so these run its im2col gemm (each output's products summed, the bias added after them: two roundings for a 1-wide kernel), in training and inference. md5 of the bits and the first values."""
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=8)
rs = np.random.RandomState(341)
CASES = [(1, 8, (43,), (1,), (1,), (0,)), (1, 32, (42,), (3,), (1,), (0,)), (3, 16, (30,), (5,), (2,), (1,)),
         (3, 32, (55,), (2,), (1,), (1,)), (2, 16, (64,), (7,), (1,), (3,)), (1, 48, (20,), (3,), (2,), (1,)),
         (1, 16, (8, 9, 11), (3, 1, 1), (1, 1, 1), (0, 0, 0)), (2, 16, (6, 13, 8), (3, 3, 3), (2, 1, 1), (0, 0, 1)),
         (1, 32, (8, 13, 5), (5, 1, 3), (1, 1, 2), (1, 0, 0))]
for n, c, size, kernel, stride, pad in CASES:
    x = mx.nd.array(rs.uniform(-1, 1, (n, c) + size).astype(np.float32))
    w = mx.nd.array((rs.normal(size=(c, 1) + kernel) * 0.2).astype(np.float32))
    b = mx.nd.array(rs.normal(size=(c,)).astype(np.float32))
    y = mx.nd.Convolution(x, w, b, kernel=kernel, stride=stride, pad=pad, num_filter=c, num_group=c)
    with mx.autograd.record():
        t = mx.nd.Convolution(x, w, b, kernel=kernel, stride=stride, pad=pad, num_filter=c, num_group=c)
    print(n, c, size, kernel, stride, pad, y.shape, y.asnumpy().ravel()[:3])
    print("  infer", hashlib.md5(y.asnumpy().tobytes()).hexdigest(), "train", hashlib.md5(t.asnumpy().tobytes()).hexdigest())
