"""float32 Deconvolution (1-D and 2-D) of one channel to one filter over a single input position: its data gradient's bits, each kernel offset's product rounded and added in kernel order (padding of 2 or more as the forward convolution's chain); over 8k channels its refusal reads as MXNet's."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx


def bits(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(19)
for n, dims, k, p, d in [(1, 1, 4, 0, 1), (2, 1, 3, 0, 1), (3, 1, 5, 1, 2), (2, 2, 3, 0, 1), (2, 2, 4, 1, 1),
                         (3, 2, 3, 0, 2), (2, 1, 7, 2, 1), (3, 1, 5, 2, 2), (2, 2, 4, 2, 2), (4, 1, 2, 0, 3)]:
    x = mx.nd.array(rs.uniform(-1, 1, (n, 1) + (1,) * dims))
    w = mx.nd.array(rs.uniform(-1, 1, (1, 1) + (k,) * dims))
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Deconvolution(x, w, kernel=(k,) * dims, pad=(p,) * dims, dilate=(d,) * dims, num_filter=1)
    y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
    print((n, dims, k, p, d), y.shape, bits(y), bits(x.grad), x.grad.asnumpy().ravel()[:2].tolist())
x = mx.nd.ones((1, 16, 1))
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.Deconvolution(x, mx.nd.ones((16, 1, 1)), kernel=(1,), num_filter=1)
y.backward()
try:
    x.grad.asnumpy()
except mx.MXNetError as e:
    print("one filter over 16 channels:", repr(str(e)))
