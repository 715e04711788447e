"""A grouped float32 1x1 convolution of 16k channels and 16k filters a group (strided, or past the input's end too) runs its backward, summing each group's data gradient as a convolution of its own, as MXNet's oneDNN does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
for per_group, groups, stride, size in [(16, 2, (1, 1), (6, 6)), (16, 2, (2, 2), (8, 11)), (32, 2, (2, 1), (7, 9)),
                                        (16, 4, (1, 2), (8, 8)), (8, 2, (2, 2), (8, 11))]:
    channels = filters = per_group * groups
    kwargs = dict(kernel=(1, 1), stride=stride, num_filter=filters, num_group=groups)
    x = mx.nd.array(rng.normal(size=(2, channels) + size))
    w = mx.nd.array(rng.normal(size=(filters, per_group, 1, 1)))
    b = mx.nd.array(rng.normal(size=(filters,)))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, **kwargs)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(per_group, groups, stride, size, zlib.crc32(y.asnumpy().tobytes()), zlib.crc32(x.grad.asnumpy().tobytes()),
          zlib.crc32(w.grad.asnumpy().tobytes()), x.grad.asnumpy().ravel()[:2])
