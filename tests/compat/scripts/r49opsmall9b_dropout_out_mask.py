"""Dropout given out=[output, mask] writes both (the mask only where one is drawn) and checks the mask's shape and type first, as MXNet does."""
import zlib

import numpy as np

import mxnet as mx
from mxnet import autograd

nd = mx.nd


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


def last_line(e):
    return str(e).strip().split("\n")[-1]


def attempt(label, f, record=False):
    try:
        if record:
            with autograd.record():
                r = f()
        else:
            r = f()
        print(label, "returns", type(r).__name__, len(r))
        return r
    except mx.base.MXNetError as e:
        print(label, "refused:", last_line(e))


for dtype in ("float16", "float32", "float64"):
    for mode in ("training", "always"):
        for record in (False, True):
            mx.random.seed(3)
            x = nd.array(np.arange(15).reshape(3, 5) * 0.25 - 1, dtype=dtype)
            y, m = nd.zeros((3, 5), dtype=dtype) - 7, nd.zeros((3, 5), dtype=dtype) - 7
            r = attempt(f"{dtype} {mode} record={record}", lambda: nd.Dropout(x, p=0.4, mode=mode, out=[y, m]), record)
            print("  ", crc(y), crc(m), r[0] is y, r[1] is m)
            print("   next draw", crc(nd.random.uniform(shape=(4,))))

mx.random.seed(5)
x = nd.array(np.arange(24).reshape(2, 3, 4) * 0.5 - 3)
y, m = nd.zeros((2, 3, 4)), nd.zeros((2, 1, 4)) - 1
attempt("axes=(1,)", lambda: nd.Dropout(x, p=0.5, axes=(1,), mode="always", out=[y, m]))
print(y.asnumpy().tolist(), m.asnumpy().tolist())
for label, mask in (("mask of the data's shape, axes=(1,)", nd.zeros((2, 3, 4)) - 1),):
    y = nd.zeros((2, 3, 4))
    attempt(label, lambda: nd.Dropout(x, p=0.5, axes=(1,), mode="always", out=[y, mask]))
    print("  ", crc(y), crc(mask))
for label, mask in (("mask of another shape", nd.zeros((2, 3, 5)) - 1),
                    ("mask of another type", nd.zeros((2, 3, 4), dtype="float16") - 1)):
    y = nd.zeros((2, 3, 4))
    attempt(label, lambda: nd.Dropout(x, p=0.5, mode="always", out=[y, mask]))
    print("  ", crc(y), crc(mask))
for p in (0.0, 1.0):
    y, m = nd.zeros((2, 3, 4)), nd.zeros((2, 3, 4)) - 1
    attempt(f"p={p}", lambda: nd.Dropout(x, p=p, mode="always", out=[y, m]))
    print("  ", y.asnumpy().ravel()[:4].tolist(), m.asnumpy().ravel()[:4].tolist())
y, m = nd.zeros((2, 3, 4)), nd.zeros((2, 3, 4)) - 1
attempt("three out= arrays", lambda: nd.Dropout(x, p=0.5, mode="always", out=[y, m, m]))

x.attach_grad()
y, m = nd.zeros((2, 3, 4)), nd.zeros((2, 3, 4)) - 1
r = attempt("recorded", lambda: nd.Dropout(x, p=0.3, out=[y, m]), record=True)
print("  ", crc(y), crc(m))
r[0].backward()
print("   gradient", x.grad.asnumpy().ravel().tolist())
print("next draw", crc(nd.random.uniform(shape=(5,))))
print("plain", crc(nd.Dropout(x, p=0.3, mode="always")))

y, m = mx.np.zeros((2, 3, 4)), mx.np.zeros((2, 3, 4)) - 1
r = attempt("npx.dropout", lambda: mx.npx.dropout(x.as_np_ndarray(), p=0.3, mode="always", out=[y, m]))
print("  ", crc(y), crc(m), type(r[1]).__name__, r[1] is m)
