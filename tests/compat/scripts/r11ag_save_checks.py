"""nd.save's bytes for 0-d and empty arrays of every dtype, its refusals of what is not an NDArray list or dict, and loading a legacy 0-d record."""
import hashlib
import os
import tempfile

import mxnet as mx
import numpy as np
from mxnet import nd

folder = tempfile.mkdtemp()
path = os.path.join(folder, "arrays.nd")


def saved(data):
    mx.nd.save(path, data)
    with open(path, "rb") as f:
        raw = f.read()
    return len(raw), hashlib.md5(raw).hexdigest()


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0] if type(e).__name__ != "MXNetError" else "")


for dtype in ["float16", "float32", "float64", "int8", "uint8", "int32", "int64", "bool"]:
    scalar = nd.ones((1,), dtype=dtype).reshape(())
    show("0-d %s" % dtype, lambda: saved([scalar]))
    show("0-d %s in a dict" % dtype, lambda: saved({"s": scalar, "v": nd.ones((2,), dtype=dtype)}))
    show("empty %s" % dtype, lambda: saved([nd.array(np.zeros((2, 0, 3)), dtype=dtype)]))
show("load a 0-d record", lambda: (saved([nd.ones((1,)).reshape(()), nd.ones((2,))]), nd.load(path)))
for bad in ["(nd.ones(2),)", "np.ones(2)", "None", "'text'", "[1, 2]", "[nd.ones(2), None]", "{1: nd.ones(1)}",
            "{'a': 1}", "[[nd.ones(1)]]", "{'a': nd.ones(1), 2: 3}", "[nd.ones(2), mx.np.ones(2), 3]", "[]", "{}"]:
    show("save %s" % bad, lambda: saved(eval(bad)))
os.remove(path)
os.rmdir(folder)
