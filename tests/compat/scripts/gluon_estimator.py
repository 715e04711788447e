# gluon.contrib.estimator: fit/evaluate, default metrics and handlers, logging text, handler errors.
import logging
import os
import re
import sys
import tempfile
import warnings
import mxnet as mx
from mxnet import nd, gluon
from mxnet.gluon.contrib.estimator import (Estimator, LoggingHandler, CheckpointHandler, EarlyStoppingHandler,
                                           StoppingHandler, MetricHandler, ValidationHandler, BatchEnd, EpochEnd,
                                           GradientUpdateHandler, BatchProcessor)
import numpy as np

warnings.simplefilter("ignore")


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


class NoTimes(logging.Handler):
    def emit(self, record):
        msg = re.sub(r"\d+\.\d+s|\d+s with", "<t>", record.getMessage())
        msg = re.sub(r"/tmp/[^ ]*", "<dir>", msg)
        print("LOG", record.levelname, msg)


def quiet(est):
    est.logger.handlers = [NoTimes()]
    return est


mx.random.seed(0)
np.random.seed(0)
X = nd.random.uniform(shape=(12, 3))
y = nd.array(np.arange(12) % 2)
train = gluon.data.DataLoader(gluon.data.ArrayDataset(X, y), batch_size=4)
val = gluon.data.DataLoader(gluon.data.ArrayDataset(X[:8], y[:8]), batch_size=4)

net = gluon.nn.Dense(2)
mx.random.seed(1)
net.initialize()
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
est = quiet(Estimator(net, gluon.loss.SoftmaxCrossEntropyLoss(), trainer=trainer))
print([m.name for m in est.train_metrics], [m.name for m in est.val_metrics])
print(type(est.logger).__name__, est.logger.name, est.context, type(est.batch_processor).__name__)
est.fit(train, val_data=val, epochs=2)
print([(n, round(v, 4)) for n, v in (m.get() for m in est.train_metrics)])
print([(n, round(v, 4)) for n, v in (m.get() for m in est.val_metrics)])
est.evaluate(val)
print([(n, round(v, 4)) for n, v in (m.get() for m in est.val_metrics)])
print(np.round(net.weight.data().asnumpy(), 4).tolist())

# batches instead of epochs, interval logging
net2 = gluon.nn.Dense(1)
mx.random.seed(3)
net2.initialize()
est2 = quiet(Estimator(net2, gluon.loss.L2Loss(), train_metrics=mx.metric.MAE(),
                       trainer=gluon.Trainer(net2.collect_params(), "sgd", {"learning_rate": 0.05})))
print([m.name for m in est2.train_metrics], [m.name for m in est2.val_metrics])
est2.fit(train, batches=5, event_handlers=[LoggingHandler(log_interval=2, metrics=est2.train_metrics)])
print([(n, round(v, 4)) for n, v in (m.get() for m in est2.train_metrics)])

# default trainer and errors
net3 = gluon.nn.Dense(1)
est3 = quiet(Estimator(net3, gluon.loss.L1Loss(), initializer=mx.init.One()))
print(est3.trainer.learning_rate, type(est3.trainer.optimizer).__name__, [m.name for m in est3.train_metrics])
print(net3.weight.shape)
attempt("bad loss", lambda: Estimator(net3, "l2"))
attempt("bad trainer", lambda: Estimator(net3, gluon.loss.L2Loss(), trainer="sgd"))
attempt("bad context", lambda: Estimator(net3, gluon.loss.L2Loss(), context="cpu"))
attempt("bad metrics", lambda: Estimator(net3, gluon.loss.L2Loss(), train_metrics=["acc"]))
attempt("fit not loader", lambda: est3.fit([1, 2], epochs=1))
attempt("fit both", lambda: est3.fit(train, epochs=1, batches=2))
attempt("fit neither", lambda: est3.fit(train))
attempt("evaluate not loader", lambda: est3.evaluate(X))
attempt("bad handler", lambda: est3.fit(train, epochs=1, event_handlers=[3]))
attempt("foreign metric", lambda: est3.fit(train, epochs=1, event_handlers=[MetricHandler([mx.metric.Accuracy()])]))
attempt("bad log interval", lambda: LoggingHandler(log_interval="batch"))
attempt("early stop bad monitor", lambda: EarlyStoppingHandler(monitor="loss"))
attempt("early stop composite", lambda: EarlyStoppingHandler(monitor=mx.metric.CompositeEvalMetric()))
attempt("checkpoint save_best no monitor", lambda: CheckpointHandler(tempfile.mkdtemp(), save_best=True))


# custom handlers: stop after 2 batches of an epoch; early stopping
class StopAt(BatchEnd, EpochEnd):
    def __init__(self):
        self.seen = 0

    def batch_end(self, estimator, *args, **kwargs):
        self.seen += 1
        print("batch", self.seen, type(kwargs["loss"]).__name__, len(kwargs["loss"]), kwargs["pred"][0].shape)
        return self.seen == 2

    def epoch_end(self, estimator, *args, **kwargs):
        print("epoch end")
        return True


est3.fit(train, epochs=3, event_handlers=[StopAt()])
net4 = gluon.nn.Dense(2)
mx.random.seed(2)
net4.initialize()
est4 = quiet(Estimator(net4, gluon.loss.SoftmaxCrossEntropyLoss(),
                       trainer=gluon.Trainer(net4.collect_params(), "sgd", {"learning_rate": 0.0})))
acc = est4.train_metrics[0]
est4.fit(train, epochs=10, event_handlers=[EarlyStoppingHandler(monitor=acc, patience=2)])

# checkpoints
d = tempfile.mkdtemp()
ck = CheckpointHandler(d, model_prefix="m", epoch_period=1, max_checkpoints=2)
est4.fit(train, epochs=3, event_handlers=[ck])
print(sorted(os.listdir(d)), ck.saved_checkpoints)
d2 = tempfile.mkdtemp()
net4.hybridize()
ck2 = CheckpointHandler(d2, model_prefix="h", batch_period=2, epoch_period=None, monitor=acc, save_best=True, verbose=1)
est4.fit(train, batches=4, event_handlers=[ck2])
print(sorted(os.listdir(d2)))
