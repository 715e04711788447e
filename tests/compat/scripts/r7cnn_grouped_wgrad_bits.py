"""float32 grouped Convolution weight gradients (1-D/2-D): each group is oneDNN's convolution of its own, its
direct kernel only for 16k filters of 8k channels per group, else the im2col gemm's order."""
import hashlib
import mxnet as mx
from mxnet import nd, autograd
import numpy as np

rs = np.random.RandomState(11)
for (n, c, sp, f, k, s, p, grp) in ((2, 4, (8, 8), 8, (3, 3), 1, 1, 2), (4, 8, (10, 10), 16, (3, 3), 2, 1, 4),
                                    (1, 32, (12, 12), 32, (3, 3), 1, 1, 2), (2, 16, (9, 9), 16, (3, 3), 1, 1, 16),
                                    (4, 6, (7, 7), 32, (1, 1), 1, 0, 2), (2, 8, (11,), 48, (5,), 1, 2, 2),
                                    (8, 4, (6, 6), 8, (3, 3), 1, 1, 4), (2, 32, (8, 8), 32, (3, 3), 1, 1, 2)):
    x = nd.array(rs.uniform(-2, 2, size=(n, c) + sp))
    w = nd.array(rs.uniform(-1, 1, size=(f, c // grp) + k))
    w.attach_grad()
    d = len(k)
    with autograd.record():
        y = nd.Convolution(x, w, kernel=k, stride=(s,) * d, pad=(p,) * d, num_filter=f, num_group=grp, no_bias=True)
    y.backward(nd.array(rs.uniform(-1, 1, size=y.shape)))
    print(y.shape, hashlib.md5(w.grad.asnumpy().tobytes()).hexdigest())
