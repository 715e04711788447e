"""Grouped float32 Deconvolutions with 4k or 8k channels a group sum their output as a grouped convolution's data gradient (blocks of 4 or 8 filters) and their data gradient as that grouped Convolution of the output gradient, as MXNet does."""
import hashlib

import mxnet as mx
from mxnet import autograd, nd


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12] + ' ' + repr(float(a.asnumpy().sum()))


for C, F, g, N, H, k, s, d, p in [(8, 16, 2, 2, 8, 3, 1, 1, 0), (16, 16, 2, 2, 8, 3, 1, 1, 1), (8, 8, 2, 2, 8, 3, 1, 1, 1),
                                  (24, 24, 3, 2, 8, 3, 1, 1, 1), (8, 16, 2, 2, 7, 3, 2, 1, 1), (16, 16, 2, 1, 9, 2, 1, 2, 0)]:
    mx.random.seed(4)
    x = nd.random.normal(shape=(N, C, H, H))
    w = nd.random.normal(shape=(C, F // g, k, k))
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        z = nd.Deconvolution(x, w, kernel=(k, k), stride=(s, s), dilate=(d, d), pad=(p, p), num_filter=F,
                             num_group=g, no_bias=True)
    z.backward(nd.random.normal(shape=z.shape))
    print((C, F, g, N, H, k, s, d, p), 'out', digest(z), 'data', digest(x.grad), 'weight', digest(w.grad))

for layer, shape in [(mx.gluon.nn.Conv1DTranspose(16, 3, groups=2, in_channels=8), (2, 8, 9)),
                     (mx.gluon.nn.Conv2DTranspose(8, 3, strides=2, groups=2, in_channels=8), (2, 8, 5, 5))]:
    mx.random.seed(5)
    layer.initialize(mx.init.Xavier())
    x = nd.random.normal(shape=shape)
    x.attach_grad()
    for train in (True, False):
        with autograd.record(train_mode=train):
            y = layer(x)
        y.backward(nd.random.normal(shape=y.shape))
        print(type(layer).__name__, train, 'out', digest(y), 'data', digest(x.grad), 'weight', digest(layer.weight.grad()))
