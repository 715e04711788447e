"""In inference a channel concat of convolutions' outputs takes the layout oneDNN gives it (the first blocked input's blocks, the images inside them for few images, channels last after a brgemm convolution's output, else plain), and BatchNorm after it sums as that layout's kernel does, as MXNet does."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import nd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


rs = np.random.RandomState(7)


def conv(x, filters, kernel=3):
    w = nd.array((rs.rand(filters, x.shape[1], kernel, kernel) - 0.5).astype("float32"))
    b = nd.array(rs.rand(filters).astype("float32"))
    return nd.Convolution(x, w, b, kernel=(kernel, kernel), pad=(kernel // 2,) * 2, num_filter=filters)


def normalised(t):
    c = t.shape[1]
    gamma, beta = nd.array(rs.uniform(0.5, 1.5, c).astype("float32")), nd.array(rs.uniform(-0.5, 0.5, c).astype("float32"))
    mean, var = nd.array(rs.uniform(-0.5, 0.5, c).astype("float32")), nd.array(rs.uniform(0.5, 1.5, c).astype("float32"))
    return crc(nd.BatchNorm(t, gamma, beta, mean, var, fix_gamma=False))


for images in (1, 2, 3, 4):
    x = nd.array(rs.rand(images, 3, 8, 8).astype("float32"))
    a16, a32 = conv(x, 16), conv(x, 32)          # brgemm kernels: channels last
    b8, b24 = conv(a16, 8), conv(x, 24)          # blocks of 8
    p3, p4, p8 = (nd.array(rs.rand(images, c, 8, 8).astype("float32")) for c in (3, 4, 8))
    joins = {"16+8": (a16, b8), "8+16": (b8, a16), "8+8": (b8, b8), "8+24": (b8, b24), "24+8": (b24, b8),
             "32+8": (a32, b8), "16+8+8": (a16, b8, b8), "8+8+8+8+8": (b8,) * 5, "16+p3": (a16, p3),
             "16+p4": (a16, p4), "16+p8": (a16, p8), "16+16": (a16, a16), "8+p3": (b8, p3), "p3+8": (p3, b8),
             "p8+8": (p8, b8), "8+p3+8": (b8, p3, b8), "8+16+p3+8": (b8, a16, p3, b8), "16+relu8": (a16, nd.relu(b8))}
    print(images, " ".join(f"{k}:{normalised(nd.concat(*v, dim=1))}" for k, v in joins.items()))

# a DenseNet block in a hybridized network and imperatively
mx.random.seed(3)


def grown(channels):
    body = mx.gluon.nn.HybridSequential()
    body.add(mx.gluon.nn.BatchNorm(in_channels=channels), mx.gluon.nn.Activation("relu"),
             mx.gluon.nn.Conv2D(8, 3, padding=1, in_channels=channels))
    return body


class Dense(mx.gluon.nn.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.first, self.second = grown(16), grown(24)

    def hybrid_forward(self, F, x):
        x = F.concat(x, self.first(x), dim=1)
        return F.concat(x, self.second(x), dim=1)


net = mx.gluon.nn.HybridSequential()
net.add(mx.gluon.nn.Conv2D(16, 3, padding=1, in_channels=1), Dense(), mx.gluon.nn.BatchNorm(in_channels=32),
        mx.gluon.nn.GlobalAvgPool2D(), mx.gluon.nn.Dense(4, in_units=32))
net.initialize(mx.init.Xavier())
for name, p in sorted(net.collect_params().items()):
    if "running" in name:
        p.set_data(nd.array(rs.uniform(0.5, 1.5, p.shape).astype("float32")))
for images in (1, 2, 3, 8):
    x = nd.array(rs.rand(images, 1, 8, 8).astype("float32"))
    net.hybridize(active=False)
    y = net(x)
    net.hybridize()
    print(images, crc(y), crc(net(x)))
