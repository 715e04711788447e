"""A grouped float32 3-D 1x1x1 convolution of 16k channels and more than 16 filters a group sums each group's data gradient in the direct kernel's blocks of 16 filters (oneDNN's 1x1 kernel takes no groups), as MXNet does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(46)
for groups, per_channels, per_filters, size in [(2, 16, 32, 2), (3, 32, 32, 3), (2, 32, 48, 4), (2, 16, 16, 3),
                                                 (3, 16, 64, 2)]:
    x = mx.nd.array(rng.normal(size=(2, groups * per_channels, size, size, size)))
    w = mx.nd.array(rng.normal(size=(groups * per_filters, per_channels, 1, 1, 1)))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, no_bias=True, kernel=(1, 1, 1), num_filter=groups * per_filters,
                              num_group=groups)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(groups, per_channels, per_filters, size, zlib.crc32(y.asnumpy().tobytes()),
          zlib.crc32(x.grad.asnumpy().tobytes()), zlib.crc32(w.grad.asnumpy().tobytes()), x.grad.asnumpy().ravel()[:2])
