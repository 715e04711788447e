# Negative padding crops: Convolution and Pooling infer the cropped shape (float32 fails in oneDNN when the
# result is read, float64 runs MXNet's own kernels), Pad crops in every mode.
import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn


def show(name, make):
    try:
        out = make()
    except mx.base.MXNetError:
        print(name, "error at call")
        return
    try:
        print(name, out.shape, np.round(out.asnumpy().astype(np.float64), 4).ravel()[:24].tolist())
    except mx.base.MXNetError:
        print(name, out.shape, "error on read")


np.random.seed(0)
ones = nd.ones((2, 4, 6, 6))
conv = nn.Conv2D(4, 3, padding=-1)
conv.initialize(mx.init.One())
show("Conv2D padding=-1", lambda: conv(ones))
show("MaxPool2D padding=-1", lambda: nn.MaxPool2D(3, padding=-1)(ones))
show("AvgPool2D padding=-1", lambda: nn.AvgPool2D(3, padding=-1)(ones))
show("ReflectionPad2D(-1)", lambda: nn.ReflectionPad2D(-1)(nd.arange(40).reshape((2, 1, 4, 5))))

xr = np.random.rand(2, 2, 7, 6)
x = nd.array(xr, dtype="float64")
w = nd.array(np.random.rand(3, 2, 3, 2), dtype="float64")
x.attach_grad()
w.attach_grad()
with mx.autograd.record():
    y = nd.Convolution(x, w, kernel=(3, 2), num_filter=3, no_bias=True, pad=(-1, 0), stride=(1, 2))
y.backward(nd.ones(y.shape, dtype="float64"))
print("conv float64", y.shape, y.asnumpy().round(4).ravel()[:12].tolist())
print("  grads", x.grad.asnumpy().round(4).ravel()[:24].tolist(), w.grad.asnumpy().round(4).ravel().tolist())

for pool_type in ["max", "avg", "sum", "lp"]:
    for kw in [dict(kernel=(3, 3), pad=(-1, -1)), dict(kernel=(2, 3), pad=(-1, 0), stride=(2, 1)),
               dict(kernel=(2, 2), pad=(-1, -1), pooling_convention="full", stride=(2, 2))]:
        x = nd.array(xr, dtype="float64")
        x.attach_grad()
        with mx.autograd.record():
            y = nd.Pooling(x, pool_type=pool_type, p_value=2, **kw)
        y.backward(nd.ones(y.shape, dtype="float64") * 3)
        print(pool_type, kw, y.shape, y.asnumpy().round(4).ravel()[:12].tolist())
        print("  grad", x.grad.asnumpy().round(4).ravel()[:24].tolist())
show("Pooling float32 max pad -1", lambda: nd.Pooling(nd.array(xr), kernel=(3, 3), pad=(-1, -1), pool_type="max"))
show("Pooling float32 sum pad -1", lambda: nd.Pooling(nd.array(xr), kernel=(3, 3), pad=(-1, -1), pool_type="sum"))

data = nd.arange(40).reshape((2, 1, 4, 5))
for mode in ["reflect", "edge", "constant"]:
    for width in [(0, 0, 0, 0, -1, -1, -1, -1), (0, 0, 0, 0, -1, 1, 0, 0), (0, 0, 0, 0, 0, 0, 1, -2),
                  (0, 0, 0, 0, 2, -1, 0, 0)]:
        data.attach_grad()
        with mx.autograd.record():
            y = nd.pad(data, mode=mode, pad_width=width, constant_value=7)
        y.backward(nd.arange(y.size).reshape(y.shape))
        print("pad", mode, width, y.shape, y.asnumpy().ravel().tolist())
        if mode != "constant":      # MXNet's constant-mode gradient reads outside its buffers here
            print("  grad", data.grad.asnumpy().ravel().tolist())

for dt in ["float32", "float64"]:
    for kw in [dict(kernel=(3, 3), pad=(-1, -1)), dict(kernel=(3, 2), pad=(0, -2), stride=(2, 2), adj=(1, 0))]:
        show(f"Deconvolution {dt} {kw}", lambda: nd.Deconvolution(
            nd.ones((2, 2, 4, 3), dtype=dt), nd.ones((2, 3) + kw["kernel"], dtype=dt), num_filter=3, no_bias=True, **kw))
