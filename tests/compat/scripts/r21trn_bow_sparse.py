"""A bag-of-words classifier over an Embedding with sparse_grad, trained by each optimizer with and without
lazy updates and weight decay (the gradient's storage type, the losses and the weights to 5 digits), and
sparse momentum updates of repeated rows."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from _words import words


def bits(a):
    """The sum of magnitudes to 5 digits: products, softmax and BatchNorm sum in the CPU's vector-kernel order."""
    return "%.5g" % float(np.abs(a.asnumpy().astype(np.float64)).sum())


rs = np.random.RandomState(3)
x, y = nd.array(rs.randint(0, 10, (6, 5))), nd.array(rs.randint(0, 3, 6))
for sparse in (True, False):
    for opt, lazy in [("sgd", None), ("sgd", False), ("adam", None), ("adam", False), ("adagrad", None),
                      ("ftrl", None), ("rmsprop", None)]:
        for wd in (0.0, 0.01):
            mx.random.seed(4)
            emb, dense = nn.Embedding(30, 4, sparse_grad=sparse), nn.Dense(3)
            emb.initialize(mx.init.Normal(0.1))
            dense.initialize(mx.init.Normal(0.1))
            params = {"learning_rate": 0.1, "wd": wd}
            if lazy is not None:
                params["lazy_update"] = lazy
            trainers = [gluon.Trainer(emb.collect_params(), opt, params),
                        gluon.Trainer(dense.collect_params(), opt, {"learning_rate": 0.1})]
            steps = []
            try:
                for step in range(3):
                    with autograd.record():
                        loss = gluon.loss.SoftmaxCrossEntropyLoss()(dense(emb(x).mean(axis=1)), y)
                    loss.backward()
                    stype = emb.weight.grad().stype
                    for t in trainers:
                        t.step(6)
                    steps.append("%.5g/%s" % (float(loss.mean().asscalar()), stype))
                print(sparse, opt, lazy, wd, " ".join(steps))
                print("  ", bits(emb.weight.data()), bits(dense.weight.data()), bits(dense.bias.data()))
            except Exception as e:
                print(sparse, opt, lazy, wd, " ".join(steps), words(e))

for momentum in (0.0, 0.9):
    mx.random.seed(4)
    emb = nn.Embedding(20, 3, sparse_grad=True)
    emb.initialize(mx.init.Normal(0.1))
    trainer = gluon.Trainer(emb.collect_params(), "sgd", {"learning_rate": 0.1, "momentum": momentum, "wd": 0.1})
    for ids in ([1, 2, 2], [3, 1, 1], [5, 5, 6]):
        with autograd.record():
            (emb(nd.array(ids)) ** 2).sum().backward()
        trainer.step(1)
    print("momentum", momentum, bits(emb.weight.data()))
