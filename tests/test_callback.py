"""mx.callback: the lines its callbacks log and the closures they return, as MXNet's."""
import logging

import distnet as mx
from distnet.model import BatchEndParam


def _accuracy():
    metric = mx.metric.Accuracy()
    metric.update([mx.nd.array([1, 0])], [mx.nd.array([[0.2, 0.8], [0.4, 0.6]])])
    return metric


def test_checkpoint_and_log_callbacks_are_mxnets_callback_closures():
    made = [mx.callback.do_checkpoint("p"), mx.callback.module_checkpoint(None, "p"),
            mx.callback.log_train_metric(1)]
    assert [f.__name__ for f in made] == ["_callback"] * 3


def test_validation_log_skips_a_falsy_metric_and_logs_each_value(caplog):
    callback = mx.callback.LogValidationMetricsCallback()
    with caplog.at_level(logging.INFO):
        for metric in (None, 0, []):
            callback(BatchEndParam(2, 1, metric, None))
        callback(BatchEndParam(2, 1, _accuracy(), None))
    assert [r.getMessage() for r in caplog.records] == ["Epoch[2] Validation-accuracy=0.500000"]


def test_log_train_metric_logs_every_period_and_resets_on_request(caplog):
    metric = _accuracy()
    callback = mx.callback.log_train_metric(2, auto_reset=True)
    with caplog.at_level(logging.INFO):
        for nbatch in range(3):
            callback(BatchEndParam(1, nbatch, metric, None))
    assert [r.getMessage() for r in caplog.records] == ["Iter[1] Batch[0] Train-accuracy=0.500000",
                                                        "Iter[1] Batch[2] Train-accuracy=nan"]
