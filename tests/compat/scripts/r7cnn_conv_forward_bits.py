"""float32 Convolution forward (inference and training) in oneDNN's order: 16k + 8 filters over 8k channels in
blocks of 8 channels, the bias first; padding as wide as the kernel takes the im2col gemm (in training), wide
padding with stride 3 one chain per kernel column (inference); grouped convolutions of 1, 2, 4 or 8 channels
per group the direct kernel; 1x1 kernels in training the bias first."""
import hashlib
import mxnet as mx
from mxnet import nd, autograd
import numpy as np

rs = np.random.RandomState(9)
for (n, c, sp, f, k, s, p, grp) in ((2, 16, (9, 9), 8, (3, 3), 1, 1, 1), (2, 32, (8, 8), 24, (3, 3), 2, 1, 1),
                                    (1, 48, (6, 6), 40, (1, 1), 1, 0, 1), (2, 24, (11,), 8, (3,), 1, 1, 1),
                                    (2, 16, (8, 8), 32, (3, 3), 1, 3, 1), (2, 32, (10, 10), 32, (3, 3), 3, 2, 1),
                                    (2, 8, (9, 9), 8, (3, 3), 2, 3, 1), (2, 4, (9, 9), 32, (3, 3), 1, 1, 4),
                                    (2, 16, (8, 8), 32, (1, 1), 1, 0, 1), (2, 32, (8, 8), 64, (5, 5), 3, 2, 4),
                                    (1, 32, (12,), 48, (5,), 1, 0, 1)):
    x = nd.array(rs.uniform(-2, 2, size=(n, c) + sp))
    w = nd.array(rs.uniform(-1, 1, size=(f, c // grp) + k))
    b = nd.array(rs.uniform(-1, 1, size=(f,)))
    d = len(k)
    kw = dict(kernel=k, stride=(s,) * d, pad=(p,) * d, num_filter=f, num_group=grp)
    y = nd.Convolution(x, w, b, **kw)
    with autograd.record():
        t = nd.Convolution(x, w, b, **kw)
    print(y.shape, hashlib.md5(y.asnumpy().tobytes()).hexdigest(), hashlib.md5(t.asnumpy().tobytes()).hexdigest())
