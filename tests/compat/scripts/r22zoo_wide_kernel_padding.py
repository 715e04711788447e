"""Convolutions oneDNN's AVX2 direct kernel does not take (more than 3 columns of padding, a kernel wider than 7
columns padded and strided) run its im2col sgemm: outputs and gradients bit for bit, and AlexNet's first layer."""
# recorded on AVX2
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon.model_zoo import vision


def sine(shape, f=0.3):
    return nd.array(np.sin(np.arange(int(np.prod(shape))) * f).reshape(shape))


def crc(a):
    return "%08x" % zlib.crc32(a.asnumpy().tobytes())


# (images, channels, filters, kernel, stride, pad, size)
CASES = [(2, 3, 16, (11, 11), (4, 4), (2, 2), (32, 32)), (1, 3, 8, (9, 9), (2, 2), (1, 1), (14, 14)),
         (1, 8, 8, (5, 5), (1, 1), (4, 4), (13, 13)), (1, 3, 8, (7, 7), (1, 1), (4, 4), (13, 14)),
         (2, 3, 8, (8, 8), (2, 2), (2, 2), (13, 13)), (1, 3, 8, (7, 7), (1, 1), (3, 3), (1, 1)),
         (1, 3, 8, (9, 9), (1, 2), (1, 1), (13, 14)), (1, 3, 8, (9, 9), (2, 2), (1, 0), (13, 14)),
         (1, 3, 8, (3, 9), (2, 2), (1, 1), (13, 14)), (1, 3, 8, (9, 3), (2, 2), (1, 1), (13, 14)),
         (1, 3, 8, (9, 9), (1, 1), (3, 3), (13, 14)), (1, 3, 8, (7, 7), (2, 2), (3, 3), (13, 14)),
         (1, 8, 16, (11, 11), (3, 3), (5, 5), (13, 14)), (1, 3, 8, (11,), (4,), (2,), (30,))]
for n, c, f, k, s, p, size in CASES:
    x, w, b = sine((n, c) + size), sine((f, c) + k, 0.7) * 0.1, sine((f,), 0.9)
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=k, stride=s, pad=p, num_filter=f)
    y.backward(sine(y.shape, 0.5))
    print((n, c, f, k, s, p, size), y.shape, repr(y.asnumpy().sum()), crc(y), crc(x.grad), crc(w.grad), crc(b.grad))
net = vision.get_model("alexnet", classes=5)
mx.random.seed(7)
net.initialize(mx.init.Xavier(magnitude=2.0))
x = sine((2, 3, 64, 64))
x.attach_grad()
for training in (False, True):
    with autograd.record(train_mode=training):
        h = x
        for block in list(net.features)[:3]:
            h = block(h)
            print(training, block.name, h.shape, repr(h.asnumpy().sum()), crc(h))
        loss = (h * h).sum()
    if training:        # (a backward recorded in inference mode is not replayed in MXNet's order here)
        loss.backward()
        print(training, "gradients", crc(x.grad), crc(net.features[0].weight.grad()), crc(net.features[0].bias.grad()))
