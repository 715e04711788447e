"""A float16 3-D Deconvolution fails, when its result is read, at the native kernel's check (only 1-D and 2-D are native), as a float64 one does; only where the temp space copy it takes holds an earlier FP16 gemm failure does it fail with that, as MXNet does."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def last_line(e):
    return str(e).strip().splitlines()[-1]


rng = np.random.RandomState(50)
for dtype in ("float16", "float64", "float16"):
    for n, c, f, k, s, p, size, no_bias in [(1, 3, 1, (3, 3, 3), (1, 1, 2), (0, 0, 1), (5, 5, 6), False),
                                            (2, 2, 4, (2, 2, 2), (1, 1, 1), (0, 0, 0), (3, 3, 3), True)]:
        x = nd.array(rng.uniform(-1, 1, (n, c) + size), dtype=dtype)
        w = nd.array(rng.uniform(-1, 1, (c, f) + k), dtype=dtype)
        args = [x, w] + ([] if no_bias else [nd.array(rng.uniform(-1, 1, (f,)), dtype=dtype)])
        y = nd.Deconvolution(*args, kernel=k, stride=s, pad=p, num_filter=f, no_bias=no_bias)
        print(dtype, y.shape, end=" ")
        try:
            print(y.asnumpy().sum())
        except mx.MXNetError as e:
            print(last_line(e))

# a float16 Convolution's backward fails its FP16 gemm without a read of every gradient: its temp space copy keeps
# the error, and the Deconvolution taking that copy later is skipped with it
x = nd.array(rng.uniform(-1, 1, (1, 8, 3, 3)), dtype="float16")
w = nd.array(rng.uniform(-1, 1, (4, 8, 3, 3)), dtype="float16")
for a in (x, w):
    a.attach_grad()
with autograd.record():
    y = nd.Convolution(x, w, kernel=(3, 3), num_filter=4, no_bias=True)
y.backward()
try:
    print(x.grad.asnumpy().sum())
except mx.MXNetError as e:
    print("x grad", last_line(e))
for i in range(5):
    y = nd.Deconvolution(nd.ones((1, 8, 3, 3, 3), dtype="float16"), nd.ones((8, 4, 3, 3, 3), dtype="float16"),
                         kernel=(3, 3, 3), num_filter=4, no_bias=True)
    try:
        print(i, y.asnumpy().sum())
    except mx.MXNetError as e:
        print(i, last_line(e))
