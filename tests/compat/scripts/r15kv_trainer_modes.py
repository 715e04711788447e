"""gluon.Trainer across kvstore choices and update_on_kvstore: where updates run, the weights after step,
allreduce_grads + update, stale gradients and learning rates."""
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", words(e)[:160])


def backward(params, ctxs):
    for i, ctx in enumerate(ctxs):
        x = nd.array([[1, 2, 3], [4, 5, 6]], ctx=ctx) * (i + 1)
        with autograd.record():
            y = (nd.dot(x, params[0].data(ctx).T) + params[1].data(ctx)).sum()
        y.backward()


def values(params, ctxs):
    return [[[round(v, 5) for v in p.data(c).asnumpy().ravel().tolist()] for c in ctxs] for p in params]


for ctxs in [[mx.cpu(0)], [mx.cpu(0), mx.cpu(1)]]:
    for kvstore in [None, "local", "device", "KV", 3]:
        for update_on_kvstore in [None, True, False]:
            w = gluon.Parameter("w", shape=(2, 3))
            b = gluon.Parameter("b", shape=(2,))
            for p, v in [(w, 0.5), (b, -1.0)]:
                p.initialize(mx.init.Constant(v), ctx=ctxs)
            params = [w, b]
            kv = mx.kv.create("local") if kvstore == "KV" else kvstore
            trainer = gluon.Trainer(params, "sgd", {"learning_rate": 0.1, "momentum": 0.5}, kvstore=kv,
                                    update_on_kvstore=update_on_kvstore)
            label = f"{len(ctxs)} {kvstore} {update_on_kvstore}"
            attempt(label + " step", lambda: (backward(params, ctxs), trainer.step(2), values(params, ctxs))[2])
            attempt("  store", lambda: (None if trainer._kvstore is None else trainer._kvstore.type,
                                        trainer._update_on_kvstore))
            attempt("  stale", lambda: trainer.step(2))
            attempt("  stale ignored", lambda: (trainer.step(2, ignore_stale_grad=True), values(params, ctxs))[1])
            attempt("  allreduce + update", lambda: (backward(params, ctxs), trainer.allreduce_grads(),
                                                     trainer.update(2), values(params, ctxs))[3])
            attempt("  update alone", lambda: (backward(params, ctxs), trainer.update(4), values(params, ctxs))[2])
            attempt("  set_learning_rate", lambda: (trainer.set_learning_rate(0.05), trainer.learning_rate)[1])
            attempt("  step after", lambda: (backward(params, ctxs), trainer.step(2), values(params, ctxs))[2])
