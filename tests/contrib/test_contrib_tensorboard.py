"""mx.contrib.tensorboard.LogMetricsCallback: metrics to an mxboard SummaryWriter."""
import logging
import sys
import types

import pytest

import distnet as mx
from distnet.model import BatchEndParam


class _Writer:
    def __init__(self, logdir):
        self.logdir, self.scalars = logdir, []

    def add_scalar(self, name, value, global_step):
        self.scalars.append((name, value, global_step))


def _param(epoch, metric):
    return BatchEndParam(epoch=epoch, nbatch=0, eval_metric=metric, locals=None)


def test_metrics_go_to_the_writer_with_prefix(monkeypatch):
    monkeypatch.setitem(sys.modules, "mxboard", types.SimpleNamespace(SummaryWriter=_Writer))
    cb = mx.contrib.tensorboard.LogMetricsCallback("/tmp/logs", prefix="train")
    metric = mx.metric.Accuracy()
    metric.update([mx.nd.array([0, 1])], [mx.nd.array([[0.9, 0.1], [0.8, 0.2]])])
    cb(_param(3, metric))
    cb(_param(4, None))
    assert cb.summary_writer.logdir == "/tmp/logs"
    assert cb.summary_writer.scalars == [("train-accuracy", 0.5, 3)]


def test_without_mxboard_an_error_is_logged(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "mxboard", None)
    with caplog.at_level(logging.ERROR):
        cb = mx.contrib.tensorboard.LogMetricsCallback("/tmp/logs")
    assert "mxboard" in caplog.text
    cb(_param(0, None))
    assert not hasattr(cb, "summary_writer")
    with pytest.raises(AttributeError, match="'LogMetricsCallback' object has no attribute 'summary_writer'"):
        cb(_param(0, mx.metric.Accuracy()))
