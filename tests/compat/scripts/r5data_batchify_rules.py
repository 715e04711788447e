# default_batchify_fn / default_mp_batchify_fn: NDArray samples go through the stack operator (which refuses
# 0-d arrays, mixed dtypes, non-NDArrays and mx.np arrays outside NumPy mode); other samples through
# np.asarray, where an NDArray met inside a list makes an object array, and dtypes MXNet lacks fail.
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.gluon.data import DataLoader, SimpleDataset
from mxnet.gluon.data.dataloader import default_batchify_fn, default_mp_batchify_fn


def show(x):
    if isinstance(x, list):
        return "[" + ", ".join(show(v) for v in x) + "]"
    return "%s %s %s %s %s" % (type(x).__name__, x.dtype.__name__ if isinstance(x.dtype, type) else x.dtype,
                               x.shape, x.context, x.asnumpy().tolist())


cases = [
    ("0-d NDArrays", lambda: [nd.array(1), nd.array(2)]),
    ("int32 then float32", lambda: [nd.ones(2, dtype="int32"), nd.ones(2)]),
    ("float32 then float64", lambda: [nd.ones(2), nd.ones(2, dtype="float64")]),
    ("NDArray then numpy", lambda: [nd.ones(2), np.ones(2)]),
    ("NDArray then int", lambda: [nd.ones(2), 1]),
    ("numpy then NDArray", lambda: [np.ones(2), nd.ones(2)]),
    ("lists of NDArrays", lambda: [[nd.ones(1), nd.zeros(1)], [nd.ones(1), nd.zeros(1)]]),
    ("mx.np arrays", lambda: [mx.np.ones(2), mx.np.ones(2)]),
    ("mx.np then NDArray", lambda: [mx.np.ones(2), nd.ones(2)]),
    ("NDArray then mx.np", lambda: [nd.ones(2), mx.np.ones(2)]),
    ("uint16", lambda: [np.ones(2, "uint16")] * 2),
    ("int16", lambda: [np.ones(2, "int16")] * 2),
    ("uint32", lambda: [np.ones(2, "uint32")] * 2),
    ("uint64", lambda: [np.ones(2, "uint64")] * 2),
    ("complex", lambda: [1 + 2j, 3j]),
    ("datetime64", lambda: [np.datetime64("2020-01-01")] * 2),
    ("int8 and bool", lambda: [np.ones(2, "int8"), np.zeros(2, "int8")]),
    ("bool", lambda: [np.ones(2, "bool")] * 2),
    ("pinned NDArrays", lambda: [nd.ones(2, ctx=mx.cpu_pinned(0))] * 2),
    ("cpu(1) then cpu(0)", lambda: [nd.ones(2, ctx=mx.cpu(1)), nd.ones(2)]),
]
for name, make in cases:
    for fn in (default_batchify_fn, default_mp_batchify_fn):
        try:
            print(name, fn.__name__, show(fn(make())))
        except Exception as e:
            print(name, fn.__name__, type(e).__name__)

for name, sample in [("mx.np", mx.np.ones(2)), ("0-d", nd.array(3)), ("uint16", np.ones(2, "uint16"))]:
    try:
        print("loader", name, show(list(DataLoader(SimpleDataset([sample] * 3), batch_size=2))))
    except Exception as e:
        print("loader", name, type(e).__name__)

mx.npx.set_np()
try:
    for name, make in [("legacy NDArrays", lambda: [nd.ones(2), nd.ones(2)]), ("mx.np", lambda: [mx.np.ones(2)] * 2),
                       ("int16 numpy", lambda: [np.ones(2, "int16")] * 2), ("floats", lambda: [1.5, 2.5])]:
        try:
            print("np mode", name, show(default_batchify_fn(make())))
        except Exception as e:
            print("np mode", name, type(e).__name__)
finally:
    mx.npx.reset_np()
