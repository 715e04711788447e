"""Estimator, fit/evaluate and handler refusals: which check fires first and its words (addresses masked)."""
import re
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon.contrib.estimator import (BatchProcessor, EarlyStoppingHandler, Estimator, LoggingHandler,
                                           MetricHandler, StoppingHandler)
from _words import words

warnings.simplefilter("ignore")
X = nd.array(np.sin(np.arange(32) * 0.37).reshape(8, 4))
Y = nd.array([0, 1, 2, 1, 0, 2, 1, 0])
data = gluon.data.DataLoader(gluon.data.ArrayDataset(X, Y), batch_size=4)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", "ok" if r is None or isinstance(r, Estimator) else r)
    except Exception as e:
        print(label, "->", re.sub(r"0x[0-9a-f]+", "0x..", words(e)))


def net():
    n = gluon.nn.Dense(3, in_units=4)
    n.initialize(mx.init.Constant(0.1))
    return n


def est(**kwargs):
    n = net()
    e = Estimator(n, gluon.loss.SoftmaxCrossEntropyLoss(), trainer=gluon.Trainer(n.collect_params(), "sgd"), **kwargs)
    e.logger.handlers = []
    return e


attempt("loss a string", lambda: Estimator(net(), "l2"))
attempt("loss a class", lambda: Estimator(net(), gluon.loss.L2Loss))
attempt("val_loss a string", lambda: est(val_loss="l1"))
attempt("trainer an optimizer", lambda: Estimator(net(), gluon.loss.L2Loss(), trainer=mx.optimizer.SGD()))
attempt("metrics a string", lambda: est(train_metrics="acc"))
attempt("metrics with a string", lambda: est(train_metrics=[mx.metric.Accuracy(), "mse"]))
attempt("val metrics with an int", lambda: est(val_metrics=[mx.metric.MAE(), 1]))
attempt("context a string", lambda: est(context="cpu"))
attempt("context a tuple", lambda: est(context=(mx.cpu(),)))
attempt("context a gpu", lambda: est(context=mx.gpu(0)))
attempt("batch processor object", lambda: est(batch_processor=object()))
attempt("batch processor class", lambda: est(batch_processor=BatchProcessor))
e = est()
attempt("fit an array", lambda: e.fit(X, epochs=1))
attempt("fit no length", lambda: e.fit(data))
attempt("fit both lengths", lambda: e.fit(data, epochs=1, batches=1))
attempt("fit zero epochs, two batches", lambda: e.fit(data, epochs=0, batches=2))
attempt("fit handlers a string", lambda: e.fit(data, epochs=1, event_handlers="x"))
attempt("fit handlers with an object", lambda: e.fit(data, epochs=1, event_handlers=[StoppingHandler(), object()]))
attempt("evaluate an array", lambda: e.evaluate(X))
attempt("evaluate handlers with an int", lambda: e.evaluate(data, event_handlers=[3]))
attempt("logging with a foreign metric", lambda: e.fit(data, epochs=1,
                                                       event_handlers=[LoggingHandler(metrics=[mx.metric.MAE()])]))
attempt("evaluate logging train metrics", lambda: e.evaluate(data, event_handlers=[LoggingHandler(metrics=e.train_metrics)]))
attempt("metric handler a string", lambda: MetricHandler("acc"))
attempt("logging interval 'batch'", lambda: LoggingHandler(log_interval="batch"))
attempt("logging interval 2.0", lambda: LoggingHandler(log_interval=2.0))
attempt("early stopping on a string", lambda: EarlyStoppingHandler("acc"))
attempt("early stopping on a composite", lambda: EarlyStoppingHandler(mx.metric.CompositeEvalMetric([mx.metric.MAE()])))
attempt("early stopping min_delta None", lambda: EarlyStoppingHandler(mx.metric.MAE(), min_delta=None, mode="min"))
for mode, delta in (("min", "ab"), ("max", "ab"), ("min", 0.5)):
    print("min_delta", mode, repr(delta), "->", repr(EarlyStoppingHandler(mx.metric.MAE(), min_delta=delta, mode=mode).min_delta))


class Holder(mx.gluon.contrib.estimator.EpochEnd):
    def __init__(self, metric):
        self.metric_pair = (metric,)


attempt("handler holding a tuple of metrics", lambda: e.fit(data, epochs=1, event_handlers=[Holder(e.train_metrics[0])]))
