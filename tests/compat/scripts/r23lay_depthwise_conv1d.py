"""Depthwise gluon.nn.Conv1D (groups = channels) with a bias as MXNet runs it on an AVX2 CPU: oneDNN's depthwise
kernel is 2-D only, so its im2col convolution sums each output from zero and adds the bias after (the 2-D kernel
starts from the bias). Outputs and gradients, md5 of each result's bits and its first element."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

rs = np.random.RandomState(4)


def digest(a):
    a = a.asnumpy()
    return hashlib.md5(a.tobytes()).hexdigest()[:8] + " " + float(a.ravel()[0]).hex()


for channels in (8, 16, 3):
    for k, s, p, d in ((3, 1, 0, 1), (3, 2, 1, 1), (2, 1, 1, 2), (1, 1, 0, 1), (5, 1, 2, 1)):
        for hybrid in (False, True):
            net = gluon.nn.Conv1D(channels, k, strides=s, padding=p, dilation=d, groups=channels, in_channels=channels)
            net.initialize()
            net.weight.set_data(nd.array(rs.uniform(-1, 1, net.weight.shape)))
            net.bias.set_data(nd.array(rs.uniform(-1, 1, net.bias.shape)))
            if hybrid:
                net.hybridize()
            x = nd.array(rs.uniform(-1, 1, (2, channels, 11)))
            x.attach_grad()
            with autograd.record():
                y = net(x)
            y.backward(nd.array(rs.uniform(-1, 1, y.shape)))
            print(channels, k, s, p, d, hybrid, y.shape, digest(y), "dx", digest(x.grad), "dw",
                  digest(net.weight.grad()), "db", digest(net.bias.grad()))
