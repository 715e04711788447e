"""ParameterDict.get merging a stored shape with a desired one (0 and -1 unknown), in both shape semantics; under
NumPy semantics a sparse parameter's refusal and the dtype a parameter loaded with dtype_source='saved' takes."""
import os
import tempfile

import mxnet as mx
from mxnet import gluon, npx
from _words import words


def merged(stored, desired):
    pd = gluon.ParameterDict("n_")
    pd.get("w", shape=stored)
    try:
        return pd.get("w", shape=desired).shape
    except Exception as e:
        return words(e)


def sweep():
    for stored in [(0, 3), (2, 3), (-1, 3), (0, 0), (2, 0)]:
        print(stored, [merged(stored, d) for d in [(4, 0), (4, -1), (0, 3), (2, 3), (2, 4), (-1, -1), (0, 0, 1)]])


print("-- legacy shapes")
sweep()
npx.set_np()
print("-- numpy shapes")
sweep()
for stype in ["row_sparse", "csr"]:
    p = gluon.Parameter("w", shape=(2, 3), stype=stype)
    try:
        p.initialize()
    except ValueError as e:
        print(stype, "->", words(e))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "dense.params")
    net = gluon.nn.Dense(2, in_units=3)
    net.initialize(mx.init.One())
    net.save_parameters(path)
    net = gluon.nn.Dense(2, in_units=3, dtype="float16")
    net.load_parameters(path, cast_dtype=True, dtype_source="saved")
    print("saved dtype:", repr(net.weight.dtype), repr(net.weight.data().dtype), repr(npx.load(path)["weight"].dtype))
npx.reset_np()
