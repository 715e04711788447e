"""gluon.nn.Conv1DTranspose/Conv2DTranspose of one filter (output channel) over input channels in 8s, trained on an AVX2
CPU: MXNet's oneDNN fails the data gradient (it cannot reorder the weights for its direct kernel) and raises the
error when the gradient is read; a weight gradient alone, other channel counts and padding as wide as the kernel
run. Outputs and gradients as md5 of their bits, refusals in MXNet's words."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words

rs = np.random.RandomState(2)
for layer, size in (("Conv1DTranspose", (5,)), ("Conv2DTranspose", (4, 4))):
    for channels in (8, 16, 12, 4):
        for k, s, p in ((3, 1, 0), (3, 2, 1), (1, 1, 0), (2, 1, 2)):
            for data_grad in (True, False):
                net = getattr(gluon.nn, layer)(1, k, strides=s, padding=p, in_channels=channels)
                net.initialize()
                net.weight.set_data(nd.array(rs.uniform(-1, 1, net.weight.shape)))
                x = nd.array(rs.uniform(-1, 1, (2, channels) + size))
                if data_grad:
                    x.attach_grad()
                try:
                    with autograd.record():
                        y = net(x)
                    y.backward()
                    grads = [y, net.weight.grad()] + ([x.grad] if data_grad else [])
                    print(layer, channels, k, s, p, data_grad, y.shape,
                          *[hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8] for a in grads])
                except mx.MXNetError as e:
                    print(layer, channels, k, s, p, data_grad, words(e))
