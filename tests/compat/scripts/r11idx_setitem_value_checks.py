"""Indexing keys and assigned values are checked as MXNet checks them: index arrays folded pair by pair, values broadcast, then the autograd refusal."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def show(tag, f):
    try:
        r = f()
        print(tag, r.dtype.__name__ if hasattr(r.dtype, "__name__") else r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(tag, type(e).__name__ + ":", (str(e).splitlines() or [""])[0] if not isinstance(e, mx.base.MXNetError) else "")


def put(shape, key, value, dtype="float32"):
    def f():
        x = nd.array(np.arange(int(np.prod(shape))).reshape(shape), dtype=dtype)
        x[key] = value
        return x
    return f


x = nd.array(np.arange(24).reshape((2, 3, 4)))
show("get pos (2,) (4,)", lambda: x[[0, 0], nd.array([0, 0, 1, 1])])
show("get pos (2,2) (3,)", lambda: x[[[0, 1], [1, 0]], [0, 1, 2]])
show("get int then (2,) (3,)", lambda: x[1, [0, 1], [0, 1, 2]])
show("get mask past axes", lambda: x[0, 0, 0, nd.array([1], dtype="bool")])
show("set pos (2,) (3,)", put((2, 3), (np.array([0, 1]), np.array([0, 1, 2])), 7))
show("set mask past axes", put((5,), (None, nd.array([1, 1, 0, 0, 0], dtype="bool")), 1))
show("set slice nd (3,)", put((5,), slice(None, -1), nd.array([1, 2, 3])))
show("set row list (2,)", put((2, 3), ([1],), [1, 2]))
show("set pos nd (3,)", put((2, 1, 2), np.array([0, 1, 1]), nd.array([1, 2, 3])))
show("set whole np (3,)", put((1, 2), Ellipsis, np.array([1, 2, 3])))
show("set whole np reshape", put((2, 3), (None, Ellipsis, None), np.ones((2, 3, 1))))
show("set whole nd (3,)", put((2, 2), (None,), nd.array([1, 2, 3])))
show("set none nd ok", put((2, 2), (None,), nd.array([[[5, 6]]])))
show("set 0-d other dtype", put((2, 3), 1, nd.array(np.array(4.0), dtype="int32")))
show("set 0-d same dtype", put((2, 3), [1], nd.array(np.array(4.0))))
show("set empty into two", put((2, 3), (0, slice(0, 2)), np.zeros((0, 2))))
show("set backwards slice", put((4,), slice(3, 1), 1.0))
show("set int past then slice", put((2, 3), (slice(2, 0), 5), 1.0))
show("set list None int", put((2, 3), (0, 0), [None, 1], dtype="int32"))


def recorded(key, value_shape):
    def f():
        x = nd.ones((2, 3))
        v = nd.ones(value_shape)
        x.attach_grad()
        v.attach_grad()
        with autograd.record():
            y = x * 2
            y[key] = v
        return y
    return f


show("graph int past", recorded((5,), (3,)))
show("graph too many", recorded((0, 0, 0), (1,)))
show("graph bad value", recorded((0,), (2,)))
show("graph ok value", recorded((0,), (3,)))
