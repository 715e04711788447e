# nd.save / nd.load of lists, dicts, single arrays and every dtype; errors for bad input.
import os
import tempfile
import numpy as np
import mxnet as mx
from mxnet import nd

d = tempfile.mkdtemp()
f = os.path.join(d, "x.params")
arrs = [nd.arange(6).reshape((2, 3)), nd.array([1, 2], dtype="int32"), nd.array([1, 2], dtype="int64"),
        nd.array([1, 250], dtype="uint8"), nd.array([1.5], dtype="float16"), nd.array([2.5], dtype="float64"),
        nd.array([-3], dtype="int8"), nd.array([True, False], dtype="bool"), nd.array([])]
nd.save(f, arrs)
r = nd.load(f)
print(type(r).__name__, len(r))
for a in r:
    print(a.shape, a.dtype.__name__, a.asnumpy().tolist(), a.context)
nd.save(f, {"w": nd.ones((2,)), "b": nd.array([3], dtype="int32"), "arg:x": nd.zeros((1, 1))})
r = nd.load(f)
print(type(r).__name__, sorted(r.keys()))
for k in sorted(r):
    print(k, r[k].shape, r[k].dtype.__name__, r[k].asnumpy().tolist())
nd.save(f, nd.arange(3))
r = nd.load(f)
print(type(r).__name__, len(r), r[0].asnumpy().tolist())
nd.save(f, [])
print(nd.load(f))
nd.save(f, {})
print(nd.load(f))
with open(f, "rb") as fh:
    buf = fh.read()
print(len(buf))
nd.save(f, [nd.arange(4)])
with open(f, "rb") as fh:
    buf = fh.read()
print(len(buf), buf[:8].hex())
print(nd.load_frombuffer(buf)[0].asnumpy().tolist())
nd.save(f, {"a": nd.array([1, 2], dtype="float16")})
with open(f, "rb") as fh:
    print(fh.read().hex())
for bad in [lambda: nd.save(f, [1, 2]), lambda: nd.save(f, {"a": 1}), lambda: nd.save(f, np.zeros(2)),
            lambda: nd.load(os.path.join(d, "missing.params")), lambda: nd.load_frombuffer(b"garbage"),
            lambda: nd.save(f, {1: nd.ones(1)})]:
    try:
        print(bad())
    except Exception as e:
        print("error", type(e).__name__)
with open(os.path.join(d, "bad"), "wb") as fh:
    fh.write(b"\x00" * 20)
try:
    nd.load(os.path.join(d, "bad"))
except Exception as e:
    print("error", type(e).__name__)
