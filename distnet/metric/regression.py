"""Regression metrics: MAE, MSE, RMSE, Pearson correlation."""
import contextlib
import math
import warnings

import numpy

from ..base import own_methods
from .base import EvalMetric, register, alias, check_label_shapes, _np
from ..ndarray import dgemm_row, openblas_prescott
from ..ndarray.openblas_core import core

_REPLAY_MAX = 1 << 16       # longer vectors take this NumPy's own product (seconds per replay beyond)


class _Regression(EvalMetric):
    """MAE, MSE, RMSE: the mean of a per-batch error (1-D labels/predictions become columns)."""

    def __init__(self, name, output_names=None, label_names=None):
        super().__init__(name, output_names=output_names, label_names=label_names, has_global_stats=True)

    def update(self, labels, preds):
        labels, preds = check_label_shapes(labels, preds, True)
        for label, pred in zip(labels, preds):
            label, pred = _np(label), _np(pred)
            if len(label.shape) == 1:
                label = label.reshape(label.shape[0], 1)
            if len(pred.shape) == 1:
                pred = pred.reshape(pred.shape[0], 1)
            self._add(self._error(label, pred), 1)


@register
@own_methods("update")
class MAE(_Regression):
    """Mean absolute error."""

    def __init__(self, name='mae', output_names=None, label_names=None):
        super().__init__(name, output_names, label_names)

    @staticmethod
    def _error(label, pred):
        errors = numpy.abs(label - pred)
        # each metric averages on a line of its own: Python shows a warning once per line, as under MXNet
        with _mean_words(errors):
            return errors.mean()


@register
@own_methods("update")
class MSE(_Regression):
    """Mean squared error."""

    def __init__(self, name='mse', output_names=None, label_names=None):
        super().__init__(name, output_names, label_names)

    @staticmethod
    def _error(label, pred):
        errors = (label - pred) ** 2.0
        with _mean_words(errors):
            return errors.mean()


@register
@own_methods("update")
class RMSE(_Regression):
    """Root mean squared error (of each batch, averaged over batches)."""

    def __init__(self, name='rmse', output_names=None, label_names=None):
        super().__init__(name, output_names, label_names)

    @staticmethod
    def _error(label, pred):
        errors = (label - pred) ** 2.0
        with _mean_words(errors):
            return numpy.sqrt(errors.mean())


def _mean_words(errors):
    """The warnings of ``errors.mean()``: an empty array's float64 0 / 0 warns in the words of MXNet's NumPy."""
    if errors.size or errors.dtype.kind == "f" and errors.dtype != numpy.float64:    # (a float32 mean divides arrays)
        return contextlib.nullcontext()
    return _double_scalars_warnings()


def _corrcoef(x, y):
    """``numpy.corrcoef(x, y)[0, 1]`` of two float64 vectors, the covariance products summed as MXNet's NumPy
    (its bundled OpenBLAS dgemm) sums them: this NumPy's BLAS adds them in another order."""
    centred = numpy.stack([x, y])
    mean = numpy.average(centred, axis=1)
    fact = x.size - 1
    if fact <= 0:       # as numpy.cov warns, and divides by zero
        warnings.warn("Degrees of freedom <= 0 for slice", RuntimeWarning, stacklevel=2)
        fact = 0.0
    centred -= mean[:, None]
    with numpy.errstate(all="ignore"):      # (MXNet's NumPy hands the product to BLAS, which raises no warnings)
        if core() == "prescott":
            cov = openblas_prescott.gemm(centred, centred.T)
        elif x.size <= _REPLAY_MAX and numpy.isfinite(centred).all():
            cov = dgemm_row.numpy_gram(centred)
        else:
            cov = centred @ centred.T
    cov *= numpy.true_divide(1, fact)
    stddev = numpy.sqrt(numpy.diag(cov))
    cov /= stddev[:, None]
    cov /= stddev[None, :]
    return numpy.clip(cov, -1, 1)[0, 1]


@register
@alias('pearsonr')
class PearsonCorrelation(EvalMetric):
    """Pearson correlation of predictions and labels ('macro': mean per batch; 'micro': over all values)."""

    def __init__(self, name='pearsonr', output_names=None, label_names=None, average='macro'):
        self.average = average
        super().__init__(name, output_names=output_names, label_names=label_names, has_global_stats=True)

    def reset_micro(self):
        self._sse_p = self._mean_p = self._sse_l = self._mean_l = 0
        self._pred_nums = self._label_nums = self._conv = 0

    def reset(self):
        super().reset()
        if self.average == 'micro':
            self.reset_micro()

    def update_variance(self, new_values, *aggregate):     # (a method, as MXNet's, though it reads no state)
        """Welford's update of ``(count, mean, sum of squared deviations)``."""
        count, mean, m_2 = aggregate
        count += len(new_values)
        delta = new_values - mean
        mean = _scalar_add(mean, numpy.sum(delta / count))
        m_2 = _scalar_add(m_2, numpy.sum(delta * (new_values - mean)))
        return count, mean, m_2

    def update_cov(self, label, pred):
        self._conv = _scalar_add(self._conv, numpy.sum((label - self._mean_l) * (pred - self._mean_p)))

    def update(self, labels, preds):
        labels, preds = check_label_shapes(labels, preds, True)
        for label, pred in zip(labels, preds):
            check_label_shapes(label, pred, False, True)
            label = _np(label).ravel().astype(numpy.float64)
            pred = _np(pred).ravel().astype(numpy.float64)
            if self.average == 'macro':
                self._add(_corrcoef(pred, label), 1)
            else:
                self.global_num_inst += 1
                self.num_inst += 1
                self._label_nums, self._mean_l, self._sse_l = \
                    self.update_variance(label, self._label_nums, self._mean_l, self._sse_l)
                self.update_cov(label, pred)
                self._pred_nums, self._mean_p, self._sse_p = \
                    self.update_variance(pred, self._pred_nums, self._mean_p, self._sse_p)

    def get(self):
        if self.num_inst == 0:
            return (self.name, float('nan'))
        if self.average == 'macro':
            return (self.name, self.sum_metric / self.num_inst)
        n = self._label_nums
        with _double_scalars_warnings() as sqrt:
            return (self.name, self._conv / ((n - 1) * sqrt(self._sse_p / (n - 1)) * sqrt(self._sse_l / (n - 1))))


def _scalar_add(a, b):
    """``a + b`` as float64 scalars (an inf - inf or an overflow warns in the words of MXNet's NumPy)."""
    total = float(a) + float(b)
    if math.isfinite(total):
        return numpy.float64(total)
    with _double_scalars_warnings():
        return numpy.float64(a) + numpy.float64(b)


def _warn_double_scalars(kind, _flag):
    warnings.warn(f"{kind} encountered in double_scalars", RuntimeWarning, stacklevel=2)


@contextlib.contextmanager
def _double_scalars_warnings():
    """float64 scalar arithmetic warning in the words of the NumPy MXNet 1.9.1 runs on (0 / 0: 'invalid value
    encountered in double_scalars') where this NumPy names the operation ('scalar divide'); the caller's
    ``numpy.seterr`` modes otherwise kept. Gives ``numpy.sqrt`` as those modes have it ('... in sqrt')."""
    outer = numpy.geterr()
    modes = {kind: "call" if mode == "warn" else mode for kind, mode in outer.items()}

    def sqrt(value):
        with numpy.errstate(**outer):
            return numpy.sqrt(value)
    with numpy.errstate(**modes, call=_warn_double_scalars):
        yield sqrt
