# Convolution float32 data gradients of oneDNN's direct kernel (8k channels and filters): within a block of
# filters the kernel offsets outer and the filters inner; blocks of 8 in one chain, of 16 each in its own.
import hashlib

import numpy as np
import mxnet as mx


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(17)).astype(np.float32).reshape(shape)


for n, c, f, k, h, pad, s in [(2, 8, 8, 3, 12, 1, 1), (1, 8, 8, 5, 12, 0, 1), (2, 8, 24, 3, 10, 1, 1),
                              (2, 16, 32, 3, 10, 0, 1), (2, 32, 32, 3, 8, 1, 1), (2, 16, 48, 2, 7, 0, 1),
                              (2, 3, 8, 3, 9, 1, 1), (3, 8, 8, 3, 9, 1, 2), (2, 16, 32, 3, 8, 0, 2), (2, 8, 24, 2, 9, 0, 3)]:
    x = mx.nd.array(values((n, c, h, h), 0))
    w = mx.nd.array(values((f, c, k, k), 1))
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(k, k), pad=(pad, pad), stride=(s, s), num_filter=f, no_bias=True)
    y.backward(mx.nd.array(values(y.shape, 2)))
    g = x.grad.asnumpy()
    print((n, c, f, k, h, pad, s), hashlib.sha256(g.tobytes()).hexdigest()[:16], g.ravel()[:2].tolist())
