"""Training callbacks: the lines Speedometer, log_train_metric, ProgressBar and the validation logger print."""
import logging
import re
import sys
from collections import namedtuple
import mxnet as mx


class NoSpeed(logging.Formatter):
    """Speed figures vary from run to run: show them as N."""

    def format(self, record):
        return re.sub(r"Speed: [0-9.]+", "Speed: N", super().format(record))


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(NoSpeed("%(levelname)s:%(message)s"))
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.INFO)

BatchEndParams = namedtuple("BatchEndParams", ["epoch", "nbatch", "eval_metric", "locals"])
metric = mx.metric.create("acc")
metric.update([mx.nd.array([0, 1, 1])], [mx.nd.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]])])
for args in [(4, 2), (4, 3), (2, 50)]:
    for reset in [True, False]:
        print("-- Speedometer", args, "auto_reset", reset)
        s = mx.callback.Speedometer(*args, auto_reset=reset)
        for i in range(7):
            s(BatchEndParams(0, i, metric, None))
        s(BatchEndParams(1, 0, metric, None))
        s(BatchEndParams(1, 1, metric, None))
        print("metric after", metric.get())
        metric.update([mx.nd.array([0, 1, 1])], [mx.nd.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]])])
print("-- no metric")
s = mx.callback.Speedometer(4, 2)
for i in range(5):
    s(BatchEndParams(0, i, None, None))
print("-- composite metric")
both = mx.metric.CompositeEvalMetric([mx.metric.Accuracy(), mx.metric.CrossEntropy()])
both.update([mx.nd.array([0, 1])], [mx.nd.array([[0.9, 0.1], [0.2, 0.8]])])
s = mx.callback.Speedometer(2, 1)
for i in range(3):
    s(BatchEndParams(0, i, both, None))
print("-- log_train_metric")
f = mx.callback.log_train_metric(2)
for i in range(5):
    f(BatchEndParams(0, i, metric, None))
f = mx.callback.log_train_metric(2, auto_reset=True)
for i in range(5):
    f(BatchEndParams(0, i, metric, None))
print("-- ProgressBar")
p = mx.callback.ProgressBar(10, 20)
for i in range(0, 12, 3):
    p(BatchEndParams(0, i, metric, None))
print()
print("-- validation logger")
v = mx.callback.LogValidationMetricsCallback()
v(BatchEndParams(3, 0, metric, None))
v(BatchEndParams(3, 0, None, None))
both.update([mx.nd.array([0, 1])], [mx.nd.array([[0.9, 0.1], [0.2, 0.8]])])
v(BatchEndParams(4, 0, both, None))
