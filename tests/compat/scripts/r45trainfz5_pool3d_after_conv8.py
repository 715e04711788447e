"""3-D pooling's backward over a float32 convolution's 8-filter output (held in oneDNN's blocks of 8) runs the AVX2 pooling kernel's blocks of outputs, overlapping windows' terms in its order, max and avg, as MXNet's oneDNN does."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


rs = np.random.RandomState(0)


def run(name, channels, filters, pool_type="max", kernel=2, stride=1, batch=2, size=8, dim=3, after=None):
    x = nd.array(rs.randn(batch, channels, *(size,) * dim).astype("float32"))
    w1 = nd.array((rs.randn(filters, channels, *(2,) * dim) * 0.3).astype("float32"))
    w2 = nd.array((rs.randn(16, filters, *(2,) * dim) * 0.3).astype("float32"))
    for a in (x, w1, w2):
        a.attach_grad()
    with autograd.record():
        c = nd.Convolution(x, w1, kernel=(2,) * dim, pad=(1,) * dim, num_filter=filters, no_bias=True)
        y = nd.Pooling(c, kernel=(kernel,) * dim, stride=(stride,) * dim, pool_type=pool_type)
        if after:
            y = nd.Convolution(y, w2, kernel=(2,) * dim, pad=(after,) * dim, num_filter=16, no_bias=True)
    y.backward(nd.array(rs.randn(*y.shape).astype("float32")))
    print(name, crc(y), [crc(a.grad) for a in (x, w1, w2)])


run("max", 2, 8)
run("max 16 filters", 2, 16)
run("avg", 2, 8, "avg")
run("max stride 2", 2, 8, "max", 2, 2)
run("max 8 channels", 8, 8)
run("max 4 filters", 2, 4)
run("max 2-D", 2, 8, dim=2)
run("max 1-D", 2, 8, dim=1)
run("max then padded conv", 2, 8, after=1)
run("max then conv", 2, 8, after=0)
run("max 3x3x3", 2, 8, "max", 3, 1, batch=3, size=7)
run("avg 3x3x3", 2, 8, "avg", 3, 1, batch=1, size=9)
