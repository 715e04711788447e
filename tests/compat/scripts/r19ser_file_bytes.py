"""The bytes of the files MXNet writes: nd.save and npx.save of every dtype and odd shape, sparse arrays,
save_parameters (nested, shared, deduplicated, stripped), export, save_checkpoint, recordio and its index;
each file's length and digest, so that files written by one library load in the other."""
import hashlib
import os
import tempfile

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from _words import words

DIR = tempfile.mkdtemp()


def written(name, fn):
    path = os.path.join(DIR, name)
    try:
        fn(path)
        with open(path, "rb") as f:
            raw = f.read()
        print(name, len(raw), hashlib.md5(raw).hexdigest())
    except Exception as e:
        print(name, "->", words(e).replace(DIR, "DIR"))


def values(shape, dtype):
    return (np.arange(int(np.prod(shape))) % 5 - 1).reshape(shape).astype(dtype)


for dtype in ["float32", "float64", "float16", "uint8", "int8", "int32", "int64", "bool"]:
    for shape in [(3,), (2, 0, 3), (1, 1, 1, 1)]:
        written(f"nd {dtype} {shape}", lambda p: nd.save(p, [nd.array(values(shape, dtype), dtype=dtype)]))
written("nd dict", lambda p: nd.save(p, {"b": nd.ones((2,)), "a": nd.zeros((1, 2), dtype="int32"), "ü": nd.array([5])}))
written("nd single", lambda p: nd.save(p, nd.array([1, 2, 3])))
written("nd empty", lambda p: nd.save(p, []))
written("nd pinned", lambda p: nd.save(p, [nd.ones((1,), ctx=mx.cpu_pinned(2))]))
written("sparse", lambda p: nd.save(p, {"c": nd.sparse.csr_matrix(([1.0, 2.0, 3.0], [0, 2, 1], [0, 2, 2, 3]), shape=(3, 4)),
                                        "r": nd.sparse.row_sparse_array(([[1, 2], [3, 4]], [0, 2]), shape=(4, 2)),
                                        "z": nd.sparse.zeros("csr", (2, 3))}))
mx.npx.set_np()
written("npx list", lambda p: mx.npx.save(p, [mx.np.ones((0, 2)), mx.np.array(3.5), mx.np.array(1, dtype="int64")]))
written("npx dict", lambda p: mx.npx.save(p, {"x": mx.np.arange(6).reshape(2, 3), "y": mx.np.array([True, False])}))
mx.npx.reset_np()


class Inner(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.dense = gluon.nn.Dense(3, in_units=2)
            self.norm = gluon.nn.BatchNorm(in_channels=3)

    def hybrid_forward(self, F, x):
        return self.norm(self.dense(x))


net = gluon.nn.HybridSequential(prefix="outer_")
with net.name_scope():
    net.add(Inner(), gluon.nn.Dense(2, in_units=3))
net.initialize(mx.init.Constant(0.25))
written("save_parameters", lambda p: net.save_parameters(p))
written("save_parameters dedup", lambda p: net.save_parameters(p, deduplicate=True))
written("ParameterDict.save", lambda p: net.collect_params().save(p))
written("ParameterDict.save stripped", lambda p: net.collect_params().save(p, strip_prefix="outer_"))
shared = gluon.nn.HybridSequential(prefix="seq_")
with shared.name_scope():
    first = gluon.nn.Dense(2, in_units=2)
    shared.add(first, gluon.nn.Dense(2, in_units=2, params=first.params))
shared.initialize(mx.init.One())
written("shared", lambda p: shared.save_parameters(p))
written("shared dedup", lambda p: shared.save_parameters(p, deduplicate=True))
net.hybridize()
net(nd.array([[1, 2]]))
net.export(os.path.join(DIR, "exp"), epoch=7)
for name in ["exp-symbol.json", "exp-0007.params"]:
    written(name, lambda p: None)
data = mx.sym.var("data")
out = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=3, name="fc"), name="softmax")
mx.model.save_checkpoint(os.path.join(DIR, "ckpt"), 3, out, {"fc_weight": nd.ones((3, 4)), "fc_bias": nd.zeros(3)},
                         {"x": nd.zeros((1,))})
for name in ["ckpt-symbol.json", "ckpt-0003.params"]:
    written(name, lambda p: None)
writer = mx.recordio.MXIndexedRecordIO(os.path.join(DIR, "r.idx"), os.path.join(DIR, "r.rec"), "w")
for i in [3, 1, 7]:
    writer.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, [float(i), 2.0], i, 0), b"abc" * i))
writer.close()
for name in ["r.idx", "r.rec"]:
    written(name, lambda p: None)
print(open(os.path.join(DIR, "r.idx")).read())
