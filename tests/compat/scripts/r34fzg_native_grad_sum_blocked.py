"""AVX-512: a gradient's 3 or 4 contributions in oneDNN's blocked layout (convolution and pooling data gradients) add in oneDNN's sum order; plain ones in MXNet's add_n order (an Inception-E-like block trains as MXNet)."""
import hashlib

import numpy as np
import mxnet as mx
from mxnet.gluon import nn
from mxnet.gluon.contrib.nn import HybridConcurrent


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(0)
x = mx.nd.array(rs.normal(size=(2, 64, 8, 8)))
ws = [mx.nd.array(rs.normal(size=(32, 64, 1, 1))) for _ in range(5)]
cs = [mx.nd.array(rs.normal(size=(2, 64, 8, 8))) for _ in range(5)]
x.attach_grad()
for kinds in ["cc", "ccc", "cccc", "ccccc", "ccm", "mcc", "cmc", "ccmc", "mmm", "cmm", "cap", "ccap", "ccpa"]:
    with mx.autograd.record():
        ys = []
        for i, kind in enumerate(kinds):
            if kind == "c":
                ys.append(mx.nd.Convolution(x, ws[i], kernel=(1, 1), num_filter=32, no_bias=True))
            elif kind == "m":
                ys.append(x * cs[i])
            elif kind == "a":
                ys.append(mx.nd.Pooling(x, kernel=(3, 3), stride=(1, 1), pad=(1, 1), pool_type="avg"))
            else:
                ys.append(mx.nd.Pooling(x, kernel=(3, 3), stride=(1, 1), pad=(1, 1), pool_type="max"))
        out = mx.nd.concat(*[y.reshape((2, -1)) for y in ys], dim=1)
    out.backward(mx.nd.array(np.random.RandomState(len(kinds)).normal(size=out.shape)))
    print(kinds, digest(x.grad))


def conv_bn_relu(channels):
    block = nn.HybridSequential(prefix="")
    block.add(nn.Conv2D(channels, 1, use_bias=False), nn.BatchNorm(epsilon=0.001), nn.Activation("relu"))
    return block


mx.random.seed(0)
for branches in (3, 4):
    net = nn.HybridSequential()
    stem = conv_bn_relu(256)
    split = HybridConcurrent(axis=1)
    for channels in (32, 48, 64)[:branches - 1] + ((64,) if branches == 3 else ()):
        split.add(conv_bn_relu(channels))
    if branches == 4:
        pooled = nn.HybridSequential(prefix="")
        pooled.add(nn.AvgPool2D(pool_size=3, strides=1, padding=1), conv_bn_relu(32))
        split.add(pooled)
    net.add(stem, split, nn.GlobalAvgPool2D())
    net.initialize(mx.init.Xavier())
    data = mx.nd.array(np.random.RandomState(branches).uniform(size=(2, 64, 8, 8)))
    data.attach_grad()
    with mx.autograd.record():
        loss = net(data).sum()
    loss.backward()
    print(branches, "branches", digest(data.grad), [digest(p.grad()) for p in net.collect_params().values()
                                                    if p.grad_req != "null"])
