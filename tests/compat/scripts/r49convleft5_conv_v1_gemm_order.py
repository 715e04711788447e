"""Convolution_v1 computes with MXNet's mshadow kernel: one BLAS gemm a group over unpacked windows with the bias added after, its weight gradient a gemm over the same windows, its data gradient packed back pixel by pixel and its bias gradient summed image by image (strided, padded and grouped)."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(17)
for dtype in ("float32", "float64"):
    for n, c, f, hw, k, s, p, groups in ((2, 3, 4, 8, 3, 1, 1, 1), (2, 3, 4, 8, 3, 2, 1, 1), (2, 8, 16, 10, 3, 2, 0, 2),
                                         (3, 5, 7, 11, 3, 3, 1, 1), (2, 6, 8, 10, 3, 4, 1, 2), (2, 16, 16, 16, 3, (2, 1), 1, 1)):
        stride = s if isinstance(s, tuple) else (s, s)
        x = mx.nd.array(rng.normal(size=(n, c, hw, hw)), dtype=dtype)
        w = mx.nd.array(rng.normal(size=(f, c // groups, k, k)), dtype=dtype)
        b = mx.nd.array(rng.normal(size=(f,)), dtype=dtype)
        for a in (x, w, b):
            a.attach_grad()
        with autograd.record():
            y = mx.nd.Convolution_v1(x, w, b, kernel=(k, k), stride=stride, pad=(p, p), num_filter=f, num_group=groups)
        y.backward(mx.nd.array(rng.normal(size=y.shape), dtype=dtype))
        print(dtype, (n, c, f, hw, k, s, p, groups), crc(y), crc(x.grad), crc(w.grad), crc(b.grad))
        print("   ", y.asnumpy()[0, 0, 0, :3], w.grad.asnumpy()[0, 0, 0, :3])
