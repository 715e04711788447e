"""AVX-512: a depthwise convolution's data gradient comes in its forward's channel blocks (16 or 8), so BatchNorm behind a 1x1 convolution of other blocks takes oneDNN's reference backward (MobileNet-0.75's 24-to-48 step), and a mobilenet0.75 training step's gradients match."""
import hashlib

import numpy as np
import mxnet as mx
from mxnet.gluon import nn
from mxnet.gluon.model_zoo import vision


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


def pointwise_then_depthwise(channels, filters, size, seed):
    mx.random.seed(seed)
    net = nn.HybridSequential()
    net.add(nn.Conv2D(filters, 1, use_bias=False), nn.BatchNorm(scale=True), nn.Activation("relu"),
            nn.Conv2D(filters, 3, padding=1, groups=filters, use_bias=False), nn.BatchNorm(scale=True),
            nn.Activation("relu"), nn.GlobalAvgPool2D())
    net.initialize(mx.init.Xavier())
    x = mx.nd.array(np.random.RandomState(seed).uniform(size=(2, channels, size, size)))
    x.attach_grad()
    with mx.autograd.record():
        loss = net(x).sum()
    loss.backward()
    print((channels, filters, size), digest(x.grad), [digest(p.grad()) for p in net.collect_params().values()
                                                      if p.grad_req != "null"])


for seed, (channels, filters, size) in enumerate(((24, 48, 28), (24, 48, 56), (8, 24, 28), (40, 48, 14),
                                                 (48, 96, 14), (16, 32, 28), (24, 40, 14))):
    pointwise_then_depthwise(channels, filters, size, seed)

mx.random.seed(0)
net = vision.get_model("mobilenet0.75", pretrained=False)
net.initialize(mx.init.Xavier())
x = mx.nd.array(np.random.RandomState(0).uniform(size=(2, 3, 224, 224)))
with mx.autograd.record():
    loss = net(x).sum()
loss.backward()
for name, p in list(net.collect_params().items())[:12]:
    if p.grad_req != "null":
        print(name, digest(p.grad()))
