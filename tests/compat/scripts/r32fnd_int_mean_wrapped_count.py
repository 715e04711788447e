"""nd.mean (and moments) of small integer types divide by the element count cast to the array's type, truncating as C"""
# recorded on AVX2
import numpy as np
import mxnet as mx

r = np.random.RandomState(0)
for dtype in ["int8", "uint8", "int32", "int64"]:
    for n in [10, 100, 130, 200, 300, 1000, 3000]:
        low = 0 if dtype == "uint8" else -3
        x = mx.nd.array(r.randint(low, 5, (n,)), dtype=dtype)
        print(dtype, n, mx.nd.sum(x).asnumpy().tolist(), mx.nd.mean(x).asnumpy().tolist(),
              mx.nd.mean(x.reshape((2, -1)), axis=1).asnumpy().tolist(),
              mx.nd.mean(x.reshape((2, -1)), axis=1, keepdims=True).shape)
y = mx.nd.array(r.randint(-3, 5, (5, 40, 33)), dtype="int8")
print(mx.nd.mean(y, axis=(0, 2)).asnumpy().tolist())
print(mx.nd.mean(y, axis=1, exclude=True).asnumpy().tolist())
m, v = mx.nd.moments(y, axes=(0, 2))
print(m.asnumpy().tolist(), v.asnumpy().tolist())
