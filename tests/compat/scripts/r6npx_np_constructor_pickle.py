"""mx.np.ndarray is made by mx.np functions: its constructor takes a backend handle only; arrays pickle and copy
with their dtype, shape and values."""
import copy
import pickle

import numpy as onp
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r.dtype, r.shape, r.tolist())
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


x = np.array([[1.5, -2.], [0., 3.]])
show("np.ndarray((2, 3))", lambda: np.ndarray((2, 3)))
show("np.ndarray(shape=(2,))", lambda: np.ndarray(shape=(2,)))
show("np.ndarray((2,), dtype='int32')", lambda: np.ndarray((2,), dtype="int32"))
show("pickled", lambda: pickle.loads(pickle.dumps(x)))
show("pickled int8", lambda: pickle.loads(pickle.dumps(x.astype("int8"))))
show("pickled 0-d", lambda: pickle.loads(pickle.dumps(np.array(3.))))
show("pickled empty", lambda: pickle.loads(pickle.dumps(np.zeros((0, 2)))))
show("deepcopy", lambda: copy.deepcopy(x))
show("copy", lambda: copy.copy(x))
show("numpy scalar times array", lambda: onp.float32(2) * x)
show("numpy int64 plus array", lambda: onp.int64(2) + x)
show("numpy array times array", lambda: onp.array(2.) * x)
