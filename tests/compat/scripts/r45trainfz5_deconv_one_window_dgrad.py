"""A float32 Deconvolution over a 1x1 input sums its data gradient as oneDNN's im2col gemm does for one window (each image's one-row inner product) unless its direct kernel takes it, grouped or not, in 1-D, 2-D and 3-D."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


CASES = [(3, 3, 2, (3, 3), (2, 2), 1), (1, 3, 2, (3, 3), (2, 2), 1), (2, 3, 2, (2, 2), (1, 1), 1),
         (2, 4, 8, (3, 3), (1, 1), 1), (2, 8, 8, (3, 3), (1, 1), 1), (2, 16, 16, (3, 3), (1, 1), 1),
         (2, 2, 8, (5, 5), (1, 1), 1), (2, 8, 16, (3, 3), (1, 1), 1), (2, 16, 8, (3, 3), (1, 1), 1),
         (2, 32, 32, (3, 3), (1, 1), 1), (2, 3, 2, (3,), (2,), 1), (2, 3, 2, (3, 3, 3), (2, 2, 2), 1),
         (2, 4, 4, (3, 3), (2, 2), 2), (3, 8, 8, (2, 2), (2, 2), 4), (2, 6, 4, (3, 3), (2, 2), 2)]
for i, (batch, channels, filters, kernel, stride, groups) in enumerate(CASES):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(batch, channels, *(1,) * len(kernel)).astype("float32"))
    w = nd.array((rs.randn(channels, filters // groups, *kernel) * 0.3).astype("float32"))
    b = nd.array(rs.randn(filters).astype("float32"))
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Deconvolution(x, w, b, kernel=kernel, stride=stride, num_filter=filters, num_group=groups,
                             no_bias=False)
    y.backward(nd.array(rs.randn(*y.shape).astype("float32")))
    print(i, channels, filters, kernel, stride, groups, y.shape, crc(y), crc(x.grad), crc(w.grad), crc(b.grad))

# pooled to one position and upsampled again, the data gradient reaching the first convolution
rs = np.random.RandomState(99)
net = mx.gluon.nn.HybridSequential()
net.add(mx.gluon.nn.Conv2D(3, 3, strides=2, padding=1), mx.gluon.nn.AvgPool2D(2, 2), mx.gluon.nn.AvgPool2D(2, 1),
        mx.gluon.nn.Conv2DTranspose(2, 3, strides=2), mx.gluon.nn.Dense(10))
mx.random.seed(0)
net.initialize(mx.init.Xavier())
x = nd.array(rs.randn(3, 1, 8, 8).astype("float32"))
with autograd.record():
    y = net(x)
y.backward(nd.array(rs.randn(3, 10).astype("float32")))
print([crc(p.grad()) for _, p in sorted(net.collect_params().items())])
