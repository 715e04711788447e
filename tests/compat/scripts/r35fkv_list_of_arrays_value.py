"""A list or tuple holding NDArrays is no array-like value for setitem (MXNet's numpy cannot read a legacy NDArray
as numbers): teststore's broadcast of a value list and arr[:] = [nd, nd] raise MXNet's TypeError."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


store = mx.kv.create("teststore")
out = nd.zeros((2,))
attempt("broadcast of a list", lambda: store.broadcast(0, [nd.ones((2,)), nd.ones((2,))], out=[out]))
attempt("broadcast of one array", lambda: (store.broadcast(0, nd.ones((2,)) * 9, out=out), out.asnumpy().tolist())[1])
for value in [[nd.ones((2,)), nd.ones((2,))], [nd.ones((1,)), 2], (nd.ones((2,)),), [1, 2], [[1, 2]], (3, 4)]:
    for key in [slice(None), 0, (slice(None),)]:
        target = nd.zeros((2,))

        def assign():
            target[key] = value
            return target.asnumpy().tolist()
        attempt(f"{key}", assign)
