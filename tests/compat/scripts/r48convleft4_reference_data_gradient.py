"""A convolution's data gradient (a Deconvolution's output) runs oneDNN's reference kernel where the im2col gemm's window buffer of a whole image fits the scratchpad guard but not with its booking's alignment, summing the filters outer (the convolution's the kernel offsets outer beyond the kernel's columns)."""
import zlib

import numpy as np
import mxnet as mx


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(6)
for c, f, hw, k in ((4, 2, 18, 5), (7, 3, 18, 5), (5, 10, 43, 7), (12, 7, 46, 5), (2, 1, 14, 5)):
    x = mx.nd.array(rng.normal(size=(1, c, hw, hw)))
    w = mx.nd.array(rng.normal(size=(f, c, k, k)))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(k, k), pad=(k // 2, k // 2), num_filter=f, no_bias=True)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print((c, f, hw, k), crc(y), crc(x.grad), crc(w.grad))
for c, f, hw, k in ((4, 2, 18, 5), (5, 10, 43, 7), (12, 7, 46, 5)):
    d = mx.nd.array(rng.normal(size=(1, f, hw, hw)))
    w = mx.nd.array(rng.normal(size=(f, c, k, k)))
    d.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Deconvolution(d, w, kernel=(k, k), pad=(k // 2, k // 2), num_filter=c, no_bias=True)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print("deconvolution", (c, f, hw, k), crc(y), crc(d.grad), crc(w.grad))
