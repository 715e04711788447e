# contrib.round_ste rounds as round does: halves away from zero, -0.0 and values rounding to zero from below keep
# the sign, NaN and infinities pass
import mxnet as mx
import numpy as np
v = [-0.0, -0.4, 0.4, -0.5, 0.5, -1.5, 2.5, -2.5, 3e38, float("inf"), float("nan"), 0.49999997, 8388609.0]
for dt in ["float16", "float32", "float64"]:
    x = mx.nd.array(v, dtype=dt)
    print(dt, mx.nd.contrib.round_ste(x).asnumpy().tobytes().hex())
for dt in ["int32", "int8", "uint8", "int64"]:
    print(dt, mx.nd.contrib.round_ste(mx.nd.array([0, 3, 5, 100], dtype=dt)).asnumpy().tolist())
