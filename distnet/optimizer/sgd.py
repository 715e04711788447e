"""Gradient-descent optimizers: SGD (with momentum), LARS, LBSGD, NAG, Signum, DCASGD, SGLD."""
import logging
import math
from numbers import Number

import numpy as np

from ..base import MXNetError, error_like, own_methods
from ..ndarray.array_kinds import refuse_numpy_input
from ..ndarray.indexing import refuse_numpy_value
from ..ndarray.failures import carried_error, share_failure, with_error
from ..ndarray.ndarray import NDArray, _wrap
from ..ndarray.param_text import read_attrs
from ..ndarray.nan_order import commuted
from ..ndarray.registry import KEEP_CLASS
from ..ndarray.shape_text import incompatible
from .optimizer import (ARITHMETIC_ARGS, negation, product, clip_kernel, clip_grad_values, warn_float16_accumulation,
                        Optimizer, register, aggregation_size, check_hyper, check_momentum, positive, kernel_on_rows,
                        kernel_scalars, lazy_rows, listed_float, scaled_rate, scalar_operand, arithmetic_operand,
                        zeros_like, as_ndarray, check_pair, check_kernel_inputs, check_positional_arrays,
                        check_state_dtype, operator_attrs, arithmetic_refusal, operator_took_odd_states, sliced,
                        is_fused_layout, fused_call_took_odd_inputs, note_lazy_update, unknown_shape_failure,
                        kernel_sign, keep_nan, combine_keeping_nan, rechecks_pass)
from .sparse_weights import note_dense_rule, sparse_original
from ..ndarray.storage_report import note_storage_fallback


def _scaled_grad(g, lr, rescale, clip, out=None):
    """``lr * clip(rescale * g)`` as the fused SGD kernels evaluate it (``(lr * rescale) * g`` without clipping)."""
    if clip is None:
        return np.multiply(g, lr * rescale, out=out)
    out = clip_kernel(np.multiply(g, rescale, out=out), clip)
    out *= lr
    return out


def _rescaled(g, rescale, clip):
    """``clip(rescale * g)`` in the kernel's precision (a new array)."""
    out = g * rescale
    if clip is not None:
        out = clip_kernel(out, clip)
    return out


class _ChecksMomentum(Optimizer):
    """An optimizer whose update compares its momentum with 0 in Python (see check_momentum)."""

    def _check_hyper_parameters(self):
        check_momentum(self.momentum)       # (Python's comparison, before any operator reads an attribute)
        super()._check_hyper_parameters()


class _MomentumOptimizer(Optimizer):
    """SGD-style states: a momentum buffer when ``momentum`` is set (behind a float32 master copy under
    multi_precision), updated on row_sparse weights by MXNet's SGD kernels."""

    def create_state(self, index, weight):
        return zeros_like(weight) if self.momentum != 0.0 else None

    def create_state_multi_precision(self, index, weight):
        return _momentum_first_state(self, index, weight, "SGD")

    _mp_kernels_dense = True

    def _rsp_kernel(self):
        return ("SGDMomUpdate" if self.momentum != 0.0 else "SGDUpdate"), False

    def _rsp_states(self):
        return self.lazy_update


@register
@own_methods("create_state", "create_state_multi_precision")
class SGD(_ChecksMomentum, _MomentumOptimizer):
    """Stochastic gradient descent with momentum and weight decay.

    ``state = momentum * state - lr * wd * weight - lr * clip(rescale_grad * grad); weight += state``

    Parameters
    ----------
    momentum : float
        The momentum value (0 disables the momentum state).
    lazy_update : bool
        With a row_sparse gradient, update only the rows it stores (momentum included).
    """

    _float_weights_only = True
    _takes_index_lists = True
    _pairs_checked_in_update = True     # its state only when it has a momentum (or a float32 copy)

    def __init__(self, momentum=0.0, lazy_update=True, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum
        self.lazy_update = lazy_update
        self.aggregate_num = aggregation_size(4)


    def _operator_call(self, index, weight, multi_precision):
        indices, weights = (index, weight) if isinstance(index, (list, tuple)) else ([index], [weight])
        kind = "mp_" if multi_precision and self.multi_precision and weights[0].dtype == np.float16 else ""
        momentum = self.momentum > 0
        attrs = {"num_weights": len(indices), "lrs": self._get_lrs(indices), "wds": self._get_wds(indices),
                 "rescale_grad": self.rescale_grad}
        if momentum:
            attrs["momentum"] = self.momentum
        if self.clip_gradient:
            attrs["clip_gradient"] = self.clip_gradient
        return f"multi_{kind}sgd{'_mom' if momentum else ''}_update", attrs

    def update(self, index, weight, grad, state):
        if not isinstance(index, (list, tuple)):
            index, weight, grad, state = [index], [weight], [grad], [state]
        self._update_group(index, weight, grad, state)

    def _update_group(self, index, weight, grad, state):
        """``update`` of a group (lists), without the checks its wrappers make."""
        self._update_count(index)        # MXNet's fused call counts the whole group, then reads the rates
        # a group holding a sparse weight or gradient is not fused: MXNet calls sgd_update on each weight,
        # whose rounding differs from the fused kernel's (sgd_mom_update rounds as the fused one does)
        weight, grad = [as_ndarray(w, "weight") for w in weight], [as_ndarray(g, "grad") for g in grad]
        fused = self._fuses(weight, grad)
        if fused:       # one operator for the group (its generated function asserts its inputs are arrays)
            inputs = self._fused_inputs(weight, grad, state, False)
            check_positional_arrays(inputs)
        for w, g, s in zip(weight, grad, state):
            check_pair(self, w, g, s if self.momentum > 0 else None)      # (no momentum: the state is not read)
        if fused:       # its weights, gradients and momenta take one type
            check_kernel_inputs("sgd", inputs)
        for w, g, s, lr, wd in zip(weight, grad, state, self._get_lrs(index), self._get_wds(index)):
            if fused:       # the multi-weight kernels take the rates as tuples
                lr, wd = listed_float(lr, "lrs"), listed_float(wd, "wds")
            w, g, s = w._data, g, self._kernel_state(s, fused)
            if s is None and g.stype == "row_sparse":
                _sgd_rsp(w, g, lr, wd, self.rescale_grad, self._clip_bound(), self.lazy_update)
                continue
            if s is None and not fused:
                lr, wd, rescale = kernel_scalars(w.dtype, lr, wd, self.rescale_grad)
                _sgd_plain(w, g._data, lr, wd, rescale, self._clip_bound())
                continue
            rows = lazy_rows(g, self.lazy_update) if g.stype != "default" else None
            if rows is None:
                self._kernel(w, g._data, s, lr, wd)
            else:
                kernel_on_rows(lambda w_, g_, m_: self._kernel(w_, g_, m_, lr, wd), rows, w, g._data, s)

    def _kernel_state(self, state, fused):
        """The momentum data MXNet's kernel gets from ``state`` (loaded states may be another optimizer's): the
        fused kernel without momentum takes none; with momentum it takes NDArrays only (asserted), and a lone
        update without a state calls sgd_update, which refuses the momentum argument."""
        if fused and not self.momentum > 0:
            return None
        if state is None:
            if self.momentum > 0:
                if fused:
                    _refuse_missing_state(state)
                raise MXNetError(f"sgd_update takes no momentum ({self.momentum}): the weight has no momentum state")
            return None
        return as_ndarray(state, "state")._data

    def _fused_inputs(self, weights, grads, states, multi_precision):
        """The inputs of MXNet's fused multi-weight update, gathered from the states as its update gathers them
        (states of another layout meet the same Python errors, or give the operator other inputs)."""
        if not multi_precision:
            groups = zip(weights, grads, states) if self.momentum > 0 else zip(weights, grads)
        elif self.momentum > 0:
            groups = zip(weights, grads, *zip(*states))
        else:
            groups = zip(weights, grads, list(zip(*states))[1])
        return [x for group in groups for x in group]

    def _fused_mp_call_took_odd_states(self, index, weights, grads, states):
        """Whether the multi-precision states are not (momentum, float32 copy) pairs (only the copy without momentum)
        shaped as their weights, so that MXNet's fused operator was handed what its update gathered from them (see
        fused_call_took_odd_inputs; the update counted first)."""
        try:
            inputs = self._fused_inputs(weights, grads, states, True)
        except (TypeError, IndexError):
            self._update_count(index)
            raise
        states_per_weight = 2 if self.momentum > 0 else 1
        if is_fused_layout(weights, inputs, (np.float32,) * states_per_weight):
            return False
        self._update_count(index)
        return fused_call_took_odd_inputs(self, index, weights, inputs, True)

    def _fuses(self, weights, grads):
        """Whether MXNet updates this group with its fused multi-weight kernel: only when no weight (before any
        dense stand-in replaced it) and no gradient is sparse."""
        return not self._weight_copied and all(w.stype == "default" and g.stype == "default"
                                               for w, g in zip(weights, grads))

    def update_multi_precision(self, index, weight, grad, state):
        if not isinstance(index, (list, tuple)):
            index, weight, grad, state = [index], [weight], [grad], [state]
        if not (self.multi_precision and weight[0].dtype == np.float16):     # MXNet asks the first weight
            if type(self).update is SGD.update and rechecks_pass(weight, grad, state):
                self._update_group(index, weight, grad, state)      # (this call's wrappers checked them)
            else:
                self.update(index, weight, grad, state)
            return
        fused = self._fuses(weight, grad)
        if fused and self._fused_mp_call_took_odd_states(index, weight, grad, state):
            return
        for i, w, g, s in zip(index, weight, grad, state):
            check_pair(self, w, g, s if not fused else None)       # (the fused call checked its states)
            if w.dtype != np.float16:
                self.update(i, w, g, s)
                continue
            mom, master = s[0], s[1]
            lr, wd = self._step(i)
            if mom is None and fused and self.momentum > 0:
                _refuse_missing_state(mom)
            _check_mp_state_shapes(w, mom if self.momentum > 0 else None, master)
            g32 = g._data.astype(np.float32)
            if mom is None and not fused:       # mp_sgd_update (a sparse gradient densified): sgd_update's rounding
                lr, wd, rescale = kernel_scalars(np.float32, lr, wd, self.rescale_grad)
                _sgd_plain(master._data, g32, lr, wd, rescale, self._clip_bound())
            else:
                if fused:       # the multi-weight kernels take the rates as tuples
                    lr, wd = listed_float(lr, "lrs"), listed_float(wd, "wds")
                self._kernel(master._data, g32, None if mom is None else mom._data, lr, wd)
            w._data[...] = master._data

    def _kernel(self, w, g, mom, lr, wd, momentum=None):
        """MXNet's multi_sgd(_mom)_update for one weight, in place."""
        # no shortcut for wd == 0: the kernel still adds -lr*wd*w, NaN where w is infinite, +0.0 where w is -0.0
        if momentum is None:        # the optimizer hands its momentum to the kernel only when positive
            momentum = self.momentum if self.momentum > 0 else 0.0
        m, lr, wd, rescale = kernel_scalars(w.dtype, momentum, lr, wd, self.rescale_grad)
        lrwd = lr * wd
        clip = self._clip_bound()
        buf = np.multiply(w, lrwd)
        if mom is not None:
            mom *= m
            mom -= buf
        else:
            np.subtract(w.dtype.type(0), buf, out=buf)      # 0 - x, as from a zero momentum: keeps a NaN's sign
        step = _scaled_grad(g, lr, rescale, clip, out=None if mom is None else buf)
        if mom is not None:
            mom -= step
            w += mom
        else:
            buf -= step
            w += buf


def _check_mp_state_shapes(weight, mom, master):
    """The multi-precision kernel's shape inference: its momentum (when it takes one) and float32 copy, inputs after
    the weight and gradient, have the weight's shape (a state of another layout gives it parts of another)."""
    for index, part in enumerate([p for p in (mom, master) if p is not None], start=2):
        if isinstance(part, NDArray) and part.shape != weight.shape:
            raise MXNetError(incompatible(index, weight.shape, part.shape))

@register
@own_methods("create_state", "create_state_multi_precision")
class LARS(_MomentumOptimizer):
    """SGD with layer-wise adaptive rate scaling: a weight's learning rate is scaled by
    ``eta * |w| / (|g| + wd * |w| + eps)`` (not for names ending in gamma, beta or bias).

    Parameters
    ----------
    momentum : float
        The momentum value.
    lazy_update : bool
        With row_sparse weights and gradients, update only the gradient's rows.
    eta : float
        The trust coefficient of the scaling.
    eps : float
        Added to the denominator of the scaling.
    momentum_correction : bool
        Scale the momentum by ``lr / previous lr`` when the learning rate changes.
    """

    # its dense path hands the rates to nd.array (numeric text passes, None is nan), the sparse one multiplies them
    # first
    _bad_arg_errors = {"learning_rate": None, "wd": None}
    _scalar_weight_refused_by = "multi_sum_sq"      # its norms of the weights
    _takes_index_lists = True
    _pairs_checked_in_update = True     # by its operators (on dense arrays), as they take the states

    def __init__(self, momentum=0.0, lazy_update=True, eta=0.001, eps=0, momentum_correction=True, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum
        self.momentum_correction = momentum_correction
        self.lazy_update = lazy_update
        self.aggregate_num = aggregation_size(4)
        self.eta, self.eps = eta, eps
        self.skip = 0
        self.last_lr = self.cur_lr = None

    def _check_hyper_parameters(self):
        if not isinstance(self.momentum, bool):     # Python's ``momentum > 0`` comes before any operator
            check_hyper("momentum", self.momentum, positive)
        super()._check_hyper_parameters()

    def _get_lrs(self, indices):
        # each call moves the schedule's current rate to last_lr (read by the momentum correction)
        if self.cur_lr is not None:
            self.last_lr = self.cur_lr
        lr = self.lr_scheduler(self.num_update) if self.lr_scheduler is not None else self.lr
        if self.cur_lr is None:
            self.last_lr = lr
        self.cur_lr = lr
        return [scaled_rate(lr, self._mult(index, self.lr_mult, "lr_mult")) for index in indices]

    def set_wd_mult(self, args_wd_mult):
        """Per-parameter weight-decay multipliers; names not ending in ``_weight`` default to 0."""
        self.wd_mult = {n: 0.0 for n in self.idx2name.values() if not n.endswith("_weight")}
        self.wd_mult.update(self._sym_attrs("__wd_mult__"))
        self.wd_mult.update(args_wd_mult)

    def _np_refused_by(self, index, weight, grad, multi_precision):
        return "multi_sum_sq"       # MXNet's update first takes the norms of the weights and the gradients

    def update(self, index, weight, grad, state):
        self._update_impl(index, weight, grad, state, multi_precision=False)

    def update_multi_precision(self, index, weight, grad, state):
        first = weight[0] if isinstance(index, (list, tuple)) else weight
        multi_precision = self.multi_precision and first.dtype == np.float16
        self._update_impl(index, weight, grad, state, multi_precision=multi_precision)

    def _skips_lars(self, index):
        return self.idx2name.get(index, str(index)).endswith(("gamma", "beta", "bias"))

    def _operator_call(self, index, weight, multi_precision):
        indices = index if isinstance(index, (list, tuple)) else [index]
        weights = weight if isinstance(weight, (list, tuple)) else [weight]
        if any(w.stype != "default" for w in weights):
            return None     # (the sparse path multiplies the rates in Python first)
        attrs = {"rescale_grad": self.rescale_grad}
        if self.momentum > 0:       # the rate of this step over the last one's, as _get_lrs will set them
            lr = self.lr_scheduler(self.num_update) if self.lr_scheduler is not None else self.lr
            last = lr if self.cur_lr is None else self.cur_lr
            correct = self.momentum_correction and last != 0
            attrs["momentum"] = self.momentum * (lr / last) if correct else self.momentum
        if self.clip_gradient:
            attrs["clip_gradient"] = self.clip_gradient
        kind = "mp_" if multi_precision and self.multi_precision and weights[0].dtype == np.float16 else ""
        fused = (f"preloaded_multi_{kind}sgd{'_mom' if 'momentum' in attrs else ''}_update",
                 {"num_weights": min(len(indices), self.aggregate_num), **attrs})
        if all(self._skips_lars(i) for i in indices):
            return [fused]
        return [("multi_lars", {"eta": self.eta, "eps": self.eps, "rescale_grad": self.rescale_grad}), fused]

    def _update_impl(self, index, weight, grad, state, multi_precision):
        from .. import ndarray as nd        # nd imports this package: looked up late
        if not isinstance(index, (list, tuple)):
            index, weight, grad, state = [index], [weight], [grad], [state]
        weight, grad = [as_ndarray(w, "weight") for w in weight], [as_ndarray(g, "grad") for g in grad]
        self._update_count(index)
        lrs, wds = self._get_lrs(index), self._get_wds(index)
        kwargs = {"rescale_grad": self.rescale_grad}
        if self.momentum > 0:
            correct = self.momentum_correction and self.last_lr != 0
            kwargs["momentum"] = self.momentum * (self.cur_lr / self.last_lr) if correct else self.momentum
        if self.clip_gradient:
            kwargs["clip_gradient"] = self.clip_gradient
        # (a sparse weight comes as a dense stand-in: MXNet's Python path, not the fused one, updates it)
        if all(sparse_original(self, w).stype == "default" and g.stype == "default" for w, g in zip(weight, grad)):
            self._fused(nd, index, weight, grad, state, lrs, wds, kwargs, multi_precision)
            return
        for w, g, s in zip(weight, grad, state):
            check_pair(self, w, g, s)
        lrs = [lr if self._skips_lars(i) else lr * self._lars(w, g, wd)
               for i, w, g, lr, wd in zip(index, weight, grad, lrs, wds)]
        # MXNet calls (mp_)sgd(_mom)_update on each weight here: SGD's kernels with this call's rates
        momentum = kwargs.get("momentum", 0.0)
        for w, g, s, lr, wd in zip(weight, grad, state, lrs, wds):
            original = sparse_original(self, w)
            if multi_precision:
                mom, master = s
                if g.stype == "row_sparse" or original.stype == "row_sparse":     # a dense-only kernel
                    states = [sparse_original(self, x) for x in s if x is not None]
                    note_storage_fallback("mp_sgd_update" if mom is None else "mp_sgd_mom_update",
                                          [original, g, *states], [original], dict(lr=lr, wd=wd, **kwargs))
                g32 = g.asnumpy().astype(np.float32)
                if mom is None:     # mp_sgd_update: sgd_update's rounding
                    _, lr, wd, rescale = kernel_scalars(np.float32, 0., lr, wd, self.rescale_grad)
                    _sgd_plain(master._data, g32, lr, wd, rescale, self._clip_bound())
                else:
                    SGD._kernel(self, master._data, g32, mom._data, lr, wd, momentum)
                w._data[...] = master._data
                continue
            if original.stype == "row_sparse" and g.stype == "default":      # no kernel for a dense gradient
                note_storage_fallback("sgd_update" if s is None else "sgd_mom_update",
                                      [original, g, *([] if s is None else [sparse_original(self, s)])], [original],
                                      dict(lr=lr, wd=wd, lazy_update=self.lazy_update, **kwargs))
            if s is None and g.stype == "row_sparse":
                _sgd_rsp(w._data, g, lr, wd, self.rescale_grad, self._clip_bound(), self.lazy_update)
            elif s is None:
                _, lr, wd, rescale = kernel_scalars(w.dtype, 0., lr, wd, self.rescale_grad)
                _sgd_plain(w._data, g._data, lr, wd, rescale, self._clip_bound())
            else:
                rows = lazy_rows(g, self.lazy_update) if g.stype != "default" else None
                kernel_on_rows(lambda w_, g_, m_, lr=lr, wd=wd: SGD._kernel(self, w_, g_, m_, lr, wd, momentum),
                               rows, w._data, g.asnumpy(), s._data)

    def _lars(self, weight, grad, wd):
        """The LARS factor of one weight from its float32 norms (MXNet's path for sparse arrays)."""
        w_norm = sparse_original(self, weight).astype("float32").norm().asnumpy()[0]
        g = grad.astype("float32")
        g *= self.rescale_grad
        g_norm = g.norm().asnumpy()[0]
        if w_norm > 0.0 and g_norm > 0.0:
            return self.eta * w_norm / (g_norm + wd * w_norm + self.eps)
        return 1.0

    def _fused(self, nd, index, weight, grad, state, lrs, wds, kwargs, multi_precision):
        """MXNet's path for dense arrays: multi_sum_sq and multi_lars for the scaled weights, listed first, then
        preloaded_multi_(mp_)sgd(_mom)_update over groups of aggregate_num."""
        order = [k for k, i in enumerate(index) if not self._skips_lars(i)]
        nb_lars = len(order)
        order += [k for k, i in enumerate(index) if self._skips_lars(i)]
        ctx = weight[0].ctx
        new_lrs = nd.array([lrs[k] for k in order], ctx=ctx, dtype="float32")
        new_wds = nd.array([wds[k] for k in order], ctx=ctx, dtype="float32")
        weight, grad, state = ([x[k] for k in order] for x in (weight, grad, state))
        if nb_lars > 0:
            w_sum_sq = nd.multi_sum_sq(*weight[:nb_lars], num_arrays=nb_lars)
            g_sum_sq = nd.multi_sum_sq(*grad[:nb_lars], num_arrays=nb_lars)
            lars_lrs = new_lrs[:nb_lars]
            nd.multi_lars(lars_lrs, w_sum_sq, g_sum_sq, new_wds[:nb_lars], eta=self.eta, eps=self.eps,
                          rescale_grad=self.rescale_grad, out=lars_lrs)
            share_failure(new_lrs, lars_lrs)    # MXNet's slice shares its array's engine variable, and its error
        momentum = bool(self.momentum > 0)      # (a one-element array is its truth)
        if self.aggregate_num == 0:     # MXNet's first group is then empty: its rate arrays have an unknown shape
            if multi_precision and not momentum:
                raise IndexError("list index out of range")     # (the master copies of no state, gathered first)
            raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
        for start in range(0, len(index), self.aggregate_num):
            part = slice(start, start + self.aggregate_num)
            ws, gs, ss = weight[part], grad[part], state[part]
            if not multi_precision:
                groups = zip(ws, gs, ss) if momentum else zip(ws, gs)
            else:
                groups = zip(ws, gs, *zip(*ss)) if momentum else zip(ws, gs, list(zip(*ss))[1])
            fn = {(False, False): nd.preloaded_multi_sgd_update, (False, True): nd.preloaded_multi_sgd_mom_update,
                  (True, False): nd.preloaded_multi_mp_sgd_update,
                  (True, True): nd.preloaded_multi_mp_sgd_mom_update}[(multi_precision, momentum)]
            fn(*[a for group in groups for a in group], new_lrs[part], new_wds[part], out=ws, num_weights=len(ws),
               **kwargs)


@register
class LBSGD(_ChecksMomentum, _MomentumOptimizer):
    """Large-batch SGD: gradients are summed over ``batch_scale`` calls and applied once, with the
    learning rate warmed up over ``warmup_epochs`` ('linear', 'power2', 'sqrt') or scaled by LARS ('lars').

    Parameters
    ----------
    warmup_strategy : str
        'linear', 'power2', 'sqrt' or 'lars'.
    warmup_epochs : int
        Epochs over which the learning-rate multiplier grows from 1 to ``batch_scale``.
    batch_scale : int
        How many gradients make one large batch.
    updates_per_epoch : int
        Updates in an epoch (to count the warmup).
    begin_epoch, num_epochs : int
        The first epoch (the warmup counts from it) and the number of epochs.
    """

    __slots__ = ("_cum_rows",)      # (in a slot: MXNet's LBSGD has no such attribute in vars())
    _bad_arg_errors = {"learning_rate": product}
    _float_weights_only = True
    _pairs_checked_in_update = True     # its states only when a large batch is complete
    _mp_kernels_dense = False       # (its multi-precision update runs update on the float32 master copy)
    _kernel = SGD._kernel           # SGD's fused step (MXNet's LBSGD is no SGD subclass: isinstance says no)

    def __init__(self, momentum=0.0, multi_precision=False, warmup_strategy="linear", warmup_epochs=5,
                 batch_scale=1, updates_per_epoch=32, begin_epoch=0, num_epochs=60, **kwargs):
        if "lazy_update" in kwargs:         # MXNet's LBSGD hands its keywords to Optimizer, which takes no lazy_update
            raise TypeError("Optimizer.__init__() got an unexpected keyword argument 'lazy_update'")
        super().__init__(multi_precision=multi_precision, **kwargs)
        self.momentum = momentum
        self.aggregate_num = 0
        self.warmup_strategy, self.warmup_epochs = warmup_strategy, warmup_epochs
        self.batch_scale, self.updates_per_epoch = batch_scale, updates_per_epoch
        self.init_updates, self.num_epochs = begin_epoch * updates_per_epoch, num_epochs
        self.lbmult, self.adaptive, self.admult = 1, False, 1
        self.cumgrads = {}
        self._cum_rows = {}         # index -> the rows its row_sparse sum of gradients stores (None: dense)
        logging.info("Running Large-Batch SGD Algorithm")
        logging.info("(Batch_scale=%f, warmup_epochs=%d, warmup_strategy=%s, updates_per_epoch=%d)",
                     batch_scale, warmup_epochs, warmup_strategy, updates_per_epoch)

    def _check_hyper_parameters(self):
        # read only once the gradient is gathered: by the rate's Python product with the large-batch multiplier,
        # and by the parse of the operator then called (see _read_step_attrs)
        pass

    def _read_step_attrs(self, state, lr, wd):
        """The parse of the attributes of the step's operator, chosen by the state as MXNet's update chooses it
        (the float16 multi-precision pair: the mp_ ones), which refuses hyper-parameters it cannot read."""
        attrs = operator_attrs(self, lr=lr, wd=wd)
        if self.momentum > 0:
            attrs["momentum"] = self.momentum
        mp = isinstance(state, (list, tuple))
        with_momentum = state[0] is not None if mp else state is not None
        read_attrs(("mp_" if mp else "") + ("sgd_mom_update" if with_momentum else "sgd_update"), attrs,
                   imperative=True)

    def _rsp_kernel_of(self, index, state=None):
        # a gradient that does not complete a large batch gets sgd_update's zero-rate step (with no momentum); one
        # that completes it with create_state's multi-precision pair, mp_sgd(_mom)_update, which has no sparse kernel
        if isinstance(index, (list, tuple)):
            return self._rsp_kernel()
        if self._next_count(index) % self.batch_scale:
            return ("SGDUpdate", False)
        return None if isinstance(state, (list, tuple)) else self._rsp_kernel()

    def _next_count(self, index):
        """The count of gradients ``index``'s running sum holds once the next one is added."""
        entry = self.cumgrads.get(index)
        return entry["num_cums"] + 1 if entry and entry["num_cums"] > 0 else self.init_updates + 1

    def _rsp_states(self):
        return True

    def create_state(self, index, weight):
        if self.multi_precision and weight.dtype == np.float16:     # (momentum, master copy), as MXNet's
            from ..ndarray import array     # (nd imports this package: looked up late)
            if weight.size:     # MXNet's copy writes the weight into a new legacy array, which takes no mx.np one
                refuse_numpy_value(weight.as_nd_ndarray(), weight)
            master = array(weight, ctx=weight.context, dtype=np.float32)    # (a copy, where astype refuses 0-size)
            return (zeros_like(master) if self.momentum != 0.0 else None, master)
        warn_float16_accumulation(self, weight, "SGD", "LBSGD")  # also after the base class's warning via *_multi_precision
        return super().create_state(index, weight)

    # MXNet's LBSGD keeps the base class's multi-precision wrappers: a (master copy, state) pair, the update
    # running on the master copy and a float32 copy of the gradient
    create_state_multi_precision = Optimizer.create_state_multi_precision
    update_multi_precision = Optimizer.update_multi_precision

    def _warmup_mult(self, nup):
        """The learning-rate multiplier after ``nup`` accumulated gradients."""
        nwup = self.warmup_epochs * self.updates_per_epoch
        top = float(self.batch_scale)
        if nup >= nwup:
            return top
        if nwup <= 1:
            return 1.0
        # (each strategy's own expression, in its order of operations: the last bit of the rate shows it)
        if self.warmup_strategy == "linear":
            return 1.0 + (top - 1) * nup / nwup
        if self.warmup_strategy == "power2":
            return 1.0 + (top - 1) * (nup * nup) / (nwup * nwup)
        if self.warmup_strategy == "sqrt":
            return 1.0 + (top - 1) * math.sqrt(float(nup) / nwup)
        return 1.0

    def _lars_mult(self, w, g, wd):
        w2, g2 = (w * w).sum(), (g * g).sum()       # numpy scalars of the weight's type, as MXNet's
        if not isinstance(wd, Number):
            wd * w2         # (Python's error names that type)
        w2, g2 = float(w2), float(g2)       # the rest in float64, as NumPy 1.x computes it
        return min(max(math.sqrt(w2 / (g2 + wd * w2 + 1e-18)), 0.01), 100.0)

    def _accumulate(self, index, grad):
        """Add ``grad`` to the running sum of ``index``; return the sum (``cum_grad``) and the count of gradients
        seen (``num_cums``). As MXNet's, the first gradient of a large batch is kept as the array itself, not its
        values: a caller that refills that array (a Parameter's gradient, a kvstore's merge buffer) before the next
        call has the sum read the new values. ``_cum_rows`` keeps the rows a row_sparse sum stores (None: dense)."""
        entry, cum_rows = self.cumgrads.get(index), getattr(self, "_cum_rows", {})
        rows = lazy_rows(grad, True)
        if entry and entry["num_cums"] > 0:
            summed, summed_rows = entry["cum_grad"], cum_rows.get(index)
            if isinstance(summed, NDArray):         # the array kept by the first call, read now
                summed, summed_rows = summed._data, lazy_rows(summed, True)
            rows = None if rows is None or summed_rows is None else np.union1d(summed_rows, rows)
            entry = {"cum_grad": summed + grad._data, "num_cums": entry["num_cums"] + 1}
        else:
            entry = {"cum_grad": grad, "num_cums": self.init_updates + 1}
        self.cumgrads[index] = entry
        cum_rows[index] = rows
        self._cum_rows = cum_rows
        return entry

    def _operator_call(self, index, weight, multi_precision):
        lr, wd = self._get_lr(index), self._get_wd(index)
        count = self._next_count(index)
        if count % self.batch_scale:        # the zero-rate step takes the rates alone
            return "sgd_update", {"lr": 0.0, "wd": wd}
        if self.warmup_strategy != "lars":      # (the lars multiplier needs the norms the update computes)
            lr = _numpy1_product(lr, self._warmup_mult(count))
        attrs = operator_attrs(self, lr=lr, wd=wd)
        if self.momentum > 0:
            attrs["momentum"] = self.momentum
        return ("sgd_mom_update" if self.momentum != 0.0 else "sgd_update"), attrs

    def _unknown_shape_refusal(self, index, weight, grad, multi_precision):
        entry = self.cumgrads.get(index)
        if entry and entry["num_cums"] > 0:
            return None         # (the running sum's arithmetic comes first)
        if (self.init_updates + 1) % self.batch_scale == 0:     # a large batch of one: the sum is scaled first
            return unknown_shape_failure("_div_scalar", [grad.shape], [grad.shape],
                                         {"scalar": float(self.batch_scale)})
        # a gradient that does not complete the large batch: the zero-rate step
        return unknown_shape_failure("sgd_update", [weight.shape, grad.shape], [weight.shape],
                                     {"lr": 0.0, "wd": self._get_wd(index)})

    def _np_refused_by(self, index, weight, grad, multi_precision):
        if not isinstance(index, (list, tuple)) and self._next_count(index) % self.batch_scale:
            return "sgd_update"     # (a gradient that does not complete the large batch: the zero-rate step)
        if self.warmup_strategy == "lars":
            return "broadcast_mul"      # (the LARS multiplier's norms come first: the weight squared by nd.multiply)
        if not multi_precision and self.multi_precision and weight.dtype == np.float16:
            return "mp_sgd_mom_update"      # MXNet's update itself takes the master copy's state
        return "sgd_mom_update" if self.momentum != 0.0 else "sgd_update"

    def _operator_took_odd_states(self, index, weight, batch_grad, state, lr, wd):
        """Whether the large batch's update operator, chosen by the state as MXNet's update chooses it (a
        tuple: the multi-precision ones), was handed states of the wrong kind (see operator_took_odd_states)."""
        if state is None:
            return False
        attrs = operator_attrs(self, lr=lr, wd=wd)
        if self.momentum > 0:
            attrs["momentum"] = self.momentum
        if not isinstance(state, (list, tuple)):
            return operator_took_odd_states(self, index, weight, batch_grad, (state,), "sgd_mom_update", attrs=attrs)
        mom, master = state[0], state[1]
        op, states = ("mp_sgd_update", (master,)) if mom is None else ("mp_sgd_mom_update", (mom, master))
        if operator_took_odd_states(self, index, weight, batch_grad, states, op, True, attrs):
            return True
        if mom is None:
            _check_no_momentum(self, op, attrs)
        return False

    def update(self, index, weight, grad, state):
        if isinstance(index, (list, tuple)):
            for i, w, g, s in zip(index, weight, grad, state):
                self.update(i, w, g, s)
            return
        lr, wd = self._get_lr(index), self._get_wd(index)     # MXNet reads them before counting the update
        self._update_count(index)
        w, grad = as_ndarray(weight, "weight")._data, as_ndarray(grad, "grad")
        check_pair(self, weight, grad, None)
        entry = self._accumulate(index, grad)
        if entry["num_cums"] % self.batch_scale:
            # still gathering this large batch: MXNet's sgd_update with lr 0 on the weight itself (an infinite or
            # NaN gradient times 0 still makes a NaN; a float16 weight's master copy is left as it is)
            read_attrs("sgd_update", {"lr": 0.0, "wd": wd}, imperative=True)      # (its only attributes)
            _, wd0 = kernel_scalars(w.dtype, 0., wd)
            zero, one = w.dtype.type(0), w.dtype.type(1)
            kernel_on_rows(lambda w_, g_: _sgd_plain(w_, g_, zero, wd0, one, None), lazy_rows(grad, True), w,
                           grad._data)
            return
        summed = entry["cum_grad"]
        batch_grad = (summed._data if isinstance(summed, NDArray) else summed) / self.batch_scale
        g = batch_grad.astype(w.dtype)
        if self.warmup_strategy == "lars":
            lr = _numpy1_product(lr, self._lars_mult(w, g, wd))
        else:
            lr = _numpy1_product(lr, self._warmup_mult(entry["num_cums"]))
        self._read_step_attrs(state, lr, wd)
        if self._operator_took_odd_states(index, weight, _wrap(batch_grad), state, lr, wd):
            return
        check_pair(self, weight, grad, state)
        # sgd_update and sgd_mom_update take a row_sparse sum of gradients lazily: only its rows change
        rows = self._cum_rows[index]
        if isinstance(state, (list, tuple)):        # a state made by create_state for float16 multi-precision
            mom, master = state[0], state[1]
            if mom is None:     # mp_sgd_update: sgd_update's rounding, on the float32 master copy
                _, lr32, wd32, rescale = kernel_scalars(np.float32, 0., lr, wd, self.rescale_grad)
                _sgd_plain(master._data, g.astype(np.float32), lr32, wd32, rescale, self._clip_bound())
            else:
                self._kernel(master._data, g.astype(np.float32), mom._data, lr, wd)
            w[...] = master._data
        elif state is None:       # MXNet calls sgd_update here, whose rounding differs from SGD's fused kernel
            _check_no_momentum(self, "sgd_update", operator_attrs(self, lr=lr, wd=wd, momentum=self.momentum))
            _, lr, wd, rescale = kernel_scalars(w.dtype, 0., lr, wd, self.rescale_grad)
            kernel_on_rows(lambda w_, g_: _sgd_plain(w_, g_, lr, wd, rescale, self._clip_bound()), rows, w, g)
        else:
            kernel_on_rows(lambda w_, g_, m_: self._kernel(w_, g_, m_, lr, wd), rows, w, g, state._data)
        entry["cum_grad"] = 0
        self._cum_rows[index] = np.zeros(0, np.int64)      # MXNet's 0 + a row_sparse gradient stays row_sparse


@register
class ccSGD(SGD):  # noqa: N801 -- MXNet's name
    """Deprecated: the same as SGD."""


def _check_no_momentum(optimizer, kernel, attrs):
    """A weight without a momentum state goes through ``kernel``, which takes no momentum argument: MXNet refuses
    a positive momentum there (states loaded from a momentum-free optimizer); ``attrs``: what the update passes."""
    if optimizer.momentum > 0:
        from ..ndarray.registry import OPS, unknown_argument      # (nd imports the optimizers)
        raise unknown_argument(OPS[kernel], "momentum", attrs, imperative=True)


_AssertError = error_like(AssertionError)


def _refuse_missing_state(state):
    """MXNet's fused multi-weight kernels take every state positionally, as NDArrays."""
    if not isinstance(state, NDArray):
        raise _AssertError(f"Positional arguments must have NDArray type, but got {state!s}")


@register
class NAG(_ChecksMomentum):
    """Nesterov accelerated gradient.

    ``state = momentum * state + grad + wd * weight; weight -= lr * (grad + wd * weight + momentum * state)``

    Parameters
    ----------
    momentum : float
        The momentum value.
    """

    _float_weights_only = True
    _pairs_checked_in_update = True     # after it is handed its state

    def __init__(self, momentum=0.0, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum


    def _operator_call(self, index, weight, multi_precision):
        attrs = operator_attrs(self, lr=self._get_lr(index), wd=self._get_wd(index))
        if self.momentum > 0:
            attrs["momentum"] = self.momentum
        kind = "mp_" if multi_precision and self.multi_precision and weight.dtype == np.float16 else ""
        return f"{kind}{'nag_mom' if self.momentum != 0 else 'sgd'}_update", attrs

    def create_state(self, index, weight):
        return zeros_like(weight) if self.momentum != 0.0 else None

    def create_state_multi_precision(self, index, weight):
        return _momentum_first_state(self, index, weight, "NAG")

    _mp_kernels_dense = True

    def _rsp_kernel(self):
        return ("SGDUpdate", False) if self.momentum == 0.0 else None     # (nag_mom_update has no sparse kernel)

    def update(self, index, weight, grad, state):
        weight, grad = as_ndarray(weight, "weight"), as_ndarray(grad, "grad")
        lr, wd = self._step(index)
        if state is not None and operator_took_odd_states(self, index, weight, grad, (state,), "nag_mom_update"):
            return
        check_pair(self, weight, grad, state)
        if state is None:
            _check_no_momentum(self, "sgd_update", self._operator_call(index, weight, False)[1])
            if getattr(grad, "stype", "default") == "row_sparse":      # sgd_update's default lazy update
                _sgd_rsp(as_ndarray(weight, "weight")._data, grad, lr, wd, self.rescale_grad, self._clip_bound(), True)
                return
        w, g = as_ndarray(weight, "weight"), as_ndarray(grad, "grad")
        s = None if state is None else as_ndarray(state, "state")
        check_kernel_inputs("nag", (w, g, s))
        self._kernel(w._data, g._data, None if s is None else s._data, lr, wd)

    def update_multi_precision(self, index, weight, grad, state):
        if self.multi_precision and weight.dtype == np.float16 and isinstance(state, (tuple, list)):
            weight, grad = as_ndarray(weight, "weight"), as_ndarray(grad, "grad")
            lr, wd = self._step(index)
            mom, master = state[0], state[1]
            op, states = ("mp_sgd_update", (master,)) if mom is None else ("mp_nag_mom_update", (mom, master))
            if operator_took_odd_states(self, index, weight, grad, states, op, multi_precision=True):
                return
            check_pair(self, weight, grad, states)
            if mom is None:
                _check_no_momentum(self, "mp_sgd_update", self._operator_call(index, weight, True)[1])
            # mp_nag_mom_update updates the master copy in place, even when the weight is a sparse one's dense copy
            self._kernel(master._data, grad._data.astype(np.float32), None if mom is None else mom._data, lr, wd,
                         in_place=True, master=True)
            weight._data[...] = master._data
        else:
            self.update(index, weight, grad, state)

    def _kernel(self, w, g, mom, lr, wd, in_place=None, momentum=None, master=False):
        """MXNet's nag_mom_update (or sgd_update without momentum), in place; ``in_place``: whether the kernel
        writes ``w`` itself (not a copy of it), so that the momentum then reads the new weight; ``master``: ``w`` is
        mp_nag_mom_update's float32 master copy."""
        if momentum is None:        # the optimizer hands its momentum to the kernel only when positive
            momentum = self.momentum if self.momentum > 0 else 0.0
        m, lr, wd, rescale = kernel_scalars(w.dtype, momentum, lr, wd, self.rescale_grad)
        clip = self._clip_bound()
        if mom is None:
            _sgd_plain(w, g, lr, wd, rescale, clip)
            return
        rg = _rescaled(g, rescale, None if clip is None else w.dtype.type(clip))
        decay_nan_kept = master or clip is not None     # (of two NaNs, the clipping branch keeps the decay term's)
        step = _nag_step(w, rg, lr, wd, decay_nan_kept=decay_nan_kept)
        in_place = not self._weight_copied if in_place is None else in_place
        first_step = None if in_place else step.copy()
        mom *= m
        np.subtract(mom, step, out=step)
        keep_nan(step, mom)
        step *= m + w.dtype.type(1)
        combine_keeping_nan(np.subtract, w, mom)
        combine_keeping_nan(np.add, w, step)    # (w - mom) + (m + 1) * (mom - lr * (...))
        if first_step is not None:              # a sparse weight's dense copy: the momentum sees the old weight
            combine_keeping_nan(np.subtract, mom, first_step)
            return
        # MXNet's kernel writes the weight in place before it updates the momentum, so the
        # momentum's weight-decay term sees the new weight
        combine_keeping_nan(np.subtract, mom, _nag_step(w, rg, lr, wd, decay_nan_kept=decay_nan_kept))


def _nag_step(w, rg, lr, wd, decay_nan_kept=False):
    """``lr * (rescaled grad + wd * w)`` as nag_mom_update evaluates it: of two NaNs, the gradient's is kept
    (``decay_nan_kept``: the decay term's, as mp_nag_mom_update keeps it)."""
    step = np.multiply(w, wd)
    if decay_nan_kept:
        step = combine_keeping_nan(np.add, step, rg)
    else:
        step += rg
        step = keep_nan(step, rg)
    step *= lr
    return step


def _momentum_first_state(opt, index, weight, name):
    """SGD and NAG keep ``(momentum, float32 master copy)`` for float16 weights under multi_precision."""
    if opt.multi_precision and weight.dtype == np.float16:
        master = weight.astype(np.float32)
        return (opt.create_state(index, master), master)
    warn_float16_accumulation(opt, weight, name, "LARS" if isinstance(opt, LARS) else name)   # ccSGD warns as SGD
    return opt.create_state(index, weight)


def _sgd_rsp(w, g, lr, wd, rescale_grad, clip, lazy_update):
    """MXNet's sgd_update with a row_sparse gradient, in place: a standard (not lazy) update first scales
    every row by ``1 - lr * wd``; the stored rows then take the sgd_update kernel (without the decay if
    it was applied)."""
    rows = np.asarray(g.indices.asnumpy(), dtype=np.int64)
    if lazy_update and wd != 0:     # (without weight decay the lazy update is the standard one: MXNet says nothing)
        note_lazy_update()
    if not lazy_update:
        w *= w.dtype.type(np.float32(1) - np.float32(lr) * np.float32(wd))
        wd = 0.
    lr, wd, rescale = kernel_scalars(w.dtype, lr, wd, rescale_grad)
    part = w[rows]
    _sgd_plain(part, g._data[rows], lr, wd, rescale, clip)
    w[rows] = part


def _numpy1_product(scalar, factor):
    """``scalar * factor`` (a Python float) as NumPy 1.x (MXNet's) computes it: a NumPy float scalar gives a float64
    (a float32 rate shows all its digits in an operator's attributes)."""
    if isinstance(scalar, np.floating):
        return np.float64(scalar) * factor
    return scalar * factor


def _sgd_plain(w, g, lr, wd, rescale, clip):
    """MXNet's sgd_update kernel: ``(1 - lr*wd) * w - lr * clip(rescale * g)``, in place."""
    step = _scaled_grad(g, lr, rescale, clip)
    w *= w.dtype.type(1) - lr * wd
    w -= step


@register
class Signum(_ChecksMomentum):
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

    _float_weights_only = True
    _pairs_checked_in_update = True     # after it is handed its state

    def __init__(self, learning_rate=0.01, momentum=0.9, wd_lh=0.0, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.momentum = momentum
        self.wd_lh = wd_lh


    def _operator_call(self, index, weight, multi_precision):
        attrs = operator_attrs(self, lr=self._get_lr(index), wd=self._get_wd(index))
        if self.momentum > 0:
            attrs["momentum"] = self.momentum
        if self.wd_lh:
            attrs["wd_lh"] = self.wd_lh
        return ("signum_update" if self.momentum != 0 else "signsgd_update"), attrs

    def _rsp_states(self):
        return True

    def create_state(self, index, weight):
        return zeros_like(weight) if self.momentum != 0.0 else None

    def _kernel_momentum(self):
        """The momentum signum_update gets: MXNet hands it over only when positive (else the operator's default, 0)."""
        return self.momentum if self.momentum > 0 else 0.0

    def _refuse_wd_lh(self, index, weight):
        """MXNet hands wd_lh to signsgd_update (no momentum state), which has no such argument."""
        from ..ndarray.registry import OPS, unknown_argument      # (nd imports the optimizers)
        raise unknown_argument(OPS["signsgd_update"], "wd_lh", self._operator_call(index, weight, False)[1],
                               imperative=True)

    def _unknown_shape_refusal(self, index, weight, grad, multi_precision):
        if self.momentum == 0 and self.wd_lh:
            self._refuse_wd_lh(index, weight)       # (its arguments are read before the shapes)
        return super()._unknown_shape_refusal(index, weight, grad, multi_precision)

    def update(self, index, weight, grad, state):
        weight, grad = as_ndarray(weight, "weight"), as_ndarray(grad, "grad")
        lr, wd = self._step(index)
        if state is not None and operator_took_odd_states(self, index, weight, grad, (state,), "signum_update"):
            return
        check_pair(self, weight, grad, state)
        w, g = weight._data, grad._data
        if state is None and self.wd_lh and (isinstance(self.wd_lh, bool) or not isinstance(self.wd_lh, Number)):
            self._refuse_wd_lh(index, weight)       # (before its text is read: signsgd_update has no wd_lh)
        m, lr, wd, rescale, wd_lh = kernel_scalars(w.dtype, self._kernel_momentum(), lr, wd, self.rescale_grad,
                                                   self.wd_lh or 0.0)
        one = w.dtype.type(1)
        if state is None:
            _check_no_momentum(self, "signsgd_update", self._operator_call(index, weight, False)[1])
            if self.wd_lh:
                self._refuse_wd_lh(index, weight)
            # signsgd_update: the sign of the raw gradient; rescaling and clipping cannot change it
            w *= one - lr * wd
            w -= lr * kernel_sign(g)
            return
        check_kernel_inputs("signum", (as_ndarray(weight, "weight"), as_ndarray(grad, "grad"), state))
        clip = self._clip_bound()
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
        w += lr * kernel_sign(mom)


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

    _self_copies = 1      # (its rule's ``x[:] op= ...`` writes)
    _type_checks = ((1, "grad", "weight"),)        # NDArray arithmetic, the gradient on the left
    _shape_operands = (("grad", "weight"), ("weight", "state"))
    _pairs_checked_in_update = True     # after counting the update and testing the momentum state's truth value
    # its update meets the rates after testing the momentum state (checked there)
    _bad_arg_errors = dict(ARITHMETIC_ARGS, learning_rate=None, wd=None)

    _legacy_kernels = False     # MXNet's updates with NDArray arithmetic, which takes mx.np arrays too

    def __init__(self, momentum=0.0, lamda=0.04, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum
        self.weight_previous = {}
        self.lamda = lamda

    def _rsp_states(self):
        return (False, True)        # MXNet makes the momentum with nd.zeros, the previous weight as a copy

    def create_state(self, index, weight):
        momentum = None if self.momentum == 0.0 else zeros_like(weight)     # (made first, as MXNet's)
        return (momentum, weight.copy())

    def update(self, index, weight, grad, state):
        lr, wd = self._step(index)
        np_weight, np_grad = type(weight) in KEEP_CLASS, type(grad) in KEEP_CLASS
        if np_grad and self.clip_gradient is not None:
            refuse_numpy_input("clip")      # (mx.np arrays throughout pass MXNet's arithmetic otherwise)
        w = as_ndarray(weight, "weight")._data
        g = as_ndarray(grad, "grad")._data
        g = g * scalar_operand(g, self.rescale_grad)
        if self.clip_gradient is not None:
            g = clip_grad_values(grad, g, self.clip_gradient)
        mom, previous = state
        if mom is not None and not mom:
            # MXNet tests the momentum array's truth value before the step: many elements are ambiguous
            # (ValueError above), a single zero takes the no-momentum branch and fails its assertion
            raise AssertionError()
        if mom is None and self.momentum != 0.0:
            raise AssertionError()      # (MXNet's bare assert: the momentum-free branch needs momentum == 0)
        if mom is not None and not isinstance(mom, NDArray):
            mom[:] *= self.momentum     # MXNet's first write of the momentum: Python's error for a non-array
        if np_weight != np_grad:        # the gradient plus the decayed weight: one legacy, one mx.np array
            refuse_numpy_input(arithmetic_refusal(self, weight, grad, decay_first=True))
        check_pair(self, weight, grad, state)      # (its arithmetic starts here)
        check_state_dtype(self, "dcasgd", weight, grad, previous, ((1, "grad", "weight"), (1, "weight", "state")))
        neg_lr, wd = -lr, arithmetic_operand(wd)      # MXNet's ``-lr * (grad + wd * weight + lamda * ...)``
        lamda = arithmetic_operand(self.lamda)
        delay = _nd_arithmetic(np.subtract, w, previous._data)
        compensation = _nd_arithmetic(np.multiply, scalar_operand(g, lamda) * g * g, delay)
        decayed = scalar_operand(w, wd) * w
        step = _nd_arithmetic(np.add, _decayed_sum(grad, g, decayed), compensation) * scalar_operand(w, neg_lr)
        if mom is not None:
            mom._data *= scalar_operand(mom._data, self.momentum)
            mom._data[...] = _nd_arithmetic(np.add, mom._data, step)
            step = mom._data
        previous._data[...] = w
        w[...] = _nd_arithmetic(np.add, w, step)
        if getattr(grad, "stype", None) != "row_sparse":       # (a sparse gradient keeps its arithmetic sparse)
            note_dense_rule(self, weight, ("broadcast_add", "broadcast_mul"))


def _decayed_sum(grad, g, decay):
    """NDArray arithmetic's ``grad + decay`` (``g``: the gradient's values, dense): a row_sparse gradient's sum is
    the sparse-dense kernel's, which keeps the stored value's NaN (the dense one's in half)."""
    if getattr(grad, "stype", None) == "row_sparse":
        return _nd_arithmetic(np.add, decay, g)
    return _nd_arithmetic(np.add, g, decay)


def _nd_arithmetic(ufunc, a, b):
    """``ufunc(a, b)`` as NDArray arithmetic computes it: of two NaN operands the right one's is kept, the left
    one's in float16 (whose half_t operations compute in float)."""
    if a.dtype == np.float16:
        return combine_keeping_nan(ufunc, np.array(a), b)
    return keep_nan(ufunc(a, b), b)


@register
@own_methods("create_state")
class SGLD(Optimizer):
    """Stochastic gradient Langevin dynamics: an SGD half-step plus Gaussian noise of variance lr."""

    _self_copies = 2      # (its rule's ``x[:] op= ...`` writes)
    _type_checks = ((1, "grad", "weight"),)        # NDArray arithmetic, the gradient on the left
    _shape_operands = (("grad", "weight"),)
    _pairs_checked_in_update = True     # (it reads no state)
    _bad_arg_errors = dict(ARITHMETIC_ARGS, learning_rate=negation)

    def __init__(self, **kwargs):       # keywords only, as MXNet's
        super().__init__(**kwargs)

    def _np_refused_by(self, index, weight, grad, multi_precision):
        return arithmetic_refusal(self, weight, grad, None)

    def _unknown_shape_refusal(self, index, weight, grad, multi_precision):
        # its first operator scales the gradient
        return unknown_shape_failure("_mul_scalar", [grad.shape], [grad.shape], {"scalar": float(self.rescale_grad)})

    def update(self, index, weight, grad, state):
        from ..ndarray import random as nd_random
        lr, wd = self._step(index)
        check_pair(self, weight, grad, None)        # (it has no state)
        w = as_ndarray(weight, "weight")._data
        g = as_ndarray(grad, "grad")._data
        g = g * scalar_operand(g, self.rescale_grad)
        if self.clip_gradient is not None:
            g = clip_grad_values(grad, g, self.clip_gradient)
        step = scalar_operand(w, -lr / 2) * _decayed_sum(grad, g, scalar_operand(w, wd) * w)
        w[...] = _nd_arithmetic(np.add, w, step)
        noise = nd_random.normal(0, math.sqrt(lr), shape=weight.shape, dtype=weight.dtype, ctx=weight.ctx)
        failure = carried_error([noise])
        if failure is not None:     # (a rate of 0: the sampler's kernel refuses scale 0) the add is skipped
            with_error(weight, failure)
            return
        w += noise._data
        note_dense_rule(self, weight, () if getattr(grad, "stype", None) == "row_sparse" else ("broadcast_add",))


@register
class Test(Optimizer):
    """A test optimizer: ``weight += rescale_grad * grad``; the state mirrors the weight."""

    # its update reads only rescale_grad
    _self_copies = 1      # (its rule's ``x[:] op= ...`` writes)
    _weight_reads_states = False
    _bad_arg_errors = {"rescale_grad": arithmetic_operand, "learning_rate": None, "wd": None, "clip_gradient": None}
    _sparse_weight_assign_fails = True
    _index_list_error = TypeError           # its ``weight[:] += ...`` on a list
    _counts_first = False       # its update counts nothing
    _pairs_checked_in_update = True     # its state only when it writes it
    _shape_operands = (("weight", "grad"),)     # ``weight[:] += grad * rescale_grad``: NDArray arithmetic
    _legacy_kernels = False     # (NDArray arithmetic takes mx.np arrays too)

    def __init__(self, **kwargs):       # keywords only, as MXNet's
        super().__init__(**kwargs)

    def create_state(self, index, weight):
        return zeros_like(weight, np.float32)

    def _np_refused_by(self, index, weight, grad, multi_precision):
        return arithmetic_refusal(self, weight, grad, weight_op=None)

    def update(self, index, weight, grad, state):
        if (type(weight) in KEEP_CLASS) != (type(grad) in KEEP_CLASS):
            refuse_numpy_input(self._np_refused_by(index, weight, grad, False))
        sliced(weight)      # (its ``weight[:] += ...``)
        check_pair(self, weight, grad, None)
        scaled = grad._data * scalar_operand(grad._data, self.rescale_grad)
        weight._data[...] = commuted(np.add, weight._data, scaled)     # (the sum's NaN as MXNet's kernels keep it)
        if sparse_original(self, weight) is not weight:
            return      # a sparse weight's ``weight[:] = ...`` fails (sparse_weights raises) before the state is set
        if isinstance(state, NDArray):
            refuse_numpy_value(state, weight)       # (its legacy state takes no mx.np weight)
        same_kind = (type(state) in KEEP_CLASS) == (type(weight) in KEEP_CLASS)
        if isinstance(state, NDArray) and same_kind and state.shape == weight.shape:
            state._data[...] = weight._data
        else:       # MXNet's ``state[:] = weight``: Python's or NDArray's error for another state
            state[:] = weight
