"""float32 grouped 3-D Convolution gradients' bits: unpadded weight gradients of 8k filters over 8k channels a group chain every image's positions per group (3 channels a group take the im2col sgemm), and 1x1x1 data gradients add the filters in chains of 8."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx


def bits(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(11)
# (images, channels per group, filters per group, groups, kernel, stride, pad, input size)
CASES = [(2, 8, 8, 2, 1, 1, 0, 4), (4, 16, 8, 2, 1, 2, 0, 5), (2, 8, 16, 2, 3, 1, 0, 5), (2, 8, 8, 4, 3, 2, 0, 5),
         (3, 8, 16, 3, 1, 1, 0, 3), (1, 16, 16, 3, 1, 1, 0, 6), (2, 3, 8, 2, 3, 1, 0, 5), (2, 3, 16, 4, 3, 1, 0, 3),
         (2, 8, 8, 2, 3, 1, 1, 4)]
for n, cpg, fpg, groups, k, s, p, size in CASES:
    x = mx.nd.array(rs.uniform(-1, 1, (n, cpg * groups) + (size,) * 3))
    w = mx.nd.array(rs.uniform(-1, 1, (fpg * groups, cpg) + (k,) * 3))
    b = mx.nd.array(rs.uniform(-1, 1, (fpg * groups,)))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, kernel=(k,) * 3, stride=(s,) * 3, pad=(p,) * 3, num_filter=fpg * groups,
                              num_group=groups)
    y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
    print((n, cpg, fpg, groups, k, s, p, size), y.shape, bits(y), bits(x.grad), bits(w.grad), bits(b.grad))
