"""Float32 2-D convolutions whose rows are both strided and dilated sum their weight gradient image by image, over few or 16k channels, grouped or not, as MXNet's oneDNN does."""
import zlib
import numpy as np
import mxnet as mx
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


# N, C, spatial, F, kernel, stride, pad, dilate, groups
CASES = [(2, 2, (7, 7), 16, (2, 2), (2, 2), (1, 1), (2, 2), 1),
         (2, 1, (7, 7), 16, (3, 3), (2, 2), (0, 0), (2, 2), 1),
         (3, 3, (9, 9), 32, (3, 3), (2, 2), (0, 0), (3, 3), 1),
         (2, 2, (7, 7), 16, (3, 3), (2, 1), (1, 1), (2, 1), 1),
         (2, 2, (7, 7), 16, (3, 3), (1, 2), (1, 1), (1, 2), 1),
         (2, 2, (7, 7), 16, (3, 3), (2, 1), (1, 1), (2, 2), 1),
         (2, 2, (7, 7), 16, (3, 3), (1, 2), (1, 1), (2, 2), 1),
         (2, 16, (7, 7), 16, (3, 3), (2, 2), (1, 1), (2, 2), 1),
         (2, 16, (7, 7), 32, (3, 3), (2, 2), (1, 1), (2, 2), 1),
         (2, 2, (7, 7), 16, (1, 1), (2, 2), (0, 0), (2, 2), 1),
         (2, 32, (7, 7), 32, (3, 3), (2, 2), (1, 1), (2, 2), 2),
         (2, 2, (9,), 32, (3,), (3,), (0,), (3,), 1)]

for i, (n, c, spatial, f, k, s, p, d, groups) in enumerate(CASES):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, *spatial))
    w = nd.array(rs.randn(f, c // groups, *k))
    kw = dict(kernel=k, stride=s, pad=p, dilate=d, num_filter=f, num_group=groups, no_bias=True)
    head = nd.array(rs.randn(*nd.Convolution(x, w, **kw).shape))
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, **kw)
    y.backward(head)
    print(i, crc(y), crc(x.grad), crc(w.grad))

mx.random.seed(17)
np.random.seed(17)
net = nn.HybridSequential()
net.add(nn.AvgPool2D(2, 1), nn.Conv2D(16, 2, strides=2, padding=1, dilation=2, use_bias=False), nn.GELU(),
        nn.Conv2D(4, 1, strides=2), nn.GlobalMaxPool2D(), nn.Flatten(), nn.Dense(5))
net.initialize(mx.init.Xavier())
net.hybridize()
x = nd.array(np.random.randn(2, 2, 8, 8))
y = nd.array(np.random.rand(2, 5))
loss = gluon.loss.HuberLoss()
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.05})
for step in range(3):
    with autograd.record():
        l = loss(net(x), y)
    l.backward()
    trainer.step(2)
    print(step, repr(float(l.mean().asscalar())), [crc(p.data()) for _, p in sorted(net.collect_params().items())])
print(crc(net(x)))
