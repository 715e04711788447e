"""float32 grouped 1x1 Convolution gradients' bits: the data gradient of many filters a group, strided or not, and the weight gradient of a dilated one."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx


def bits(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(7)
# (images, channels per group, filters per group, groups, input size, stride, dilation, dims)
CASES = [(2, 8, 64, 2, 16, 1, 1, 1), (2, 16, 64, 2, 40, 1, 1, 1), (2, 8, 8, 2, 12, 2, 1, 1),
         (1, 16, 16, 3, 18, 3, 1, 1), (2, 16, 64, 2, 16, 1, 1, 2), (2, 32, 32, 2, 48, 2, 1, 2),
         (1, 16, 16, 2, 18, 2, 1, 2), (2, 8, 8, 2, 9, 1, 2, 1), (2, 16, 16, 2, 12, 2, 2, 1),
         (2, 24, 16, 3, 16, 1, 2, 2), (3, 32, 32, 2, 9, 1, 3, 2)]
for n, cpg, fpg, groups, size, s, d, dims in CASES:
    shape = (n, cpg * groups) + ((3, size) if dims == 2 else (size,))
    x = mx.nd.array(rs.uniform(-1, 1, shape))
    w = mx.nd.array(rs.uniform(-1, 1, (fpg * groups, cpg) + (1,) * dims))
    b = mx.nd.array(rs.uniform(-1, 1, (fpg * groups,)))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, kernel=(1,) * dims, stride=(s,) * dims, dilate=(d,) * dims,
                              num_filter=fpg * groups, num_group=groups)
    y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
    print((n, cpg, fpg, groups, size, s, d, dims), y.shape, bits(y), bits(x.grad), bits(w.grad), bits(b.grad))
