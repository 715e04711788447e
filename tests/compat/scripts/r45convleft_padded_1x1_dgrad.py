"""A float32 1x1 convolution padded and strided over 16k channels and filters sums its data gradient by oneDNN's im2col gemm (so does a Deconvolution's output of that geometry), as MXNet does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
for channels, filters, stride, pad, size in [(16, 48, 2, 1, 3), (16, 48, 2, 1, 5), (32, 48, 2, 1, 3), (16, 16, 2, 1, 3),
                                             (16, 48, 1, 1, 3), (32, 32, 3, 2, 7)]:
    kwargs = dict(kernel=(1, 1), stride=(stride, stride), pad=(pad, pad), num_filter=filters)
    x = mx.nd.array(rng.normal(size=(2, channels, size, size)))
    w = mx.nd.array(rng.normal(size=(filters, channels, 1, 1)))
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, no_bias=True, **kwargs)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    deconv = mx.nd.Deconvolution(mx.nd.array(rng.normal(size=(2, filters, size, size))), w, no_bias=True,
                                 **dict(kwargs, num_filter=channels))
    print(channels, filters, stride, pad, size, zlib.crc32(x.grad.asnumpy().tobytes()),
          zlib.crc32(deconv.asnumpy().tobytes()), x.grad.asnumpy().ravel()[:2])
