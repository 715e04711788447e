"""Trainer on two devices through every kvstore mode, float32 and multi-precision float16, six steps of several
optimizers: each step's weights as a digest of their bytes (bit for bit), and the states after a save/load."""
# recorded on AVX2
import hashlib
import os
import tempfile
import warnings
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, nd

warnings.simplefilter("ignore")
CASES = [("sgd", {"momentum": 0.9}, None, None, "float32"), ("nag", {"momentum": 0.9}, "device", False, "float32"),
         ("adam", {"wd": 0.01, "clip_gradient": 0.2}, "local", False, "float32"),
         ("lamb", {}, "device", None, "float32"), ("rmsprop", {"centered": True}, "local", None, "float32"),
         ("sgd", {"momentum": 0.9, "wd": 0.01}, "device", None, "float16"), ("lars", {"momentum": 0.9}, None, None,
                                                                             "float32"),
         ("nadam", {}, "device", False, "float32"), ("ftml", {}, None, None, "float16"),
         ("signum", {"wd_lh": 0.01}, "local", False, "float16")]
SHAPES = [(9, 5), (9,), (30, 4)]


def digest(arrays):
    h = hashlib.md5()
    for a in arrays:
        h.update(a.asnumpy().tobytes())
    return h.hexdigest()[:8]


def grads(step, c, shape, dtype, ctx):
    rs = onp.random.RandomState(1000 * c + 10 * step + len(shape) + shape[0])
    return nd.array(rs.randn(*shape) * 3, dtype=dtype, ctx=ctx)


folder = tempfile.mkdtemp()
for name, kwargs, kv, on_kv, dtype in CASES:
    ctxs = [mx.cpu(0), mx.cpu(1)]
    params = gluon.ParameterDict("n_")
    for i, shape in enumerate(SHAPES):
        p = params.get("p%d" % i, shape=shape, dtype=dtype)
        p.initialize(mx.init.Constant(0), ctx=ctxs)
        p.set_data(nd.array(onp.random.RandomState(i).randn(*shape), dtype=dtype))
    params["n_p0"].lr_mult = 0.5
    kw = dict(kwargs, learning_rate=0.05, multi_precision=dtype == "float16")
    trainer = gluon.Trainer(params, name, kw, kvstore=kv, update_on_kvstore=on_kv)
    steps = []
    for step in range(6):
        for c, ctx in enumerate(ctxs):
            with autograd.record():
                losses = [(p.data(ctx) * grads(step, c, p.shape, dtype, ctx)).sum() for p in params.values()]
            autograd.backward(losses)
        trainer.step(4)
        if step == 2:
            trainer.save_states(os.path.join(folder, "states"))
            trainer = gluon.Trainer(params, name, kw, kvstore=kv, update_on_kvstore=on_kv)
            trainer.load_states(os.path.join(folder, "states"))
        steps.append(digest([p.data(ctxs[1]) for p in params.values()]))
    print(name, sorted(kwargs.items()), kv, on_kv, dtype)
    print("   ", " ".join(steps))
