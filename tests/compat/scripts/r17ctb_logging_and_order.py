"""LoggingHandler lines for each log_interval and metric choice (timings masked), the order handlers run in by
priority, what they are given, and stopping from batch_end/epoch_end."""
import logging
import re
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon.contrib.estimator import (BatchBegin, BatchEnd, EpochBegin, EpochEnd, Estimator, GradientUpdateHandler,
                                           LoggingHandler, MetricHandler, StoppingHandler, TrainBegin, TrainEnd,
                                           ValidationHandler)

warnings.simplefilter("ignore")
X = nd.array(np.sin(np.arange(60) * 0.37).reshape(15, 4))
Y = nd.array([0, 1, 2, 1, 0, 2, 1, 0, 1, 2, 2, 0, 1, 1, 0])


def loader(batch_size=4, last_batch="keep"):
    return gluon.data.DataLoader(gluon.data.ArrayDataset(X, Y), batch_size=batch_size, last_batch=last_batch)


class Masked(logging.Handler):
    def emit(self, record):
        print("  log:", re.sub(r"\d+\.\d+s", "T", re.sub(r"total \d+s", "total Ts", record.getMessage())))


def est(**kwargs):
    net = gluon.nn.Dense(3, in_units=4)
    net.initialize(mx.init.Constant(0.1), ctx=kwargs.get("context"))
    e = Estimator(net, gluon.loss.SoftmaxCrossEntropyLoss(),
                  trainer=gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1}), **kwargs)
    e.logger.handlers = [Masked()]
    return e


for interval in ("epoch", 1, 3):
    for which in ("train", "none", "mixed"):
        e = est()
        metrics = {"train": e.train_metrics, "none": None, "mixed": [e.train_metrics[0], e.val_metrics[1]]}[which]
        handler = LoggingHandler(log_interval=interval, metrics=metrics)
        print("interval", interval, which)
        e.fit(loader(), val_data=loader(6), epochs=2, event_handlers=[handler])
        print("  state", handler.batch_index, handler.current_epoch, handler.processed_samples)
e = est()
print("batches, discard last")
e.fit(loader(4, "discard"), batches=5, event_handlers=[LoggingHandler(2, e.train_metrics)])
print("evaluate twice with one handler")
handler = LoggingHandler(1, e.val_metrics)
e.evaluate(loader(5), event_handlers=[handler])
e.evaluate(loader(7), event_handlers=handler)
print("  state", handler.batch_index, handler.current_epoch, handler.processed_samples)
print("multi-context")
e = est(context=[mx.cpu(0), mx.cpu(1)])
e.fit(loader(4, "discard"), epochs=1, event_handlers=[LoggingHandler(1, e.train_metrics)])

seen = []


class Spy(TrainBegin, TrainEnd, EpochBegin, EpochEnd, BatchBegin, BatchEnd):
    def __init__(self, name, priority=None, stop_after=None):
        self.name, self.stop_after, self.batches = name, stop_after, 0
        if priority is not None:
            self.priority = priority

    def train_begin(self, estimator, *args, **kwargs):
        seen.append(f"{self.name}.train_begin{sorted(kwargs)}")

    def epoch_begin(self, estimator, *args, **kwargs):
        seen.append(f"{self.name}.epoch_begin")

    def batch_begin(self, estimator, *args, **kwargs):
        seen.append(f"{self.name}.batch_begin{sorted(kwargs)}")

    def batch_end(self, estimator, *args, **kwargs):
        self.batches += 1
        seen.append(f"{self.name}.batch_end{sorted(kwargs)}:{len(kwargs['pred'])}:"
                    f"{estimator.net.weight.data()[0, 0].asscalar():.5f}")
        return self.batches == self.stop_after

    def epoch_end(self, estimator, *args, **kwargs):
        seen.append(f"{self.name}.epoch_end")
        return False

    def train_end(self, estimator, *args, **kwargs):
        seen.append(f"{self.name}.train_end")


e = est()
e.logger.handlers = []
e.fit(loader(8), epochs=2, event_handlers=[Spy("a"), Spy("b", -1), Spy("c", -3000, stop_after=1), Spy("d", np.inf),
                                           GradientUpdateHandler(priority=-1500)])
print("\n".join(seen))
seen.clear()
e.fit(loader(8), batches=3, event_handlers=[Spy("only"), StoppingHandler(max_epoch=1), MetricHandler(e.train_metrics)])
print("\n".join(seen))
calls = []


def evaluate(val_data, batch_axis, event_handlers):
    calls.append((batch_axis, event_handlers))
    e.evaluate(val_data, batch_axis, event_handlers)


for epoch_period, batch_period in ((1, None), (2, None), (None, 2), (1, 3), (0, None)):
    calls.clear()
    handler = ValidationHandler(loader(6), evaluate, epoch_period=epoch_period, batch_period=batch_period)
    e.fit(loader(), epochs=3, event_handlers=[handler])
    print("validation", epoch_period, batch_period, "->", len(calls), handler.current_batch, handler.current_epoch)
