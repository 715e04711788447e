"""float32 Deconvolution data gradients (1-D/2-D) in the order of oneDNN's convolution of the output gradient:
16k filters over 16k channels in blocks of 16 apart, other filter counts the im2col gemm (its inner product's
blocks beyond 384 terms, one chain for a single filter), 1x1 kernels and wide padding the gemm too."""
import hashlib
import mxnet as mx
from mxnet import nd, autograd
import numpy as np

rs = np.random.RandomState(13)
for (n, c, sp, f, k, s, p, grp) in ((2, 16, (6, 6), 32, (5, 5), 1, 2, 1), (2, 16, (5, 5), 64, (3, 3), 1, 1, 1),
                                    (1, 8, (6, 6), 32, (5, 5), 1, 2, 1), (2, 1, (6, 6), 20, (5, 5), 2, 3, 1),
                                    (2, 8, (7, 7), 8, (3, 3), 1, 1, 1), (2, 32, (6,), 64, (3,), 1, 0, 2),
                                    (4, 32, (5, 5), 32, (1, 1), 1, 0, 1), (1, 6, (6, 6), 32, (3, 3), 2, 3, 1)):
    x = nd.array(rs.uniform(-2, 2, size=(n, c) + sp))
    w = nd.array(rs.uniform(-1, 1, size=(c, f // grp) + k))
    x.attach_grad()
    d = len(k)
    with autograd.record():
        y = nd.Deconvolution(x, w, kernel=k, stride=(s,) * d, pad=(p,) * d, num_filter=f, num_group=grp)
    y.backward(nd.array(rs.uniform(-1, 1, size=y.shape)))
    print(y.shape, hashlib.md5(x.grad.asnumpy().tobytes()).hexdigest())
