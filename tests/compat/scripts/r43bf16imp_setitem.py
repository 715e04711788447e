"""Writing numbers or float32 NDArrays into a bfloat16 NDArray cuts them to bfloat16 (a numpy array is cast field-wise by numpy), as MXNet does."""
import numpy as np
from mxnet import nd
from mxnet.contrib.amp.amp import bfloat16


def show(name, x):
    print(name, x.dtype, x.shape, x.asnumpy().view(np.uint16).ravel().tolist())


a = nd.ones((2, 3), dtype=bfloat16)
a[0, 1] = 1.01171875
show("number", a)
a[1] = -2.7
show("row number", a)
a[:] = nd.array([[1.3, 2.3, 3.3], [0.1, 1e-3, 65504]])
show("float32 array", a)
a[0] = nd.array([7.7, 8.8, 9.9])
show("float32 row", a)
a[1, :2] = nd.full((2,), 4.4, dtype=bfloat16)
show("bfloat16 part", a)
a[:, 2] = 5.5
show("column", a)
a[:] = np.array([[1.3, 2.3, 3.3], [4, 5, 6]])
show("numpy array", a)
print(a)
