"""Estimator.fit and evaluate given DataIters, lists and empty loaders, rollover and discarded last batches,
batches larger than the data, a user StoppingHandler beside the estimator's own, and three contexts with
batches of 2 and 3 samples (timings masked)."""
# recorded on AVX2
import logging
import re
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon.contrib.estimator import Estimator, LoggingHandler, StoppingHandler


class Masked(logging.Handler):
    def emit(self, record):
        text = re.sub(r"total \d+s", "total Ts", record.getMessage())
        print("LOG", record.levelname, re.sub(r"\d+\.\d+s", "T", text))


def att(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(label, "->", fn())
        except Exception as e:
            print(label, "raises", type(e).__name__, str(e).splitlines()[-1])
    for w in caught:
        print(label, "warns", w.category.__name__, str(w.message).replace("\n", "|"))


X = nd.array(np.sin(np.arange(40) * 0.37).reshape(10, 4))
Y = nd.array([0, 1, 2, 1, 0, 2, 1, 0, 1, 2])


def loader(bs=3, n=10, **kw):
    return gluon.data.DataLoader(gluon.data.ArrayDataset(X[:n], Y[:n]), batch_size=bs, **kw)


def est(**kw):
    net = gluon.nn.Dense(3, in_units=4)
    net.initialize(mx.init.Constant(0.1))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.2})
    e = Estimator(net, gluon.loss.SoftmaxCrossEntropyLoss(), trainer=trainer, **kw)
    e.logger.handlers = [Masked()]
    e.logger.propagate = False
    return e


empty = gluon.data.DataLoader(gluon.data.ArrayDataset(X[:0], Y[:0]), batch_size=2)
e = est()
att("val iter", lambda: e.fit(loader(), val_data=mx.io.NDArrayIter(X, Y, 5), epochs=1))
att("train iter", lambda: e.fit(mx.io.NDArrayIter(X, Y, 5), epochs=1))
att("val list", lambda: e.fit(loader(), val_data=[(X, Y)], epochs=1))
att("val empty loader", lambda: e.fit(loader(), val_data=empty, epochs=1))
att("train empty", lambda: e.fit(empty, epochs=2))
att("rollover", lambda: e.fit(loader(4, last_batch="rollover"), epochs=3,
                             event_handlers=[LoggingHandler(1, e.train_metrics)]))
att("discard", lambda: e.fit(loader(4, last_batch="discard"), epochs=1,
                            event_handlers=[LoggingHandler(1, e.train_metrics)]))
att("shuffle none", lambda: e.fit(loader(4, shuffle=False), epochs=1))
att("user stopping", lambda: e.fit(loader(), epochs=3, event_handlers=[StoppingHandler(max_epoch=1)]))
att("user stopping batches", lambda: e.fit(loader(), batches=10, event_handlers=[StoppingHandler(max_batch=2)]))
att("evaluate iter", lambda: e.evaluate(mx.io.NDArrayIter(X, Y, 5)))
att("evaluate empty", lambda: (e.evaluate(empty), [m.get() for m in e.val_metrics]))
att("evaluate batch_axis", lambda: e.evaluate(loader(), batch_axis=0))
att("fit big batch", lambda: e.fit(loader(20), epochs=1, event_handlers=[LoggingHandler(1, e.train_metrics)]))
e2 = est(context=[mx.cpu(0), mx.cpu(1), mx.cpu(2)])
att("ctx3 small batch", lambda: e2.fit(loader(2), epochs=1))
att("ctx3 batch 3", lambda: e2.fit(loader(3), epochs=1, event_handlers=[LoggingHandler(1, e2.train_metrics)]))
print(" ".join("%.5f" % v for v in e2.net.weight.data().asnumpy().ravel()))
