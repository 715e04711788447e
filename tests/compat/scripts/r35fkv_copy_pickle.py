"""A kvstore refuses pickle and deepcopy (its C handle); a Trainer pickles until its kvstore exists; teststore (no
handle) pickles."""
# recorded on AVX2
import copy
import pickle

import mxnet as mx
from mxnet import autograd, gluon, nd


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for name in ["local", "device"]:
    kv = mx.kv.create(name)
    kv.init(0, nd.ones((2,)))
    attempt(name + " pickle", lambda: len(pickle.dumps(kv)) > 0)
    attempt(name + " deepcopy", lambda: copy.deepcopy(kv))
attempt("teststore pickle", lambda: type(pickle.loads(pickle.dumps(mx.kv.create("teststore")))).__name__)
ctxs = [mx.cpu(0), mx.cpu(1)]
net = gluon.nn.Dense(2, in_units=3)
net.initialize(mx.init.Constant(0.5), ctx=ctxs)
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1}, kvstore="device")
attempt("trainer before step", lambda: len(pickle.dumps(trainer)) > 0)
for c in ctxs:
    with autograd.record():
        y = net(nd.ones((2, 3), ctx=c)).sum()
    y.backward()
trainer.step(2)
attempt("trainer after step", lambda: len(pickle.dumps(trainer)) > 0)
attempt("trainer deepcopy", lambda: type(copy.deepcopy(trainer)).__name__)
