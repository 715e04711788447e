"""BatchNorm training on AVX-512 between convolutions: plain data with a convolution's blocked data gradient, and blocked data of over 1024 terms per channel."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


def run(source, channels, images, size, post_filters):
    mx.random.seed(7); rs = np.random.RandomState(channels * 100 + size)
    x = nd.array(rs.randn(images, 3 if source != 'plain' else channels, size, size)); x.attach_grad()
    pre = {'conv': nn.Conv2D(channels, 3, padding=1, in_channels=3),
           'deconv': nn.Conv2DTranspose(channels, 3, padding=1, in_channels=3)}.get(source)
    bn = nn.BatchNorm(in_channels=channels)
    post = nn.Conv2D(post_filters, 3, in_channels=channels)
    for b in (pre, bn, post):
        if b is not None:
            b.initialize(mx.init.Xavier())
    with autograd.record():
        z = post(bn(pre(x) if pre else x))
    z.backward(nd.array(rs.randn(*z.shape)))
    print(source, channels, images, size, post_filters, h(z), h(x.grad), h(bn.gamma.grad()), h(bn.beta.grad()),
          h(post.weight.grad()))


for source in ('plain', 'deconv', 'conv'):
    for channels, post_filters in ((8, 8), (16, 8), (24, 16), (16, 16), (32, 8), (40, 8)):
        for images, size in ((2, 5), (3, 20)):
            run(source, channels, images, size, post_filters)

# Conv2DTranspose -> BatchNorm -> Conv2D -> GlobalAvgPool2D -> Dense, one step
mx.random.seed(34); np.random.seed(34); rs = np.random.RandomState(34)
net = nn.HybridSequential()
net.add(nn.Conv2DTranspose(8, 3, strides=2), nn.BatchNorm(), nn.Conv2D(8, 3), nn.GlobalAvgPool2D(), nn.Dense(3))
net.initialize(mx.init.Xavier())
x = nd.array(rs.randn(4, 3, 4, 4)); x.attach_grad()
with autograd.record():
    z = net(x)
z.backward(nd.array(rs.randn(*z.shape)))
print('net', h(z), h(x.grad))
for k, p in sorted(net.collect_params().items()):
    if p.grad_req != 'null':
        print(k, h(p.grad()))
