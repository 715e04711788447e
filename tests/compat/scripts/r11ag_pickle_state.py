"""An NDArray pickles MXNet's raw record bytes as its 'handle' state (context included), and nd.save writes each array's context."""
import copy
import hashlib
import os
import pickle
import tempfile

import mxnet as mx
import numpy as np
from mxnet import nd


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0] if type(e).__name__ != "MXNetError" else "")


arrays = {
    "float32": lambda: nd.array([1, 2, 3]),
    "int64 matrix": lambda: nd.array([[1, 2], [3, 4]], dtype="int64"),
    "bool": lambda: nd.array([True], dtype="bool"),
    "empty": lambda: nd.array(np.zeros((2, 0))),
    "float16": lambda: nd.array([1.5], dtype="float16"),
    "csr": lambda: nd.array([[0, 1], [2, 0]]).tostype("csr"),
    "row_sparse": lambda: nd.array([[0, 1], [0, 0]]).tostype("row_sparse"),
    "on cpu(1)": lambda: nd.ones((2,), ctx=mx.cpu(1)),
    "on cpu_pinned(0)": lambda: nd.ones((2,), ctx=mx.cpu_pinned(0)),
}
for name, make in arrays.items():
    show(name + " state keys", lambda: sorted(make().__getstate__()))
    if make().stype == "default":     # (MXNet may write a sparse array's storage shape before it is set)
        show(name + " state bytes", lambda: hashlib.md5(make().__getstate__()["handle"]).hexdigest())
    show(name + " round trip", lambda: pickle.loads(pickle.dumps(make())))
    show(name + " round trip context", lambda: pickle.loads(pickle.dumps(make())).context)
    show(name + " deepcopy", lambda: copy.deepcopy(make()))

folder = tempfile.mkdtemp()
path = os.path.join(folder, "arrays.nd")
nd.save(path, [nd.ones((2,), ctx=mx.cpu(1)), nd.ones((2,), ctx=mx.cpu_pinned(0)), nd.ones((2,))])
with open(path, "rb") as f:
    print("saved contexts", hashlib.md5(f.read()).hexdigest())
print("loaded contexts", [a.context for a in nd.load(path)])
os.remove(path)
os.rmdir(folder)
