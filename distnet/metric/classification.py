"""Classification metrics: accuracy, top-k, F1, MCC, PCC, cross-entropy, perplexity."""
import math

import numpy

from .. import ndarray as nd
from ..base import own_methods
from .base import EvalMetric, register, alias, check_label_shapes, _cast, _legacy_operand, _np


@register
@alias('acc')
class Accuracy(EvalMetric):
    """The fraction of predictions equal to the labels (class scores are arg-maxed over ``axis``)."""

    def __init__(self, axis=1, name='accuracy', output_names=None, label_names=None):
        super().__init__(name, axis=axis, output_names=output_names, label_names=label_names, has_global_stats=True)
        self.axis = axis

    def update(self, labels, preds):
        labels, preds = check_label_shapes(labels, preds, True)
        for label, pred_label in zip(labels, preds):
            scores = pred_label.shape != label.shape
            if scores:      # arg-maxed (by MXNet's operator) before the labels are read
                _legacy_operand("argmax", pred_label)
                pred_label = nd.argmax(pred_label, axis=self.axis)
            pred_label = _np(pred_label)
            label = _np(label)
            pred_label = (pred_label.astype('int32') if scores else _cast(pred_label, 'int32')).flat    # (no NaN index)
            label = _cast(label, 'int32').flat
            check_label_shapes(label, pred_label)
            self._add((pred_label == label).sum(), len(pred_label))


def _count_equal(a, b):
    """How many elements of ``a`` and ``b`` are equal. Operands that do not broadcast compare, in the numpy
    MXNet 1.9.1 ships with, as a bare False, whose missing ``sum`` fails with AttributeError."""
    a, b = numpy.asarray(a), numpy.asarray(b)
    try:
        numpy.broadcast_shapes(a.shape, b.shape)
    except ValueError:
        raise AttributeError("'bool' object has no attribute 'sum'") from None
    return (a == b).sum()


@register
@alias('top_k_accuracy', 'top_k_acc')
class TopKAccuracy(EvalMetric):
    """The fraction of samples whose label is among the ``top_k`` highest-scored classes."""

    def __init__(self, top_k=1, name='top_k_accuracy', output_names=None, label_names=None):
        super().__init__(name, top_k=top_k, output_names=output_names, label_names=label_names, has_global_stats=True)
        self.top_k = top_k
        if not self.top_k > 1:      # (MXNet's comparison: a text top_k fails on '>')
            raise AssertionError('Please use Accuracy if top_k is no more than 1')  # MXNet's error type
        self.name += '_%d' % self.top_k      # a float top_k is named by its integer part

    def update(self, labels, preds):
        labels, preds = check_label_shapes(labels, preds, True)
        for label, pred_label in zip(labels, preds):
            if len(pred_label.shape) > 2:        # MXNet asserts this
                raise AssertionError('Predictions should be no more than 2 dims')
            pred = _cast(_np(pred_label), 'float32')
            pred_label = numpy.argpartition(pred, -self.top_k)
            label = _cast(_np(label), 'int32')
            check_label_shapes(label, pred_label)
            num_samples = pred_label.shape[0]
            if pred_label.ndim == 1:
                self.sum_metric += _count_equal(pred_label.flat, label.flat)   # (the global sum is left alone)
            else:
                num_classes = pred_label.shape[1]
                for j in range(min(num_classes, self.top_k)):
                    correct = _count_equal(pred_label[:, num_classes - 1 - j].flat, label.flat)
                    self.sum_metric += correct
                    self.global_sum_metric += correct
            self.num_inst += num_samples
            self.global_num_inst += num_samples


class _BinaryClassificationMetrics:
    """True/false positive/negative counts of a two-class problem, local and global."""

    _COUNTS = ("true_positives", "false_negatives", "false_positives", "true_negatives")

    def __init__(self):
        self.reset_stats()

    def update_binary_stats(self, label, pred):
        """Add the counts of one batch (``pred`` holds two class scores per sample)."""
        pred = _np(pred)
        label = _cast(_np(label), 'int32')
        pred_label = numpy.argmax(pred, axis=1)
        check_label_shapes(label, pred)
        if len(numpy.unique(label)) > 2:
            raise ValueError(f"{self.__class__.__name__} currently only supports binary classification.")
        pred_true = (pred_label == 1)
        pred_false = 1 - pred_true
        label_true = (label == 1)
        label_false = 1 - label_true
        counts = {"true_positives": (pred_true * label_true).sum(), "false_positives": (pred_true * label_false).sum(),
                  "false_negatives": (pred_false * label_true).sum(), "true_negatives": (pred_false * label_false).sum()}
        for key, value in counts.items():
            setattr(self, key, getattr(self, key) + value)
            setattr(self, "global_" + key, getattr(self, "global_" + key) + value)

    @staticmethod
    def _ratio(num, other):
        return float(num) / (num + other) if num + other > 0 else 0.

    @staticmethod
    def _f(precision, recall):
        return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.

    precision = property(lambda self: self._ratio(self.true_positives, self.false_positives))
    global_precision = property(lambda self: self._ratio(self.global_true_positives, self.global_false_positives))
    recall = property(lambda self: self._ratio(self.true_positives, self.false_negatives))
    global_recall = property(lambda self: self._ratio(self.global_true_positives, self.global_false_negatives))
    fscore = property(lambda self: self._f(self.precision, self.recall))
    global_fscore = property(lambda self: self._f(self.global_precision, self.global_recall))
    total_examples = property(lambda self: sum(getattr(self, k) for k in self._COUNTS))
    global_total_examples = property(lambda self: sum(getattr(self, "global_" + k) for k in self._COUNTS))

    def matthewscc(self, use_global=False):
        """The Matthews correlation coefficient of the (local or global) counts."""
        prefix = "global_" if use_global else ""
        if not getattr(self, prefix + "total_examples"):
            return 0.
        tp, fn, fp, tn = (float(getattr(self, prefix + k)) for k in self._COUNTS)
        denom = 1.
        for t in (tp + fp, tp + fn, tn + fp, tn + fn):
            if t != 0.:
                denom *= t
        return ((tp * tn) - (fp * fn)) / math.sqrt(denom)

    def local_reset_stats(self):
        for key in self._COUNTS:
            setattr(self, key, 0)

    def reset_stats(self):
        for key in self._COUNTS:
            setattr(self, key, 0)
            setattr(self, "global_" + key, 0)


class _BinaryMetric(EvalMetric):
    """F1 and MCC: a score of binary counts, averaged per batch ('macro') or over all samples ('micro')."""

    _NAMES = ("average", "metrics")     # the attributes holding the averaging and the counts (MCC's are private)

    def __init__(self, name, output_names, label_names, average):
        setattr(self, self._NAMES[0], average)
        setattr(self, self._NAMES[1], _BinaryClassificationMetrics())
        EvalMetric.__init__(self, name=name, output_names=output_names, label_names=label_names, has_global_stats=True)

    _mode = property(lambda self: getattr(self, self._NAMES[0]))
    _counts = property(lambda self: getattr(self, self._NAMES[1]))

    def update(self, labels, preds):
        labels, preds = check_label_shapes(labels, preds, True)
        for label, pred in zip(labels, preds):
            self._counts.update_binary_stats(label, pred)
        if self._mode == "macro":
            self.sum_metric += self._score(False)
            self.global_sum_metric += self._score(True)
            self.num_inst += 1
            self.global_num_inst += 1
            self._counts.reset_stats()
        else:
            self.sum_metric = self._score(False) * self._counts.total_examples
            self.global_sum_metric = self._score(True) * self._counts.global_total_examples
            self.num_inst = self._counts.total_examples
            self.global_num_inst = self._counts.global_total_examples

    def reset(self):
        self.sum_metric = 0.
        self.num_inst = self._zero_count
        self.global_num_inst = self._zero_count
        self.global_sum_metric = 0.0
        self._counts.reset_stats()

    def reset_local(self):
        self.sum_metric = 0.
        self.num_inst = self._zero_count
        self._counts.local_reset_stats()


@register
@own_methods("update", "reset", "reset_local")
class F1(_BinaryMetric):
    """The F1 score of a binary classifier (``average`` 'macro': mean over batches; 'micro': over samples)."""

    _zero_count = 0

    def __init__(self, name='f1', output_names=None, label_names=None, average="macro"):
        super().__init__(name, output_names, label_names, average)

    def _score(self, use_global):
        return self._counts.global_fscore if use_global else self._counts.fscore


@register
@own_methods("update", "reset", "reset_local")
class MCC(_BinaryMetric):
    """The Matthews correlation coefficient of a binary classifier ('macro' or 'micro' average)."""

    _zero_count = 0.
    _NAMES = ("_average", "_metrics")

    def __init__(self, name='mcc', output_names=None, label_names=None, average="macro"):
        super().__init__(name, output_names, label_names, average)

    def _score(self, use_global):
        return self._counts.matthewscc(use_global=use_global)


@register
class PCC(EvalMetric):
    """Multi-class Matthews correlation from a confusion matrix that grows with the classes seen."""

    def __init__(self, name='pcc', output_names=None, label_names=None, has_global_stats=True):
        self.k = 2
        super().__init__(name=name, output_names=output_names, label_names=label_names,
                         has_global_stats=has_global_stats)

    def _grow(self, inc):
        self.lcm = numpy.pad(self.lcm, ((0, inc), (0, inc)), 'constant', constant_values=(0))
        self.gcm = numpy.pad(self.gcm, ((0, inc), (0, inc)), 'constant', constant_values=(0))
        self.k += inc

    @staticmethod
    def _calc_mcc(cmat):
        n = cmat.sum()
        x, y = cmat.sum(axis=1), cmat.sum(axis=0)
        cov_xx, cov_yy = numpy.sum(x * (n - x)), numpy.sum(y * (n - y))
        if cov_xx == 0 or cov_yy == 0:
            return float('nan')
        cov_xy = numpy.sum(cmat.diagonal() * n - x * y)
        return cov_xy / (cov_xx * cov_yy) ** 0.5

    def update(self, labels, preds):
        labels, preds = check_label_shapes(labels, preds, True)
        for label, pred in zip(labels, preds):
            # (a numpy label casts as MXNet's NumPy casts it, then fails as it does: it has no asnumpy)
            label = _np(_cast(label, 'int32') if isinstance(label, numpy.ndarray) else label.astype('int32', copy=False))
            pred = _np(pred)
            pred = pred.argmax(axis=1) if pred.shape != label.shape else _cast(pred, 'int32')
            n = max(pred.max(), label.max())
            if n >= self.k:
                self._grow(n + 1 - self.k)
            bcm = numpy.zeros((self.k, self.k))
            for i, j in zip(pred, label):      # pairs in order, as MXNet counts them (zip drops extras)
                bcm[i, j] += 1
            self.lcm += bcm
            self.gcm += bcm
        self.num_inst += 1
        self.global_num_inst += 1

    @property
    def sum_metric(self):
        return self._calc_mcc(self.lcm) * self.num_inst

    @property
    def global_sum_metric(self):
        return self._calc_mcc(self.gcm) * self.global_num_inst

    def reset(self):
        self.global_num_inst = 0.
        self.gcm = numpy.zeros((self.k, self.k))
        self.reset_local()

    def reset_local(self):
        self.num_inst = 0.
        self.lcm = numpy.zeros((self.k, self.k))


class _LogLoss(EvalMetric):
    """CrossEntropy and NegativeLogLikelihood: ``-log(p[label] + eps)`` summed over samples."""

    def __init__(self, eps, name, output_names, label_names):
        super().__init__(name, eps=eps, output_names=output_names, label_names=label_names, has_global_stats=True)
        self.eps = eps

    def update(self, labels, preds):
        labels, preds = check_label_shapes(labels, preds, True)
        for label, pred in zip(labels, preds):
            label, pred = _np(label).ravel(), _np(pred)
            num_examples = pred.shape[0]
            if label.shape[0] != num_examples:
                raise self._count_mismatch(label.shape[0], num_examples)
            prob = pred[numpy.arange(num_examples, dtype=numpy.int64), _cast(label, numpy.int64)]
            self._add(self._loss(prob), num_examples)

    @staticmethod
    def _count_mismatch(num_labels, num_examples):
        """The error for labels and predictions of different counts: MXNet's CrossEntropy asserts without a text."""
        return AssertionError()


@register
@alias('ce')
@own_methods("update")
class CrossEntropy(_LogLoss):
    """Cross-entropy of predicted class probabilities against integer labels."""

    def __init__(self, eps=1e-12, name='cross-entropy', output_names=None, label_names=None):
        super().__init__(eps, name, output_names, label_names)

    # each metric takes the log on a line of its own: Python shows a warning once per line, as under MXNet
    def _loss(self, prob):
        return (-numpy.log(prob + self.eps)).sum()


@register
@alias('nll_loss')
@own_methods("update")
class NegativeLogLikelihood(_LogLoss):
    """Negative log-likelihood of the labels under the predicted class probabilities."""

    def __init__(self, eps=1e-12, name='nll-loss', output_names=None, label_names=None):
        super().__init__(eps, name, output_names, label_names)

    def _loss(self, prob):
        return (-numpy.log(prob + self.eps)).sum()

    @staticmethod
    def _count_mismatch(num_labels, num_examples):
        """MXNet's NegativeLogLikelihood asserts with the two counts as its message."""
        return AssertionError((num_labels, num_examples))


@register
class Perplexity(EvalMetric):
    """``exp`` of the mean negative log-probability of the labels, skipping ``ignore_label``.

    Parameters
    ----------
    ignore_label : int or None
        A label value whose samples are left out.
    axis : int
        The class axis of the predictions.
    """

    def __init__(self, ignore_label, axis=-1, name='perplexity', output_names=None, label_names=None):
        super().__init__(name, ignore_label=ignore_label, output_names=output_names, label_names=label_names,
                         has_global_stats=True)
        self.ignore_label = ignore_label
        self.axis = axis

    def update(self, labels, preds):
        if len(labels) != len(preds):
            raise AssertionError()      # MXNet's bare assert
        loss, num = 0., 0
        for label, pred in zip(labels, preds):
            if label.size != pred.size / pred.shape[-1]:   # MXNet asserts this
                raise AssertionError(f"shape mismatch: {label.shape} vs. {pred.shape}")
            # MXNet's operators, in the predictions' dtype (its sums and logs round as these do)
            label = label.as_in_context(pred.context).reshape((label.size,))
            index = label.astype("int32")       # (before pick looks at its operands' kinds)
            _legacy_operand("pick", pred)
            _legacy_operand("pick", label)
            with numpy.errstate(all="ignore"):      # (MXNet's operators warn of nothing: log(0) is -inf)
                picked = nd.pick(pred, index, axis=self.axis)
                if self.ignore_label is not None:
                    ignore = (label == self.ignore_label).astype(picked.dtype)
                    num -= nd.sum(ignore).asscalar()
                    picked = picked * (1 - ignore) + ignore
                loss -= nd.sum(nd.log(nd.maximum(1e-10, picked))).asscalar()
            num += picked.size
        self._add(loss, num)

    def get(self):
        if self.num_inst == 0:
            return (self.name, float('nan'))
        return (self.name, math.exp(self.sum_metric / self.num_inst))

    def get_global(self):
        if self.global_num_inst == 0:
            return (self.name, float('nan'))
        return (self.name, math.exp(self.global_sum_metric / self.global_num_inst))
