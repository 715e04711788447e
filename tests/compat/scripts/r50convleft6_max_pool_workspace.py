"""Float32 max Pooling over channel-first data, recorded in training, passes each window's gradient to the maximum its forward found (oneDNN's workspace): writing into the data or the output before backward changes no gradient, while float64 and channels-last pooling read them again."""
# recorded on AMD AVX2
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd


def crc(a):
    return "%08x" % zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(50)


def grad_after(label, shape, change, dtype="float32", layout=None, **kw):
    x = nd.array(rng.uniform(-1, 1, shape), dtype=dtype)
    x.attach_grad()
    with autograd.record():
        y = nd.Pooling(x, pool_type="max", layout=layout, **kw)
    change(x, y)
    y.backward(nd.array(rng.uniform(-1, 1, y.shape), dtype=dtype))
    print(label, crc(x.grad), repr(float(x.grad.asnumpy().astype(np.float64).sum())))


def negate_data(x, y):
    x[:] = -x


def zero_data(x, y):
    x[:] = 0


def fill_output(x, y):
    y[:] = 3


for change in (negate_data, zero_data, fill_output):
    name = change.__name__
    grad_after(name + " 2x2", (2, 3, 6, 6), change, kernel=(2, 2), stride=(2, 2))
    grad_after(name + " 3x3 pad", (1, 8, 5, 5), change, kernel=(3, 3), pad=(1, 1))
    grad_after(name + " full", (2, 16, 7, 7), change, kernel=(3, 3), stride=(2, 2), pooling_convention="full")
    grad_after(name + " global", (2, 4, 5, 5), change, kernel=(1, 1), global_pool=True)
    grad_after(name + " 1-D", (2, 4, 9), change, kernel=(3,), stride=(2,), pad=(1,))
    grad_after(name + " 3-D", (1, 2, 4, 4, 4), change, kernel=(2, 2, 2), stride=(2, 2, 2))
    grad_after(name + " float64", (2, 3, 6, 6), change, dtype="float64", kernel=(2, 2), stride=(2, 2))
    grad_after(name + " NHWC", (2, 6, 6, 3), change, layout="NHWC", kernel=(2, 2), stride=(2, 2))

# after a convolution (a blocked output), a gradient taken twice around a write into the data
w = nd.array(rng.uniform(-1, 1, (8, 3, 1, 1)))
x = nd.array(rng.uniform(-1, 1, (2, 3, 7, 7)))
x.attach_grad()
with autograd.record():
    y = nd.Pooling(nd.Convolution(x, w, kernel=(1, 1), num_filter=8, no_bias=True), kernel=(3, 3), pool_type="max")
    z = (y * y).sum()
z.backward(retain_graph=True)
print("conv", crc(x.grad))
x[:] = x * 0.5 - 0.2
z.backward()
print("conv again", crc(x.grad))

# a hybridized MaxPool2D
net = gluon.nn.HybridSequential()
net.add(gluon.nn.MaxPool2D(2, 2))
net.hybridize()
x = nd.array(rng.uniform(-1, 1, (2, 3, 6, 6)))
x.attach_grad()
with autograd.record():
    y = net(x)
x[:] = -x
y.backward(nd.ones_like(y))
print("hybridized", crc(x.grad))
