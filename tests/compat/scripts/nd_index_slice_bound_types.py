"""NDArray slicing with bounds that are not Python ints: numpy integer scalars work, floats and
non-scalar arrays raise TypeError (as MXNet), a one-element array step is accepted."""
import mxnet as mx
import numpy as np

a = mx.nd.arange(12).reshape((3, 4))
keys = [slice(0, np.array([2])), slice(np.array([[1]]), None), slice(0, 2.5), slice(0, np.float32(2)),
        (slice(None), slice(0, np.array([3]))), slice(None, None, np.array([1])), slice(0, np.array(2)),
        slice(np.int64(1), np.int32(3)), slice(True, 2), slice(0, mx.nd.array([2]))]
for k in keys:
    try:
        print(a[k].asnumpy().tolist())
    except TypeError as e:
        print("TypeError:", e)
