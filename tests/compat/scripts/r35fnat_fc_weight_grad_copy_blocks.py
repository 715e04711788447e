"""Native FullyConnected weight gradients over 384+ rows take the copy-based sgemm's blocks of rows where oneDNN's checker picks it (units a multiple of 1024, or 256-multiple leading dimensions of large operands), the no-copy kernel's elsewhere."""
import hashlib
import numpy as np
from mxnet import autograd, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(0)
for rows, outs, units in ((800, 64, 1024), (800, 16, 1024), (1024, 500, 2048), (800, 1024, 1280), (800, 500, 1280),
                          (900, 1000, 1000), (1000, 512, 768), (800, 1024, 100), (700, 300, 1024)):
    x = nd.array(rs.randn(rows, units).astype('float32'))
    w = nd.array(rs.randn(outs, units).astype('float32') * 0.05)
    w.attach_grad()
    with autograd.record():
        y = nd.FullyConnected(x, w, num_hidden=outs, no_bias=True)
    y.backward(nd.array(rs.randn(rows, outs).astype('float32')))
    print(rows, outs, units, h(w.grad), w.grad.asnumpy().ravel()[-2:].tolist())
