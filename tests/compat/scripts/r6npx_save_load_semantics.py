"""NDArray files load only under the shape semantics they were saved with (NumPy shape semantics on globally
loads legacy files too); nd.save under npx.set_np() writes a NumPy-shape file, as npx.save does."""
import os
import tempfile

import mxnet as mx
from mxnet import gluon, np, npx, nd

folder = tempfile.mkdtemp()


def path(name):
    return os.path.join(folder, name)


def show(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, len(r))
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


nd.save(path("legacy"), [nd.ones(2)])
net = gluon.nn.Dense(2, in_units=3)
net.initialize(mx.init.One())
net.save_parameters(path("legacy.params"))
seq = gluon.nn.Sequential()
seq.add(gluon.nn.Dense(2, in_units=3))
seq.initialize(mx.init.Constant(0.5))
seq.save_parameters(path("legacy_seq.params"))
npx.set_np()
npx.save(path("npx"), [np.ones(2)])
nd.save(path("nd_under_np"), [nd.ones(2)])
for name in ["legacy", "npx", "nd_under_np", "legacy.params"]:
    show("np mode npx.load " + name, lambda: npx.load(path(name)))
    show("np mode nd.load " + name, lambda: nd.load(path(name)))
net2 = gluon.nn.Dense(2, in_units=3)
show("np mode load_parameters of a legacy file", lambda: net2.load_parameters(path("legacy.params")) or [0])
seq2 = gluon.nn.Sequential()
seq2.add(gluon.nn.Dense(2, in_units=3))
show("np mode load_parameters of a legacy nested file", lambda: seq2.load_parameters(path("legacy_seq.params")) or [0])
print("loaded", type(seq2[0].weight.data()).__name__, seq2[0].weight.data().tolist())
npx.reset_np()
for name in ["legacy", "npx", "nd_under_np"]:
    show("legacy mode nd.load " + name, lambda: nd.load(path(name)))
with mx.util.np_shape(True):
    show("np_shape scope nd.load legacy", lambda: nd.load(path("legacy")))
    show("np_shape scope nd.load npx", lambda: nd.load(path("npx")))
mx.util.set_np_shape(2)
show("global np shape nd.load legacy", lambda: nd.load(path("legacy")))
show("global np shape nd.load npx", lambda: nd.load(path("npx")))
mx.util.set_np_shape(False)
