"""A float16 3-D Deconvolution with a bias, whose forward fails the native kernel's check, runs its backward anyway, which fails its own check reading the data for the bias gradient (its sizes against N*C*D): the first gradient read raises that, the others read zeros, as MXNet does."""
import mxnet as mx
from mxnet import autograd, nd

x = nd.ones((2, 3, 5, 5, 6), dtype="float16")
w = nd.ones((3, 1, 3, 3, 3), dtype="float16")
b = nd.ones((1,), dtype="float16")
for a in (x, w, b):
    a.attach_grad()
with autograd.record():
    y = nd.Deconvolution(x, w, b, kernel=(3, 3, 3), num_filter=1, no_bias=False)
y.backward()
print("backward ok")
for name, a in zip("xwb", (x, w, b)):
    try:
        print(name, a.grad.asnumpy().sum())
    except mx.MXNetError as e:
        print(name, str(e).strip().splitlines()[-1])
