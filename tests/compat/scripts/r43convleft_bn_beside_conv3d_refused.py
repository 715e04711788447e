"""BatchNorm's backward beside a 1-D or 3-D convolution whose output or data gradient oneDNN holds in blocks fails with MXNet's "Check failed: !is_view" at the first read of a gradient, while plain-layout ones run, as MXNet does."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


def run(channels, filters, groups, bn_first, dims):
    np.random.seed(0)
    width = channels if bn_first else filters
    x = nd.array(np.random.uniform(-1, 1, (2, channels) + (5,) * dims))
    w = nd.array(np.random.uniform(-1, 1, (filters, channels // groups) + (3,) * dims))
    gamma, beta = nd.ones(width), nd.zeros(width)
    for a in (x, w, gamma, beta):
        a.attach_grad()

    def conv(data):
        return nd.Convolution(data, w, no_bias=True, kernel=(3,) * dims, num_filter=filters, num_group=groups)

    def norm(data):
        return nd.BatchNorm(data, gamma, beta, nd.zeros(width), nd.ones(width), fix_gamma=False)

    with autograd.record():
        y = conv(norm(x)) if bn_first else norm(conv(x))
    y.backward()
    label = (channels, filters, groups, "bn-conv" if bn_first else "conv-bn", f"{dims}-D", crc(y))
    try:
        print(*label, crc(x.grad), crc(w.grad), crc(gamma.grad))
    except mx.MXNetError as e:
        print(*label, "refused:", str(e).splitlines()[-1])


for case in [(8, 8, 1, True, 1), (3, 8, 1, True, 1), (8, 8, 1, False, 1), (8, 8, 1, True, 3), (3, 8, 1, True, 3),
             (8, 8, 1, False, 3), (16, 16, 1, True, 3), (8, 16, 2, True, 3), (8, 8, 2, False, 3), (3, 5, 1, False, 3),
             (4, 4, 1, False, 3)]:
    run(*case)
