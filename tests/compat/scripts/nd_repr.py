# NDArray printing: dtypes, magnitudes, shapes, truncation, contexts.
import numpy as np
import mxnet as mx
from mxnet import nd

for a in [nd.array([0.1, 1e-8, 123456789]), nd.array([-0.0, 0.0]), nd.array([1e20, -1e-20]), nd.array([[1, 2], [3, 4]], dtype="int64") * 1000000,
          nd.array([0.5, 1.5, 2.5], dtype="float16"), nd.array([1 / 3], dtype="float64"), nd.array([True, False, True], dtype="bool"),
          nd.ones((2, 2, 2, 2)), nd.ones((1, 1, 1)), nd.zeros((3, 0)) if False else nd.ones((3, 1)), nd.arange(12).reshape((3, 4)) / 7,
          nd.arange(30).reshape((2, 15)), nd.arange(1000).reshape((10, 100)), nd.arange(1001).reshape((7, 11, 13)),
          nd.array([np.nan, 1]), nd.array([-1, 2], dtype="int8"), nd.array([200], dtype="uint8"), nd.array([1, 2], ctx=mx.cpu(3)),
          nd.array([1.123456789e-3, 5]), nd.array([100000.5])]:
    print(a)
    print(repr(a))
    print(str(a) == repr(a), a.__str__() is not None)
print(nd.ones((2,)).__repr__())
print([nd.ones((1,)), nd.zeros((1,))])
print({"a": nd.ones((1,))})
print("%s" % nd.ones((1,)))
print(f"{nd.ones((1,))}")
