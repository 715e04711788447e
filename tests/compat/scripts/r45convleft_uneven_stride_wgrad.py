"""Float32 unpadded 1x1 convolutions strided past the input's end (a size the stride does not divide) over 8k channels sum their weight gradient in one chain over all images for 8k filters, and given a dilation over 16k channels and filters with unstrided rows, as MXNet's oneDNN does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
cases = [(8, 8, (2, 2), (7, 7), 3, 1), (16, 24, (3, 3), (10, 10), 2, 1), (24, 8, (2,), (27,), 4, 1),
         (16, 16, (2, 1), (5, 6), 3, 1), (32, 16, (1, 3), (7, 8), 2, 1), (16, 16, (1, 2), (5, 5), 2, 2),
         (32, 32, (1, 3), (6, 7), 2, 2), (16, 16, (2, 1), (5, 5), 2, 2), (8, 8, (2, 2), (8, 8), 3, 1),
         (3, 8, (2, 2), (7, 7), 3, 1)]
for channels, filters, stride, size, batch, dilate in cases:
    kwargs = dict(kernel=(1,) * len(size), stride=stride, dilate=(dilate,) * len(size), num_filter=filters)
    x = mx.nd.array(rng.normal(size=(batch, channels) + size))
    w = mx.nd.array(rng.normal(size=(filters, channels) + (1,) * len(size)))
    b = mx.nd.array(rng.normal(size=(filters,)))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, **kwargs)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(channels, filters, stride, size, batch, dilate, zlib.crc32(w.grad.asnumpy().tobytes()),
          zlib.crc32(x.grad.asnumpy().tobytes()), w.grad.asnumpy().ravel()[:2])
