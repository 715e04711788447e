"""Trainer.save_states / load_states round trips through each kvstore mode (the loaded optimizer steps on from
the saved states), and sparse-gradient Embedding training with row_sparse gradients on one or two devices."""
import os
import tempfile

import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words

tmp = tempfile.mkdtemp()


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e)[:160])


def make(ctxs, seed):
    p = gluon.Parameter(f"w{seed}", shape=(3,))
    p.initialize(mx.init.Constant(1.0), ctx=ctxs)
    return p


def backward(p, ctxs, k=1.0):
    for i, ctx in enumerate(ctxs):
        with autograd.record():
            y = (p.data(ctx) * nd.array([1, -2, 3], ctx=ctx) * k * (i + 1)).sum()
        y.backward()


def rounded(p, ctxs):
    return [[round(v, 5) for v in p.data(c).asnumpy().tolist()] for c in ctxs]


def round_trip(ctxs, kvstore, update_on_kvstore, name, kwargs):
    """Train two steps, save the states, load them into a new trainer; both then take the same step."""
    p = make(ctxs, 0)
    trainer = gluon.Trainer([p], name, dict(kwargs, learning_rate=0.1), kvstore=kvstore,
                            update_on_kvstore=update_on_kvstore)
    for _ in range(2):
        backward(p, ctxs)
        trainer.step(1)
    fname = os.path.join(tmp, "states")
    trainer.save_states(fname)
    q = make(ctxs, 1)
    for c in ctxs:
        q.data(c)[:] = p.data(c)
    again = gluon.Trainer([q], name, dict(kwargs, learning_rate=0.7), kvstore=kvstore,
                          update_on_kvstore=update_on_kvstore)
    again.load_states(fname)
    loaded = (again.learning_rate, type(again.optimizer).__name__, again.optimizer.num_update)
    backward(p, ctxs, 0.5)
    trainer.step(1)
    backward(q, ctxs, 0.5)
    again.step(1)
    return loaded, rounded(p, ctxs) == rounded(q, ctxs), rounded(q, ctxs)[0]


for ctxs in [[mx.cpu(0)], [mx.cpu(0), mx.cpu(1)]]:
    for kvstore, update_on_kvstore in [(None, None), ("device", None), ("device", False), ("local", True)]:
        for name, kwargs in [("sgd", {"momentum": 0.9}), ("adam", {}), ("rmsprop", {"centered": True})]:
            attempt(f"{len(ctxs)} {kvstore} {update_on_kvstore} {name}",
                    lambda: round_trip(ctxs, kvstore, update_on_kvstore, name, kwargs))

for ctxs in [[mx.cpu(0)], [mx.cpu(0), mx.cpu(1)]]:
    for kvstore in ["device", None]:
        for update_on_kvstore in [None, True, False]:
            for name, kwargs in [("sgd", {"momentum": 0.9}), ("sgd", {"momentum": 0.9, "lazy_update": False}),
                                 ("adam", {})]:
                net = gluon.nn.Embedding(5, 2, sparse_grad=True, prefix="e_")
                net.initialize(mx.init.Constant(1.0), ctx=ctxs)
                label = f"embedding {len(ctxs)} {kvstore} {update_on_kvstore} {name} {sorted(kwargs)}"
                try:
                    trainer = gluon.Trainer(net.collect_params(), name, dict(kwargs, learning_rate=0.1),
                                            kvstore=kvstore, update_on_kvstore=update_on_kvstore)
                    for ids in [[[0, 2], [2, 3]], [[1], [1, 1]]]:
                        for i, c in enumerate(ctxs):
                            x = nd.array(ids[i], ctx=c)
                            with autograd.record():
                                y = net(x).sum()
                            y.backward()
                        trainer.step(1)
                    print(label, [round(v, 5) for v in net.weight.data(ctxs[-1]).asnumpy().ravel().tolist()],
                          net.weight.grad(ctxs[0]).stype, trainer._update_on_kvstore)
                except Exception as e:
                    print(label, "->", words(e)[:160])
