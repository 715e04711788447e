"""mx.callback at its edges: Speedometer with frequent 0, no batch size, a namedtuple without eval_metric,
composite, custom and top-k metrics, restarts; ProgressBar with zero totals or lengths, negative and float
counts; log_train_metric with period 0; LogValidationMetricsCallback without a metric or with nan; the
BatchEndParam tuple; callbacks given odd periods (speeds masked)."""
# recorded on AVX2
import logging
import re
from collections import namedtuple

import mxnet as mx
from mxnet.model import BatchEndParam


class Masked(logging.Handler):
    def emit(self, record):
        text = re.sub(r"Speed: [\d.inf]+", "Speed: S", record.getMessage())
        print("LOG", record.levelname, text.replace("\r", "\\r"))


logging.getLogger().addHandler(Masked())
logging.getLogger().setLevel(logging.DEBUG)


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", "a function" if callable(result) else repr(result))
    except Exception as e:
        print(label, "raises", type(e).__name__, repr(str(e)))


def updated(metric, probs=((.9, .1), (.2, .8))):
    metric.update([mx.nd.array([0, 1])], [mx.nd.array(probs)])
    return metric


acc = updated(mx.metric.Accuracy())


def param(nbatch, epoch=0, metric=acc, local=None):
    return BatchEndParam(epoch=epoch, nbatch=nbatch, eval_metric=metric, locals=local)


def calls(callback, params):
    return [callback(p) for p in params]


NoMetric = namedtuple("NoMetric", ["epoch", "nbatch"])
composite = updated(mx.metric.CompositeEvalMetric([mx.metric.Accuracy(), mx.metric.F1()]))
custom = updated(mx.metric.CustomMetric(lambda label, pred: 0.25, name="cust"))
topk = updated(mx.metric.TopKAccuracy(2), ((.9, .1, 0), (.2, .8, 0)))
for label, fn in [
        ("Speedometer frequent 0", lambda: calls(mx.callback.Speedometer(4, 0), [param(i) for i in range(3)])),
        ("Speedometer batch_size None", lambda: calls(mx.callback.Speedometer(None, 1), [param(i) for i in range(3)])),
        ("Speedometer batch_size 2.5", lambda: calls(mx.callback.Speedometer(2.5, 1), [param(i) for i in range(3)])),
        ("Speedometer no eval_metric", lambda: calls(mx.callback.Speedometer(2, 1),
                                                     [NoMetric(0, i) for i in range(3)])),
        ("Speedometer composite", lambda: calls(mx.callback.Speedometer(2, 1, False),
                                                 [param(i, metric=composite) for i in range(3)])),
        ("Speedometer restarts", lambda: calls(mx.callback.Speedometer(2, 2),
                                                [param(i, epoch=e) for e in range(2) for i in (0, 2, 4, 0, 2)])),
        ("Speedometer custom", lambda: calls(mx.callback.Speedometer(2, 1),
                                             [param(i, metric=custom) for i in range(3)])),
        ("Speedometer top-k", lambda: calls(mx.callback.Speedometer(2, 1), [param(i, metric=topk) for i in range(3)])),
        ("ProgressBar total 0", lambda: mx.callback.ProgressBar(0)(param(1))),
        ("ProgressBar total 0 batch 0", lambda: mx.callback.ProgressBar(0)(param(0))),
        ("ProgressBar length 0", lambda: mx.callback.ProgressBar(4, 0)(param(2))),
        ("ProgressBar batch -1", lambda: mx.callback.ProgressBar(4)(param(-1))),
        ("ProgressBar total 3.5", lambda: mx.callback.ProgressBar(3.5, 7)(param(2))),
        ("log_train_metric 0", lambda: mx.callback.log_train_metric(0)(param(3))),
        ("log_train_metric no eval_metric", lambda: mx.callback.log_train_metric(1)(NoMetric(0, 1))),
        ("LogValidationMetricsCallback None", lambda: mx.callback.LogValidationMetricsCallback()(
            param(3, metric=None))),
        ("LogValidationMetricsCallback nan", lambda: mx.callback.LogValidationMetricsCallback()(
            param(3, metric=mx.metric.MSE()))),
        ("BatchEndParam fields", lambda: BatchEndParam._fields),
        ("BatchEndParam positional", lambda: BatchEndParam(1, 2, 3, 4)),
        ("do_checkpoint period '2'", lambda: mx.callback.do_checkpoint("x", "2")),
        ("module_checkpoint period 0.5", lambda: mx.callback.module_checkpoint(None, "x", 0.5))]:
    attempt(label, fn)
