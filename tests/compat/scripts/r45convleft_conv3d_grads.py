"""Float32 3-D convolutions of 8k channels and filters padded narrower than the dilated kernel sum their data gradient in AVX2's direct kernel's order (as wide: the im2col gemm's), and strided 1x1x1 ones over 8k channels sum their weight gradient in one chain (the direct kernel, not the 1x1 one), as MXNet's oneDNN does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
cases = [(8, 8, 2, 2, 1, 2, 1), (8, 16, 3, 3, 1, 2, 1), (16, 8, 3, 4, 1, 2, 1), (24, 24, 3, 3, 1, 2, 1),
         (8, 8, 2, 2, 1, 2, 2), (16, 16, 3, 3, 1, 1, 2), (8, 8, 1, 0, 2, 1, 1), (16, 16, 1, 0, 2, 1, 1),
         (8, 24, 1, 0, 3, 1, 1), (3, 8, 1, 0, 2, 1, 1), (16, 16, 1, 0, 2, 2, 1)]
for channels, filters, k, pad, stride, dilate, groups in cases:
    kwargs = dict(kernel=(k,) * 3, pad=(pad,) * 3, stride=(stride,) * 3, dilate=(dilate,) * 3, num_filter=filters,
                  num_group=groups)
    x = mx.nd.array(rng.normal(size=(2, channels, 5, 5, 5)))
    w = mx.nd.array(rng.normal(size=(filters, channels // groups, k, k, k)))
    b = mx.nd.array(rng.normal(size=(filters,)))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, **kwargs)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(channels, filters, k, pad, stride, dilate, groups, zlib.crc32(y.asnumpy().tobytes()),
          zlib.crc32(x.grad.asnumpy().tobytes()), zlib.crc32(w.grad.asnumpy().tobytes()), x.grad.asnumpy().ravel()[:2])
