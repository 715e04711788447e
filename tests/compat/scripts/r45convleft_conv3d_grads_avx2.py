"""On AVX2 grouped float32 3-D convolutions of 8k channels and filters a group padded as wide as the kernel sum their data gradient as the im2col sgemm does (dilated: as wide as the dilated kernel), the direct kernel below that, as MXNet's oneDNN does."""
# recorded on AVX2
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
for channels, filters, groups, k, pad, dilate in [(16, 16, 2, 2, 2, 1), (16, 16, 2, 3, 3, 1), (16, 32, 2, 2, 2, 2),
                                                   (32, 16, 2, 3, 3, 2), (16, 16, 8, 3, 4, 2), (16, 16, 2, 2, 3, 2),
                                                   (16, 16, 1, 3, 3, 2), (16, 16, 2, 3, 2, 1)]:
    kwargs = dict(kernel=(k,) * 3, pad=(pad,) * 3, dilate=(dilate,) * 3, num_filter=filters, num_group=groups)
    x = mx.nd.array(rng.normal(size=(2, channels, 5, 5, 5)))
    w = mx.nd.array(rng.normal(size=(filters, channels // groups, k, k, k)))
    for a in (x, w):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, no_bias=True, **kwargs)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(channels, filters, groups, k, pad, dilate, zlib.crc32(x.grad.asnumpy().tobytes()),
          zlib.crc32(w.grad.asnumpy().tobytes()), x.grad.asnumpy().ravel()[:2])
