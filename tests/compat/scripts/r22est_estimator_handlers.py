"""Estimator.fit with handlers reused across fits, several LoggingHandlers, a LoggingHandler subclass,
ValidationHandlers with their own handlers, priorities, periods and a custom eval function, StoppingHandler
with both limits, MetricHandlers over some or none of the metrics, Loss metrics, a val_loss that does not fit
the labels, composite and renamed metrics (timings masked)."""
# recorded on AVX2
import logging
import re
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon.contrib.estimator import (Estimator, LoggingHandler, MetricHandler, StoppingHandler,
                                           ValidationHandler)


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


def loader(bs=3, n=10):
    return gluon.data.DataLoader(gluon.data.ArrayDataset(X[:n], Y[:n]), batch_size=bs)


def est(**kw):
    net = gluon.nn.Dense(3, in_units=4)
    net.initialize(mx.init.Constant(0.1))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.2})
    e = Estimator(net, gluon.loss.SoftmaxCrossEntropyLoss(), trainer=trainer, **kw)
    e.logger.handlers = [Masked()]
    e.logger.propagate = False
    return e


e = est()
lh = LoggingHandler(log_interval=2, metrics=e.train_metrics)
att("twice 1", lambda: e.fit(loader(), batches=7, event_handlers=[lh]))
att("twice 2", lambda: e.fit(loader(), epochs=2, event_handlers=[lh]))
att("lh none", lambda: e.fit(loader(), epochs=1, event_handlers=[LoggingHandler()]))
att("two lh", lambda: e.fit(loader(), epochs=1, event_handlers=[
    LoggingHandler(metrics=e.train_metrics[:1]), LoggingHandler(log_interval=3, metrics=e.train_metrics[1:])]))


class MyLog(LoggingHandler):
    def epoch_end(self, estimator, *args, **kwargs):
        print("mylog", self.current_epoch, self.batch_index, self.processed_samples)
        super().epoch_end(estimator, *args, **kwargs)


att("sub lh", lambda: e.fit(loader(), val_data=loader(4), epochs=2,
                           event_handlers=[MyLog(log_interval=2, metrics=e.train_metrics)]))
vh_inner = LoggingHandler(log_interval=1, metrics=e.val_metrics)
att("vh handlers", lambda: e.fit(loader(), epochs=1, event_handlers=[
    ValidationHandler(loader(4), e.evaluate, event_handlers=[vh_inner])]))
att("vh prio", lambda: e.fit(loader(), val_data=loader(4), epochs=1, event_handlers=[
    ValidationHandler(loader(5), e.evaluate, priority=100),
    LoggingHandler(metrics=e.val_metrics + e.train_metrics, priority=50)]))
att("vh batch", lambda: e.fit(loader(), batches=5, event_handlers=[
    ValidationHandler(loader(5), e.evaluate, epoch_period=None, batch_period=2),
    LoggingHandler(metrics=e.val_metrics)]))


def custom_eval(val_data, batch_axis=0, event_handlers=None):
    print("custom eval", len(val_data), batch_axis, event_handlers)


att("vh custom fn", lambda: e.fit(loader(), epochs=2, event_handlers=[ValidationHandler(loader(4), custom_eval)]))
s = StoppingHandler(max_epoch=1, max_batch=2)
att("stop both", lambda: (e.fit(loader(), epochs=3, event_handlers=[s]), s.current_batch, s.current_epoch))
mh = MetricHandler(metrics=e.train_metrics)
att("mh", lambda: (e.fit(loader(), epochs=1, event_handlers=[mh]), [m.get() for m in mh.metrics]))
mh = MetricHandler(metrics=[e.train_metrics[0]])
att("mh partial", lambda: (e.fit(loader(), epochs=1, event_handlers=[mh]), [m.get() for m in e.train_metrics]))
att("mh empty", lambda: (e.fit(loader(), epochs=1, event_handlers=[MetricHandler([])]),
                         [m.get() for m in e.train_metrics]))
e2 = est(train_metrics=[mx.metric.Loss("myloss"), mx.metric.Accuracy()], val_metrics=[mx.metric.Loss()])
att("loss metrics", lambda: (e2.fit(loader(), val_data=loader(4), epochs=1),
                             [m.get() for m in e2.train_metrics + e2.val_metrics]))
e3 = est(val_loss=gluon.loss.L2Loss())
att("val_loss l2", lambda: e3.fit(loader(), val_data=loader(4), epochs=1))
e4 = est(train_metrics=mx.metric.CompositeEvalMetric([mx.metric.Accuracy(), mx.metric.CrossEntropy()]))
att("comp train", lambda: e4.fit(loader(), val_data=loader(4), epochs=1))
print([m.name for m in e4.train_metrics], [m.name for m in e4.val_metrics])
e5 = est(train_metrics=[mx.metric.Accuracy(name="training foo"), mx.metric.Accuracy(name="trainingbar")])
print([m.name for m in e5.train_metrics], [m.name for m in e5.val_metrics])
e6 = est(train_metrics=[mx.metric.Accuracy()], val_metrics=[mx.metric.Accuracy(name="training x")])
print([m.name for m in e6.train_metrics], [m.name for m in e6.val_metrics])
e7 = est(train_metrics=[mx.metric.TopKAccuracy(2), mx.metric.F1()])
att("f1 topk", lambda: e7.fit(loader(), epochs=1))
net = gluon.nn.Dense(1, in_units=4); net.initialize(mx.init.Constant(0.1))
e8 = Estimator(net, gluon.loss.SigmoidBinaryCrossEntropyLoss(), train_metrics=[mx.metric.Accuracy(), mx.metric.F1()],
               trainer=gluon.Trainer(net.collect_params(), "sgd"))
e8.logger.handlers = [Masked()]
e8.logger.propagate = False
binary = gluon.data.ArrayDataset(X, (Y > 0).astype("float32"))
att("sigmoid f1", lambda: e8.fit(gluon.data.DataLoader(binary, batch_size=5), epochs=1))
