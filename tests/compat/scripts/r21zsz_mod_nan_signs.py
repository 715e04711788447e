"""mod of special values by NaN, zero and each other, in every float dtype and at lengths that take numpy's vector loops."""
import numpy as np
import mxnet as mx
from mxnet import nd

SPECIAL = [float("nan"), float("inf"), float("-inf"), -0.0, 0.0, 1e-45, 65504.0, -65504.0, 1.0, -1.5, 0.5, 2.5]


def bits(a):
    return a.asnumpy().tobytes().hex()


for dtype in ["float16", "float32", "float64"]:
    print("--", dtype)
    for n in [1, 12, 36]:
        x = nd.array((SPECIAL * 3)[:n], dtype=dtype)
        print(n, "x % nan", bits(x % nd.full((n,), float("nan"), dtype=dtype)))
        print(n, "nan % x", bits(nd.full((n,), float("nan"), dtype=dtype) % x))
        print(n, "-1 % x", bits(-1 % x))
        print(n, "x % -1", bits(x % -1))
        print(n, "x % 0", bits(nd.broadcast_mod(x, nd.zeros((n,), dtype=dtype))))
        print(n, "x % rev", bits(nd.broadcast_mod(x, x[::-1].copy())))
