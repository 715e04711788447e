"""Optimizers with per-coordinate step sizes: AdaGrad, RMSProp, AdaDelta, Ftrl."""
from numbers import Number

import numpy as np

from ..base import MXNetError
from ..ndarray.failures import failed_write
from ..ndarray.ndarray import NDArray
from ..ndarray.shape_text import broadcast_refusal, provided
from ..ndarray.storage_report import note_storage_fallback
from .optimizer import (ARITHMETIC_ARGS, negation, clip_kernel, clip_grad_values, clip_values, Optimizer, register,
                        check_hyper, check_state_dtype, arithmetic_operand, effective_clip, kernel_scalars, op_float,
                        scalar_operand, zeros_like, as_ndarray, operator_attrs, arithmetic_refusal, check_pair,
                        check_unpacked, operator_took_odd_states, keep_nan, kernel_sign, combine_keeping_nan)
from .sparse_weights import note_dense_rule, sparse_original


@register
class AdaGrad(Optimizer):
    """AdaGrad: ``history += g**2; weight -= lr * (g / sqrt(history + eps) + wd * weight)``.

    Parameters
    ----------
    eps : float
        Added to the history under the square root, to avoid division by 0.
    """

    _self_copies = 2      # (its rule's ``x[:] op= ...`` writes)
    _states_read_weight = False
    _pairs_checked_in_update = True     # when it first meets its state
    _type_checks = ((1, "state", "grad"), (1, "state", "weight"))      # NDArray arithmetic on a float32 history
    _rsp_type_checks = ((1, "weight", "grad"), (2, "weight", "state"))     # one type for all of the sparse kernel's
    _shape_operands = (("state", "grad"), ("grad", "weight"))
    # a row_sparse gradient goes to an operator that parses its rates (text passes), a dense one meets Python
    # arithmetic first: both are checked in update
    _bad_arg_errors = dict.fromkeys(ARITHMETIC_ARGS)

    def __init__(self, eps=1e-7, **kwargs):
        super().__init__(**kwargs)
        self.float_stable_eps = eps

    def _rsp_kernel(self):
        return ("AdagradUpdate", True)

    def _rsp_states(self):
        return True

    def create_state(self, index, weight):
        return zeros_like(weight, np.float32)

    def _np_refused_by(self, index, weight, grad, multi_precision):
        return arithmetic_refusal(self, weight, grad, "square")

    def update(self, index, weight, grad, state):
        lr, wd = self._step(index)
        sparse = getattr(grad, "stype", "default") == "row_sparse"
        if sparse:      # _sparse_adagrad_update's attributes
            check_pair(self, weight, grad, state)
            lr, wd, rescale, eps = (x if isinstance(x, Number) and not isinstance(x, bool) else op_float(x)
                                    for x in (lr, wd, self.rescale_grad, self.float_stable_eps))
            clip = effective_clip(self.clip_gradient)       # passed only when truthy, applied when >= 0
            if isinstance(state, NDArray):      # the kernel infers types before it looks at storage (and wd)
                check_state_dtype(self, "AdaGrad", weight, grad, state, self._rsp_type_checks)
        else:           # NDArray arithmetic (an NDArray rescale_grad multiplies the gradient elementwise)
            rescale, clip, eps = self.rescale_grad, self.clip_gradient, self.float_stable_eps
            if not isinstance(rescale, NDArray):
                rescale = arithmetic_operand(rescale)
            if clip is not None:
                negation(clip)      # MXNet's clip(grad, -clip_gradient, ...) negates it first
        if sparse and wd != 0:
            # MXNet hands row_sparse gradients to _sparse_adagrad_update, which has no weight decay
            from ..ndarray.sparse import storage_not_implemented      # (nd imports the optimizers)
            given = dict(lr=lr, wd=wd, epsilon=eps, rescale_grad=rescale,
                         **({"clip_gradient": self.clip_gradient} if self.clip_gradient else {}))
            weight, state = sparse_original(self, weight), sparse_original(self, state)
            raise storage_not_implemented("_sparse_adagrad_update", (weight, grad, state), weight,
                                          f"its row_sparse kernel takes no weight decay, got wd={wd}; create AdaGrad "
                                          "with wd=0 or pass a dense gradient", given)
        w = as_ndarray(weight, "weight")._data
        g = as_ndarray(grad, "grad")._data
        g = g * (rescale._data if isinstance(rescale, NDArray) else scalar_operand(g, rescale))
        if clip is not None:        # the sparse kernel clips when clip_gradient is truthy, the dense rule when set
            g = clip_values(g, clip)
        if not sparse and not isinstance(state, NDArray):
            state[:] += grad        # MXNet's first write of the history: Python's error for a non-array
        check_unpacked(self, weight, grad, (state,))
        check_state_dtype(self, "AdaGrad", w, grad, state)
        history = state._data
        history += np.square(g)
        keep_nan(history, g)        # of two NaNs, both MXNet's rule and its sparse kernel keep the gradient's
        if getattr(grad, "stype", "default") == "csr":
            # MXNet's dense rule then divides the csr gradient by a dense array: that kernel fails, and the
            # weight written from its result carries the error (the history keeps its update)
            failed_write(weight, "Check failed: supported_op: Please use elemwise_div for division between csr "
                                 "and dense of the same shape")
            return
        tmp = np.add(history, scalar_operand(history, arithmetic_operand(eps)))
        div = np.divide(g, np.sqrt(tmp, out=tmp))     # (a gradient that broadcasts to the weight's shape too)
        if sparse:      # _sparse_adagrad_update: weight - div * lr, no decay term
            div *= scalar_operand(div, lr)
            combine_keeping_nan(np.subtract, w, div)
            return
        decay = np.multiply(w, scalar_operand(w, arithmetic_operand(wd)))
        step = keep_nan(np.add(div, decay), decay)     # NDArray arithmetic keeps the right operand's NaN
        step *= scalar_operand(step, -lr)       # (Python's negation: a non-number fails there)
        w += step
        keep_nan(w, step)
        note_dense_rule(self, weight, ())       # MXNet writes the dense square into a sparse weight's history first
        note_dense_rule(self, weight)


@register
class RMSProp(Optimizer):
    """RMSProp: Tieleman & Hinton's version, or Graves's when ``centered=True``.

    Parameters
    ----------
    gamma1 : float
        Decay factor of the moving average of squared gradients.
    gamma2 : float
        The momentum factor of the centered version.
    epsilon : float
        Small value to avoid division by 0.
    centered : bool
        Use Graves's centered version (keeps mean gradients and a momentum too).
    clip_weights : float
        Clip the weights into ``[-clip_weights, clip_weights]`` after each update.
    """

    _type_checks = ((1, "weight", "grad"), (2, "weight", "state"))
    _pairs_checked_in_update = True     # after unpacking its states

    def __init__(self, learning_rate=0.001, gamma1=0.9, gamma2=0.9, epsilon=1e-8, centered=False, clip_weights=None,
                 **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.gamma1 = gamma1
        self.gamma2 = gamma2
        self.centered = centered
        self.epsilon = epsilon
        self.clip_weights = clip_weights


    def _operator_call(self, index, weight, multi_precision):
        attrs = operator_attrs(self, lr=self._get_lr(index), wd=self._get_wd(index), gamma1=self.gamma1,
                               epsilon=self.epsilon)
        if self.centered:
            attrs["gamma2"] = self.gamma2
        if self.clip_weights:
            attrs["clip_weights"] = self.clip_weights
        return ("rmspropalex_update" if self.centered else "rmsprop_update"), attrs

    def _check_hyper_parameters(self):
        super()._check_hyper_parameters()
        check_hyper("gamma1", self.gamma1)
        if self.centered:       # MXNet hands gamma2 to the update operator only when centered
            check_hyper("gamma2", self.gamma2)

    def _rsp_states(self):
        return True

    def _weight_clip_bound(self):
        """The weight clip bound of the kernels (None: none); as for clip_gradient, rmsprop_update called
        directly clips whenever its attribute is >= 0."""
        return effective_clip(self.clip_weights)

    def create_state(self, index, weight):
        count = 3 if self.centered else 1
        return tuple(zeros_like(weight, np.float32) for _ in range(count))

    def update(self, index, weight, grad, state):
        weight, grad = as_ndarray(weight, "weight"), as_ndarray(grad, "grad")
        lr, wd = self._step(index)
        if self.centered:
            n, mean_g, delta = state
            states = (n, mean_g, delta)
        else:
            (n,) = state
            states = (n,)
        if operator_took_odd_states(self, index, weight, grad, states):
            return
        check_pair(self, weight, grad, state)
        w, g = as_ndarray(weight, "weight")._data, as_ndarray(grad, "grad")._data
        gamma2 = self.gamma2 if self.centered else 0.0      # only rmspropalex_update (centered) reads it
        lr, wd, g1, g2, eps, rescale = kernel_scalars(w.dtype, lr, wd, self.gamma1, gamma2, self.epsilon,
                                                      self.rescale_grad)
        clip_w = self._weight_clip_bound()
        check_state_dtype(self, "rmsprop", w, g, state[0])      # (the operator reads its attributes first)
        one = w.dtype.type(1)
        gr = np.multiply(g, rescale)
        tmp = np.multiply(w, wd)
        gr = combine_keeping_nan(np.add, gr, tmp)
        clip = self._clip_bound()
        if clip is not None:
            gr = clip_kernel(gr, w.dtype.type(clip))
        if not self.centered:
            n = state[0]._data
            n *= g1
            np.square(gr, out=tmp)
            tmp *= one - g1
            n += tmp        # (1 - gamma1) * g^2 + gamma1 * n: of two NaNs, the gradient's
            keep_nan(n, tmp)
            np.add(n, eps, out=tmp)
            np.sqrt(tmp, out=tmp)
            np.divide(gr, tmp, out=tmp)
            keep_nan(tmp, gr)
            tmp *= lr
            combine_keeping_nan(np.subtract, w, tmp)
        else:
            n, mean_g, delta = (s._data for s in state)
            n *= g1
            n += (one - g1) * gr * gr       # of two NaNs, the kernel keeps the gradient's here,
            keep_nan(n, gr)
            mean_g *= g1
            combine_keeping_nan(np.add, mean_g, (one - g1) * gr)      # the mean's here
            denom = combine_keeping_nan(np.subtract, n.copy(), mean_g * mean_g)
            step = keep_nan(np.divide(lr * gr, np.sqrt(denom + eps)), gr)
            delta *= g2
            combine_keeping_nan(np.subtract, delta, step)
            w += delta                      # and the new delta's over the weight's
            keep_nan(w, delta)
        if clip_w is not None:
            w[...] = clip_values(w, clip_w)


@register
class AdaDelta(Optimizer):
    """AdaDelta: steps scaled by the ratio of running RMS of updates and of gradients (no learning rate).

    Parameters
    ----------
    rho : float
        Decay rate of both running averages.
    epsilon : float
        Small value to avoid division by 0.
    """

    _self_copies_before_failure = 1      # (acc_g[:] *= rho, then its float32 states meet the weight)
    _self_copies = 5      # (its rule's ``x[:] op= ...`` writes)
    _states_read_weight = False
    _pairs_checked_in_update = True     # after unpacking its states
    _type_checks = ((1, "state", "grad"), (1, "state", "weight"))      # NDArray arithmetic on float32 states
    _shape_operands = (("state", "grad"), ("grad", "weight"))
    _bad_arg_errors = dict(ARITHMETIC_ARGS, learning_rate=None)     # its update never reads the learning rate

    def __init__(self, rho=0.90, epsilon=1e-5, **kwargs):
        super().__init__(**kwargs)
        self.rho = rho
        self.epsilon = epsilon

    def _check_hyper_parameters(self):
        super()._check_hyper_parameters()
        check_hyper("rho", self.rho, arithmetic_operand)     # read by NDArray arithmetic

    def create_state(self, index, weight):
        return (zeros_like(weight, np.float32), zeros_like(weight, np.float32))

    def _np_refused_by(self, index, weight, grad, multi_precision):
        return arithmetic_refusal(self, weight, grad)

    def update(self, index, weight, grad, state):
        wd = self._get_wd(index)
        self._update_count(index)
        w = as_ndarray(weight, "weight")._data
        sparse = as_ndarray(grad, "grad").stype != "default"
        if sparse:      # a sparse gradient: its stored values are scaled
            grad._set_parts(grad._values * self.rescale_grad, grad._aux)
            g = np.array(grad._data)
        else:
            g = grad._data
            g *= scalar_operand(g, self.rescale_grad)      # MXNet rescales the caller's gradient in place here
        if self.clip_gradient is not None:
            g = clip_grad_values(grad, g, self.clip_gradient)
        acc_g, acc_delta = state
        if not isinstance(acc_g, NDArray):
            acc_g[:] *= self.rho        # MXNet's first write of the state: Python's error for a non-array
        check_unpacked(self, weight, grad, (acc_g, acc_delta))
        check_state_dtype(self, "AdaDelta", w, grad, acc_g)     # the first state arithmetic, after the rescale
        if not isinstance(acc_delta, NDArray):
            acc_delta + self.epsilon      # (its first arithmetic, in the step: Python's error for a non-array)
        if sparse:      # MXNet's NDArray arithmetic adds and multiplies it by dense arrays through a dense fallback
            note_storage_fallback("broadcast_add", [acc_g, grad], [acc_g], {})
            note_storage_fallback("broadcast_mul", [acc_delta, grad], [acc_delta], {})
        acc_g, acc_delta = acc_g._data, acc_delta._data
        rho, keep = (scalar_operand(acc_g, x) for x in (self.rho, 1. - self.rho))
        acc_g *= rho
        acc_g += keep * g * g
        eps = arithmetic_operand(self.epsilon)      # NDArray arithmetic, after acc_g changed
        delta = np.sqrt(acc_delta + scalar_operand(acc_delta, eps)) / np.sqrt(acc_g + scalar_operand(acc_g, eps)) * g
        acc_delta *= rho
        acc_delta += keep * delta * delta
        decay = scalar_operand(w, wd) * w
        step = keep_nan(np.add(delta, decay), decay)       # NDArray arithmetic keeps the right operand's NaN
        combine_keeping_nan(np.subtract, w, step)
        note_dense_rule(self, weight)


@register
class Ftrl(Optimizer):
    """FTRL-Proximal (McMahan et al., "Ad Click Prediction").

    Parameters
    ----------
    lamda1 : float
        L1 regularisation coefficient.
    learning_rate : float
        The initial learning rate.
    beta : float
        Per-coordinate learning-rate correlation parameter.
    """

    _type_checks = ((1, "weight", "grad"), (2, "weight", "state"))
    _pairs_checked_in_update = True     # after unpacking its states

    def __init__(self, lamda1=0.01, learning_rate=0.1, beta=1, **kwargs):
        super().__init__(**kwargs)
        self.lamda1 = lamda1
        self.beta = beta
        self.lr = learning_rate


    def _operator_call(self, index, weight, multi_precision):
        return "ftrl_update", operator_attrs(self, lr=self._get_lr(index), wd=self._get_wd(index), lamda1=self.lamda1,
                                             beta=self.beta)

    def _rsp_kernel(self):
        return ("FtrlUpdate", True)

    def _rsp_states(self):
        return True

    def create_state(self, index, weight):
        return (zeros_like(weight, np.float32), zeros_like(weight, np.float32))

    def update(self, index, weight, grad, state):
        weight, grad = as_ndarray(weight, "weight"), as_ndarray(grad, "grad")
        lr, wd = self._step(index)
        z, n = state
        if operator_took_odd_states(self, index, weight, grad, (z, n)):
            return
        check_pair(self, weight, grad, state)
        w, g = as_ndarray(weight, "weight")._data, as_ndarray(grad, "grad")._data
        z, n = z._data, n._data
        lr, wd, beta, lamda1, rescale = kernel_scalars(w.dtype, lr, wd, self.beta, self.lamda1, self.rescale_grad)
        check_state_dtype(self, "ftrl", w, g, state[0])     # (the operator reads its attributes first)
        gr = g * rescale
        clip = self._clip_bound()
        if clip is not None:
            gr = clip_kernel(gr, w.dtype.type(clip))
        sq = np.square(gr)
        sqrt_n = np.sqrt(n)
        shift = np.sqrt(n + sq)
        shift -= sqrt_n
        shift *= w
        shift = keep_nan(shift, w)
        shift /= lr
        step = keep_nan(gr - shift, gr)
        z += step
        keep_nan(z, step)
        n += sq
        keep_nan(n, sq)
        denom = np.sqrt(n)
        denom += beta
        denom /= lr
        denom += wd
        np.multiply(kernel_sign(z), lamda1, out=w)
        w -= z
        keep_nan(w, z)
        np.divide(w, denom, out=w, where=~np.isnan(w))
        w *= np.abs(z) > lamda1


@register
class GroupAdaGrad(Optimizer):
    """AdaGrad with one history value per row: ``history += mean(g**2, axis=1); weight -= lr * g / sqrt(history + eps)``.

    Parameters
    ----------
    eps : float
        Added to the history under the square root, to avoid division by 0.
    """

    _type_checks = ((1, "state", "grad"), (1, "weight", "state"))      # NDArray arithmetic on a float32 history
    # wd meets the update's assert first; the learning rate meets NDArray arithmetic after the history changed
    _bad_arg_errors = dict(ARITHMETIC_ARGS, wd=None, learning_rate=None)
    _states_shaped_like_weight = False      # one history value per row
    _states_read_weight = False
    _shape_operands = ()

    def __init__(self, eps=1e-5, **kwargs):
        super().__init__(**kwargs)
        self.float_stable_eps = eps

    def _rsp_kernel(self):
        return "GroupAdagradUpdate", False

    def _rsp_states(self):
        return True

    def create_state(self, index, weight):
        if len(weight.shape) != 2:      # MXNet asserts this
            raise AssertionError()
        return zeros_like(weight, np.float32, shape=(weight.shape[0], 1))

    def _np_refused_by(self, index, weight, grad, multi_precision):
        if self._get_wd(index) != 0:        # (the update's assert comes before its first operator)
            raise AssertionError("Weight decay is not supported for GroupAdaGrad")
        return arithmetic_refusal(self, weight, grad, "square", weight_op=None)

    def update(self, index, weight, grad, state):
        lr, wd = self._step(index)
        if wd != 0:          # MXNet's error type for this
            raise AssertionError("Weight decay is not supported for GroupAdaGrad")
        if getattr(grad, "stype", None) == "row_sparse":       # MXNet hands a sparse gradient to its contrib op
            from ..ndarray.ops_contrib_optim import group_adagrad_update
            clip = {"clip_gradient": self.clip_gradient} if self.clip_gradient else {}
            group_adagrad_update(weight, grad, state, out=weight, lr=lr, epsilon=self.float_stable_eps,
                                 rescale_grad=self.rescale_grad, **clip)
            return
        w = as_ndarray(weight, "weight")._data
        g = as_ndarray(grad, "grad")._data * np.float32(self.rescale_grad)
        if self.clip_gradient is not None:
            g = clip_values(g, self.clip_gradient)
        if not isinstance(state, NDArray):
            state[:] += grad        # MXNet's first write of the history: Python's error for a non-array
        _refuse_row_means(g, state._data)      # (the shapes of its first operator, then its types)
        check_state_dtype(self, "GroupAdaGrad", w, grad, state)
        history = state._data
        from ..ndarray.ops_reduce import kahan_sum     # nd imports this package: looked up late
        sq = np.square(g).reshape(g.shape[0], -1)
        row_mean = kahan_sum(sq, (1,)) / sq.dtype.type(sq.shape[1])   # nd.mean's sum order, as MXNet
        history += row_mean.astype(sq.dtype).reshape(g.shape[0], 1)
        step = arithmetic_operand(lr) * g / np.sqrt(history + self.float_stable_eps)
        if np.broadcast_shapes(w.shape, step.shape) != w.shape:      # weight[:] -= step
            raise MXNetError(f"Shape inconsistent, Provided = {provided(w.shape)}, inferred shape="
                             f"{provided(step.shape)}")
        w -= step.astype(w.dtype)


def _refuse_row_means(g, history):
    """MXNet's GroupAdaGrad adds mean(square(grad), axis=1, keepdims=True) to its history: the gradient needs a
    second axis, and its rows must broadcast with the history's."""
    if g.ndim < 2:
        raise MXNetError(f"Check failed: axes[axes.ndim()-1] < ishape.ndim() (1 vs. {g.ndim}) : Reduction axis 1 "
                         f"Exceeds input dimensions {provided(g.shape)}")
    refusal = broadcast_refusal("broadcast_", (history.shape, (g.shape[0], 1)))
    if refusal:
        raise MXNetError(refusal)
    result = np.broadcast_shapes(history.shape, (g.shape[0], 1))
    if result != history.shape:     # (added in place: the history keeps its shape)
        raise MXNetError(f"Shape inconsistent, Provided = {provided(history.shape)}, inferred shape="
                         f"{provided(result)}")
