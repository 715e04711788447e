"""An array's pickle state (a bytearray of its raw record), what __setstate__ takes and refuses, and where a
pickled or copied array lands."""
import copy
import pickle

import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, nd.NDArray):
            r = f"{type(r).__name__} {r.dtype.__name__ if isinstance(r.dtype, type) else r.dtype} {r.asnumpy().tolist()} {r.context}"
        print(label, "->", r)
    except Exception as e:
        print(label, "->", words(e))


def loaded(make, state):
    a = make()
    a.__setstate__(state)
    return a


for np_shape in (False, True):
    print("-- np shape", np_shape)
    if np_shape:
        mx.npx.set_np()
    makers = [("nd", lambda: nd.array([1.5, 2.5], ctx=mx.cpu(1))), ("np", lambda: mx.np.array([[1, 2]], dtype="int64")),
              ("csr", lambda: nd.array([[0, 3.]]).tostype("csr")),
              ("row_sparse", lambda: nd.array([[0, 3.]]).tostype("row_sparse"))]
    for name, make in makers:
        attempt(f"{name} state type", lambda: type(make().__getstate__()["handle"]).__name__)
        attempt(f"{name} state keys", lambda: sorted(make().__getstate__()))
        attempt(f"{name} pickled", lambda: pickle.loads(pickle.dumps(make())))
        attempt(f"{name} protocol 0", lambda: pickle.loads(pickle.dumps(make(), protocol=0)))
        attempt(f"{name} copy", lambda: copy.copy(make()))
        attempt(f"{name} deepcopy", lambda: copy.deepcopy(make()))
    good = nd.array([7., 8.]).__getstate__()["handle"]
    for label, state in [("bytes", {"handle": bytes(good)}), ("memoryview", {"handle": memoryview(good)}),
                         ("str", {"handle": "abc"}), ("int", {"handle": 3}), ("list", {"handle": [1]}),
                         ("short", {"handle": bytearray(b"abc")}), ("empty", {"handle": bytearray()}),
                         ("truncated", {"handle": good[:-2]}), ("trailing bytes", {"handle": good + bytearray(b"xy")}),
                         ("extra key", {"handle": good, "other": 1})]:
        attempt(f"setstate {label}", lambda: loaded(lambda: nd.zeros((3,)), state))
        attempt(f"np setstate {label}", lambda: loaded(lambda: mx.np.zeros((3,)), state))

print("-- across shape semantics")
mx.npx.reset_np()
legacy = pickle.dumps(nd.array([1., 2.]))
legacy_csr = pickle.dumps(nd.array([[0, 1.]]).tostype("csr"))
with mx.util.np_shape(True):
    numpy_shaped = pickle.dumps(nd.array([1., 2.]))
    numpy_0d = pickle.dumps(mx.np.array(3.0))
    attempt("legacy pickle in np_shape scope", lambda: pickle.loads(legacy))
    attempt("legacy csr pickle in np_shape scope", lambda: pickle.loads(legacy_csr))
    attempt("np-shape pickle in np_shape scope", lambda: pickle.loads(numpy_shaped))
attempt("np-shape pickle without", lambda: pickle.loads(numpy_shaped))
attempt("np-shape 0-d pickle without", lambda: pickle.loads(numpy_0d))
attempt("deepcopy without", lambda: copy.deepcopy(nd.ones(2)))
mx.npx.set_np()
attempt("legacy pickle under set_np", lambda: pickle.loads(legacy))
attempt("np-shape pickle under set_np", lambda: pickle.loads(numpy_shaped))
attempt("np-shape 0-d pickle under set_np", lambda: pickle.loads(numpy_0d))
