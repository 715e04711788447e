"""Gradient-descent optimizers: SGD (with momentum), NAG, Signum/SignSGD, DCASGD, SGLD."""
import math

import numpy as np

from .optimizer import (Optimizer, register, aggregation_size, check_range, effective_clip, kernel_scalars,
                        zeros_like, as_ndarray)
from ..base import MXNetError
from ..ndarray.ndarray import _wrap


def _scaled_grad(g, lr, rescale, clip, out=None):
    """``lr * clip(rescale * g)`` as the fused SGD kernels evaluate it (``(lr * rescale) * g`` without clipping)."""
    if clip is None:
        return np.multiply(g, lr * rescale, out=out)
    out = np.multiply(g, rescale, out=out)
    np.clip(out, -clip, clip, out=out)
    out *= lr
    return out


def _rescaled(g, rescale, clip):
    """``clip(rescale * g)`` in the kernel's precision (a new array)."""
    out = g * rescale
    if clip is not None:
        np.clip(out, -clip, clip, out=out)
    return out


@register
class SGD(Optimizer):
    """Stochastic gradient descent with momentum and weight decay.

    ``state = momentum * state - lr * wd * weight - lr * clip(rescale_grad * grad); weight += state``

    Parameters
    ----------
    momentum : float
        The momentum value (0 disables the momentum state).
    lazy_update : bool
        Accepted for compatibility; arrays are dense, so every update is a standard one.
    """

    def __init__(self, momentum=0.0, lazy_update=True, **kwargs):
        super().__init__(**kwargs)
        check_range("momentum", momentum, 0.0, float("inf"))
        self.momentum = momentum
        self.lazy_update = lazy_update
        self.aggregate_num = aggregation_size(4)

    def create_state(self, index, weight):
        return zeros_like(weight) if self.momentum != 0.0 else None

    def create_state_multi_precision(self, index, weight):
        return _momentum_first_state(self, index, weight)

    def update(self, index, weight, grad, state):
        if isinstance(index, (list, tuple)):
            for i, w, g, s in zip(index, weight, grad, state):
                self.update(i, w, g, s)
            return
        lr, wd = self._step(index)
        w = as_ndarray(weight, "weight")._data
        self._kernel(w, as_ndarray(grad, "grad")._data, None if state is None else state._data, lr, wd)

    def update_multi_precision(self, index, weight, grad, state):
        if isinstance(index, (list, tuple)):
            for i, w, g, s in zip(index, weight, grad, state):
                self.update_multi_precision(i, w, g, s)
        elif self.multi_precision and weight.dtype == np.float16:
            mom, master = state
            lr, wd = self._step(index)
            self._kernel(master._data, grad._data.astype(np.float32), None if mom is None else mom._data, lr, wd)
            weight._data[...] = master._data
        else:
            self.update(index, weight, grad, state)

    def _kernel(self, w, g, mom, lr, wd):
        """MXNet's multi_sgd(_mom)_update for one weight, in place."""
        momentum = self.momentum if self.momentum > 0 else 0.0
        m, lr, wd, rescale = kernel_scalars(w.dtype, momentum, lr, wd, self.rescale_grad)
        lrwd = lr * wd
        clip = effective_clip(self.clip_gradient)
        if mom is None and lrwd == 0 and clip is None:     # plain SGD: the same bits in one operation
            w -= np.multiply(g, lr * rescale)
            return
        buf = np.multiply(w, lrwd)
        if mom is not None:
            mom *= m
            mom -= buf
        else:
            np.negative(buf, out=buf)                # the fused kernel starts from a zero momentum
        step = _scaled_grad(g, lr, rescale, clip, out=None if mom is None else buf)
        if mom is not None:
            mom -= step
            w += mom
        else:
            buf -= step
            w += buf


@register
class ccSGD(SGD):  # noqa: N801 -- MXNet's name
    """Deprecated: the same as SGD."""


@register
class NAG(Optimizer):
    """Nesterov accelerated gradient.

    ``state = momentum * state + grad + wd * weight; weight -= lr * (grad + wd * weight + momentum * state)``

    Parameters
    ----------
    momentum : float
        The momentum value.
    """

    def __init__(self, momentum=0.0, **kwargs):
        super().__init__(**kwargs)
        check_range("momentum", momentum, 0.0, float("inf"))
        self.momentum = momentum

    def create_state(self, index, weight):
        return zeros_like(weight) if self.momentum != 0.0 else None

    def create_state_multi_precision(self, index, weight):
        return _momentum_first_state(self, index, weight)

    def update(self, index, weight, grad, state):
        lr, wd = self._step(index)
        self._kernel(as_ndarray(weight, "weight")._data, as_ndarray(grad, "grad")._data,
                     None if state is None else state._data, lr, wd)

    def update_multi_precision(self, index, weight, grad, state):
        if self.multi_precision and weight.dtype == np.float16 and isinstance(state, (tuple, list)):
            mom, master = state
            lr, wd = self._step(index)
            self._kernel(master._data, grad._data.astype(np.float32), None if mom is None else mom._data, lr, wd)
            weight._data[...] = master._data
        else:
            self.update(index, weight, grad, state)

    def _kernel(self, w, g, mom, lr, wd):
        """MXNet's nag_mom_update (or sgd_update without momentum), in place."""
        momentum = self.momentum if self.momentum > 0 else 0.0
        m, lr, wd, rescale = kernel_scalars(w.dtype, momentum, lr, wd, self.rescale_grad)
        clip = effective_clip(self.clip_gradient)
        if mom is None:
            _sgd_plain(w, g, lr, wd, rescale, clip)
            return
        rg = _rescaled(g, rescale, None if clip is None else w.dtype.type(clip))
        step = np.multiply(w, wd)
        step += rg
        step *= lr                              # lr * (rescaled grad + wd * w)
        mom *= m
        np.subtract(mom, step, out=step)
        step *= m + w.dtype.type(1)
        w -= mom
        w += step                               # (w - mom) + (m + 1) * (mom - lr * (...))
        # MXNet's kernel writes the weight in place before it updates the momentum, so the
        # momentum's weight-decay term sees the new weight
        np.multiply(w, wd, out=step)
        step += rg
        step *= lr
        mom -= step


def _momentum_first_state(opt, index, weight):
    """SGD and NAG keep ``(momentum, float32 master copy)`` for float16 weights under multi_precision."""
    if opt.multi_precision and weight.dtype == np.float16:
        master = weight.astype(np.float32)
        return (opt.create_state(index, master), master)
    return Optimizer.create_state_multi_precision(opt, index, weight)


def _sgd_plain(w, g, lr, wd, rescale, clip):
    """MXNet's sgd_update kernel: ``(1 - lr*wd) * w - lr * clip(rescale * g)``, in place."""
    step = _scaled_grad(g, lr, rescale, clip)
    w *= w.dtype.type(1) - lr * wd
    w -= step


@register
class Signum(Optimizer):
    """Signum: the sign of a momentum of the gradients (signSGD without momentum).

    ``state = momentum * state - (1 - momentum) * (wd * weight + clip(rescale_grad * grad))``
    ``weight = (1 - lr * wd_lh) * weight + lr * sign(state)``

    Parameters
    ----------
    momentum : float
        The momentum value.
    wd_lh : float
        Decoupled weight decay (Loshchilov and Hutter).
    """

    def __init__(self, learning_rate=0.01, momentum=0.9, wd_lh=0.0, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        check_range("momentum", momentum, 0.0, 1.0)
        if wd_lh and not momentum > 0:
            raise MXNetError("Signum without momentum is signSGD, which has no decoupled weight decay: "
                             "set momentum > 0 to use wd_lh, or use wd instead")
        self.momentum = momentum
        self.wd_lh = wd_lh

    def create_state(self, index, weight):
        return zeros_like(weight) if self.momentum != 0.0 else None

    def update(self, index, weight, grad, state):
        lr, wd = self._step(index)
        w, g = as_ndarray(weight, "weight")._data, as_ndarray(grad, "grad")._data
        momentum = self.momentum if self.momentum > 0 else 0.0
        m, lr, wd, rescale, wd_lh = kernel_scalars(w.dtype, momentum, lr, wd, self.rescale_grad, self.wd_lh or 0.0)
        one = w.dtype.type(1)
        if state is None:
            # signsgd_update: the sign of the raw gradient; rescaling and clipping cannot change it
            w *= one - lr * wd
            w -= lr * np.sign(g)
            return
        clip = effective_clip(self.clip_gradient)
        mom = state._data
        keep = one - m
        if clip is None:
            grad = g * (keep * rescale)
        else:
            grad = _rescaled(g, rescale, w.dtype.type(clip))
            grad *= keep
        mom *= m
        mom -= w * (keep * wd)
        mom -= grad
        w *= one - lr * wd_lh
        w += lr * np.sign(mom)


@register
class SignSGD(Signum):
    """signSGD: Signum without momentum, ``weight = (1 - lr * wd) * weight - lr * sign(grad)``."""

    def __init__(self, learning_rate=0.01, momentum=0.0, wd_lh=0.0, **kwargs):
        super().__init__(learning_rate=learning_rate, momentum=momentum, wd_lh=wd_lh, **kwargs)


@register
class DCASGD(Optimizer):
    """Delay-compensated asynchronous SGD.

    ``weight += momentum * mom - lr * (grad + wd * weight + lamda * grad * grad * (weight - previous_weight))``

    Parameters
    ----------
    momentum : float
        The momentum value.
    lamda : float
        The delay-compensation scale.
    """

    def __init__(self, momentum=0.0, lamda=0.04, **kwargs):
        super().__init__(**kwargs)
        check_range("momentum", momentum, 0.0, float("inf"))
        self.momentum = momentum
        self.weight_previous = {}
        self.lamda = lamda

    def create_state(self, index, weight):
        previous = weight.copy()
        return (None if self.momentum == 0.0 else zeros_like(weight), previous)

    def update(self, index, weight, grad, state):
        lr, wd = self._step(index)
        w = as_ndarray(weight, "weight")._data
        g = as_ndarray(grad, "grad")._data * self.rescale_grad
        if self.clip_gradient is not None:
            g = np.clip(g, -self.clip_gradient, self.clip_gradient)
        mom, previous = state
        step = (g + wd * w + self.lamda * g * g * (w - previous._data)) * -lr
        if mom is not None:
            mom._data *= self.momentum
            mom._data += step
            step = mom._data
        previous._data[...] = w
        w += step


@register
class SGLD(Optimizer):
    """Stochastic gradient Langevin dynamics: an SGD half-step plus Gaussian noise of variance lr."""

    def update(self, index, weight, grad, state):
        from ..ndarray import random as nd_random
        lr, wd = self._step(index)
        w = as_ndarray(weight, "weight")._data
        g = as_ndarray(grad, "grad")._data * self.rescale_grad
        if self.clip_gradient is not None:
            g = np.clip(g, -self.clip_gradient, self.clip_gradient)
        w += -lr / 2 * (g + wd * w)
        noise = nd_random.normal(0, math.sqrt(lr), shape=weight.shape, dtype=weight.dtype, ctx=weight.context)
        w += noise._data


@register
class Test(Optimizer):
    """A test optimizer: ``weight += rescale_grad * grad``; the state mirrors the weight."""

    def create_state(self, index, weight):
        return _wrap(np.zeros(weight.shape, np.float32), weight.context)

    def update(self, index, weight, grad, state):
        weight._data += grad._data * self.rescale_grad
        state._data[...] = weight._data
