"""Printing and conversion corners of legacy and NumPy-mode arrays: str with a context, 0-d format,
math.floor/ceil/trunc, out-of-range creation, 0-d iteration, pickle/copy contexts."""
import copy
import math
import pickle

import numpy as np

import mxnet as mx


def show(label, fn):
    try:
        out = fn()
        print(label, "->", type(out).__name__, repr(out))
    except Exception as e:       # noqa: BLE001 -- the error class is part of the behaviour
        print(label, "-> error", type(e).__name__)


# legacy NDArray: 0-d iteration, out-of-range creation, pickle/copy land on cpu(0)
zero_d = mx.nd.array(np.array(2.5))
show("iter 0-d", lambda: list(zero_d))
show("for over 0-d", lambda: [x for x in zero_d])
show("in 0-d", lambda: 2.5 in zero_d)
show("iter 1-d", lambda: [x.asscalar() for x in mx.nd.array([1, 2])])
for dt in ["int8", "uint8", "int32", "int64"]:
    show(f"nd.array inf {dt}", lambda: mx.nd.array([np.inf, 1.0], dtype=dt))
    show(f"nd.array 1e30 {dt}", lambda: mx.nd.array([1e30, 1.0], dtype=dt))
for ctx in [mx.cpu(1), mx.cpu_pinned(2)]:
    a = mx.nd.array([1, 0, 3], dtype="int32", ctx=ctx)
    show(f"pickle {ctx}", lambda: pickle.loads(pickle.dumps(a)))
    show(f"copy {ctx}", lambda: copy.copy(a))
    show(f"deepcopy {ctx}", lambda: copy.deepcopy(a))
show("unpickle 0-d legacy", lambda: pickle.loads(pickle.dumps(zero_d)))
csr = mx.nd.sparse.csr_matrix(([1.5, 2.0, 3.0], [0, 2, 1], [0, 2, 2, 3]), shape=(3, 3), ctx=mx.cpu(1))
rsp = mx.nd.sparse.row_sparse_array(([[1, 2], [3, 4]], [0, 2]), shape=(4, 2), ctx=mx.cpu_pinned(0), dtype="int64")
for sp in (csr, rsp):
    back = pickle.loads(pickle.dumps(sp))
    print("sparse pickle", repr(back).strip(), back.dtype, back.asnumpy().tolist())
    print("sparse deepcopy", repr(copy.deepcopy(sp)).strip())

# NumPy mode
mx.npx.set_np()
show("np pickle 0-d", lambda: pickle.loads(pickle.dumps(mx.nd.array(np.array(2.0)))))
show("np pickle ctx", lambda: pickle.loads(pickle.dumps(mx.np.array([1, 2], ctx=mx.cpu(1)))).ctx)
for dt in ["float16", "float32", "float64", "int8", "int64", "bool"]:
    z = mx.np.array(1.7, dtype=dt)
    one = mx.np.array([1.7], dtype=dt)
    show(f"{dt} f'{{z}}'", lambda: f"{z}")
    show(f"{dt} format(z, '')", lambda: format(z, ""))
    show(f"{dt} '{{}}'.format(z)", lambda: "{}".format(z))
    show(f"{dt} f'{{z:.3f}}'", lambda: f"{z:.3f}")
    show(f"{dt} f'{{one}}'", lambda: f"{one}")
    show(f"{dt} f'{{one:.3f}}'", lambda: f"{one:.3f}")
    show(f"{dt} floor(z)", lambda: math.floor(z))
    show(f"{dt} ceil(one)", lambda: math.ceil(one))
    show(f"{dt} trunc(z)", lambda: math.trunc(z))
    show(f"{dt} floor(2-d)", lambda: math.floor(mx.np.array([[-1.5, 2.5]], dtype=dt)))
    show(f"{dt} str pinned", lambda: str(mx.np.array([[1.5, 2], [3, 4]], dtype=dt, ctx=mx.cpu_pinned(0))))
    show(f"{dt} str pinned 0-d", lambda: str(mx.np.array(1.5, dtype=dt, ctx=mx.cpu_pinned(1))))
    show(f"{dt} str pinned empty", lambda: str(mx.np.zeros((0, 2), dtype=dt, ctx=mx.cpu_pinned(0))))
    show(f"{dt} str cpu(1)", lambda: str(mx.np.array([1.5, 2], dtype=dt, ctx=mx.cpu(1))))
show("str pinned long", lambda: str(mx.np.arange(2000, ctx=mx.cpu_pinned(0))))
for dt in ["int8", "uint8", "int32", "int64"]:
    show(f"np.array inf {dt}", lambda: mx.np.array([np.inf, 1.0], dtype=dt))
    show(f"np.array 1e30 {dt}", lambda: mx.np.array([1e30, 1.0], dtype=dt))

# the truth of an empty mx.np array: False, with MXNet's DeprecationWarning
import warnings  # noqa: E402

for shape in [(0,), (2, 0)]:
    with warnings.catch_warnings(record=True) as caught:
        truth = bool(mx.np.zeros(shape))
    print("bool empty", shape, truth, [w.category.__name__ for w in caught])
