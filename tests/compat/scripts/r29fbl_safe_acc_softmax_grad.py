"""MXNET_SAFE_ACCUMULATION=1: float32 softmax and log_softmax gradients along the last axis of 1-4 dimensions come from oneDNN's backward, which sums in float32 as without the variable (bit patterns); other axes, ranks, dtypes and temperatures take MXNet's own kernel, which sums wider."""
# recorded on AVX2
import os

os.environ["MXNET_SAFE_ACCUMULATION"] = "1"

import numpy as np

import mxnet as mx
from mxnet import autograd

np.random.seed(7)


def bits(a):
    a = a.asnumpy()
    return a.view({2: np.uint16, 4: np.uint32, 8: np.uint64}[a.dtype.itemsize]).ravel().tolist()


CASES = [((4, 7), -1, "float32", {}), ((3, 5, 9), -1, "float32", {}), ((2, 33), -1, "float32", {}),
         ((6, 130), -1, "float32", {}), ((2, 2, 2, 3), -1, "float32", {}), ((2, 2, 2, 2, 3), -1, "float32", {}),
         ((4, 7), 0, "float32", {}), ((4, 7), -1, "float32", {"temperature": 2.0}),
         ((4, 7), -1, "float32", {"dtype": "float64"}), ((4, 7), 1, "float32", {"dtype": "float64", "temperature": 3.0}),
         ((4, 7), -1, "float16", {}), ((4, 7), -1, "float16", {"dtype": "float32"}), ((4, 7), -1, "float64", {})]
for shape, axis, dtype, extra in CASES:
    for name in ["softmax", "log_softmax", "softmin"]:
        for front in ["nd", "npx"]:
            x = np.random.randn(*shape) * 3
            dy = np.random.randn(*shape)
            if front == "nd":
                data, head = mx.nd.array(x, dtype=dtype), mx.nd.array(dy, dtype=extra.get("dtype", dtype))
                fn = getattr(mx.nd, name)
            else:
                if name == "softmin":
                    continue
                data, head = mx.np.array(x, dtype=dtype), mx.np.array(dy, dtype=extra.get("dtype", dtype))
                fn = getattr(mx.npx, name)
            data.attach_grad()
            with autograd.record():
                y = fn(data, axis=axis, **extra)
            y.backward(head)
            print(name, front, shape, axis, dtype, extra, "y", bits(y))
            print("  grad", bits(data.grad))
