# A write of an array whose kernel failed (an error not raised yet) runs after it: the array written into
# fails on read too. An in-place operator checks shapes before a bool kernel could fail on read.
import mxnet as mx
import numpy as np

a = mx.nd.array([1, 0, 1], dtype='bool')
for key in [slice(None), 0, [0, 1], slice(0, 2), Ellipsis]:
    y = a + a
    x = mx.nd.zeros((3,), dtype='bool')
    try:
        x[key] = y[0:1] if key != slice(None) else y
        print(key, "written")
    except Exception as e:
        print(key, "raises", type(e).__name__)
    try:
        print(" x", x.asnumpy().tolist())
    except Exception as e:
        print(" x read raises", type(e).__name__)

for shape in [(3,), (1, 3), (2, 3)]:
    x = mx.nd.array(np.ones((2, 3)), dtype='bool')
    for name in ["__iadd__", "__imul__"]:
        try:
            r = getattr(x[0], name)(mx.nd.array(np.ones(shape), dtype='bool'))
            print(shape, name, "made", r.shape)
            r.asnumpy()
        except Exception as e:
            print(shape, name, "raises", type(e).__name__)
