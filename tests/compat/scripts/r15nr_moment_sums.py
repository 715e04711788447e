"""moments sums by Kahan's steps (an infinity followed by finite terms leaves nan); integer means and moments
truncate in their own type, exactly for int64."""
import numpy as np
import mxnet as mx
from mxnet import nd

inf = float("inf")
for values in [[-inf, 0.0, 1.0], [1.0, 0.0, -inf], [inf, 1.0], [1.0, inf], [inf, inf], [-inf], [1e38, 1e38, 1e38],
               [3e38, 3e38], [float("nan"), 1.0], [1.0, float("nan")], [0.5, -0.25, 2.0]]:
    for dtype in ["float16", "float32", "float64"]:
        x = nd.array(values, dtype=dtype)
        mean, var = nd.moments(x, axes=0)
        print(values, dtype, "moments", mean.asnumpy().tolist(), var.asnumpy().tolist(), "mean",
              nd.mean(x).asnumpy().tolist(), "sum", nd.sum(x).asnumpy().tolist())
rows = np.array([[-2**31, 0, 0, 2, -2], [2**31 - 1, 2**31 - 1, 5, 0, 0], [-7, 3, 1, 0, 0]])
for dtype in ["int32", "int64", "int8", "uint8"]:
    x = nd.array(rows.astype(dtype), dtype=dtype)
    mean, var = nd.moments(x, axes=1)
    print(dtype, "moments", mean.asnumpy().tolist(), var.asnumpy().tolist())
    print(dtype, "mean", nd.mean(x, axis=1).asnumpy().tolist(), nd.mean(x, axis=0).asnumpy().tolist())
big = nd.array(np.array([[-2**63, 0, 0, 2, -2], [2**62, 2**62, 3, 0, 1]], dtype=np.int64), dtype="int64")
print("int64 mean", nd.mean(big, axis=1).asnumpy().tolist(), nd.moments(big, axes=1)[0].asnumpy().tolist())
