"""nd.array and nd.empty make bfloat16 arrays (nd.array casting numbers field-wise as numpy does), and operators write bfloat16 results into a bfloat16 out= but refuse a float32 one, as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.contrib.amp.amp import bfloat16

x = nd.array([1.3, 2, 1.01171875, -7.9], dtype=bfloat16)
print(x.dtype, x.shape, x.asnumpy().view(np.uint16).tolist())
y = nd.array(np.array([[0.5, 3.0], [250.7, 9.0]]), dtype=bfloat16)
print(y.dtype, y.shape, y.asnumpy().view(np.uint16).ravel().tolist())
print(nd.empty((2, 3), dtype=bfloat16).shape, nd.empty((2,), dtype=bfloat16).dtype)
a = nd.full((3,), 1.3, dtype=bfloat16)
o = nd.zeros((3,), dtype=bfloat16)
nd.elemwise_add(a, a, out=o)
print(o.asnumpy().view(np.uint16).tolist())
nd.broadcast_mul(a, a, out=o)
print(o.asnumpy().view(np.uint16).tolist())
nd.relu(a, out=o)
print(o.asnumpy().view(np.uint16).tolist())
nd.sum(nd.stack(a, a), axis=0, out=o)
print(o.asnumpy().view(np.uint16).tolist())
for target in (nd.zeros((3,)), nd.zeros((3,), dtype="float16")):
    try:
        nd.relu(a, out=target)
    except mx.base.MXNetError as e:
        print(str(e).splitlines()[-1])
    print(target)
