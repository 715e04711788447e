"""Estimator.fit with event handlers that print: the order of train/epoch/batch begin and end calls among the
built-in handlers, a handler that stops training, LoggingHandler intervals with validation, evaluate, a custom
BatchProcessor and a handler seeing weights before or after the GradientUpdateHandler (timings masked)."""
import logging
import re
import warnings
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon.contrib.estimator import (BatchBegin, BatchEnd, BatchProcessor, EpochBegin, EpochEnd, Estimator,
                                           GradientUpdateHandler, LoggingHandler, TrainBegin, TrainEnd)

warnings.simplefilter("ignore")


class Masked(logging.Handler):
    def emit(self, record):
        print("log:", re.sub(r"\d+\.\d+s", "T", re.sub(r"total \d+s", "total Ts", record.getMessage())))


def bits(a):
    """The sum of magnitudes to 5 digits: products, softmax and BatchNorm sum in the CPU's vector-kernel order."""
    return "%.5g" % float(np.abs(a.asnumpy().astype(np.float64)).sum())


def loader(n=12, batch_size=4, seed=0):
    rs = np.random.RandomState(seed)
    data = gluon.data.ArrayDataset(nd.array(rs.normal(size=(n, 4))), nd.array(rs.randint(0, 3, n)))
    return gluon.data.DataLoader(data, batch_size=batch_size)


class Recorder(TrainBegin, TrainEnd, EpochBegin, EpochEnd, BatchBegin, BatchEnd):
    def __init__(self, stop_after=None):
        self.stop_after, self.batches = stop_after, 0

    def train_begin(self, estimator, *args, **kwargs):
        print("train_begin")

    def train_end(self, estimator, *args, **kwargs):
        print("train_end")

    def epoch_begin(self, estimator, *args, **kwargs):
        print("epoch_begin")

    def epoch_end(self, estimator, *args, **kwargs):
        print("epoch_end", " ".join("%s=%.5g" % m.get() for m in estimator.train_metrics))

    def batch_begin(self, estimator, *args, **kwargs):
        print("batch_begin", sorted(kwargs))

    def batch_end(self, estimator, *args, **kwargs):
        self.batches += 1
        print("batch_end", sorted(kwargs), bits(kwargs["loss"][0]))
        return self.stop_after is not None and self.batches >= self.stop_after


def estimator(lr=0.1, hybrid=False, **kwargs):
    mx.random.seed(0)
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Dense(5, activation="relu"), gluon.nn.Dense(3))
    net.initialize(mx.init.Xavier())
    if hybrid:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": lr})
    est = Estimator(net, gluon.loss.SoftmaxCrossEntropyLoss(), trainer=trainer, **kwargs)
    est.logger.handlers = [Masked()]
    est.logger.propagate = False
    return est


est = estimator()
est.fit(loader(), epochs=1, event_handlers=[Recorder(), LoggingHandler(log_interval=1, metrics=est.train_metrics)])
print(bits(est.net[0].weight.data()))
est = estimator(hybrid=True)
est.fit(loader(), epochs=3, event_handlers=[Recorder(stop_after=4)])
for interval in ("epoch", 2):
    est = estimator()
    est.fit(loader(10, 3), val_data=loader(6, 3, 4), epochs=1,
            event_handlers=[LoggingHandler(log_interval=interval, metrics=est.train_metrics + est.val_metrics)])
est = estimator(train_metrics=[mx.metric.Accuracy(), mx.metric.TopKAccuracy(2), mx.metric.CrossEntropy()])
est.fit(loader(), epochs=2, val_data=loader(8, 4, 1))
print("val", " ".join("%s=%.5g" % m.get() for m in est.val_metrics))
est.evaluate(loader(8, 3, 5), event_handlers=[Recorder()])
print("val", " ".join("%s=%.5g" % m.get() for m in est.val_metrics))


class Doubled(BatchProcessor):
    def fit_batch(self, estimator, train_batch, batch_axis=0):
        data, label = train_batch
        with autograd.record():
            pred = estimator.net(data * 2)
            loss = estimator.loss(pred, label) * 0.5
        loss.backward()
        return data, label, pred, loss


est = estimator(batch_processor=Doubled())
est.fit(loader(), epochs=2)
print(bits(est.net[0].weight.data()), bits(est.net[1].weight.data()))


class Peek(BatchEnd):
    def __init__(self):
        self.priority = -3000

    def batch_end(self, estimator, *args, **kwargs):
        print("peek", bits(estimator.net[0].weight.data()))


est = estimator()
est.fit(loader(), batches=2, event_handlers=[Peek(), GradientUpdateHandler(priority=-1000)])
est = estimator()
est.fit(loader(), batches=2, event_handlers=[Peek()])
