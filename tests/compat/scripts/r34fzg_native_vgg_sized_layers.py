"""AVX-512: VGG-sized layers for two images at 224x224 (3x3 convolutions of up to 2^32 multiply-adds, trained and inferred; the 25088-unit Dense) sum in oneDNN's order."""
import hashlib

import numpy as np
import mxnet as mx


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(0)
for channels, filters, size in ((64, 128, 112), (128, 256, 56), (256, 256, 56)):
    x = mx.nd.array(rs.uniform(size=(2, channels, size, size)))
    w = mx.nd.array(rs.normal(size=(filters, channels, 3, 3)) * 0.05)
    b = mx.nd.array(rs.normal(size=filters))
    print((channels, filters, size), "inference", digest(mx.nd.Convolution(x, w, b, kernel=(3, 3), pad=(1, 1),
                                                                           num_filter=filters)))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, kernel=(3, 3), pad=(1, 1), num_filter=filters)
    y.backward(mx.nd.array(rs.normal(size=y.shape)))
    print((channels, filters, size), "training", digest(y), digest(x.grad), digest(w.grad), digest(b.grad))

x = mx.nd.array(np.maximum(rs.normal(size=(2, 25088)), 0))
w = mx.nd.array(rs.normal(size=(4096, 25088)) * 0.01)
print("dense (2, 25088, 4096)", digest(mx.nd.FullyConnected(x, w, no_bias=True, num_hidden=4096)))
