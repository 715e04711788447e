"""Grouped float32 convolutions of 8k channels and filters a group (not 16k both) sum their output in blocks of 8 channels apart even where the kernel strides and dilates, and 16k filters a group padded as wide as the kernel sum their weight gradient image by image (the im2col gemm) but over 16k channels the direct kernel's paddings (1-D dilated ones), as MXNet's oneDNN does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
cases = [(32, 16, 2, 3, 1, 2, 2, 2), (32, 48, 2, 2, 1, 2, 2, 2), (64, 16, 2, 3, 2, 2, 2, 1),
         (16, 32, 2, 3, 3, 1, 1, 2), (16, 32, 2, 2, 2, 1, 1, 1), (32, 32, 2, 3, 3, 1, 2, 2), (32, 32, 2, 2, 2, 1, 2, 2),
         (32, 32, 2, 3, 3, 1, 2, 1), (32, 32, 2, 2, 2, 1, 2, 1), (16, 32, 2, 3, 3, 1, 2, 1), (32, 32, 2, 3, 2, 1, 2, 2),
         (32, 32, 2, 1, 1, 1, 1, 2), (16, 32, 2, 2, 2, 1, 1, 3)]
for channels, filters, groups, k, pad, stride, dilate, dims in cases:
    kwargs = dict(kernel=(k,) * dims, pad=(pad,) * dims, stride=(stride,) * dims, dilate=(dilate,) * dims,
                  num_filter=filters, num_group=groups)
    x = mx.nd.array(rng.normal(size=(2, channels) + (6 if dims < 3 else 4,) * dims))
    w = mx.nd.array(rng.normal(size=(filters, channels // groups) + (k,) * dims))
    b = mx.nd.array(rng.normal(size=(filters,)))
    inferred = mx.nd.Convolution(x, w, b, **kwargs)
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, **kwargs)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(channels, filters, groups, k, pad, stride, dilate, dims, zlib.crc32(inferred.asnumpy().tobytes()),
          zlib.crc32(y.asnumpy().tobytes()), zlib.crc32(w.grad.asnumpy().tobytes()),
          zlib.crc32(x.grad.asnumpy().tobytes()), w.grad.asnumpy().ravel()[:2])
