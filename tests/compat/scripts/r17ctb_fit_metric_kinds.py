"""Estimator.fit/evaluate with each kind of metric (top-k, F1, MCC, custom, composite, Loss) and with
regression losses: the metric names the estimator gives, their values and the logged lines (timings masked)."""
import logging
import re
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon.contrib.estimator import Estimator, LoggingHandler
from _words import words

warnings.simplefilter("ignore")
X = nd.array(np.sin(np.arange(60) * 0.37).reshape(15, 4))
Y = nd.array([0, 1, 2, 1, 0, 2, 1, 0, 1, 2, 2, 0, 1, 1, 0])
YR = nd.array(np.cos(np.arange(45) * 0.5).reshape(15, 3))


def loader(batch_size, labels=Y):
    return gluon.data.DataLoader(gluon.data.ArrayDataset(X, labels), batch_size=batch_size)


class Masked(logging.Handler):
    def emit(self, record):
        print("  log:", re.sub(r"\d+\.\d+s", "T", re.sub(r"total \d+s", "total Ts", record.getMessage())))


def est(loss, metrics, units=3):
    net = gluon.nn.Dense(units, in_units=4)
    net.initialize(mx.init.Constant(0.1))
    e = Estimator(net, loss, train_metrics=metrics,
                  trainer=gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1}))
    e.logger.handlers = [Masked()]
    return e


def values(metrics):
    return [(name, "%.5f" % value) for name, value in (m.get() for m in metrics)]


kinds = {"top-2": lambda: mx.metric.TopKAccuracy(2), "mcc": lambda: mx.metric.MCC(),
         "cross-entropy": lambda: mx.metric.CrossEntropy(),
         "custom": lambda: mx.metric.CustomMetric(lambda label, pred: float(np.mean(pred)), name="meanp"),
         "np": lambda: mx.metric.np(lambda label, pred: float(np.mean(label))),
         "composite": lambda: mx.metric.CompositeEvalMetric([mx.metric.Accuracy(), mx.metric.TopKAccuracy(3)]),
         "created": lambda: mx.metric.create(["acc", "ce"]), "named loss": lambda: mx.metric.Loss("myloss"),
         "prenamed": lambda: mx.metric.Accuracy(name="validation acc")}
for kind, make in kinds.items():
    e = est(gluon.loss.SoftmaxCrossEntropyLoss(), make())
    print(kind, [m.name for m in e.train_metrics], [m.name for m in e.val_metrics])
    try:
        e.fit(loader(4), val_data=loader(6), epochs=2, event_handlers=[LoggingHandler(2, e.train_metrics)])
        print("  ", values(e.train_metrics + e.val_metrics))
    except ValueError as err:
        print("  ", words(err))
for loss in (gluon.loss.L2Loss(), gluon.loss.L1Loss(), gluon.loss.HuberLoss(rho=0.5)):
    for metrics in (None, [mx.metric.MAE(), mx.metric.RMSE()], mx.metric.Loss()):
        e = est(loss, metrics)
        print(type(loss).__name__, [m.name for m in e.train_metrics])
        e.fit(loader(5, YR), val_data=loader(5, YR), epochs=1)
        e.evaluate(loader(7, YR))
        print("  ", values(e.train_metrics + e.val_metrics))
e = est(gluon.loss.SoftmaxCrossEntropyLoss(), [mx.metric.F1(), mx.metric.Accuracy()], units=2)
print("F1", [m.name for m in e.train_metrics])
e.fit(loader(4, nd.array(np.arange(15) % 2)), epochs=1)
print("  ", values(e.train_metrics))
