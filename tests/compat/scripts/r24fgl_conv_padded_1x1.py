# Padded 1x1 convolutions: the weight gradient of one input channel (a group's) over several filters, and the
# data gradient of a padded 1x1 Deconvolution over 8 or 16 channels (1-D and 2-D, strided or not), as MXNet's
# oneDNN CPU kernels sum them: the float32 bits' digest of every output and gradient.
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def digest(a):
    return hashlib.md5(a.asnumpy().astype(np.float32).tobytes()).hexdigest()[:10]


rs = np.random.RandomState(7)


def run(op, x, w, dy_zero, **kw):
    x, w = nd.array(x), nd.array(w)
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = op(x, w, no_bias=True, **kw)
    dy = rs.uniform(-1, 1, y.shape).astype(np.float32)
    dy[rs.uniform(0, 1, y.shape) < dy_zero] = 0
    y.backward(nd.array(dy))
    return '%s y %s dx %s dw %s' % (y.shape, digest(y), digest(x.grad), digest(w.grad))


for dim in (1, 2):
    for stride in (1, 2):
        for pad in (1, 2):
            for groups, filters, batch in ((1, 2, 1), (1, 4, 3), (1, 8, 2), (2, 4, 1), (3, 6, 2)):
                x = rs.uniform(-1, 1, (batch, groups) + (5,) * dim).astype(np.float32)
                w = rs.uniform(-1, 1, (filters, 1) + (1,) * dim).astype(np.float32)
                print('conv', dim, stride, pad, groups, filters, batch,
                      run(nd.Convolution, x, w, 0, kernel=(1,) * dim, stride=(stride,) * dim, pad=(pad,) * dim,
                          num_filter=filters, num_group=groups))
for dim in (1, 2):
    for stride in (1, 2):
        for channels, filters in ((8, 2), (8, 8), (16, 3)):
            for zeros in (0, 0.5):
                x = rs.uniform(-1, 1, (2, channels) + (4,) * dim).astype(np.float32)
                w = rs.uniform(-1, 1, (channels, filters) + (1,) * dim).astype(np.float32)
                print('deconv', dim, stride, channels, filters, zeros,
                      run(nd.Deconvolution, x, w, zeros, kernel=(1,) * dim, stride=(stride,) * dim, pad=(1,) * dim,
                          num_filter=filters))
