"""Metric checks shared by the Estimator and its handlers."""
from ....base import value_text
from ....metric import Accuracy, CompositeEvalMetric, EvalMetric
from ...loss import SoftmaxCrossEntropyLoss


def _check_metrics(metrics):
    """``metrics`` as a flat list of EvalMetric (a composite metric is unpacked)."""
    if isinstance(metrics, CompositeEvalMetric):
        return [m for metric in metrics.metrics for m in _check_metrics(metric)]
    if isinstance(metrics, EvalMetric):
        return [metrics]
    metrics = metrics or []
    if not all(isinstance(m, EvalMetric) for m in metrics):
        raise ValueError("metrics must be a Metric or a list of Metric, refer to mxnet.metric.EvalMetric: "
                         f"{value_text(metrics)}")
    return metrics


def _check_handler_metric_ref(handler, known_metrics):
    """Every metric a handler holds (attributes named like '*metric*') must be one the estimator updates."""
    for attribute in dir(handler):
        if "metric" not in attribute:
            continue
        reference = getattr(handler, attribute)
        if not reference:
            continue
        for metric in reference if isinstance(reference, list) else [reference]:
            if metric not in known_metrics:
                raise ValueError(f"Event handler {type(handler).__name__} refers to a metric instance "
                                 f"{value_text(metric)} outside of the known training and validation metrics. "
                                 "Please use the metrics from estimator.train_metrics and estimator.val_metrics "
                                 "instead.")


def _suggest_metric_for_loss(loss):
    """Accuracy for a softmax cross-entropy loss, else nothing."""
    return Accuracy() if isinstance(loss, SoftmaxCrossEntropyLoss) else None


from ....base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """value_text""".split())
