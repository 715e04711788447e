"""float32 Convolution gradients in MXNet's oneDNN order where probed: the data gradient of fewer than 16
channels (im2col gemm: each kernel offset's share summed over the filters, then added into the image in
kernel order) and of 16 channels and filters (direct: kernel offsets outer); the weight gradient of 16k
channels and filters (images outer, positions in order)."""
import hashlib
import mxnet as mx
from mxnet import nd, autograd
import numpy as np

rs = np.random.RandomState(5)
for (n, c, sp, f, k, s, p) in ((2, 4, (5, 6), 6, (3, 3), 1, 0), (2, 4, (5, 6), 16, (3, 3), 1, 1),
                               (2, 16, (5, 6), 16, (3, 3), 1, 0), (2, 32, (5, 6), 32, (3, 3), 1, 0),
                               (2, 3, (7, 8), 8, (3, 3), 2, 1), (2, 4, (7,), 6, (3,), 1, 0),
                               (2, 16, (9,), 16, (3,), 1, 1)):
    x = nd.array(rs.uniform(-2, 2, size=(n, c) + sp))
    w = nd.array(rs.uniform(-1, 1, size=(f, c) + k))
    x.attach_grad()
    w.attach_grad()
    d = len(k)
    with autograd.record():
        y = nd.Convolution(x, w, kernel=k, stride=(s,) * d, pad=(p,) * d, num_filter=f, no_bias=True)
    y.backward(nd.array(rs.uniform(-1, 1, size=y.shape)))
    if c <= 16:
        print(y.shape, hashlib.md5(y.asnumpy().tobytes()).hexdigest(),
              hashlib.md5(x.grad.asnumpy().tobytes()).hexdigest())
    if c % 16 == 0 and f % 16 == 0:
        print(hashlib.md5(w.grad.asnumpy().tobytes()).hexdigest())
