"""AVX-512: Dense forwards of 2-15 rows up to 2^27 multiply-adds (AlexNet's 9216 and 4096 units) sum in oneDNN's 16 lanes, and an AlexNet training step's gradients match."""
import hashlib

import numpy as np
import mxnet as mx
from mxnet.gluon.model_zoo import vision


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(0)
for rows, units, outs in ((2, 4096, 4096), (2, 9216, 4096), (3, 4100, 4096), (8, 4096, 4096), (15, 1000, 2000)):
    x = mx.nd.array(np.maximum(rs.normal(size=(rows, units)), 0))
    w = mx.nd.array(rs.normal(size=(outs, units)) * 0.01)
    b = mx.nd.array(rs.normal(size=outs))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.FullyConnected(x, w, b, num_hidden=outs)
    y.backward(mx.nd.array(rs.normal(size=y.shape)))
    print((rows, units, outs), digest(y), digest(x.grad), digest(w.grad), digest(b.grad))

mx.random.seed(0)
net = vision.get_model("alexnet", pretrained=False)
net.initialize(mx.init.Xavier())
x = mx.nd.array(np.random.RandomState(0).uniform(size=(2, 3, 224, 224)))
with mx.autograd.record():
    out = net(x)
    loss = out.sum()
loss.backward()
print("output", digest(out))
for name, p in net.collect_params().items():
    print(name, digest(p.grad()))
