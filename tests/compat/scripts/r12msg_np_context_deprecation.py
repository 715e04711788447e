"""An mx.np array's .context warns that it was renamed to .ctx; training, saving and kvstores read ctx silently."""
import os
import tempfile
import warnings

import mxnet as mx
from mxnet import autograd, gluon, np, npx


def show(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = fn()
        except Exception as e:          # noqa: BLE001 - the exception type and message are compared
            result = f"raised {type(e).__name__}: {e}"
    print(label, "->", result, [(w.category.__name__, str(w.message)) for w in caught
                                if issubclass(w.category, DeprecationWarning)])


a = np.ones((2,))
show("np context", lambda: a.context)
show("np ctx", lambda: a.ctx)
show("legacy context", lambda: mx.nd.ones(2).context)
show("as_in_context", lambda: a.as_in_context(mx.cpu()).ctx)
show("npx.save in legacy mode", lambda: npx.save(os.path.join(tempfile.gettempdir(), "unused.npy"), a))
npx.set_np()
folder = tempfile.mkdtemp()
net = gluon.nn.HybridSequential()
net.add(gluon.nn.Dense(4, activation="relu"), gluon.nn.BatchNorm(), gluon.nn.Dense(2))
show("initialize", lambda: net.initialize())
show("forward", lambda: net(np.ones((2, 3))).shape)
for name in ("sgd", "adam", "rmsprop"):
    trainer = gluon.Trainer(net.collect_params(), name, {"learning_rate": 0.01})

    def step():
        with autograd.record():
            loss = net(np.ones((2, 3))).sum()
        loss.backward()
        trainer.step(2)
        return "stepped"
    show("step " + name, step)
show("save_parameters", lambda: net.save_parameters(os.path.join(folder, "net.params")))
show("npx.save", lambda: npx.save(os.path.join(folder, "a.npy"), a))
show("kvstore", lambda: (lambda kv: (kv.init(3, a), kv.push(3, a), kv.pull(3, out=np.zeros((2,))), "ok")[-1])(
    mx.kv.create("local")))
show("split_and_load", lambda: len(gluon.utils.split_and_load(np.ones((4, 3)), [mx.cpu()])))
show("LSTM", lambda: (lambda layer: (layer.initialize(), layer(np.ones((3, 2, 4))).shape)[-1])(gluon.rnn.LSTM(5)))
show("imrotate", lambda: mx.image.imrotate(np.ones((1, 3, 4, 4), dtype="float32"), 10).shape)
show("teststore pushpull", lambda: (lambda kv, out: (kv.pushpull(3, [a, a], out=out), out.tolist())[-1])(
    mx.kv.create("teststore"), np.zeros((2,))))
import shutil
shutil.rmtree(folder)
