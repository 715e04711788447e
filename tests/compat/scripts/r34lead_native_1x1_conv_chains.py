"""1x1 convolutions on AVX-512 as oneDNN's jit 1x1 kernel sums them: training forwards and data gradients (unit and dividing strides, 1-D to 3-D) add their channels or filters in blocks of 80, 256 or 512 (by rows and outputs) from the bias, weight gradients chain each image's positions in blocks an L1 cache holds, and inference takes that kernel where the brgemm one leaves a partial block of filters (80, 512, 1024, 2048 filters; 256 and 768 stay brgemm, which sums over 1,280 channels in chains of 1,280, the bias last)."""
import hashlib

import numpy as np
import mxnet as mx


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


def run(i, n, c, f, spatial, stride=1):
    rs = np.random.RandomState(i)
    x = mx.nd.array(rs.uniform(-1, 1, size=[n, c] + spatial))
    w = mx.nd.array(rs.normal(size=[f, c] + [1] * len(spatial)) * 0.05)
    b = mx.nd.array(rs.normal(size=f))
    for a in (x, w, b):
        a.attach_grad()
    kernel, strides = (1,) * len(spatial), (stride,) * len(spatial)
    inference = mx.nd.Convolution(x, w, b, kernel=kernel, stride=strides, num_filter=f)
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, kernel=kernel, stride=strides, num_filter=f)
    y.backward(mx.nd.array(rs.normal(size=y.shape)))
    print((n, c, f, spatial, stride), "inference", h(inference), "training", h(y), "data grad", h(x.grad),
          "weight grad", h(w.grad))


cases = [(1, 1024, 512, [14, 14]), (1, 1024, 512, [7, 7]), (1, 2048, 512, [7, 7]), (1, 512, 256, [14, 14]),
         (2, 1040, 80, [30]), (1, 640, 1024, [4, 4]), (3, 2048, 1024, [2, 2]), (1, 256, 768, [14, 14]),
         (2, 512, 80, [28, 28]), (1, 64, 2048, [1, 1]), (1, 512, 256, [4, 4, 4]), (1, 256, 1024, [5, 5, 5]),
         (1, 64, 256, [56, 56]), (1, 64, 256, [40, 40]), (2, 32, 64, [17, 17]), (1, 16, 32, [2000]),
         (3, 2048, 336, [1, 1]), (2, 1536, 256, [2, 2]), (1, 1296, 128, [3, 3])]
for i, case in enumerate(cases):
    run(i, *case)
for i, case in enumerate([(1, 256, 128, [56, 56]), (1, 1024, 512, [14, 14]), (1, 512, 256, [28, 28]),
                          (1, 1024, 2048, [14, 14]), (1, 512, 1024, [30])]):
    run(20 + i, *case, stride=2)
