# recorded on AVX2
"""Gradients of layers on small maps, bit for bit: depthwise and pointwise convolutions (MobileNet's), a 3x3
convolution of 160 filters on 2x2 maps (ResNet's last stages at 32x32), a one-step GRU's prediction, a
ResNet v2 block (a BatchNorm before a convolution)."""
import zlib

import numpy as np
import mxnet as mx

rng = np.random.RandomState(0)


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


for c, size, k, s, p in [(36, 8, 3, 2, 1), (16, 2, 3, 1, 1), (12, 2, 3, 2, 1), (32, 3, 3, 2, 1), (16, 8, 3, 1, 2)]:
    x = mx.nd.array(rng.uniform(-1, 1, (2, c, size, size)))
    w = mx.nd.array(rng.uniform(-1, 1, (c, 1, k, k)))
    b = mx.nd.array(rng.uniform(-1, 1, c))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, kernel=(k, k), stride=(s, s), pad=(p, p), num_filter=c, num_group=c)
    y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape)))
    print("depthwise", c, size, k, s, p, crc(y), crc(x.grad), crc(w.grad), crc(b.grad))

for c, f, size in [(64, 160, 2), (8, 32, 2), (16, 32, 1)]:
    x = mx.nd.array(rng.uniform(-1, 1, (2, c, size, size)))
    w = mx.nd.array(rng.uniform(-1, 1, (f, c, 3, 3)))
    for a in (x, w):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(3, 3), pad=(1, 1), num_filter=f, no_bias=True)
    y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape)))
    print("conv", c, f, size, crc(y), crc(x.grad), crc(w.grad))

mx.random.seed(3)
gru = mx.gluon.rnn.GRU(5, layout="NTC")
gru.initialize(mx.init.Uniform(0.3))
out, state = gru(mx.nd.array(rng.normal(size=(1, 1, 4))), gru.begin_state(batch_size=1))
print("gru", out.asnumpy().ravel().tolist())

mx.random.seed(0)
block = mx.gluon.model_zoo.vision.resnet.BasicBlockV2(16, 1, False, in_channels=16)
block.initialize(mx.init.Xavier())
x = mx.nd.array(rng.uniform(-1, 1, (2, 16, 4, 4)))
x.attach_grad()
with mx.autograd.record():
    y = block(x)
y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape)))
print("resnet v2 block", crc(y), crc(x.grad), [crc(p.grad()) for p in block.collect_params().values()
                                                if p.grad_req != "null"])
