"""``mx.contrib.tensorboard``: a training callback writing metrics through ``mxboard`` when it is installed."""
import logging


class LogMetricsCallback:
    """Write each evaluation metric as a TensorBoard scalar (step = epoch) under ``logging_dir``.

    ``prefix`` is put before every metric name (``prefix-accuracy``), so train and eval curves can
    share a plot. The writer is ``mxboard.SummaryWriter``; without mxboard an error is logged and, as in
    MXNet, the callback has no ``summary_writer``: calling it with metrics is an AttributeError.
    """

    def __init__(self, logging_dir, prefix=None):
        self.prefix = prefix
        try:
            from mxboard import SummaryWriter
        except ImportError:
            logging.error("You can install mxboard via `pip install mxboard`.")
        else:
            self.summary_writer = SummaryWriter(logging_dir)

    def __call__(self, param):
        """Log ``param.eval_metric``'s values (nothing when there is no metric)."""
        if param.eval_metric is None:
            return
        for name, value in param.eval_metric.get_name_value():
            if self.prefix is not None:
                name = f"{self.prefix}-{name}"
            self.summary_writer.add_scalar(name, value, global_step=param.epoch)
