"""float32 Deconvolution data gradients (1-D/2-D): oneDNN runs them as a convolution of the output gradient
with the weight, in that convolution's order."""
import hashlib
import mxnet as mx
from mxnet import nd, autograd
import numpy as np

rs = np.random.RandomState(4)
for (n, c, sp, f, k, s, p, a) in ((2, 4, (5, 6), 6, (3, 3), 1, 0, 0), (2, 4, (5, 6), 6, (3, 3), 2, 1, 1),
                                  (2, 16, (4, 5), 16, (3, 3), 1, 0, 0), (2, 4, (7,), 6, (3,), 2, 0, 1),
                                  (2, 6, (5, 5), 4, (2, 2), 2, 0, 0), (2, 3, (4, 4), 32, (3, 3), 1, 1, 0)):
    x = nd.array(rs.uniform(-2, 2, size=(n, c) + sp))
    w = nd.array(rs.uniform(-1, 1, size=(c, f) + k))
    x.attach_grad()
    d = len(k)
    with autograd.record():
        y = nd.Deconvolution(x, w, kernel=k, stride=(s,) * d, pad=(p,) * d, adj=(a,) * d, num_filter=f)
    y.backward(nd.array(rs.uniform(-1, 1, size=y.shape)))
    print(y.shape, hashlib.md5(y.asnumpy().tobytes()).hexdigest(), hashlib.md5(x.grad.asnumpy().tobytes()).hexdigest())
