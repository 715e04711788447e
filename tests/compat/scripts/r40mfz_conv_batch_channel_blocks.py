"""Batches of im2col convolutions whose windows outgrow a 512 KiB L2 sum their channels in oneDNN's cache blocks, each image as one alone (AVX2 kernels, an AMD CPU's cache guess)."""
# recorded on AMD AVX2
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd


def crc(a):
    return "%08x" % zlib.crc32(a.asnumpy().tobytes())


mx.random.seed(40)
# (images, channels, filters, size, kernel)
for n, c, f, size, k in [(2, 16, 3, 32, 5), (3, 16, 3, 32, 3), (2, 8, 4, 32, 5), (2, 24, 2, 28, 3), (4, 64, 3, 16, 3),
                         (2, 8, 10, 40, 3), (2, 16, 10, 32, 3), (3, 24, 10, 24, 3), (2, 16, 5, 30, 3), (2, 8, 3, 26, 5),
                         (6, 16, 3, 32, 3), (1, 16, 3, 32, 5), (2, 32, 3, 22, 3), (2, 16, 3, 20, 5)]:
    x = nd.random.uniform(-1, 1, shape=(n, c, size, size))
    w = nd.random.uniform(-1, 1, shape=(f, c, k, k))
    b = nd.random.uniform(-1, 1, shape=(f,))
    y = nd.Convolution(x, w, b, kernel=(k, k), pad=(k // 2, k // 2), num_filter=f)
    print((n, c, f, size, k), crc(y), repr(float(y.asnumpy().astype(np.float64).sum())))

# a Gluon layer over such a batch, trained two steps
net = gluon.nn.Conv2D(3, 5, padding=2, in_channels=16)
net.initialize(mx.init.Xavier())
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
for step in range(2):
    x = nd.random.uniform(-1, 1, shape=(2, 16, 32, 32))
    with autograd.record():
        loss = (net(x) ** 2).mean()
    loss.backward()
    trainer.step(2)
    print(step, repr(loss.asscalar()), crc(net.weight.data()), crc(net.bias.data()))
