"""Native FullyConnected data gradients over more than 100 rows whose units are a multiple of 1024 sum the outputs in the copy-based sgemm's blocks; other shapes keep the no-copy kernel's."""
import hashlib
import numpy as np
from mxnet import autograd, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(0)
for rows, outs, units, shape in ((100, 1000, 1024, None), (101, 1000, 1024, None), (160, 800, 2048, None),
                                 (128, 1000, 1280, None), (120, 900, 3072, None), (101, 500, 4096, None),
                                 (8, 20, 1024, (8, 20, 1024)), (2, 3, 1024, (2, 3, 7, 1024))):
    x = nd.array(rs.randn(rows, units).astype('float32'))
    if shape is not None:
        x = nd.array(rs.randn(*shape).astype('float32'))
        outs = 1000
    x.attach_grad()
    w = nd.array(rs.randn(outs, units).astype('float32') * 0.05)
    with autograd.record():
        y = nd.FullyConnected(x, w, num_hidden=outs, no_bias=True, flatten=shape is None)
    y.backward(nd.array(rs.randn(*y.shape).astype('float32')))
    print(x.shape, outs, h(y), h(x.grad), x.grad.asnumpy().ravel()[-2:].tolist())
