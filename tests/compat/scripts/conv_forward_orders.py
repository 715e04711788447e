# Convolution float32 forward in oneDNN's orders, inference and training, as sha256 of the bits: filters 8 more
# than a multiple of 16 (the direct kernel with the bias first for up to 8 channels, the im2col gemm beyond), and
# in training 16k filters over more than 16 channels (blocks of 16 channels summed apart, of 8 in one chain), and
# the gemm's sums of more than 384 terms (in the inner product's blocks), and inference with wide padding (one
# chain per kernel column).
import hashlib

import numpy as np
import mxnet as mx


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(17)).astype(np.float32).reshape(shape)


for n, c, f, k, h, stride, pad in [(2, 3, 24, 3, 9, 1, 1), (2, 5, 24, 2, 8, 1, 0), (2, 8, 40, 3, 7, 2, 1),
                                   (2, 12, 8, 2, 7, 1, 0), (2, 20, 24, 3, 6, 1, 1), (1, 3, 8, 5, 9, 1, 2),
                                   (2, 32, 32, 3, 7, 1, 1), (2, 48, 16, 2, 6, 1, 0), (2, 24, 32, 3, 6, 2, 1),
                                   (2, 40, 16, 1, 5, 1, 0), (2, 20, 16, 3, 6, 1, 1), (2, 64, 64, 3, 5, 1, 1),
                                   (2, 16, 4, 5, 6, 1, 0), (2, 64, 12, 3, 5, 1, 1), (2, 20, 24, 5, 6, 1, 0),
                                   (2, 3, 16, 2, 9, 1, 1), (2, 16, 32, 3, 8, 2, 2), (1, 1, 16, 4, 7, 1, 2)]:
    x = mx.nd.array(values((n, c, h, h), 0))
    w = mx.nd.array(values((f, c, k, k), 1))
    b = mx.nd.array(values((f,), 2))
    kw = dict(kernel=(k, k), stride=(stride, stride), pad=(pad, pad), num_filter=f)
    y = mx.nd.Convolution(x, w, b, **kw)
    with mx.autograd.record():
        yt = mx.nd.Convolution(x, w, b, **kw)
    print((n, c, f, k, h, stride, pad), hashlib.sha256(y.asnumpy().tobytes()).hexdigest()[:16],
          hashlib.sha256(yt.asnumpy().tobytes()).hexdigest()[:16], y.asnumpy().ravel()[:2].tolist())
