"""AVX-512: a one-row Dense's data gradient sums its outputs in one chain (1000-way classifiers on a single image), and a one-image resnet18_v1 training step's gradients match."""
import hashlib

import numpy as np
import mxnet as mx
from mxnet.gluon.model_zoo import vision


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(0)
for rows, units, outs in ((1, 256, 1000), (1, 1024, 1000), (1, 512, 1000), (1, 256, 700), (1, 256, 400),
                          (1, 2048, 1000), (1, 64, 100), (2, 256, 1000)):
    x = mx.nd.array(rs.normal(size=(rows, units)))
    w = mx.nd.array(rs.normal(size=(outs, units)) * 0.05)
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.FullyConnected(x, w, no_bias=True, num_hidden=outs)
    y.backward(mx.nd.array(rs.normal(size=y.shape)))
    print((rows, units, outs), digest(y), digest(x.grad), digest(w.grad))

mx.random.seed(0)
net = vision.get_model("resnet18_v1", pretrained=False)
net.initialize(mx.init.Xavier())
x = mx.nd.array(np.random.RandomState(0).uniform(size=(1, 3, 224, 224)))
with mx.autograd.record():
    loss = net(x).sum()
loss.backward()
for name, p in list(net.collect_params().items())[-12:]:
    if p.grad_req != "null":
        print(name, digest(p.grad()))
