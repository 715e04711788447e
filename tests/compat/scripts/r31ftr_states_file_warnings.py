"""The warnings of loading optimizer states from a file: the kvstore's and Module's loaders leave the file to the
collector (a ResourceWarning where warnings are enabled), the Trainer's own loader closes it."""
# recorded on AVX2
import os
import tempfile
import warnings

import mxnet as mx
from mxnet import autograd, gluon, nd

TMP = tempfile.mkdtemp()


def caught(what, fn):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        try:
            fn()
            result = "ok"
        except Exception as e:
            result = type(e).__name__
    kinds = [w.category.__name__ + (" (file)" if "unclosed file" in str(w.message) else "") for w in seen]
    print(what, result, kinds)


kv = mx.kv.create("local")
kv.set_optimizer(mx.optimizer.create("sgd", momentum=0.9))
kv.init(0, nd.ones((2,)))
kv.push(0, nd.ones((2,)))
path = os.path.join(TMP, "kv.states")
kv.save_optimizer_states(path)
caught("kvstore load", lambda: kv.load_optimizer_states(path))

for update_on_kvstore in (True, False):
    ctxs = [mx.cpu(0), mx.cpu(1)]
    net = gluon.nn.Dense(2, in_units=3)
    net.initialize(ctx=ctxs)
    trainer = gluon.Trainer(net.collect_params(), "adam", update_on_kvstore=update_on_kvstore)
    with autograd.record():
        losses = [net(nd.ones((2, 3), ctx=c)).sum() for c in ctxs]
    for loss in losses:
        loss.backward()
    trainer.step(2)
    path = os.path.join(TMP, "trainer%s.states" % update_on_kvstore)
    trainer.save_states(path)
    caught("trainer load update_on_kvstore=%s" % update_on_kvstore, lambda: trainer.load_states(path))

data = mx.sym.Variable("data")
sym = mx.sym.FullyConnected(data, num_hidden=2, name="fc")
mod = mx.mod.Module(sym, label_names=None)
mod.bind(data_shapes=[("data", (2, 3))])
mod.init_params()
mod.init_optimizer(optimizer="sgd", optimizer_params={"momentum": 0.9})
path = os.path.join(TMP, "module.states")
mod.save_optimizer_states(path)
caught("module load", lambda: mod.load_optimizer_states(path))
