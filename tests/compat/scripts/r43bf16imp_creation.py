"""nd.ones, nd.full, nd.arange and nd.linspace with the bfloat16 dtype cut their float32 values to bfloat16, the name 'bfloat16' itself is not a dtype numpy reads, and nd.eye refuses bfloat16 by name, as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.contrib.amp.amp import bfloat16


def show(name, x):
    print(name, x.dtype, x.shape, x.asnumpy().view(np.uint16).ravel().tolist())


show("ones", nd.ones((2, 2), dtype=bfloat16))
show("full", nd.full((3,), 1.3, dtype=bfloat16))
show("full tie", nd.full((2,), 1.01171875, dtype=bfloat16))
show("full negative", nd.full((2,), -3.14159, dtype=bfloat16))
show("arange", nd.arange(5, dtype=bfloat16))
show("arange start stop", nd.arange(2, 6, dtype=bfloat16))
show("linspace", nd.linspace(0, 1, 5, dtype=bfloat16))
show("zeros", nd.zeros((3,), dtype=bfloat16))
show("ones_like", nd.ones_like(nd.ones((2,), dtype=bfloat16)))
print(nd.full((2,), 2.5, dtype=bfloat16).astype("float32"))
print(nd.ones((2,), dtype=bfloat16) + nd.full((2,), 0.3, dtype=bfloat16))
for make in (lambda: nd.ones((2,), dtype="bfloat16"), lambda: nd.full((2,), 1.0, dtype="bfloat16")):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    nd.eye(2, dtype=bfloat16)
except mx.base.MXNetError as e:
    print(str(e).splitlines()[-1])
