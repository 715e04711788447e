"""In-place arithmetic on bfloat16 NDArrays (+=, -=, *=, /=, %= with numbers and arrays) computes as the operator with out= does, and refuses a float32 operand, as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.contrib.amp.amp import bfloat16


def show(name, x):
    print(name, x.dtype, x.shape, x.asnumpy().view(np.uint16).ravel().tolist())


def values(*v):
    return nd.array(np.array(v, np.float32)).astype(bfloat16)


x = values(1.3, -2.7, 0.1, 5.5)
x += 0.7
show("add scalar", x)
x -= 1.1
show("sub scalar", x)
x *= 1.37
show("mul scalar", x)
x /= 3
show("div scalar", x)
x %= 0.9
show("mod scalar", x)
y = values(0.3, 1.9, -4.2, 2.2)
x += y
show("add array", x)
x *= y
show("mul array", x)
x -= y
show("sub array", x)
x /= y
show("div array", x)
z = values(1.3, 2.6, -0.7, 9.1).reshape((2, 2))
z += values(0.55, -1.25).reshape((1, 2))
show("add broadcast", z)
try:
    w = values(1.0, 2.0)
    w += nd.array([1.0, 2.0])
    show("add float32", w)
except mx.base.MXNetError as e:
    print("MXNetError:", str(e).strip().split("\n")[-1])
