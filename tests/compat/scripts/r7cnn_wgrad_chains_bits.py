"""float32 Convolution weight gradients whose chains run per image (up to 1024 positions each, any batch) or
through all images (up to 1024 terms) in oneDNN's order."""
import hashlib
import mxnet as mx
from mxnet import nd, autograd
import numpy as np

rs = np.random.RandomState(17)
for (n, c, sp, f, k, s, p) in ((8, 12, (10, 10), 16, (3, 3), 1, 1), (16, 4, (10, 10), 16, (3, 3), 1, 1),
                               (4, 16, (12, 12), 16, (3, 3), 1, 1), (8, 6, (10, 10), 32, (5, 5), 1, 2),
                               (16, 20, (30,), 32, (3,), 1, 1), (2, 3, (12, 12), 64, (3, 3), 1, 1)):
    x = nd.array(rs.uniform(-2, 2, size=(n, c) + sp))
    w = nd.array(rs.uniform(-1, 1, size=(f, c) + k))
    w.attach_grad()
    d = len(k)
    with autograd.record():
        y = nd.Convolution(x, w, kernel=k, stride=(s,) * d, pad=(p,) * d, num_filter=f, no_bias=True)
    y.backward(nd.array(rs.uniform(-1, 1, size=y.shape)))
    print(y.shape, hashlib.md5(w.grad.asnumpy().tobytes()).hexdigest())
