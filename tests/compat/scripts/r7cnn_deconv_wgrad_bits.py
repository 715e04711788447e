"""float32 Deconvolution weight gradients (1-D/2-D): oneDNN runs them as the weight gradient of the convolution
whose input is the output gradient and whose output gradient is the data, in that gradient's order."""
import hashlib
import mxnet as mx
from mxnet import nd, autograd
import numpy as np

rs = np.random.RandomState(7)
for (n, c, sp, f, k, s, p) in ((2, 4, (5, 6), 6, (3, 3), 1, 0), (4, 8, (6, 6), 16, (3, 3), 2, 1),
                               (1, 16, (5, 5), 32, (3, 3), 1, 1), (8, 8, (15,), 8, (1,), 3, 1),
                               (2, 3, (7, 7), 1, (5, 5), 1, 2), (4, 24, (6, 6), 8, (3, 3), 1, 1),
                               (2, 8, (9,), 32, (3,), 1, 1), (16, 8, (16,), 32, (1,), 3, 1)):
    x = nd.array(rs.uniform(-2, 2, size=(n, c) + sp))
    w = nd.array(rs.uniform(-1, 1, size=(c, f) + k))
    w.attach_grad()
    d = len(k)
    with autograd.record():
        y = nd.Deconvolution(x, w, kernel=k, stride=(s,) * d, pad=(p,) * d, num_filter=f)
    y.backward(nd.array(rs.uniform(-1, 1, size=y.shape)))
    print(y.shape, hashlib.md5(w.grad.asnumpy().tobytes()).hexdigest())
