"""Losses: each a few lines of ``hybrid_forward`` over the shared weighting and batch-mean of ``Loss``."""
import numpy as np

from .. import ndarray
from ..base import numeric_types
from ..numpy.multiarray import legacy_refusal as _legacy_refusal
from ..symbol import Symbol as _Symbol
from ..util import is_np_array
from .block import HybridBlock
from .parameter import AssertError as _AssertError

__all__ = ["Loss", "L2Loss", "L1Loss", "SigmoidBinaryCrossEntropyLoss", "SigmoidBCELoss",
           "SoftmaxCrossEntropyLoss", "SoftmaxCELoss", "KLDivLoss", "CTCLoss", "HuberLoss", "HingeLoss",
           "SquaredHingeLoss", "LogisticLoss", "TripletLoss", "PoissonNLLLoss", "CosineEmbeddingLoss", "SDMLLoss"]


def _apply_weighting(F, loss, weight=None, sample_weight=None):
    """``loss * sample_weight * weight`` (each factor optional); under npx.set_np() the product is numpy's
    (it promotes mixed dtypes), as MXNet's."""
    if sample_weight is not None:
        loss = loss * sample_weight if is_np_array() else F.broadcast_mul(loss, sample_weight)
    if weight is not None:
        if not isinstance(weight, numeric_types):       # MXNet's numbers: no complex
            raise _AssertError("weight must be a number")
        loss = loss * weight
    return loss


def _numpy_batch_mean(F, loss):
    """MXNet's reduction under npx.set_np(): np.mean over every axis but the first (batch_axis is not used)."""
    if F is ndarray:
        return F.np.mean(loss, axis=tuple(range(1, loss.ndim)))
    return F.npx.batch_flatten(loss).mean(axis=1)


def _reshape_like(F, x, y):
    """``x`` reshaped to ``y``'s shape (by npx.reshape_like when tracing under npx.set_np(), as MXNet: which
    refuses a user's legacy Symbols)."""
    if F is ndarray:
        return x.reshape(y.shape)
    if not is_np_array():
        return F.reshape_like(x, y)
    if type(x) is _Symbol or type(y) is _Symbol:
        raise _legacy_refusal("_npx_reshape_like")
    return F.npx.reshape_like(x, y)


class Loss(HybridBlock):
    """The base of losses: a global ``weight`` and the axis of the batch.

    Parameters
    ----------
    weight : float or None
        Global scalar weight of the loss.
    batch_axis : int
        The axis that represents the mini-batch (kept; the others are averaged out).
    """

    def __init__(self, weight, batch_axis, **kwargs):
        super().__init__(**kwargs)
        self._weight = weight
        self._batch_axis = batch_axis

    def __repr__(self):
        return f"{self.__class__.__name__}(batch_axis={self._batch_axis}, w={self._weight})"

    def _mean(self, F, loss, sample_weight=None, weight=None):
        """Weight ``loss`` and average it over every axis but the batch axis."""
        loss = _apply_weighting(F, loss, self._weight if weight is None else weight, sample_weight)
        if self._numpy_mode_path and is_np_array():
            return _numpy_batch_mean(F, loss)
        return F.mean(loss, axis=self._batch_axis, exclude=True)

    def hybrid_forward(self, F, x, *args, **kwargs):
        raise NotImplementedError


class L2Loss(Loss):
    """``weight / 2 * (label - pred) ** 2``, averaged over all but the batch axis."""

    _traces_legacy_symbols = True      # (its first operator, npx.reshape_like, refuses them)

    def __init__(self, weight=1., batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)

    def hybrid_forward(self, F, pred, label, sample_weight=None):
        label = _reshape_like(F, label, pred)
        square = F.np.square if is_np_array() else F.square
        return self._mean(F, square(label - pred), sample_weight, self._weight / 2)


class L1Loss(Loss):
    """``|label - pred|``, averaged over all but the batch axis."""

    _traces_legacy_symbols = True      # (its first operator, npx.reshape_like, refuses them)

    def __init__(self, weight=None, batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)

    def hybrid_forward(self, F, pred, label, sample_weight=None):
        label = _reshape_like(F, label, pred)
        absolute = F.np.abs if is_np_array() else F.abs
        return self._mean(F, absolute(label - pred), sample_weight)


class SigmoidBinaryCrossEntropyLoss(Loss):
    """Binary cross-entropy of ``sigmoid(pred)`` (or of ``pred`` with ``from_sigmoid``) and 0/1 labels.

    Parameters
    ----------
    from_sigmoid : bool, default False
        Whether ``pred`` already is a probability.
    """

    _traces_legacy_symbols = True      # (its first operator, npx.reshape_like, refuses them)

    def __init__(self, from_sigmoid=False, weight=None, batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self._from_sigmoid = from_sigmoid

    def hybrid_forward(self, F, pred, label, sample_weight=None, pos_weight=None):
        label = _reshape_like(F, label, pred)
        relu, activation, absolute, multiply, log = _bce_operators(F)
        if not self._from_sigmoid:
            # stable: softrelu(-|x|) = log(1 + exp(-|x|)); the terms recorded in MXNet's order, which
            # sets the order pred's gradients are summed in
            if pos_weight is None:
                loss = relu(pred) - pred * label + activation(-absolute(pred), act_type="softrelu")
            else:
                log_weight = 1 + multiply(pos_weight - 1, label)
                loss = pred - pred * label + log_weight * (activation(-absolute(pred), act_type="softrelu")
                                                           + relu(-pred))
        else:
            eps = 1e-12
            positive = log(pred + eps) * label
            if pos_weight is not None:
                positive = multiply(positive, pos_weight)
            loss = -(positive + log(1. - pred + eps) * (1. - label))
        return self._mean(F, loss, sample_weight)


SigmoidBCELoss = SigmoidBinaryCrossEntropyLoss


def _bce_operators(F):
    """(relu, activation, abs, multiply, log) of SigmoidBCELoss: mx.np/npx's under npx.set_np(), as MXNet's."""
    if is_np_array():
        return F.npx.relu, F.npx.activation, F.np.abs, F.np.multiply, F.np.log
    return F.relu, F.Activation, F.abs, F.broadcast_mul, F.log


class SoftmaxCrossEntropyLoss(Loss):
    """Cross-entropy of ``softmax(pred)`` with class indices (``sparse_label``) or distributions.

    Parameters
    ----------
    axis : int, default -1
        The class axis.
    sparse_label : bool, default True
        Labels are class indices (else probability distributions like ``pred``).
    from_logits : bool, default False
        ``pred`` already holds log-probabilities.
    """

    def __init__(self, axis=-1, sparse_label=True, from_logits=False, weight=None, batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self._axis = axis
        self._sparse_label = sparse_label
        self._from_logits = from_logits

    def hybrid_forward(self, F, pred, label, sample_weight=None):
        log_softmax, pick = (F.npx.log_softmax, F.npx.pick) if is_np_array() else (F.log_softmax, F.pick)
        if not self._from_logits:
            pred = log_softmax(pred, self._axis)
        if self._sparse_label:
            loss = -pick(pred, label, axis=self._axis, keepdims=True)
        else:
            label = _reshape_like(F, label, pred)
            loss = -(pred * label).sum(axis=self._axis, keepdims=True)
        return self._mean(F, loss, sample_weight)


SoftmaxCELoss = SoftmaxCrossEntropyLoss


class KLDivLoss(Loss):
    """``label * (log(label) - pred)`` summed over all but the batch axis; ``pred`` holds
    log-probabilities (``from_logits``) or logits.

    Parameters
    ----------
    from_logits : bool, default True
        ``pred`` already holds log-probabilities (else log_softmax is applied over ``axis``).
    axis : int, default -1
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, from_logits=True, axis=-1, weight=None, batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self._from_logits = from_logits
        self._axis = axis

    def hybrid_forward(self, F, pred, label, sample_weight=None):
        if not self._from_logits:
            pred = F.log_softmax(pred, self._axis)
        loss = _apply_weighting(F, label * (F.log(label + 1e-12) - pred), self._weight, sample_weight)
        return F.sum(loss, axis=self._batch_axis, exclude=True)


class CTCLoss(Loss):
    """Connectionist temporal classification loss (blank label = last class).

    Parameters
    ----------
    layout : {'NTC', 'TNC'}, default 'NTC'
        Layout of ``pred``.
    label_layout : {'NT', 'TN'}, default 'NT'
        Layout of ``label``.
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, layout="NTC", label_layout="NT", weight=None, **kwargs):
        if layout not in ("NTC", "TNC"):
            raise _AssertError("Only 'NTC' and 'TNC' layouts for pred are supported. Got: %s" % layout)
        if label_layout not in ("NT", "TN"):
            raise _AssertError("Only 'NT' and 'TN' layouts for label are supported. Got: %s" % label_layout)
        self._layout = layout
        self._label_layout = label_layout
        super().__init__(weight, label_layout.find("N"), **kwargs)

    def hybrid_forward(self, F, pred, label, pred_lengths=None, label_lengths=None, sample_weight=None):
        if self._layout == "NTC":
            pred = F.swapaxes(pred, 0, 1)
        if self._batch_axis == 1:
            label = F.swapaxes(label, 0, 1)
        loss = F.CTCLoss(pred, label, pred_lengths, label_lengths, use_data_lengths=pred_lengths is not None,
                         use_label_lengths=label_lengths is not None, blank_label="last")
        return _apply_weighting(F, loss, self._weight, sample_weight)


class HuberLoss(Loss):
    """``|d| - rho/2`` where ``|d| > rho``, else ``d**2 / (2 rho)``, with ``d = label - pred``.

    Parameters
    ----------
    rho : float, default 1
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, rho=1, weight=None, batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self._rho = rho

    def hybrid_forward(self, F, pred, label, sample_weight=None):
        loss = F.abs(_reshape_like(F, label, pred) - pred)
        loss = F.where(loss > self._rho, loss - 0.5 * self._rho, (0.5 / self._rho) * F.square(loss))
        return self._mean(F, loss, sample_weight)


class HingeLoss(Loss):
    """``max(0, margin - pred * label)`` for labels in {-1, 1}.

    Parameters
    ----------
    margin : float, default 1
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, margin=1, weight=None, batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self._margin = margin

    def hybrid_forward(self, F, pred, label, sample_weight=None):
        label = _reshape_like(F, label, pred)
        return self._mean(F, F.relu(self._margin - pred * label), sample_weight)


class SquaredHingeLoss(Loss):
    """``max(0, margin - pred * label) ** 2`` for labels in {-1, 1}.

    Parameters
    ----------
    margin : float, default 1
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, margin=1, weight=None, batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self._margin = margin

    def hybrid_forward(self, F, pred, label, sample_weight=None):
        label = _reshape_like(F, label, pred)
        return self._mean(F, F.square(F.relu(self._margin - pred * label)), sample_weight)


class LogisticLoss(Loss):
    """``log(1 + exp(-pred * label))`` for 'signed' (-1/1) or 'binary' (0/1) labels.

    Parameters
    ----------
    label_format : {'signed', 'binary'}, default 'signed'
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, weight=None, batch_axis=0, label_format="signed", **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self._label_format = label_format
        if label_format not in ("signed", "binary"):
            raise ValueError("label_format can only be signed or binary, recieved %s." % label_format)

    def hybrid_forward(self, F, pred, label, sample_weight=None):
        label = _reshape_like(F, label, pred)
        if self._label_format == "signed":
            label = (label + 1.0) / 2.0
        loss = F.relu(pred) - pred * label + F.Activation(-F.abs(pred), act_type="softrelu")
        return self._mean(F, loss, sample_weight)


class TripletLoss(Loss):
    """``max(0, |positive - pred|^2 - |negative - pred|^2 + margin)`` per sample.

    Parameters
    ----------
    margin : float, default 1
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, margin=1, weight=None, batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self._margin = margin

    def hybrid_forward(self, F, pred, positive, negative):
        positive, negative = _reshape_like(F, positive, pred), _reshape_like(F, negative, pred)
        loss = F.sum(F.square(positive - pred) - F.square(negative - pred), axis=self._batch_axis, exclude=True)
        return _apply_weighting(F, F.relu(loss + self._margin), self._weight, None)


class PoissonNLLLoss(Loss):
    """Negative log-likelihood of ``target`` under a Poisson distribution of mean ``pred``
    (``exp(pred)`` with ``from_logits``); the mean over everything.

    Parameters
    ----------
    from_logits : bool, default True
    compute_full : bool, default False
        Add Stirling's approximation of ``log(target!)``.
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, weight=None, from_logits=True, batch_axis=0, compute_full=False, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self._from_logits = from_logits
        self._compute_full = compute_full

    def hybrid_forward(self, F, pred, target, sample_weight=None, epsilon=1e-08):
        target = _reshape_like(F, target, pred)
        if self._from_logits:
            loss = F.exp(pred) - target * pred
        else:
            loss = pred - target * F.log(pred + epsilon)
        if self._compute_full:
            stirling = target * F.log(target) - target + 0.5 * F.log(2 * target * np.pi)
            # in place as MXNet: a Symbol refuses ``*=`` (NotImplementedForSymbol), a recorded array ``+=``
            stirling *= target > 1
            loss += stirling
        return F.mean(_apply_weighting(F, loss, self._weight, sample_weight))


class CosineEmbeddingLoss(Loss):
    """``1 - cos(input1, input2)`` for label 1, ``max(0, cos - margin)`` for label -1.

    Parameters
    ----------
    margin : float, default 0
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, weight=None, batch_axis=0, margin=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self._margin = margin

    def hybrid_forward(self, F, input1, input2, label, sample_weight=None):
        input1 = _reshape_like(F, input1, input2)
        label = label.reshape((-1, 1))
        cos_sim = self._cosine_similarity(F, input1, input2)
        is_similar, is_dissimilar = label == 1, label == -1       # (nodes made in MXNet's order: same names)
        similar = (1 - cos_sim) * is_similar
        zero = F.array([0]) if F is ndarray else F.zeros((1, 1))
        # axis=1 changes nothing but is an attribute of MXNet's exported graph
        dissimilar = F.broadcast_maximum(zero, is_dissimilar * (cos_sim - self._margin), axis=1)
        loss = similar + dissimilar
        return _apply_weighting(F, loss, self._weight, sample_weight)

    @staticmethod
    def _cosine_similarity(F, x, y, axis=-1):
        x_norm = F.norm(x, axis=axis).reshape((-1, 1))
        y_norm = F.norm(y, axis=axis).reshape((-1, 1))
        x_dot_y = F.sum(x * y, axis=axis).reshape((-1, 1))
        eps = F.array([1e-12]) if F is ndarray else F.full((1, 1), 1e-12)
        return x_dot_y / F.broadcast_maximum(x_norm * y_norm, eps)


class SDMLLoss(Loss):
    """Smoothed deep metric learning loss: KL divergence between softmax(-distances) of two aligned
    batches and a smoothed identity matrix.

    Parameters
    ----------
    smoothing_parameter : float, default 0.3
    """

    def __init__(self, smoothing_parameter=0.3, weight=1., batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)
        self.kl_loss = KLDivLoss(from_logits=True)
        self.smoothing_parameter = smoothing_parameter

    def hybrid_forward(self, F, x1, x2):
        batch_size = x1.shape[0]
        gold = F.eye(batch_size)
        s = self.smoothing_parameter
        labels = gold * (1 - s) + (1 - gold) * s / (batch_size - 1)
        if x1.shape != x2.shape:
            raise AssertionError()      # MXNet's bare assert
        batch_size, dim = x1.shape
        diffs = x1.expand_dims(1).broadcast_to((batch_size, batch_size, dim)) - \
            x2.expand_dims(0).broadcast_to((batch_size, batch_size, dim))
        distances = (diffs ** 2).sum(axis=2)
        return self.kl_loss(F.log_softmax(-distances, axis=1), labels.as_in_context(distances.context))

from ..base import public_listing as _public_listing  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _public_listing(globals(), """_apply_weighting _reshape_like""".split())
