"""float32 Convolution forward bits as MXNet's oneDNN kernels add each output's products: kernel offsets outer
for 16k filters (and 8 filters of few channels, bias first), channels outer for the im2col gemm of fewer."""
import hashlib
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
import numpy as np

rs = np.random.RandomState(1)
for (n, c, sp, f, k, s, p, g) in ((2, 32, (5, 5), 16, (3, 3), 1, 0, 1), (2, 8, (5, 5), 8, (3, 3), 1, 0, 1),
                                  (1, 48, (4, 4), 16, (3, 3), 1, 1, 1), (2, 4, (6, 7), 6, (3, 3), 2, 1, 1),
                                  (2, 4, (6, 7), 6, (3, 3), 1, 0, 2), (2, 3, (9, 9), 5, (5, 5), 1, 2, 1),
                                  (1, 17, (5, 5), 3, (3, 3), 1, 0, 1), (2, 4, (12,), 6, (5,), 1, 0, 1),
                                  (2, 16, (12,), 16, (3,), 1, 0, 1), (2, 4, (4, 5, 3), 6, (3, 3, 3), 1, 0, 1),
                                  (2, 3, (5, 6), 32, (3, 3), 1, 0, 1), (2, 1, (5, 6), 8, (3, 3), 1, 0, 1)):
    x = nd.array(rs.uniform(-2, 2, size=(n, c) + sp))
    w = nd.array(rs.uniform(-1, 1, size=(f, c // g) + k))
    b = nd.array(rs.uniform(-1, 1, size=(f,)))
    d = len(k)
    y = nd.Convolution(x, w, b, kernel=k, stride=(s,) * d, pad=(p,) * d, num_group=g, num_filter=f)
    print(y.shape, y.asnumpy().ravel()[:3].tolist(), hashlib.md5(y.asnumpy().tobytes()).hexdigest())
net = nn.HybridSequential()
net.add(nn.Conv2D(16, 3, padding=1, activation='relu'), nn.Conv2D(6, 3), nn.Flatten(), nn.Dense(3))
net.initialize(mx.init.Xavier())
for hybrid in (False, True):
    if hybrid:
        net.hybridize()
    out = net(nd.array(rs.uniform(-1, 1, size=(2, 3, 8, 8))))
    print(out.asnumpy().tobytes().hex())
for c, f, k in ((12, 6, (5, 5)), (42, 6, (3, 3)), (33, 3, (3, 3))):      # im2col sums of up to 384 products
    x = nd.array(rs.uniform(-1, 1, (2, c, 7, 8)))
    w = nd.array(rs.uniform(-1, 1, (f, c) + k))
    y = nd.Convolution(x, w, kernel=k, num_filter=f, no_bias=True)
    print(y.shape, hashlib.md5(y.asnumpy().tobytes()).hexdigest())
