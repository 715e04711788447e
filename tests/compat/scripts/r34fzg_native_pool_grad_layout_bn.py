"""AVX-512: BatchNorm gradients behind a oneDNN pooling backward from blocked data (global and one-row/one-column pools, jit or reference layouts), and a mobilenet0.25 training step's gradients."""
import hashlib

import numpy as np
import mxnet as mx
from mxnet.gluon.model_zoo import vision


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


POOLS = {
    "global avg": lambda hh, ww: dict(global_pool=True, kernel=(1, 1), pool_type="avg"),
    "global max": lambda hh, ww: dict(global_pool=True, kernel=(1, 1), pool_type="max"),
    "column of rows": lambda hh, ww: dict(kernel=(hh, 1), pool_type="avg"),
    "row of columns": lambda hh, ww: dict(kernel=(1, ww), pool_type="avg"),
    "overlapping": lambda hh, ww: dict(kernel=(min(hh, 3), min(ww, 3)), stride=(1, 1), pool_type="avg"),
}


def conv_bn_relu_pool(images, channels, hh, ww, pool, seed):
    rs = np.random.RandomState(seed)
    x = mx.nd.array(rs.uniform(-1, 1, size=(images, 3, hh, ww)))
    w = mx.nd.array(rs.normal(size=(channels, 3, 1, 1)))
    gamma = mx.nd.array(rs.uniform(0.5, 1.5, channels))
    beta = mx.nd.array(rs.normal(size=channels))
    for a in (w, gamma, beta):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(1, 1), num_filter=channels, no_bias=True)
        z = mx.nd.BatchNorm(y, gamma, beta, mx.nd.zeros(channels), mx.nd.ones(channels), fix_gamma=False)
        r = mx.nd.Activation(z, act_type="relu")
        p = mx.nd.Pooling(r, **POOLS[pool](hh, ww))
    p.backward(mx.nd.array(rs.normal(size=p.shape)))
    print(images, channels, (hh, ww), pool, p.shape, digest(p), digest(w.grad), digest(gamma.grad), digest(beta.grad))


CASES = [(2, 256, 7, 7), (2, 16, 7, 7), (2, 32, 3, 3), (2, 64, 7, 5), (2, 512, 2, 2), (2, 64, 2, 2),
         (1, 128, 7, 7), (8, 32, 2, 2), (3, 48, 5, 5), (2, 64, 4, 9), (2, 64, 9, 4), (2, 128, 1, 6),
         (2, 128, 6, 1), (8, 16, 1, 6), (2, 24, 7, 7)]
for seed, (images, channels, hh, ww) in enumerate(CASES):
    for extra, pool in enumerate(POOLS):     # a batch of its own: MXNet keeps a BatchNorm shape's first backward kernel
        try:
            conv_bn_relu_pool(images + extra, channels, hh, ww, pool, seed)
        except Exception as e:
            print("ERR", type(e).__name__, str(e).splitlines()[0][:200] if str(e) else "")

mx.random.seed(0)
net = vision.get_model("mobilenet0.25", pretrained=False)
net.initialize(mx.init.Xavier())
x = mx.nd.array(np.random.RandomState(0).uniform(size=(2, 3, 224, 224)))
with mx.autograd.record():
    loss = net(x).sum()
loss.backward()
for name, p in net.collect_params().items():
    if p.grad_req != "null" and ("26" in name or "25" in name or "dense" in name or "conv0" in name):
        print(name, digest(p.grad()))
