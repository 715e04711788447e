"""AVX-512 float32 convolutions (brgemm, grouped, depthwise, strided, wide): outputs and gradients, bit for bit."""
# recorded on AMD
import hashlib

import numpy as np
import mxnet as mx


def digest(*arrays):
    h = hashlib.md5()
    for a in arrays:
        h.update(a.asnumpy().tobytes())
    return h.hexdigest()[:16]


rng = np.random.RandomState(38)
cases = [   # N, C, H, W, filters, kernel, stride, pad, dilate, groups
    (1, 64, 20, 20, 64, (3, 3), (1, 1), (1, 1), (1, 1), 1),
    (2, 40, 9, 9, 256, (3, 3), (1, 1), (1, 1), (1, 1), 1),
    (1, 96, 7, 7, 512, (3, 3), (1, 1), (1, 1), (1, 1), 1),
    (2, 32, 15, 15, 48, (3, 3), (2, 2), (1, 1), (1, 1), 1),
    (2, 64, 12, 12, 64, (3, 3), (1, 1), (1, 1), (1, 1), 4),
    (1, 24, 11, 11, 32, (3, 3), (1, 1), (2, 2), (2, 2), 1),
    (2, 300, 6, 6, 16, (1, 1), (1, 1), (0, 0), (1, 1), 1),
    (2, 48, 10, 10, 48, (3, 3), (1, 1), (1, 1), (1, 1), 48),
    (3, 16, 17, 17, 16, (5, 5), (1, 1), (2, 2), (1, 1), 16),
    (1, 32, 15, 15, 32, (3, 3), (2, 2), (1, 1), (1, 1), 32),
    (1, 32, 12, 12, 32, (3, 3), (1, 1), (2, 2), (2, 2), 32),
    (2, 24, 9, 9, 24, (3, 3), (1, 1), (1, 1), (1, 1), 24),
    (2, 33, 8, 8, 40, (3, 3), (1, 1), (1, 1), (1, 1), 1),
]
for n, c, h, w, f, k, s, p, d, g in cases:
    x = mx.nd.array(rng.randn(n, c, h, w).astype(np.float32))
    wt = mx.nd.array((rng.randn(f, c // g, *k) * 0.2).astype(np.float32))
    b = mx.nd.array(rng.randn(f).astype(np.float32))
    attrs = dict(kernel=k, stride=s, pad=p, dilate=d, num_filter=f, num_group=g)
    y = mx.nd.Convolution(x, wt, b, **attrs)
    for a in (x, wt, b):
        a.attach_grad()
    with mx.autograd.record():
        yt = mx.nd.Convolution(x, wt, b, **attrs)
    yt.backward(mx.nd.array(rng.randn(*yt.shape).astype(np.float32)))
    print((n, c, h, w, f, k, s, p, d, g), y.shape, digest(y), digest(yt), digest(x.grad), digest(wt.grad),
          digest(b.grad))
