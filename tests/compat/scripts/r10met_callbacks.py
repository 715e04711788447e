"""mx.callback lines on a fixed clock: Speedometer, ProgressBar, log_train_metric, validation log, closure names."""
import logging
import sys
import time

import mxnet as mx
from mxnet import nd

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.INFO)
clock = [100.0]


def tick():
    clock[0] += 0.5
    return clock[0]


time.time = tick
Param = mx.model.BatchEndParam


def accuracy():
    metric = mx.metric.Accuracy()
    metric.update([nd.array([1, 0, 1])], [nd.array([[0.2, 0.8], [0.4, 0.6], [0.1, 0.9]])])
    return metric


for metric in (None, accuracy(), mx.metric.create(["acc", "mse"])):
    for auto_reset in (True, False):
        speedometer = mx.callback.Speedometer(4, 2, auto_reset=auto_reset)
        for epoch in range(2):
            for nbatch in range(5):
                speedometer(Param(epoch, nbatch, metric, None))
bar = mx.callback.ProgressBar(3, 12)
for nbatch in range(5):
    bar(Param(0, nbatch, None, None))
for period, auto_reset in ((1, False), (2, True)):
    log = mx.callback.log_train_metric(period, auto_reset)
    metric = accuracy()
    for nbatch in range(4):
        log(Param(1, nbatch, metric, None))
validation = mx.callback.LogValidationMetricsCallback()
for metric in (None, 0, [], accuracy()):
    validation(Param(3, 0, metric, None))
print([f.__name__ for f in (mx.callback.do_checkpoint("p"), mx.callback.module_checkpoint(None, "p"),
                            mx.callback.log_train_metric(1))])
